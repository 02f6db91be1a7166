package money

import "errors"

// Errors returned by this package. Every error it returns wraps one of
// them. They are the module's sentinels for these meanings: other packages
// wrap them rather than define their own.
var (
	// ErrCurrency reports amounts of two currencies mixed in one operation,
	// a missing currency on a non-zero amount, or an unknown ISO 4217 code.
	ErrCurrency = errors.New("money: currency mismatch")

	// ErrNegative reports a negative amount where only zero or more is
	// allowed. It is the module's one "negative amount" sentinel.
	ErrNegative = errors.New("money: negative amount")

	// ErrRange reports an amount above 10^18 in magnitude, with more than
	// MaxPlaces decimal places, or written with more than MaxTextLen bytes,
	// and a division by zero.
	ErrRange = errors.New("money: amount out of range")

	// ErrSyntax reports text that is not a decimal number or an amount.
	ErrSyntax = errors.New("money: invalid syntax")
)
