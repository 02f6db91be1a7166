package credits

import (
	"fmt"
	"math/big"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/contract/rule"
	"github.com/supportrules/unified/internal/amount"
)

// MaxCredits is the largest balance, deduction or transfer, in credits,
// that this package accepts. No real Work Order comes near it; larger
// numbers are rejected with [ErrOutOfRange] as data errors.
const MaxCredits int64 = 1_000_000_000_000

// ValuePlaces is the number of decimal places of [Redemption.Value] and of
// other exact credit values: a quotient that terminates within ValuePlaces
// places is exact, a longer one is truncated after the last place.
//
// Truncation never changes a rounded result: every half credit (k + 0.5)
// lies on the grid of multiples of 10^-ValuePlaces, so a value is at least
// k + 0.5 exactly when its truncation is. The deduction is therefore the
// same as if it were computed from the exact rational quotient, which the
// tests check against math/big.
const ValuePlaces = 18

// A Redemption is the result of exchanging Proactive Credits for a service
// at the then-current rate: the whole credits deducted from the balance, the
// balance that remains, and the exact value they were rounded from.
//
// Deducted + Remaining is always the balance redeemed from, Remaining is
// never negative, and Deducted is within half a credit of Value. The zero
// Redemption deducts nothing from a zero balance. Redemption values cannot
// be compared with ==; use [Redemption.Equal].
type Redemption struct {
	_         [0]func() // forbid ==: the value may hold a pointer
	Deducted  int64     // whole credits taken from the balance: round_half_up(Value)
	Remaining int64     // balance after the deduction, never negative
	Rules     rule.Set  // CRED-2, CRED-3, D-CRED-1
	value     creditValue
}

// Value returns price ÷ rate, exact to [ValuePlaces] places (truncated),
// before rounding: the value Deducted was rounded from. It builds the
// decimal on request, so [Redeem] itself allocates nothing for it.
func (r Redemption) Value() decimal.Decimal { return r.value.decimal() }

// Equal reports whether r and s deduct the same credits from the same value
// and cite the same rules.
func (r Redemption) Equal(s Redemption) bool {
	return r.Deducted == s.Deducted && r.Remaining == s.Remaining && r.value.equal(s.value) && r.Rules == s.Rules
}

// redemptionRules are the rules every redemption cites.
var redemptionRules = rule.Cite("CRED-2", "CRED-3", "D-CRED-1")

// Redeem exchanges credits from balance for a service whose price is price,
// at rate, the then-current price of one credit in the same currency
// (supplied by the Microsoft representative). It deducts price ÷ rate
// rounded half up to a whole credit, so a service worth 2.5 credits costs 3
// and one worth 2.4999… costs 2.
//
// It returns an error wrapping [money.ErrCurrency] when price and rate are
// in different currencies — a USD price on a KRW rate is never worth 0
// credits — [ErrInsufficient] (an [*InsufficientError]) when the deduction
// is larger than balance: a balance never goes negative and a redemption is
// never partly made; [ErrInvalidRate] when rate is not positive;
// [money.ErrNegative] when price or balance is negative; and
// [ErrOutOfRange] for a balance or deduction above [MaxCredits]. It never
// panics, does not depend on decimal's package settings, and, for prices
// and rates whose coefficients fit in 64 bits, computes in integers without
// allocating.
//
// Interpretation: D-CRED-1 (AMB-4) — 반올림 is round half up, the unit is
// one whole credit, and the service's value is rounded once, before it is
// deducted.
//
// Rules CRED-2, CRED-3, D-CRED-1 (§2.3 table 8, Proactive Credits).
func Redeem(balance int64, price, rate money.Amount) (Redemption, error) {
	if err := checkCredits("balance", balance); err != nil {
		return Redemption{}, err
	}
	v, deducted, err := valueOf(price, rate)
	if err != nil {
		return Redemption{}, err
	}
	if deducted > balance {
		return Redemption{}, &InsufficientError{Balance: balance, Needed: deducted}
	}
	return Redemption{Deducted: deducted, Remaining: balance - deducted, value: v, Rules: redemptionRules}, nil
}

// checkPrices validates a price and a rate (the price of one credit): the
// same currency, the rate positive, the price not negative. A zero price
// may have no currency (the zero Amount).
func checkPrices(price, rate money.Amount) error {
	switch {
	case rate.Sign() <= 0:
		return fmt.Errorf("%w: rate %v (CRED-2)", ErrInvalidRate, rate)
	case price.Sign() < 0:
		return fmt.Errorf("%w: price %v", money.ErrNegative, price)
	case !price.IsZero() && price.Currency() != rate.Currency():
		return fmt.Errorf("%w: a price of %v at a rate of %v per credit (CRED-2)", money.ErrCurrency, price, rate)
	}
	return nil
}

// valueOf returns price ÷ rate to ValuePlaces places (truncated) and the
// whole credits it rounds to under D-CRED-1.
//
// A positive price and rate in one currency whose coefficients fit in 64
// bits (every real price) pass checkPrices by construction and take the
// integer path; everything else is checked first and, when valid, goes to
// the decimal path.
func valueOf(price, rate money.Amount) (v creditValue, deducted int64, err error) {
	pc, pe, okp := intForm(price)
	rc, re, okr := intForm(rate)
	if okp && okr && price.Currency() == rate.Currency() {
		if q, whole, ok := quotientInt(word4{pc}, pe-re+ValuePlaces, rc); ok {
			if whole > uint64(MaxCredits) {
				err = fmt.Errorf("%w: %v at %v per credit is more than %d credits", ErrOutOfRange, price, rate, MaxCredits)
				return
			}
			return q, int64(whole), nil
		}
	}
	if err = checkPrices(price, rate); err != nil {
		return
	}
	// A zero price (a free service) costs 0 credits here too.
	pd, rd := price.Decimal(), rate.Decimal()
	d, deducted, err := quotient(pd.Coefficient(), pd.Exponent(), rd.Coefficient(), rd.Exponent())
	if err != nil {
		return
	}
	return creditValue{d: d, wide: true}, deducted, nil
}

// quotient returns a×10^ea ÷ (b×10^eb), a ≥ 0 and b > 0, to ValuePlaces
// places (truncated), and the whole credits it rounds to under D-CRED-1, or
// an error wrapping ErrOutOfRange above MaxCredits. It may modify a and b.
//
// value × 10^18 = a×10^ea ÷ (b×10^eb) × 10^18 = a × 10^(ea−eb+18) ÷ b: one
// exact integer division, the QuoRem decimal.QuoRem(rate, ValuePlaces)
// would do, with shared powers of ten. The quotient truncates toward zero,
// which decides half-up exactly (see ValuePlaces).
func quotient(a *big.Int, ea int32, b *big.Int, eb int32) (decimal.Decimal, int64, error) {
	shift := int(ea) - int(eb) + ValuePlaces
	scale(a, max(shift, 0))
	scale(b, max(-shift, 0))
	q := a.Quo(a, b)
	whole := roundHalfUpScaled(q)
	if !whole.IsInt64() || whole.Int64() > MaxCredits {
		return decimal.Decimal{}, 0, fmt.Errorf("%w: %s credits is more than %d", ErrOutOfRange, whole, MaxCredits)
	}
	return decimal.NewFromBigInt(q, -ValuePlaces), whole.Int64(), nil
}

// scale multiplies x by 10^n, n ≥ 0, in place. Exponents the checks accept
// keep n below 100, so it multiplies at most twice.
func scale(x *big.Int, n int) {
	for n > 0 {
		k := min(n, amount.MaxPow10)
		x.Mul(x, pow10(k))
		n -= k
	}
}

// roundHalfUpScaled rounds a non-negative credit value half up to a whole
// credit (2.5 → 3, 2.4999… → 2), the value given as q × 10^-ValuePlaces: it returns ⌊(q + ½×10^18) ÷ 10^18⌋, the
// whole credits q rounds to, half up. It does not modify q.
//
// Rules CRED-3, MC-17, D-CRED-1, D-CRED-2 (AMB-4).
func roundHalfUpScaled(q *big.Int) *big.Int {
	w := new(big.Int).Add(q, halfCreditScaled)
	return w.Quo(w, pow10(ValuePlaces))
}

// halfCreditScaled is half a credit, ½ × 10^ValuePlaces, read-only.
var halfCreditScaled = new(big.Int).Mul(big.NewInt(5), pow10(ValuePlaces-1))

// checkCredits validates a number of whole credits.
func checkCredits(what string, n int64) error {
	switch {
	case n < 0:
		return fmt.Errorf("%w: %s %d credits", money.ErrNegative, what, n)
	case n > MaxCredits:
		return fmt.Errorf("%w: %s %d credits is more than %d", ErrOutOfRange, what, n, MaxCredits)
	}
	return nil
}

// checkAmount validates a price or rate: not negative, at most 10^18, and
// at most 18 decimal places; any zero is accepted. See [amount.Check]: the
// exponent is checked before anything compares or prints the number.
func checkAmount(what string, d decimal.Decimal) error {
	switch amount.Check(d) {
	case amount.Negative:
		return fmt.Errorf("%w: %s %s", money.ErrNegative, what, amount.Show(d))
	case amount.TooLarge:
		return fmt.Errorf("%w: %s %s is more than 10^18", ErrOutOfRange, what, amount.Show(d))
	case amount.TooPrecise:
		return fmt.Errorf("%w: %s %s has more than 18 decimal places", ErrOutOfRange, what, amount.Show(d))
	}
	return nil
}

// sane reports whether d's exponent is in the range this package's checks
// allow, so that comparing or printing it is cheap.
func sane(d decimal.Decimal) bool { return amount.IsSane(d) }

// pow10 returns 10^n, shared and read-only, for n in [0, 76]: every power
// checkAmount's exponent bounds can call for.
func pow10(n int) *big.Int { return amount.Pow10(n) }
