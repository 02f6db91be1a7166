package severity

import (
	"fmt"
	"strings"
	"time"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract/rule"
	"github.com/supportrules/unified/internal/enum"
)

// A State is where a first call response, or a customer duty, stands at an
// instant: [Pending], [Met] or [Breached].
//
// The zero State means "no status" (a zero [Status]): it is not valid,
// marshals to empty text, and empty text unmarshals to it.
//
// Rules PRS-9, D-SEV-1 (§2.3 table 9, Appendix A).
type State uint8

// States of a first response or a duty.
const (
	_        State = iota // no status
	Pending               // not yet made, and not yet due: there is time left
	Met                   // made at or before the due instant ("within" is inclusive, D-SEV-1)
	Breached              // made after the due instant, or not made and the due instant has passed
)

var states = enum.New[State](ErrInvalidValue, "severity state", "", "pending", "met", "breached")

// String returns "pending", "met" or "breached"; "" for the zero State.
func (s State) String() string { return states.String(s) }

// IsValid reports whether s is Pending, Met or Breached.
func (s State) IsValid() bool { return states.IsValid(s) }

// ParseState returns the State named by s, ignoring case; empty text is
// the zero State. Other text is an error wrapping [ErrInvalidValue].
func ParseState(s string) (State, error) { return states.Parse(s) }

// AppendText implements [encoding.TextAppender].
func (s State) AppendText(b []byte) ([]byte, error) { return states.AppendText(b, s) }

// MarshalText implements [encoding.TextMarshaler]; the zero State is
// empty text.
func (s State) MarshalText() ([]byte, error) { return states.AppendText(nil, s) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (s *State) UnmarshalText(b []byte) error { return states.UnmarshalText(s, b) }

// A Status is where an incident's first call response stands at an
// instant, as a support desk shows it: when it is due, whether it is
// pending, met or breached, and how much counted time is left or overdue.
//
// Remaining and Overdue are counted time on the governing target's clock:
// business hours for a Severity B or C target (the support location's
// calendar), every instant for Severity 1 and A (24x7). Counted time is
// the measure the document's promise is made in: a Severity B incident
// opened on Friday at 17:00 with 2 business hours has 30 minutes left on
// Friday evening, and still 30 minutes on Monday at 08:59, because no
// business time passed over the weekend. A wall-clock measure (Due minus
// the instant) would show 64 hours at 17:00 on Friday and could not
// warn before the desk opens; compute it as Due.Sub(asOf) where it is
// wanted (see the example of [Status.AtRisk]).
//
// The document promises a first response only: there is no resolution
// time and no pause clock (see the package documentation).
//
// Status values cannot be compared with == (they hold instants); use
// [Status.Equal]. The zero Status (State zero) holds no status.
//
// Rules PRS-9, D-SEV-1, D-CLOCK, D-SEV-6 (§2.3 table 9, Appendix A).
type Status struct {
	_         [0]func()     // forbid ==: time.Time values are compared with Equal
	Due       time.Time     `json:"due,omitzero"` // when the response (or duty) is due
	Remaining time.Duration `json:"remaining"`    // counted time from the instant to Due while Pending; else 0
	Overdue   time.Duration `json:"overdue"`      // counted time from Due to the response (or the instant, if none yet) when Breached; else 0
	// Responded is the response (or the duty's fulfilment) known at the
	// instant; zero if none yet.
	Responded time.Time `json:"responded,omitzero"`
	State     State     `json:"state"` // Pending, Met or Breached
	// BusinessHours reports that Remaining and Overdue count the support
	// location's business hours; otherwise they count every instant.
	BusinessHours bool `json:"businessHours"`
	// Target is the first-response target that governs Due: after a
	// severity change that kept an earlier due time, the earlier level's
	// target. It is zero in the status of a customer duty.
	Target Target `json:"target,omitzero"`
	// Rules are the rules that decided the state (the due time's are in
	// Target.Rules, or the duty's in a duty's status).
	Rules rule.Set `json:"rules"`
}

// String summarises s for a desk, in one line: the state, the counted
// time left or overdue, the due and response instants (RFC 3339), the
// clock and the rules: "breached, 1m0s overdue, due
// 2026-09-18T18:30:00+09:00, 24x7 (PRS-9, D-SEV-1)". The zero Status is
// "no status".
func (s Status) String() string {
	if s.State == 0 {
		return "no status"
	}
	var b strings.Builder
	b.WriteString(s.State.String())
	switch s.State {
	case Pending:
		b.WriteString(", " + s.Remaining.String() + " left")
	case Breached:
		b.WriteString(", " + s.Overdue.String() + " overdue")
	}
	if !s.Due.IsZero() {
		b.WriteString(", due " + s.Due.Format(time.RFC3339))
	}
	if !s.Responded.IsZero() {
		b.WriteString(", responded " + s.Responded.Format(time.RFC3339))
	}
	if s.BusinessHours {
		b.WriteString(", business hours")
	} else {
		b.WriteString(", 24x7")
	}
	if s.Rules.Len() > 0 {
		b.WriteString(" (" + s.Rules.String() + ")")
	}
	return b.String()
}

// Equal reports whether s and o hold the same status: the same instants,
// state, durations, clock, target and rules.
func (s Status) Equal(o Status) bool {
	return s.Due.Equal(o.Due) && s.State == o.State && s.Remaining == o.Remaining && s.Overdue == o.Overdue &&
		s.Responded.Equal(o.Responded) && s.BusinessHours == o.BusinessHours && s.Target == o.Target && s.Rules == o.Rules
}

// AtRisk reports whether s is Pending with at most within of counted time
// left: the desk's warning that a response will breach unless made within
// the next within of the governing clock. A Met or Breached status is
// never at risk (a breach is no longer a risk).
//
// Rules PRS-9, D-SEV-1, D-CLOCK.
func (s Status) AtRisk(within time.Duration) bool {
	return s.State == Pending && s.Remaining <= within
}

// StatusAt returns where inc's first call response stands at instant asOf.
//
//   - changes are the incident's severity changes, in order (none: the
//     opening target alone). A change made after asOf is not yet known at
//     asOf and is left out, as is a change made at or after a response
//     known at asOf: the response settles the first response's status.
//   - responded is when Microsoft's first call response was made; the zero
//     time means not yet. A response after asOf is not yet known at asOf.
//     A change whose FirstResponse is set must name the same instant.
//   - cal is the support location's calendar, as for [Deadline].
//
// Due is what [Deadline] gives, or [RetargetAll] with the known changes.
// The state is Met when the response was made at or before Due ("within"
// is inclusive), Breached when it was made after Due or, unanswered, asOf
// is after Due, and Pending otherwise. Remaining and Overdue are counted
// on the governing target's clock (see [Status]). As asOf grows, Met and
// Breached never change, and with changes anchored [FromChange] Remaining
// never grows; a [Retroactive] downgrade may give a pending response more
// time.
//
// It returns the errors of [RetargetAll], or one wrapping [ErrZeroTime]
// for a zero asOf, [ErrOutOfOrder] for an asOf or a responded before
// inc.Opened, and [ErrInvalidValue] for a change whose FirstResponse
// disagrees with responded. It does not allocate.
//
// Interpretation: D-SEV-1 (AMB-14), D-SEV-6, D-CLOCK.
//
// Rules PRS-9, PRS-6, D-SEV-1, D-SEV-6, D-CLOCK (§2.3 table 9, Appendix A).
func StatusAt(inc Incident, changes []Change, responded, asOf time.Time, cal *calendar.Calendar) (Status, error) {
	if asOf.IsZero() {
		return Status{}, fmt.Errorf("%w: status instant", ErrZeroTime)
	}
	if !inc.Opened.IsZero() {
		if asOf.Before(inc.Opened) {
			return Status{}, fmt.Errorf("%w: status asked at %s, before opening at %s",
				ErrOutOfOrder, asOf.Format(time.RFC3339), inc.Opened.Format(time.RFC3339))
		}
		if !responded.IsZero() && responded.Before(inc.Opened) {
			return Status{}, fmt.Errorf("%w: first response at %s, before opening at %s",
				ErrOutOfOrder, responded.Format(time.RFC3339), inc.Opened.Format(time.RFC3339))
		}
	}
	known := responded
	if known.After(asOf) {
		known = time.Time{}
	}
	n := 0
	for i := range changes {
		ch := &changes[i]
		if !ch.FirstResponse.IsZero() && !ch.FirstResponse.Equal(responded) {
			return Status{}, fmt.Errorf("%w: change at %s records a first response at %s, not the one given",
				ErrInvalidValue, ch.At.Format(time.RFC3339), ch.FirstResponse.Format(time.RFC3339))
		}
		if n == i && !ch.At.After(asOf) && (known.IsZero() || ch.At.Before(known)) {
			n++
		}
	}
	var st retargeting
	if err := st.run(&inc, changes, n, cal); err != nil {
		return Status{}, err
	}
	g := st.governing
	s := Status{Due: st.due, Responded: known, BusinessHours: g.BusinessHours, Target: *g}
	switch {
	case !known.IsZero() && !known.After(st.due):
		s.State = Met
	case !known.IsZero():
		s.State, s.Overdue = Breached, counted(st.due, known, g.BusinessHours, cal)
	case asOf.After(st.due):
		s.State, s.Overdue = Breached, counted(st.due, asOf, g.BusinessHours, cal)
	default:
		s.State, s.Remaining = Pending, counted(asOf, st.due, g.BusinessHours, cal)
	}
	s.Rules = statusRules
	if st.changed {
		s.Rules = changedStatusRules
	}
	return s, nil
}

// The rules of a status, cited once; never written after initialisation.
// The rules that decided the due time are the governing Target's.
var (
	statusRules        = rule.Cite("PRS-9", "D-SEV-1", "D-CLOCK")
	changedStatusRules = rule.Cite("PRS-9", "D-SEV-1", "D-CLOCK", "PRS-6", "D-SEV-6")
)

// counted returns the counted time in [a, b) on the business-hours
// calendar cal or, when business is false, on the 24x7 clock. cal is not
// nil when business is true: the due time was computed on it.
func counted(a, b time.Time, business bool, cal *calendar.Calendar) time.Duration {
	if !business {
		return b.Sub(a)
	}
	return cal.Between(a, b)
}

// IsOnTime reports whether a first call response made at response met
// r's due time ("within" is inclusive, D-SEV-1): the verdict after the
// severity changes, whichever due time stands (a Kept earlier one, or one
// measured retroactively). Checking r.Target against the change instead is
// wrong whenever the earlier due time was kept. It returns an error
// wrapping [ErrZeroTime] for a zero response or a zero Retargeted.
//
// Rules PRS-9, D-SEV-1, D-SEV-6 (§2.3 table 9, Appendix A).
func (r Retargeted) IsOnTime(response time.Time) (rule.Verdict, error) {
	switch {
	case r.Due.IsZero():
		return rule.Verdict{}, fmt.Errorf("%w: the zero Retargeted has no due time", ErrZeroTime)
	case response.IsZero():
		return rule.Verdict{}, fmt.Errorf("%w: first call response", ErrZeroTime)
	}
	return rule.Verdict{Allowed: !response.After(r.Due), Rules: rule.Cite("PRS-9", "D-SEV-1", "D-SEV-6")}, nil
}

// StatusAt returns where the duty d stands at instant asOf, as [StatusAt]
// does for the first response: done is when the customer fulfilled it
// (zero: not yet; after asOf: not yet known). Remaining and Overdue count
// business hours on cal for a business-hours duty (Severity B's change
// manager) and every instant otherwise (Severity C's 24 hours). Target is
// zero.
//
// It returns an error wrapping [ErrInvalidValue] for a standing duty,
// which has no deadline (Within zero), [ErrZeroTime] for a zero asOf or a
// duty without a due time, and [calendar.ErrNoCalendar] for a business-hours duty
// with a nil calendar.
//
// Rules SEV-STD-14, SEV-STD-17, D-SEV-1, D-CLOCK, AMB-14 (Appendix A).
func (d CustomerDuty) StatusAt(done, asOf time.Time, cal *calendar.Calendar) (Status, error) {
	switch {
	case d.Within <= 0:
		return Status{}, fmt.Errorf("%w: duty %v is a standing duty without a deadline", ErrInvalidValue, d.Duty)
	case d.Due.IsZero():
		return Status{}, fmt.Errorf("%w: duty %v has no due time", ErrZeroTime, d.Duty)
	case asOf.IsZero():
		return Status{}, fmt.Errorf("%w: status instant", ErrZeroTime)
	case d.BusinessHours && (cal == nil || cal.Location() == nil):
		return Status{}, fmt.Errorf("%w: duty %v counts business hours", calendar.ErrNoCalendar, d.Duty)
	}
	known := done
	if known.After(asOf) {
		known = time.Time{}
	}
	s := Status{Due: d.Due, Responded: known, BusinessHours: d.BusinessHours, Rules: d.Rules.With("D-CLOCK")}
	switch {
	case !known.IsZero() && !known.After(d.Due):
		s.State = Met
	case !known.IsZero():
		s.State, s.Overdue = Breached, counted(d.Due, known, d.BusinessHours, cal)
	case asOf.After(d.Due):
		s.State, s.Overdue = Breached, counted(d.Due, asOf, d.BusinessHours, cal)
	default:
		s.State, s.Remaining = Pending, counted(asOf, d.Due, d.BusinessHours, cal)
	}
	return s, nil
}
