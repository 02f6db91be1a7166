package severity_test

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/severity"
)

// What each row promises besides the response time, transcribed from the
// severity lookup matrix of RULES.md.
// Rules SEV-STD-4, SEV-STD-5, SEV-STD-6, SEV-STD-10, SEV-STD-19,
// SEV-UER-4, SEV-UER-5, SEV-UER-6, SEV-UER-10, SEV-UER-13, SEV-RR-3,
// SEV-RR-4, SEV-RR-5, SEV-RR-6, SEV-AEM-1, SEV-AEM-4, SEV-AEM-5,
// SEV-AEM-6, SEV-AEM-8, SAM-3, SAM-4, PRS-2, UER-5, UER-6, UER-7, UER-8, RR-3,
// AEM-4, D-SEV-2.
func TestEveryRowsPromises(t *testing.T) {
	type promise struct {
		missing, crisis, senior, oversight, escalation, solution bool
		crisisWithin                                             time.Duration
		effort                                                   severity.Effort
		channels                                                 severity.Channels
		tag                                                      string
		rule                                                     contract.RuleID
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
	}{
		{severity.Standard, severity.Sev1, promise{crisis: true, escalation: true, effort: cont, channels: pw, rule: "SEV-STD-4"}},
		{severity.Standard, severity.SevA, promise{oversight: true, escalation: true, effort: cont, channels: pw, rule: "SEV-STD-10"}},
		{severity.Standard, severity.SevB, promise{effort: bh, channels: pw, rule: "SAM-3"}},
		{severity.Standard, severity.SevC, promise{effort: bh, channels: pw, rule: "SAM-3"}},
		{severity.EnhancedResponse, severity.Sev1, promise{senior: true, escalation: true, effort: cont, channels: pw, rule: "UER-8"}},
		{severity.EnhancedResponse, severity.SevA, promise{senior: true, escalation: true, effort: cont, channels: pw, rule: "SEV-UER-10"}},
		{severity.EnhancedResponse, severity.SevB, promise{missing: true, effort: bh, channels: pw, rule: "SEV-UER-15"}},
		{severity.EnhancedResponse, severity.SevC, promise{missing: true, effort: bh, channels: pw, rule: "SEV-UER-15"}},
		{severity.RapidResponse, severity.Sev1, promise{escalation: true, effort: cont, channels: cp, rule: "SEV-RR-4"}},
		{severity.RapidResponse, severity.SevA, promise{escalation: true, effort: cont, channels: cp, rule: "SEV-RR-8"}},
		{severity.RapidResponse, severity.SevB, promise{missing: true, effort: bh, channels: cp, rule: "SEV-RR-8"}},
		{severity.RapidResponse, severity.SevC, promise{missing: true, effort: bh, channels: cp, rule: "SEV-RR-8"}},
		{severity.EventManagement, severity.Sev1, promise{crisis: true, crisisWithin: 30 * time.Minute, escalation: true, effort: cont, channels: ap, tag: "AEM", rule: "SEV-AEM-4"}},
		{severity.EventManagement, severity.SevA, promise{missing: true, oversight: true, escalation: true, solution: true, effort: cont, channels: ap, tag: "AEM", rule: "SEV-AEM-8"}},
		{severity.EventManagement, severity.SevB, promise{missing: true, effort: bh, channels: ap, tag: "AEM", rule: "SEV-AEM-8"}},
		{severity.EventManagement, severity.SevC, promise{missing: true, effort: bh, channels: ap, tag: "AEM", rule: "SEV-AEM-8"}},
	}
	for _, tt := range tests {
		t.Run(tt.plan.Abbrev()+"/"+tt.level.String(), func(t *testing.T) {
			r, err := severity.ChartRow(tt.plan, tt.level)
			if err != nil {
				t.Fatal(err)
			}
			got := promise{r.Missing, r.CrisisResource, r.SeniorIncidentManager, r.CriticalSituationOversight, r.EnhancedEscalation,
				r.SolutionEngineers, r.CrisisResourceWithin, r.Effort, r.Channels, r.CaseDescription, tt.want.rule}
			if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(promise{})); diff != "" {
				t.Errorf("ChartRow(%v, %v) (-want +got):\n%s", tt.plan, tt.level, diff)
			}
			if !r.Rules.Has(tt.want.rule) {
				t.Errorf("ChartRow(%v, %v).Rules = %v, want %s", tt.plan, tt.level, r.Rules, tt.want.rule)
			}
			// The row's response times agree with the chart cells.
			tg, err := severity.ChartTarget(severity.Incident{Level: tt.level, Opened: at(2026, 5, 12, 10, 0), Azure: true, Product: "Azure SQL"}, tt.plan)
			if err != nil || tg.Within != r.AzureWithin || tg.BusinessHours != r.BusinessHoursOnly {
				t.Errorf("ChartRow(%v, %v) Azure %v (business %t), ChartTarget %v, %v", tt.plan, tt.level, r.AzureWithin, r.BusinessHoursOnly, tg, err)
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
			if want := map[severity.Plan]contract.RuleID{severity.RapidResponse: "SEV-RR-9", severity.EventManagement: "SEV-AEM-9"}[p]; want != "" && !down.Rules.Has(want) {
				t.Errorf("coverage downgrade of %v cites %v, want %s", p, down.Rules, want)
			}
		}
	}
}

// Languages per chart as BCP 47 tags: Standard English plus the contact's
// language where possible; UER English, Chinese, Japanese; Rapid Response
// English and Japanese only; AEM English only.
// Rules TERM-3, UER-18, RR-9, SEV-RR-10, AEM-20, SEV-AEM-10, D-LANG, AMB-16.
func TestLanguagesPerChart(t *testing.T) {
	tests := []struct {
		plan    severity.Plan
		want    []string
		contact bool
		korean  bool
	}{
		{severity.Standard, []string{"en"}, true, false},
		{severity.EnhancedResponse, []string{"en", "zh", "ja"}, false, false},
		{severity.RapidResponse, []string{"en", "ja"}, false, false},
		{severity.EventManagement, []string{"en"}, false, false},
	}
	for _, tt := range tests {
		ls, err := severity.LanguagesOf(tt.plan)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, g := range ls.Guaranteed {
			got = append(got, g.String())
		}
		if diff := cmp.Diff(tt.want, got); diff != "" || ls.ContactLanguage != tt.contact {
			t.Errorf("LanguagesOf(%v) = %v (contact %t), want %v (contact %t)", tt.plan, got, ls.ContactLanguage, tt.want, tt.contact)
		}
		if ls.Guarantees(language.Korean) != tt.korean {
			t.Errorf("LanguagesOf(%v).Guarantees(ko) = %t", tt.plan, !tt.korean)
		}
		if !ls.Guarantees(language.MustParse("en-GB")) {
			t.Errorf("LanguagesOf(%v) does not guarantee en-GB", tt.plan)
		}
	}
	rr, _ := severity.LanguagesOf(severity.RapidResponse)
	if !rr.Guarantees(language.MustParse("ja-JP")) || rr.Guarantees(language.Chinese) || rr.Guarantees(language.Und) {
		t.Error("Rapid Response languages are English and Japanese only (RR-9)")
	}
	if _, err := severity.LanguagesOf(0); !errors.Is(err, severity.ErrInvalidPlan) {
		t.Errorf("LanguagesOf(0) error = %v", err)
	}
}
