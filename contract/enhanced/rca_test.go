package enhanced_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/enhanced"
	"github.com/supportrules/unified/contract/rule"
)

// TestRCARequest (RCA-2, UER-12, UER-14): an RCA is requested explicitly
// before the incident is closed: not at or after closure; the same instant
// in another zone gives the same answer; an incident still open (zero
// closed) may still be asked for one. Rows from the former
// severity.CanRequestRCA and contract.RCARequestedInTime tests.
func TestRCARequest(t *testing.T) {
	seoul, err := time.LoadLocation("Asia/Seoul")
	if err != nil {
		t.Fatal(err)
	}
	closed := time.Date(2026, time.March, 5, 14, 0, 0, 0, seoul)
	tests := []struct {
		name      string
		requested time.Time
		closed    time.Time
		want      bool
	}{
		{"RCA-2 an hour before closure", closed.Add(-time.Hour), closed, true},
		{"RCA-2 a minute before closure", closed.Add(-time.Minute), closed, true},
		{"RCA-2 a nanosecond before closure", closed.Add(-time.Nanosecond), closed, true},
		{"RCA-2 at closure is too late", closed, closed, false},
		{"RCA-2 a minute after closure", closed.Add(time.Minute), closed, false},
		{"RCA-2 an hour before closure, in UTC", closed.Add(-time.Hour).UTC(), closed, true},
		{"RCA-2 the closing instant in UTC is still too late", closed.UTC(), closed, false},
		{"UER-12 still open: requested during the incident", closed.Add(240 * time.Hour), time.Time{}, true},
	}
	for _, tt := range tests {
		got, err := enhanced.RCARequest(tt.requested, tt.closed)
		if err != nil || got.Allowed != tt.want || got.Rules.At(0) != "RCA-2" || !got.Rules.Has("UER-14") {
			t.Errorf("%s: RCARequest(%v, %v) = %+v, %v; want %v", tt.name, tt.requested, tt.closed, got, err, tt.want)
		}
	}
	if _, err := enhanced.RCARequest(time.Time{}, closed); !errors.Is(err, enhanced.ErrNoRequestTime) {
		t.Errorf("RCARequest(zero requested) error = %v, want ErrNoRequestTime", err)
	}
	if _, err := enhanced.RCARequest(time.Time{}, time.Time{}); !errors.Is(err, enhanced.ErrNoRequestTime) {
		t.Errorf("RCARequest(zero, zero) error = %v, want ErrNoRequestTime", err)
	}
}

// An RCA requested after the incident closed is refused (RCA-2); one
// requested while the incident is open is allowed (UER-12).
func ExampleRCARequest() {
	closed := time.Date(2026, time.May, 12, 15, 0, 0, 0, time.UTC)
	for _, req := range []time.Time{closed.Add(-time.Minute), closed} {
		v, err := enhanced.RCARequest(req, closed)
		if err != nil {
			panic(err)
		}
		fmt.Println(req.Format("15:04"), v.Allowed, v.Rules)
	}
	open, _ := enhanced.RCARequest(closed, time.Time{})
	fmt.Println("open", open.Allowed)
	// Output:
	// 14:59 true RCA-2, UER-14, UER-12, RCA-4, RCA-3
	// 15:00 false RCA-2, UER-14, UER-12, RCA-4, RCA-3
	// open true
}

func BenchmarkRCARequest(b *testing.B) {
	closed := time.Date(2026, time.May, 12, 15, 0, 0, 0, time.UTC)
	req := closed.Add(-time.Hour)
	b.ReportAllocs()
	for b.Loop() {
		_, _ = enhanced.RCARequest(req, closed)
	}
}

func seoulCalendar(t testing.TB, holidays ...calendar.Date) *calendar.Calendar {
	t.Helper()
	loc, err := time.LoadLocation("Asia/Seoul")
	if err != nil {
		t.Fatal(err)
	}
	cal, err := calendar.New(loc, calendar.WithHolidays(holidays...))
	if err != nil {
		t.Fatal(err)
	}
	return cal
}

// aedRCA returns an eligible request (AED-20): a production-impacting
// incident, requested through the aligned AED engineer.
func aedRCA(closed, requested, mitigated string) enhanced.AEDRCARequest {
	return enhanced.AEDRCARequest{Closed: d(closed), Requested: d(requested), Mitigated: d(mitigated),
		Impact: enhanced.ImpactProduction, Channel: enhanced.ChannelAlignedEngineer}
}

// TestAEDRCARequestWindowAndDueDate (AED-18, AED-21, D-AED-2, AMB-13; seed
// lines 1534-1554): request on or before closure + 7 calendar days; due 10
// business days after the later of request and mitigation.
func TestAEDRCARequestWindowAndDueDate(t *testing.T) {
	cal := seoulCalendar(t, d("2026-03-02")) // 3·1절 substitute holiday, a Monday
	tests := []struct {
		name                         string
		closed, requested, mitigated string
		due                          string
		wantErr                      error
	}{
		// Closed Friday 2026-02-20; request the same day; mitigated earlier.
		// 10 business days after Fri 02-20: 23,24,25,26,27, (03-02 holiday) 3,4,5,6,9.
		{"AED-21 request on closure", "2026-02-20", "2026-02-20", "2026-02-19", "2026-03-09", nil},
		{"AED-18 request on the 7th day", "2026-02-20", "2026-02-27", "2026-02-19", "2026-03-16", nil},
		{"AED-18 request on the 8th day", "2026-02-20", "2026-02-28", "2026-02-19", "", enhanced.ErrRCARequestLate},
		{"AED-21 request before closure", "2026-02-20", "2026-02-18", "2026-02-19", "2026-03-06", nil}, // from the mitigation, Thu 02-19
		{"AED-21 mitigated after request", "2026-02-20", "2026-02-16", "2026-02-20", "2026-03-09", nil},
		{"AED-21 from a Saturday", "2026-02-21", "2026-02-21", "2026-02-21", "2026-03-09", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := enhanced.AEDRootCauseAnalysis(cal, aedRCA(tt.closed, tt.requested, tt.mitigated))
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("AEDRootCauseAnalysis = %v, want %v", err, tt.wantErr)
			}
			if r.RequestBy != d(tt.closed).AddDays(7) {
				t.Errorf("RequestBy = %v", r.RequestBy)
			}
			var want enhanced.RCA
			if tt.wantErr != nil {
				want = enhanced.RCA{RequestBy: d(tt.closed).AddDays(7), Rules: rule.Cite("AED-18", "D-AED-2")}
			} else {
				want = enhanced.RCA{RequestBy: d(tt.closed).AddDays(7), From: later(d(tt.requested), d(tt.mitigated)), Due: d(tt.due),
					Rules: rule.Cite("AED-18", "AED-20", "AED-21", "D-AED-2", "D-DAYS")}
			}
			if diff := cmp.Diff(want, r); diff != "" {
				t.Errorf("RCA (-want +got):\n%s", diff)
			}
		})
	}
}

// TestAEDRCAOnlyForProductionThroughTheAlignedEngineer (AED-20; seed lines
// 1546-1548): an RCA is given only for a production-impacting incident and
// only when requested through the customer's aligned AED engineer; each
// condition on its own refuses, citing AED-20, with the window still
// stated. An unstated impact or channel is refused too.
func TestAEDRCAOnlyForProductionThroughTheAlignedEngineer(t *testing.T) {
	cal := seoulCalendar(t)
	tests := []struct {
		name    string
		impact  enhanced.Impact
		channel enhanced.RCAChannel
		wantErr error
	}{
		{"AED-20 production, aligned engineer: given", enhanced.ImpactProduction, enhanced.ChannelAlignedEngineer, nil},
		{"AED-20 non-production: refused", enhanced.ImpactNonProduction, enhanced.ChannelAlignedEngineer, enhanced.ErrRCANotEligible},
		{"AED-20 impact not stated: refused", enhanced.ImpactUnstated, enhanced.ChannelAlignedEngineer, enhanced.ErrRCANotEligible},
		{"AED-20 another channel: refused", enhanced.ImpactProduction, enhanced.ChannelOther, enhanced.ErrRCANotEligible},
		{"AED-20 channel not stated: refused", enhanced.ImpactProduction, enhanced.ChannelUnstated, enhanced.ErrRCANotEligible},
		{"AED-20 neither: refused", enhanced.ImpactNonProduction, enhanced.ChannelOther, enhanced.ErrRCANotEligible},
		{"impact out of range", enhanced.Impact(3), enhanced.ChannelAlignedEngineer, contract.ErrInvalidEnum},
		{"channel out of range", enhanced.ImpactProduction, enhanced.RCAChannel(3), contract.ErrInvalidEnum},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := aedRCA("2026-02-20", "2026-02-20", "2026-02-19")
			req.Impact, req.Channel = tt.impact, tt.channel
			r, err := enhanced.AEDRootCauseAnalysis(cal, req)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("AEDRootCauseAnalysis = %+v, %v; want %v", r, err, tt.wantErr)
			}
			switch tt.wantErr {
			case nil:
				if r.Due != d("2026-03-06") || !r.Rules.Has("AED-20") {
					t.Errorf("eligible RCA = %+v", r)
				}
			case enhanced.ErrRCANotEligible:
				want := enhanced.RCA{RequestBy: d("2026-02-27"), Rules: rule.Cite("AED-20")}
				if diff := cmp.Diff(want, r); diff != "" || !strings.Contains(err.Error(), "AED-20") {
					t.Errorf("refusal %v (-want +got):\n%s", err, diff)
				}
			default:
				if diff := cmp.Diff(enhanced.RCA{}, r); diff != "" {
					t.Errorf("bad input gave %+v", r)
				}
			}
		})
	}
	// A late request that is also ineligible is refused for AED-20 first.
	late := aedRCA("2026-02-20", "2026-03-20", "2026-02-19")
	late.Channel = enhanced.ChannelOther
	if _, err := enhanced.AEDRootCauseAnalysis(cal, late); !errors.Is(err, enhanced.ErrRCANotEligible) {
		t.Errorf("late and ineligible: %v", err)
	}
}

// TestAEDRCABadInput: a missing calendar (nil or zero, the module's one
// sentinel calendar.ErrNoCalendar), invalid dates, and a closure at the
// end of the calendar are errors, never a panic.
func TestAEDRCABadInput(t *testing.T) {
	cal := seoulCalendar(t)
	ok := aedRCA("2026-02-20", "2026-02-20", "2026-02-20")
	tests := []struct {
		name    string
		cal     *calendar.Calendar
		req     enhanced.AEDRCARequest
		wantErr error
	}{
		{"nil calendar", nil, ok, calendar.ErrNoCalendar},
		{"zero calendar", &calendar.Calendar{}, ok, calendar.ErrNoCalendar},
		{"closure at the end of the calendar", cal, aedRCA("9999-12-30", "9999-12-30", "9999-12-30"), contract.ErrInvalidTerm},
		{"due beyond the calendar", cal, aedRCA("9999-12-20", "9999-12-22", "9999-12-22"), contract.ErrInvalidTerm},
	}
	endIneligible := aedRCA("9999-12-30", "9999-12-30", "9999-12-30")
	endIneligible.Impact = enhanced.ImpactNonProduction
	tests = append(tests, struct {
		name    string
		cal     *calendar.Calendar
		req     enhanced.AEDRCARequest
		wantErr error
	}{"ineligible, closed at the end of the calendar", cal, endIneligible, contract.ErrInvalidTerm})
	for i, field := range []string{"closed", "requested", "mitigated"} {
		r := ok
		*[...]*calendar.Date{&r.Closed, &r.Requested, &r.Mitigated}[i] = calendar.Date{}
		tests = append(tests, struct {
			name    string
			cal     *calendar.Calendar
			req     enhanced.AEDRCARequest
			wantErr error
		}{"zero " + field, cal, r, contract.ErrInvalidTerm})
	}
	for _, tt := range tests {
		r, err := enhanced.AEDRootCauseAnalysis(tt.cal, tt.req)
		if !errors.Is(err, tt.wantErr) {
			t.Errorf("%s: AEDRootCauseAnalysis = %+v, %v; want %v", tt.name, r, err, tt.wantErr)
		}
		if tt.wantErr != nil && !cmp.Equal(r, enhanced.RCA{}) {
			t.Errorf("%s: bad input gave %+v", tt.name, r)
		}
	}
}
