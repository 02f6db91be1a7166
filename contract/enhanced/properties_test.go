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

// TestAEDRCAGivenOnlyForProductionThroughTheAlignedEngineer (AED-20): for
// any impact and channel, an RCA requested in its window is scheduled
// exactly when the incident impacted production and the request came
// through the aligned AED engineer; otherwise it is refused with
// ErrRCANotEligible, citing AED-20.
func TestAEDRCAGivenOnlyForProductionThroughTheAlignedEngineer(t *testing.T) {
	cal := seoulCalendar(t)
	rapid.Check(t, func(t *rapid.T) {
		closed := genDate(t, "closed")
		r := enhanced.AEDRCARequest{
			Closed:    closed,
			Requested: closed.AddDays(rapid.IntRange(-10, 7).Draw(t, "requestedAfterClosure")),
			Mitigated: closed.AddDays(rapid.IntRange(-10, 10).Draw(t, "mitigatedAfterClosure")),
			Impact:    enhanced.Impact(rapid.IntRange(0, 2).Draw(t, "impact")),
			Channel:   enhanced.RCAChannel(rapid.IntRange(0, 2).Draw(t, "channel")),
		}
		rca, err := enhanced.AEDRootCauseAnalysis(cal, r)
		eligible := r.Impact == enhanced.ImpactProduction && r.Channel == enhanced.ChannelAlignedEngineer
		switch {
		case eligible && err != nil:
			t.Fatalf("eligible request %+v refused: %v", r, err)
		case !eligible && (!errors.Is(err, enhanced.ErrRCANotEligible) || !rca.Rules.Has("AED-20") || rca.Due != (calendar.Date{})):
			t.Fatalf("ineligible request %+v: %+v, %v", r, rca, err)
		}
	})
}

// TestAEDRCAOutOfRangeEnumsAreRefused (AED-20): an impact or channel
// outside the enumerations is an error wrapping contract.ErrInvalidEnum,
// whatever the dates.
func TestAEDRCAOutOfRangeEnumsAreRefused(t *testing.T) {
	cal := seoulCalendar(t)
	rapid.Check(t, func(t *rapid.T) {
		closed := genDate(t, "closed")
		r := enhanced.AEDRCARequest{Closed: closed, Requested: closed, Mitigated: closed,
			Impact: enhanced.ImpactProduction, Channel: enhanced.ChannelAlignedEngineer}
		if rapid.Bool().Draw(t, "badImpact") {
			r.Impact = enhanced.Impact(rapid.IntRange(3, 255).Draw(t, "impact"))
		} else {
			r.Channel = enhanced.RCAChannel(rapid.IntRange(3, 255).Draw(t, "channel"))
		}
		if _, err := enhanced.AEDRootCauseAnalysis(cal, r); !errors.Is(err, contract.ErrInvalidEnum) {
			t.Fatalf("%+v: %v", r, err)
		}
	})
}

// TestAEDProactiveWorkWaitsSixtyDays (AED-8, D-AED-3, AMB-10): AED
// activity is refused exactly when it is proactive and falls within the
// sixty days from the AED start (its start date being day one).
func TestAEDProactiveWorkWaitsSixtyDays(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		start := genDate(t, "aedStart")
		o, err := enhanced.NewOnboarding(catalogue.AzureEngineeringDirect, start)
		if err != nil {
			t.Fatal(err)
		}
		day := rapid.IntRange(-30, 120).Draw(t, "dayFromStart")
		a := enhanced.AEDActivity(rapid.IntRange(1, 4).Draw(t, "activity"))
		v, err := o.CheckActivity(a, start.AddDays(day))
		if err != nil {
			t.Fatal(err)
		}
		if want := !(a == enhanced.ActivityProactive && day >= 0 && day < 60); v.Allowed != want || !v.Rules.Has("AED-8") {
			t.Fatalf("%v on day %d: %v", a, day+1, v)
		}
	})
}

// TestUERCoverageOnADayAgreesWithCoverage (UER-4, UER-23, MC-12, D-UER,
// D-TERM-3): whatever the dates of the UER lines, a location covered on
// some day is covered at all, by the purchase UERCoverage names when that
// purchase's term holds the day, and only by a purchase whose term holds
// it; a location covered at all is covered on some day of the term.
func TestUERCoverageOnADayAgreesWithCoverage(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := contoso()
		w.Purchases = w.Purchases[1:] // without the first UER line
		locations := []string{"Seoul", "Tokyo"}
		for range rapid.IntRange(0, 3).Draw(t, "uerLines") {
			s := rapid.IntRange(0, 1000).Draw(t, "startDay")
			p := contract.Purchase{Service: catalogue.UnifiedEnhancedResponse, Quantity: 1,
				Location: rapid.SampledFrom(locations).Draw(t, "location"),
				Start:    w.Term.Start.AddDays(s), End: w.Term.Start.AddDays(s + rapid.IntRange(0, 1000).Draw(t, "days"))}
			if p.End.After(w.Term.End) {
				p.End = w.Term.End
			}
			w.Purchases = append(w.Purchases, p)
		}
		loc := rapid.SampledFrom(locations).Draw(t, "asked")
		on := w.Term.Start.AddDays(rapid.IntRange(0, w.Term.Days()-1).Draw(t, "on"))
		all := enhanced.UERCoverage(w, loc)
		c, err := enhanced.UERCoverageOn(w, loc, on)
		if err != nil {
			t.Fatal(err)
		}
		if c.Allowed {
			if !all.Allowed || !c.Term.Contains(on) || w.Purchases[c.Purchase].Service != catalogue.UnifiedEnhancedResponse {
				t.Fatalf("covered on %v by %+v, at all %+v", on, c, all)
			}
			if ct, _ := w.EffectiveTerm(w.Purchases[all.Purchase]); ct.Term.Contains(on) && c.Purchase != all.Purchase {
				t.Fatalf("on %v: purchase %d, at all %d", on, c.Purchase, all.Purchase)
			}
			return
		}
		for i, p := range w.Purchases {
			l, _ := w.PurchaseLocation(p)
			if ct, _ := w.EffectiveTerm(p); p.Service == catalogue.UnifiedEnhancedResponse && (l.Name == loc || l.Role == contract.Host) && ct.Term.Contains(on) {
				t.Fatalf("not covered on %v, but purchase %d (%v, %v) is", on, i, l.Name, ct.Term)
			}
		}
		if all.Allowed && !c.Rules.Has("UER-4") {
			t.Fatalf("covered at all but not on %v, without UER-4: %+v", on, c)
		}
	})
}
