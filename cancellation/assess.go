package cancellation

import (
	"fmt"
	"time"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract/rule"
	"github.com/supportrules/unified/internal/amount"
)

// The fee rates of the three bands, read-only. decimal operations never
// modify their operands, so sharing them is safe.
var (
	rateNone = decimal.New(0, 0)  // CANCEL-1
	rateHalf = decimal.New(5, -1) // CANCEL-2
	rateFull = decimal.New(1, 0)  // CANCEL-3
)

// The notice, in calendar days, at which each band begins. Rules CANCEL-1,
// CANCEL-2, CANCEL-3 (AMB-9).
const (
	FreeNoticeDays = 14 // at least 14 days' notice: no fee (CANCEL-1)
	HalfNoticeDays = 6  // 6 to 13 days' notice: 50% fee (CANCEL-2); 5 or fewer: 100% (CANCEL-3)
)

// An Outcome is what cancelling a scheduled service costs under the §2.6
// cancellation policy: the notice given, the fee rate of its band, and the
// fee and refund on the service's price.
//
// Fee is price × FeeRate exactly and Refund is price − Fee exactly, so Fee +
// Refund is the price with no rounding; [Outcome.Settle] rounds to a
// currency's minor unit when money is paid back. NoticeDays is negative when
// the service was cancelled after the date it started. Outcome values cannot
// be compared with ==; use [Outcome.Equal]. The zero Outcome is not the
// result of any assessment.
//
// Rules CANCEL-1, CANCEL-2, CANCEL-3, D-CANCEL (§2.6).
type Outcome struct {
	_          [0]func()       // forbid ==: decimals hold pointers
	NoticeDays int             // calendar days from the cancellation date to the start date (D-DAYS)
	FeeRate    decimal.Decimal // 0, 0.5 or 1: a fraction of the price
	Fee        decimal.Decimal // price × FeeRate, exact
	Refund     decimal.Decimal // price − Fee, exact
	Rules      rule.Set        // the band's rule, D-CANCEL, and D-DAYS when days were counted from instants
}

// Equal reports whether o and p have the same notice, rate, fee, refund and
// rules.
func (o Outcome) Equal(p Outcome) bool {
	return o.NoticeDays == p.NoticeDays && o.FeeRate.Equal(p.FeeRate) && o.Fee.Equal(p.Fee) &&
		o.Refund.Equal(p.Refund) && o.Rules == p.Rules
}

// Price returns Fee + Refund, the price the outcome was assessed on.
func (o Outcome) Price() decimal.Decimal { return o.Fee.Add(o.Refund) }

// Assess returns what cancelling, at instant cancelled, a service scheduled
// to start at instant start costs, for a service whose price is price (in
// any currency, or in credits).
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
// It returns an error wrapping [ErrZeroTime] for a zero instant,
// [ErrNegativePrice] for a negative price and [ErrOutOfRange] for a price
// beyond any real contract. It never panics.
//
// The policy covers cancellations the customer asks for. Cancellations by
// Microsoft — a workshop cancelled because it did not reach its minimum
// registration (TERM-8), for example — are outside it and must not be
// assessed with this function.
//
// Interpretation: D-CANCEL, D-DAYS (AMB-9) — days are calendar-date
// differences in the delivery location's zone, and a cancellation after the
// start is in the 100% band.
//
// Rules CANCEL-1, CANCEL-2, CANCEL-3, D-CANCEL, D-DAYS (§2.6 취소 정책).
func Assess(start, cancelled time.Time, price decimal.Decimal) (Outcome, error) {
	return AssessIn(start.Location(), start, cancelled, price)
}

// AssessIn is like [Assess] but counts days in loc, the delivery location's
// zone, whatever zones start and cancelled carry. It returns an error
// wrapping [ErrNilLocation] when loc is nil.
//
// Rules CANCEL-1, CANCEL-2, CANCEL-3, D-CANCEL, D-DAYS (§2.6).
func AssessIn(loc *time.Location, start, cancelled time.Time, price decimal.Decimal) (Outcome, error) {
	switch {
	case loc == nil:
		return Outcome{}, fmt.Errorf("%w: the delivery location's zone is required (D-DAYS)", ErrNilLocation)
	case start.IsZero():
		return Outcome{}, fmt.Errorf("%w: start", ErrZeroTime)
	case cancelled.IsZero():
		return Outcome{}, fmt.Errorf("%w: cancelled", ErrZeroTime)
	}
	o, err := AssessNotice(noticeDays(loc, start, cancelled), price)
	if err != nil {
		return Outcome{}, err
	}
	o.Rules = o.Rules.With("D-DAYS")
	return o, nil
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
// cancellation after the start (100%).
//
// Rules CANCEL-1, CANCEL-2, CANCEL-3, D-CANCEL (§2.6).
func AssessNotice(noticeDays int, price decimal.Decimal) (Outcome, error) {
	price, err := checkPrice(price)
	if err != nil {
		return Outcome{}, err
	}
	rate, rules := band(noticeDays)
	fee := price.Mul(rate)
	return Outcome{NoticeDays: noticeDays, FeeRate: rate, Fee: fee, Refund: price.Sub(fee), Rules: rules}, nil
}

// band returns the fee rate and rules of the band noticeDays falls in.
//
// Rules CANCEL-1, CANCEL-2, CANCEL-3, D-CANCEL (AMB-9).
func band(noticeDays int) (decimal.Decimal, rule.Set) {
	switch {
	case noticeDays >= FreeNoticeDays:
		return rateNone, rule.Cite("CANCEL-1", "D-CANCEL")
	case noticeDays >= HalfNoticeDays:
		return rateHalf, rule.Cite("CANCEL-2", "D-CANCEL")
	default:
		return rateFull, rule.Cite("CANCEL-3", "D-CANCEL")
	}
}

// checkPrice validates a price: not negative, at most 10^18, at most 18
// decimal places. It returns the price with at most 18 places written, or
// the canonical zero for any zero, so that no later operation has to scale a zero written with an
// absurd exponent ("0e8000000"). [amount.Check] looks at the exponent before
// anything compares the number, and messages print it with [amount.Show].
func checkPrice(d decimal.Decimal) (decimal.Decimal, error) {
	switch amount.Check(d) {
	case amount.Negative:
		return decimal.Decimal{}, fmt.Errorf("%w: %s", ErrNegativePrice, amount.Show(d))
	case amount.TooLarge:
		return decimal.Decimal{}, fmt.Errorf("%w: price %s is more than 10^18", ErrOutOfRange, amount.Show(d))
	case amount.TooPrecise:
		return decimal.Decimal{}, fmt.Errorf("%w: price %s has more than 18 decimal places", ErrOutOfRange, amount.Show(d))
	}
	if d.Sign() == 0 {
		return decimal.Decimal{}, nil
	}
	// At most 18 places, so this only drops trailing zeros of a price
	// written with more ("1.000…0" to 40 places): the fee, price × 0.5,
	// then has at most 19 places and an exponent every check accepts.
	return d.Truncate(amount.MaxPlaces), nil
}

// checkPart validates a figure of an [Outcome] that may have been built by
// hand or decoded: not negative, and written with a sane exponent (a fee has
// up to 19 places). Any zero becomes the canonical zero.
func checkPart(what string, d decimal.Decimal) (decimal.Decimal, error) {
	switch {
	case d.Sign() < 0:
		return decimal.Decimal{}, fmt.Errorf("%w: %s %s", ErrNegativePrice, what, amount.Show(d))
	case d.Sign() == 0:
		return decimal.Decimal{}, nil
	case !amount.IsSane(d):
		return decimal.Decimal{}, fmt.Errorf("%w: %s %s", ErrOutOfRange, what, amount.Show(d))
	}
	return d, nil
}
