package contract_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/enhanced"
	"github.com/supportrules/unified/contract/rule"
)

// TestTermDays: End is inclusive; the sample term is 1096 days and its
// half-open period ends on 2029-01-01.
func TestTermDays(t *testing.T) {
	tests := []struct {
		term contract.Term
		days int
	}{
		{term("2026-01-01", "2028-12-31"), 1096},
		{term("2026-01-01", "2026-01-01"), 1}, // a one-day term
		{term("2026-01-02", "2026-01-01"), 0}, // reversed: invalid
		{contract.Term{}, 0},
	}
	for _, tt := range tests {
		if got := tt.term.Days(); got != tt.days {
			t.Errorf("%v.Days() = %d, want %d", tt.term, got, tt.days)
		}
	}
	tm := term("2026-01-01", "2028-12-31")
	if p := tm.Period(); p.End != d("2029-01-01") || p.Days() != 1096 {
		t.Errorf("Period() = %v", p)
	}
	if got := contract.TermOf(tm.Period()); got != tm {
		t.Errorf("TermOf(Period()) = %v", got)
	}
	if got := contract.TermOf(calendar.Period{Start: d("2026-01-01"), End: d("2026-01-01")}); !got.IsZero() {
		t.Errorf("TermOf(empty) = %v", got)
	}
}

// TestForfeitureAtTermEnd (TERM-7, D-TERM-2): usable on the last day,
// forfeited from the next.
func TestForfeitureAtTermEnd(t *testing.T) {
	tm := term("2026-01-01", "2028-12-31")
	tests := []struct {
		on        string
		forfeited bool
	}{
		{"2026-01-01", false},
		{"2028-12-30", false},
		{"2028-12-31", false}, // the last day of the term
		{"2029-01-01", true},  // the day after
		{"2031-06-01", true},
	}
	for _, tt := range tests {
		f, err := tm.Forfeiture(d(tt.on))
		if err != nil {
			t.Fatal(err)
		}
		want := contract.Forfeiture{UseBy: d("2028-12-31"), ForfeitedOn: d("2029-01-01"), Forfeited: tt.forfeited, Rules: rule.Cite("TERM-7", "D-TERM-2")}
		if diff := cmp.Diff(want, f, cmpRules); diff != "" {
			t.Errorf("Forfeiture(%s) (-want +got):\n%s", tt.on, diff)
		}
	}
	if _, err := (contract.Term{}).Forfeiture(d("2026-01-01")); !errors.Is(err, contract.ErrInvalidTerm) {
		t.Errorf("zero term: %v", err)
	}
	if _, err := tm.Forfeiture(calendar.Date{}); !errors.Is(err, contract.ErrInvalidTerm) {
		t.Errorf("zero date: %v", err)
	}
}

// TestRequestDeadlineSixtyDays (RESP-14, D-TERM-1, AMB-22): a request is on
// time when expiry − submitted >= 60 days; exactly 60 is on time.
func TestRequestDeadlineSixtyDays(t *testing.T) {
	tm := term("2026-01-01", "2028-12-31")
	tests := []struct {
		submitted string
		days      int
		onTime    bool
	}{
		{"2026-01-01", 1095, true},
		{"2028-10-31", 61, true},
		{"2028-11-01", 60, true}, // exactly 60 days: the deadline
		{"2028-11-02", 59, false},
		{"2028-12-31", 0, false},
		{"2029-01-05", -5, false}, // after expiry
	}
	for _, tt := range tests {
		r, err := tm.CheckRequest(d(tt.submitted))
		if err != nil {
			t.Fatal(err)
		}
		if r.Deadline != d("2028-11-01") || r.DaysBeforeExpiry != tt.days || r.OnTime != tt.onTime {
			t.Errorf("CheckRequest(%s) = %+v, want %d days, on time %v", tt.submitted, r, tt.days, tt.onTime)
		}
		if err := r.Err(); (err == nil) != tt.onTime || (err != nil && !errors.Is(err, contract.ErrLateRequest)) {
			t.Errorf("CheckRequest(%s).Err() = %v", tt.submitted, err)
		}
		if !r.Rules.Has("D-TERM-1") || !r.Rules.Has("RESP-14") {
			t.Errorf("rules %v", r.Rules)
		}
	}
	if _, err := tm.CheckRequest(calendar.Date{Year: 2026, Month: 2, Day: 30}); !errors.Is(err, contract.ErrInvalidTerm) {
		t.Errorf("invalid date: %v", err)
	}
}

// TestCoTerminationNeverOutlivesParent (D-TERM-3, DE-2, EDE-8, REDE-13,
// SFMC-4, AED-39).
func TestCoTerminationNeverOutlivesParent(t *testing.T) {
	tests := []struct {
		name    string
		child   contract.Term
		parents []contract.Term
		want    contract.Term
		cut     bool
		wantErr error
	}{
		{"no parent", term("2026-01-01", "2026-12-31"), nil, term("2026-01-01", "2026-12-31"), false, nil},
		{"parent ends later", term("2026-01-01", "2026-12-31"), []contract.Term{term("2026-01-01", "2027-12-31")}, term("2026-01-01", "2026-12-31"), false, nil},
		{"parent ends the same day", term("2026-01-01", "2026-12-31"), []contract.Term{term("2025-01-01", "2026-12-31")}, term("2026-01-01", "2026-12-31"), false, nil},
		{"parent ends a day earlier", term("2026-01-01", "2026-12-31"), []contract.Term{term("2025-01-01", "2026-12-30")}, term("2026-01-01", "2026-12-30"), true, nil},
		{"two parents, the earlier wins", term("2026-01-01", "2028-12-31"), []contract.Term{term("2026-01-01", "2027-12-31"), term("2026-01-01", "2027-06-30")}, term("2026-01-01", "2027-06-30"), true, nil},
		{"parent ends the day the child starts", term("2026-06-01", "2026-12-31"), []contract.Term{term("2026-01-01", "2026-06-01")}, term("2026-06-01", "2026-06-01"), true, nil},
		{"parent ended before", term("2026-06-01", "2026-12-31"), []contract.Term{term("2026-01-01", "2026-05-31")}, contract.Term{}, false, contract.ErrParentEnded},
		{"parent starts after", term("2026-06-01", "2026-12-31"), []contract.Term{term("2026-06-02", "2027-05-31")}, contract.Term{}, false, contract.ErrParentEnded},
		{"reversed child", term("2026-06-01", "2026-05-31"), nil, contract.Term{}, false, contract.ErrInvalidTerm},
		{"zero parent", term("2026-06-01", "2026-12-31"), []contract.Term{{}}, contract.Term{}, false, contract.ErrInvalidTerm},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := contract.CoTerminate(tt.child, tt.parents...)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("CoTerminate = %v, want %v", err, tt.wantErr)
			}
			// Messages read "contract: what: detail" (regression: a bad
			// parent's began "parent: ").
			if err != nil && !strings.HasPrefix(err.Error(), "contract: ") {
				t.Errorf("CoTerminate error %q lacks the package prefix", err)
			}
			if got.Term != tt.want || got.Cut != tt.cut {
				t.Errorf("CoTerminate = %+v, want %v cut %v", got, tt.want, tt.cut)
			}
		})
	}
}

// TestEffectiveTerm (D-TERM-3, AED-39, UER-4): a purchase's term after
// co-termination with the Work Order, the Unified contract and, for AED,
// Rapid Response.
func TestEffectiveTerm(t *testing.T) {
	w := contoso()
	w.Unified.End = d("2028-06-30")
	w.Purchases[1].End = d("2027-12-31") // Rapid Response
	tests := []struct {
		name  string
		p     contract.Purchase
		want  contract.Term
		rules []rule.ID
		err   error
	}{
		{"workshop: the Work Order term", w.Purchases[5], term("2026-01-01", "2028-12-31"), []rule.ID{"TERM-7"}, nil},
		{"UER ends with Unified", w.Purchases[0], term("2026-01-01", "2028-06-30"), []rule.ID{"UER-4", "D-TERM-3"}, nil},
		{"AED ends with Rapid Response", w.Purchases[2], term("2026-03-01", "2027-12-31"), []rule.ID{"AED-39", "D-TERM-3"}, nil},
		{"AED capability ends with AED", contract.Purchase{Service: catalogue.AEDInsights}, term("2026-03-01", "2027-12-31"), []rule.ID{"AED-39"}, nil},
		// Regression: a part's own dates were ignored (D-TERM-3).
		{"AED capability with its own end", contract.Purchase{Service: catalogue.AEDInsights, End: d("2026-06-30")}, term("2026-03-01", "2026-06-30"), []rule.ID{"AED-39", "D-TERM-3"}, nil},
		{"AED capability added later, cut by AED", contract.Purchase{Service: catalogue.AEDInsights, Start: d("2027-01-01"), End: d("2028-12-31")}, term("2027-01-01", "2027-12-31"), []rule.ID{"AED-39", "D-TERM-3"}, nil},
		{"AED capability before AED", contract.Purchase{Service: catalogue.AEDInsights, Start: d("2026-02-28")}, contract.Term{}, nil, contract.ErrParentEnded},
		{"EDE after Unified", contract.Purchase{Service: catalogue.EnhancedDesignatedEngineering, Start: d("2028-07-01")}, contract.Term{}, nil, contract.ErrParentEnded},
		{"AED after Rapid Response", contract.Purchase{Service: catalogue.AzureEngineeringDirect, Start: d("2028-01-01")}, contract.Term{}, nil, contract.ErrNoRapidResponse},
		{"unknown service", contract.Purchase{Service: 0}, contract.Term{}, nil, catalogue.ErrUnknownService},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := w.EffectiveTerm(tt.p)
			if !errors.Is(err, tt.err) {
				t.Fatalf("EffectiveTerm = %v, want %v", err, tt.err)
			}
			if got.Term != tt.want {
				t.Errorf("EffectiveTerm = %v, want %v", got.Term, tt.want)
			}
			for _, r := range tt.rules {
				if !got.Rules.Has(r) {
					t.Errorf("rules %v lack %s", got.Rules, r)
				}
			}
		})
	}
	// AED-39, D-TERM-3: a Rapid Response renewal starting the day after the
	// first line ends keeps AED active (regression: AED was cut at the
	// first line's end).
	// OPT-2, OPT-3: Developer Services' sub-services are sold on their own,
	// so buying the umbrella too does not tie their dates to it, in
	// EffectiveTerm as in Violations (regression: EffectiveTerm returned
	// the umbrella's term).
	dev := w
	dev.Purchases = append(slices.Clip(w.Purchases),
		contract.Purchase{Service: catalogue.DeveloperServices, End: d("2026-12-31"), Location: "Seoul"},
		contract.Purchase{Service: catalogue.DevelopmentAdvisorySupport, Quantity: 40, Unit: catalogue.UnitHours, Start: d("2027-01-01"), Location: "Seoul"})
	if got, err := dev.EffectiveTerm(dev.Purchases[len(dev.Purchases)-1]); err != nil || got.Term != term("2027-01-01", "2028-12-31") {
		t.Errorf("Development Advisory Support after the umbrella ended = %v, %v; want 2027-01-01..2028-12-31", got.Term, err)
	}
	for _, v := range dev.Violations() {
		if strings.HasPrefix(v.Field, fmt.Sprintf("purchases[%d]", len(dev.Purchases)-1)) {
			t.Errorf("Developer Services sub-service on its own: %v", v)
		}
	}
	renewed := w
	renewed.Purchases = append(slices.Clip(w.Purchases), contract.Purchase{Service: catalogue.RapidResponse, Start: d("2028-01-01"), Location: "Seoul"})
	if got, err := renewed.EffectiveTerm(w.Purchases[2]); err != nil || got.Term != term("2026-03-01", "2028-06-30") {
		t.Errorf("AED with Rapid Response renewed = %v, %v; want 2026-03-01..2028-06-30 (the Unified end)", got.Term, err)
	}
	w.Unified = contract.Term{}
	if _, err := w.EffectiveTerm(w.Purchases[0]); !errors.Is(err, contract.ErrNoUnifiedContract) {
		t.Errorf("no Unified: %v", err)
	}
}

// TestAssessmentSupportDays (MAINT-5, AMB-20): onsite at most 2 days or
// remote at most 1 day, never both.
func TestAssessmentSupportDays(t *testing.T) {
	tests := []struct {
		onsite, remote int
		wantErr        error
	}{
		{0, 0, nil},
		{1, 0, nil},
		{2, 0, nil}, // the onsite maximum
		{3, 0, contract.ErrAssessmentSupport},
		{0, 1, nil}, // the remote maximum
		{0, 2, contract.ErrAssessmentSupport},
		{1, 1, contract.ErrAssessmentSupport}, // not both
		{-1, 0, contract.ErrNegativeQuantity},
		{0, -1, contract.ErrNegativeQuantity},
	}
	for _, tt := range tests {
		s, err := contract.NewAssessmentSupport(tt.onsite, tt.remote)
		if !errors.Is(err, tt.wantErr) {
			t.Errorf("NewAssessmentSupport(%d, %d) = %v, want %v", tt.onsite, tt.remote, err, tt.wantErr)
		}
		if err == nil && (s.OnsiteDays != tt.onsite || s.RemoteDays != tt.remote || !s.Rules.Has("MAINT-5")) {
			t.Errorf("NewAssessmentSupport(%d, %d) = %+v", tt.onsite, tt.remote, s)
		}
	}
}

// TestEndOfCalendar: answers that would fall after 9999-12-31 or before
// 0001-01-01 are errors, not invalid dates.
func TestEndOfCalendar(t *testing.T) {
	last := term("9999-01-01", "9999-12-31")
	if _, err := last.Forfeiture(d("9999-06-01")); !errors.Is(err, contract.ErrInvalidTerm) {
		t.Errorf("Forfeiture at the end of the calendar: %v", err)
	}
	// A day earlier, the answer still fits in the calendar.
	if f, err := term("9999-01-01", "9999-12-30").Forfeiture(d("9999-12-31")); err != nil || f.ForfeitedOn != d("9999-12-31") || !f.Forfeited {
		t.Errorf("Forfeiture of a term ending 9999-12-30 = %+v, %v", f, err)
	}
	if _, err := term("0001-01-01", "0001-02-01").CheckRequest(d("0001-01-15")); !errors.Is(err, contract.ErrInvalidTerm) {
		t.Errorf("CheckRequest at the start of the calendar: %v", err)
	}
	if r, err := term("0001-01-01", "0001-03-02").CheckRequest(d("0001-01-01")); err != nil || r.Deadline != d("0001-01-01") || !r.OnTime {
		t.Errorf("CheckRequest with the deadline on the first day of the calendar = %+v, %v", r, err)
	}
	if _, err := enhanced.NewOnboarding(catalogue.AzureEngineeringDirect, d("9999-12-01")); !errors.Is(err, contract.ErrInvalidTerm) {
		t.Errorf("NewOnboarding at the end of the calendar: %v", err)
	}
	cal := seoulCalendar(t)
	if _, err := enhanced.AEDRootCauseAnalysis(cal, enhanced.AEDRCARequest{Closed: d("9999-12-30"), Requested: d("9999-12-30"), Mitigated: d("9999-12-30"),
		Impact: enhanced.ImpactProduction, Channel: enhanced.ChannelAlignedEngineer}); !errors.Is(err, contract.ErrInvalidTerm) {
		t.Errorf("AEDRootCauseAnalysis at the end of the calendar: %v", err)
	}
}

// TestPartsEndWithTheirParentAsTheCatalogueSays_OPT_2: the catalogue's
// Dependence and the Work Order checks agree for every part of a service.
// A part that ends with its parent (DependenceParent: UER's Enhanced
// Incident Management, AED's capabilities; D-TERM-3) cannot be bought
// without it; Developer Services' three sub-services, sold on their own
// under one "+" marking, two in hours (OPT-2, OPT-3, OPT-4, seed lines
// 335-361), can, and keep their own dates.
func TestPartsEndWithTheirParentAsTheCatalogueSays_OPT_2(t *testing.T) {
	for id := catalogue.ServiceID(1); int(id) <= catalogue.NumServiceIDs; id++ {
		svc, _ := catalogue.Lookup(id)
		parent, part := svc.Parent()
		if !part {
			continue
		}
		withParent := svc.Dependence() == catalogue.DependenceParent
		if devSub := parent == catalogue.DeveloperServices; devSub == withParent {
			t.Errorf("%v: Dependence %v; Developer Services' sub-services alone are sold on their own (OPT-2)", id, svc.Dependence())
		}
		w := contoso()
		w.Purchases = []contract.Purchase{{Service: id, Quantity: 1, Unit: svc.Units()[0], Location: "Seoul",
			Start: d("2027-01-01"), End: d("2027-06-30")}}
		alone := false
		for _, v := range w.Violations() {
			if errors.Is(v, contract.ErrPartWithoutWhole) {
				alone = true
			}
		}
		if alone != withParent {
			t.Errorf("%v bought without %v: ErrPartWithoutWhole reported %v, want %v", id, parent, alone, withParent)
		}
		if !withParent {
			if got, err := w.EffectiveTerm(w.Purchases[0]); err != nil || got.Term != term("2027-01-01", "2027-06-30") || got.Cut {
				t.Errorf("%v on its own: EffectiveTerm = %+v, %v; want its own dates, not cut", id, got, err)
			}
		}
	}
}

// TestEffectiveTermOfPartsAndRenewals pins D-TERM-3 (AMB-28, AED-39) where
// a service is bought in several lines: a part takes the line of its
// service that is active on its start (the first line when it states no
// start); Rapid Response lines that overlap or touch, in any order, are one
// period; and Cut says whether a parent ended the purchase before its own
// end.
func TestEffectiveTermOfPartsAndRenewals(t *testing.T) {
	rr := func(a, b string) contract.Purchase {
		return contract.Purchase{Service: catalogue.RapidResponse, Quantity: 1, Start: d(a), End: d(b), Location: "Seoul"}
	}
	part := func(a, b string) contract.Purchase {
		p := contract.Purchase{Service: catalogue.AEDInsights, Location: "Seoul"}
		if a != "" {
			p.Start = d(a)
		}
		if b != "" {
			p.End = d(b)
		}
		return p
	}
	aed := func(a, b string) contract.Purchase {
		p := part(a, b)
		p.Service, p.Quantity = catalogue.AzureEngineeringDirect, 1
		return p
	}
	tests := []struct {
		name  string
		lines []contract.Purchase // the Work Order's lines besides UER
		p     contract.Purchase
		want  contract.Term
		cut   bool
		err   error
	}{
		// The parent purchase active on the part's start (AMB-28).
		{"D-TERM-3 part in the second AED line", []contract.Purchase{rr("2026-01-01", "2028-12-31"), aed("2026-03-01", "2026-12-31"), aed("2027-03-01", "2028-06-30")},
			part("2027-04-01", ""), term("2027-04-01", "2028-06-30"), false, nil},
		{"D-TERM-3 part on the first day of the second AED line", []contract.Purchase{rr("2026-01-01", "2028-12-31"), aed("2026-03-01", "2026-12-31"), aed("2027-03-01", "2028-06-30")},
			part("2027-03-01", ""), term("2027-03-01", "2028-06-30"), false, nil},
		{"D-TERM-3 part on the last day of the first AED line", []contract.Purchase{rr("2026-01-01", "2028-12-31"), aed("2026-03-01", "2026-12-31"), aed("2027-03-01", "2028-06-30")},
			part("2026-12-31", ""), term("2026-12-31", "2026-12-31"), false, nil},
		{"D-TERM-3 part stating no start takes the first AED line", []contract.Purchase{rr("2026-01-01", "2028-12-31"), aed("2026-03-01", "2026-12-31"), aed("2027-03-01", "2028-06-30")},
			part("", ""), term("2026-03-01", "2026-12-31"), false, nil},
		{"D-TERM-3 part between AED lines", []contract.Purchase{rr("2026-01-01", "2028-12-31"), aed("2026-03-01", "2026-12-31"), aed("2027-03-01", "2028-06-30")},
			part("2027-01-15", ""), contract.Term{}, false, contract.ErrParentEnded},
		// Renewed Rapid Response (AED-39): touching or overlapping lines
		// are one period, whatever their order; a gap of a day is not.
		{"AED-39 renewal the day after", []contract.Purchase{rr("2027-01-01", "2028-12-31"), rr("2026-01-01", "2026-12-31"), aed("2026-03-01", "")},
			aed("2026-03-01", ""), term("2026-03-01", "2028-12-31"), false, nil},
		{"AED-39 overlapping renewal", []contract.Purchase{rr("2026-01-01", "2027-03-31"), rr("2027-01-01", "2028-06-30"), aed("2026-03-01", "")},
			aed("2026-03-01", ""), term("2026-03-01", "2028-06-30"), true, nil},
		{"AED-39 a line inside another", []contract.Purchase{rr("2026-01-01", "2028-06-30"), rr("2027-01-01", "2027-03-31"), aed("2026-03-01", "")},
			aed("2026-03-01", ""), term("2026-03-01", "2028-06-30"), true, nil},
		{"AED-39 three lines chained", []contract.Purchase{rr("2026-01-01", "2026-06-30"), rr("2027-01-01", "2028-12-31"), rr("2026-07-01", "2026-12-31"), aed("2026-03-01", "")},
			aed("2026-03-01", ""), term("2026-03-01", "2028-12-31"), false, nil},
		{"AED-39 renewal after a gap of a day", []contract.Purchase{rr("2026-01-01", "2026-12-31"), rr("2027-01-02", "2028-12-31"), aed("2026-03-01", "")},
			aed("2026-03-01", ""), term("2026-03-01", "2026-12-31"), true, nil},
		// Cut: a part that takes its end from a cut AED is cut; one that
		// states an end before the cut is not; one that states a later end
		// is.
		{"D-TERM-3 part of a cut AED", []contract.Purchase{rr("2026-01-01", "2027-12-31"), aed("2026-03-01", "")},
			part("", ""), term("2026-03-01", "2027-12-31"), true, nil},
		{"D-TERM-3 part ending before AED's cut", []contract.Purchase{rr("2026-01-01", "2027-12-31"), aed("2026-03-01", "")},
			part("", "2027-06-30"), term("2026-03-01", "2027-06-30"), false, nil},
		{"D-TERM-3 part ending on AED's cut", []contract.Purchase{rr("2026-01-01", "2027-12-31"), aed("2026-03-01", "")},
			part("", "2027-12-31"), term("2026-03-01", "2027-12-31"), false, nil},
		{"D-TERM-3 part ending after AED's cut", []contract.Purchase{rr("2026-01-01", "2027-12-31"), aed("2026-03-01", "")},
			part("", "2028-06-30"), term("2026-03-01", "2027-12-31"), true, nil},
		{"D-TERM-3 part of an uncut AED", []contract.Purchase{rr("2026-01-01", "2028-12-31"), aed("2026-03-01", "")},
			part("", ""), term("2026-03-01", "2028-12-31"), false, nil},
		{"AED-39 part of an AED without Rapid Response", []contract.Purchase{rr("2027-01-01", "2028-12-31"), aed("2026-03-01", "")},
			part("", ""), contract.Term{}, false, contract.ErrNoRapidResponse},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := contoso()
			w.Purchases = append([]contract.Purchase{w.Purchases[0]}, tt.lines...)
			got, err := w.EffectiveTerm(tt.p)
			if !errors.Is(err, tt.err) {
				t.Fatalf("EffectiveTerm = %+v, %v; want %v", got, err, tt.err)
			}
			if got.Term != tt.want || got.Cut != tt.cut {
				t.Errorf("EffectiveTerm = %v cut %v, want %v cut %v", got.Term, got.Cut, tt.want, tt.cut)
			}
		})
	}
}

// TestTermOfAndPeriodAgree: the inclusive Term and the half-open
// calendar.Period convert into each other explicitly, on every boundary: a
// one-day period is a one-day term, an empty period no term (D-DAYS).
func TestTermOfAndPeriodAgree(t *testing.T) {
	day := d("2026-05-05")
	tests := []struct {
		name string
		p    calendar.Period
		want contract.Term
	}{
		{"one day", calendar.Period{Start: day, End: day.AddDays(1)}, contract.Term{Start: day, End: day}},
		{"two days", calendar.Period{Start: day, End: day.AddDays(2)}, contract.Term{Start: day, End: day.AddDays(1)}},
		{"empty", calendar.Period{Start: day, End: day}, contract.Term{}},
		{"reversed", calendar.Period{Start: day, End: day.AddDays(-1)}, contract.Term{}},
		{"zero", calendar.Period{}, contract.Term{}},
	}
	for _, tt := range tests {
		got := contract.TermOf(tt.p)
		if got != tt.want {
			t.Errorf("%s: TermOf(%v) = %v, want %v", tt.name, tt.p, got, tt.want)
		}
		if !got.IsZero() && got.Period() != tt.p {
			t.Errorf("%s: TermOf(%v).Period() = %v", tt.name, tt.p, got.Period())
		}
	}
}
