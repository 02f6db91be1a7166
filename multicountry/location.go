package multicountry

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/internal/amount"
)

// A Location is the part of one support location's terms that a Proactive
// Credits exchange needs: where it is, whether it is the host, the currency
// and then-current price of its Proactive Credits, and whether it is an
// exception (tax-exception) country.
//
// Location has exported fields so that tables and examples can use struct
// literals; [Location.Validate] reports everything wrong with one. The zero
// Location is not valid. Locations cannot be compared with == (CreditPrice is
// a [decimal.Decimal], whose == compares pointers); use [Location.Equal].
// A Location marshals to JSON with CreditPrice as a string, whatever
// decimal's package settings are.
//
// Interpretation: AMB-23 — "tax-exception locations" (MC-9) and "exception
// countries" (MC-18) are one flag, Exception.
//
// Rules MC-1, MC-2, MC-3, MC-16, MC-18, D-CRED-2 (§2.5 다국적 지원).
type Location struct {
	_ [0]func() // forbid ==: CreditPrice holds a pointer

	// Name identifies the support location in its Work Order, such as
	// "Seoul". It must not be empty.
	Name string
	// Country is the location's ISO 3166-1 alpha-2 country code, upper
	// case, such as "KR".
	Country string
	// Host reports whether this is the host location: the one registered
	// with Unified Support through the Work Order (MC-2). Otherwise it is a
	// downstream location (MC-3).
	Host bool
	// Currency is the ISO 4217 code, upper case, of the currency in which
	// the location's Proactive Credits are priced, such as "KRW".
	Currency string
	// CreditPrice is the then-current price of one Proactive Credit at this
	// location, in Currency (MC-16). It must be positive, below 10^18 and
	// written with at most 18 decimal places (within the bounds of package
	// credits, which also takes 10^18 itself and trailing zeros beyond the
	// 18th place).
	CreditPrice decimal.Decimal
	// Exception reports whether the location is in an exception
	// (tax-exception) country, whose credits never move (MC-18, D-CRED-2).
	Exception bool
}

// Validate reports every problem with l at once (joined with
// [errors.Join]): an empty Name ([ErrName]), a Country that is not an
// officially assigned ISO 3166-1 alpha-2 code ([ErrCountry]), a Currency
// that is not an ISO 4217 code ([ErrCurrency]), or a CreditPrice that is not
// positive or is out of range ([ErrCreditPrice]). It returns nil for a valid
// Location.
//
// Rule MC-16 (§2.5).
func (l Location) Validate() error {
	if l.Name != "" && contract.IsCountryCode(l.Country) && contract.IsCurrencyCode(l.Currency) && inRange(l.CreditPrice) {
		return nil // the common case, without allocating
	}
	var errs []error
	if l.Name == "" {
		errs = append(errs, fmt.Errorf("%w: empty name", ErrName))
	}
	if err := checkCountry(l.Country); err != nil {
		errs = append(errs, fmt.Errorf("location %q: %w", l.Name, err))
	}
	if err := checkCurrency(l.Currency); err != nil {
		errs = append(errs, fmt.Errorf("location %q: %w", l.Name, err))
	}
	if !inRange(l.CreditPrice) {
		errs = append(errs, fmt.Errorf("%w: location %q: %s %s (must be positive, below 1e18, at most %d decimal places) (MC-16)",
			ErrCreditPrice, l.Name, formatDecimal(l.CreditPrice), l.Currency, maxPlaces))
	}
	return errors.Join(errs...)
}

// Equal reports whether l and m are the same location terms. Credit prices
// are compared by value, so 1000 and 1000.00 are equal. Equal is fast on any
// input, valid or not: prices such as 1e2147483647 and 1e-2147483648 are
// told apart without scaling one by the other.
func (l Location) Equal(m Location) bool {
	return l.Name == m.Name && l.Country == m.Country && l.Host == m.Host &&
		l.Currency == m.Currency && decimalEqual(l.CreditPrice, m.CreditPrice) && l.Exception == m.Exception
}

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

// String returns l for people, such as "Seoul (KR, host, 1 credit = 1300000 KRW)".
func (l Location) String() string {
	role := "downstream"
	if l.Host {
		role = "host"
	}
	if l.Exception {
		role += ", exception country"
	}
	return fmt.Sprintf("%s (%s, %s, 1 credit = %s %s)", l.Name, l.Country, role, formatDecimal(l.CreditPrice), l.Currency)
}

// locationJSON is Location's JSON form: CreditPrice as a string, so the
// encoding never depends on decimal.MarshalJSONWithoutQuotes.
type locationJSON struct {
	Name        string `json:"name"`
	Country     string `json:"country"`
	Host        bool   `json:"host,omitempty"`
	Currency    string `json:"currency"`
	CreditPrice string `json:"creditPrice"`
	Exception   bool   `json:"exception,omitempty"`
}

// MarshalJSON implements [json.Marshaler].
func (l Location) MarshalJSON() ([]byte, error) {
	return json.Marshal(locationJSON{
		Name: l.Name, Country: l.Country, Host: l.Host, Currency: l.Currency,
		CreditPrice: formatDecimal(l.CreditPrice), Exception: l.Exception,
	})
}

// UnmarshalJSON implements [json.Unmarshaler]. It does not validate; call
// [Location.Validate].
func (l *Location) UnmarshalJSON(b []byte) error {
	var j locationJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("multicountry: location: %w", err)
	}
	var price decimal.Decimal
	if j.CreditPrice != "" {
		p, err := decimal.NewFromString(j.CreditPrice)
		if err != nil {
			return fmt.Errorf("%w: location %q: %q: %w", ErrCreditPrice, j.Name, j.CreditPrice, err)
		}
		price = p
	}
	*l = Location{Name: j.Name, Country: j.Country, Host: j.Host, Currency: j.Currency, CreditPrice: price, Exception: j.Exception}
	return nil
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

func checkCountry(s string) error {
	if !contract.IsCountryCode(s) {
		return fmt.Errorf("%w: %q (ISO 3166-1 alpha-2, upper case, such as \"KR\")", ErrCountry, s)
	}
	return nil
}

// isCurrency reports whether s is an ISO 4217 code, three upper-case
// letters, known to golang.org/x/text/currency. XXX ("no currency") is not a
// currency.
func checkCurrency(s string) error {
	if !contract.IsCurrencyCode(s) {
		return fmt.Errorf("%w: %q (ISO 4217, upper case, such as \"KRW\")", ErrCurrency, s)
	}
	return nil
}

// formatDecimal returns d for messages without ever writing billions of
// digits: see [amount.Show].
func formatDecimal(d decimal.Decimal) string { return amount.Show(d) }
