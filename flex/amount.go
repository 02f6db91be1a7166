package flex

import (
	"fmt"
	"strconv"

	"github.com/shopspring/decimal"
)

// MaxAmountUSD is the largest allowance or request amount, in USD, that
// this package accepts: one billion dollars. A Flex Allowance is a portion of
// one customer's Base Package list price (FLEX-1); no real Work Order comes
// near this, so a larger figure is treated as a data error
// ([ErrAmountTooLarge]) rather than computed. The bound also keeps every
// internal sum exact in 64-bit integer cents.
const MaxAmountUSD = 1_000_000_000

const maxCents = MaxAmountUSD * 100

// pow10 holds 10^0 … 10^18, the powers of ten that fit an int64.
var pow10 = [...]int64{
	1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
}

var maxAmount = decimal.New(MaxAmountUSD, 0)

// centsOf is cents with an error message naming what d is, such as
// "flex: negative amount: allowance of -1 USD".
func centsOf(d decimal.Decimal, what string) (int64, error) {
	c, err := cents(d)
	if err != nil {
		if err == ErrAmountTooLarge {
			return 0, fmt.Errorf("%w: %s of %s USD is more than %d", err, what, show(d), MaxAmountUSD)
		}
		return 0, fmt.Errorf("%w: %s of %s USD", err, what, show(d))
	}
	return c, nil
}

// cents returns d, an amount in USD, as a whole number of cents. Amounts
// are exact to the cent (USD's minor unit); a negative amount, an amount
// finer than a cent and an amount above MaxAmountUSD are refused with the
// bare sentinel ErrNegativeAmount, ErrFractionalCent or ErrAmountTooLarge.
// It does not allocate for ordinary amounts (a coefficient that fits an
// int64 and an exponent from -17 to 11, which covers "300000", "300000.00"
// and decimal.New(x, -2)).
func cents(d decimal.Decimal) (int64, error) {
	switch d.Sign() {
	case 0:
		return 0, nil
	case -1:
		return 0, ErrNegativeAmount
	}
	e := d.Exponent()
	if e > 11 { // a coefficient of at least 1 times 10^12 or more
		return 0, ErrAmountTooLarge
	}
	// The coefficient usually fits an int64. CoefficientInt64 is then exact,
	// which comparing it back with d proves without allocating (the
	// comparison's big.Int stays on the stack).
	c := d.CoefficientInt64()
	if e < -17 || c <= 0 || !decimal.New(c, e).Equal(d) {
		// NumDigits may be off by one (it uses a logarithm for small
		// coefficients), so the checks below leave a digit of slack.
		n := d.NumDigits()
		switch {
		case int(e)+n-1 >= 11: // d ≥ 10^(n-2+e) ≥ 10^10
			return 0, ErrAmountTooLarge
		case e < -2 && -2-int(e) > n+1: // 0 < coefficient < 10^(-2-e)
			return 0, ErrFractionalCent
		}
		// Now |e| is at most the number of digits plus a few, so the exact
		// arithmetic below costs no more than reading the input did.
		return centsSlow(d)
	}
	var n int64
	if e >= -2 {
		p := pow10[e+2]
		if c > maxCents/p {
			return 0, ErrAmountTooLarge
		}
		n = c * p
	} else {
		p := pow10[-2-e]
		if c%p != 0 {
			return 0, ErrFractionalCent
		}
		n = c / p
	}
	if n > maxCents {
		return 0, ErrAmountTooLarge
	}
	return n, nil
}

// centsSlow is cents for unusual representations, in exact decimal
// arithmetic. d is positive.
func centsSlow(d decimal.Decimal) (int64, error) {
	if d.GreaterThan(maxAmount) {
		return 0, ErrAmountTooLarge
	}
	c := d.Shift(2) // exact: d × 100
	if !c.IsInteger() {
		return 0, ErrFractionalCent
	}
	return c.IntPart(), nil
}

// usd returns n cents as an exact decimal number of dollars. Zero is the
// zero Decimal, which costs no allocation.
func usd(n int64) decimal.Decimal {
	if n == 0 {
		return decimal.Decimal{}
	}
	return decimal.New(n, -2)
}

// show returns d for a message. Decimal's String writes every digit, which
// for an input like "1e2000000000" is two billion of them; show writes such
// values as coefficient and exponent instead.
func show(d decimal.Decimal) string {
	if e := d.Exponent(); e < -40 || e > 40 {
		return d.Coefficient().String() + "e" + strconv.Itoa(int(e))
	}
	return d.String()
}
