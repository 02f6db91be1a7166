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

// mul128 returns x × y, and false on overflow.
func (x uint128) mul128(y uint128) (uint128, bool) {
	if x.hi != 0 && y.hi != 0 {
		return x, false
	}
	if x.hi != 0 {
		x, y = y, x // now x.hi == 0
	}
	p, ok := y.mul(x.lo) // y × x.lo
	return p, ok
}

// coefficient returns d = c × 10^e with c as a uint128, and false when d is
// negative or its coefficient needs more than 128 bits. It allocates a copy
// of the coefficient, as decimal offers no other way to read it.
func coefficient(d decimal.Decimal) (c uint128, e int, ok bool) {
	b := d.Coefficient()
	if b.Sign() < 0 || b.BitLen() > 128 {
		return c, 0, false
	}
	for i, w := range b.Bits() { // little-endian words
		shift := i * bits.UintSize
		switch {
		case shift < 64:
			c.lo |= uint64(w) << shift
		default:
			c.hi |= uint64(w) << (shift - 64)
		}
	}
	return c, int(d.Exponent()), true
}

// exchangeFast computes credits × fromPrice × fx ÷ toPrice rounded half up.
// exact is false when the numbers do not fit its 128-bit arithmetic and the
// caller must use [exchangeDecimal]; otherwise ok reports whether the result
// fits in an int64. All arguments are valid: credits >= 0, prices and rate
// positive and within maxExp and maxPlaces.
func exchangeFast(credits int64, fromPrice, fx, toPrice decimal.Decimal) (n int64, ok, exact bool) {
	a, ea, okA := coefficient(fromPrice)
	f, ef, okF := coefficient(fx)
	den, eb, okB := coefficient(toPrice)
	if !okA || !okF || !okB || den == (uint128{}) {
		return 0, false, false
	}
	// value = credits × a × f × 10^(ea+ef); price = den × 10^eb.
	num, okA := a.mul(uint64(credits))
	num, okF = num.mul128(f)
	if !okA || !okF {
		return 0, false, false
	}
	if k := ea + ef - eb; k >= 0 {
		num, ok = num.mulPow10(k)
	} else {
		den, ok = den.mulPow10(-k)
	}
	if !ok {
		return 0, false, false
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
func roundHalfUpQuotient(num, den uint128) (int64, bool) {
	q, r := num.quoRem(den)                  // num = q × den + r, 0 <= r < den
	if r.cmp(den.sub(r)) >= 0 && q.inc(&q) { // r/den >= 1/2: round up
		return 0, false
	}
	if q.hi != 0 || q.lo > math.MaxInt64 {
		return 0, false
	}
	return int64(q.lo), true
}

// inc sets *p to q+1 and reports whether that overflowed 128 bits.
func (q uint128) inc(p *uint128) bool {
	lo, c := bits.Add64(q.lo, 1, 0)
	hi, c := bits.Add64(q.hi, 0, c)
	*p = uint128{hi, lo}
	return c != 0
}

// sub returns x − y for x >= y.
func (x uint128) sub(y uint128) uint128 {
	lo, b := bits.Sub64(x.lo, y.lo, 0)
	hi, _ := bits.Sub64(x.hi, y.hi, b)
	return uint128{hi, lo}
}

// cmp returns -1, 0 or +1 as x is less than, equal to or greater than y.
func (x uint128) cmp(y uint128) int {
	switch {
	case x.hi != y.hi:
		return cmpU64(x.hi, y.hi)
	default:
		return cmpU64(x.lo, y.lo)
	}
}

func cmpU64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// lsh returns x << n for n < 64.
func (x uint128) lsh(n uint) uint128 {
	if n == 0 {
		return x
	}
	return uint128{x.hi<<n | x.lo>>(64-n), x.lo << n}
}

// quoRem returns x ÷ y and x mod y; y must not be 0. For a divisor of more
// than 64 bits it takes a trial quotient from the top words, which is at
// most one too small, and corrects it (Hacker's Delight, 9-5).
func (x uint128) quoRem(y uint128) (q, r uint128) {
	if y.hi == 0 {
		qhi, rhi := x.hi/y.lo, x.hi%y.lo
		qlo, rlo := bits.Div64(rhi, x.lo, y.lo)
		return uint128{qhi, qlo}, uint128{0, rlo}
	}
	n := uint(bits.LeadingZeros64(y.hi))
	y1 := y.lsh(n)
	x1 := uint128{x.hi >> 1, x.hi<<63 | x.lo>>1}
	tq, _ := bits.Div64(x1.hi, x1.lo, y1.hi)
	tq >>= 63 - n
	if tq != 0 {
		tq--
	}
	p, _ := y.mul(tq) // y × tq <= x: no overflow
	r = x.sub(p)
	q = uint128{0, tq}
	if r.cmp(y) >= 0 {
		q.lo++
		r = r.sub(y)
	}
	return q, r
}
