package flex_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/flex"
)

var capAllowances = []struct {
	name      string
	allowance decimal.Decimal
}{
	{"below-floor", decimal.RequireFromString("30000")},
	{"floor", decimal.RequireFromString("250000")},
	{"contoso", decimal.RequireFromString("300000.00")},
}

func BenchmarkCreditsCap(b *testing.B) {
	for _, bc := range capAllowances {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := flex.CreditsCap(bc.allowance); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// tenRequests is a realistic year: ten requests across the four eligible
// uses, within the cap and the allowance of 300,000 USD.
var tenRequests = []flex.Request{
	{Use: flex.EnhancedSolutions, Amount: decimal.RequireFromString("90000.00"), Service: "unified-enhanced-response"},
	{Use: flex.EnhancedSolutions, Amount: decimal.RequireFromString("45000.00"), Service: "azure-event-management"},
	{Use: flex.ProactiveServices, Amount: decimal.RequireFromString("30000.00"), Service: "designated-engineering"},
	{Use: flex.ProactiveServices, Amount: decimal.RequireFromString("12500.50"), Service: "workshops"},
	{Use: flex.ProactiveServices, Amount: decimal.RequireFromString("8000"), Service: "hackathon"},
	{Use: flex.ProactiveServices, Amount: decimal.RequireFromString("6400.25"), Service: "chalk-talk"},
	{Use: flex.ProactiveCredits, Amount: decimal.RequireFromString("30000.00"), Service: "proactive-credits"},
	{Use: flex.CustomProactive, Amount: decimal.RequireFromString("20000.00"), Service: "custom-proactive-services"},
	{Use: flex.ProactiveCredits, Amount: decimal.RequireFromString("10000.00"), Service: "proactive-credits"},
	{Use: flex.EnhancedSolutions, Amount: decimal.RequireFromString("25000.00"), Service: "rapid-response"},
}

func BenchmarkAllocate(b *testing.B) {
	allowance := decimal.RequireFromString("300000")
	for _, bc := range []struct {
		name string
		reqs []flex.Request
	}{
		{"1-request", tenRequests[:1]},
		{"10-requests", tenRequests},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := flex.Allocate(allowance, bc.reqs); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkExchange(b *testing.B) {
	a, err := flex.Allocate(decimal.RequireFromString("300000"), tenRequests)
	if err != nil {
		b.Fatal(err)
	}
	x := flex.Exchange{Index: 2, Use: flex.ProactiveServices, Service: "workshops", Agreed: true}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := a.Exchange(x); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAllocateTerm(b *testing.B) {
	term := contract.Term{Start: calendar.MustParseDate("2026-01-01"), End: calendar.MustParseDate("2028-12-31")}
	years := make([]flex.YearRequests, 3)
	for i := range years {
		years[i] = flex.YearRequests{Allowance: decimal.RequireFromString("300000"), Requests: tenRequests}
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := flex.AllocateTerm(term, years); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkUseOf(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := flex.UseOf(catalogue.DesignatedEngineering); err != nil {
			b.Fatal(err)
		}
	}
}
