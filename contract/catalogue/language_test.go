package catalogue_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/supportrules/unified/contract/catalogue"
	"golang.org/x/text/language"
)

// Rules D-LANG (AMB-16), TERM-3, TERM-4, SAMX-3, UER-18, RR-9, AEM-20,
// AED-40: which languages each service is delivered in, for a Korean,
// Japanese, Chinese or English speaker.
func TestLanguageSupport(t *testing.T) {
	const (
		yes   = catalogue.LanguageGuaranteed
		maybe = catalogue.LanguageBestEffort
		no    = catalogue.LanguageNotOffered
	)
	tests := []struct {
		id   catalogue.ServiceID
		tag  string
		want catalogue.LanguageSupport
	}{
		{catalogue.ProblemResolutionSupport, "en-US", yes},        // TERM-3: English
		{catalogue.ProblemResolutionSupport, "ko-KR", maybe},      // TERM-3: the contacts' language where possible
		{catalogue.SupportAssistanceAddOn, "ko", maybe},           // SAMX-3
		{catalogue.Workshops, "ko", maybe},                        // TERM-4: the delivering location's language
		{catalogue.Workshops, "en-GB", yes},                       // TERM-4: or English
		{catalogue.RapidResponse, "ja-JP", yes},                   // RR-9: English and Japanese only
		{catalogue.RapidResponse, "ko-KR", no},                    // RR-9
		{catalogue.EnhancedIncidentManagement, "zh-Hant-TW", yes}, // UER-18: English, Chinese, Japanese
		{catalogue.EnhancedIncidentManagement, "ko", no},          // UER-18
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

// TestLanguagePolicyOf checks the constructor's normalisation and errors.
func TestLanguagePolicyOf(t *testing.T) {
	p, err := catalogue.LanguagePolicyOf(catalogue.BestEffortNone, language.MustParse("en-US"), language.English, language.MustParse("ja-JP"))
	if err != nil || p.String() != "en,ja" || len(p.Guaranteed()) != 2 {
		t.Errorf("LanguagePolicyOf(en-US, en, ja-JP) = %v, %v; want en,ja", p, err)
	}
	if _, err := catalogue.LanguagePolicyOf(0, language.English); !errors.Is(err, catalogue.ErrInvalidEnum) {
		t.Errorf("zero best effort: error = %v, want ErrInvalidEnum", err)
	}
	if _, err := catalogue.LanguagePolicyOf(catalogue.BestEffortNone, language.Und); !errors.Is(err, catalogue.ErrInvalidEnum) {
		t.Errorf("und: error = %v, want ErrInvalidEnum", err)
	}
	if _, err := catalogue.LanguagePolicyOf(catalogue.BestEffortNone, language.English, language.Korean, language.Japanese, language.Chinese); !errors.Is(err, catalogue.ErrInvalidEnum) {
		t.Errorf("four languages: error = %v, want ErrInvalidEnum", err)
	}
	var zero catalogue.LanguagePolicy
	if zero.IsValid() || zero.Support(language.English) != catalogue.LanguageNotOffered {
		t.Error("the zero LanguagePolicy offers a language")
	}
	b, err := json.Marshal(p)
	if err != nil || string(b) != `{"guaranteed":["en","ja"],"bestEffort":"none"}` {
		t.Fatalf("json.Marshal = %s, %v", b, err)
	}
	var q catalogue.LanguagePolicy
	if err := json.Unmarshal(b, &q); err != nil || q != p {
		t.Errorf("round trip = %v, %v; want %v", q, err, p)
	}
	if err := json.Unmarshal([]byte(`{"guaranteed":["en"],"bestEffort":""}`), &q); !errors.Is(err, catalogue.ErrInvalidEnum) {
		t.Errorf("empty best effort: error = %v, want ErrInvalidEnum", err)
	}
}
