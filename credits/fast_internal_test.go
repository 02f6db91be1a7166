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
