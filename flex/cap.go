package flex

import (
	"github.com/shopspring/decimal"
)

// creditsFloorMills is the 50,000 USD floor of the credits cap, in
// thousandths of a dollar (D-FLEX-1).
const creditsFloorMills = 50_000 * 1000

// creditsFloor is the floor as a decimal, shared by every result that is
// exactly the floor (decimal values are never modified in place, so sharing
// one is safe).
var creditsFloor = decimal.New(50_000, 0)

// CreditsCap returns the most of allowance, one contract year's allocated
// Flex Allowance in USD, that may go to Proactive Credits and Custom
// Proactive Services together: 20% of allowance or 50,000 USD, whichever is
// greater, but never more than allowance itself. The cap is inclusive: a
// total exactly at the cap is allowed.
//
// The result is exact, with no rounding: 20% of a whole-cent amount can end
// in a tenth of a cent (20% of 300,000.01 is 60,000.002), and the cap is
// that value. Amounts are exact to the cent; allowance must be from 0 to
// [MaxAmountUSD], or the error wraps [ErrNegativeAmount],
// [ErrFractionalCent] or [ErrAmountTooLarge].
//
// Interpretation: D-FLEX-1 (AMB-1) — the literal "20% or $50,000, whichever
// is higher" is bounded by the allowance (reading 2), applies to each
// contract year's allocation separately, and is one combined cap for both
// uses. The 50,000 floor is in USD, the currency of every amount here.
//
// Rules FLEX-2, D-FLEX-1 (§2.2 Flex Allowance).
func CreditsCap(allowance decimal.Decimal) (decimal.Decimal, error) {
	a, err := centsOf(allowance, "allowance")
	if err != nil {
		return decimal.Decimal{}, err
	}
	return millsToUSD(capMills(a)), nil
}

// capMills returns the credits cap, in thousandths of a dollar, for an
// allowance of a cents: min(A, max(20% × A, 50,000)). With A in cents, A is
// 10·a mills and 20% of A is exactly 2·a mills. Rules FLEX-2, D-FLEX-1.
func capMills(a int64) int64 {
	return min(10*a, max(2*a, creditsFloorMills))
}

// millsToUSD returns m thousandths of a dollar as an exact decimal, to the
// cent when m is a whole number of cents.
func millsToUSD(m int64) decimal.Decimal {
	switch {
	case m == creditsFloorMills:
		return creditsFloor
	case m == 0:
		return decimal.Decimal{}
	case m%10 == 0:
		return decimal.New(m/10, -2)
	}
	return decimal.New(m, -3)
}
