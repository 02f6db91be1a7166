package catalogue_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/supportrules/unified/contract/catalogue"
)

// Rules BUY-1, BUY-2, BUY-3, BUY-4, BUY-5, BUY-6, BUY-7, BUY-8, BUY-9
// (table 1): the package structure, its markings and rules.
func TestPackageStructure(t *testing.T) {
	type row struct {
		P       catalogue.Package
		English string
		Korean  string
		Marking catalogue.Marking
		Rules   string
	}
	want := []row{
		{catalogue.PackageBase, "Base Package", "기본 패키지", catalogue.MarkingIncluded, "BUY-1, BUY-2, BUY-6, MARK-1, FLEX-1, FLEX-8, AMB-38"},
		{catalogue.PackageProactiveServices, "Proactive Services", "대비 서비스", catalogue.MarkingPurchasable, "BUY-1, BUY-3, BUY-7, MARK-2"},
		{catalogue.PackageEnhancedSolutions, "Enhanced Solutions", "향상된 솔루션", catalogue.MarkingPurchasable, "BUY-1, BUY-4, BUY-8, MARK-2, ENH-1, ENH-2"},
		{catalogue.PackageMultiCountrySupport, "Multi-country Support", "다국적 지원", 0, "BUY-9, MC-1"}, // only if the WO says so
	}
	var got []row
	for p := range catalogue.Packages() {
		if p.Description() == "" {
			t.Errorf("%v has no description", p)
		}
		got = append(got, row{p, p.EnglishName(), p.KoreanName(), p.Marking(), p.Rules().String()})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Packages() (-want +got):\n%s", diff)
	}
}

// Rules BUY-2, BUY-5, BUY-7, BUY-8, ENH-1: which package each kind of
// service belongs to; reactive add-ons are additional support services.
func TestServicePackage(t *testing.T) {
	tests := []struct {
		id   catalogue.ServiceID
		want catalogue.Package
	}{
		{catalogue.OnDemandAssessment, catalogue.PackageBase},
		{catalogue.SuccessManagement, catalogue.PackageBase},
		{catalogue.Workshops, catalogue.PackageProactiveServices},
		{catalogue.RootCauseAnalysis, catalogue.PackageProactiveServices}, // BUY-7: additional support services
		{catalogue.DevelopmentAdvisorySupport, catalogue.PackageProactiveServices},
		{catalogue.DeveloperSupport, catalogue.PackageEnhancedSolutions},
		{catalogue.AEDKnowMe, catalogue.PackageEnhancedSolutions},
	}
	for _, tt := range tests {
		s, _ := catalogue.Lookup(tt.id)
		if got := s.Package(); got != tt.want {
			t.Errorf("%v.Package() = %v, want %v", tt.id, got, tt.want)
		}
	}
}
