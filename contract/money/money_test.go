package money_test

import (
	"encoding/json"
	"errors"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/contract/money"
	"golang.org/x/text/currency"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// TestParseBoundaries puts a row on every bound of the text form: 10^18 and
// 18 places are accepted, one unit beyond is not; exponents, spaces and
// missing digits are syntax errors; unknown codes and XXX are currency
// errors.
func TestParseBoundaries(t *testing.T) {
	tests := []struct {
		in      string
		want    string // String() of the result
		wantErr error
	}{
		{"12.50 USD", "12.50 USD", nil},
		{"12.5 USD", "12.50 USD", nil},                              // minor digits written
		{"12.500 usd", "12.50 USD", nil},                            // trailing zeros dropped, code any case
		{"0.125 USD", "0.125 USD", nil},                             // more places than the minor unit are kept
		{"12345 KRW", "12345 KRW", nil},                             // no minor unit
		{"-3 KRW", "-3 KRW", nil},                                   // negative amounts are amounts
		{"+3 KRW", "3 KRW", nil},                                    // explicit plus
		{"0 USD", "0.00 USD", nil},                                  // zero in a currency
		{"-0 USD", "0.00 USD", nil},                                 // negative zero is zero
		{"000012.50 USD", "12.50 USD", nil},                         // leading zeros
		{"1000000000000000000 KRW", "1000000000000000000 KRW", nil}, // exactly 10^18
		{"-1000000000000000000 KRW", "-1000000000000000000 KRW", nil},
		{"1000000000000000000.000000000000000001 KRW", "", money.ErrRange},                              // 10^18 + 10^-18
		{"1000000000000000001 KRW", "", money.ErrRange},                                                 // 10^18 + 1
		{"0.000000000000000001 USD", "0.000000000000000001 USD", nil},                                   // 18 places
		{"0.0000000000000000010 USD", "0.000000000000000001 USD", nil},                                  // 19 written, 18 meant
		{"0.0000000000000000001 USD", "", money.ErrRange},                                               // 19 places
		{"999999999999999999.999999999999999999 USD", "999999999999999999.999999999999999999 USD", nil}, // 36 digits: the decimal form
		{"1e5 USD", "", money.ErrSyntax},
		{"1.5e2 USD", "", money.ErrSyntax},
		{".5 USD", "", money.ErrSyntax},
		{"5. USD", "", money.ErrSyntax},
		{"1,000 USD", "", money.ErrSyntax},
		{"NaN USD", "", money.ErrSyntax},
		{"Infinity USD", "", money.ErrSyntax},
		{"- USD", "", money.ErrSyntax},
		{" USD", "", money.ErrSyntax},
		{"12.50", "", money.ErrSyntax},        // no currency
		{"12.50  USD", "", money.ErrCurrency}, // two spaces: " USD" is no code
		{"12.50 US", "", money.ErrCurrency},
		{"12.50 ABC", "", money.ErrCurrency}, // not ISO 4217
		{"12.50 XXX", "", money.ErrCurrency}, // "no currency" is not a currency of an amount
		{"", "", money.ErrSyntax},
		{strings.Repeat("1", money.MaxTextLen) + " USD", "", money.ErrRange}, // too long, refused by length
		{"0." + strings.Repeat("0", money.MaxTextLen-3) + "1 USD", "", money.ErrRange},
	}
	for _, tt := range tests {
		got, err := money.Parse(tt.in)
		if !errors.Is(err, tt.wantErr) || (err == nil && got.String() != tt.want) {
			t.Errorf("Parse(%q) = %v, %v; want %s, %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

// TestLengthIsCheckedBeforeParsing: a megabyte of digits is refused with
// ErrRange by its length alone — the message names the length, which only
// the length check writes, so no digit was parsed.
func TestLengthIsCheckedBeforeParsing(t *testing.T) {
	huge := strings.Repeat("9", 1<<20)
	for _, f := range []func() error{
		func() error { _, err := money.ParseDecimal(huge); return err },
		func() error { _, err := money.ParseIn(huge, currency.USD); return err },
		func() error { _, err := money.Parse(huge + " USD"); return err },
		func() error { var a money.Amount; return a.UnmarshalText([]byte(huge + " USD")) },
		func() error {
			var a money.Amount
			return json.Unmarshal([]byte(`{"amount":"`+huge+`","currency":"USD"}`), &a)
		},
	} {
		err := f()
		if !errors.Is(err, money.ErrRange) || !strings.Contains(err.Error(), "longer than") {
			t.Errorf("1 MB of digits: %v, want the length refusal wrapping ErrRange", err)
		}
	}
}

// TestZeroAmount: the zero Amount is zero in no currency; it is the
// identity of Add and Sub, compares as zero with any currency, is not Equal
// to zero in a currency, and round-trips through text and JSON.
func TestZeroAmount(t *testing.T) {
	var z money.Amount
	usd := money.MustParse("12.50 USD")
	if !z.IsZero() || z.Sign() != 0 || z.Currency() != (currency.Unit{}) || z.String() != "0" {
		t.Errorf("zero Amount: IsZero %v Sign %d Currency %v String %q", z.IsZero(), z.Sign(), z.Currency(), z.String())
	}
	if s, err := z.Add(usd); err != nil || !s.Equal(usd) {
		t.Errorf("zero + %v = %v, %v", usd, s, err)
	}
	if s, err := usd.Add(z); err != nil || !s.Equal(usd) {
		t.Errorf("%v + zero = %v, %v", usd, s, err)
	}
	if s, err := z.Sub(usd); err != nil || !s.Equal(usd.Neg()) {
		t.Errorf("zero - %v = %v, %v", usd, s, err)
	}
	if c, err := z.Cmp(usd); err != nil || c != -1 {
		t.Errorf("zero.Cmp(%v) = %d, %v", usd, c, err)
	}
	if z.Equal(money.Zero(currency.USD)) || money.Zero(currency.USD).Equal(z) {
		t.Error("the zero Amount equals 0 USD")
	}
	if !money.Zero(currency.Unit{}).Equal(z) {
		t.Error("Zero(XXX) is not the zero Amount")
	}
	b, err := z.MarshalText()
	if err != nil || len(b) != 0 {
		t.Errorf("zero MarshalText = %q, %v", b, err)
	}
	j, err := json.Marshal(z)
	if err != nil || string(j) != `{"amount":"0","currency":""}` {
		t.Errorf("zero JSON = %s, %v", j, err)
	}
	for _, in := range []string{`{"amount":"0","currency":""}`, `{}`, `{"amount":"","currency":""}`} {
		back := usd
		if err := json.Unmarshal([]byte(in), &back); err != nil || !back.Equal(z) {
			t.Errorf("Unmarshal(%s) = %v, %v; want the zero Amount", in, back, err)
		}
	}
	back := usd
	if err := back.UnmarshalText(nil); err != nil || !back.Equal(z) {
		t.Errorf("UnmarshalText(\"\") = %v, %v", back, err)
	}
}

// TestMixingCurrenciesIsAnError: adding, subtracting, comparing or dividing
// amounts of two currencies is an error wrapping ErrCurrency, never a
// result.
func TestMixingCurrenciesIsAnError(t *testing.T) {
	usd, krw := money.MustParse("1 USD"), money.MustParse("1 KRW")
	if _, err := usd.Add(krw); !errors.Is(err, money.ErrCurrency) {
		t.Errorf("USD + KRW: %v", err)
	}
	if _, err := usd.Sub(krw); !errors.Is(err, money.ErrCurrency) {
		t.Errorf("USD - KRW: %v", err)
	}
	if _, err := usd.Cmp(krw); !errors.Is(err, money.ErrCurrency) {
		t.Errorf("USD cmp KRW: %v", err)
	}
	if _, err := usd.RatioHalfUp(krw, 0); !errors.Is(err, money.ErrCurrency) {
		t.Errorf("USD ÷ KRW: %v", err)
	}
	if _, err := money.Zero(currency.USD).Add(money.Zero(currency.KRW)); !errors.Is(err, money.ErrCurrency) {
		t.Errorf("0 USD + 0 KRW: %v", err)
	}
	if _, err := money.New(dec("1"), currency.Unit{}); !errors.Is(err, money.ErrCurrency) {
		t.Errorf("New(1, XXX): %v", err)
	}
	if _, err := money.FromMinor(1, currency.Unit{}); !errors.Is(err, money.ErrCurrency) {
		t.Errorf("FromMinor(1, XXX): %v", err)
	}
	if _, err := money.ParseIn("1", currency.Unit{}); !errors.Is(err, money.ErrCurrency) {
		t.Errorf("ParseIn(1, XXX): %v", err)
	}
}

// TestArithmeticBoundaries: sums and products are exact, and a result
// beyond the bounds is an error wrapping ErrRange, never clipped.
func TestArithmeticBoundaries(t *testing.T) {
	m := money.MustParse
	max := m("1000000000000000000 KRW")
	tests := []struct {
		name    string
		op      func() (money.Amount, error)
		want    string
		wantErr error
	}{
		{"0.1 + 0.2 is exactly 0.3", func() (money.Amount, error) { return m("0.1 USD").Add(m("0.2 USD")) }, "0.30 USD", nil},
		{"10^18 - 1 + 1 = 10^18", func() (money.Amount, error) { return m("999999999999999999 KRW").Add(m("1 KRW")) }, "1000000000000000000 KRW", nil},
		{"10^18 + 1 overflows", func() (money.Amount, error) { return max.Add(m("1 KRW")) }, "", money.ErrRange},
		{"-10^18 - 1 overflows", func() (money.Amount, error) { return max.Neg().Sub(m("1 KRW")) }, "", money.ErrRange},
		{"10^18 - 10^18 = 0", func() (money.Amount, error) { return max.Sub(max) }, "0 KRW", nil},
		{"places add up to 18", func() (money.Amount, error) {
			return m("0.000000000000000001 USD").Add(m("999999999999999999 USD"))
		}, "999999999999999999.000000000000000001 USD", nil},
		{"50% of 12345 KRW is exact", func() (money.Amount, error) { return m("12345 KRW").Mul(dec("0.5")) }, "6172.5 KRW", nil},
		{"20% of 300000.01 USD", func() (money.Amount, error) { return m("300000.01 USD").Mul(dec("0.2")) }, "60000.002 USD", nil},
		{"a product with 19 places", func() (money.Amount, error) { return m("0.000000000000000001 USD").Mul(dec("0.5")) }, "", money.ErrRange},
		{"a product above 10^18", func() (money.Amount, error) { return max.Mul(dec("1.000000000000000001")) }, "", money.ErrRange},
		{"a product of exactly 10^18", func() (money.Amount, error) { return m("500000000000000000 KRW").Mul(dec("2")) }, "1000000000000000000 KRW", nil},
		{"negative factor", func() (money.Amount, error) { return m("2.50 USD").Mul(dec("-1")) }, "-2.50 USD", nil},
		{"factor with an absurd exponent", func() (money.Amount, error) { return m("1 USD").Mul(dec("1e-2147483648")) }, "", money.ErrRange},
		{"zero factor with an absurd exponent", func() (money.Amount, error) { return m("1 USD").Mul(dec("0e-2147483648")) }, "0.00 USD", nil},
		{"a wide amount times a zero with an absurd exponent", func() (money.Amount, error) {
			return m("123456789.123456789123 USD").Mul(dec("0e-2147483648"))
		}, "0.00 USD", nil},
		{"10^18 + 10^-18 needs 37 digits", func() (money.Amount, error) { return max.Add(m("0.000000000000000001 KRW")) }, "", money.ErrRange},
		{"10^-18 + 10^18 needs 37 digits", func() (money.Amount, error) { return m("0.000000000000000001 KRW").Add(max) }, "", money.ErrRange},
		{"a wide amount times a factor with an absurd exponent", func() (money.Amount, error) {
			return m("123456789.123456789123 USD").Mul(dec("1e-2147483648"))
		}, "", money.ErrRange},
		{"2 × 2: equal coefficients, a positive product", func() (money.Amount, error) { return m("2 USD").Mul(dec("2")) }, "4.00 USD", nil},
		{"-2 × -2", func() (money.Amount, error) { return m("-2 USD").Mul(dec("-2")) }, "4.00 USD", nil},
		{"wide × 1 stays wide", func() (money.Amount, error) { return m("123456789.123456789123 USD").Mul(dec("1")) }, "123456789.123456789123 USD", nil},
		{"wide + wide", func() (money.Amount, error) {
			return m("999999999999999999.999999999999999999 USD").Add(m("0.000000000000000001 USD"))
		}, "1000000000000000000.00 USD", nil},
	}
	for _, tt := range tests {
		got, err := tt.op()
		if !errors.Is(err, tt.wantErr) || (err == nil && got.String() != tt.want) {
			t.Errorf("%s: got %v, %v; want %s, %v", tt.name, got, err, tt.want, tt.wantErr)
		}
	}
}

// TestNewBounds: New refuses out-of-bounds decimals by their exponent first.
func TestNewBounds(t *testing.T) {
	tests := []struct {
		in      string
		wantErr error
	}{
		{"1e18", nil},
		{"1e19", money.ErrRange},
		{"1e2147483647", money.ErrRange},
		{"1e-2147483648", money.ErrRange},
		{"0e-2147483648", nil},                              // a zero, however written
		{"1.0000000000000000000000000000000000000000", nil}, // 40 places written, none meant
		{"-1000000000000000000", nil},
		{"-1000000000000000000.5", money.ErrRange},
		{"123456789012345678901234567890", money.ErrRange},
		{"12345678901234567.8901234567890", nil},
	}
	for _, tt := range tests {
		a, err := money.New(dec(tt.in), currency.EUR)
		if !errors.Is(err, tt.wantErr) {
			t.Errorf("New(%s) = %v, %v; want %v", tt.in, a, err, tt.wantErr)
		}
		if err == nil && a.Sign() != 0 && !a.Decimal().Equal(dec(tt.in)) {
			t.Errorf("New(%s).Decimal() = %s", tt.in, a.Decimal())
		}
	}
}

// TestRoundToMinor_DCANCEL: a prepaid fee is rounded half up to the
// currency's minor unit, once (D-CANCEL): 50% of 12,345 KRW is 6,172.5,
// which rounds to 6,173.
func TestRoundToMinor_DCANCEL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"6172.5 KRW", "6173 KRW"},     // D-CANCEL: half up
		{"6172.4999 KRW", "6172 KRW"},  // below half
		{"10.005 USD", "10.01 USD"},    // half a cent up
		{"10.0049 USD", "10.00 USD"},   // just below
		{"-10.005 USD", "-10.01 USD"},  // the mirror of its magnitude
		{"-10.0049 USD", "-10.00 USD"}, // likewise
		{"12.50 USD", "12.50 USD"},     // already on the minor unit
		{"1.0005 BHD", "1.001 BHD"},    // three minor digits
		{"0.5 JPY", "1 JPY"},
		{"999999999999999999.5 KRW", "1000000000000000000 KRW"}, // up to the bound, never past it
		{"0.000000000000000001 USD", "0.00 USD"},
		{"123456789.123456789123 USD", "123456789.12 USD"}, // the decimal form
		{"123456789.125456789123 USD", "123456789.13 USD"},
	}
	for _, tt := range tests {
		if got := money.MustParse(tt.in).RoundToMinor(); got.String() != tt.want {
			t.Errorf("RoundToMinor(%s) = %v, want %s", tt.in, got, tt.want)
		}
	}
	var z money.Amount
	if !z.RoundToMinor().Equal(z) {
		t.Error("RoundToMinor changed the zero Amount")
	}
}

// TestRoundToWhole_DCRED1: 반올림 is half up to a whole unit (D-CRED-1).
func TestRoundToWhole_DCRED1(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2.5 USD", "3.00 USD"},
		{"2.4999 USD", "2.00 USD"},
		{"1.5 USD", "2.00 USD"}, // half up, not to even
		{"-2.5 USD", "-3.00 USD"},
		{"-2.4999 USD", "-2.00 USD"},
		{"7 KRW", "7 KRW"},
	}
	for _, tt := range tests {
		if got := money.MustParse(tt.in).RoundToWhole(); got.String() != tt.want {
			t.Errorf("RoundToWhole(%s) = %v, want %s", tt.in, got, tt.want)
		}
	}
}

// TestRatioHalfUp_DCRED1: price ÷ credit price, rounded half up to a whole
// credit (D-CRED-1), decided exactly.
func TestRatioHalfUp_DCRED1(t *testing.T) {
	m := money.MustParse
	tests := []struct {
		a, b    string
		places  int
		want    string
		wantErr error
	}{
		{"25 USD", "10 USD", 0, "3", nil},    // 2.5 → 3
		{"24.99 USD", "10 USD", 0, "2", nil}, // 2.499 → 2
		{"1 USD", "3 USD", 0, "0", nil},
		{"2 USD", "3 USD", 0, "1", nil}, // 0.666… → 1
		{"2 USD", "3 USD", 2, "0.67", nil},
		{"-25 USD", "10 USD", 0, "-3", nil},
		{"1000000000000000000 KRW", "0.000000000000000001 KRW", 0, "1000000000000000000000000000000000000", nil},
		{"999999999999999999.999999999999999999 USD", "3 USD", 18, "333333333333333333.333333333333333333", nil},
		{"999999999999999999 KRW", "0.1 KRW", 0, "9999999999999999990", nil},  // above 2^63: the big path
		{"123456789012345678.5 USD", "1 USD", 0, "123456789012345679", nil},   // an exact half on the big path: up
		{"-123456789012345678.5 USD", "1 USD", 0, "-123456789012345679", nil}, // its mirror
		{"123456789012345678.4 USD", "1 USD", 0, "123456789012345678", nil},
		{"2 USD", "0.1 USD", 18, "20", nil},                                      // 2 × 10^19 ÷ 1: the high word equals the divisor
		{"0.000000000000000001 USD", "100 USD", 0, "0", nil},                     // a shift of -20: beyond the integer path's powers
		{"1000000000000000000 KRW", "0.01 KRW", 0, "100000000000000000000", nil}, // a shift of +20
		{"1 USD", "0 USD", 0, "", money.ErrRange},
		{"1 USD", "1 USD", 19, "", money.ErrRange},
		{"1 USD", "1 USD", -1, "", money.ErrRange},
	}
	for _, tt := range tests {
		got, err := m(tt.a).RatioHalfUp(m(tt.b), tt.places)
		if !errors.Is(err, tt.wantErr) || (err == nil && !got.Equal(dec(tt.want))) {
			t.Errorf("%s ÷ %s to %d places = %s, %v; want %s, %v", tt.a, tt.b, tt.places, got, err, tt.want, tt.wantErr)
		}
	}
}

// TestJSONForm: the one JSON form of an amount, and the errors of the
// decoder, each wrapping a sentinel.
func TestJSONForm(t *testing.T) {
	b, err := json.Marshal(money.MustParse("12.5 USD"))
	if err != nil || string(b) != `{"amount":"12.50","currency":"USD"}` {
		t.Errorf("Marshal = %s, %v", b, err)
	}
	bad := []struct {
		in      string
		wantErr error
	}{
		{`{"amount":"NaN","currency":"USD"}`, money.ErrSyntax},
		{`{"amount":12.5,"currency":"USD"}`, money.ErrSyntax}, // decimals are strings
		{`{"amount":"1e400","currency":"USD"}`, money.ErrSyntax},
		{`{"amount":"5","currency":""}`, money.ErrCurrency},
		{`{"amount":"5"}`, money.ErrCurrency},
		{`{"amount":"5","currency":"XXX"}`, money.ErrCurrency},
		{`{"amount":"5","currency":5}`, money.ErrSyntax},
		{`[1,2]`, money.ErrSyntax},
		{`"12.50 USD"`, money.ErrSyntax},
		{`{"amount":"` + strings.Repeat("0", 300) + `","currency":"USD"}`, money.ErrRange},
		{`{"amount":"1000000000000000001","currency":"KRW"}`, money.ErrRange},
	}
	for _, tt := range bad {
		var a money.Amount
		if err := json.Unmarshal([]byte(tt.in), &a); !errors.Is(err, tt.wantErr) {
			t.Errorf("Unmarshal(%.60s) = %v, want %v", tt.in, err, tt.wantErr)
		}
	}
	// An amount inside a struct: null leaves it as it was.
	var v struct{ Price money.Amount }
	if err := json.Unmarshal([]byte(`{"Price":null}`), &v); err != nil || !v.Price.IsZero() {
		t.Errorf("null: %v, %v", v.Price, err)
	}
}

// TestEqualTellsEveryFieldApart: Equal is false when exactly one of
// currency and value differs, and true for the same amount written two
// ways.
func TestEqualTellsEveryFieldApart(t *testing.T) {
	m := money.MustParse
	tests := []struct {
		a, b string
		want bool
	}{
		{"12.5 USD", "12.50 USD", true},
		{"12.50 USD", "12.50 EUR", false}, // currency only
		{"12.50 USD", "12.51 USD", false}, // value only
		{"1.5 USD", "15 USD", false},      // the same digits, another exponent
		{"12.50 USD", "-12.50 USD", false},
		{"123456789.123456789123 USD", "123456789.1234567891230 USD", true}, // the decimal form
		{"123456789.123456789123 USD", "123456789.123456789124 USD", false}, // likewise, one unit apart
		{"123456789.123456789123 USD", "123456789.123456789123 EUR", false},
	}
	for _, tt := range tests {
		if got := m(tt.a).Equal(m(tt.b)); got != tt.want {
			t.Errorf("%s.Equal(%s) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestNonNegativeWrapsErrNegative: ErrNegative is the module's one
// negative-amount sentinel.
func TestNonNegativeWrapsErrNegative(t *testing.T) {
	if err := money.MustParse("-0.01 USD").NonNegative(); !errors.Is(err, money.ErrNegative) {
		t.Errorf("NonNegative(-0.01 USD) = %v", err)
	}
	for _, s := range []string{"0 USD", "0.01 USD"} {
		if err := money.MustParse(s).NonNegative(); err != nil {
			t.Errorf("NonNegative(%s) = %v", s, err)
		}
	}
}

// TestFromMinor counts in the currency's minor unit.
func TestFromMinor(t *testing.T) {
	tests := []struct {
		n    int64
		cur  currency.Unit
		want string
	}{
		{1250, currency.USD, "12.50 USD"},
		{1250, currency.KRW, "1250 KRW"},
		{1250, currency.MustParseISO("BHD"), "1.250 BHD"},
		{-1, currency.USD, "-0.01 USD"},
		{0, currency.USD, "0.00 USD"},
	}
	for _, tt := range tests {
		got, err := money.FromMinor(tt.n, tt.cur)
		if err != nil || got.String() != tt.want {
			t.Errorf("FromMinor(%d, %v) = %v, %v; want %s", tt.n, tt.cur, got, err, tt.want)
		}
	}
	if _, err := money.FromMinor(1<<62, currency.KRW); !errors.Is(err, money.ErrRange) {
		t.Errorf("FromMinor(2^62 KRW): %v", err)
	}
}

// TestArithmeticAllocatesNothing: the integer path of Add, Sub, Cmp, Mul by
// a small factor and the roundings allocates nothing.
func TestArithmeticAllocatesNothing(t *testing.T) {
	a, b := money.MustParse("1234.56 USD"), money.MustParse("0.125 USD")
	half := dec("0.5")
	n := testing.AllocsPerRun(100, func() {
		s, _ := a.Add(b)
		s, _ = s.Sub(b)
		_, _ = s.Cmp(a)
		s, _ = s.Mul(half)
		_ = s.RoundToMinor().RoundToWhole()
	})
	if n != 0 {
		t.Errorf("%v allocations, want 0", n)
	}
}

// TestRatioHalfUpTakesTheIntegerPath_DCRED1: a quotient that fits 63 bits,
// up to exactly 2^63 − 1 units of the last place, is computed in integers:
// one allocation, for the decimal it returns.
func TestRatioHalfUpTakesTheIntegerPath_DCRED1(t *testing.T) {
	for _, tt := range []struct {
		a, b   string
		places int
		want   string
	}{
		{"1234.56 USD", "0.125 USD", 2, "9876.48"},
		{"7 USD", "10 USD", 0, "1"},                                           // a negative shift (7 × 10^-1 ÷ 1): the divisor is scaled
		{"0.525732206100722221 USD", "0.057 USD", 18, "9.223372036854775807"}, // 2^63 − 1 units of 10^-18
	} {
		a, b := money.MustParse(tt.a), money.MustParse(tt.b)
		got, err := a.RatioHalfUp(b, tt.places)
		if err != nil || got.String() != tt.want {
			t.Errorf("%s ÷ %s = %v, %v; want %s", tt.a, tt.b, got, err, tt.want)
		}
		if n := testing.AllocsPerRun(100, func() { _, _ = a.RatioHalfUp(b, tt.places) }); n > 2 {
			t.Errorf("%s ÷ %s: %v allocations, want at most 2", tt.a, tt.b, n)
		}
	}
}

// TestParseTakesTheIntegerPath: numbers of up to 18 significant digits are
// read without allocating, and text longer than any amount is refused
// before it is copied.
func TestParseTakesTheIntegerPath(t *testing.T) {
	for _, s := range []string{"12.50 USD", "123456789012345678 KRW", "-0.123456789012345678 USD"} {
		if n := testing.AllocsPerRun(100, func() { _, _ = money.Parse(s) }); n != 0 {
			t.Errorf("Parse(%q): %v allocations, want 0", s, n)
		}
	}
	big := []byte(strings.Repeat("9", 1<<20) + " USD")
	var a money.Amount
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	err := a.UnmarshalText(big)
	runtime.ReadMemStats(&after)
	if !errors.Is(err, money.ErrRange) {
		t.Errorf("UnmarshalText(1 MB): %v, want %v", err, money.ErrRange)
	}
	if n := after.TotalAlloc - before.TotalAlloc; n > 64<<10 {
		t.Errorf("UnmarshalText(1 MB) allocated %d bytes, want it refused before copying", n)
	}
}

func TestCmpDiff(t *testing.T) {
	// cmp.Diff uses Equal.
	if d := cmp.Diff(money.MustParse("1.5 USD"), money.MustParse("1.50 USD")); d != "" {
		t.Errorf("cmp.Diff: %s", d)
	}
}

// TestMinorUnits counts whole minor units and refuses finer amounts.
func TestMinorUnits(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"12.50 USD", 1250, true},
		{"12 USD", 1200, true},
		{"-0.01 USD", -1, true},
		{"0.001 USD", 0, false},
		{"12345 KRW", 12345, true},
		{"0.5 KRW", 0, false},
		{"1000000000000000000 KRW", 1000000000000000000, true},
		{"10000000000000000 USD", 1000000000000000000, true},
		{"100000000000000000 USD", 0, false}, // 10^19 cents: beyond the integer path's 10^18
		{"123456789.123456789123 USD", 0, false},
		{"0 USD", 0, true},
	}
	for _, tt := range tests {
		n, ok := money.MustParse(tt.in).MinorUnits()
		if n != tt.want || ok != tt.ok {
			t.Errorf("MinorUnits(%s) = %d, %v; want %d, %v", tt.in, n, ok, tt.want, tt.ok)
		}
	}
	if n, ok := (money.Amount{}).MinorUnits(); n != 0 || !ok {
		t.Errorf("zero Amount: %d, %v", n, ok)
	}
}

// TestTextBoundaries: the length bound is exact (MaxTextLen bytes of number
// are read, one more is refused), and the syntax rows a number can break.
func TestTextBoundaries(t *testing.T) {
	at := "0." + strings.Repeat("0", money.MaxTextLen-3) + "1" // MaxTextLen bytes, 62 places
	if _, err := money.ParseDecimal(at); !errors.Is(err, money.ErrRange) || strings.Contains(err.Error(), "longer than") {
		t.Errorf("ParseDecimal(%d bytes) = %v; want the 18-place refusal, not the length one", len(at), err)
	}
	if money.MaxTextLen != 64 {
		t.Fatalf("MaxTextLen = %d, the documented bound is 64", money.MaxTextLen)
	}
	ok := strings.Repeat("0", 63) + "5" // 64 bytes: read
	if d, err := money.ParseDecimal(ok); err != nil || !d.Equal(dec("5")) {
		t.Errorf("ParseDecimal(%d zeros and 5) = %v, %v", money.MaxTextLen-1, d, err)
	}
	if _, err := money.ParseDecimal("0" + ok); !errors.Is(err, money.ErrRange) || !strings.Contains(err.Error(), "longer than") {
		t.Errorf("ParseDecimal(%d bytes) = %v; want the length refusal", money.MaxTextLen+1, err)
	}
	for _, s := range []string{"1.2.3", "--1", "+", "-", "1.", ".", "1e", "1 ", " 1", "١"} {
		if _, err := money.ParseDecimal(s); !errors.Is(err, money.ErrSyntax) {
			t.Errorf("ParseDecimal(%q) = %v, want ErrSyntax", s, err)
		}
	}
	long := strings.Repeat("x", 100)
	if _, err := money.ParseDecimal(long[:60]); err == nil || len(err.Error()) > 100 || !strings.Contains(err.Error(), "…") {
		t.Errorf("a refused input of 60 bytes is quoted in full: %v", err)
	}
	if _, err := money.ParseDecimal(long[:40]); err == nil || strings.Contains(err.Error(), "…") {
		t.Errorf("a refused input of 40 bytes is cut: %v", err)
	}
	var a money.Amount
	if err := a.UnmarshalText([]byte(ok + " USD")); err != nil || !a.Equal(money.MustParse("5 USD")) {
		t.Errorf("UnmarshalText(%d bytes) = %v, %v", len(ok)+4, a, err)
	}
	if err := a.UnmarshalText([]byte("0" + ok + " USD")); !errors.Is(err, money.ErrRange) {
		t.Errorf("UnmarshalText(%d bytes) = %v", len(ok)+5, err)
	}
	j := `{"amount":"` + strings.Repeat("0", 225) + `5","currency":"USD"}` // 256 bytes: parsed, the number refused by its length
	if err := a.UnmarshalJSON([]byte(j)); len(j) != 256 || !errors.Is(err, money.ErrRange) || !strings.Contains(err.Error(), "number of 226 bytes") {
		t.Errorf("UnmarshalJSON(%d bytes) = %v", len(j), err)
	}
	j = `{"amount":"` + strings.Repeat("0", 226) + `5","currency":"USD"}` // 257 bytes: refused whole
	if err := a.UnmarshalJSON([]byte(j)); !errors.Is(err, money.ErrRange) || !strings.Contains(err.Error(), "JSON of 257 bytes") {
		t.Errorf("UnmarshalJSON(%d bytes) = %v", len(j), err)
	}
}

// TestAccessors: Places, Abs, Neg, Decimal and Sign on both forms.
func TestAccessors(t *testing.T) {
	tests := []struct {
		in     string
		places int
		sign   int
	}{
		{"12.50 USD", 1, 1},
		{"-12.25 USD", 2, -1},
		{"1200 KRW", 0, 1},
		{"0 KRW", 0, 0},
		{"-123456789.123456789123 USD", 12, -1}, // the decimal form
		{"123456789.123456789123 USD", 12, 1},
	}
	for _, tt := range tests {
		a := money.MustParse(tt.in)
		if a.Places() != tt.places || a.Sign() != tt.sign || a.IsZero() != (tt.sign == 0) {
			t.Errorf("%s: Places %d Sign %d IsZero %v", tt.in, a.Places(), a.Sign(), a.IsZero())
		}
		if abs := a.Abs(); abs.Sign() < 0 || !abs.Decimal().Equal(a.Decimal().Abs()) || abs.Currency() != a.Currency() {
			t.Errorf("%s: Abs = %v", tt.in, abs)
		}
		if n := a.Neg(); !n.Decimal().Equal(a.Decimal().Neg()) || !n.Neg().Equal(a) {
			t.Errorf("%s: Neg = %v", tt.in, n)
		}
		if !a.Decimal().Equal(dec(strings.Fields(tt.in)[0])) {
			t.Errorf("%s: Decimal = %s", tt.in, a.Decimal())
		}
	}
	if z := money.Zero(currency.KRW); !z.IsZero() || z.Currency() != currency.KRW || z.String() != "0 KRW" {
		t.Errorf("Zero(KRW) = %v", z)
	}
}

// TestCmpOrders: Cmp on both forms and across them.
func TestCmpOrders(t *testing.T) {
	m := money.MustParse
	tests := []struct {
		a, b string
		want int
	}{
		{"1 USD", "2 USD", -1},
		{"2 USD", "1 USD", 1},
		{"1.50 USD", "1.5 USD", 0},
		{"-1 USD", "0.01 USD", -1},
		{"123456789.123456789123 USD", "123456789.123456789124 USD", -1},
		{"123456789.123456789124 USD", "123456789.123456789123 USD", 1},
		{"1000000000000000000 USD", "0.000000000000000001 USD", 1}, // alignment beyond 10^18: decimal
		{"0.000000000000000001 USD", "1000000000000000000 USD", -1},
	}
	for _, tt := range tests {
		if got, err := m(tt.a).Cmp(m(tt.b)); err != nil || got != tt.want {
			t.Errorf("%s cmp %s = %d, %v; want %d", tt.a, tt.b, got, err, tt.want)
		}
	}
}
