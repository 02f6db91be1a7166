package severity_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract/rule"
	"github.com/supportrules/unified/severity"
)

const (
	m15 = 15 * time.Minute
	m30 = 30 * time.Minute
	h1  = time.Hour
	h2  = 2 * time.Hour
	h4  = 4 * time.Hour
)

// equateRules lets cmp compare rule.Set, a comparable value with
// unexported fields, with ==.
var equateRules = cmpopts.EquateComparable(rule.Set{})

// cellWant is what one cell of a chart gives: zero within means the chart
// does not cover the incident (ErrNotCovered).
type cellWant struct {
	within   time.Duration
	business bool
	class    severity.ProductClass
	fallback bool
	guess    bool
	rule     rule.ID // the row's rule, which the target must cite
}

// chartCells is Appendix A transcribed by hand, one row per chart, level and
// product column: the Azure column for an Azure component that no list
// excludes ("Azure Virtual Machines"), the other column for a non-Azure
// product ("Exchange Server").
var chartCells = []struct {
	plan  severity.Plan
	level severity.Level
	azure cellWant
	other cellWant
}{
	// Chart 1, Standard.
	{severity.Standard, severity.Sev1, // SEV-STD-2, SEV-STD-3
		cellWant{within: m15, class: severity.AzureComponents, rule: "SEV-STD-2"},
		cellWant{within: h1, class: severity.OtherProducts, rule: "SEV-STD-3"}},
	{severity.Standard, severity.SevA, // SEV-STD-9: Azure is not split out
		cellWant{within: h1, class: severity.AnyProduct, rule: "SEV-STD-9"},
		cellWant{within: h1, class: severity.AnyProduct, rule: "SEV-STD-9"}},
	{severity.Standard, severity.SevB, // SEV-STD-13, business hours only (D-SEV-1)
		cellWant{within: h2, business: true, class: severity.AnyProduct, rule: "SEV-STD-13"},
		cellWant{within: h2, business: true, class: severity.AnyProduct, rule: "SEV-STD-13"}},
	{severity.Standard, severity.SevC, // SEV-STD-16, business hours only (D-SEV-1)
		cellWant{within: h4, business: true, class: severity.AnyProduct, rule: "SEV-STD-16"},
		cellWant{within: h4, business: true, class: severity.AnyProduct, rule: "SEV-STD-16"}},
	// Chart 2, Unified Enhanced Response.
	{severity.EnhancedResponse, severity.Sev1, // SEV-UER-2, SEV-UER-3
		cellWant{within: m15, class: severity.AzureComponents, rule: "SEV-UER-2"},
		cellWant{within: m30, class: severity.OtherProducts, rule: "SEV-UER-3"}},
	{severity.EnhancedResponse, severity.SevA, // SEV-UER-9
		cellWant{within: m30, class: severity.AnyProduct, rule: "SEV-UER-9"},
		cellWant{within: m30, class: severity.AnyProduct, rule: "SEV-UER-9"}},
	{severity.EnhancedResponse, severity.SevB, // SEV-UER-15: missing, Standard row (D-SEV-2)
		cellWant{within: h2, business: true, class: severity.AnyProduct, fallback: true, rule: "SEV-UER-15"},
		cellWant{within: h2, business: true, class: severity.AnyProduct, fallback: true, rule: "SEV-UER-15"}},
	{severity.EnhancedResponse, severity.SevC, // SEV-UER-15: missing, Standard row (D-SEV-2)
		cellWant{within: h4, business: true, class: severity.AnyProduct, fallback: true, rule: "SEV-UER-15"},
		cellWant{within: h4, business: true, class: severity.AnyProduct, fallback: true, rule: "SEV-UER-15"}},
	// Chart 3, Rapid Response: Azure only (RR-2).
	{severity.RapidResponse, severity.Sev1, // SEV-RR-2
		cellWant{within: m15, class: severity.AzureComponents, rule: "SEV-RR-2"},
		cellWant{}},
	{severity.RapidResponse, severity.SevA, // SEV-RR-8 cut off: 15 minutes not from the seed (D-SEV-2)
		cellWant{within: m15, class: severity.AzureComponents, guess: true, rule: "SEV-RR-8"},
		cellWant{}},
	{severity.RapidResponse, severity.SevB, // SEV-RR-8: missing, Standard row (D-SEV-2)
		cellWant{within: h2, business: true, class: severity.AnyProduct, fallback: true, rule: "SEV-RR-8"},
		cellWant{}},
	{severity.RapidResponse, severity.SevC,
		cellWant{within: h4, business: true, class: severity.AnyProduct, fallback: true, rule: "SEV-RR-8"},
		cellWant{}},
	// Chart 4, Azure Event Management: Azure only (AEM-17, D-SEV-4).
	{severity.EventManagement, severity.Sev1, // SEV-AEM-3
		cellWant{within: m15, class: severity.AzureComponents, rule: "SEV-AEM-3"},
		cellWant{}},
	{severity.EventManagement, severity.SevA, // SEV-AEM-8: no time stated, Standard row (D-SEV-2)
		cellWant{within: h1, class: severity.AnyProduct, fallback: true, rule: "SEV-AEM-8"},
		cellWant{}},
	{severity.EventManagement, severity.SevB,
		cellWant{within: h2, business: true, class: severity.AnyProduct, fallback: true, rule: "SEV-AEM-8"},
		cellWant{}},
	{severity.EventManagement, severity.SevC,
		cellWant{within: h4, business: true, class: severity.AnyProduct, fallback: true, rule: "SEV-AEM-8"},
		cellWant{}},
}

// checkCell compares a ChartTarget result with a hand-written cell.
func checkCell(t *testing.T, got severity.Target, err error, p severity.Plan, l severity.Level, w cellWant) {
	t.Helper()
	if w.within == 0 {
		if !errors.Is(err, severity.ErrNotCovered) {
			t.Fatalf("ChartTarget(%v, %v) = %v, %v; want ErrNotCovered", p, l, got, err)
		}
		return
	}
	if err != nil {
		t.Fatalf("ChartTarget(%v, %v): %v", p, l, err)
	}
	want := severity.Target{Level: l, Within: w.within, BusinessHours: w.business, Plan: p, Class: w.class,
		Fallback: w.fallback, NotFromSeed: w.guess, Rules: got.Rules}
	if diff := cmp.Diff(want, got, equateRules); diff != "" {
		t.Errorf("ChartTarget(%v, %v) mismatch (-want +got):\n%s", p, l, diff)
	}
	for _, id := range []rule.ID{w.rule, "D-SEV-1"} {
		if !got.Rules.Has(id) {
			t.Errorf("ChartTarget(%v, %v).Rules = %v, want %s among them", p, l, got.Rules, id)
		}
	}
	if w.fallback != got.Rules.Has("D-SEV-2") && !w.guess {
		t.Errorf("ChartTarget(%v, %v).Rules = %v: D-SEV-2 cited iff fallback (%t)", p, l, got.Rules, w.fallback)
	}
	if w.business != got.Rules.Has("SEV-STD-21") {
		t.Errorf("ChartTarget(%v, %v).Rules = %v: SEV-STD-21 cited iff business hours (%t)", p, l, got.Rules, w.business)
	}
}

// Every cell of every chart, each product column, with the fallbacks of
// D-SEV-2 and the clocks of D-SEV-1.
// Rules SEV-STD-2, SEV-STD-3, SEV-STD-9, SEV-STD-13, SEV-STD-16,
// SEV-UER-2, SEV-UER-3, SEV-UER-9, SEV-UER-15, SEV-RR-2, SEV-RR-8,
// SEV-AEM-3, SEV-AEM-8, RR-2, AEM-17, D-SEV-1, D-SEV-2, D-SEV-4, AMB-7.
func TestEveryChartCellGivesItsPrintedTarget(t *testing.T) {
	opened := at(2026, 5, 12, 10, 0)
	for _, c := range chartCells {
		t.Run(c.plan.Abbrev()+"/"+c.level.String(), func(t *testing.T) {
			got, err := severity.ChartTarget(severity.Incident{Level: c.level, Azure: true, Product: "Azure Virtual Machines", Opened: opened}, c.plan)
			checkCell(t, got, err, c.plan, c.level, c.azure)
			got, err = severity.ChartTarget(severity.Incident{Level: c.level, Product: "Exchange Server", Opened: opened}, c.plan)
			checkCell(t, got, err, c.plan, c.level, c.other)
		})
	}
}

// The exclusion lists, each applied to its own chart only and exactly as
// printed, matched without regard to case in English and Korean.
// Rapid Response's list is in the body text, not the chart, and governs
// (SEV-GEN-1: the charts are read with the body).
// Rules SEV-STD-18, SEV-UER-12, RR-7, SEV-GEN-1, D-SEV-4, AMB-15.
func TestEachExclusionListAppliesToItsOwnChart(t *testing.T) {
	// AMB-15's table: is the product on the Standard, UER, RR list?
	tests := []struct {
		product      string
		std, uer, rr bool
	}{
		{"US Gov Clouds", false, true, false},
		{"Azure StorSimple", true, true, true},
		{"GitHub AE", true, true, true},
		{"Azure Communication Services", true, false, false},
		{"Azure 통신 서비스", true, false, false}, // the Korean form of SEV-STD-18
		{"billing and subscription management", true, false, false},
		{"청구 구독 관리", true, false, false},
		{"A40", false, true, false},
		{"Azure Media Services", false, true, true},
		{"Azure Stack", false, true, true},
		{"Test Base for M365", false, true, true},
		{"Test base for M365", false, true, true}, // as RR-7 prints it
		{"Microsoft Mesh", false, true, true},
		{"Universal Print", false, true, true},
		{"AZURE STORSIMPLE", true, true, true},                  // case is ignored
		{"  github ae ", true, true, true},                      // and surrounding spaces
		{"azure 통신 서비스", true, false, false},                    // Latin letters fold in the Korean form too
		{"US Gov Clouds Azure StorSimple", false, false, false}, // two items, not one (D-SEV-4)
		{"Azure Communication Services or billing", false, false, false},
		{"Azure Virtual Machines", false, false, false},
		{"", false, false, false},
	}
	opened := at(2026, 5, 12, 10, 0)
	for _, tt := range tests {
		t.Run(tt.product, func(t *testing.T) {
			for _, pc := range []struct {
				plan severity.Plan
				want bool
			}{{severity.Standard, tt.std}, {severity.EnhancedResponse, tt.uer}, {severity.RapidResponse, tt.rr}, {severity.EventManagement, false}} {
				cov, err := severity.Covers(pc.plan, severity.AzureComponents, tt.product)
				if err != nil {
					t.Fatal(err)
				}
				if cov.Excluded != pc.want {
					t.Errorf("Covers(%v, azure, %q).Excluded = %t, want %t", pc.plan, tt.product, cov.Excluded, pc.want)
				}
				// The consequence for severity 1 (D-SEV-4): the other-products
				// row for Standard and UER, no coverage for Rapid Response.
				got, err := severity.ChartTarget(severity.Incident{Level: severity.Sev1, Azure: true, Product: tt.product, Opened: opened}, pc.plan)
				var want cellWant
				switch {
				case pc.plan == severity.Standard && pc.want:
					want = cellWant{within: h1, class: severity.OtherProducts, rule: "SEV-STD-18"}
				case pc.plan == severity.Standard:
					want = cellWant{within: m15, class: severity.AzureComponents, rule: "SEV-STD-2"}
				case pc.plan == severity.EnhancedResponse && pc.want:
					want = cellWant{within: m30, class: severity.OtherProducts, rule: "SEV-UER-12"}
				case pc.plan == severity.EnhancedResponse:
					want = cellWant{within: m15, class: severity.AzureComponents, rule: "SEV-UER-2"}
				case pc.plan == severity.RapidResponse && pc.want:
					want = cellWant{} // not covered
				case pc.plan == severity.RapidResponse:
					want = cellWant{within: m15, class: severity.AzureComponents, rule: "SEV-RR-2"}
				default:
					want = cellWant{within: m15, class: severity.AzureComponents, rule: "SEV-AEM-3"}
				}
				checkCell(t, got, err, pc.plan, severity.Sev1, want)
				if cov.Covered == (want.within == 0) {
					t.Errorf("Covers(%v, azure, %q).Covered = %t, want %t", pc.plan, tt.product, cov.Covered, want.within != 0)
				}
			}
		})
	}
}

// A non-Azure product is never on an exclusion list's Azure row, and the
// Azure-only charts do not cover it. Rules RR-2, AEM-17, D-SEV-4.
func TestAzureOnlyChartsIgnoreOtherProducts(t *testing.T) {
	for _, p := range []severity.Plan{severity.RapidResponse, severity.EventManagement} {
		cov, err := severity.Covers(p, severity.OtherProducts, "Exchange Server")
		if err != nil || cov.Covered || cov.Class != 0 {
			t.Errorf("Covers(%v, not azure) = %+v, %v; want not covered", p, cov, err)
		}
		if _, err := severity.Covers(p, severity.OtherProducts, "Azure Stack"); !errors.Is(err, severity.ErrAzureMismatch) {
			t.Errorf("Covers(%v, other products, Azure Stack) error = %v, want ErrAzureMismatch", p, err)
		}
	}
	if _, err := severity.Covers(0, severity.AzureComponents, ""); !errors.Is(err, severity.ErrInvalidPlan) {
		t.Errorf("Covers(0) error = %v, want ErrInvalidPlan", err)
	}
	for _, c := range []severity.ProductClass{0, severity.AnyProduct, 9} {
		if _, err := severity.Covers(severity.Standard, c, ""); !errors.Is(err, severity.ErrInvalidValue) {
			t.Errorf("Covers(class %v) error = %v, want ErrInvalidValue", c, err)
		}
	}
}

// The printed lists, in the printed order, as fresh slices.
// Rules SEV-STD-18, SEV-UER-12, RR-7.
func TestExclusionsAsPrinted(t *testing.T) {
	tests := []struct {
		plan severity.Plan
		want []string
	}{
		{severity.Standard, []string{"Azure StorSimple", "GitHub AE", "Azure Communication Services", "billing and subscription management"}},
		{severity.EnhancedResponse, []string{"US Gov Clouds", "Azure StorSimple", "GitHub AE", "A40", "Azure Media Services", "Azure Stack", "Test Base for M365", "Microsoft Mesh", "Universal Print"}},
		{severity.RapidResponse, []string{"Azure Media Services", "Azure Stack", "Azure StorSimple", "GitHub AE", "Universal Print", "Test Base for M365", "Microsoft Mesh"}},
		{severity.EventManagement, nil},
	}
	for _, tt := range tests {
		ps, err := severity.Exclusions(tt.plan)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range ps {
			got = append(got, p.English)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Exclusions(%v) (-want +got):\n%s", tt.plan, diff)
		}
		if len(ps) > 0 {
			ps[0].English = "changed"
			again, _ := severity.Exclusions(tt.plan)
			if again[0].English == "changed" {
				t.Errorf("Exclusions(%v) returned shared data", tt.plan)
			}
		}
	}
	if _, err := severity.Exclusions(9); !errors.Is(err, severity.ErrInvalidPlan) {
		t.Errorf("Exclusions(9) error = %v, want ErrInvalidPlan", err)
	}
}

// With several plans the earliest target wins and names its plan; on a
// tie Standard wins, then the plan listed first; REDE and AED change
// nothing, since they are not plans.
// Rules D-SEV-3, RR-6, REDE-18, AED-11, AMB-8, D-SEV-4.
func TestEarliestPlanWins(t *testing.T) {
	opened := at(2026, 5, 12, 10, 0)
	P := func(ps ...severity.Plan) []severity.Plan { return ps }
	const (
		std = severity.Standard
		uer = severity.EnhancedResponse
		rr  = severity.RapidResponse
		aem = severity.EventManagement
	)
	tests := []struct {
		name    string
		level   severity.Level
		azure   bool
		product string
		plans   []severity.Plan
		within  time.Duration
		plan    severity.Plan
		d3      bool // D-SEV-3 cited
	}{
		{"standard alone", severity.Sev1, false, "SQL Server", nil, h1, std, false},
		{"standard listed explicitly changes nothing", severity.Sev1, false, "SQL Server", P(std, std), h1, std, false},
		{"UER improves other products", severity.Sev1, false, "SQL Server", P(uer), m30, uer, true},
		// D-SEV-3, RR-6 (seed lines 1174-1178): Rapid Response times take
		// precedence over the Base Package's; an add-on's own row wins a tie.
		{"D-SEV-3 RR-6 seed 1174-1178: Azure 1, 15 minutes tie: Rapid Response wins over Standard", severity.Sev1, true, "Azure SQL", P(uer, rr, aem), m15, rr, true},
		{"D-SEV-3 RR-6: the order of listing does not decide a tie", severity.Sev1, true, "Azure SQL", P(aem, uer, rr), m15, rr, true},
		{"D-SEV-3 UER-6: Azure 1 tie without RR: UER wins over Standard and AEM", severity.Sev1, true, "Azure SQL", P(aem, uer), m15, uer, true},
		{"D-SEV-3: Azure 1 tie with AEM alone: AEM wins over Standard", severity.Sev1, true, "Azure SQL", P(aem), m15, aem, true},
		{"ACS is off Standard's and UER's Azure rows: RR's 15 minutes", severity.Sev1, true, "Azure Communication Services", P(uer, rr), m15, rr, true},
		{"StorSimple: only AEM, which prints no list, keeps 15 minutes", severity.Sev1, true, "Azure StorSimple", P(rr, uer, aem), m15, aem, true},
		{"StorSimple without AEM", severity.Sev1, true, "Azure StorSimple", P(rr, uer), m30, uer, true},
		{"RR A beats UER A for Azure", severity.SevA, true, "Azure SQL", P(uer, rr), m15, rr, true},
		{"RR A does not cover Azure Stack: UER A", severity.SevA, true, "Azure Stack", P(rr, uer), m30, uer, true},
		{"D-SEV-3: AEM A only falls back, takes no part in the tie: Standard", severity.SevA, true, "Azure SQL", P(aem), h1, std, true},
		{"D-SEV-3: B falls back everywhere, no part in the tie: Standard", severity.SevB, true, "Azure SQL", P(uer, rr, aem), h2, std, true},
		{"C falls back everywhere: Standard", severity.SevC, false, "", P(uer), h4, std, true},
		{"duplicates are harmless", severity.SevA, false, "", P(uer, uer, uer), m30, uer, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := severity.TargetFor(severity.Incident{Level: tt.level, Azure: tt.azure, Product: tt.product, Opened: opened, Plans: tt.plans})
			if err != nil {
				t.Fatal(err)
			}
			if got.Within != tt.within || got.Plan != tt.plan || got.Rules.Has("D-SEV-3") != tt.d3 {
				t.Errorf("TargetFor = %v, want %v from %v (D-SEV-3 cited: %t)", got, tt.within, tt.plan, tt.d3)
			}
			if got.Fallback {
				t.Errorf("TargetFor = %v: a fallback row takes no part in a tie (D-SEV-3)", got)
			}
		})
	}
}

// Bad input is an error wrapping a sentinel, never a panic.
func TestBadInputIsASentinelError(t *testing.T) {
	opened := at(2026, 5, 12, 10, 0)
	cal := seoulCal(t)
	tests := []struct {
		name string
		inc  severity.Incident
		cal  bool
		want error
	}{
		{"zero level", severity.Incident{Opened: opened}, true, severity.ErrInvalidLevel},
		{"level 5", severity.Incident{Level: 5, Opened: opened}, true, severity.ErrInvalidLevel},
		{"zero opened", severity.Incident{Level: severity.Sev1}, true, severity.ErrZeroTime},
		{"zero plan", severity.Incident{Level: severity.Sev1, Opened: opened, Plans: []severity.Plan{0}}, true, severity.ErrInvalidPlan},
		{"unknown plan after a valid one", severity.Incident{Level: severity.Sev1, Opened: opened, Plans: []severity.Plan{severity.RapidResponse, 7}}, true, severity.ErrInvalidPlan},
		{"business hours without a calendar", severity.Incident{Level: severity.SevB, Opened: opened}, false, calendar.ErrNoCalendar},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := cal
			if !tt.cal {
				c = nil
			}
			_, err := severity.Deadline(tt.inc, c)
			if !errors.Is(err, tt.want) {
				t.Errorf("Deadline(%+v) error = %v, want %v", tt.inc, err, tt.want)
			}
		})
	}
	// A 24x7 target needs no calendar.
	if _, err := severity.Deadline(severity.Incident{Level: severity.SevA, Opened: opened}, nil); err != nil {
		t.Errorf("Deadline(A, nil calendar): %v", err)
	}
	// A zero Calendar is as unusable as a nil one.
	if _, err := severity.Deadline(severity.Incident{Level: severity.SevC, Opened: opened}, new(calendar.Calendar)); !errors.Is(err, calendar.ErrNoCalendar) {
		t.Errorf("Deadline(C, zero calendar) error = %v, want ErrNoCalendar", err)
	}
	if _, err := (severity.Target{}).Due(opened, cal); !errors.Is(err, severity.ErrInvalidLevel) {
		t.Errorf("zero Target.Due error = %v, want ErrInvalidLevel", err)
	}
	// Regression: a Target decoded from JSON or built by hand may hold
	// junk; Due refuses it rather than returning an instant before start
	// (D-SEV-1: a deadline is never before the incident was opened).
	good, err := severity.TargetFor(severity.Incident{Level: severity.Sev1, Opened: opened})
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []struct {
		name string
		edit func(*severity.Target)
		want error
	}{
		{"negative within", func(t *severity.Target) { t.Within = -time.Hour }, severity.ErrInvalidValue},
		{"zero within", func(t *severity.Target) { t.Within = 0 }, severity.ErrInvalidValue},
		{"invalid plan", func(t *severity.Target) { t.Plan = 9 }, severity.ErrInvalidPlan},
		{"invalid level", func(t *severity.Target) { t.Level = 9 }, severity.ErrInvalidLevel},
	} {
		tg := good
		bad.edit(&tg)
		if _, err := tg.Due(opened, cal); !errors.Is(err, bad.want) {
			t.Errorf("Target.Due with %s: error = %v, want %v", bad.name, err, bad.want)
		}
		if _, err := tg.IsOnTime(opened, opened, cal); !errors.Is(err, bad.want) {
			t.Errorf("Target.IsOnTime with %s: error = %v, want %v", bad.name, err, bad.want)
		}
	}
	if _, err := severity.ChartTarget(severity.Incident{Level: severity.Sev1, Opened: opened}, 0); !errors.Is(err, severity.ErrInvalidPlan) {
		t.Errorf("ChartTarget(plan 0) error = %v, want ErrInvalidPlan", err)
	}
	if _, err := severity.ChartTarget(severity.Incident{Level: severity.Sev1}, severity.Standard); !errors.Is(err, severity.ErrZeroTime) {
		t.Errorf("ChartTarget(zero opened) error = %v, want ErrZeroTime", err)
	}
}

// One test of the message format (STYLE §6).
func TestErrorMessageFormat(t *testing.T) {
	_, err := severity.TargetFor(severity.Incident{Level: severity.Sev1, Opened: at(2026, 5, 12, 10, 0), Plans: []severity.Plan{9}})
	if got, want := err.Error(), "severity: invalid plan: 9 in incident plans"; got != want {
		t.Errorf("error = %q, want %q", got, want)
	}
	_, err = severity.ParseLevel("D")
	if diff := cmp.Diff(severity.ErrInvalidLevel, err, cmpopts.EquateErrors()); diff != "" {
		t.Errorf("ParseLevel(D) error (-want +got):\n%s", diff)
	}
}

// AED and REDE are not response plans: they change no response time. An
// AED customer holds Rapid Response (AED-39), whose engineers make the
// initial response to Azure incidents, and the Work Order's severity
// definitions and standard times apply.
// Rules AED-11, AED-12, AED-13, REDE-18, D-SEV-3.
func TestAEDAndREDEChangeNoResponseTime(t *testing.T) {
	for _, s := range []string{"AED", "Azure Engineering Direct", "REDE"} {
		if _, err := severity.ParsePlan(s); !errors.Is(err, severity.ErrInvalidPlan) {
			t.Errorf("ParsePlan(%q) error = %v, want ErrInvalidPlan", s, err)
		}
	}
	inc := severity.Incident{Level: severity.SevA, Azure: true, Product: "Azure Cosmos DB", Opened: at(2026, 5, 12, 10, 0),
		Plans: []severity.Plan{severity.RapidResponse}} // what an AED customer holds
	got, err := severity.TargetFor(inc)
	if err != nil {
		t.Fatal(err)
	}
	if got.Plan != severity.RapidResponse || got.Within != m15 {
		t.Errorf("AED customer's Azure A target = %v, want Rapid Response's 15 minutes (AED-13)", got)
	}
	if v, _ := severity.REDEEngages(severity.SevA, severity.NotRequested); !v.Allowed || !v.Rules.Has("REDE-18") {
		t.Errorf("REDEEngages(A) = %+v", v)
	}
}

// An error repeats at most 64 bytes of a caller's product name: a name of
// exactly 64 bytes whole, a longer one cut with "…".
// Rules D-SEV-4.
func TestMismatchErrorQuotesAtMost64Bytes(t *testing.T) {
	for _, tt := range []struct {
		n       int
		clipped bool
	}{{63, false}, {64, false}, {65, true}} {
		name := "Azure " + strings.Repeat("x", tt.n-len("Azure "))
		_, err := severity.TargetFor(severity.Incident{Level: severity.SevB, Product: name, Opened: at(2026, 5, 12, 10, 0)})
		if !errors.Is(err, severity.ErrAzureMismatch) {
			t.Fatalf("%d bytes: %v", tt.n, err)
		}
		if got := strings.Contains(err.Error(), "…"); got != tt.clipped || !strings.Contains(err.Error(), name[:min(tt.n, 64)]) {
			t.Errorf("%d bytes: %v", tt.n, err)
		}
	}
}
