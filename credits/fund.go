package credits

import (
	"fmt"
	"math/big"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/contract/rule"
	"github.com/supportrules/unified/internal/amount"
)

// fundingRules are the rules of [FundedCredits].
var fundingRules = rule.Cite("FLEX-1", "CRED-1", "CRED-2")

// FundedCredits returns the Proactive Credits that funds buy at price, the
// then-current price of one credit at the location whose ledger they open:
// funds × fx ÷ price, where fx is the units of price's currency that one
// unit of funds' currency buys (1 when they are the same). funds is the
// Flex Allowance a contract year applies to Proactive Credits, in USD
// (package flex allocates it); the result is the opening balance of the
// host's ledger ([Open]).
//
// It returns an error wrapping [ErrFractional] when the funds do not buy a
// whole number of credits, [ErrInvalidRate] for a price or fx that is not
// positive, or an fx other than 1 within one currency, [money.ErrNegative]
// for negative funds, and [ErrOutOfRange] for more than [MaxCredits]
// credits or an fx out of range.
//
// Interpretation: the Work Order states Proactive Credits as a number of
// credits (CRED-1), bought with Flex Allowance (FLEX-1) at the credit price
// (CRED-2). No rule rounds a purchase of credits — D-CRED-1 rounds
// redemptions and MC-17 exchanges — and rounding one would create or lose
// money silently, so funds that buy a fraction of a credit are refused:
// the Work Order must apply an amount that buys whole credits.
//
// Rules FLEX-1, CRED-1, CRED-2 (§2.2, §2.3 table 8).
func FundedCredits(funds money.Amount, fx decimal.Decimal, price money.Amount) (int64, rule.Set, error) {
	switch {
	case price.Sign() <= 0:
		return 0, rule.Set{}, fmt.Errorf("%w: credit price %v (CRED-2)", ErrInvalidRate, price)
	case funds.Sign() < 0:
		return 0, rule.Set{}, fmt.Errorf("%w: funds %v", money.ErrNegative, funds)
	case fx.Sign() <= 0:
		return 0, rule.Set{}, fmt.Errorf("%w: currency rate %s", ErrInvalidRate, amount.Show(fx))
	}
	if err := checkAmount("currency rate", fx); err != nil {
		return 0, rule.Set{}, err
	}
	if (funds.IsZero() || funds.Currency() == price.Currency()) && !fx.Equal(oneRate) {
		return 0, rule.Set{}, fmt.Errorf("%w: currency rate %s within %v (MC-16)", ErrInvalidRate, amount.Show(fx), price.Currency())
	}
	q := new(big.Rat).Mul(funds.Decimal().Rat(), fx.Rat())
	q.Quo(q, price.Decimal().Rat())
	if !q.IsInt() {
		return 0, rule.Set{}, fmt.Errorf("%w: %v × %s ÷ %v = %s credits (CRED-1)", ErrFractional, funds, amount.Show(fx), price, q.FloatString(4))
	}
	n := q.Num()
	if !n.IsInt64() || n.Int64() > MaxCredits {
		return 0, rule.Set{}, fmt.Errorf("%w: %v buys more than %d credits", ErrOutOfRange, funds, MaxCredits)
	}
	return n.Int64(), fundingRules, nil
}
