package severity

import "errors"

// Errors returned for bad input. Every error this package returns wraps
// one of them, so callers can branch with [errors.Is], except a missing
// calendar, which wraps the module's one sentinel for it,
// [calendar.ErrNoCalendar].
var (
	// ErrInvalidLevel reports a Level that is not Sev1, SevA, SevB or SevC,
	// or text that names none of them.
	ErrInvalidLevel = errors.New("severity: invalid level")
	// ErrInvalidPlan reports a Plan that is not one of the four charts.
	ErrInvalidPlan = errors.New("severity: invalid plan")
	// ErrInvalidValue reports an invalid Effort, Channel, ProductClass,
	// Duty or Anchor, or text that names none, and a Target whose Within
	// is not positive.
	ErrInvalidValue = errors.New("severity: invalid value")
	// ErrZeroTime reports a zero time.Time where an instant is required,
	// such as an incident's Opened time.
	ErrZeroTime = errors.New("severity: zero time")
	// ErrNotCovered reports a plan whose chart does not cover the incident
	// (Rapid Response and Azure Event Management cover Azure components
	// only, minus their exclusions).
	ErrNotCovered = errors.New("severity: plan does not cover the incident")
	// ErrNoDowngrade reports a downgrade that the charts do not allow: a
	// severity below B, or a coverage downgrade of an effort that is not
	// 24x7.
	ErrNoDowngrade = errors.New("severity: no such downgrade")
	// ErrAzureMismatch reports an incident whose product is an Azure
	// product (its name holds the word "Azure", or it is printed on one of
	// the document's lists of Azure products) but whose Azure field is
	// false: the targets of Azure components would be silently lost.
	ErrAzureMismatch = errors.New("severity: product is an Azure product but the incident is not marked Azure")
	// ErrOutOfOrder reports instants in an impossible order, such as a
	// severity change before the incident was opened.
	ErrOutOfOrder = errors.New("severity: instants out of order")
)
