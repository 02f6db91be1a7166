package contract_test

import (
	"encoding/json"
	"testing"

	"github.com/supportrules/unified/contract"
	"golang.org/x/text/language"
)

func BenchmarkLookup(b *testing.B) {
	for _, id := range []contract.ServiceID{contract.ProofOfConcept, contract.AzureEngineeringDirect, contract.CybersecurityIncidentResponse} {
		b.Run(id.String(), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				s, _ := contract.Lookup(id)
				_ = s.Marking()
			}
		})
	}
}

func BenchmarkLookupText(b *testing.B) {
	for _, text := range []string{"designated-engineering", "mscir", "AED"} {
		b.Run(text, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := contract.LookupText(text); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkAll(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for s := range contract.All() {
			_ = s.Marking()
		}
	}
}

func BenchmarkServiceRules(b *testing.B) {
	s, _ := contract.Lookup(contract.DesignatedEngineering)
	b.ReportAllocs()
	for b.Loop() {
		_ = s.Rules(contract.FactPrerequisites)
	}
}

func BenchmarkLanguageSupport(b *testing.B) {
	s, _ := contract.Lookup(contract.UnifiedEnhancedResponse)
	ko := language.MustParse("ko-KR")
	b.ReportAllocs()
	for b.Loop() {
		_ = s.Languages().Support(ko)
	}
}

func BenchmarkObligations(b *testing.B) {
	cases := []struct {
		name string
		ids  []contract.ServiceID
	}{
		{"base", nil},
		{"contoso", []contract.ServiceID{contract.DesignatedEngineering, contract.UnifiedEnhancedResponse, contract.RapidResponse,
			contract.AzureEngineeringDirect, contract.AEDPlatformMonitoring, contract.Workshops, contract.ProactiveCredits}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := contract.Obligations(c.ids...); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkServiceJSON(b *testing.B) {
	s, _ := contract.Lookup(contract.AzureEngineeringDirect)
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
			var back contract.Service
			if err := json.Unmarshal(data, &back); err != nil {
				b.Fatal(err)
			}
		}
	})
}
