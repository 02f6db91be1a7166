package flex_test

import (
	"encoding/json"
	"errors"
	"strings"
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

// TestAmountsThatWouldWrapAroundAreTooLarge: amounts are converted to int64
// cents; an amount whose cents overflow int64 must be refused as too large,
// not wrapped around to a small sum (FLEX-1, FLEX-2: the allowance and the
// cap bound real money). Both rows wrap to a few cents in 64-bit
// arithmetic: 612402043502525 × 10^13 ≡ 8192 and 1106804644422573097 × 100
// ≡ 4 (mod 2^64). Mutation testing showed no test needed the guard.
func TestAmountsThatWouldWrapAroundAreTooLarge(t *testing.T) {
	for _, s := range []string{"612402043502525e11", "1106804644422573097"} {
		if _, err := flex.CreditsCap(usd(s)); !errors.Is(err, flex.ErrAmountTooLarge) {
			t.Errorf("CreditsCap(%s) error %v, want ErrAmountTooLarge", s, err)
		}
		_, err := flex.Allocate(usd("300000"), []flex.Request{{Use: flex.ProactiveServices, Amount: usd(s)}})
		if !errors.Is(err, flex.ErrAmountTooLarge) {
			t.Errorf("Allocate(300000, [%s]) error %v, want ErrAmountTooLarge", s, err)
		}
	}
}

// TestAmountsReadBackFromJSON: every Allocation that Allocate returns reads
// back from its JSON, even when an amount was written with fifty decimal
// places, and a decoded amount never carries an exponent that would make a
// later sum or comparison scale a number by 10^2147483648 (FLEX-1; bad
// input is an error, never a hang).
func TestAmountsReadBackFromJSON(t *testing.T) {
	long := "100." + strings.Repeat("0", 50) // 100 USD, written with 50 places
	a, err := flex.Allocate(usd("3"+long[1:]), []flex.Request{{Use: flex.ProactiveServices, Amount: usd(long)}})
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var back flex.Allocation
	if err := json.Unmarshal(b, &back); err != nil || !back.Equal(a) {
		t.Fatalf("JSON round trip of %s: %v", b, err)
	}
	for _, tt := range []struct {
		in   string
		want error
	}{
		{`{"use":"proactive-services","amount":"1e-2147483648"}`, flex.ErrFractionalCent},
		{`{"use":"proactive-services","amount":"1e2147483647"}`, flex.ErrAmountTooLarge},
	} {
		var r flex.Request
		if err := json.Unmarshal([]byte(tt.in), &r); !errors.Is(err, tt.want) {
			t.Errorf("Unmarshal(%s) error %v, want one wrapping %v", tt.in, err, tt.want)
		}
	}
	var r flex.Request
	if err := json.Unmarshal([]byte(`{"use":"proactive-services","amount":"0e-2147483648"}`), &r); err != nil ||
		r.Amount.Exponent() != 0 || !r.Amount.IsZero() {
		t.Errorf("a zero written 0e-2147483648 decodes as %s×10^%d, %v; want the plain zero", r.Amount.Coefficient(), r.Amount.Exponent(), err)
	}
}
