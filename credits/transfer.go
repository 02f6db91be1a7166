package credits

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/contract/rule"
	"github.com/supportrules/unified/internal/amount"
)

// A Conversion is the result of exchanging credits between two support
// locations at their current credit prices and currency rate: the whole
// credits received and the exact value they were rounded from. Conversions
// cannot be compared with ==; use [Conversion.Equal].
type Conversion struct {
	_        [0]func() // forbid ==: the value may hold a pointer
	Received int64     // round_half_up(Value())
	Rules    rule.Set  // MC-16, MC-17, D-CRED-2
	value    creditValue
}

// Value returns sent × fromRate × fxRate ÷ toRate, exact to [ValuePlaces]
// places (truncated), before rounding: the value Received was rounded
// from. It builds the decimal on request, so [Exchange] itself allocates
// nothing for it.
func (c Conversion) Value() decimal.Decimal { return c.value.decimal() }

// Equal reports whether c and d receive the same credits from the same value
// under the same rules.
func (c Conversion) Equal(d Conversion) bool {
	return c.Received == d.Received && c.value.equal(d.value) && c.Rules == d.Rules
}

var exchangeRules = rule.Cite("MC-16", "MC-17", "D-CRED-2")

// Exchange converts sent credits of one support location into credits of
// another: sent × fromRate (the source's price of one credit, in its
// currency) × fx (units of the destination's currency per unit of the
// source's) ÷ toRate (the destination's price of one credit, in its
// currency), computed exactly and rounded half up to a whole credit once,
// at the end. It is the one implementation of this arithmetic: package
// multicountry uses it.
//
// Exchange does the arithmetic only. Whether two locations may exchange at
// all (MC-15, MC-18: listed in the Work Order, no exception country) is the
// multicountry package's decision.
//
// It returns an error wrapping [ErrInvalidRate] for a credit price or
// currency rate that is not positive, or a currency rate other than 1
// between two prices in the same currency (MC-16); [money.ErrNegative] for
// negative credits; and [ErrOutOfRange] for sent or a result above
// [MaxCredits] or a currency rate above 10^18 or with more than 18 decimal
// places. The product sent × fromRate × fx is not bounded: it is exact
// whatever its size and places.
//
// Interpretation: D-CRED-2 (AMB-4, AMB-23).
//
// Rules MC-16, MC-17, D-CRED-2 (§2.5).
func Exchange(sent int64, fromRate money.Amount, fx decimal.Decimal, toRate money.Amount) (Conversion, error) {
	if err := checkCredits("sent", sent); err != nil {
		return Conversion{}, err
	}
	if fromRate.Sign() <= 0 {
		return Conversion{}, rateError("source credit price", fromRate)
	}
	if toRate.Sign() <= 0 {
		return Conversion{}, rateError("destination credit price", toRate)
	}
	if fx.Sign() <= 0 {
		return Conversion{}, fmt.Errorf("%w: currency rate %s (D-CRED-2)", ErrInvalidRate, amount.Show(fx))
	}
	if err := checkAmount("currency rate", fx); err != nil {
		return Conversion{}, err
	}
	if fromRate.Currency() == toRate.Currency() && !fx.Equal(oneRate) {
		return Conversion{}, fmt.Errorf("%w: currency rate %s between %v and itself (MC-16)", ErrInvalidRate, amount.Show(fx), fromRate.Currency())
	}
	value, received, err := exchangeValue(sent, fromRate, fx, toRate)
	if err != nil {
		return Conversion{}, err
	}
	return Conversion{Received: received, value: value, Rules: exchangeRules}, nil
}

// rateError is the error of Exchange for a credit price a that is not
// positive.
func rateError(what string, a money.Amount) error {
	return fmt.Errorf("%w: %s %v (D-CRED-2)", ErrInvalidRate, what, a)
}

// exchangeValue returns sent × from × fx ÷ to, exact to ValuePlaces
// places (truncated), and the whole credits it rounds to half up, on the
// integer path when every coefficient fits in 64 bits. The product is not
// bounded: it is exact whatever its size and places (it is not a price, so
// the bounds on prices do not apply to it); the one division truncates at
// ValuePlaces places, which decides half-up exactly (see ValuePlaces).
func exchangeValue(sent int64, from money.Amount, fx decimal.Decimal, to money.Amount) (creditValue, int64, error) {
	fc, fe, okf := intForm(from)
	xc, xe, okx := decForm(fx)
	tc, te, okt := intForm(to)
	if okf && okx && okt {
		n := word4{uint64(sent)}
		n.mul(fc) // at most 40 + 64 + 64 bits: it fits
		n.mul(xc)
		if v, whole, ok := quotientInt(n, fe+xe-te+ValuePlaces, tc); ok {
			if whole > uint64(MaxCredits) {
				return creditValue{}, 0, fmt.Errorf("%w: %d credits is more than %d", ErrOutOfRange, whole, MaxCredits)
			}
			return v, int64(whole), nil
		}
	}
	fd, td := from.Decimal(), to.Decimal()
	a := new(big.Int).Mul(big.NewInt(sent), fd.Coefficient())
	a.Mul(a, fx.Coefficient())
	value, received, err := quotient(a, fd.Exponent()+fx.Exponent(), td.Coefficient(), td.Exponent())
	if err != nil {
		return creditValue{}, 0, err
	}
	return creditValue{d: value, wide: true}, received, nil
}

// A Transfer is the record of one exchange of Proactive Credits between the
// ledgers of two support locations of a Work Order. The same record is
// applied to both: [Ledger.TransferOut] on the source's ledger and
// [Ledger.TransferIn] on the destination's, so an auditor can pair the two
// entries by ID.
//
// The multicountry package decides whether the exchange is allowed and fills
// in the record; the ledgers check that it is consistent ([Transfer.Validate])
// and that it names them. Transfers cannot be compared with ==; use
// [Transfer.Equal]. The zero Transfer is not valid.
//
// Rules MC-15, MC-16, MC-17, D-CRED-2 (§2.5).
type Transfer struct {
	_        [0]func()       // forbid ==: decimals hold pointers
	ID       string          // reference shared by both ledgers, chosen by the caller, e.g. "KR-JP-2026-001"
	From, To string          // the source and destination support locations, as their ledgers name them
	Sent     int64           // credits leaving From
	Received int64           // credits arriving at To: Exchange(Sent, FromRate, FXRate, ToRate).Received
	FromRate money.Amount    // price of one credit at From, in From's currency
	ToRate   money.Amount    // price of one credit at To, in To's currency
	FXRate   decimal.Decimal // units of To's currency per one unit of From's; 1 when they are the same
	Rules    rule.Set        // the rules that allowed and computed the exchange, e.g. MC-15, MC-18, D-CRED-2
}

// Equal reports whether x and y record the same exchange.
func (x Transfer) Equal(y Transfer) bool {
	return x.ID == y.ID && x.From == y.From && x.To == y.To && x.Sent == y.Sent && x.Received == y.Received &&
		x.FromRate.Equal(y.FromRate) && x.ToRate.Equal(y.ToRate) && x.FXRate.Equal(y.FXRate) && x.Rules == y.Rules
}

// Validate reports every problem with x at once (joined with
// [errors.Join]), each wrapping [ErrTransfer] or a more specific sentinel:
// a missing ID or location, a transfer from a location to itself, the
// errors of [Exchange] (a credit price that is not positive, a currency
// rate other than 1 between equal currencies), and a Received that is not
// what [Exchange] gives (D-CRED-2).
//
// Rules MC-16, MC-17, D-CRED-2 (§2.5).
func (x Transfer) Validate() error {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%w: "+format, append([]any{ErrTransfer}, args...)...))
	}
	if x.ID == "" {
		bad("no ID")
	}
	if x.From == "" || x.To == "" {
		bad("no source or destination location")
	} else if x.From == x.To {
		bad("from %q to itself", x.From)
	}
	// Exchange validates the rates' ranges before anything compares them.
	c, err := Exchange(x.Sent, x.FromRate, x.FXRate, x.ToRate)
	switch {
	case err != nil:
		errs = append(errs, err)
	case c.Received != x.Received:
		bad("%d credits sent should give %d, not %d (D-CRED-2)", x.Sent, c.Received, x.Received)
	}
	return errors.Join(errs...)
}

// oneRate is the currency rate between a currency and itself, read-only.
var oneRate = decimal.New(1, 0)
