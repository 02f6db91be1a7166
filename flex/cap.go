package flex

import "github.com/supportrules/unified/contract/money"

// CreditsCap returns the most of allowance, one contract year's allocated
// Flex Allowance in USD, that may go to Proactive Credits and Custom
// Proactive Services together: 20% of allowance or 50,000 USD, whichever is
// greater, but never more than allowance itself. The cap is inclusive: a
// total exactly at the cap is allowed.
//
// The result is exact, with no rounding: 20% of a whole-cent amount can end
// in a tenth of a cent (20% of 300,000.01 is 60,000.002), and the cap is
// that value. allowance must be whole US cents from 0 to [MaxAmountUSD]
// (the zero Amount counts as 0 USD), or the error wraps
// [money.ErrCurrency] (another currency), [money.ErrNegative],
// [ErrFractionalCent] or [ErrAmountTooLarge].
//
// Interpretation: D-FLEX-1 (AMB-1) — the literal "20% or $50,000, whichever
// is higher" is bounded by the allowance (reading 2), applies to each
// contract year's allocation separately, and is one combined cap for both
// uses. The 50,000 floor is in USD; a contract in another currency must
// state its own floor, which this package does not take, so its amounts are
// refused rather than compared with a USD floor.
//
// Rules FLEX-2, D-FLEX-1 (§2.2 Flex Allowance).
func CreditsCap(allowance money.Amount) (money.Amount, error) {
	a, err := centsOf(allowance, "allowance")
	if err != nil {
		return money.Amount{}, err
	}
	return millsToUSD(capMills(a)), nil
}

// capMills returns the credits cap, in thousandths of a dollar, for an
// allowance of a cents: min(A, max(20% × A, 50,000)). With A in cents, A is
// 10·a mills and 20% of A is exactly 2·a mills. Rules FLEX-2, D-FLEX-1.
func capMills(a int64) int64 {
	return min(10*a, max(2*a, creditsFloorMills))
}
