package severity_test

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/catalogue/duty"
	"github.com/supportrules/unified/contract/catalogue/lang"
	"github.com/supportrules/unified/contract/rule"
	"github.com/supportrules/unified/severity"
)

// What each row promises, every field transcribed from Appendix A (seed
// lines 2170-2605) and the severity lookup matrix of RULES.md. A field the
// chart does not print is false or zero: AEM's severity 1 row, unlike
// Rapid Response's and the Standard one, does not notify Microsoft's
// executives (only the customer's, SEV-AEM-7); the Azure-only charts have
// no other-products column, even on rows taken from the Standard chart.
// Rules SEV-STD-2, SEV-STD-3, SEV-STD-4, SEV-STD-5, SEV-STD-6, SEV-STD-9,
// SEV-STD-10, SEV-STD-13, SEV-STD-16, SEV-STD-19, SEV-UER-2, SEV-UER-3,
// SEV-UER-4, SEV-UER-5, SEV-UER-6, SEV-UER-9, SEV-UER-10, SEV-UER-13,
// SEV-RR-2, SEV-RR-3, SEV-RR-4, SEV-RR-5, SEV-RR-6, SEV-RR-8, SEV-AEM-1,
// SEV-AEM-3, SEV-AEM-4, SEV-AEM-5, SEV-AEM-6, SEV-AEM-7, SEV-AEM-8, SAM-3,
// SAM-4, PRS-2, UER-5, UER-6, UER-7, UER-8, RR-2, RR-3, AEM-4, AEM-17,
// D-SEV-1, D-SEV-2.
func TestEveryRowsPromises(t *testing.T) {
	type promise struct {
		Missing, NotFromSeed                              bool
		Azure, Other                                      time.Duration
		Business                                          bool
		Effort                                            severity.Effort
		Crisis                                            bool
		CrisisWithin                                      time.Duration
		Senior, Oversight, Escalation, ProductTeam, Execs bool
		Specialists, SolutionEngineers                    bool
		Channels                                          severity.Channels
		Tag                                               string
	}
	const (
		cont = severity.Continuous
		bh   = severity.BusinessHours
		pw   = severity.Phone | severity.Web
		cp   = severity.CloudPortal
		ap   = severity.AzurePortal
	)
	tests := []struct {
		plan  severity.Plan
		level severity.Level
		want  promise
		rule  rule.ID
	}{
		// Chart 1: crisis resource, 24x7, product teams, Microsoft's executives (SEV-STD-2..6).
		{severity.Standard, severity.Sev1, promise{Azure: m15, Other: h1, Effort: cont, Crisis: true, Escalation: true, ProductTeam: true, Execs: true, Channels: pw}, "SEV-STD-4"},
		// Critical situation oversight and 24x7 only (SEV-STD-9, SEV-STD-10).
		{severity.Standard, severity.SevA, promise{Azure: h1, Other: h1, Effort: cont, Oversight: true, Escalation: true, Channels: pw}, "SEV-STD-10"},
		{severity.Standard, severity.SevB, promise{Azure: h2, Other: h2, Business: true, Effort: bh, Channels: pw}, "SAM-3"},
		{severity.Standard, severity.SevC, promise{Azure: h4, Other: h4, Business: true, Effort: bh, Channels: pw}, "SAM-3"},
		// Chart 2: senior incident manager, 24x7, product teams, executives (SEV-UER-2..6).
		{severity.EnhancedResponse, severity.Sev1, promise{Azure: m15, Other: m30, Effort: cont, Senior: true, Escalation: true, ProductTeam: true, Execs: true, Channels: pw}, "UER-8"},
		{severity.EnhancedResponse, severity.SevA, promise{Azure: m30, Other: m30, Effort: cont, Senior: true, Escalation: true, Channels: pw}, "SEV-UER-10"},
		{severity.EnhancedResponse, severity.SevB, promise{Missing: true, Azure: h2, Other: h2, Business: true, Effort: bh, Channels: pw}, "SEV-UER-15"},
		{severity.EnhancedResponse, severity.SevC, promise{Missing: true, Azure: h4, Other: h4, Business: true, Effort: bh, Channels: pw}, "SEV-UER-15"},
		// Chart 3: 24x7, specialists, cloud operations team, executives (SEV-RR-2..6).
		{severity.RapidResponse, severity.Sev1, promise{Azure: m15, Effort: cont, Escalation: true, ProductTeam: true, Execs: true, Specialists: true, Channels: cp}, "SEV-RR-4"},
		{severity.RapidResponse, severity.SevA, promise{NotFromSeed: true, Azure: m15, Effort: cont, Escalation: true, Channels: cp}, "SEV-RR-8"},
		{severity.RapidResponse, severity.SevB, promise{Missing: true, Azure: h2, Business: true, Effort: bh, Channels: cp}, "SEV-RR-8"},
		{severity.RapidResponse, severity.SevC, promise{Missing: true, Azure: h4, Business: true, Effort: bh, Channels: cp}, "SEV-RR-8"},
		// Chart 4: crisis resource within 30 minutes, 24x7, specialists and
		// product teams; no Microsoft executives in this row (SEV-AEM-3..6).
		{severity.EventManagement, severity.Sev1, promise{Azure: m15, Effort: cont, Crisis: true, CrisisWithin: m30, Escalation: true, ProductTeam: true, Specialists: true, Channels: ap, Tag: "AEM"}, "SEV-AEM-4"},
		// Truncated: solution-aware engineers and executives, Standard A's time and oversight (SEV-AEM-8).
		{severity.EventManagement, severity.SevA, promise{Missing: true, Azure: h1, Effort: cont, Oversight: true, Escalation: true, Execs: true, SolutionEngineers: true, Channels: ap, Tag: "AEM"}, "SEV-AEM-8"},
		{severity.EventManagement, severity.SevB, promise{Missing: true, Azure: h2, Business: true, Effort: bh, Channels: ap, Tag: "AEM"}, "SEV-AEM-8"},
		{severity.EventManagement, severity.SevC, promise{Missing: true, Azure: h4, Business: true, Effort: bh, Channels: ap, Tag: "AEM"}, "SEV-AEM-8"},
	}
	for _, tt := range tests {
		t.Run(tt.plan.Abbrev()+"/"+tt.level.String(), func(t *testing.T) {
			r, err := severity.ChartRow(tt.plan, tt.level)
			if err != nil {
				t.Fatal(err)
			}
			if r.Plan != tt.plan || r.Level != tt.level {
				t.Errorf("ChartRow(%v, %v) is row %v %v", tt.plan, tt.level, r.Plan, r.Level)
			}
			got := promise{r.Missing, r.NotFromSeed, r.AzureWithin, r.OtherWithin, r.BusinessHoursOnly, r.Effort,
				r.CrisisResource, r.CrisisResourceWithin, r.SeniorIncidentManager, r.CriticalSituationOversight,
				r.EnhancedEscalation, r.ProductTeamEscalation, r.ExecutiveNotification, r.SpecialistAccess,
				r.SolutionEngineers, r.Channels, r.CaseDescription}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ChartRow(%v, %v) (-want +got):\n%s", tt.plan, tt.level, diff)
			}
			if !r.Rules.Has(tt.rule) {
				t.Errorf("ChartRow(%v, %v).Rules = %v, want %s", tt.plan, tt.level, r.Rules, tt.rule)
			}
			if r.Missing != r.Rules.Has("D-SEV-2") && !r.NotFromSeed {
				t.Errorf("ChartRow(%v, %v).Rules = %v: D-SEV-2 cited iff the row is missing", tt.plan, tt.level, r.Rules)
			}
			// The row's response times agree with the chart cells.
			inc := severity.Incident{Level: tt.level, Opened: at(2026, 5, 12, 10, 0), Azure: true, Product: "Azure SQL"}
			tg, err := severity.ChartTarget(inc, tt.plan)
			if err != nil || tg.Within != r.AzureWithin || tg.BusinessHours != r.BusinessHoursOnly {
				t.Errorf("ChartRow(%v, %v) Azure %v (business %t), ChartTarget %v, %v", tt.plan, tt.level, r.AzureWithin, r.BusinessHoursOnly, tg, err)
			}
			inc.Azure, inc.Product = false, "Exchange Server"
			tg, err = severity.ChartTarget(inc, tt.plan)
			if r.OtherWithin == 0 {
				if !errors.Is(err, severity.ErrNotCovered) {
					t.Errorf("ChartRow(%v, %v) has no other-products column, but ChartTarget = %v, %v", tt.plan, tt.level, tg, err)
				}
			} else if err != nil || tg.Within != r.OtherWithin {
				t.Errorf("ChartRow(%v, %v) other products %v, ChartTarget %v, %v", tt.plan, tt.level, r.OtherWithin, tg, err)
			}
		})
	}
	if _, err := severity.ChartRow(0, severity.Sev1); !errors.Is(err, severity.ErrInvalidPlan) {
		t.Errorf("ChartRow(0, 1) error = %v", err)
	}
	if _, err := severity.ChartRow(severity.Standard, 0); !errors.Is(err, severity.ErrInvalidLevel) {
		t.Errorf("ChartRow(Standard, 0) error = %v", err)
	}
}

// Downgrades are explicit: a severity downgrade goes one step, 1 → A → B;
// a coverage downgrade turns a 24x7 effort into business hours and leaves
// the response time alone.
// Rules SEV-STD-20, SEV-UER-14, SEV-RR-9, SEV-AEM-9, D-SEV-5, AMB-17.
func TestDowngradesAreExplicitSteps(t *testing.T) {
	for _, tt := range []struct {
		from, to severity.Level
		err      error
	}{
		{severity.Sev1, severity.SevA, nil},
		{severity.SevA, severity.SevB, nil},
		{severity.SevB, 0, severity.ErrNoDowngrade},
		{severity.SevC, 0, severity.ErrNoDowngrade},
		{0, 0, severity.ErrInvalidLevel},
	} {
		got, err := tt.from.Downgrade()
		if got != tt.to || !errors.Is(err, tt.err) {
			t.Errorf("%v.Downgrade() = %v, %v; want %v, %v", tt.from, got, err, tt.to, tt.err)
		}
	}
	for _, p := range plans {
		for _, l := range levels {
			r, _ := severity.ChartRow(p, l)
			down, err := r.DowngradeCoverage()
			if r.Effort == severity.BusinessHours {
				if !errors.Is(err, severity.ErrNoDowngrade) {
					t.Errorf("ChartRow(%v, %v).DowngradeCoverage() error = %v, want ErrNoDowngrade", p, l, err)
				}
				continue
			}
			if err != nil || down.Effort != severity.BusinessHours || down.AzureWithin != r.AzureWithin || down.Level != r.Level || !down.Rules.Has("D-SEV-5") {
				t.Errorf("ChartRow(%v, %v).DowngradeCoverage() = %+v, %v", p, l, down, err)
			}
			if want := map[severity.Plan]rule.ID{severity.RapidResponse: "SEV-RR-9", severity.EventManagement: "SEV-AEM-9"}[p]; want != "" && !down.Rules.Has(want) {
				t.Errorf("coverage downgrade of %v cites %v, want %s", p, down.Rules, want)
			}
		}
	}
}

// Languages per chart as BCP 47 tags, the catalogue's policies: Standard
// English plus the contact's language where possible; UER English,
// Chinese, Japanese; Rapid Response English and Japanese only; AEM
// English only.
// Rules TERM-3, UER-18, RR-9, SEV-RR-10, AEM-20, SEV-AEM-10, D-LANG, AMB-16.
func TestLanguagesPerChart(t *testing.T) {
	tests := []struct {
		plan    severity.Plan
		want    []string
		contact bool
	}{
		{severity.Standard, []string{"en"}, true},
		{severity.EnhancedResponse, []string{"en", "zh", "ja"}, false},
		{severity.RapidResponse, []string{"en", "ja"}, false},
		{severity.EventManagement, []string{"en"}, false},
	}
	for _, tt := range tests {
		ls, err := severity.LanguagesOf(tt.plan)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, g := range ls.Guaranteed() {
			got = append(got, g.String())
		}
		contact := ls.BestEffort() == lang.BestEffortContactLanguage
		if diff := cmp.Diff(tt.want, got); diff != "" || contact != tt.contact {
			t.Errorf("LanguagesOf(%v) = %v (contact %t), want %v (contact %t)", tt.plan, got, contact, tt.want, tt.contact)
		}
		if ls.Support(language.Korean) == lang.Guaranteed {
			t.Errorf("LanguagesOf(%v) guarantees Korean", tt.plan)
		}
		if ls.Support(language.MustParse("en-GB")) != lang.Guaranteed {
			t.Errorf("LanguagesOf(%v) does not guarantee en-GB", tt.plan)
		}
	}
	for _, p := range []severity.Plan{0, 5, 9, 255} {
		if _, err := severity.LanguagesOf(p); !errors.Is(err, severity.ErrInvalidPlan) {
			t.Errorf("LanguagesOf(%d) error = %v", p, err)
		}
	}
}

// Plans and catalogue services agree: every plan is sold as a catalogue
// service whose English name is the plan's, PlanOf inverts Service, and
// no other service has a chart.
// Rules SEV-GEN-1, SEV-GEN-2, PRS-3, D-LANG.
func TestPlansAndCatalogueServicesAgree(t *testing.T) {
	for _, p := range plans {
		id := p.Service()
		s, ok := catalogue.Lookup(id)
		if !ok {
			t.Fatalf("%v: service %v is not in the catalogue", p, id)
		}
		name := p.String()
		if p == severity.Standard {
			name = "Problem Resolution Support"
		}
		if !strings.Contains(s.EnglishName(), name) {
			t.Errorf("%v is sold as %v, named %q", p, id, s.EnglishName())
		}
		if back, err := severity.PlanOf(id); err != nil || back != p {
			t.Errorf("PlanOf(%v) = %v, %v; want %v", id, back, err, p)
		}
	}
	for _, id := range []catalogue.ServiceID{catalogue.EnhancedIncidentManagement, 0, 250} {
		if _, err := severity.PlanOf(id); !errors.Is(err, severity.ErrInvalidPlan) {
			t.Errorf("PlanOf(%v) error = %v, want ErrInvalidPlan", id, err)
		}
	}
	if severity.Plan(0).Service() != 0 || severity.Plan(9).Service() != 0 {
		t.Error("an invalid plan names a service")
	}
}

// The catalogue and this package agree on Rapid Response's exclusions
// (RR-7): the catalogue's fact names exactly the products of the printed
// list, in order; and AED's out-of-scope list (AED-10) is the Standard and
// UER charts' lists together, each product once.
// Rules RR-7, D-SEV-4, SEV-STD-18, SEV-UER-12.
func TestExclusionListsAgreeWithTheCatalogue(t *testing.T) {
	text := func(id catalogue.ServiceID, rid rule.ID) []string {
		t.Helper()
		xs, err := duty.Exclusions(id)
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range xs {
			if x.Service == id && x.Rules.Has(rid) {
				_, list, ok := strings.Cut(x.Text, ": ")
				if !ok {
					list = strings.TrimPrefix(x.Text, "Not ")
				}
				return strings.Split(list, ", ")
			}
		}
		t.Fatalf("the catalogue states no %s exclusion of %v", rid, id)
		return nil
	}
	names := func(ps ...severity.Plan) []string {
		var out []string
		for _, p := range ps {
			list, err := severity.Exclusions(p)
			if err != nil {
				t.Fatal(err)
			}
			for _, x := range list {
				out = append(out, x.English)
			}
		}
		return out
	}
	if diff := cmp.Diff(names(severity.RapidResponse), text(catalogue.RapidResponse, "RR-7")); diff != "" {
		t.Errorf("Rapid Response's list (-severity +catalogue):\n%s", diff)
	}
	union := names(severity.Standard, severity.EnhancedResponse)
	slices.Sort(union)
	union = slices.Compact(union)
	aed := text(catalogue.AzureEngineeringDirect, "AED-10")
	slices.Sort(aed)
	if diff := cmp.Diff(union, aed); diff != "" {
		t.Errorf("the Standard and UER lists against AED-10 (-severity +catalogue):\n%s", diff)
	}
}

// Regression: AEM's severity 1 row promises what the seed prints (lines
// 2550-2564) and no more: no notification of Microsoft's executives, which
// only its truncated A row prints; the customer notifies its own.
// Rules SEV-AEM-3, SEV-AEM-4, SEV-AEM-5, SEV-AEM-6, SEV-AEM-7, SEV-AEM-8.
func TestAEMSeverity1RowDoesNotNotifyMicrosoftExecutives(t *testing.T) {
	one, err := severity.ChartRow(severity.EventManagement, severity.Sev1)
	if err != nil {
		t.Fatal(err)
	}
	a, err := severity.ChartRow(severity.EventManagement, severity.SevA)
	if err != nil {
		t.Fatal(err)
	}
	if one.ExecutiveNotification || !a.ExecutiveNotification {
		t.Errorf("AEM executive notification: severity 1 %t, A %t; the seed prints it for A only (SEV-AEM-8)", one.ExecutiveNotification, a.ExecutiveNotification)
	}
	duties, err := severity.CustomerDuties(severity.Incident{Level: severity.Sev1, Azure: true, Product: "Azure StorSimple",
		Opened: at(2026, 5, 12, 10, 0), Plans: []severity.Plan{severity.EventManagement}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if duties[0].Duty != severity.NotifyExecutives || !duties[0].Rules.Has("SEV-AEM-7") {
		t.Errorf("AEM severity 1 customer duties = %+v, want the customer to notify its executives first (SEV-AEM-7)", duties)
	}
}

// Regression: the Azure-only charts have no other-products column, not
// even on a row taken from the Standard chart, so a Row never promises a
// time that ChartTarget refuses with ErrNotCovered.
// Rules RR-2, AEM-17, D-SEV-2, D-SEV-4, SEV-RR-8, SEV-AEM-8.
func TestAzureOnlyRowsHaveNoOtherProductsColumn(t *testing.T) {
	for _, p := range []severity.Plan{severity.RapidResponse, severity.EventManagement} {
		for _, l := range levels {
			r, err := severity.ChartRow(p, l)
			if err != nil {
				t.Fatal(err)
			}
			if r.OtherWithin != 0 || r.AzureWithin == 0 {
				t.Errorf("ChartRow(%v, %v): Azure %v, other products %v; want an Azure time only", p, l, r.AzureWithin, r.OtherWithin)
			}
		}
	}
}
