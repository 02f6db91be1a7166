package multicountry

import (
	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/internal/amount"
)

// decimalEqual reports whether a and b are the same number, like
// decimal's Equal, without its trap: Equal scales the number with the
// larger exponent down to the other's, so two values whose exponents are
// billions apart (1e2147483647, 1e-2147483648: easy to write in JSON) take
// hours and gigabytes to compare. With a = ca × 10^ea, b = cb × 10^eb and
// k = eb − ea > 0, a = b needs |ca| = |cb| × 10^k ≥ 10^k > 2^(3k), so ca has
// more than 3k bits; when it has no more than k, they differ, and otherwise
// the scaling decimal does is no larger than ca itself.
func decimalEqual(a, b decimal.Decimal) bool {
	if a.Sign() != b.Sign() {
		return false
	}
	if a.Sign() == 0 {
		return true
	}
	if a.Exponent() > b.Exponent() {
		a, b = b, a // a has the smaller exponent
	}
	if k := int64(b.Exponent()) - int64(a.Exponent()); int64(a.Coefficient().BitLen()) <= k {
		return false
	}
	return a.Equal(b)
}

// maxPlaces bounds the decimal places, and maxExp the power of ten, of the
// prices and rates this package accepts: far beyond any real price, small
// enough that exact arithmetic on them stays fast and can never overflow
// decimal's exponent, and the same bounds as package credits, whose ledgers
// record the exchanges.
const (
	maxPlaces = 18
	maxExp    = 18
)

// inRange reports whether d is a positive price or rate below 10^maxExp
// with an exponent of at least -maxPlaces.
func inRange(d decimal.Decimal) bool {
	e := d.Exponent()
	if d.Sign() <= 0 || e < -maxPlaces || e > maxExp {
		return false
	}
	// d = c × 10^e < 10^maxExp ⇔ c < 10^(maxExp-e). Comparing coefficients
	// avoids rescaling d.
	return d.Coefficient().Cmp(amount.Pow10(int(maxExp-e))) < 0
}

// formatDecimal returns d for messages without ever writing billions of
// digits: see [amount.Show].
func formatDecimal(d decimal.Decimal) string { return amount.Show(d) }
