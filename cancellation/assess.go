package cancellation

import (
	"fmt"
	"time"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/contract/rule"
)

// The notice, in calendar days, at which each band begins. Rules CANCEL-1,
// CANCEL-2, CANCEL-3 (AMB-9).
const (
	FreeNoticeDays = 14 // at least 14 days' notice: no fee (CANCEL-1)
	HalfNoticeDays = 6  // 6 to 13 days' notice: 50% fee (CANCEL-2); 5 or fewer: 100% (CANCEL-3)
)

// An Outcome is what cancelling a scheduled service costs under the §2.6
// cancellation policy: the notice given, the fee rate of its band, and the
// fee and refund on the service's price, in the price's currency.
//
// Fee is price × FeeRate exactly and Refund is price − Fee exactly, so Fee +
// Refund is the price with no rounding; [Outcome.Settle] rounds to the
// currency's minor unit when money is paid back. NoticeDays is negative when
// the service was cancelled after the date it started. The zero Outcome is
// the outcome of a free service (no price, no currency) cancelled on its
// start date with no rules; no assessment returns it. Outcome values cannot
// be compared with ==; use [Outcome.Equal].
//
// Its JSON form is {"noticeDays":10,"feeRate":"0.5","fee":{"amount":…,
// "currency":…},"refund":{…},"rules":[…]}.
//
// Rules CANCEL-1, CANCEL-2, CANCEL-3, D-CANCEL (§2.6).
type Outcome struct {
	_          [0]func()    // forbid ==: amounts hold pointers
	NoticeDays int          `json:"noticeDays"` // calendar days from the cancellation date to the start date (D-DAYS)
	FeeRate    Rate         `json:"feeRate"`    // the band's rate: 0, 0.5 or 1
	Fee        money.Amount `json:"fee"`        // price × FeeRate, exact
	Refund     money.Amount `json:"refund"`     // price − Fee, exact
	Rules      rule.Set     `json:"rules"`      // the band's rule, D-CANCEL, and D-DAYS when days were counted from instants
}

// String summarises o for people: "notice 8 days, fee rate 0.5: fee
// 1250 KRW, refund 1250 KRW (CANCEL-2, D-CANCEL)".
func (o Outcome) String() string {
	return fmt.Sprintf("notice %d days, fee rate %v: fee %v, refund %v (%v)", o.NoticeDays, o.FeeRate, o.Fee, o.Refund, o.Rules)
}

// Equal reports whether o and p have the same notice, rate, fee, refund and
// rules.
func (o Outcome) Equal(p Outcome) bool {
	return o.NoticeDays == p.NoticeDays && o.FeeRate == p.FeeRate && o.Fee.Equal(p.Fee) &&
		o.Refund.Equal(p.Refund) && o.Rules == p.Rules
}

// Price returns Fee + Refund, the price the outcome was assessed on. It
// returns an error wrapping [money.ErrCurrency] when the two are in
// different currencies (a hand-built Outcome).
func (o Outcome) Price() (money.Amount, error) { return o.Fee.Add(o.Refund) }

// Assess returns what cancelling, at instant cancelled, a service scheduled
// to start at instant start costs, for a service whose price is price. The
// fee and refund are in price's currency.
//
// The notice is the number of calendar days from the cancellation's date to
// the start's date, both dates taken in start's location — the location
// where the service is delivered. Give start in that location's zone
// ([time.Time.In]); a start in UTC counts UTC dates. The zone of cancelled
// does not matter. Use [AssessIn] to name the location explicitly.
//
//   - 14 days or more: no fee, full refund (CANCEL-1).
//   - 6 to 13 days: a fee of 50% of the price (CANCEL-2).
//   - 5 days or fewer, the same day, or after the start: a fee of 100% (CANCEL-3).
//
// A service that runs over several days is assessed from its first day:
// give the first day's start. A cancellation on a later day of the service
// is after the start, in the 100% band.
//
// It returns an error wrapping [ErrZeroTime] for a zero instant,
// [money.ErrNegative] for a negative price and [money.ErrRange] when the
// exact fee would need more than 18 decimal places (a price with 18 places
// and an odd last digit). It never panics.
//
// The policy covers cancellations the customer asks for; see [Covers] for
// cancellations by Microsoft (TERM-8, AEM-16), which must not be assessed
// with this function.
//
// Interpretation: D-CANCEL, D-DAYS (AMB-9) — days are calendar-date
// differences in the delivery location's zone, and a cancellation after the
// start is in the 100% band. AMB-9 — a service over several days is counted
// from its first day, the reading AMB-9 presumes.
//
// Rules CANCEL-1, CANCEL-2, CANCEL-3, D-CANCEL, D-DAYS, AMB-9 (§2.6 취소 정책).
func Assess(start, cancelled time.Time, price money.Amount) (Outcome, error) {
	return AssessIn(start.Location(), start, cancelled, price)
}

// AssessIn is like [Assess] but counts days in loc, the delivery location's
// zone, whatever zones start and cancelled carry. It returns an error
// wrapping [ErrNilLocation] when loc is nil.
//
// Rules CANCEL-1, CANCEL-2, CANCEL-3, D-CANCEL, D-DAYS (§2.6).
func AssessIn(loc *time.Location, start, cancelled time.Time, price money.Amount) (Outcome, error) {
	switch {
	case loc == nil:
		return Outcome{}, fmt.Errorf("%w: the delivery location's zone is required (D-DAYS)", ErrNilLocation)
	case start.IsZero():
		return Outcome{}, fmt.Errorf("%w: start", ErrZeroTime)
	case cancelled.IsZero():
		return Outcome{}, fmt.Errorf("%w: cancelled", ErrZeroTime)
	}
	return assess(noticeDays(loc, start, cancelled), price, true)
}

// noticeDays returns the notice a cancellation at instant cancelled gives
// for a service starting at instant start: the number of calendar days from
// the cancellation's date to the start's date, both in loc. It is 0 on the
// start's own date and negative after it. loc must not be nil.
//
// Rules D-DAYS, D-CANCEL (AMB-9).
func noticeDays(loc *time.Location, start, cancelled time.Time) int {
	return calendar.DateOf(cancelled.In(loc)).DaysUntil(calendar.DateOf(start.In(loc)))
}

// AssessNotice returns the outcome of a cancellation with noticeDays
// calendar days' notice for a service priced price: the bands of [Assess],
// for callers that have already counted the days. A negative noticeDays is a
// cancellation after the start (100%). Errors are those of [Assess] about
// the price.
//
// Rules CANCEL-1, CANCEL-2, CANCEL-3, D-CANCEL (§2.6).
func AssessNotice(noticeDays int, price money.Amount) (Outcome, error) {
	return assess(noticeDays, price, false)
}

// assess returns the outcome of a cancellation with noticeDays' notice on
// price; counted says the days were counted from instants (D-DAYS).
//
// The fee needs no general arithmetic: it is zero (CANCEL-1), the price
// (CANCEL-3), or the price times one half (CANCEL-2), whose refund is the
// same half, since price − price/2 = price/2 exactly. Only the half is
// computed, by money's exact multiplication (its integer path, with
// decimal as the fallback). A differential test checks every band against
// decimal arithmetic on the price.
func assess(noticeDays int, price money.Amount, counted bool) (Outcome, error) {
	if price.Sign() < 0 {
		return Outcome{}, fmt.Errorf("cancellation: price: %w", price.NonNegative())
	}
	o := Outcome{NoticeDays: noticeDays, FeeRate: band(noticeDays)}
	switch o.FeeRate {
	case NoFee:
		o.Fee, o.Refund = money.Zero(price.Currency()), price
	case HalfFee:
		half, err := price.Mul(half)
		if err != nil {
			return Outcome{}, fmt.Errorf("cancellation: fee on %s: %w", price, err)
		}
		o.Fee, o.Refund = half, half
	default:
		o.Fee, o.Refund = price, money.Zero(price.Currency())
	}
	o.Rules = bandRules[o.FeeRate][b2i(counted)]
	return o, nil
}

// half is the fraction of CANCEL-2's fee, read-only.
var half = rateFraction[HalfFee]

// bandRules holds, for each band, the rules of an outcome from a counted
// notice (index 0) and from instants, adding D-DAYS (index 1). rule.Set
// values are immutable, so sharing them is safe.
var bandRules = [...][2]rule.Set{
	NoFee:   {rule.Cite("CANCEL-1", "D-CANCEL"), rule.Cite("CANCEL-1", "D-CANCEL", "D-DAYS")},
	HalfFee: {rule.Cite("CANCEL-2", "D-CANCEL"), rule.Cite("CANCEL-2", "D-CANCEL", "D-DAYS")},
	FullFee: {rule.Cite("CANCEL-3", "D-CANCEL"), rule.Cite("CANCEL-3", "D-CANCEL", "D-DAYS")},
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// band returns the fee rate of the band noticeDays falls in.
//
// Rules CANCEL-1, CANCEL-2, CANCEL-3, D-CANCEL (AMB-9).
func band(noticeDays int) Rate {
	switch {
	case noticeDays >= FreeNoticeDays:
		return NoFee
	case noticeDays >= HalfNoticeDays:
		return HalfFee
	default:
		return FullFee
	}
}

// check returns the price of o, which may be hand-built or decoded, after
// checking that its figures fit together: a valid rate, a fee and refund
// that are not negative and share a currency, and a fee that is exactly
// the price times the rate.
func (o Outcome) check() (money.Amount, error) {
	if !o.FeeRate.IsValid() {
		return money.Amount{}, fmt.Errorf("%w: fee rate %s (D-CANCEL)", ErrInvalid, o.FeeRate)
	}
	if err := o.Fee.NonNegative(); err != nil {
		return money.Amount{}, fmt.Errorf("cancellation: fee: %w", err)
	}
	if err := o.Refund.NonNegative(); err != nil {
		return money.Amount{}, fmt.Errorf("cancellation: refund: %w", err)
	}
	price, err := o.Price()
	if err != nil {
		return money.Amount{}, fmt.Errorf("cancellation: fee and refund: %w", err)
	}
	if want, err := price.Mul(o.FeeRate.Decimal()); err != nil || !want.Equal(o.Fee) && !(want.IsZero() && o.Fee.IsZero()) {
		return money.Amount{}, fmt.Errorf("%w: fee %s is not %s × %s (D-CANCEL)", ErrInvalid, o.Fee, price, o.FeeRate)
	}
	return price, nil
}
