package contract

import (
	"errors"
	"fmt"

	"github.com/supportrules/unified/calendar"
)

// ErrInvalidTerm reports a term with a zero or non-existent date, or whose
// end is before its start.
var ErrInvalidTerm = errors.New("contract: invalid term")

// A Term is a span of whole calendar dates from Start to End, **both
// inclusive**: the Work Order term 2026-01-01..2028-12-31 covers every day of
// 2026, 2027 and 2028, and its services are forfeited from 2029-01-01 on
// (TERM-7). End is the Work Order's expiry date (만료일) in the sense of
// RESP-14. A one-day term has Start == End.
//
// The dates are civil dates in the time zone of the location concerned
// (D-DAYS); a Term carries no zone. Terms are comparable with ==. The zero
// Term means "none" (no Unified contract, a purchase that takes the Work
// Order's dates); [Term.IsValid] reports false for it.
//
// Rules TERM-7, D-TERM-2, D-DAYS (§2.6).
type Term struct {
	Start calendar.Date `json:"start"`
	End   calendar.Date `json:"end"` // inclusive: the last day of the term
}

// IsZero reports whether t is the zero Term.
func (t Term) IsZero() bool { return t == Term{} }

// IsValid reports whether both dates exist and End is not before Start.
func (t Term) IsValid() bool {
	return t.Start.IsValid() && t.End.IsValid() && !t.End.Before(t.Start)
}

// check returns nil when t is valid, or an error wrapping [ErrInvalidTerm]
// that says what is wrong.
func (t Term) check() error {
	switch {
	case t.IsZero():
		return fmt.Errorf("%w: no dates", ErrInvalidTerm)
	case !t.Start.IsValid():
		return fmt.Errorf("%w: start %v is not a date", ErrInvalidTerm, t.Start)
	case !t.End.IsValid():
		return fmt.Errorf("%w: end %v is not a date", ErrInvalidTerm, t.End)
	case t.End.Before(t.Start):
		return fmt.Errorf("%w: end %v is before start %v", ErrInvalidTerm, t.End, t.Start)
	}
	return nil
}

// Contains reports whether d falls within t, ends included.
func (t Term) Contains(d calendar.Date) bool {
	return !d.Before(t.Start) && !d.After(t.End)
}

// Covers reports whether every day of u falls within t.
func (t Term) Covers(u Term) bool { return t.Contains(u.Start) && t.Contains(u.End) }

// Days returns the number of days in t, ends included: 1 for a one-day
// term, 1096 for 2026-01-01..2028-12-31. It returns 0 for an invalid term.
func (t Term) Days() int {
	if !t.IsValid() {
		return 0
	}
	return t.Start.DaysUntil(t.End) + 1
}

// String returns t as "2026-01-01..2028-12-31".
func (t Term) String() string { return t.Start.String() + ".." + t.End.String() }
