package flex_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

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

func BenchmarkParseUse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := flex.ParseUse("Proactive-Credits"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkUseServices(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if len(flex.ProactiveServices.Services()) == 0 {
			b.Fatal("no services")
		}
	}
}

func benchSchedule(b *testing.B) flex.Schedule {
	term := contract.Term{Start: calendar.MustParseDate("2026-01-01"), End: calendar.MustParseDate("2028-12-31")}
	years := make([]flex.YearRequests, 3)
	for i := range years {
		years[i] = flex.YearRequests{Allowance: money.MustParse("300000 USD"), Requests: tenRequests}
	}
	s, err := flex.AllocateTerm(term, years)
	if err != nil {
		b.Fatal(err)
	}
	return s
}

func BenchmarkScheduleYearOn(b *testing.B) {
	s := benchSchedule(b)
	d := calendar.MustParseDate("2028-06-30")
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := s.YearOn(d); !ok {
			b.Fatal("no year")
		}
	}
}

func BenchmarkYearIsUsableAt(b *testing.B) {
	s := benchSchedule(b)
	seoul, err := time.LoadLocation("Asia/Seoul")
	if err != nil {
		b.Fatal(err)
	}
	at := time.Date(2026, time.December, 31, 20, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Years[0].IsUsableAt(at, seoul); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAllocationByUse(b *testing.B) {
	a, err := flex.Allocate(money.MustParse("300000 USD"), tenRequests)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = a.ByUse(flex.ProactiveServices)
	}
}

func BenchmarkAllocationCapRemaining(b *testing.B) {
	a, err := flex.Allocate(money.MustParse("300000 USD"), tenRequests)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = a.CapRemaining()
	}
}

func BenchmarkAllocationJSON(b *testing.B) {
	a, err := flex.Allocate(money.MustParse("300000 USD"), tenRequests)
	if err != nil {
		b.Fatal(err)
	}
	data, err := json.Marshal(a)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("marshal", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := json.Marshal(a); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("unmarshal", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var back flex.Allocation
			if err := json.Unmarshal(data, &back); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkScheduleJSON(b *testing.B) {
	data, err := json.Marshal(benchSchedule(b))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		var back flex.Schedule
		if err := json.Unmarshal(data, &back); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRefuseMegabyteOfDigits: a megabyte of digits in a request's
// amount is refused by its length before any parsing (issue 14).
func BenchmarkRefuseMegabyteOfDigits(b *testing.B) {
	data := []byte(`{"use":"proactive-credits","amount":{"amount":"` + strings.Repeat("9", 1<<20) + `","currency":"USD"}}`)
	b.ReportAllocs()
	for b.Loop() {
		var r flex.Request
		if err := json.Unmarshal(data, &r); err == nil {
			b.Fatal("a megabyte of digits was accepted")
		}
	}
}
