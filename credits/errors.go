package credits

import (
	"errors"
	"fmt"
)

// Errors returned by this package. Every error it returns wraps one of them,
// so callers branch with [errors.Is]; messages read "credits: what: detail".
var (
	// ErrInsufficient reports a redemption or transfer that would make a
	// balance negative. Such a redemption is refused, never partly made.
	// Rule D-CRED-1 (AMB-4).
	ErrInsufficient = errors.New("credits: insufficient balance")

	// ErrInvalidRate reports a credit rate (the then-current price of one
	// credit) or a currency rate that is zero or negative. Rules CRED-2,
	// D-CRED-2.
	ErrInvalidRate = errors.New("credits: rate must be positive")

	// ErrOutOfRange reports an amount beyond any real contract: a balance or
	// number of credits above [MaxCredits], a price or rate above 10^18, or
	// one written with more than 18 decimal places.
	ErrOutOfRange = errors.New("credits: amount out of range")

	// ErrInvalidEntry reports a ledger operation or history entry that is
	// not well formed: an invalid date, service, kind, currency or
	// reference, or a date before the previous entry's.
	ErrInvalidEntry = errors.New("credits: invalid ledger entry")

	// ErrExpired reports a ledger operation dated after the Work Order's
	// end, or made on a ledger whose balance has expired. Rules TERM-7,
	// D-TERM-2.
	ErrExpired = errors.New("credits: Work Order term has ended")

	// ErrNotExpired reports an expiry dated on or before the Work Order's
	// last day: credits are usable until the end of the term. Rules TERM-7,
	// D-TERM-2.
	ErrNotExpired = errors.New("credits: Work Order term has not ended")

	// ErrRefunded reports a second cancellation of the same redemption.
	// Rule D-CANCEL.
	ErrRefunded = errors.New("credits: redemption already cancelled")

	// ErrReplay reports a recorded history that does not reproduce itself
	// when replayed: a recorded balance, deduction or rule list differs from
	// what the rules give.
	ErrReplay = errors.New("credits: history does not replay")

	// ErrNotRedeemable reports a service that Proactive Credits cannot pay
	// for ([Redeemable]), or that is not a service of the catalogue. Rule
	// CRED-2.
	ErrNotRedeemable = errors.New("credits: service cannot be paid with credits")

	// ErrNoRate reports a rate card that has no rate on a date: the date is
	// before its first rate. Rules CRED-2, MC-16.
	ErrNoRate = errors.New("credits: no rate on that date")

	// ErrFractional reports an amount that does not buy a whole number of
	// credits where the Work Order states credits as a count. Rule CRED-1.
	ErrFractional = errors.New("credits: not a whole number of credits")

	// ErrTransfer reports a transfer record that is inconsistent with the
	// ledger it is applied to or with rule D-CRED-2.
	ErrTransfer = errors.New("credits: invalid transfer")
)

// An InsufficientError reports a deduction larger than the balance. It
// wraps [ErrInsufficient]. Rule D-CRED-1.
type InsufficientError struct {
	Balance int64 // credits available
	Needed  int64 // credits the redemption or transfer would deduct
}

// Error returns a message such as
// "credits: insufficient balance: 3 credits needed, 2 available (D-CRED-1)".
func (e *InsufficientError) Error() string {
	return fmt.Sprintf("%v: %d credits needed, %d available (D-CRED-1)", ErrInsufficient, e.Needed, e.Balance)
}

// Unwrap returns [ErrInsufficient].
func (e *InsufficientError) Unwrap() error { return ErrInsufficient }
