package flex_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/rule"
	"github.com/supportrules/unified/flex"
)

func contosoYears(n int) []flex.YearRequests {
	ys := make([]flex.YearRequests, n)
	for i := range ys {
		ys[i] = flex.YearRequests{Allowance: usd("300000"), Requests: []flex.Request{
			req(flex.EnhancedSolutions, "200000", "UER"),
			req(flex.ProactiveCredits, "60000", "credits"),
		}}
	}
	return ys
}

// TestContractYearsAndUseBy_FLEX3_FLEX4: contract years are anniversaries
// of the Work Order start (D-FLEX-2), each year's services are usable until
// the earlier of the year's end and the Work Order's end, and a partial
// last year counts as a year.
func TestContractYearsAndUseBy_FLEX3_FLEX4(t *testing.T) {
	tests := []struct {
		name      string
		term      contract.Term
		wantYears []calendar.Period
		wantUseBy []calendar.Date
	}{
		{"Contoso Korea, three calendar years",
			contract.Term{Start: date(2026, 1, 1), End: date(2028, 12, 31)},
			[]calendar.Period{
				{Start: date(2026, 1, 1), End: date(2027, 1, 1)},
				{Start: date(2027, 1, 1), End: date(2028, 1, 1)},
				{Start: date(2028, 1, 1), End: date(2029, 1, 1)},
			},
			[]calendar.Date{date(2026, 12, 31), date(2027, 12, 31), date(2028, 12, 31)}},
		{"mid-year start, partial last year ends with the Work Order",
			contract.Term{Start: date(2026, 7, 1), End: date(2027, 12, 31)},
			[]calendar.Period{
				{Start: date(2026, 7, 1), End: date(2027, 7, 1)},
				{Start: date(2027, 7, 1), End: date(2028, 7, 1)},
			},
			[]calendar.Date{date(2027, 6, 30), date(2027, 12, 31)}},
		{"one day",
			contract.Term{Start: date(2026, 3, 16), End: date(2026, 3, 16)},
			[]calendar.Period{{Start: date(2026, 3, 16), End: date(2027, 3, 16)}},
			[]calendar.Date{date(2026, 3, 16)}},
		{"term ends the day before an anniversary: no extra year",
			contract.Term{Start: date(2026, 3, 16), End: date(2027, 3, 15)},
			[]calendar.Period{{Start: date(2026, 3, 16), End: date(2027, 3, 16)}},
			[]calendar.Date{date(2027, 3, 15)}},
		{"term ends on an anniversary: a one-day second year",
			contract.Term{Start: date(2026, 3, 16), End: date(2027, 3, 16)},
			[]calendar.Period{
				{Start: date(2026, 3, 16), End: date(2027, 3, 16)},
				{Start: date(2027, 3, 16), End: date(2028, 3, 16)},
			},
			[]calendar.Date{date(2027, 3, 15), date(2027, 3, 16)}},
		{"29 February start: anniversaries in common years are 1 March (D-FLEX-2)",
			contract.Term{Start: date(2028, 2, 29), End: date(2030, 2, 27)},
			[]calendar.Period{
				{Start: date(2028, 2, 29), End: date(2029, 3, 1)},
				{Start: date(2029, 3, 1), End: date(2030, 3, 1)},
			},
			[]calendar.Date{date(2029, 2, 28), date(2030, 2, 27)}},
		{"D-FLEX-2: 2024-02-29 to 2027-02-28 is three contract years, not four (issue 16 item 9)",
			contract.Term{Start: date(2024, 2, 29), End: date(2027, 2, 28)},
			[]calendar.Period{
				{Start: date(2024, 2, 29), End: date(2025, 3, 1)},
				{Start: date(2025, 3, 1), End: date(2026, 3, 1)},
				{Start: date(2026, 3, 1), End: date(2027, 3, 1)},
			},
			[]calendar.Date{date(2025, 2, 28), date(2026, 2, 28), date(2027, 2, 28)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := flex.AllocateTerm(tt.term, contosoYears(len(tt.wantYears)))
			if err != nil {
				t.Fatalf("AllocateTerm: %v", err)
			}
			var gotYears []calendar.Period
			var gotUseBy []calendar.Date
			for i, y := range p.Years {
				if y.N != i+1 {
					t.Errorf("year %d has N = %d", i+1, y.N)
				}
				gotYears = append(gotYears, y.Period)
				gotUseBy = append(gotUseBy, y.UseBy)
			}
			if diff := cmp.Diff(tt.wantYears, gotYears); diff != "" {
				t.Errorf("contract years (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantUseBy, gotUseBy); diff != "" {
				t.Errorf("use-by dates (-want +got):\n%s", diff)
			}
		})
	}
}

// TestFundedServiceUsableOnlyInItsYear_FLEX4: a service funded from year 1
// is usable from the year's first day through its last, not before, not
// after; and never after the Work Order's end (TERM-7, D-TERM-2).
func TestFundedServiceUsableOnlyInItsYear_FLEX4(t *testing.T) {
	p, err := flex.AllocateTerm(contract.Term{Start: date(2026, 7, 1), End: date(2027, 12, 31)}, contosoYears(2))
	if err != nil {
		t.Fatal(err)
	}
	y1, y2 := p.Years[0], p.Years[1]
	tests := []struct {
		y    flex.Year
		d    calendar.Date
		want bool
	}{
		{y1, date(2026, 6, 30), false}, // before the Work Order starts
		{y1, date(2026, 7, 1), true},   // first day
		{y1, date(2027, 6, 30), true},  // last day of contract year 1
		{y1, date(2027, 7, 1), false},  // year 2 has begun: year 1's services are forfeited
		{y2, date(2027, 6, 30), false}, // year 2's funds are not usable in year 1
		{y2, date(2027, 12, 31), true}, // the Work Order's last day
		{y2, date(2028, 1, 1), false},  // after the Work Order, though still in contract year 2
		{y1, calendar.Date{}, false},   // the zero date
	}
	for _, tt := range tests {
		if got := tt.y.IsUsableOn(tt.d); got != tt.want {
			t.Errorf("year %d IsUsableOn(%v) = %v, want %v", tt.y.N, tt.d, got, tt.want)
		}
	}
	if y, ok := p.YearOn(date(2027, 7, 1)); !ok || y.N != 2 {
		t.Errorf("YearOn(2027-07-01) = year %d, %v; want 2, true", y.N, ok)
	}
	if _, ok := p.YearOn(date(2028, 1, 1)); ok {
		t.Errorf("YearOn(2028-01-01) found a year after the Work Order's end")
	}
}

// TestIsUsableAtUsesTheDeliveryZone: late evening UTC on the year's last
// day is already the next day in Seoul (D-DAYS), and zero times and nil
// locations are errors.
func TestIsUsableAtUsesTheDeliveryZone(t *testing.T) {
	seoul, err := time.LoadLocation("Asia/Seoul")
	if err != nil {
		t.Fatal(err)
	}
	p, err := flex.AllocateTerm(contract.Term{Start: date(2026, 1, 1), End: date(2028, 12, 31)}, contosoYears(3))
	if err != nil {
		t.Fatal(err)
	}
	y1 := p.Years[0]
	late := time.Date(2026, 12, 31, 20, 0, 0, 0, time.UTC) // 2027-01-01 05:00 in Seoul
	if ok, err := y1.IsUsableAt(late, time.UTC); err != nil || !ok {
		t.Errorf("IsUsableAt(%v, UTC) = %v, %v; want true", late, ok, err)
	}
	if ok, err := y1.IsUsableAt(late, seoul); err != nil || ok {
		t.Errorf("IsUsableAt(%v, Seoul) = %v, %v; want false", late, ok, err)
	}
	// An instant that cannot be placed is never usable (FLEX-4, D-DAYS).
	if ok, err := y1.IsUsableAt(time.Time{}, seoul); ok || !errors.Is(err, flex.ErrInvalidDate) {
		t.Errorf("zero time: %v, %v; want false and ErrInvalidDate", ok, err)
	}
	inYear := y1.Period.Start.In(seoul).Add(12 * time.Hour)
	if ok, err := y1.IsUsableAt(inYear, nil); ok || !errors.Is(err, flex.ErrInvalidDate) {
		t.Errorf("nil location at %v, within the year: %v, %v; want false and ErrInvalidDate", inYear, ok, err)
	}
}

// TestEveryYearAllocatedAtExecution_FLEX7: one allowance per contract
// year, no more and no fewer (FLEX-3, FLEX-7, D-FLEX-2); each year has its
// own cap and forfeiture; the totals add up.
func TestEveryYearAllocatedAtExecution_FLEX7(t *testing.T) {
	term := contract.Term{Start: date(2026, 1, 1), End: date(2028, 12, 31)}
	for _, n := range []int{0, 2, 4} {
		if _, err := flex.AllocateTerm(term, contosoYears(n)); !errors.Is(err, flex.ErrYearCount) {
			t.Errorf("AllocateTerm with %d years: error %v, want ErrYearCount", n, err)
		}
	}
	ys := contosoYears(3)
	ys[1] = flex.YearRequests{Allowance: usd("100000"), Requests: []flex.Request{req(flex.ProactiveCredits, "50000", "")}}
	ys[2] = flex.YearRequests{Allowance: usd("300000")}
	p, err := flex.AllocateTerm(term, ys)
	if err != nil {
		t.Fatal(err)
	}
	if !p.Allocated.Equal(usd("310000")) || !p.Forfeited.Equal(usd("390000")) {
		t.Errorf("Schedule allocated %s, forfeited %s; want 310000, 390000", p.Allocated, p.Forfeited)
	}
	if !p.Years[1].Allocation.CreditsCap.Equal(usd("50000")) {
		t.Errorf("year 2 cap = %s, want 50000 (its own allowance, D-FLEX-1)", p.Years[1].Allocation.CreditsCap)
	}
	for _, id := range []rule.ID{"FLEX-3", "FLEX-4", "FLEX-7", "D-FLEX-2"} {
		if !p.Rules.Has(id) {
			t.Errorf("Schedule rules %v lack %s", p.Rules, id)
		}
	}

	// A year that breaks the rules is reported with its number, and every
	// refused year is reported.
	ys[0].Requests = append(ys[0].Requests, req(flex.ProactiveCredits, "0.01", ""))
	ys[2].Requests = []flex.Request{req(flex.SuccessManagement, "1", "")}
	_, err = flex.AllocateTerm(term, ys)
	var ye *flex.YearError
	if !errors.Is(err, flex.ErrOverCap) || !errors.Is(err, flex.ErrIneligible) || !errors.As(err, &ye) || ye.Year != 1 {
		t.Errorf("AllocateTerm error = %v, want year 1 over the cap and year 3 ineligible", err)
	}
	// One refused year alone refuses the whole schedule (FLEX-7: every
	// year is allocated at execution, or none).
	ys[2] = flex.YearRequests{Allowance: usd("300000")}
	p, err = flex.AllocateTerm(term, ys)
	if !errors.Is(err, flex.ErrOverCap) || !errors.As(err, &ye) || ye.Year != 1 || p.Years != nil {
		t.Errorf("AllocateTerm with only year 1 refused = %+v, %v; want no schedule and year 1 over the cap", p, err)
	}
}

// TestAllocateTermRefusesBadTerms: zero and reversed dates, and absurdly
// long terms, are errors wrapping ErrInvalidTerm.
func TestAllocateTermRefusesBadTerms(t *testing.T) {
	for _, tt := range []struct {
		term contract.Term
		why  string // what the message must say
	}{
		{contract.Term{}, "is not a valid Work Order term"},
		{contract.Term{Start: date(2026, 1, 1)}, "is not a valid Work Order term"},
		{contract.Term{Start: date(2026, 1, 1), End: date(2025, 12, 31)}, "is not a valid Work Order term"},
		{contract.Term{Start: date(2026, 2, 30), End: date(2027, 1, 1)}, "is not a valid Work Order term"},
		{contract.Term{Start: date(2026, 1, 1), End: date(2126, 1, 1)}, "is more than 100 contract years"}, // 101 contract years
		{contract.Term{Start: date(9998, 1, 1), End: date(9999, 12, 31)}, "beyond the year 9999"},
	} {
		_, err := flex.AllocateTerm(tt.term, nil)
		if !errors.Is(err, flex.ErrInvalidTerm) || !strings.Contains(fmt.Sprint(err), tt.why) {
			t.Errorf("AllocateTerm(%v) error = %v, want ErrInvalidTerm saying %q", tt.term, err, tt.why)
		}
	}
	// Exactly MaxYears is accepted.
	term := contract.Term{Start: date(2026, 1, 1), End: date(2125, 12, 31)}
	if _, err := flex.AllocateTerm(term, contosoYears(flex.MaxYears)); err != nil {
		t.Errorf("AllocateTerm(%v, %d years): %v", term, flex.MaxYears, err)
	}
}

// TestScheduleJSONRoundTrip: a Schedule survives JSON unchanged.
func TestScheduleJSONRoundTrip(t *testing.T) {
	p, err := flex.AllocateTerm(contract.Term{Start: date(2026, 1, 1), End: date(2028, 12, 31)}, contosoYears(3))
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var back flex.Schedule
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("Unmarshal: %v\n%s", err, b)
	}
	if diff := cmp.Diff(p, back); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}
}

// TestYearRequestsJSONRoundTrip: a year's allowance and requests, the input
// of AllocateTerm, survive JSON unchanged (FLEX-3).
func TestYearRequestsJSONRoundTrip(t *testing.T) {
	for _, y := range contosoYears(2) {
		b, err := json.Marshal(y)
		if err != nil {
			t.Fatal(err)
		}
		var back flex.YearRequests
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("Unmarshal: %v\n%s", err, b)
		}
		if diff := cmp.Diff(y, back); diff != "" {
			t.Errorf("JSON round trip of %s (-want +got):\n%s", b, diff)
		}
	}
}
