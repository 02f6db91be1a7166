package multicountry_test

import (
	"fmt"
	"testing"

	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/multicountry"
)

// exchangeCases are the exchanges benchmarked: a typical one, one within a
// currency, and one with many significant digits everywhere.
var exchangeCases = []struct {
	name     string
	credits  int64
	from, to multicountry.Location
	fx       string
}{
	{"KRW-USD", 120, host("Seoul", "KR", "KRW", "1300000"), loc("New York", "US", "USD", "950.00"), "0.00072"},
	{"same-currency", 120, host("Seoul", "KR", "KRW", "1300000"), loc("Busan", "KR", "KRW", "1300000"), "1"},
	{"long-digits", 987_654_321, loc("Manama", "BH", "BHD", "350.125"), loc("Tokyo", "JP", "JPY", "149999"), "391.123456789012345678"},
}

func BenchmarkExchange(b *testing.B) {
	for _, c := range exchangeCases {
		fx := dec(c.fx)
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := multicountry.Exchange(c.credits, c.from, c.to, fx); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// deliveryCases cover each location rule of Contoso Korea's Work Order.
var deliveryCases = []struct {
	svc catalogue.ServiceID
	loc string
}{
	{catalogue.ProblemResolutionSupport, "Tokyo"},
	{catalogue.OnDemandAssessment, "Tokyo"},
	{catalogue.Workshops, "Tokyo"},
	{catalogue.DesignatedEngineering, "Seoul"},
	{catalogue.UnifiedEnhancedResponse, "Tokyo"},
}

func BenchmarkDelivery(b *testing.B) {
	s := mustSupport(b)
	for _, c := range deliveryCases {
		b.Run(fmt.Sprintf("%v@%s", c.svc, c.loc), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := s.Delivery(c.svc, c.loc); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkNew(b *testing.B) {
	wo, sites := contosoKorea(), contosoSites()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := multicountry.New(wo, sites...); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSupportExchange(b *testing.B) {
	s := mustSupport(b)
	seoul, tokyo := ledgers(b, 1_000_000, 0)
	r := multicountry.ExchangeRequest{ID: "KR-JP-1", On: day("2026-06-01"), From: "Seoul", To: "Tokyo", Credits: 10, FX: dec("0.11")}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Exchange(r, seoul, tokyo); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkGoverningCalendar(b *testing.B) {
	s := mustSupport(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.GoverningCalendar("Sato Yuki"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSplitInvoices splits a year of billing for Contoso Korea: 1,000
// lines by location and product type.
func BenchmarkSplitInvoices(b *testing.B) {
	base := contosoLines()
	lines := make([]multicountry.InvoiceLine, 1000)
	for i := range lines {
		lines[i] = base[i%len(base)]
		lines[i].Delivered = day("2026-01-01").AddDays(i % 365)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := multicountry.SplitInvoices(lines, multicountry.ByLocation|multicountry.ByProductType); err != nil {
			b.Fatal(err)
		}
	}
}
