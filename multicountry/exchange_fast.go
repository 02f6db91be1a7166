package multicountry

import (
	"math"
	"math/bits"

	"github.com/shopspring/decimal"
)

// The fast path of [Exchange]: the same exact computation and the same
// single half-up rounding as [exchangeDecimal], in 128-bit integer
// arithmetic, for the common case where every coefficient fits in 64 bits.
// A property test checks that the two paths agree.

// uint128 is an unsigned 128-bit integer.
type uint128 struct{ hi, lo uint64 }

// mul returns x × y, and false on overflow.
func (x uint128) mul(y uint64) (uint128, bool) {
	hi1, lo := bits.Mul64(x.lo, y)
	hi2, lo2 := bits.Mul64(x.hi, y)
	hi, carry := bits.Add64(hi1, lo2, 0)
	return uint128{hi, lo}, hi2 == 0 && carry == 0
}

// pow10u holds 10^0 … 10^19, the powers of ten that fit in a uint64.
var pow10u = func() (p [20]uint64) {
	p[0] = 1
	for i := 1; i < len(p); i++ {
		p[i] = p[i-1] * 10
	}
	return p
}()

// mulPow10 returns x × 10^k for k >= 0, and false on overflow.
func (x uint128) mulPow10(k int) (uint128, bool) {
	for k > 0 {
		step := min(k, 19)
		var ok bool
		if x, ok = x.mul(pow10u[step]); !ok {
			return x, false
		}
		k -= step
	}
	return x, true
}

// coefficient returns d = c × 10^e with c as a uint64, and false when d is
// negative or its coefficient does not fit. It allocates a copy of the
// coefficient, as decimal offers no other way to read it.
func coefficient(d decimal.Decimal) (c uint64, e int, ok bool) {
	b := d.Coefficient()
	if b.Sign() < 0 || !b.IsUint64() {
		return 0, 0, false
	}
	return b.Uint64(), int(d.Exponent()), true
}

// exchangeFast computes credits × fromPrice × fx ÷ toPrice rounded half up.
// exact is false when the numbers do not fit its 128-bit arithmetic and the
// caller must use [exchangeDecimal]; otherwise ok reports whether the result
// fits in an int64. All arguments are valid: credits >= 0, prices and rate
// positive and within maxExp and maxPlaces.
func exchangeFast(credits int64, fromPrice, fx, toPrice decimal.Decimal) (n int64, ok, exact bool) {
	a, ea, okA := coefficient(fromPrice)
	f, ef, okF := coefficient(fx)
	b, eb, okB := coefficient(toPrice)
	if !okA || !okF || !okB || b == 0 {
		return 0, false, false
	}
	// value = credits × a × f × 10^(ea+ef); price = b × 10^eb.
	num := uint128{0, uint64(credits)}
	num, okA = num.mul(a)
	num, okF = num.mul(f)
	if !okA || !okF {
		return 0, false, false
	}
	den := b
	switch k := ea + ef - eb; {
	case k >= 0:
		if num, ok = num.mulPow10(k); !ok {
			return 0, false, false
		}
	default:
		d, ok := uint128{0, b}.mulPow10(-k)
		if !ok || d.hi != 0 {
			return 0, false, false
		}
		den = d.lo
	}
	q, ok := roundHalfUpQuotient(num, den)
	return q, ok, true
}

// roundHalfUpQuotient returns num ÷ den rounded half up to a whole number
// of credits — the single rounding of an exchange, as [roundHalfUpCredits]
// does it for decimals — and false when the result does not fit in an
// int64. den must not be 0.
//
// Rules MC-17, D-CRED-2, D-CRED-1 (AMB-4: 반올림 is round half up, to a whole
// credit).
func roundHalfUpQuotient(num uint128, den uint64) (int64, bool) {
	if num.hi >= den {
		return 0, false // the quotient needs more than 64 bits
	}
	q, r := bits.Div64(num.hi, num.lo, den) // num = q × den + r, 0 <= r < den
	if r >= den-r {                         // r/den >= 1/2: round up
		q++
		if q == 0 {
			return 0, false
		}
	}
	if q > math.MaxInt64 {
		return 0, false
	}
	return int64(q), true
}
