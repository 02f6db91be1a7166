package flex_test

import (
	"testing"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/flex"
)

var capAllowances = []struct {
	name      string
	allowance money.Amount
}{
	{"below-floor", money.MustParse("30000 USD")},
	{"floor", money.MustParse("250000 USD")},
	{"contoso", money.MustParse("300000.00 USD")},
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
	{Use: flex.EnhancedSolutions, Amount: money.MustParse("90000.00 USD"), Service: "unified-enhanced-response"},
	{Use: flex.EnhancedSolutions, Amount: money.MustParse("45000.00 USD"), Service: "azure-event-management"},
	{Use: flex.ProactiveServices, Amount: money.MustParse("30000.00 USD"), Service: "designated-engineering"},
	{Use: flex.ProactiveServices, Amount: money.MustParse("12500.50 USD"), Service: "workshops"},
	{Use: flex.ProactiveServices, Amount: money.MustParse("8000 USD"), Service: "hackathon"},
	{Use: flex.ProactiveServices, Amount: money.MustParse("6400.25 USD"), Service: "chalk-talk"},
	{Use: flex.ProactiveCredits, Amount: money.MustParse("30000.00 USD"), Service: "proactive-credits"},
	{Use: flex.CustomProactive, Amount: money.MustParse("20000.00 USD"), Service: "custom-proactive-services"},
	{Use: flex.ProactiveCredits, Amount: money.MustParse("10000.00 USD"), Service: "proactive-credits"},
	{Use: flex.EnhancedSolutions, Amount: money.MustParse("25000.00 USD"), Service: "rapid-response"},
}

func BenchmarkAllocate(b *testing.B) {
	allowance := money.MustParse("300000 USD")
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
	a, err := flex.Allocate(money.MustParse("300000 USD"), tenRequests)
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
		years[i] = flex.YearRequests{Allowance: money.MustParse("300000 USD"), Requests: tenRequests}
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
