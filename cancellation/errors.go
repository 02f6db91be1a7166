package cancellation

import "errors"

// Errors returned by this package. Every error it returns wraps one of them
// or one of the money package's sentinels: [money.ErrNegative] for a
// negative price, fee or refund, [money.ErrRange] for an amount beyond the
// module's bounds, and [money.ErrCurrency] for figures in two currencies.
// Callers branch with [errors.Is]; messages read "cancellation: what:
// detail".
var (
	// ErrZeroTime reports a zero start or cancellation time.
	ErrZeroTime = errors.New("cancellation: zero time")

	// ErrNilLocation reports a nil delivery location. Rule D-DAYS.
	ErrNilLocation = errors.New("cancellation: nil location")

	// ErrInvalid reports an invalid fee rate or initiator, and a decoded or
	// hand-built Outcome or Settlement whose figures do not fit together
	// (a fee that is not the price times the rate, for example), or JSON
	// that is not one.
	ErrInvalid = errors.New("cancellation: invalid value")
)
