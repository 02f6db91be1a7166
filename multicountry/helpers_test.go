package multicountry_test

import (
	"math/big"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/credits"
	"github.com/supportrules/unified/multicountry"
	"golang.org/x/text/currency"
	"pgregory.net/rapid"

	_ "time/tzdata"
)

// dec reads a decimal literal of a test table.
func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// loc is a downstream location in one line.
func loc(name, country, currency, price string) multicountry.Location {
	return multicountry.Location{Name: name, Country: country, Currency: currency, CreditPrice: dec(price)}
}

// host is a host location in one line.
func host(name, country, currency, price string) multicountry.Location {
	l := loc(name, country, currency, price)
	l.Host = true
	return l
}

// exception marks l as an exception (tax-exception) country.
func exception(l multicountry.Location) multicountry.Location {
	l.Exception = true
	return l
}

// exchangeSlow is the reference for Exchange: a literal transcription of
// D-CRED-2 in exact rational arithmetic. credits × from price × fx ÷ to
// price, then half up: floor(x + 1/2).
func exchangeSlow(credits int64, from, to multicountry.Location, fx decimal.Decimal) *big.Int {
	x := new(big.Rat).SetInt64(credits)
	x.Mul(x, from.CreditPrice.Rat())
	x.Mul(x, fx.Rat())
	x.Quo(x, to.CreditPrice.Rat())
	x.Add(x, big.NewRat(1, 2))
	q := new(big.Int).Quo(x.Num(), x.Denom()) // x >= 0, so Quo is floor
	return q
}

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

// countries are ISO 3166-1 alpha-2 codes of countries.
var countries = []string{"KR", "JP", "US", "DE", "FR", "GB", "SG", "CN", "AU", "IN", "CH", "BH", "KW", "VN", "CL", "BR"}

// genPrice draws a credit price in whole minor units of a currency with
// minor decimal places: 0.001 … 10,000,000,000 units.
func genPrice(t *rapid.T, label string, minor int32) decimal.Decimal {
	units := rapid.Int64Range(1, 10_000_000_000).Draw(t, label+"MinorUnits")
	return decimal.New(units, -minor)
}

// genLocation draws a valid, non-exception location of any role.
func genLocation(t *rapid.T, label string) multicountry.Location {
	c := rapid.SampledFrom(currencies).Draw(t, label+"Currency")
	return multicountry.Location{
		Name:        label,
		Country:     rapid.SampledFrom(countries).Draw(t, label+"Country"),
		Host:        rapid.Bool().Draw(t, label+"IsHost"),
		Currency:    c.code,
		CreditPrice: genPrice(t, label+"CreditPrice", c.minor),
	}
}

// genRate draws a currency rate between from and to: 1 for the same
// currency, otherwise a positive rate with up to 12 decimal places.
func genRate(t *rapid.T, from, to multicountry.Location) decimal.Decimal {
	if from.Currency == to.Currency {
		return decimal.New(1, 0)
	}
	digits := rapid.Int64Range(1, 9_999_999_999).Draw(t, "fxDigits")
	places := rapid.Int32Range(0, 12).Draw(t, "fxPlaces")
	return decimal.New(digits, -places)
}

// genInvertibleRate draws a rate whose inverse is also a finite decimal:
// 2^i × 5^j × 10^k, so a round trip can use the exact inverse rate.
func genInvertibleRate(t *rapid.T) (fx, back decimal.Decimal) {
	i := rapid.IntRange(-6, 6).Draw(t, "fxPowerOf2")
	j := rapid.IntRange(-6, 6).Draw(t, "fxPowerOf5")
	k := rapid.Int32Range(-4, 4).Draw(t, "fxPowerOf10")
	pow := func(base int64, n int) decimal.Decimal {
		// base^n; for n < 0, (10/base)^-n × 10^n, exact because base divides 10.
		b, shift := base, int32(0)
		if n < 0 {
			b, n, shift = 10/base, -n, int32(n)
		}
		p := decimal.New(1, 0)
		for range n {
			p = p.Mul(decimal.New(b, 0))
		}
		return p.Shift(shift)
	}
	fx = pow(2, i).Mul(pow(5, j)).Shift(k)
	back = pow(2, -i).Mul(pow(5, -j)).Shift(-k)
	return fx, back
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
			{Name: "Seoul", Country: "KR", Role: contract.Host, TimeZone: "Asia/Seoul", Currency: "KRW"},
			{Name: "Tokyo", Country: "JP", Role: contract.Downstream, TimeZone: "Asia/Tokyo", Currency: "JPY"},
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
		FlexAllowance:    dec("300000.00"),
		ProactiveCredits: 200,
		Contacts: []contract.Contact{
			{Name: "Kim Min-jun", Role: contract.SupportServicesManager, Location: "Seoul"},
			{Name: "Sato Yuki", Role: contract.ReactiveContact, Location: "Tokyo"},
		},
	}
}

// contosoSites are Contoso Korea's credit prices: 1,300,000 KRW in Seoul
// and 150,000 JPY in Tokyo, on the default calendars of D-CAL.
func contosoSites() []multicountry.Site {
	return []multicountry.Site{
		{Location: "Seoul", CreditPrice: dec("1300000")},
		{Location: "Tokyo", CreditPrice: dec("150000")},
	}
}

// mustSupport builds Contoso Korea's multi-country support.
func mustSupport(t testing.TB) *multicountry.Support {
	t.Helper()
	s, err := multicountry.New(contosoKorea(), contosoSites()...)
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
