// Package money is the module's one money type: an [Amount] is an exact
// decimal number of one ISO 4217 currency ([currency.Unit] from
// golang.org/x/text), such as 12.50 USD or 12,345 KRW.
//
// # Exactness
//
// Amounts are exact. [Amount.Add], [Amount.Sub], [Amount.Neg] and
// [Amount.Mul] never round; an exact result outside the bounds below is an
// error wrapping [ErrRange], never a rounded or clipped value. Rounding
// happens only where a rule names it, through the named helpers
// [Amount.RoundToMinor] (half up to the currency's minor unit, the prepaid
// fee of D-CANCEL) and [Amount.RoundToWhole] and [Amount.RatioHalfUp] (half
// up to a whole unit, 반올림 as D-CRED-1 reads it). Nothing here divides
// with decimal's Div, reads or sets decimal's package-level settings
// (DivisionPrecision, MarshalJSONWithoutQuotes), or uses float64.
//
// # Currencies
//
// Every non-zero amount has a currency. Adding, subtracting or comparing
// amounts of two currencies is an error wrapping [ErrCurrency], never a
// silent result. The zero Amount has no currency: it is zero in any
// currency, so it is the identity of Add and can start a running total
// (var total money.Amount). "XXX", ISO 4217's code for "no currency", is
// the zero [currency.Unit] and is never the currency of a non-zero amount.
//
// # Bounds
//
// An Amount is at most 10^18 in magnitude and has at most 18 decimal places
// ([MaxPlaces]): far beyond any real contract, and small enough that every
// operation costs a few integer instructions. Text is refused by length
// ([MaxTextLen] bytes) before any digit is parsed, so a megabyte of digits
// costs nothing to refuse. Errors wrap [ErrRange] (bounds), [ErrSyntax]
// (malformed text), [ErrCurrency] (currencies) or [ErrNegative] (a negative
// amount where none may be: [Amount.NonNegative]); messages read "money:
// what: detail" and never print more than a short excerpt of the input.
//
// # Text and JSON
//
// The text form is the number, one space and the ISO code: "12.50 USD",
// "-3 KRW". The number is written with at least the currency's minor digits
// ("12.50", not "12.5") and never in exponent notation. The JSON form is
// {"amount":"12.50","currency":"USD"}, decimals as strings. The zero Amount
// is empty text and {"amount":"0","currency":""}; both read back as the zero
// Amount. Numbers are read as an optional sign, digits, and optionally a
// point and more digits: no exponent, no spaces, no thousands separators.
//
// # Representation
//
// Most amounts are held as a 64-bit integer coefficient and a small
// exponent, so that arithmetic and comparisons allocate nothing; amounts
// whose coefficient needs more than 18 digits fall back to
// [decimal.Decimal]. Every value has exactly one representation, so
// [Amount.Equal] is exact. The tests check the integer path against
// decimal as an oracle.
//
// All values are immutable and safe for concurrent use. Amount values
// cannot be compared with ==; use [Amount.Equal].
//
// # Contract coverage
//
// Rule families: none of its own. It supplies the roundings that D-CANCEL
// (§2.6: a prepaid fee half up to the minor unit) and D-CRED-1 (AMB-4:
// 반올림 is half up, to a whole credit) name, and the 50,000 USD floor's
// currency of D-FLEX-1 is a [currency.Unit] here.
package money
