package credits

import (
	"math"
	"math/big"
	"math/bits"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/contract/money"
)

// The integer path of [Redeem]: the same exact division and the same single
// half-up rounding as [quotient], in 128-bit integer arithmetic, for prices
// and rates whose coefficients fit in 64 bits — every real price. It
// allocates nothing; the decimal path is the fallback and, in the tests,
// the oracle.

// A creditValue is an exact credit value to ValuePlaces places, truncated:
// q × 10^-ValuePlaces with q = hi·2^64 + lo, or the decimal d when wide.
type creditValue struct {
	hi, lo uint64
	d      decimal.Decimal
	wide   bool
}

// decimal returns v as a decimal.
func (v creditValue) decimal() decimal.Decimal {
	switch {
	case v.wide:
		return v.d
	case v.hi == 0 && v.lo == 0:
		return decimal.Decimal{}
	}
	q := new(big.Int).SetUint64(v.hi)
	q.Lsh(q, 64).Or(q, new(big.Int).SetUint64(v.lo))
	return decimal.NewFromBigInt(q, -ValuePlaces)
}

// equal reports whether v and w are the same value.
func (v creditValue) equal(w creditValue) bool { return v.decimal().Equal(w.decimal()) }

// pow10u holds 10^0 … 10^19, the powers of ten that fit in a uint64.
var pow10u = [20]uint64{
	1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
}

// intForm returns a non-negative amount as c × 10^e with c < 10^19, read
// from its text form without allocating, and false when its coefficient
// needs more digits.
func intForm(a money.Amount) (c uint64, e int, ok bool) {
	var buf [64]byte
	b, _ := a.AppendText(buf[:0])
	digits, frac, inFrac := 0, 0, false
	for _, ch := range b {
		switch {
		case ch == '.':
			inFrac = true
		case ch >= '0' && ch <= '9':
			if inFrac {
				frac++
			}
			if digits++; digits > 19 { // leading zeros count: they never make 19 digits too many
				return 0, 0, false
			}
			c = c*10 + uint64(ch-'0')
		default: // the space before the currency, or a sign
			if ch == '-' {
				return 0, 0, false
			}
			return c, -frac, true
		}
	}
	return c, -frac, true
}

// quotient64 returns ⌊a × 10^s ÷ b⌋ as a credit value scaled by
// 10^ValuePlaces (that is, s already includes ValuePlaces), and the whole
// credits it rounds to, half up; false when it does not fit 128 bits. b > 0.
func quotient64(a uint64, s int, b uint64) (creditValue, uint64, bool) {
	var hi, lo uint64
	switch {
	case s >= 0 && s < len(pow10u):
		hi, lo = bits.Mul64(a, pow10u[s])
	case s >= len(pow10u) && s < 2*len(pow10u)-1:
		h1, l1 := bits.Mul64(a, pow10u[19])
		m := pow10u[s-19]
		hh, hl := bits.Mul64(h1, m)
		h2, l2 := bits.Mul64(l1, m)
		var carry uint64
		hi, carry = bits.Add64(hl, h2, 0)
		if hh != 0 || carry != 0 {
			return creditValue{}, 0, false
		}
		lo = l2
	case s < 0 && -s < len(pow10u):
		dh, dl := bits.Mul64(b, pow10u[-s])
		if dh != 0 {
			return creditValue{}, 0, false
		}
		b, lo = dl, a
	default:
		return creditValue{}, 0, false
	}
	var qhi, r uint64
	if hi >= b {
		qhi, r = hi/b, hi%b
	} else {
		r = hi
	}
	qlo, _ := bits.Div64(r, lo, b)
	// whole = ⌊(q + ½·10^18) ÷ 10^18⌋: half up (D-CRED-1). q < 10^38 ×
	// 10^19 ÷ 2^64 × 2^64, so qhi + carry does not overflow.
	l, carry := bits.Add64(qlo, pow10u[ValuePlaces]/2, 0)
	h := qhi + carry
	if h >= pow10u[ValuePlaces] {
		return creditValue{hi: qhi, lo: qlo}, math.MaxUint64, true // far above MaxCredits
	}
	whole, _ := bits.Div64(h, l, pow10u[ValuePlaces])
	return creditValue{hi: qhi, lo: qlo}, whole, true
}
