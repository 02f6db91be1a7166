package credits

import (
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/contract/rule"
	"github.com/supportrules/unified/internal/amount"
	"golang.org/x/text/currency"
)

// fundingRules are the rules of [FundedCredits].
var fundingRules = rule.Cite("FLEX-1", "CRED-1", "CRED-2")

// A Funding is Flex Allowance turned into Proactive Credits: the opening
// balance of a location's ledger ([Open] with Credits) and the exact
// value it was bought for. Value is Credits × the credit price, exactly:
// no rounding is applied anywhere (see [FundedCredits]), so the funds, the
// value and the credits always agree. Fundings cannot be compared with
// ==; use [Funding.Equal]. The zero Funding is no credits for no money.
//
// Rules FLEX-1, CRED-1, CRED-2 (§2.2, §2.3 table 8).
type Funding struct {
	_       [0]func()    // forbid ==: Value may hold a pointer
	Credits int64        // the credits bought: the ledger's opening balance (CRED-1)
	Value   money.Amount // funds × fx, exactly, in the credit price's currency: Credits × price
	Rules   rule.Set     // FLEX-1, CRED-1, CRED-2
}

// Equal reports whether f and g buy the same credits for the same value
// under the same rules.
func (f Funding) Equal(g Funding) bool {
	return f.Credits == g.Credits && f.Value.Equal(g.Value) && f.Rules == g.Rules
}

type fundingJSON struct {
	Credits int64        `json:"credits"`
	Value   money.Amount `json:"value"`
	Rules   rule.Set     `json:"rules"`
}

// MarshalJSON encodes f as {"credits", "value", "rules"}, the value as an
// amount ({"amount": "78000000", "currency": "KRW"}).
func (f Funding) MarshalJSON() ([]byte, error) {
	return json.Marshal(fundingJSON{f.Credits, f.Value, f.Rules})
}

// UnmarshalJSON decodes what [Funding.MarshalJSON] encodes, each error
// wrapping [ErrInvalidEntry] (and money's sentinels for the value). It
// checks the syntax only.
func (f *Funding) UnmarshalJSON(b []byte) error {
	var j fundingJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("%w: funding: %w", ErrInvalidEntry, err)
	}
	*f = Funding{Credits: j.Credits, Value: j.Value, Rules: j.Rules}
	return nil
}

// FundedCredits returns the Proactive Credits that funds buy at price, the
// then-current price of one credit at the location whose ledger they open:
// funds × fx ÷ price, where fx is the units of price's currency that one
// unit of funds' currency buys (1 when they are the same). funds is the
// Flex Allowance a contract year applies to Proactive Credits, in USD
// (package flex allocates it); the result's Credits are the opening
// balance of the host's ledger ([Open]) and its Value what they cost in
// price's currency.
//
// It returns an error wrapping [ErrFractional] when the funds do not buy a
// whole number of credits, [ErrInvalidRate] for a price or fx that is not
// positive, or an fx other than 1 within one currency or for the zero
// Amount, which has none; [money.ErrNegative] for negative funds; and
// [ErrOutOfRange] for more than [MaxCredits] credits, a value beyond
// 10^18, or an fx out of range.
//
// Rounding: none. Interpretation: the Work Order states Proactive Credits
// as a number of credits (CRED-1), bought with Flex Allowance (FLEX-1) at
// the credit price (CRED-2). No rule rounds a purchase of credits —
// D-CRED-1 rounds redemptions and MC-17 exchanges — and rounding one would
// create or lose money silently, so funds that buy a fraction of a credit
// are refused: the Work Order must apply an amount that buys whole
// credits.
//
// Rules FLEX-1, CRED-1, CRED-2 (§2.2, §2.3 table 8).
func FundedCredits(funds money.Amount, fx decimal.Decimal, price money.Amount) (Funding, error) {
	switch {
	case price.Sign() <= 0:
		return Funding{}, fmt.Errorf("%w: credit price %v (CRED-2)", ErrInvalidRate, price)
	case funds.Sign() < 0:
		return Funding{}, fmt.Errorf("%w: funds %v", money.ErrNegative, funds)
	case fx.Sign() <= 0:
		return Funding{}, fmt.Errorf("%w: currency rate %s", ErrInvalidRate, amount.Show(fx))
	}
	if err := checkAmount("currency rate", fx); err != nil {
		return Funding{}, err
	}
	if (funds.Currency() == price.Currency() || funds.Currency() == (currency.Unit{})) && !fx.Equal(oneRate) {
		return Funding{}, fmt.Errorf("%w: currency rate %s within %v (MC-16)", ErrInvalidRate, amount.Show(fx), price.Currency())
	}
	q := new(big.Rat).Mul(funds.Decimal().Rat(), fx.Rat())
	q.Quo(q, price.Decimal().Rat())
	if !q.IsInt() {
		return Funding{}, fmt.Errorf("%w: %v × %s ÷ %v = %s credits (CRED-1)", ErrFractional, funds, amount.Show(fx), price, q.FloatString(4))
	}
	n := q.Num()
	if !n.IsInt64() || n.Int64() > MaxCredits {
		return Funding{}, fmt.Errorf("%w: %v buys more than %d credits", ErrOutOfRange, funds, MaxCredits)
	}
	// Credits × price is funds × fx exactly, since the quotient is whole.
	value, err := price.Mul(decimal.New(n.Int64(), 0))
	if err != nil {
		return Funding{}, fmt.Errorf("%w: %d credits at %v: %w", ErrOutOfRange, n.Int64(), price, err)
	}
	return Funding{Credits: n.Int64(), Value: value, Rules: fundingRules}, nil
}
