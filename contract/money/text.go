package money

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"
)

// MaxTextLen is the longest decimal number, in bytes, that [Parse],
// [ParseDecimal] and the JSON and text decoders read: room for 19 integer
// digits, 18 places, a sign, a point and a few leading or trailing zeros.
// Longer text is refused with [ErrRange] before any digit is parsed, so its
// cost does not depend on its length.
const MaxTextLen = 64

// maxQuoted bounds how much of a refused input a message repeats.
const maxQuoted = 40

func quote(s string) string {
	if len(s) > maxQuoted {
		s = s[:maxQuoted] + "…"
	}
	return strconv.Quote(s)
}

// scanNumber checks that s is a plain decimal number of at most MaxTextLen
// bytes: an optional sign, one or more digits, and optionally a point
// followed by one or more digits. It returns the value as c × 10^e when it
// has at most 18 significant digits (fast is true), and otherwise leaves
// the value to decimal, whose parsing is then cheap because s is short.
func scanNumber(s string) (c int64, e int, fast bool, err error) {
	// Every early return leaves c, e and fast zero: callers read them only
	// when fast is true.
	switch {
	case len(s) == 0:
		err = fmt.Errorf("%w: empty number", ErrSyntax)
		return
	case len(s) > MaxTextLen:
		err = fmt.Errorf("%w: a number of %d bytes is longer than %d", ErrRange, len(s), MaxTextLen)
		return
	}
	i, neg := 0, false
	if s[0] == '-' || s[0] == '+' {
		neg, i = s[0] == '-', 1
	}
	var (
		u        uint64
		digits   int  // significant digits accumulated in u
		places   int  // digits after the point
		point    bool // a point has been read
		intDigit bool // at least one digit before the point
		fracDig  bool // at least one digit after the point
	)
	for ; i < len(s); i++ {
		ch := s[i]
		switch {
		case ch >= '0' && ch <= '9':
			if point {
				places++
				fracDig = true
			} else {
				intDigit = true
			}
			if u != 0 || ch != '0' {
				digits++
			}
			u = u*10 + uint64(ch-'0') // wraps beyond 19 digits, but is then not used
		case ch == '.' && !point:
			point = true
		default:
			err = fmt.Errorf("%w: %s is not a decimal number", ErrSyntax, quote(s))
			return
		}
	}
	if !intDigit || (point && !fracDig) {
		err = fmt.Errorf("%w: %s is not a decimal number", ErrSyntax, quote(s))
		return
	}
	if digits > 18 {
		return // left to decimal
	}
	c = int64(u)
	if neg {
		c = -c
	}
	return c, -places, true, nil
}

// parseNumber reads the number s as an amount of cur.
func parseNumber(s string, cur currency.Unit) (Amount, error) {
	c, e, fast, err := scanNumber(s)
	if err != nil {
		return Amount{}, err
	}
	if fast {
		return norm(c, e, cur)
	}
	d, err := decimal.NewFromString(s) // at most MaxTextLen bytes, checked
	if err != nil {
		return Amount{}, fmt.Errorf("%w: %s: %w", ErrSyntax, quote(s), err)
	}
	return fromDecimal(d, cur)
}

// ParseDecimal reads s, a plain decimal number ("12.50", "-0.5", "300000")
// of at most [MaxTextLen] bytes, within the bounds of an Amount: at most
// 10^18 in magnitude and 18 decimal places. It is the bounded reader for
// every decimal in the module's text and JSON forms. Exponents ("1e5"),
// spaces and separators are errors wrapping [ErrSyntax]; text that is too
// long or a value out of bounds, errors wrapping [ErrRange]. The length is
// checked before anything else, so any input costs at most microseconds.
func ParseDecimal(s string) (decimal.Decimal, error) {
	a, err := parseNumber(s, currency.Unit{})
	if err != nil {
		return decimal.Decimal{}, err
	}
	return a.Decimal(), nil
}

// ParseIn reads s, a plain decimal number as [ParseDecimal] reads it, as an
// amount of cur: ParseIn("12.50", currency.USD). A non-zero number with the
// zero ("XXX") unit is an error wrapping [ErrCurrency].
func ParseIn(s string, cur currency.Unit) (Amount, error) {
	a, err := parseNumber(s, cur)
	if err != nil {
		return Amount{}, err
	}
	if cur == (currency.Unit{}) && !a.IsZero() {
		return Amount{}, fmt.Errorf("%w: %s has no currency", ErrCurrency, quote(s))
	}
	return a, nil
}

// parseCurrency reads an ISO 4217 code, any case. "XXX" (no currency) is an
// error.
func parseCurrency(code string) (currency.Unit, error) {
	cur, err := currency.ParseISO(code) // refuses anything but three letters
	if err != nil || cur == (currency.Unit{}) {
		return currency.Unit{}, fmt.Errorf("%w: %s is not the ISO 4217 code of a currency", ErrCurrency, quote(code))
	}
	return cur, nil
}

// Parse reads the text form of an amount: a plain decimal number, one
// space and an ISO 4217 code, such as "12.50 USD" or "-3 krw". The number is
// read as [ParseDecimal] reads it. An unknown code, or "XXX", is an error
// wrapping [ErrCurrency]; other malformed text one wrapping [ErrSyntax] or,
// for an overlong number or one out of bounds, [ErrRange]. Empty text is an
// error; [Amount.UnmarshalText] reads it as the zero Amount.
func Parse(s string) (Amount, error) {
	num, code, ok := strings.Cut(s, " ")
	if !ok {
		return Amount{}, fmt.Errorf("%w: %s is not an amount such as \"12.50 USD\"", ErrSyntax, quote(s))
	}
	cur, err := parseCurrency(code)
	if err != nil {
		return Amount{}, err
	}
	return parseNumber(num, cur)
}

// minorDigits returns the number of digits cur's minor unit has.
func minorDigits(cur currency.Unit) int {
	if cur == (currency.Unit{}) {
		return 0
	}
	scale, _ := currency.Standard.Rounding(cur)
	return scale
}

// appendNumber appends a's value, with at least its currency's minor
// digits and never in exponent notation: "12.50", "1250", "0.125".
func (a Amount) appendNumber(b []byte) []byte {
	places := max(a.Places(), minorDigits(a.cur))
	if a.wide {
		return append(b, a.d.StringFixed(int32(places))...)
	}
	c := a.c
	if c < 0 {
		b = append(b, '-')
	}
	var buf [40]byte
	digits := strconv.AppendUint(buf[:0], abs(c), 10)
	for range a.e { // no iteration when a.e ≤ 0
		digits = append(digits, '0')
	}
	frac := max(0, -int(a.e)) // digits of c after the point
	if len(digits) <= frac {  // 0.0125: zeros before the first digit
		var padded [40]byte
		n := copy(padded[:], "0000000000000000000"[:frac+1-len(digits)])
		digits = append(padded[:n], digits...)
	}
	b = append(b, digits[:len(digits)-frac]...)
	if places > 0 {
		b = append(b, '.')
		b = append(b, digits[len(digits)-frac:]...)
		for range places - frac {
			b = append(b, '0')
		}
	}
	return b
}

// String returns a for people and for machines alike: "12.50 USD",
// "-3 KRW", with at least the currency's minor digits. The zero Amount is
// "0".
func (a Amount) String() string {
	if a.cur == (currency.Unit{}) {
		return "0"
	}
	b, _ := a.AppendText(nil) // never fails
	return string(b)
}

// AppendText appends the text form of a, as [Amount.MarshalText] gives it.
// It implements [encoding.TextAppender].
func (a Amount) AppendText(b []byte) ([]byte, error) {
	if a.cur == (currency.Unit{}) {
		return b, nil
	}
	b = a.appendNumber(b)
	b = append(b, ' ')
	return append(b, a.cur.String()...), nil
}

// MarshalText returns the text form of a, "12.50 USD", or empty text for
// the zero Amount. It never fails.
func (a Amount) MarshalText() ([]byte, error) { return a.AppendText(nil) }

// UnmarshalText reads what [Parse] reads, and empty text as the zero Amount.
func (a *Amount) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*a = Amount{}
		return nil
	}
	if len(b) > MaxTextLen+4 {
		return fmt.Errorf("%w: an amount of %d bytes is longer than %d", ErrRange, len(b), MaxTextLen+4)
	}
	n, err := Parse(string(b))
	if err != nil {
		return err
	}
	*a = n
	return nil
}

// maxJSONLen bounds the JSON form an Amount decodes: the object with its
// two strings and generous white space.
const maxJSONLen = 256

type amountJSON struct {
	Amount   string `json:"amount"`
	Currency string `json:"currency"`
}

// MarshalJSON returns {"amount":"12.50","currency":"USD"}: the number as a
// string with at least the currency's minor digits, and the ISO 4217 code.
// The zero Amount is {"amount":"0","currency":""}. The form never depends on
// decimal's package settings.
func (a Amount) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 48)
	b = append(b, `{"amount":"`...)
	if a.cur == (currency.Unit{}) {
		return append(b, `0","currency":""}`...), nil
	}
	b = a.appendNumber(b)
	b = append(b, `","currency":"`...)
	b = append(b, a.cur.String()...)
	return append(b, `"}`...), nil
}

// UnmarshalJSON reads what [Amount.MarshalJSON] writes. The amount must be
// a JSON string holding a plain decimal number (as [ParseDecimal] reads
// it), and the currency an ISO 4217 code; an empty or zero amount with an
// empty currency, or {}, is the zero Amount. Input longer than a few
// hundred bytes is refused before it is parsed. Every error wraps
// [ErrSyntax], [ErrRange] or [ErrCurrency]. JSON null leaves a unchanged.
func (a *Amount) UnmarshalJSON(b []byte) error {
	if len(b) > maxJSONLen {
		return fmt.Errorf("%w: an amount's JSON of %d bytes is longer than %d", ErrRange, len(b), maxJSONLen)
	}
	if string(b) == "null" {
		return nil
	}
	var j amountJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("%w: amount: %w", ErrSyntax, err)
	}
	var cur currency.Unit
	if j.Currency != "" {
		var err error
		if cur, err = parseCurrency(j.Currency); err != nil {
			return err
		}
	}
	if j.Amount == "" && cur == (currency.Unit{}) {
		*a = Amount{}
		return nil
	}
	n, err := ParseIn(j.Amount, cur)
	if err != nil {
		return err
	}
	*a = n
	return nil
}
