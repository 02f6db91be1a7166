package enhanced_test

import (
	"errors"
	"testing"

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
		spans := p.EventSpans()
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
	if (enhanced.AEMPlan{}).EventSpans() != nil {
		t.Errorf("zero plan has spans")
	}
}
