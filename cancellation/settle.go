package cancellation

import (
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/contract/rule"
	"golang.org/x/text/currency"
)

// A Settlement is an [Outcome] on a prepaid service, in money: the fee
// rounded to the currency's minor unit and the refund due.
//
// Fee + Refund is the price exactly. Settlement values cannot be compared
// with ==; use [Settlement.Equal].
type Settlement struct {
	_        [0]func()       // forbid ==: decimals hold pointers
	Currency currency.Unit   // the currency of the price
	Fee      decimal.Decimal // the outcome's fee, rounded half up to the minor unit
	Refund   decimal.Decimal // price − Fee: what is paid back
	Rules    rule.Set        // the outcome's rules
}

// Equal reports whether s and t settle the same amounts in the same currency
// under the same rules.
func (s Settlement) Equal(t Settlement) bool {
	return s.Currency == t.Currency && s.Fee.Equal(t.Fee) && s.Refund.Equal(t.Refund) && s.Rules == t.Rules
}

// Settle applies o to a prepaid service priced in cur: the fee is rounded
// half up to cur's minor unit with [RoundFee] and the rest of the price is
// refunded, so Fee + Refund is still the price exactly. 50% of 12,345 KRW is
// a fee of 6,173 KRW and a refund of 6,172 KRW.
//
// It returns an error wrapping [ErrCurrency] when cur is the zero
// (unknown, "XXX") currency or when the price (o.Fee + o.Refund) is not a
// whole number of cur's minor unit, and one wrapping [ErrNegativePrice] or
// [ErrOutOfRange] when o.Fee or o.Refund is not an amount [Assess] accepts
// (a hand-built or decoded Outcome). It never panics.
//
// For a service paid with Proactive Credits, restore credits with
// credits.Restore instead.
//
// Interpretation: the document sets no rounding for money (AMB-9 leaves the
// fee's base open); this library rounds the fee, once, half up — the reading
// D-CRED-1 gives 반올림, the document's only rounding word.
//
// Rules CANCEL-1, CANCEL-2, CANCEL-3, D-CANCEL (§2.6: "전액을 환불 (해당되는 경우)").
func (o Outcome) Settle(cur currency.Unit) (Settlement, error) {
	// o may be hand-built or decoded, so check its parts before adding them:
	// adding a figure written with an absurd exponent would scale the other
	// by that power of ten.
	fee, err := checkPart("fee", o.Fee)
	if err != nil {
		return Settlement{}, err
	}
	refund, err := checkPart("refund", o.Refund)
	if err != nil {
		return Settlement{}, err
	}
	price, err := checkPrice(fee.Add(refund))
	if err != nil {
		return Settlement{}, err
	}
	minor, err := RoundFee(price, cur)
	if err != nil {
		return Settlement{}, err
	}
	if !minor.Equal(price) {
		return Settlement{}, fmt.Errorf("%w: price %s is not a whole number of %s's minor unit", ErrCurrency, price, cur)
	}
	fee, err = RoundFee(fee, cur)
	if err != nil {
		return Settlement{}, err
	}
	return Settlement{Currency: cur, Fee: fee, Refund: price.Sub(fee), Rules: o.Rules}, nil
}

// RoundFee rounds fee to cur's standard minor unit (ISO 4217, as CLDR
// records it: 2 places for USD and EUR, none for KRW and JPY), half up: a
// fee of 6,172.5 KRW becomes 6,173 KRW and 10.005 USD becomes 10.01 USD.
// Fees are never negative, so half up is decimal's half-away-from-zero
// Round.
//
// It returns an error wrapping [ErrCurrency] for the zero ("XXX") currency,
// [ErrNegativePrice] for a negative fee and [ErrOutOfRange] for a fee beyond
// any real contract.
//
// Rule D-CANCEL (§2.6); the rounding mode is this library's choice, see
// [Outcome.Settle].
func RoundFee(fee decimal.Decimal, cur currency.Unit) (decimal.Decimal, error) {
	if cur == (currency.Unit{}) {
		return decimal.Decimal{}, fmt.Errorf("%w: no currency", ErrCurrency)
	}
	fee, err := checkPrice(fee)
	if err != nil {
		return decimal.Decimal{}, err
	}
	scale, increment := currency.Standard.Rounding(cur)
	if increment <= 1 {
		return fee.Round(int32(scale)), nil
	}
	// A currency whose standard unit is a multiple of 10^-scale: round to
	// the nearest multiple, half up. step is positive, so DivRound cannot
	// panic; 0 places makes the quotient a whole number of steps.
	step := decimal.New(int64(increment), -int32(scale))
	return fee.DivRound(step, 0).Mul(step), nil
}
