package contract_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/supportrules/unified/contract"
)

// Rules BUY-1, BUY-2, BUY-3, BUY-4, BUY-5, BUY-6, BUY-7, BUY-8, BUY-9
// (table 1): the package structure, its markings and rules.
func TestPackageStructure(t *testing.T) {
	type row struct {
		P       contract.Package
		English string
		Korean  string
		Marking contract.Marking
		Rules   string
	}
	want := []row{
		{contract.PackageBase, "Base Package", "기본 패키지", contract.MarkingIncluded, "BUY-1, BUY-2, BUY-6, MARK-1, FLEX-1, FLEX-8, AMB-38"},
		{contract.PackageProactiveServices, "Proactive Services", "대비 서비스", contract.MarkingPurchasable, "BUY-1, BUY-3, BUY-7, MARK-2"},
		{contract.PackageEnhancedSolutions, "Enhanced Solutions", "향상된 솔루션", contract.MarkingPurchasable, "BUY-1, BUY-4, BUY-8, MARK-2, ENH-1, ENH-2"},
		{contract.PackageMultiCountrySupport, "Multi-country Support", "다국적 지원", 0, "BUY-9, MC-1"}, // only if the WO says so
	}
	var got []row
	for p := range contract.Packages() {
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
		id   contract.ServiceID
		want contract.Package
	}{
		{contract.OnDemandAssessment, contract.PackageBase},
		{contract.SuccessManagement, contract.PackageBase},
		{contract.Workshops, contract.PackageProactiveServices},
		{contract.RootCauseAnalysis, contract.PackageProactiveServices}, // BUY-7: additional support services
		{contract.DevelopmentAdvisorySupport, contract.PackageProactiveServices},
		{contract.DeveloperSupport, contract.PackageEnhancedSolutions},
		{contract.AEDKnowMe, contract.PackageEnhancedSolutions},
	}
	for _, tt := range tests {
		s, _ := contract.Lookup(tt.id)
		if got := s.Package(); got != tt.want {
			t.Errorf("%v.Package() = %v, want %v", tt.id, got, tt.want)
		}
	}
}
