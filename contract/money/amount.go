package money

import (
	"fmt"
	"math/big"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/internal/amount"
	"golang.org/x/text/currency"
)

// MaxPlaces is the most decimal places an Amount has, and MaxExponent the
// decimal exponent of its largest magnitude, 10^18.
const (
	MaxPlaces   = amount.MaxPlaces
	MaxExponent = 18
)

// An Amount is an exact, signed decimal amount of one ISO 4217 currency:
// 12.50 USD. Its magnitude is at most 10^18 and it has at most [MaxPlaces]
// decimal places.
//
// The zero Amount is zero with no currency. It is zero in every currency:
// adding it to any Amount gives that Amount, so var total Amount can start
// a running total, and comparing it with any Amount compares with zero. It
// is the only Amount whose [Amount.Currency] is the zero ("XXX") unit. It
// is not [Amount.Equal] to zero in a currency ("0 USD"), which records a
// currency.
//
// Amount values cannot be compared with ==; use [Amount.Equal].
type Amount struct {
	_ [0]func() // forbid ==: the decimal form holds a pointer
	// The integer form, when wide is false: c × 10^e, with |c| ≤ 10^18,
	// -MaxPlaces ≤ e ≤ MaxExponent, and no trailing zero digit in c (zero
	// is c = 0, e = 0). It is unique, so equal amounts have equal fields.
	c int64
	// The decimal form, when the coefficient needs more than 18 digits:
	// d holds the value, its coefficient has no trailing zero, and e is
	// its exponent.
	d    decimal.Decimal
	e    int8
	wide bool
	cur  currency.Unit
}

// pow10 holds 10^0 … 10^19 as uint64.
var pow10 = [...]uint64{
	1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
}

const maxCoef = 1_000_000_000_000_000_000 // 10^18: the largest integer-form coefficient

// norm returns c × 10^e in cur in its unique form, or an error wrapping
// ErrRange when it is out of bounds. |c| may be up to 2^63-1 and e any
// int; values that fit the integer form never touch decimal.
func norm(c int64, e int, cur currency.Unit) (Amount, error) {
	if c == 0 {
		return Amount{cur: cur}, nil
	}
	for c%10 == 0 {
		c /= 10
		e++
	}
	switch {
	case e < -MaxPlaces:
		return Amount{}, rangeErr(c, e, "has more than 18 decimal places")
	case e > MaxExponent:
		return Amount{}, rangeErr(c, e, "is more than 10^18")
	}
	u := abs(c)
	if e >= 0 && u > pow10[MaxExponent-e] {
		return Amount{}, rangeErr(c, e, "is more than 10^18")
	}
	if u > maxCoef {
		// More than 18 digits, so e < 0 and |c| × 10^e < 10^18: a value
		// with many places, kept in decimal form.
		return Amount{d: decimal.New(c, int32(e)), e: int8(e), wide: true, cur: cur}, nil
	}
	return Amount{c: c, e: int8(e), cur: cur}, nil
}

func abs(c int64) uint64 {
	if c < 0 {
		return uint64(-c) // also right for MinInt64: 2^63
	}
	return uint64(c)
}

func rangeErr(c int64, e int, what string) error {
	return fmt.Errorf("%w: %s %s", ErrRange, amount.Show(decimal.New(c, int32(e))), what)
}

// fromDecimal returns d in cur in its unique form, or an error wrapping
// ErrRange. It looks at d's exponent before anything scales d, so a figure
// written with an absurd exponent ("1e-2147483648") is refused cheaply.
func fromDecimal(d decimal.Decimal, cur currency.Unit) (Amount, error) {
	if d.Sign() == 0 {
		return Amount{cur: cur}, nil
	}
	e := d.Exponent()
	switch {
	case e > MaxExponent:
		return Amount{}, fmt.Errorf("%w: %s is more than 10^18", ErrRange, amount.Show(d))
	case e < amount.MinExponent:
		return Amount{}, fmt.Errorf("%w: %s has more than 18 decimal places", ErrRange, amount.Show(d))
	}
	if c := d.CoefficientInt64(); decimal.New(c, e).Equal(d) {
		return norm(c, int(e), cur)
	}
	// A coefficient beyond int64: strip trailing zeros exactly, then check.
	c := d.Coefficient()
	var q, r big.Int
	ten := big.NewInt(10)
	for {
		q.QuoRem(c, ten, &r)
		if r.Sign() != 0 {
			break
		}
		c.Set(&q)
		e++
	}
	if c.IsInt64() {
		return norm(c.Int64(), int(e), cur)
	}
	switch {
	case e < -MaxPlaces:
		return Amount{}, fmt.Errorf("%w: %s has more than 18 decimal places", ErrRange, amount.Show(d))
	case e > 0 || new(big.Int).Abs(c).Cmp(amount.Pow10(MaxExponent-int(e))) > 0:
		return Amount{}, fmt.Errorf("%w: %s is more than 10^18", ErrRange, amount.Show(d))
	}
	return Amount{d: decimal.NewFromBigInt(c, e), e: int8(e), wide: true, cur: cur}, nil
}

// New returns d in cur. It returns an error wrapping [ErrCurrency] when d is
// not zero and cur is the zero ("XXX") unit, and one wrapping [ErrRange]
// when d is above 10^18 in magnitude or has more than 18 decimal places
// (trailing zeros do not count: "1.50000" has one place). Zero with the
// zero unit is the zero Amount. New never panics, whatever d's exponent.
func New(d decimal.Decimal, cur currency.Unit) (Amount, error) {
	if cur == (currency.Unit{}) && d.Sign() != 0 {
		return Amount{}, fmt.Errorf("%w: %s has no currency", ErrCurrency, amount.Show(d))
	}
	return fromDecimal(d, cur)
}

// FromMinor returns n minor units of cur (ISO 4217's standard digits, as
// [currency.Standard] records them): FromMinor(1250, currency.USD) is 12.50
// USD and FromMinor(1250, currency.KRW) is 1,250 KRW. Errors are as for
// [New].
func FromMinor(n int64, cur currency.Unit) (Amount, error) {
	if cur == (currency.Unit{}) && n != 0 {
		return Amount{}, fmt.Errorf("%w: %d minor units have no currency", ErrCurrency, n)
	}
	scale, _ := currency.Standard.Rounding(cur)
	return norm(n, -scale, cur)
}

// Zero returns zero in cur: the zero Amount when cur is the zero unit.
func Zero(cur currency.Unit) Amount { return Amount{cur: cur} }

// MustParse is like [Parse] but panics on error. It is for tests and for
// literal tables.
func MustParse(s string) Amount {
	a, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return a
}

// Currency returns a's currency: the zero ("XXX") unit for the zero Amount.
func (a Amount) Currency() currency.Unit { return a.cur }

// Decimal returns a's value as a decimal, with no currency. It allocates;
// the methods of Amount do not need it.
func (a Amount) Decimal() decimal.Decimal {
	switch {
	case a.wide:
		return a.d
	case a.c == 0:
		return decimal.Decimal{}
	}
	return decimal.New(a.c, int32(a.e))
}

// IsZero reports whether a is zero, in any currency or none.
func (a Amount) IsZero() bool { return !a.wide && a.c == 0 }

// Sign returns -1, 0 or +1 as a is negative, zero or positive.
func (a Amount) Sign() int {
	switch {
	case a.wide:
		return a.d.Sign()
	case a.c < 0:
		return -1
	case a.c > 0:
		return 1
	}
	return 0
}

// Places returns the number of decimal places a needs: 2 for 12.25 USD, 0
// for 12.00 USD and for 1,200 KRW.
func (a Amount) Places() int { return max(0, -int(a.e)) }

// Equal reports whether a and b are the same amount of the same currency.
// 12.5 USD equals 12.50 USD; 0 USD equals neither 0 KRW nor the zero Amount.
func (a Amount) Equal(b Amount) bool {
	if a.cur != b.cur || a.wide != b.wide || a.e != b.e {
		return false
	}
	if a.wide {
		return a.d.Equal(b.d)
	}
	return a.c == b.c
}

// NonNegative returns nil when a is zero or more, and otherwise an error
// wrapping [ErrNegative] that names a.
func (a Amount) NonNegative() error {
	if a.Sign() < 0 {
		return fmt.Errorf("%w: %s", ErrNegative, a)
	}
	return nil
}

// MinorUnits returns a as a whole number of its currency's minor units
// (cents for USD, won for KRW) and true, or 0 and false when a is finer
// than the minor unit or the count does not fit an int64. It does not
// allocate for amounts in the integer form.
func (a Amount) MinorUnits() (int64, bool) {
	scale, _ := currency.Standard.Rounding(a.cur)
	if a.wide {
		return 0, false // more than 18 significant digits: finer than any minor unit or beyond int64
	}
	shift := int(a.e) + scale // a = c × 10^e = (c × 10^shift) minor units
	switch {
	case a.c == 0:
		return 0, true
	case shift < 0:
		return 0, false // a has more places than the minor unit (c has no trailing zero)
	}
	n, ok := scaleUp(a.c, shift)
	return n, ok
}
