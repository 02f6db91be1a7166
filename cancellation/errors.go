package cancellation

import "errors"

// Errors returned by this package. Every error it returns wraps one of them,
// so callers branch with [errors.Is]; messages read "cancellation: what:
// detail".
var (
	// ErrZeroTime reports a zero start or cancellation time.
	ErrZeroTime = errors.New("cancellation: zero time")

	// ErrNilLocation reports a nil delivery location. Rule D-DAYS.
	ErrNilLocation = errors.New("cancellation: nil location")

	// ErrNegativePrice reports a negative service price.
	ErrNegativePrice = errors.New("cancellation: negative price")

	// ErrOutOfRange reports a price beyond any real contract (above 10^18,
	// or with more than 18 decimal places) or a fee rate outside [0, 1].
	ErrOutOfRange = errors.New("cancellation: amount out of range")

	// ErrCurrency reports a missing or unknown currency, or a price that is
	// not a whole number of the currency's minor unit.
	ErrCurrency = errors.New("cancellation: invalid currency")
)
