package flex_test

import (
	"encoding/json"
	"testing"

	"github.com/supportrules/unified/flex"
)

// TestZeroAmountsWithAbsurdExponentsStayCheap: a zero amount is valid
// whatever its exponent (FLEX-1: a zero request is granted and changes
// nothing), but a zero written 0e-2147483648 kept in an Allocation made
// every later sum (ByUse) or comparison (Equal) scale the other operand by
// 10^2147483648 and run out of memory. Allocate now keeps any zero as the
// plain zero (DEVELOPERS §5: never a panic or a hang on input).
func TestZeroAmountsWithAbsurdExponentsStayCheap(t *testing.T) {
	for _, z := range []string{"0e-2147483648", "0e2147483647"} {
		a, err := flex.Allocate(usd("300000"), []flex.Request{
			{Use: flex.ProactiveServices, Amount: usd(z)},
			{Use: flex.ProactiveServices, Amount: usd("100")},
			{Use: flex.ProactiveCredits, Amount: usd(z)},
		})
		if err != nil {
			t.Fatalf("Allocate with a zero %s: %v", z, err)
		}
		if got := a.ByUse(flex.ProactiveServices); !got.Equal(usd("100")) {
			t.Errorf("ByUse(ProactiveServices) = %s, want 100", got)
		}
		for i, r := range a.Granted {
			if e := r.Amount.Exponent(); e < -2 || e > 0 {
				t.Errorf("Granted[%d].Amount kept exponent %d", i, e)
			}
		}
		zero, err := flex.Allocate(usd(z), []flex.Request{{Use: flex.CustomProactive, Amount: usd(z)}})
		if err != nil {
			t.Fatalf("Allocate(%s): %v", z, err)
		}
		plain, err := flex.Allocate(usd("0"), []flex.Request{{Use: flex.CustomProactive, Amount: usd("0")}})
		if err != nil {
			t.Fatal(err)
		}
		if !zero.Equal(plain) || !zero.CapRemaining().IsZero() {
			t.Errorf("Allocate(%s) = %+v, want the allocation of a zero allowance", z, zero)
		}
		if _, err := json.Marshal(zero); err != nil {
			t.Errorf("Marshal: %v", err)
		}
	}
}
