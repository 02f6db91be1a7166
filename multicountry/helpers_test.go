package multicountry_test

import (
	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/credits"
	"github.com/supportrules/unified/multicountry"
	"golang.org/x/text/currency"

	_ "time/tzdata"
)

// dec reads a decimal literal of a test table.
func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// currencies are ISO 4217 codes with their minor units: 0 (KRW, JPY, VND,
// CLP), 2 (USD, EUR, GBP, SGD, CNY, AUD, INR, CHF) and 3 (BHD, KWD).
var currencies = []struct {
	code  string
	minor int32
}{
	{"KRW", 0}, {"JPY", 0}, {"VND", 0}, {"CLP", 0},
	{"USD", 2}, {"EUR", 2}, {"GBP", 2}, {"SGD", 2}, {"CNY", 2}, {"AUD", 2}, {"INR", 2}, {"CHF", 2},
	{"BHD", 3}, {"KWD", 3},
}

// day reads a date of a test table.
func day(s string) calendar.Date { return calendar.MustParseDate(s) }

// contosoKorea is the sample customer's Work Order: host Seoul (KRW),
// downstream Tokyo (JPY), term 2026-01-01 to 2028-12-31, and a purchase of
// each location rule: workshops and EDE for Seoul, STA, DE and Root Cause
// Analysis for Tokyo, REDE for both, UER for the host.
func contosoKorea() contract.WorkOrder {
	term := contract.Term{Start: day("2026-01-01"), End: day("2028-12-31")}
	return contract.WorkOrder{
		Customer:     "Contoso Korea",
		Term:         term,
		Unified:      term,
		MultiCountry: true,
		Locations: []contract.Location{
			{Name: "Seoul", Country: "KR", Role: contract.Host, TimeZone: "Asia/Seoul", Currency: currency.KRW},
			{Name: "Tokyo", Country: "JP", Role: contract.Downstream, TimeZone: "Asia/Tokyo", Currency: currency.JPY},
		},
		Purchases: []contract.Purchase{
			{Service: catalogue.Workshops, Quantity: 4, Location: "Seoul"},
			{Service: catalogue.EnhancedDesignatedEngineering, Quantity: 1, Location: "Seoul"},
			{Service: catalogue.ReactiveEnhancedDesignatedEngineering, Quantity: 1, Location: "Seoul"},
			{Service: catalogue.ReactiveEnhancedDesignatedEngineering, Quantity: 1, Location: "Tokyo"},
			{Service: catalogue.UnifiedEnhancedResponse, Quantity: 1, Location: "Seoul"},
			{Service: catalogue.SupportTechnicalAdvisory, Quantity: 1, Location: "Tokyo"},
			{Service: catalogue.DesignatedEngineering, Quantity: 1, Location: "Tokyo"},
			{Service: catalogue.RootCauseAnalysis, Quantity: 2, Location: "Tokyo"},
		},
		FlexAllowance:    money.MustParse("300000.00 USD"),
		ProactiveCredits: 200,
		Contacts: []contract.Contact{
			{Name: "Kim Min-jun", Role: contract.SupportServicesManager, Location: "Seoul"},
			{Name: "Sato Yuki", Role: contract.ReactiveContact, Location: "Tokyo"},
		},
	}
}

// The sample customer's credit prices: 1,300,000 KRW in Seoul and 150,000
// JPY in Tokyo.
var (
	seoulPrice = amt("1300000", "KRW")
	tokyoPrice = amt("150000", "JPY")
)

// amt reads an amount of a test table.
func amt(s, cur string) money.Amount { return must(money.New(dec(s), currency.MustParseISO(cur))) }

// lineOf is an invoice line of one unit at amount.
func lineOf(svc catalogue.ServiceID, loc, on, amount, cur string) multicountry.InvoiceLine {
	return must(multicountry.NewInvoiceLine(svc.String(), svc, loc, day(on), dec("1"), amt(amount, cur)))
}

// mustSupport builds Contoso Korea's multi-country support.
func mustSupport(t interface {
	Helper()
	Fatalf(format string, args ...any)
}) *multicountry.Support {
	t.Helper()
	s, err := multicountry.New(contosoKorea(), nil)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return s
}

// ledgers opens Contoso Korea's two credits ledgers with the given balances.
func ledgers(t interface {
	Helper()
	Fatalf(format string, args ...any)
}, seoul, tokyo int64) (credits.Ledger, credits.Ledger) {
	t.Helper()
	open := func(loc, cur string, n int64) credits.Ledger {
		l, err := credits.Open(credits.Account{Location: loc, Currency: currency.MustParseISO(cur), Start: day("2026-01-01"), End: day("2028-12-31")}, n)
		if err != nil {
			t.Fatalf("credits.Open: %v", err)
		}
		return l
	}
	return open("Seoul", "KRW", seoul), open("Tokyo", "JPY", tokyo)
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
