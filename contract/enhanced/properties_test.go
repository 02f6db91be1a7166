package enhanced_test

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/enhanced"
	"pgregory.net/rapid"
)

// TestAEMEventsCoverThePeriod (AEM-11, AEM-12, D-AEM): the spans of a plan
// are back to back, at most five days each, cover exactly the period, and
// the expected events are solutions × spans.
func TestAEMEventsCoverThePeriod(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		period := contract.Term{Start: genDate(t, "eventStart")}
		period.End = period.Start.AddDays(rapid.IntRange(0, 60).Draw(t, "eventDays"))
		solutions := rapid.IntRange(1, 20).Draw(t, "solutions")
		p, err := enhanced.PlanAEM(solutions, period, genDate(t, "confirmed"))
		if err != nil {
			t.Fatal(err)
		}
		spans, err := p.EventSpans()
		if err != nil {
			t.Fatal(err)
		}
		days := 0
		for i, s := range spans {
			if err := enhanced.CheckAEMEvent(s); err != nil {
				t.Fatalf("span %v: %v", s, err)
			}
			if i > 0 && s.Start != spans[i-1].End.AddDays(1) {
				t.Fatalf("spans %v not back to back", spans)
			}
			days += s.Days()
		}
		if days != period.Days() || spans[0].Start != period.Start || spans[len(spans)-1].End != period.End {
			t.Fatalf("spans %v do not cover %v", spans, period)
		}
		if p.Events != solutions*len(spans) || p.NeedsAgreement != (p.NoticeDays < 42) {
			t.Fatalf("plan %+v", p)
		}
	})
}

// TestHourBlockConservesHours (EDE-3, REDE-4, AMB-43): remaining plus used
// is always what was bought; a block never goes below zero.
func TestHourBlockConservesHours(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		id := rapid.SampledFrom([]catalogue.ServiceID{catalogue.EnhancedDesignatedEngineering, catalogue.ReactiveEnhancedDesignatedEngineering}).Draw(t, "service")
		bought := time.Duration(rapid.IntRange(0, 2000*60).Draw(t, "boughtMinutes")) * time.Minute
		h, err := enhanced.NewHourBlock(id, bought)
		if err != nil {
			t.Fatal(err)
		}
		for i := range rapid.IntRange(0, 20).Draw(t, "engagements") {
			used := time.Duration(rapid.IntRange(0, 100*60).Draw(t, fmt.Sprint("usedMinutes", i))) * time.Minute
			next, err := h.Deduct(used)
			switch {
			case used > h.Remaining():
				if !errors.Is(err, enhanced.ErrInsufficientHours) || next != h {
					t.Fatalf("overdraw of %v with %v left: %v", used, h.Remaining(), err)
				}
			case err != nil:
				t.Fatalf("Deduct(%v): %v", used, err)
			}
			h = next
			if h.Remaining() < 0 || h.Remaining()+h.Used() != bought {
				t.Fatalf("remaining %v + used %v != bought %v", h.Remaining(), h.Used(), bought)
			}
		}
	})
}

// TestRCADueIsABusinessDayAfterBoth (AED-21, D-AED-2, D-DAYS): an AED RCA
// requested in its window is due on a business day strictly after both the
// request and the mitigation.
func TestRCADueIsABusinessDayAfterBoth(t *testing.T) {
	cal := seoulCalendar(t, calendar.MustParseDate("2026-03-02"), calendar.MustParseDate("2026-05-05"))
	rapid.Check(t, func(t *rapid.T) {
		closed := genDate(t, "closed")
		requested := closed.AddDays(rapid.IntRange(-10, 10).Draw(t, "requestedAfterClosure"))
		mitigated := closed.AddDays(rapid.IntRange(-10, 10).Draw(t, "mitigatedAfterClosure"))
		r, err := enhanced.AEDRootCauseAnalysis(cal, enhanced.AEDRCARequest{Closed: closed, Requested: requested, Mitigated: mitigated,
			Impact: enhanced.ImpactProduction, Channel: enhanced.ChannelAlignedEngineer})
		if requested.After(closed.AddDays(7)) {
			if !errors.Is(err, enhanced.ErrRCARequestLate) {
				t.Fatalf("late request accepted: %v", err)
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		if !cal.IsBusinessDay(r.Due) || !r.Due.After(requested) || !r.Due.After(mitigated) {
			t.Fatalf("due %v for request %v, mitigation %v", r.Due, requested, mitigated)
		}
		// Reference: walk the days after the later date, counting business days.
		n := 0
		for day := r.From.AddDays(1); !day.After(r.Due); day = day.AddDays(1) {
			if cal.IsBusinessDay(day) {
				n++
			}
		}
		if n != 10 || r.From != later(requested, mitigated) {
			t.Fatalf("%d business days from %v to due %v, want 10 from %v", n, r.From, r.Due, later(requested, mitigated))
		}
	})
}

// TestSIPsNeverExceedTwoPerPeriod (AED-23, D-AED-3): accepting every
// allowed request over a term never gives a 12-month period more than two.
func TestSIPsNeverExceedTwoPerPeriod(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		start := genDate(t, "aedStart")
		var accepted []calendar.Date
		day := start
		for i := range rapid.IntRange(0, 30).Draw(t, "requests") {
			day = day.AddDays(rapid.IntRange(0, 120).Draw(t, fmt.Sprint("daysToRequest", i)))
			c, err := enhanced.CheckSIPRequest(start, accepted, day)
			if err != nil {
				t.Fatal(err)
			}
			if c.Allowed {
				accepted = append(accepted, day)
			}
		}
		per := map[int]int{}
		for _, a := range accepted {
			n, _, _ := calendar.ContractYearOf(start, a)
			if per[n]++; per[n] > 2 {
				t.Fatalf("period %d has %d SIPs: %v", n, per[n], accepted)
			}
		}
	})
}
