package credits

import (
	"math/big"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/contract/money"
	"golang.org/x/text/currency"
	"pgregory.net/rapid"
)

// TestFastPathAgreesWithDecimal: Rules CRED-3, D-CRED-1, D-CRED-2 — the
// integer path of Redeem and Exchange (quotientInt) gives exactly the value
// and whole credits of the decimal path (quotient), its fallback and
// oracle, wherever it answers, for numerators of one to three factors of
// up to 64 bits; and intForm and decForm read every coefficient and
// exponent back.
func TestFastPathAgreesWithDecimal(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		coef := func(label string) uint64 {
			return rapid.OneOf(rapid.Uint64Range(1, 1000), rapid.Uint64Range(1, 1e18), rapid.Uint64Range(1, 1<<64-1)).Draw(t, label)
		}
		factors := rapid.IntRange(1, 3).Draw(t, "factors")
		n, big1 := word4{1}, big.NewInt(1)
		for i := range factors {
			c := coef("numeratorFactor")
			if i == 0 && factors > 1 {
				c = rapid.Uint64Range(0, uint64(MaxCredits)).Draw(t, "sentCredits")
			}
			n.mul(c)
			big1.Mul(big1, new(big.Int).SetUint64(c))
		}
		d := coef("divisor")
		s := rapid.IntRange(-25, 60).Draw(t, "shift")
		num := big1.String()
		fast, whole, ok := quotientInt(n, s, d)
		want, w, err := quotient(big1, int32(s-ValuePlaces), new(big.Int).SetUint64(d), 0)
		if !ok {
			if err == nil && s >= 0 && s <= 19 && factors == 1 && w < 1<<62 {
				t.Fatalf("the integer path declines %s×10^%d ÷ %d, worth %d credits", num, s, d, w)
			}
			return
		}
		if err != nil {
			if whole <= uint64(MaxCredits) {
				t.Fatalf("decimal path refuses (%v), fast path gives %d", err, whole)
			}
			return
		}
		if uint64(w) != whole || !fast.decimal().Equal(want) {
			t.Fatalf("%s×10^%d ÷ %d: fast %v → %d, decimal %v → %d", num, s, d, fast.decimal(), whole, want, w)
		}
	})
	rapid.Check(t, func(t *rapid.T) {
		c := rapid.Int64Range(1, 1e18).Draw(t, "coefficient")
		e := rapid.IntRange(-18, 0).Draw(t, "exponent")
		a := must(money.New(decimal.New(c, int32(e)), currency.KRW))
		ac, ae, ok := intForm(a)
		if !ok || !decimal.New(int64(ac), int32(ae)).Equal(a.Decimal()) {
			t.Fatalf("intForm(%v) = %d×10^%d, %v", a, ac, ae, ok)
		}
		x := decimal.New(c, int32(e))
		xc, xe, ok := decForm(x)
		if ok != (x.NumDigits() <= 18) || ok && !decimal.New(int64(xc), int32(xe)).Equal(x) {
			t.Fatalf("decForm(%v) = %d×10^%d, %v", x, xc, xe, ok)
		}
	})
}

// big returns x as a big.Int.
func (x word4) big() *big.Int {
	b := new(big.Int)
	for i := len(x) - 1; i >= 0; i-- {
		b.Lsh(b, 64).Or(b, new(big.Int).SetUint64(x[i]))
	}
	return b
}

// must3 returns the value of quotientInt, which must answer.
func must3(v creditValue, _ uint64, ok bool) creditValue {
	if !ok {
		panic("quotientInt declines")
	}
	return v
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// TestQuotientIntBoundaries: the integer path answers on both sides of
// each limit of its shifts and of its result, and agrees with the decimal
// path (D-CRED-1): 2.5 credits round up to 3, 2.4999… down to 2, and a
// value of 2^63 credits or more is left to the decimal path.
func TestQuotientIntBoundaries(t *testing.T) {
	const e18 = 1_000_000_000_000_000_000
	for _, tt := range []struct {
		a, b  uint64
		s     int
		ok    bool
		whole uint64
	}{
		{25, 10, 18, true, 3},               // 2.5 → 3
		{24999999999999999, 10, 3, true, 2}, // 2.4999… → 2
		{25, 10, 19, true, 25}, {25, 10, 20, true, 250}, {25, 10, 36, true, 25e17}, {25, 10, 37, false, 0},
		{25, 10, 38, false, 0}, // 25 × 10^20 credits
		{25, 10, -1, true, 0}, {25, 1, -19, true, 0}, {25, 2, -19, false, 0}, {25, 1, -20, false, 0},
		{5e18, 1, -2, true, 0},
		{25, 2, -1, true, 0},              // d × 10^19 is 2^64 + …: does not fit, so ÷ (d × 10) first
		{37, 2, 18, true, 19},             // 18.5 → 19: 18 × 10^18 + 5 × 10^17 carries into the high word            // 0.05 credits: d × 10^20 does not fit 64 bits, so n ÷ (d × 10^2), then ÷ 10^18
		{1 << 62, 1 << 62, -19, false, 0}, // the scaled divisor overflows 64 bits
		{1 << 63, 1, 18, false, 0},        // exactly 2^63 credits
		{1<<63 - 1, 1, 18, true, 1<<63 - 1},
		{e18 / 2, e18, 18, true, 1}, // ½ → 1
		{e18/2 - 1, e18, 18, true, 0},
	} {
		v, whole, ok := quotientInt(word4{tt.a}, tt.s, tt.b)
		if ok != tt.ok || whole != tt.whole {
			t.Errorf("quotientInt(%d, %d, %d) = %d, %v; want %d, %v", tt.a, tt.s, tt.b, whole, ok, tt.whole, tt.ok)
			continue
		}
		if !ok {
			continue
		}
		d, w, err := quotient(new(big.Int).SetUint64(tt.a), int32(tt.s-ValuePlaces), new(big.Int).SetUint64(tt.b), 0)
		if err == nil && (uint64(w) != whole || !v.decimal().Equal(d)) {
			t.Errorf("quotientInt(%d, %d, %d) = %v → %d, decimal %v → %d", tt.a, tt.s, tt.b, v.decimal(), whole, d, w)
		}
	}
	// 10^-19 credits truncates to zero at 18 places: the zero Decimal, as
	// the zero creditValue gives, not 0 × 10^-18.
	for _, v := range []creditValue{{}, must3(quotientInt(word4{1}, -1, 1))} {
		if d := v.decimal(); !d.IsZero() || d.Exponent() != 0 {
			t.Errorf("%+v.decimal() = %v × 10^%d, want the zero Decimal", v, d, d.Exponent())
		}
	}
	// mul and quo agree with math/big on every carry and borrow.
	rapid.Check(t, func(t *rapid.T) {
		word := rapid.OneOf(rapid.Uint64(), rapid.SampledFrom([]uint64{0, 1, 1<<64 - 1, 1<<63 - 1}))
		x := word4{word.Draw(t, "w0"), word.Draw(t, "w1"), word.Draw(t, "w2"), rapid.OneOf(rapid.Just[uint64](0), word).Draw(t, "w3")}
		m := rapid.OneOf(rapid.Uint64Range(1, 1<<64-1), rapid.SampledFrom([]uint64{1<<64 - 1, 1e19})).Draw(t, "factor")
		want := new(big.Int).Mul(x.big(), new(big.Int).SetUint64(m))
		y := x
		if fits := y.mul(m); fits != (want.BitLen() <= 256) || fits && y.big().Cmp(want) != 0 {
			t.Fatalf("%v × %d = %v (fits %v), want %v", x.big(), m, y.big(), fits, want)
		}
		if x != (word4{}) {
			q := x
			q.quo(m)
			if want := new(big.Int).Quo(x.big(), new(big.Int).SetUint64(m)); q.big().Cmp(want) != 0 {
				t.Fatalf("%v ÷ %d = %v, want %v", x.big(), m, q.big(), want)
			}
		}
	})
	x := word4{0, 0, 0, 2}
	if x.mul(1<<63) || !x.mul(1) {
		t.Error("mul does not report a product beyond 256 bits")
	}
	// intForm reads minor digits and leading zeros back exactly.
	for _, s := range []string{"1.00 USD", "0.000000000000000001 USD", "10000000000000000 USD", "12.50 USD", "0.10 USD"} {
		a := money.MustParse(s)
		c, e, ok := intForm(a)
		if !ok || !decimal.New(int64(c), int32(e)).Equal(a.Decimal()) {
			t.Errorf("intForm(%s) = %d×10^%d, %v", s, c, e, ok)
		}
	}
	if _, _, ok := intForm(money.MustParse("999999999999999999.999999999999999999 USD")); ok {
		t.Error("intForm accepts a 37-digit coefficient")
	}
	// A coefficient of 2^64 + 5 reads as 5 in its low 64 bits: intForm and
	// decForm see that the reading is not the amount and decline it. With
	// one place or none, a coefficient of 19 digits reads as 10^18 or more,
	// or (from 2^63) as a negative int64: declined too.
	wide := "18.446744073709551621"
	for _, s := range []string{wide, "184467440737095516.21", "123456789012345678.9", "999999999999999999.9"} {
		if c, e, ok := intForm(money.MustParse(s + " USD")); ok {
			t.Errorf("intForm(%s USD) = %d×10^%d, true", s, c, e)
		}
	}
	for _, s := range []string{"99999999999999999.9 USD", "999999999999999999 KRW", "1000000000000000000 KRW", "0.05 KRW"} {
		a := money.MustParse(s)
		if c, e, ok := intForm(a); !ok || !decimal.New(int64(c), int32(e)).Equal(a.Decimal()) {
			t.Errorf("intForm(%s) = %d×10^%d, %v", s, c, e, ok)
		}
	}
	if c, e, ok := decForm(decimal.RequireFromString(wide)); ok {
		t.Errorf("decForm(%s) = %d×10^%d, true", wide, c, e)
	}
	for _, s := range []string{"999999999999999999", "0.999999999999999999"} { // 18 digits: the most decForm reads
		if c, e, ok := decForm(decimal.RequireFromString(s)); !ok || !decimal.New(int64(c), int32(e)).Equal(decimal.RequireFromString(s)) {
			t.Errorf("decForm(%s) = %d×10^%d, %v", s, c, e, ok)
		}
	}
}
