package credits

import (
	"math/big"
	"math/bits"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/contract/money"
)

// The integer path of [Redeem] and [Exchange]: the same exact division and
// the same single half-up rounding as [quotient], in 256-bit integer
// arithmetic, for prices and rates whose coefficients fit in 64 bits —
// every real price. It allocates nothing; the decimal path is the fallback
// and, in the tests, the oracle.

// A creditValue is an exact credit value to ValuePlaces places, truncated:
// ip + r/den (r < den) when not wide, or the decimal d when wide. Its
// digits after the point are worked out on request, in
// [creditValue.decimal]. The zero creditValue is zero.
type creditValue struct {
	ip, r, den uint64
	d          decimal.Decimal
	wide       bool
}

// decimal returns v as a decimal: q × 10^-ValuePlaces with
// q = ip × 10^18 + ⌊r × 10^18 ÷ den⌋ < 2^63 × 10^18 + 10^18 < 2^128, and
// the zero Decimal when q is zero.
func (v creditValue) decimal() decimal.Decimal {
	if v.wide {
		return v.d
	}
	var frac uint64
	if v.r != 0 {
		hi, lo := bits.Mul64(v.r, pow10u[ValuePlaces])
		frac, _ = bits.Div64(hi, lo, v.den) // r < den: never panics
	}
	if v.ip == 0 && frac == 0 {
		return decimal.Decimal{}
	}
	hi, lo := bits.Mul64(v.ip, pow10u[ValuePlaces])
	lo, carry := bits.Add64(lo, frac, 0)
	q := new(big.Int).SetUint64(hi + carry)
	q.Lsh(q, 64).Or(q, new(big.Int).SetUint64(lo))
	return decimal.NewFromBigInt(q, -ValuePlaces)
}

// equal reports whether v and w are the same value.
func (v creditValue) equal(w creditValue) bool { return v.decimal().Equal(w.decimal()) }

// pow10u holds 10^0 … 10^19, the powers of ten that fit in a uint64.
var pow10u = [20]uint64{
	1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
}

// intForm returns a positive amount as c × 10^e with c < 10^18, read
// without allocating, and false for any other amount. For an amount in
// money's integer form the compiler builds a.Decimal() on the stack.
//
// An amount is at most 10^18, so a coefficient written with an exponent of
// −1 or more is below 10^19 < 2^64 and its int64 reading is exact (or
// negative, or 10^18 or more, and declined). With more places the reading
// is checked as [decForm] checks it.
func intForm(a money.Amount) (c uint64, e int, ok bool) {
	if a.Sign() <= 0 {
		return // (and a zero's CoefficientInt64 would allocate)
	}
	d := a.Decimal()
	return form(d, d.Exponent() >= -1)
}

// A word4 is a non-negative integer of up to 256 bits, least significant
// word first: room for sent × a price × a currency rate (168 bits) scaled
// by a power of ten.
type word4 [4]uint64

// mul multiplies x by m in place and reports whether the product fits.
func (x *word4) mul(m uint64) bool {
	var carry uint64
	for i := range x {
		hi, lo := bits.Mul64(x[i], m)
		var c uint64
		x[i], c = bits.Add64(lo, carry, 0)
		carry = hi + c // hi ≤ 2^64 − 2, so this cannot wrap
	}
	return carry == 0
}

// quo divides x by d > 0 in place, truncating, from its highest word that
// is not zero, and returns the remainder: each division costs tens of
// cycles.
func (x *word4) quo(d uint64) (r uint64) {
	top := len(x) - 1
	for top > 0 && x[top] == 0 {
		top--
	}
	for i := top; i >= 0; i-- {
		x[i], r = bits.Div64(r, x[i], d) // r < d: never panics
	}
	return r
}

// quotientInt returns n × 10^s ÷ d, truncated to a credit value of
// ValuePlaces places (s already includes ValuePlaces: the value is
// ⌊n × 10^s ÷ d⌋ × 10^-ValuePlaces), and the whole credits it rounds to,
// half up (D-CRED-1); false when a figure leaves the 256-bit path or the
// value is 2^63 credits or more, far beyond MaxCredits, both of which the
// decimal path then decides. d > 0.
//
// One division gives the whole part and the remainder: n is scaled by
// 10^(s−18) or, when that product fits 64 bits, d by 10^(18−s). Otherwise
// it first divides n × 10^s by d, and then that by 10^18. The digits after
// the point wait in the remainder until [creditValue.decimal] asks.
func quotientInt(n word4, s int, d uint64) (v creditValue, whole uint64, ok bool) {
	k := ValuePlaces - s // the power of ten d takes, when positive
	if k <= 0 {
		if !n.scale(-k) {
			return
		}
	} else if hi, lo := bits.Mul64(d, pow10u[min(k, 19)]); k < len(pow10u) && hi == 0 {
		d = lo
	} else { // a large d: n × 10^s ÷ d first, then ÷ 10^18
		m := max(-s, 0) // the power of ten d takes now
		if m >= len(pow10u) {
			return
		}
		hi, lo := bits.Mul64(d, pow10u[m])
		if hi != 0 || !n.scale(max(s, 0)) {
			return
		}
		n.quo(lo)
		d = pow10u[ValuePlaces]
	}
	r := n.quo(d)
	if n[3] != 0 || n[2] != 0 || n[1] != 0 || n[0] >= 1<<63 {
		return
	}
	whole = n[0]
	if r >= d-r { // r ≥ d/2: half up, 2.5 → 3 (D-CRED-1)
		whole++
	}
	return creditValue{ip: n[0], r: r, den: d}, whole, true
}

// scale multiplies x by 10^s, s ≥ 0, in place and reports whether the
// product fits.
func (x *word4) scale(s int) bool {
	for ; s > 0; s -= min(s, 19) {
		if !x.mul(pow10u[min(s, 19)]) {
			return false
		}
	}
	return true
}

// decForm returns a positive decimal as c × 10^e with c < 10^18, read
// without allocating, and false for any other decimal.
func decForm(d decimal.Decimal) (c uint64, e int, ok bool) {
	if d.Sign() <= 0 {
		return // (and a zero's CoefficientInt64 would allocate)
	}
	return form(d, false)
}

// form returns d > 0 as c × 10^e with c < 10^18, and false when its
// coefficient is larger. CoefficientInt64 gives the low 64 bits of a
// larger coefficient, so unless the caller knows the reading is exact, it
// is checked by comparing it with d: an Equal at the same exponent compares
// the two coefficients, without scaling either.
func form(d decimal.Decimal, exact bool) (c uint64, e int, ok bool) {
	ci, ei := d.CoefficientInt64(), d.Exponent()
	// 0 < ci < 10^18: ci − 1 < 10^18 − 1, where a zero or negative reading
	// wraps around to above it.
	if uint64(ci)-1 >= 1e18-1 || !exact && !decimal.New(ci, ei).Equal(d) {
		return
	}
	return uint64(ci), int(ei), true
}
