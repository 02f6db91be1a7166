package cancellation

import (
	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/internal/enum"
)

// A Rate is the fee rate of a band of the cancellation policy: no fee
// (CANCEL-1), half the price (CANCEL-2) or the whole price (CANCEL-3). Its
// text form is the fraction of the price, "0", "0.5" or "1", so that it
// reads the same in JSON as a decimal would.
//
// The zero Rate is [NoFee], an ordinary member: it marshals to "0" and back.
// Rates are comparable.
//
// Rules CANCEL-1, CANCEL-2, CANCEL-3, D-CANCEL (§2.6).
type Rate uint8

// The fee rates of the bands (§2.6).
const (
	NoFee   Rate = iota // 14 days' notice or more: no fee, a full refund. Rule CANCEL-1.
	HalfFee             // 6 to 13 days' notice: 50% of the price. Rule CANCEL-2.
	FullFee             // 5 days or fewer, the start date, or after: 100%. Rule CANCEL-3.
)

var rates = enum.New[Rate](ErrInvalid, "cancellation fee rate", "0", "0.5", "1")

// rateFraction holds the fraction of each Rate, read-only: decimal
// operations never modify their operands, so sharing them is safe.
var rateFraction = [...]decimal.Decimal{NoFee: {}, HalfFee: decimal.New(5, -1), FullFee: decimal.New(1, 0)}

// String returns the fraction r stands for: "0", "0.5" or "1".
func (r Rate) String() string { return rates.String(r) }

// IsValid reports whether r is one of the declared rates.
func (r Rate) IsValid() bool { return rates.IsValid(r) }

// ParseRate returns the Rate written s ("0", "0.5" or "1"), or an error
// wrapping [ErrInvalid].
func ParseRate(s string) (Rate, error) { return rates.Parse(s) }

// AppendText implements [encoding.TextAppender].
func (r Rate) AppendText(b []byte) ([]byte, error) { return rates.AppendText(b, r) }

// MarshalText implements [encoding.TextMarshaler].
func (r Rate) MarshalText() ([]byte, error) { return rates.AppendText(nil, r) }

// UnmarshalText implements [encoding.TextUnmarshaler]; it reads what
// [ParseRate] reads.
func (r *Rate) UnmarshalText(b []byte) error { return rates.UnmarshalText(r, b) }

// Decimal returns r as a fraction of the price: 0, 0.5 or 1; zero for an
// invalid Rate.
func (r Rate) Decimal() decimal.Decimal {
	if !r.IsValid() {
		return decimal.Decimal{}
	}
	return rateFraction[r]
}
