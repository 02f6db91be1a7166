package contract_test

import (
	"testing"
	"time"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/enhanced"
)

// FuzzTermRules: the term and enhanced-solution rules take any dates —
// invalid, reversed, at the ends of the calendar — and answer or return an
// error, never panic; their answers keep the rules' own invariants.
func FuzzTermRules(f *testing.F) {
	f.Add(2026, 1, 1, 2028, 12, 31, 2028, 11, 1, 3)
	f.Add(2028, 2, 29, 2028, 2, 29, 2029, 2, 28, 1)
	f.Add(9999, 12, 31, 9999, 12, 31, 1, 1, 1, 0)
	f.Add(0, 0, 0, -5, 13, 40, 2026, 2, 30, -1)
	loc, err := time.LoadLocation("Asia/Seoul")
	if err != nil {
		f.Fatal(err)
	}
	cal, err := calendar.New(loc, calendar.WithHolidays(calendar.MustParseDate("2026-03-02")))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, y1, m1, d1, y2, m2, d2, y3, m3, d3, n int) {
		a := calendar.Date{Year: y1, Month: time.Month(m1), Day: d1}
		b := calendar.Date{Year: y2, Month: time.Month(m2), Day: d2}
		c := calendar.Date{Year: y3, Month: time.Month(m3), Day: d3}
		tm := contract.Term{Start: a, End: b}
		if fo, err := tm.Forfeiture(c); err == nil && fo.Forfeited != c.After(b) {
			t.Fatalf("Forfeiture(%v) of %v = %+v", c, tm, fo)
		}
		if r, err := tm.CheckRequest(c); err == nil && r.OnTime != (c.DaysUntil(b) >= 60) {
			t.Fatalf("CheckRequest(%v) of %v = %+v", c, tm, r)
		}
		if ct, err := contract.CoTerminate(tm, contract.Term{Start: c, End: b}); err == nil && ct.Term.End.After(b) {
			t.Fatalf("CoTerminate = %+v", ct)
		}
		if o, err := enhanced.NewOnboarding(catalogue.AzureEngineeringDirect, a); err == nil && o.Period.Days() != 60 {
			t.Fatalf("onboarding %+v", o)
		}
		if p, err := enhanced.PlanAEM(n, tm, c); err == nil && p.Events < n {
			t.Fatalf("PlanAEM(%d) = %+v", n, p)
		}
		_, _ = enhanced.CheckSIPRequest(a, []calendar.Date{b, c}, c)
		_, _ = enhanced.AEDRootCauseAnalysis(cal, enhanced.AEDRCARequest{Closed: a, Requested: b, Mitigated: c, Impact: enhanced.ImpactProduction, Channel: enhanced.ChannelAlignedEngineer})
		_, _ = contract.NewAssessmentSupport(n, d3)
		_ = enhanced.CheckMonitoringScenarios(contract.Eligibility{Extended: n%2 == 0}, n)
	})
}
