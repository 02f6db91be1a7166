package flex

import (
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/contract/money"
	"golang.org/x/text/currency"
)

// MaxAmountUSD is the largest allowance or request amount, in USD, that
// this package accepts: one billion dollars. A Flex Allowance is a portion of
// one customer's Base Package list price (FLEX-1); no real Work Order comes
// near this, so a larger figure is treated as a data error
// ([ErrAmountTooLarge]) rather than computed. The bound also keeps every
// internal sum exact in 64-bit integer cents.
const MaxAmountUSD = 1_000_000_000

const maxCents = MaxAmountUSD * 100

// creditsFloorMills is the 50,000 USD floor of the credits cap, in
// thousandths of a dollar (D-FLEX-1).
const creditsFloorMills = 50_000 * 1000

// centsOf returns a, an amount in USD, as a whole number of cents, or an
// error naming what a is: one wrapping [money.ErrCurrency] for an amount in
// another currency (D-FLEX-1: the floor is in USD), [money.ErrNegative] for
// a negative amount, [ErrFractionalCent] for an amount finer than a cent
// and [ErrAmountTooLarge] above [MaxAmountUSD]. The zero Amount is zero
// dollars. It does not allocate for amounts in money's integer form.
func centsOf(a money.Amount, what string) (int64, error) {
	n, err := cents(a)
	switch err {
	case nil:
	case money.ErrCurrency:
		err = fmt.Errorf("%w: %s of %s: Flex amounts are in USD, the currency of the 50,000 floor (D-FLEX-1)", err, what, a)
	case ErrAmountTooLarge:
		err = fmt.Errorf("%w: %s of %s is more than %d USD", err, what, a, MaxAmountUSD)
	default:
		err = fmt.Errorf("%w: %s of %s", err, what, a)
	}
	return n, err
}

// cents is centsOf with the bare sentinel as its error. The count it
// returns with an error is meaningless.
func cents(a money.Amount) (n int64, err error) {
	n, ok := a.MinorUnits()
	switch cur := a.Currency(); {
	case cur != currency.USD && cur != (currency.Unit{}):
		err = money.ErrCurrency
	case a.Sign() < 0:
		err = money.ErrNegative
	case !ok && !a.RoundToMinor().Equal(a):
		err = ErrFractionalCent
	case !ok || n > maxCents:
		err = ErrAmountTooLarge
	}
	return n, err
}

// zeroUSD is 0 USD, read-only.
var zeroUSD = money.Zero(currency.USD)

// usd returns n cents as an amount in USD; n is within bounds.
func usd(n int64) money.Amount {
	a, err := money.FromMinor(n, currency.USD)
	if err != nil {
		panic("flex: internal error: " + err.Error()) // unreachable: |n| ≤ 10^11
	}
	return a
}

// tenthsOfCent holds 0.000 … 0.009 USD, read-only (money.Amount values
// are immutable).
var tenthsOfCent = func() (t [10]money.Amount) {
	for i := range t {
		t[i], _ = money.New(decimal.New(int64(i), -3), currency.USD) // 0.00i USD is within bounds
	}
	return t
}()

// millsToUSD returns m thousandths of a dollar, 0 ≤ m ≤ 10^12, as an exact
// amount in USD: its whole cents plus its tenth of a cent, added in
// money's integer arithmetic.
func millsToUSD(m int64) money.Amount {
	a, err := usd(m / 10).Add(tenthsOfCent[m%10])
	if err != nil {
		panic("flex: internal error: " + err.Error()) // unreachable: m ≤ 10^12
	}
	return a
}
