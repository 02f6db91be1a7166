package credits

import (
	"math/big"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/contract/money"
	"golang.org/x/text/currency"
	"pgregory.net/rapid"
)

// TestFastPathAgreesWithDecimal: Rules CRED-3, D-CRED-1 — the integer path
// of Redeem (quotient64) gives exactly the value and whole credits of the
// decimal path (quotient), its fallback and oracle, wherever it answers;
// and intForm reads every amount's coefficient and exponent back.
func TestFastPathAgreesWithDecimal(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		pc := rapid.OneOf(rapid.Uint64Range(1, 1000), rapid.Uint64Range(1, 1e18)).Draw(t, "priceCoefficient")
		rc := rapid.OneOf(rapid.Uint64Range(1, 1000), rapid.Uint64Range(1, 1e18)).Draw(t, "rateCoefficient")
		pe := rapid.IntRange(-18, 0).Draw(t, "priceExponent")
		re := rapid.IntRange(-18, 0).Draw(t, "rateExponent")
		s := pe - re + ValuePlaces
		fast, whole, ok := quotient64(pc, s, rc)
		if !ok {
			return
		}
		d, w, err := quotient(new(big.Int).SetUint64(pc), int32(pe), new(big.Int).SetUint64(rc), int32(re))
		if err != nil {
			if whole <= uint64(MaxCredits) {
				t.Fatalf("decimal path refuses (%v), fast path gives %d", err, whole)
			}
			return
		}
		if uint64(w) != whole || !fast.decimal().Equal(d) {
			t.Fatalf("%d×10^%d ÷ %d×10^%d: fast %v → %d, decimal %v → %d", pc, pe, rc, re, fast.decimal(), whole, d, w)
		}
		a := must(money.New(decimal.New(int64(pc), int32(pe)), currency.KRW))
		c, e, ok := intForm(a)
		if !ok || !decimal.New(int64(c), int32(e)).Equal(a.Decimal()) {
			t.Fatalf("intForm(%v) = %d×10^%d, %v", a, c, e, ok)
		}
	})
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// TestQuotient64Boundaries: the integer path answers on both sides of each
// limit of its shifts, and agrees with the decimal path (D-CRED-1).
func TestQuotient64Boundaries(t *testing.T) {
	for _, tt := range []struct {
		a, b uint64
		s    int
		ok   bool
	}{
		{25, 10, 0, true}, {25, 10, 19, true}, {25, 10, 20, true}, {25, 10, 37, true},
		{25, 10, 38, false}, {25, 10, -1, true}, {25, 1, -19, true}, {25, 2, -19, false}, {25, 1, -20, false},
		{1 << 62, 1 << 62, -19, false}, // the scaled divisor overflows 64 bits
	} {
		v, whole, ok := quotient64(tt.a, tt.s, tt.b)
		if ok != tt.ok {
			t.Errorf("quotient64(%d, %d, %d) ok = %v, want %v", tt.a, tt.s, tt.b, ok, tt.ok)
			continue
		}
		if !ok {
			continue
		}
		d, w, err := quotient(new(big.Int).SetUint64(tt.a), int32(tt.s-ValuePlaces), new(big.Int).SetUint64(tt.b), 0)
		if err == nil && (uint64(w) != whole || !v.decimal().Equal(d)) {
			t.Errorf("quotient64(%d, %d, %d) = %v → %d, decimal %v → %d", tt.a, tt.s, tt.b, v.decimal(), whole, d, w)
		}
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
}
