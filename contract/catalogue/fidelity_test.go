package catalogue_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/catalogue/lang"
	"golang.org/x/text/language"
)

// The defects of the catalogue's data that an independent reading of the
// seed found (issue 16), each pinned by the rule and the seed lines it
// follows. The seed-structure tests check the same names against the seed
// itself where it is at hand.

// Rules AED-15, AED-22, AED-27 (issue 16 defect 1; seed lines 1485-1728):
// AED's capabilities are the document's "o" items, named as printed, under
// three group headings — 직접 엔지니어링 인터페이스 (line 1489), 비즈니스 성과
// 가속화 (line 1558) and 확장 기능 (line 1629) — which are never a
// capability's name. The first capability is "Azure 엔지니어링의 지원" (line
// 1497); the fourth is printed "대비 서비스 개선 계획 제공" (line 1566).
func TestAEDCapabilitiesAndTheirGroups_AED15_AED22_AED27(t *testing.T) {
	const (
		engineering = "직접 엔지니어링 인터페이스"
		outcomes    = "비즈니스 성과 가속화"
		extended    = "확장 기능"
	)
	type row struct {
		ID       catalogue.ServiceID
		Korean   string
		Group    string
		Extended bool
	}
	want := []row{
		{catalogue.AEDEngineeringInterface, "Azure 엔지니어링의 지원", engineering, false},                  // line 1497
		{catalogue.AEDCrisisManagement, "엔지니어링 주도 위기 관리", engineering, false},                       // line 1507
		{catalogue.AEDProblemManagement, "문제 관리 오케스트레이션", engineering, false},                       // line 1525
		{catalogue.AEDServiceImprovementPlans, "대비 서비스 개선 계획 제공", outcomes, false},                  // line 1566
		{catalogue.AEDCriticalProjectSupport, "고객의 중요한 프로젝트 지원", outcomes, false},                   // line 1586
		{catalogue.AEDInsights, "실행 가능한 인사이트를 도출하고 Azure 제공 팀 전반에서 고객 지식과 전문성 강화", outcomes, false}, // line 1597
		{catalogue.AEDAdvisoryFeedback, "고객 자문 의견", outcomes, false},                                // line 1611
		{catalogue.AEDPlatformMonitoring, "플랫폼 모니터링", extended, true},                               // line 1637
		{catalogue.AEDOutageHandling, "플랫폼 중단 처리", extended, true},                                  // line 1694
		{catalogue.AEDKnowMe, "엔지니어링 위기 관리를 위한 글로벌 Know-Me 지원", extended, true},                     // line 1712
	}
	aed, _ := catalogue.Lookup(catalogue.AzureEngineeringDirect)
	var got []row
	for _, id := range aed.Parts() {
		s, _ := catalogue.Lookup(id)
		group := ""
		if cs := s.Constraints(); len(cs) > 0 {
			for _, g := range []string{engineering, outcomes, extended} {
				if strings.Contains(cs[0].Text, "("+g+")") {
					group = g
				}
			}
		}
		got = append(got, row{id, s.KoreanName(), group, s.Prerequisites().Has(catalogue.NeedsExtendedCapabilities)})
		for _, g := range []string{engineering, outcomes, extended} {
			if s.KoreanName() == g {
				t.Errorf("%v is named after the group heading %q", id, g)
			}
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("AED's capabilities (-want +got):\n%s", diff)
	}
	if s, _ := catalogue.Lookup(catalogue.AEDEngineeringInterface); s.EnglishName() != "Azure engineering support" {
		t.Errorf("the first capability's English name is %q", s.EnglishName())
	}
}

// Rule EDU-5 (issue 16 defect 2; seed lines 456-464): a Chalk Talk is an
// interactive session that runs for one day; the document states no unit
// of sale. A line may count sessions or days, or state no unit; it may not
// count attendees, which only Workshops are sold by (EDU-6), nor hours.
func TestChalkTalkUnits_EDU5(t *testing.T) {
	s, _ := catalogue.Lookup(catalogue.ChalkTalk)
	tests := []struct {
		unit catalogue.Unit
		sold bool
	}{
		{catalogue.UnitSessions, true},   // "대화형 세션"
		{catalogue.UnitDays, true},       // "하루 동안"
		{catalogue.UnitAttendees, false}, // only Workshops, per participant (EDU-6)
		{catalogue.UnitHours, false},
		{catalogue.UnitEvents, false},
		{catalogue.UnitCredits, false},
	}
	for _, tt := range tests {
		if got := slices.Contains(s.Units(), tt.unit); got != tt.sold {
			t.Errorf("Chalk Talk sold in %v: %v, want %v (EDU-5)", tt.unit, got, tt.sold)
		}
	}
	if !s.Rules(catalogue.FactUnits).Has("EDU-5") {
		t.Errorf("Chalk Talk's units cite %v, want EDU-5", s.Rules(catalogue.FactUnits))
	}
	w, _ := catalogue.Lookup(catalogue.Workshops)
	if !slices.Contains(w.Units(), catalogue.UnitAttendees) {
		t.Error("Workshops are not sold per attendee (EDU-6)")
	}
}

// Rule MAINT-10 (issue 16 defect 5; seed line 280): POP's Korean name is
// the document's, parenthesised English included.
func TestPOPName_MAINT10(t *testing.T) {
	s, _ := catalogue.Lookup(catalogue.ProactiveOperationsPrograms)
	if got, want := s.KoreanName(), "대비 운영 프로그램(Proactive Operations Programs, POP)"; got != want {
		t.Errorf("KoreanName = %q, want %q (seed line 280)", got, want)
	}
}

// Rules UER-18, TERM-4, D-LANG (issue 16 defect 6; seed lines 1101-1103):
// Enhanced Incident Management is offered in English, Chinese and Japanese,
// with no "only" (unlike RR-9's 영어와 일본어로만 and AEM-20's 영어로만), so
// those three are guaranteed and every other language, Korean among them,
// is best effort under TERM-4.
func TestEIMLanguages_UER18_TERM4_DLANG(t *testing.T) {
	eim, _ := catalogue.Lookup(catalogue.EnhancedIncidentManagement)
	tests := []struct {
		tag  string
		want lang.Availability
	}{
		{"en", lang.Guaranteed},
		{"zh-Hans-CN", lang.Guaranteed},
		{"ja-JP", lang.Guaranteed},
		{"ko-KR", lang.OnBestEffort},
		{"de", lang.OnBestEffort},
	}
	for _, tt := range tests {
		if got := eim.Languages().Support(language.MustParse(tt.tag)); got != tt.want {
			t.Errorf("EIM in %s: %v, want %v", tt.tag, got, tt.want)
		}
	}
	if eim.Languages().BestEffort() != lang.BestEffortDeliveryLocation {
		t.Errorf("EIM's best effort is %v, want TERM-4's delivery-location-language", eim.Languages().BestEffort())
	}
	if r := eim.Rules(catalogue.FactLanguages); !r.Has("UER-18") || !r.Has("TERM-4") || !r.Has("D-LANG") {
		t.Errorf("EIM's languages cite %v", r)
	}
	for _, only := range []catalogue.ServiceID{catalogue.RapidResponse, catalogue.AzureEventManagement, catalogue.AzureEngineeringDirect} {
		s, _ := catalogue.Lookup(only)
		if s.Languages().Support(language.Korean) != lang.NotOffered {
			t.Errorf("%v: Korean is offered, but the text says only (RR-9, AEM-20, AED-40)", only)
		}
	}
}
