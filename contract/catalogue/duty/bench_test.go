package duty_test

import (
	"testing"

	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/catalogue/duty"
)

var contoso = []catalogue.ServiceID{catalogue.DesignatedEngineering, catalogue.UnifiedEnhancedResponse, catalogue.RapidResponse,
	catalogue.AzureEngineeringDirect, catalogue.AEDPlatformMonitoring, catalogue.Workshops, catalogue.ProactiveCredits}

func BenchmarkObligations(b *testing.B) {
	for _, c := range []struct {
		name string
		ids  []catalogue.ServiceID
	}{{"base", nil}, {"contoso", contoso}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := duty.Obligations(c.ids...); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkExclusions(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := duty.Exclusions(contoso...); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkObligationsOf(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if len(duty.ObligationsOf(catalogue.AzureEngineeringDirect)) == 0 {
			b.Fatal("none")
		}
	}
}
