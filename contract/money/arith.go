package money

import (
	"fmt"
	"math"
	"math/big"
	"math/bits"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/internal/amount"
	"golang.org/x/text/currency"
)

// common returns the currency of an operation on a and b: their currency,
// or the other's when one is the zero Amount. Two different currencies are
// an error wrapping ErrCurrency.
func common(a, b Amount, op string) (currency.Unit, error) {
	switch {
	case a.cur == b.cur:
		return a.cur, nil
	case a.cur == (currency.Unit{}):
		return b.cur, nil
	case b.cur == (currency.Unit{}):
		return a.cur, nil
	}
	return currency.Unit{}, fmt.Errorf("%w: %s %s %s", ErrCurrency, a.cur, op, b.cur)
}

// align returns the integer-form coefficients of a and b at their common
// (smaller) exponent, and false when scaling one would take it above 10^18,
// which the callers then leave to decimal.
func align(a, b Amount) (ca, cb int64, e int, ok bool) {
	ca, cb = a.c, b.c
	switch d := int(a.e) - int(b.e); {
	case d > 0:
		ca, ok = scaleUp(ca, d)
		return ca, cb, int(b.e), ok
	case d < 0:
		cb, ok = scaleUp(cb, -d)
		return ca, cb, int(a.e), ok
	}
	return ca, cb, int(a.e), true
}

// scaleUp returns c × 10^n and whether its magnitude is at most 10^18.
func scaleUp(c int64, n int) (int64, bool) {
	if n >= len(pow10) {
		return 0, false // only a non-zero coefficient is ever scaled by 10^20 or more
	}
	hi, lo := bits.Mul64(abs(c), pow10[n])
	if hi != 0 || lo > maxCoef {
		return 0, false
	}
	if c < 0 {
		return -int64(lo), true
	}
	return int64(lo), true
}

// Add returns a + b, exactly. It returns an error wrapping [ErrCurrency]
// when a and b are amounts of different currencies (the zero Amount adds
// to any currency), and one wrapping [ErrRange] when the sum is above 10^18
// in magnitude.
func (a Amount) Add(b Amount) (Amount, error) {
	cur, err := common(a, b, "+")
	if err != nil {
		return Amount{}, err
	}
	if !a.wide && !b.wide {
		if ca, cb, e, ok := align(a, b); ok {
			return norm(ca+cb, e, cur) // |ca + cb| ≤ 2 × 10^18 < 2^63
		}
	}
	return fromDecimal(a.Decimal().Add(b.Decimal()), cur)
}

// Sub returns a − b, exactly, with the errors of [Amount.Add].
func (a Amount) Sub(b Amount) (Amount, error) {
	if _, err := common(a, b, "-"); err != nil {
		return Amount{}, err
	}
	return a.Add(b.Neg())
}

// Neg returns −a. Bounds are symmetric, so it cannot fail.
func (a Amount) Neg() Amount {
	if a.wide {
		a.d = a.d.Neg()
		return a
	}
	a.c = -a.c
	return a
}

// Abs returns the magnitude of a.
func (a Amount) Abs() Amount {
	if a.Sign() < 0 {
		return a.Neg()
	}
	return a
}

// Cmp compares a and b: -1 when a < b, 0 when a = b, +1 when a > b. It
// returns an error wrapping [ErrCurrency] when they are amounts of
// different currencies; the zero Amount compares as zero with any currency.
func (a Amount) Cmp(b Amount) (int, error) {
	if _, err := common(a, b, "compared with"); err != nil {
		return 0, err
	}
	if !a.wide && !b.wide {
		if ca, cb, _, ok := align(a, b); ok {
			switch {
			case ca < cb:
				return -1, nil
			case ca > cb:
				return 1, nil
			}
			return 0, nil
		}
	}
	return a.Decimal().Cmp(b.Decimal()), nil
}

// Mul returns a × f, exactly, in a's currency: a price times a fee rate, an
// allowance times 20%. f is a plain number (a fraction is written 0.2,
// not 20). It returns an error wrapping [ErrRange] when the exact product is
// above 10^18 in magnitude or has more than 18 decimal places, or when f is
// written with an exponent outside [-40, 18]; nothing is rounded.
func (a Amount) Mul(f decimal.Decimal) (Amount, error) {
	if !amount.IsSane(f) && f.Sign() != 0 {
		return Amount{}, fmt.Errorf("%w: factor %s", ErrRange, amount.Show(f))
	}
	if a.IsZero() || f.Sign() == 0 {
		return Zero(a.cur), nil
	}
	if !a.wide {
		fe := f.Exponent()
		if fc := f.CoefficientInt64(); decimal.New(fc, fe).Equal(f) {
			hi, lo := bits.Mul64(abs(a.c), abs(fc))
			if hi == 0 && lo <= math.MaxInt64 {
				p := int64(lo)
				if a.c^fc < 0 { // the signs differ
					p = -p
				}
				return norm(p, int(a.e)+int(fe), a.cur)
			}
		}
	}
	return fromDecimal(a.Decimal().Mul(f), a.cur)
}

// RatioHalfUp returns a ÷ b rounded half up to places decimal places (0 for
// a whole number): how many units of price b the amount a buys, such as the
// credits a service costs at a credit price. "Half up" is 반올림 as
// D-CRED-1 reads it: 2.5 becomes 3 and 2.4999… becomes 2; a negative
// quotient rounds as the mirror of its magnitude (−2.5 becomes −3). The
// quotient is decided by exact integer division, never a truncated
// approximation.
//
// It returns an error wrapping [ErrCurrency] when a and b have different
// currencies, and [ErrRange] when b is zero or places is outside [0,
// MaxPlaces].
//
// Rule D-CRED-1 (AMB-4).
func (a Amount) RatioHalfUp(b Amount, places int) (decimal.Decimal, error) {
	if _, err := common(a, b, "÷"); err != nil {
		return decimal.Decimal{}, err
	}
	switch {
	case b.IsZero():
		return decimal.Decimal{}, fmt.Errorf("%w: %s ÷ zero", ErrRange, a)
	case places < 0 || places > MaxPlaces:
		return decimal.Decimal{}, fmt.Errorf("%w: %d places", ErrRange, places)
	case a.IsZero():
		return decimal.Decimal{}, nil
	}
	neg := a.Sign() != b.Sign()
	if !a.wide && !b.wide {
		if q, ok := quoHalfUp64(abs(a.c), abs(b.c), int(a.e)-int(b.e)+places); ok {
			if neg {
				return decimal.New(-int64(q), int32(-places)), nil
			}
			return decimal.New(int64(q), int32(-places)), nil
		}
	}
	// Coefficients of at most 37 digits and a shift of at most 54: a few
	// words of big.Int arithmetic.
	n, d := a.Decimal().Coefficient(), b.Decimal().Coefficient()
	n.Abs(n)
	d.Abs(d)
	s := int(a.Decimal().Exponent()) - int(b.Decimal().Exponent()) + places
	n.Mul(n, amount.Pow10(max(s, 0)))
	d.Mul(d, amount.Pow10(max(-s, 0)))
	q, r := new(big.Int).QuoRem(n, d, new(big.Int))
	if r.Lsh(r, 1).Cmp(d) >= 0 {
		q.Add(q, big.NewInt(1))
	}
	if neg {
		q.Neg(q)
	}
	return decimal.NewFromBigInt(q, int32(-places)), nil
}

// quoHalfUp64 returns round_half_up(n × 10^s ÷ d) for d > 0, and false when
// it does not fit the 64-bit path.
func quoHalfUp64(n, d uint64, s int) (q uint64, ok bool) {
	var hi, lo uint64
	switch {
	case s >= len(pow10) || -s >= len(pow10):
		return
	case s >= 0:
		hi, lo = bits.Mul64(n, pow10[s])
	default:
		var dhi uint64
		dhi, d = bits.Mul64(d, pow10[-s])
		if dhi != 0 {
			return
		}
		lo = n
	}
	if hi >= d {
		return
	}
	q, r := bits.Div64(hi, lo, d)
	if r >= d-r { // 2r ≥ d: half or more rounds up
		q++
	}
	return q, q <= math.MaxInt64
}
