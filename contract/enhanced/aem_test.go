package enhanced_test

import (
	"encoding/json"
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/supportrules/unified/contract/rule"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/enhanced"
)

// TestAEMExpectedEvents (AEM-7, AEM-11, AEM-12, D-AEM, AMB-6): solutions ×
// ceil(days ÷ 5), counting calendar dates.
func TestAEMExpectedEvents(t *testing.T) {
	tests := []struct {
		solutions       int
		first, last     string
		days, perSol, n int
	}{
		{1, "2026-11-27", "2026-11-27", 1, 1, 1},
		{1, "2026-11-27", "2026-12-01", 5, 1, 1},  // exactly five days: one event
		{1, "2026-11-27", "2026-12-02", 6, 2, 2},  // six days: two back to back
		{1, "2026-11-27", "2026-12-06", 10, 2, 2}, // ten: two
		{1, "2026-11-27", "2026-12-07", 11, 3, 3},
		{3, "2026-11-27", "2026-12-02", 6, 2, 6}, // three solutions
		{2, "2028-02-27", "2028-03-02", 5, 1, 2}, // across 29 February
	}
	for _, tt := range tests {
		p, err := enhanced.PlanAEM(tt.solutions, term(tt.first, tt.last), d("2026-01-01"))
		if err != nil {
			t.Fatal(err)
		}
		if p.Days != tt.days || p.EventsPerSolution != tt.perSol || p.Events != tt.n {
			t.Errorf("PlanAEM(%d, %s..%s) = %d days, %d per solution, %d events; want %d, %d, %d",
				tt.solutions, tt.first, tt.last, p.Days, p.EventsPerSolution, p.Events, tt.days, tt.perSol, tt.n)
		}
		spans, err := p.EventSpans()
		if err != nil {
			t.Fatal(err)
		}
		if len(spans) != tt.perSol || spans[0].Start != d(tt.first) || spans[len(spans)-1].End != d(tt.last) {
			t.Errorf("EventSpans = %v", spans)
		}
		for i, s := range spans {
			if err := enhanced.CheckAEMEvent(s); err != nil {
				t.Errorf("span %d: %v", i, err)
			}
			if i > 0 && s.Start != spans[i-1].End.AddDays(1) {
				t.Errorf("spans not back to back: %v", spans)
			}
		}
	}
}

// TestAEMRulesOfOneAndSeveralSolutions (AEM-7, AEM-9, AEM-11, AEM-12,
// AEM-14, D-AEM): a plan cites AEM-7 and AEM-9 (one event per solution)
// only when it involves more than one solution.
func TestAEMRulesOfOneAndSeveralSolutions(t *testing.T) {
	one, err := enhanced.PlanAEM(1, term("2026-11-27", "2026-11-30"), d("2026-01-01"))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(rule.Cite("AEM-11", "AEM-12", "AEM-14", "D-AEM"), one.Rules); diff != "" {
		t.Errorf("AEM-7 one solution (-want +got):\n%s", diff)
	}
	two, err := enhanced.PlanAEM(2, term("2026-11-27", "2026-11-30"), d("2026-01-01"))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(rule.Cite("AEM-11", "AEM-12", "AEM-14", "D-AEM", "AEM-7", "AEM-9"), two.Rules); diff != "" {
		t.Errorf("AEM-7 two solutions (-want +got):\n%s", diff)
	}
}

// TestAEMSixWeeksNotice (AEM-14, AEM-15, D-AEM, AMB-5): 42 calendar days
// or more is enough; shorter notice needs Microsoft's agreement.
func TestAEMSixWeeksNotice(t *testing.T) {
	event := term("2026-11-27", "2026-11-30")
	tests := []struct {
		confirmed string
		notice    int
		agreement bool
	}{
		{"2026-10-01", 57, false},
		{"2026-10-16", 42, false}, // exactly six weeks
		{"2026-10-17", 41, true},  // a day short
		{"2026-11-27", 0, true},   // on the day
		{"2026-11-28", -1, true},  // after the start
	}
	for _, tt := range tests {
		p, err := enhanced.PlanAEM(1, event, d(tt.confirmed))
		if err != nil {
			t.Fatal(err)
		}
		if p.NoticeDays != tt.notice || p.NeedsAgreement != tt.agreement || p.Rules.Has("AEM-15") != tt.agreement || !p.Rules.Has("D-AEM") {
			t.Errorf("PlanAEM confirmed %s = %d days, agreement %v, rules %v; want %d, %v", tt.confirmed, p.NoticeDays, p.NeedsAgreement, p.Rules, tt.notice, tt.agreement)
		}
	}
}

// TestAEMBadInput: no solution, reversed or zero dates are errors.
func TestAEMBadInput(t *testing.T) {
	tests := []struct {
		name      string
		solutions int
		period    contract.Term
		confirmed calendar.Date
		wantErr   error
	}{
		{"no solution", 0, term("2026-11-27", "2026-11-30"), d("2026-01-01"), enhanced.ErrNoSolution},
		{"absurd solutions", 1 << 40, term("2026-11-27", "2026-11-30"), d("2026-01-01"), enhanced.ErrNoSolution},
		{"2^20+1 solutions", 1<<20 + 1, term("2026-11-27", "2026-11-30"), d("2026-01-01"), enhanced.ErrNoSolution},
		{"2^20 solutions", 1 << 20, term("2026-11-27", "2026-11-30"), d("2026-01-01"), nil},
		{"negative solutions", -1, term("2026-11-27", "2026-11-30"), d("2026-01-01"), enhanced.ErrNoSolution},
		{"reversed", 1, term("2026-11-30", "2026-11-27"), d("2026-01-01"), contract.ErrInvalidTerm},
		{"zero period", 1, contract.Term{}, d("2026-01-01"), contract.ErrInvalidTerm},
		{"zero confirmation", 1, term("2026-11-27", "2026-11-30"), calendar.Date{}, contract.ErrInvalidTerm},
	}
	for _, tt := range tests {
		if _, err := enhanced.PlanAEM(tt.solutions, tt.period, tt.confirmed); !errors.Is(err, tt.wantErr) {
			t.Errorf("%s: PlanAEM = %v, want %v", tt.name, err, tt.wantErr)
		}
	}
	if err := enhanced.CheckAEMEvent(term("2026-11-27", "2026-12-02")); !errors.Is(err, enhanced.ErrAEMEventTooLong) {
		t.Errorf("six-day event: %v", err)
	}
	if err := enhanced.CheckAEMEvent(term("2026-11-27", "2026-12-01")); err != nil {
		t.Errorf("five-day event: %v", err)
	}
	if err := enhanced.CheckAEMEvent(term("2026-11-27", "2026-11-26")); !errors.Is(err, contract.ErrInvalidTerm) {
		t.Errorf("reversed event: %v", err)
	}
	if spans, err := (enhanced.AEMPlan{}).EventSpans(); spans != nil || !errors.Is(err, contract.ErrInvalidTerm) {
		t.Errorf("zero plan: spans %v, %v", spans, err)
	}
	long := contract.Term{Start: d("2026-01-01"), End: d("2026-01-01").AddDays(3660)}
	if _, err := enhanced.PlanAEM(1, long, d("2025-01-01")); !errors.Is(err, contract.ErrInvalidTerm) {
		t.Errorf("a period of 3661 days: %v", err)
	}
	long.End = long.End.AddDays(-1)
	if p, err := enhanced.PlanAEM(1, long, d("2025-01-01")); err != nil || p.EventsPerSolution != 732 {
		t.Errorf("a period of 3660 days: %+v, %v", p, err)
	}
}

// TestAEMPlanCountsAreCheckedWhereUsed (AEM-7, AEM-11, AEM-12, AEM-14,
// AEM-15, D-AEM; issue 14): a plan decoded from JSON, or built by hand,
// is checked before its counts are used; one figure changed at a time is
// refused with ErrInvalidPlan, never a panic nor an allocation of the
// decoded size.
func TestAEMPlanCountsAreCheckedWhereUsed(t *testing.T) {
	good, err := enhanced.PlanAEM(2, term("2026-11-27", "2026-12-02"), d("2026-10-20"))
	if err != nil {
		t.Fatal(err)
	}
	if err := good.Validate(); err != nil {
		t.Fatalf("PlanAEM's own plan: %v", err)
	}
	tests := []struct {
		name   string
		change func(*enhanced.AEMPlan)
	}{
		{"eventsPerSolution -1", func(p *enhanced.AEMPlan) { p.EventsPerSolution = -1 }},
		{"eventsPerSolution MaxInt64", func(p *enhanced.AEMPlan) { p.EventsPerSolution = math.MaxInt64 }},
		{"eventsPerSolution 1<<40", func(p *enhanced.AEMPlan) { p.EventsPerSolution = 1 << 40 }},
		{"eventsPerSolution one more", func(p *enhanced.AEMPlan) { p.EventsPerSolution++ }},
		{"eventsPerSolution one less", func(p *enhanced.AEMPlan) { p.EventsPerSolution-- }},
		{"days one more", func(p *enhanced.AEMPlan) { p.Days++ }},
		{"days one less", func(p *enhanced.AEMPlan) { p.Days-- }},
		{"events one more", func(p *enhanced.AEMPlan) { p.Events++ }},
		{"events one less", func(p *enhanced.AEMPlan) { p.Events-- }},
		{"no solution", func(p *enhanced.AEMPlan) { p.Solutions, p.Events = 0, 0 }},
		{"solutions 2^20+1", func(p *enhanced.AEMPlan) { p.Solutions = 1<<20 + 1; p.Events = p.Solutions * 2 }},
		{"needsAgreement flipped", func(p *enhanced.AEMPlan) { p.NeedsAgreement = !p.NeedsAgreement }},
		{"notice MinInt", func(p *enhanced.AEMPlan) { p.NoticeDays = math.MinInt }},
		{"notice MaxInt", func(p *enhanced.AEMPlan) { p.NoticeDays, p.NeedsAgreement = math.MaxInt, false }},
		{"notice before year 1", func(p *enhanced.AEMPlan) { p.NoticeDays, p.NeedsAgreement = 3_000_000, false }},
		{"notice a day before year 1", func(p *enhanced.AEMPlan) {
			p.NoticeDays, p.NeedsAgreement = p.Period.Start.DaysUntil(d("0001-01-01"))*-1+1, false
		}},
		{"notice after year 9999", func(p *enhanced.AEMPlan) { p.NoticeDays = -3_000_000 }},
		{"period of 3661 days", func(p *enhanced.AEMPlan) {
			p.Period.End = p.Period.Start.AddDays(3660)
			p.Days, p.EventsPerSolution, p.Events = 3661, 733, 1466
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := good
			tt.change(&p)
			if err := p.Validate(); !errors.Is(err, enhanced.ErrInvalidPlan) {
				t.Errorf("Validate = %v, want ErrInvalidPlan", err)
			}
			if spans, err := p.EventSpans(); spans != nil || !errors.Is(err, enhanced.ErrInvalidPlan) {
				t.Errorf("EventSpans = %d spans, %v; want ErrInvalidPlan", len(spans), err)
			}
		})
	}
	// The boundaries that stay valid: 2^20 solutions, 41 and 42 days' notice.
	p := good
	p.Solutions, p.Events = 1<<20, (1<<20)*2
	if err := p.Validate(); err != nil {
		t.Errorf("2^20 solutions: %v", err)
	}
	p = good
	p.NoticeDays, p.NeedsAgreement = 41, true
	if err := p.Validate(); err != nil {
		t.Errorf("41 days' notice needing agreement: %v", err)
	}
	p.NoticeDays, p.NeedsAgreement = 42, false
	if err := p.Validate(); err != nil {
		t.Errorf("42 days' notice: %v", err)
	}
	p.NoticeDays = p.Period.Start.DaysUntil(d("0001-01-01")) * -1 // confirmed on 1 January of year 1
	if err := p.Validate(); err != nil {
		t.Errorf("confirmed on the first day of the calendar: %v", err)
	}
	p.NoticeDays, p.NeedsAgreement = p.Period.Start.DaysUntil(d("9999-12-31"))*-1, true // confirmed on the last day
	if err := p.Validate(); err != nil {
		t.Errorf("confirmed on the last day of the calendar: %v", err)
	}
	p.NoticeDays--
	if err := p.Validate(); !errors.Is(err, enhanced.ErrInvalidPlan) {
		t.Errorf("confirmed a day after the calendar: %v", err)
	}
	p = good
	p.Period.End = p.Period.Start.AddDays(-1)
	if err := p.Validate(); !errors.Is(err, contract.ErrInvalidTerm) {
		t.Errorf("reversed period: %v", err)
	}
	// Decoded from JSON: the same check.
	var decoded enhanced.AEMPlan
	if err := json.Unmarshal([]byte(`{"solutions":1,"period":{"start":"2026-11-27","end":"2026-12-02"},"days":6,"eventsPerSolution":1099511627776,"events":1099511627776,"noticeDays":38,"needsAgreement":true}`), &decoded); err != nil {
		t.Fatal(err)
	}
	if _, err := decoded.EventSpans(); !errors.Is(err, enhanced.ErrInvalidPlan) {
		t.Errorf("decoded plan with 1<<40 events: %v", err)
	}
}
