package multicountry_test

import (
	"encoding/json"
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/multicountry"
)

// Rules MC-1, MC-16: a location names an officially assigned ISO 3166-1
// alpha-2 country, an ISO 4217 currency and a positive credit price.
func TestLocationValidate(t *testing.T) {
	ok := host("Seoul", "KR", "KRW", "1300000")
	with := func(f func(*multicountry.Location)) multicountry.Location {
		l := ok
		f(&l)
		return l
	}
	tests := []struct {
		name    string
		l       multicountry.Location
		wantErr []error // every sentinel the joined error must wrap; nil: valid
	}{
		{"valid host", ok, nil},
		{"valid downstream in a 2-decimal currency", loc("New York", "US", "USD", "950.00"), nil},
		{"valid 3-decimal currency", loc("Manama", "BH", "BHD", "350.125"), nil},
		{"exception country is still a valid location", exception(loc("Manila", "PH", "PHP", "55000")), nil},
		// AQ has no currency of its own, yet is an officially assigned code.
		{"Antarctica", loc("McMurdo", "AQ", "USD", "1000"), nil},
		{"zero Location", multicountry.Location{}, []error{multicountry.ErrName, multicountry.ErrCountry, multicountry.ErrCurrency, multicountry.ErrCreditPrice}},
		{"empty name", with(func(l *multicountry.Location) { l.Name = "" }), []error{multicountry.ErrName}},
		{"lower-case country", with(func(l *multicountry.Location) { l.Country = "kr" }), []error{multicountry.ErrCountry}},
		{"alpha-3 country", with(func(l *multicountry.Location) { l.Country = "KOR" }), []error{multicountry.ErrCountry}},
		{"numeric country", with(func(l *multicountry.Location) { l.Country = "410" }), []error{multicountry.ErrCountry}},
		{"unassigned country", with(func(l *multicountry.Location) { l.Country = "QQ" }), []error{multicountry.ErrCountry}},
		// Exceptionally reserved codes are not countries.
		{"EU is not a country", with(func(l *multicountry.Location) { l.Country = "EU" }), []error{multicountry.ErrCountry}},
		{"UN is not a country", with(func(l *multicountry.Location) { l.Country = "UN" }), []error{multicountry.ErrCountry}},
		{"UK is reserved; GB is the code", with(func(l *multicountry.Location) { l.Country = "UK" }), []error{multicountry.ErrCountry}},
		// User-assigned and withdrawn codes.
		{"XK is user-assigned", with(func(l *multicountry.Location) { l.Country = "XK" }), []error{multicountry.ErrCountry}},
		{"ZZ is unknown", with(func(l *multicountry.Location) { l.Country = "ZZ" }), []error{multicountry.ErrCountry}},
		{"SU is withdrawn", with(func(l *multicountry.Location) { l.Country = "SU" }), []error{multicountry.ErrCountry}},
		{"DD is deprecated", with(func(l *multicountry.Location) { l.Country = "DD" }), []error{multicountry.ErrCountry}},
		{"lower-case currency", with(func(l *multicountry.Location) { l.Currency = "krw" }), []error{multicountry.ErrCurrency}},
		{"unknown currency", with(func(l *multicountry.Location) { l.Currency = "KRX" }), []error{multicountry.ErrCurrency}},
		{"XXX is no currency", with(func(l *multicountry.Location) { l.Currency = "XXX" }), []error{multicountry.ErrCurrency}},
		{"two-letter currency", with(func(l *multicountry.Location) { l.Currency = "KR" }), []error{multicountry.ErrCurrency}},
		{"zero price", with(func(l *multicountry.Location) { l.CreditPrice = dec("0") }), []error{multicountry.ErrCreditPrice}},
		{"negative price", with(func(l *multicountry.Location) { l.CreditPrice = dec("-1") }), []error{multicountry.ErrCreditPrice}},
		// The bounds: below 10^18, at most 18 decimal places.
		{"price just below 10^18", with(func(l *multicountry.Location) { l.CreditPrice = dec("999999999999999999.9") }), nil},
		{"price of 10^18", with(func(l *multicountry.Location) { l.CreditPrice = decimal.New(1, 18) }), []error{multicountry.ErrCreditPrice}},
		{"price with 18 places", with(func(l *multicountry.Location) { l.CreditPrice = decimal.New(1, -18) }), nil},
		{"price with 19 places", with(func(l *multicountry.Location) { l.CreditPrice = decimal.New(1, -19) }), []error{multicountry.ErrCreditPrice}},
		{"everything wrong but the name", multicountry.Location{Name: "X", Country: "??", Currency: "?"}, []error{multicountry.ErrCountry, multicountry.ErrCurrency, multicountry.ErrCreditPrice}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.l.Validate()
			if tt.wantErr == nil {
				if err != nil {
					t.Fatalf("%v.Validate() = %v, want nil", tt.l, err)
				}
				return
			}
			for _, want := range tt.wantErr {
				if !errors.Is(err, want) {
					t.Errorf("%v.Validate() = %v, want it to wrap %v", tt.l, err, want)
				}
			}
		})
	}
}

// ISO 3166-1 assigns 249 alpha-2 codes officially; golang.org/x/text's
// region table, filtered as [multicountry.Location.Validate] filters it,
// accepts exactly that many, KR and JP among them.
func TestValidCountriesAreTheOfficiallyAssignedCodes(t *testing.T) {
	n := 0
	for a := byte('A'); a <= 'Z'; a++ {
		for b := byte('A'); b <= 'Z'; b++ {
			l := loc("X", string([]byte{a, b}), "USD", "1")
			if l.Validate() == nil {
				n++
			}
		}
	}
	if n != 249 {
		t.Errorf("%d valid alpha-2 country codes, want 249", n)
	}
}

// The zero Location is not valid, and Equal compares credit prices by value.
func TestLocationZeroAndEqual(t *testing.T) {
	if (multicountry.Location{}).Validate() == nil {
		t.Error("the zero Location is valid, want an error")
	}
	a, b := loc("Tokyo", "JP", "JPY", "150000"), loc("Tokyo", "JP", "JPY", "150000.00")
	if !a.Equal(b) {
		t.Errorf("%v.Equal(%v) = false, want true", a, b)
	}
	b.Exception = true
	if a.Equal(b) {
		t.Errorf("%v.Equal(%v) = true, want false", a, b)
	}
}

// Location.Equal compares credit prices by value and stays fast whatever the
// exponents: prices decoded from JSON are not yet validated, and decimal's
// own Equal would scale 1e2147483647 by 10^4294967295 to compare it with
// 1e-2147483648. InvoiceLine.Equal shares the comparison.
func TestEqualIsFastOnHugeExponents(t *testing.T) {
	price := func(coef int64, exp int32) multicountry.Location {
		l := loc("Tokyo", "JP", "JPY", "1")
		l.CreditPrice = decimal.New(coef, exp)
		return l
	}
	tests := []struct {
		name string
		a, b multicountry.Location
		want bool
	}{
		{"exponents at both ends", price(1, math.MaxInt32), price(1, math.MinInt32), false},
		{"huge and ordinary", price(1, math.MaxInt32), price(150000, 0), false},
		{"zeros with any exponent", price(0, math.MaxInt32), price(0, math.MinInt32), true},
		{"zero and a tiny price", price(0, 0), price(1, math.MinInt32), false},
		{"signs differ", price(-1, 0), price(1, 0), false},
		{"one value, two scales", price(150000, 0), price(15, 4), true},
		{"one value, far scales", price(1_000_000_000_000_000_000, -18), price(1, 0), true},
		{"one digit apart", price(1_000_000_000_000_000_001, -18), price(1, 0), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.Equal(tt.b); got != tt.want {
				t.Errorf("Equal(%v, %v) = %v, want %v", tt.a.CreditPrice.Exponent(), tt.b.CreditPrice.Exponent(), got, tt.want)
			}
			if got := tt.b.Equal(tt.a); got != tt.want {
				t.Errorf("Equal is not symmetric")
			}
			la := multicountry.InvoiceLine{Service: catalogue.Workshops, Location: "Tokyo", Delivered: day("2026-03-02"), Amount: tt.a.CreditPrice, Currency: "JPY"}
			lb := la
			lb.Amount = tt.b.CreditPrice
			if got := la.Equal(lb); got != tt.want {
				t.Errorf("InvoiceLine.Equal = %v, want %v", got, tt.want)
			}
		})
	}
}

// A Location round-trips through JSON, with its credit price as a string.
func TestLocationJSON(t *testing.T) {
	l := exception(host("Seoul", "KR", "KRW", "1300000.50"))
	b, err := json.Marshal(l)
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"name":"Seoul","country":"KR","host":true,"currency":"KRW","creditPrice":"1300000.5","exception":true}`
	if string(b) != want {
		t.Errorf("json.Marshal = %s, want %s", b, want)
	}
	var got multicountry.Location
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(l, got); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}
	if err := json.Unmarshal([]byte(`{"creditPrice":"abc"}`), &got); !errors.Is(err, multicountry.ErrCreditPrice) {
		t.Errorf("json.Unmarshal of a bad price = %v, want %v", err, multicountry.ErrCreditPrice)
	}
}

// The one test of the message format of Validate (MC-16).
func TestLocationValidateMessage(t *testing.T) {
	err := loc("Tokyo", "JP", "JPY", "0").Validate()
	const want = `multicountry: invalid credit price: location "Tokyo": 0 JPY (must be positive, below 1e18, at most 18 decimal places) (MC-16)`
	if err == nil || err.Error() != want {
		t.Errorf("Validate() = %v, want %s", err, want)
	}
}
