package multicountry

import (
	"fmt"
	"math"

	"github.com/shopspring/decimal"
)

// Exchange converts credits Proactive Credits held at from into Proactive
// Credits at to. fx is the number of units of to.Currency that one unit of
// from.Currency buys (1 when the two currencies are the same). The result is
//
//	credits × from.CreditPrice × fx ÷ to.CreditPrice
//
// computed exactly and rounded half up to a whole credit once, at the end: a
// value of exactly x.5 credits becomes x+1.
//
// Exchange is the arithmetic of one exchange between two locations' terms.
// It refuses an exchange to or from an exception country
// ([ErrExceptionCountry], checked first), negative credits
// ([ErrNegativeCredits]), invalid locations (see [Location.Validate]), a rate
// that is not positive or not 1 between the same currency ([ErrRate]) and a
// result beyond int64 ([ErrOverflow]). It does not check roles or Work Order
// membership: two downstream locations, or two locations in one country, are
// fine here; [Support.Exchange] checks those.
//
// Interpretation: AMB-4 — 반올림 is half up, to a whole credit; AMB-23 —
// an exchange is refused when either side is an exception country.
//
// Rules MC-16, MC-17, MC-18, D-CRED-2 (§2.5 다국적 지원).
func Exchange(credits int64, from, to Location, fx decimal.Decimal) (int64, error) {
	if from.Exception || to.Exception {
		return 0, exceptionError(from, to)
	}
	if credits < 0 {
		return 0, fmt.Errorf("%w: %d", ErrNegativeCredits, credits)
	}
	if err := from.Validate(); err != nil {
		return 0, fmt.Errorf("multicountry: exchange from: %w", err)
	}
	if err := to.Validate(); err != nil {
		return 0, fmt.Errorf("multicountry: exchange to: %w", err)
	}
	if err := checkRate(fx, from.Currency, to.Currency); err != nil {
		return 0, err
	}
	n, ok, exact := exchangeFast(credits, from.CreditPrice, fx, to.CreditPrice)
	if !exact {
		n, ok = exchangeDecimal(credits, from.CreditPrice, fx, to.CreditPrice)
	}
	if !ok {
		return 0, fmt.Errorf("%w: %d credits at %s %s × %s ÷ %s %s", ErrOverflow,
			credits, formatDecimal(from.CreditPrice), from.Currency, formatDecimal(fx), formatDecimal(to.CreditPrice), to.Currency)
	}
	return n, nil
}

// exchangeDecimal computes credits × fromPrice × fx ÷ toPrice rounded half
// up with decimal: exact products, then [roundHalfUpCredits]. It reports
// false when the result does not fit in an int64.
func exchangeDecimal(credits int64, fromPrice, fx, toPrice decimal.Decimal) (int64, bool) {
	return roundHalfUpCredits(decimal.New(credits, 0).Mul(fromPrice).Mul(fx), toPrice)
}

func exceptionError(from, to Location) error {
	side, l := "from", from
	if !from.Exception {
		side, l = "to", to
	}
	return fmt.Errorf("%w: exchange %s %q (%s): Proactive Credits cannot be exchanged with an exception country (MC-18, D-CRED-2)",
		ErrExceptionCountry, side, l.Name, l.Country)
}

// checkRate reports whether fx is a usable rate from one currency to
// another: positive, within range, and exactly 1 between the same currency.
func checkRate(fx decimal.Decimal, from, to string) error {
	if !inRange(fx) {
		return fmt.Errorf("%w: %s %s→%s (must be positive, below 1e18, at most %d decimal places) (MC-16)",
			ErrRate, formatDecimal(fx), from, to, maxPlaces)
	}
	if from == to && !fx.Equal(one) {
		return fmt.Errorf("%w: %s %s→%s (must be 1 within one currency) (MC-16)", ErrRate, formatDecimal(fx), from, to)
	}
	return nil
}

var (
	one      = decimal.New(1, 0)
	maxInt64 = decimal.New(math.MaxInt64, 0)
)

// roundHalfUpCredits returns value ÷ price rounded half up (half away from
// zero; both are non-negative here) to a whole number of credits: the single
// rounding of an exchange. It divides exactly with QuoRem at 0 places, so no
// digit is lost before the rounding, and reports false when the result does
// not fit in an int64. price must be positive.
//
// Rules MC-17, D-CRED-2, D-CRED-1 (AMB-4: 반올림 is round half up, to a whole
// credit).
func roundHalfUpCredits(value, price decimal.Decimal) (int64, bool) {
	q, r := value.QuoRem(price, 0) // value = q × price + r, q whole, 0 <= r < price
	if r.Add(r).Cmp(price) >= 0 {  // r/price >= 1/2: round up
		q = q.Add(one)
	}
	if q.Cmp(maxInt64) > 0 {
		return 0, false
	}
	return q.IntPart(), true
}
