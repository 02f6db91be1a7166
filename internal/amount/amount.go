// Package amount holds the checks on decimal amounts that the money
// packages (credits, cancellation, multicountry) share: the bounds that keep every later
// operation on an accepted amount cheap, a safe way to print any decimal in
// an error message, and read-only powers of ten.
//
// Why the bounds matter: shopspring/decimal aligns exponents before it adds
// or compares, and writes every digit when it prints. A zero or a one
// written with an exponent of ±2^31 ("0e-2147483648") is a valid Decimal,
// but adding it to 1, comparing it with 1 or printing it needs a power of
// ten with two billion digits — minutes and gigabytes. So amounts are
// classified by exponent first, and messages never print a decimal with
// [decimal.Decimal.String] unless [IsSane] says it is cheap.
//
// Nothing here reads or sets decimal's package-level settings.
package amount

import (
	"math/big"
	"strconv"

	"github.com/shopspring/decimal"
)

// The exponents [IsSane] accepts. An accepted price or rate has at most 18
// decimal places, but may be written with up to 40 ("1.000…0").
const (
	MinExponent = -40
	MaxExponent = 18
)

// MaxPlaces is the most decimal places an accepted amount may have.
const MaxPlaces = 18

// IsSane reports whether d's exponent is in [MinExponent, MaxExponent], so
// that adding, comparing or printing it costs no more than a few hundred
// bits of arithmetic.
func IsSane(d decimal.Decimal) bool {
	return d.Exponent() >= MinExponent && d.Exponent() <= MaxExponent
}

// A Problem is what [Check] finds wrong with an amount.
type Problem uint8

// The problems an amount may have.
const (
	OK         Problem = iota // a zero, or a positive amount within bounds
	Negative                  // below zero
	TooLarge                  // above 10^18
	TooPrecise                // more than MaxPlaces decimal places, or written with an exponent below MinExponent
)

// Check classifies d, an amount that must be zero, or positive, at most
// 10^18 and with at most [MaxPlaces] decimal places. Any zero is OK, whatever
// its exponent; use [Canonical] before keeping it. Check never scales d by
// a power of ten larger than 10^58, so it is fast for any input.
func Check(d decimal.Decimal) Problem {
	switch {
	case d.IsZero():
		return OK
	case d.IsNegative():
		return Negative
	case d.Exponent() > MaxExponent: // a positive coefficient times 10^19 or more
		return TooLarge
	case d.Exponent() < MinExponent:
		return TooPrecise
	case !atMost1e18(d):
		return TooLarge
	case !d.Equal(d.Truncate(MaxPlaces)): // d itself, compared cheaply, unless it has more places
		return TooPrecise
	}
	return OK
}

// Canonical returns d, or the zero Decimal (exponent 0) when d is zero, so
// that a zero written "0e8000000" is never kept, added or compared.
func Canonical(d decimal.Decimal) decimal.Decimal {
	if d.Sign() == 0 {
		return decimal.Decimal{}
	}
	return d
}

// Show returns d for an error message: its decimal text when [IsSane] says
// printing it is cheap, and otherwise its coefficient and exponent
// ("-1e-2147483648"), which [decimal.NewFromString] reads back.
func Show(d decimal.Decimal) string {
	if IsSane(d) {
		return d.String()
	}
	return d.Coefficient().String() + "e" + strconv.Itoa(int(d.Exponent()))
}

// pow10 holds 10^0 … 10^MaxPow10, read-only.
var pow10 = func() (p [MaxPow10 + 1]*big.Int) {
	for i := range p {
		p[i] = new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(i)), nil)
	}
	return p
}()

// MaxPow10 is the largest power of ten [Pow10] returns: enough to bring any
// two sane exponents, plus [MaxPlaces], to a common scale.
const MaxPow10 = MaxExponent - MinExponent + MaxPlaces

// Pow10 returns 10^n for n in [0, MaxPow10]. The result is shared: callers
// must never modify it (use it only as an operand). It panics for n outside
// that range, which callers rule out by checking exponents with [IsSane].
func Pow10(n int) *big.Int { return pow10[n] }

// atMost1e18 reports whether d, a positive decimal with a sane exponent, is
// at most 10^18: whether its coefficient is at most 10^(18-exp). The
// common case, a coefficient of at most 18 digits and no positive
// exponent, is decided without allocating (NumDigits never reports fewer
// digits than a coefficient above 2^53 has); otherwise it compares big
// integers directly, since decimal's Cmp would first scale one side by a
// power of ten.
func atMost1e18(d decimal.Decimal) bool {
	if d.Exponent() <= 0 && d.NumDigits() <= 18 {
		return true
	}
	return d.Coefficient().Cmp(pow10[18-d.Exponent()]) <= 0
}
