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
		return n, nil
	case money.ErrCurrency:
		return 0, fmt.Errorf("%w: %s of %s: Flex amounts are in USD, the currency of the 50,000 floor (D-FLEX-1)", err, what, a)
	case ErrAmountTooLarge:
		return 0, fmt.Errorf("%w: %s of %s is more than %d USD", err, what, a, MaxAmountUSD)
	}
	return 0, fmt.Errorf("%w: %s of %s", err, what, a)
}

// cents is centsOf with the bare sentinel as its error.
func cents(a money.Amount) (int64, error) {
	if cur := a.Currency(); cur != currency.USD && cur != (currency.Unit{}) {
		return 0, money.ErrCurrency
	}
	if a.Sign() < 0 {
		return 0, money.ErrNegative
	}
	n, ok := a.MinorUnits()
	switch {
	case !ok && !a.RoundToMinor().Equal(a):
		return 0, ErrFractionalCent
	case !ok || n > maxCents:
		return 0, ErrAmountTooLarge
	}
	return n, nil
}

// zeroUSD is 0 USD, read-only.
var zeroUSD = money.Zero(currency.USD)

// usd returns n cents as an amount in USD; n is within bounds.
func usd(n int64) money.Amount {
	if n == 0 {
		return zeroUSD
	}
	a, err := money.FromMinor(n, currency.USD)
	if err != nil {
		panic("flex: internal error: " + err.Error()) // unreachable: |n| ≤ 10^11
	}
	return a
}

// millsToUSD returns m thousandths of a dollar as an exact amount in USD.
func millsToUSD(m int64) money.Amount {
	if m%10 == 0 {
		return usd(m / 10)
	}
	a, err := money.New(decimal.New(m, -3), currency.USD)
	if err != nil {
		panic("flex: internal error: " + err.Error()) // unreachable: m ≤ 10^12
	}
	return a
}
