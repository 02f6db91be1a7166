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
// is not zero (x is not zero): each division costs tens of cycles.
func (x *word4) quo(d uint64) {
	top := len(x) - 1
	for x[top] == 0 {
		top--
	}
	var r uint64
	for i := top; i >= 0; i-- {
		x[i], r = bits.Div64(r, x[i], d) // r < d: never panics
	}
}

// halfCredit is half a credit scaled by 10^ValuePlaces.
const halfCredit = 5 * 1e17

// quotientInt returns ⌊n × 10^s ÷ d⌋ as a credit value scaled by
// 10^ValuePlaces (s already includes ValuePlaces), and the whole credits
// it rounds to, half up (D-CRED-1); false when a figure leaves the 256-bit
// path or the value is 2^63 credits or more, far beyond MaxCredits, both
// of which the decimal path then decides. d > 0.
func quotientInt(n word4, s int, d uint64) (v creditValue, whole uint64, ok bool) {
	if s < 0 {
		if -s >= len(pow10u) {
			return
		}
		hi, lo := bits.Mul64(d, pow10u[-s])
		if hi != 0 {
			return
		}
		d, s = lo, 0
	}
	for ; s > 0; s -= min(s, 19) {
		if !n.mul(pow10u[min(s, 19)]) {
			return
		}
	}
	if n == (word4{}) {
		return v, 0, true
	}
	n.quo(d)
	if n[3] != 0 || n[2] != 0 || n[1] >= halfCredit {
		return // at least ½·10^18·2^64 ÷ 10^18 = 2^63 credits
	}
	whole, r := bits.Div64(n[1], n[0], pow10u[ValuePlaces])
	if r >= halfCredit {
		whole++ // half up: 2.5 → 3 (D-CRED-1)
	}
	return creditValue{hi: n[1], lo: n[0]}, whole, true
}

// decForm returns a positive decimal as c × 10^e with c < 10^18, read
// without allocating, and false for any other decimal.
func decForm(d decimal.Decimal) (uint64, int, bool) {
	if d.Sign() <= 0 || d.NumDigits() > 18 {
		return 0, 0, false
	}
	return uint64(d.CoefficientInt64()), int(d.Exponent()), true
}
