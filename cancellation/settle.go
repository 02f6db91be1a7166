package cancellation

import (
	"encoding/json"
	"fmt"

	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/contract/rule"
)

// A Settlement is an [Outcome] on a prepaid service, in money: the fee
// rounded half up to the currency's minor unit and the refund due, both in
// the price's currency.
//
// Fee + Refund is the price exactly. The zero Settlement settles a free
// service. Settlement values cannot be compared with ==; use
// [Settlement.Equal]. Its JSON form is {"fee":{…},"refund":{…},"rules":[…]}.
//
// Rules D-CANCEL (§2.6).
type Settlement struct {
	_      [0]func()    // forbid ==: amounts hold pointers
	Fee    money.Amount `json:"fee"`    // the outcome's fee, rounded half up to the minor unit
	Refund money.Amount `json:"refund"` // price − Fee: what is paid back
	Rules  rule.Set     `json:"rules"`  // the outcome's rules
}

// Equal reports whether s and t settle the same amounts under the same
// rules.
func (s Settlement) Equal(t Settlement) bool {
	return s.Fee.Equal(t.Fee) && s.Refund.Equal(t.Refund) && s.Rules == t.Rules
}

// Settle applies o to a prepaid service: the fee is rounded half up to the
// price's minor unit with [money.Amount.RoundToMinor] and the rest of the
// price is refunded, so Fee + Refund is still the price exactly. 50% of
// 12,345 KRW is a fee of 6,173 KRW and a refund of 6,172 KRW.
//
// It returns an error wrapping [money.ErrRange] when the price (o.Fee +
// o.Refund) is not a whole number of its currency's minor unit — a prepaid
// price is money that was paid — and the errors of a hand-built or decoded
// Outcome whose figures do not fit together ([ErrInvalid],
// [money.ErrNegative], [money.ErrCurrency]). It never panics.
//
// For a service paid with Proactive Credits, take the fee in credits with
// [Rate.FeeInCredits] instead.
//
// Interpretation: D-CANCEL — a prepaid fee in money is rounded half up to
// the currency's minor unit, once; the refund is the price less the fee.
//
// Rules CANCEL-1, CANCEL-2, CANCEL-3, D-CANCEL (§2.6: "전액을 환불 (해당되는 경우)").
func (o Outcome) Settle() (Settlement, error) {
	price, err := o.check()
	if err != nil {
		return Settlement{}, err
	}
	if !price.RoundToMinor().Equal(price) {
		return Settlement{}, fmt.Errorf("%w: price %s is not a whole number of its currency's minor unit", money.ErrRange, price)
	}
	fee := o.Fee.RoundToMinor()
	refund, _ := price.Sub(fee) // cannot fail: one currency, 0 ≤ fee ≤ price
	return Settlement{Fee: fee, Refund: refund, Rules: o.Rules}, nil
}

// FeeInCredits returns the fee, in whole credits, that r takes from a
// service redeemed for credits whole credits: credits × r rounded half up
// to a whole credit. 50% of 3 credits is a fee of 2 (and 1 restored); 50%
// of 7 is 4. A negative count gives the mirror of its magnitude, and an
// invalid Rate no fee.
//
// Interpretation: D-CANCEL (AMB-9) — a fee charged in credits is rounded
// half up to a whole credit, as D-CRED-1 rounds every deduction of
// credits; its base is the credits deducted for the service.
//
// Rules D-CANCEL, D-CRED-1, CANCEL-2 (§2.6, §2.3 table 8).
func (r Rate) FeeInCredits(credits int64) int64 {
	switch r {
	case HalfFee:
		return credits - credits/2 // ⌈credits / 2⌉ for credits ≥ 0: half up
	case FullFee:
		return credits
	}
	return 0
}

// maxJSONLen bounds the JSON an Outcome or a Settlement decodes: two
// amounts of at most 256 bytes each, a rate, a notice, and a rule set
// (an assessment cites at most three rules), with generous white space.
// Longer input is refused before it is parsed, so that a megabyte of
// digits costs one scan by encoding/json, not several (issue 14).
const maxJSONLen = 4096

// UnmarshalJSON reads the JSON form of an Outcome and checks that its
// figures fit together: a valid rate, a fee and refund that are not
// negative and share a currency, and a fee that is exactly the price times
// the rate. Input longer than 4,096 bytes is refused before it is parsed.
// Every error wraps [ErrInvalid] and, where the cause is an amount or the
// length, the money package's sentinel.
func (o *Outcome) UnmarshalJSON(b []byte) error {
	if len(b) > maxJSONLen {
		return fmt.Errorf("%w: outcome: %d bytes of JSON, more than %d: %w", ErrInvalid, len(b), maxJSONLen, money.ErrRange)
	}
	type fields Outcome // the same fields, without this method
	var f fields
	if err := json.Unmarshal(b, &f); err != nil {
		return fmt.Errorf("%w: outcome: %w", ErrInvalid, err)
	}
	n := Outcome(f)
	if _, err := n.check(); err != nil {
		return fmt.Errorf("%w: outcome: %w", ErrInvalid, err)
	}
	*o = n
	return nil
}

// UnmarshalJSON reads the JSON form of a Settlement and checks it: a fee
// and refund that are not negative, share a currency and are whole numbers
// of its minor unit. Input longer than 4,096 bytes is refused before it is
// parsed. Every error wraps [ErrInvalid] and, where the cause is an amount
// or the length, the money package's sentinel.
func (s *Settlement) UnmarshalJSON(b []byte) error {
	if len(b) > maxJSONLen {
		return fmt.Errorf("%w: settlement: %d bytes of JSON, more than %d: %w", ErrInvalid, len(b), maxJSONLen, money.ErrRange)
	}
	type fields Settlement // the same fields, without this method
	var f fields
	if err := json.Unmarshal(b, &f); err != nil {
		return fmt.Errorf("%w: settlement: %w", ErrInvalid, err)
	}
	n := Settlement(f)
	for _, a := range []money.Amount{n.Fee, n.Refund} {
		if err := a.NonNegative(); err != nil {
			return fmt.Errorf("%w: settlement: %w", ErrInvalid, err)
		}
		if !a.RoundToMinor().Equal(a) {
			return fmt.Errorf("%w: settlement: %w: %s is not a whole number of its minor unit", ErrInvalid, money.ErrRange, a)
		}
	}
	if _, err := n.Fee.Add(n.Refund); err != nil {
		return fmt.Errorf("%w: settlement: %w", ErrInvalid, err)
	}
	*s = n
	return nil
}
