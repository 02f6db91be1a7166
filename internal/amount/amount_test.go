package amount_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/internal/amount"
)

// TestCheckBoundaries puts a row on each bound the money packages share:
// 10^18 and 18 decimal places are accepted, one unit beyond is not, and any
// zero is accepted whatever its exponent.
func TestCheckBoundaries(t *testing.T) {
	tests := []struct {
		in   string
		want amount.Problem
	}{
		{"0", amount.OK},
		{"0e-2147483648", amount.OK},       // a zero, however written
		{"0e2147483647", amount.OK},        // likewise
		{"1000000000000000000", amount.OK}, // exactly 10^18
		{"1e18", amount.OK},                // the same, exponent 18
		{"1000000000000000000.000000000000000001", amount.TooLarge},
		{"2e18", amount.TooLarge},                 // exponent 18, one digit
		{"999999999999999999e1", amount.TooLarge}, // 18 digits, exponent 1
		{"9999999999999999999", amount.TooLarge},  // 19 digits, exponent 0
		{"999999999999999999", amount.OK},         // 18 digits
		{"0.000000000000000010", amount.OK},       // 18 places, written with 19
		{"1e19", amount.TooLarge},                 // exponent above 18
		{"1e2147483647", amount.TooLarge},         // absurd exponent: decided without scaling
		{"0.000000000000000001", amount.OK},       // 18 places
		{"0.0000000000000000001", amount.TooPrecise},
		{"0.1000000000000000000000000000000000000000", amount.OK},          // 40 places written, 1 meant
		{"0.10000000000000000000000000000000000000000", amount.TooPrecise}, // 41 written: refused by exponent
		{"1e-2147483648", amount.TooPrecise},
		{"-1", amount.Negative},
		{"-1e-2147483648", amount.Negative},
	}
	for _, tt := range tests {
		if got := amount.Check(decimal.RequireFromString(tt.in)); got != tt.want {
			t.Errorf("Check(%s) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

// IsSane accepts exactly the exponents from MinExponent to MaxExponent.
func TestIsSaneBounds(t *testing.T) {
	for exp, want := range map[int32]bool{
		amount.MinExponent - 1: false, amount.MinExponent: true, 0: true,
		amount.MaxExponent: true, amount.MaxExponent + 1: false,
	} {
		if got := amount.IsSane(decimal.New(7, exp)); got != want {
			t.Errorf("IsSane(7e%d) = %v, want %v", exp, got, want)
		}
	}
}

// Check decides the common amounts — a coefficient up to 2^53 and no
// positive exponent — without allocating, as its hot callers need.
func TestCheckOfCommonAmountsDoesNotAllocate(t *testing.T) {
	for _, in := range []string{"9007199254740992", "12", "0.5", "12.34", "0.000000000000000001", "-3", "0"} {
		d := decimal.RequireFromString(in)
		if allocs := testing.AllocsPerRun(100, func() { amount.Check(d) }); allocs != 0 {
			t.Errorf("Check(%s) allocates %v times", in, allocs)
		}
	}
}

// TestShowIsShortAndReadsBack: Show never writes more digits than the
// coefficient has, whatever the exponent, and its text parses back to the
// same number.
func TestShowIsShortAndReadsBack(t *testing.T) {
	for _, in := range []string{"12.5", "-1e-2147483648", "0e-2147483648", "7e2147483647", "1e18"} {
		d := decimal.RequireFromString(in)
		s := amount.Show(d)
		if len(s) > 30 {
			t.Errorf("Show(%s) = %d bytes", in, len(s))
		}
		back, err := decimal.NewFromString(s)
		if err != nil {
			t.Fatalf("Show(%s) = %q does not parse: %v", in, s, err)
		}
		// Compare coefficient and exponent: Equal would scale an absurd one.
		same := back.Exponent() == d.Exponent() && back.Coefficient().Cmp(d.Coefficient()) == 0
		if amount.IsSane(d) {
			same = back.Equal(d) && s == d.String() // the decimal text itself
		}
		if !same {
			t.Errorf("Show(%s) = %q reads back as another number", in, s)
		}
	}
}
