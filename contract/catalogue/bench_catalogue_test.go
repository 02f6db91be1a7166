package catalogue_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/supportrules/unified/contract/catalogue"
	"golang.org/x/text/language"
)

func BenchmarkLookup(b *testing.B) {
	for _, id := range []catalogue.ServiceID{catalogue.ProofOfConcept, catalogue.AzureEngineeringDirect, catalogue.CybersecurityIncidentResponse} {
		b.Run(id.String(), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				s, _ := catalogue.Lookup(id)
				_ = s.Marking()
			}
		})
	}
}

func BenchmarkParseServiceID(b *testing.B) {
	for _, text := range []string{"designated-engineering", "mscir", "AED"} {
		b.Run(text, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := catalogue.ParseServiceID(text); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkAll(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for s := range catalogue.All() {
			_ = s.Marking()
		}
	}
}

func BenchmarkServiceRules(b *testing.B) {
	s, _ := catalogue.Lookup(catalogue.DesignatedEngineering)
	b.ReportAllocs()
	for b.Loop() {
		_ = s.Rules(catalogue.FactPrerequisites)
	}
}

func BenchmarkLanguageSupport(b *testing.B) {
	s, _ := catalogue.Lookup(catalogue.UnifiedEnhancedResponse)
	ko := language.MustParse("ko-KR")
	b.ReportAllocs()
	for b.Loop() {
		_ = s.Languages().Support(ko)
	}
}

func BenchmarkServiceJSON(b *testing.B) {
	s, _ := catalogue.Lookup(catalogue.AzureEngineeringDirect)
	data, err := json.Marshal(s)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("marshal", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := json.Marshal(s); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("unmarshal", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var back catalogue.Service
			if err := json.Unmarshal(data, &back); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkRefuseHugeJSON: a megabyte of JSON is refused before parsing
// (issue 14: in well under 10 ms).
func BenchmarkRefuseHugeJSON(b *testing.B) {
	big := []byte(`{"id":"de","englishName":"` + strings.Repeat("9", 1<<20) + `"}`)
	b.ReportAllocs()
	for b.Loop() {
		var s catalogue.Service
		if err := s.UnmarshalJSON(big); err == nil {
			b.Fatal("accepted")
		}
	}
}
