package multicountry_test

import (
	"fmt"
	"testing"

	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/multicountry"
)

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
	wo := contosoKorea()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := multicountry.New(wo, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSupportExchange(b *testing.B) {
	s := mustSupport(b)
	seoul, tokyo := ledgers(b, 1_000_000, 0)
	r := multicountry.ExchangeRequest{ID: "KR-JP-1", On: day("2026-06-01"), From: "Seoul", To: "Tokyo", Credits: 10,
		FromPrice: seoulPrice, ToPrice: tokyoPrice, FX: dec("0.11")}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Exchange(r, seoul, tokyo); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDeliveryOnSite(b *testing.B) {
	s := mustSupport(b)
	r := multicountry.OnSite{Service: catalogue.Workshops, Location: "Seoul", Agreed: day("2026-02-01")}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.DeliveryOnSite(r); err != nil {
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

// BenchmarkNewInvoiceLine builds and validates one line (MC-21).
func BenchmarkNewInvoiceLine(b *testing.B) {
	on, qty, unit := day("2026-03-03"), dec("2"), amt("2600000", "KRW")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := multicountry.NewInvoiceLine("Security workshop, 2 days", catalogue.Workshops, "Seoul", on, qty, unit); err != nil {
			b.Fatal(err)
		}
	}
}
