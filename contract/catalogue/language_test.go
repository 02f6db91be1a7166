package catalogue_test

import (
	"testing"

	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/catalogue/lang"
	"golang.org/x/text/language"
)

// Rules D-LANG (AMB-16), TERM-3, TERM-4, SAMX-3, UER-18, RR-9, AEM-20,
// AED-40: which languages each service is delivered in, for a Korean,
// Japanese, Chinese or English speaker.
func TestLanguageSupport(t *testing.T) {
	const (
		yes   = lang.Guaranteed
		maybe = lang.OnBestEffort
		no    = lang.NotOffered
	)
	tests := []struct {
		id   catalogue.ServiceID
		tag  string
		want lang.Availability
	}{
		{catalogue.ProblemResolutionSupport, "en-US", yes},        // TERM-3: English
		{catalogue.ProblemResolutionSupport, "ko-KR", maybe},      // TERM-3: the contacts' language where possible
		{catalogue.SupportAssistanceAddOn, "ko", maybe},           // SAMX-3
		{catalogue.Workshops, "ko", maybe},                        // TERM-4: the delivering location's language
		{catalogue.Workshops, "en-GB", yes},                       // TERM-4: or English
		{catalogue.RapidResponse, "ja-JP", yes},                   // RR-9: English and Japanese only
		{catalogue.RapidResponse, "ko-KR", no},                    // RR-9
		{catalogue.EnhancedIncidentManagement, "zh-Hant-TW", yes}, // UER-18: English, Chinese, Japanese
		{catalogue.EnhancedIncidentManagement, "ko", maybe},       // UER-18 has no "only": TERM-4, D-LANG
		{catalogue.UnifiedEnhancedResponse, "ko", maybe},          // TERM-4: UER-18 limits only EIM
		{catalogue.AzureEventManagement, "ja", no},                // AEM-20: English only
		{catalogue.AzureEventManagement, "en", yes},               // AEM-20
		{catalogue.AEDPlatformMonitoring, "en-AU", yes},           // AED-40: English only
		{catalogue.AzureEngineeringDirect, "ko", no},              // AED-40
		{catalogue.AzureEngineeringDirect, "und", no},             // undetermined is never offered
	}
	for _, tt := range tests {
		s, _ := catalogue.Lookup(tt.id)
		if got := s.Languages().Support(language.MustParse(tt.tag)); got != tt.want {
			t.Errorf("%v.Languages().Support(%s) = %v, want %v", tt.id, tt.tag, got, tt.want)
		}
	}
}
