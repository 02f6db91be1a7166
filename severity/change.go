package severity

import (
	"bytes"
	"fmt"
	"time"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract/rule"
	"github.com/supportrules/unified/internal/enum"
)

// An Anchor says from when a severity change measures the new first-call
// target.
//
// The zero Anchor is [FromChange], the binding default.
type Anchor uint8

// Anchors of a re-targeted first response.
const (
	FromChange  Anchor = iota // from the change, never later than the old due time (D-SEV-6)
	Retroactive               // from the incident's opening, as if opened at the new level (ServiceNow's "retroactive start")
)

// anchors names the anchors; the zero Anchor, FromChange, is named, and
// empty text also reads as it.
var anchors = enum.New[Anchor](ErrInvalidValue, "anchor", "from-change", "retroactive")

// AppendText implements [encoding.TextAppender]: "from-change" or
// "retroactive"; an invalid Anchor is an error wrapping [ErrInvalidValue].
func (a Anchor) AppendText(b []byte) ([]byte, error) { return anchors.AppendText(b, a) }

// MarshalText implements [encoding.TextMarshaler].
func (a Anchor) MarshalText() ([]byte, error) { return anchors.AppendText(nil, a) }

// UnmarshalText implements [encoding.TextUnmarshaler], ignoring case like
// the other enums; empty text is [FromChange], the zero Anchor.
func (a *Anchor) UnmarshalText(b []byte) error {
	if len(bytes.TrimSpace(b)) == 0 {
		*a = FromChange
		return nil
	}
	return anchors.UnmarshalText(a, b)
}

// IsValid reports whether a is one of the declared anchors.
func (a Anchor) IsValid() bool { return anchors.IsValid(a) }

// String returns "from-change" or "retroactive".
func (a Anchor) String() string { return anchors.String(a) }

// A Change is a severity change during an incident: at the customer's
// request when the business impact requires it (PRS-6), or an explicit
// downgrade by Microsoft (D-SEV-5, see [Level.Downgrade]).
//
// The zero Change is not valid: At must be set and To must be a valid
// Level.
type Change struct {
	At            time.Time `json:"at"`                     // when the level changed; not before the incident was opened
	To            Level     `json:"to"`                     // the new level
	FirstResponse time.Time `json:"firstResponse,omitzero"` // when Microsoft's first call response was made; zero if not yet
	Anchor        Anchor    `json:"anchor"`                 // from when the new target runs; the zero value is FromChange
}

// A Retargeted first response is the outcome of a severity change: the new
// level's target and when the first call response is now due.
//
// Retargeted values cannot be compared with ==; use [Retargeted.Equal].
// The zero Retargeted holds no result.
type Retargeted struct {
	_        [0]func() // forbid ==: time.Time values are compared with Equal
	Target   Target    `json:"target"`            // the new level's target (see [TargetFor])
	Due      time.Time `json:"due,omitzero"`      // when the first call response is now due
	Previous time.Time `json:"previous,omitzero"` // when it was due before the change
	Kept     bool      `json:"kept"`              // the previous due time was earlier and stands
	Rules    rule.Set  `json:"rules"`
}

// Equal reports whether r and s hold the same target and instants.
func (r Retargeted) Equal(s Retargeted) bool {
	return r.Target == s.Target && r.Due.Equal(s.Due) && r.Previous.Equal(s.Previous) && r.Kept == s.Kept && r.Rules == s.Rules
}

// Retarget re-targets inc's first call response after ch, a change of
// severity. With the default anchor the new target is measured from
// ch.At, and the due time is the earlier of the previous and the new due
// times, unless the first response was already made by ch.At, in which
// case the new level's response is due at the new due time. With the
// [Retroactive] anchor the new target is measured from inc.Opened and
// replaces the previous one, except that a due time that had already
// passed, unanswered, at ch.At stands (Kept): a change never undoes a
// breach already made. cal is the support location's calendar, as
// for [Deadline].
//
// It returns the errors of [Deadline], or one wrapping [ErrZeroTime] for a
// zero ch.At, [ErrInvalidLevel] for an invalid ch.To, [ErrInvalidValue]
// for an invalid anchor and [ErrOutOfOrder] when ch.At or
// ch.FirstResponse is before inc.Opened. A first response made exactly at
// ch.At counts as already made.
//
// Interpretation: D-SEV-6 — the clock restarts at the change, but a change
// never postpones a response already due (with either anchor, a due time
// already passed stands); "unless the first response was
// already made" is read as: the new level then owes its own response from
// the change. AMB-42 — the level may be set by the customer at opening and
// adjusted later.
//
// Rules PRS-5, PRS-6, SEV-STD-20, SEV-UER-14, D-SEV-5, D-SEV-6, AMB-42
// (§2.3 table 9, Appendix A).
func Retarget(inc Incident, ch Change, cal *calendar.Calendar) (Retargeted, error) {
	return RetargetAll(inc, []Change{ch}, cal)
}

// RetargetAll applies several severity changes in order, each as
// [Retarget] does, the due time left by one change being the previous due
// time of the next. Previous in the result is the due time before the
// last change; with no changes, the result is inc's own target and
// deadline. It returns the errors of [Retarget], or one wrapping
// [ErrOutOfOrder] when a change precedes the one before it.
//
// Rules PRS-6, D-SEV-5, D-SEV-6.
func RetargetAll(inc Incident, changes []Change, cal *calendar.Calendar) (Retargeted, error) {
	var st retargeting
	if err := st.run(&inc, changes, len(changes), cal); err != nil {
		return Retargeted{}, err
	}
	return st.result(), nil
}

// retargeting is the state of [RetargetAll] as it walks the changes,
// holding pointers into the read-only table [targets] rather than copies.
type retargeting struct {
	last      *Target   // the latest level's target
	governing *Target   // the target whose due time stands
	due, prev time.Time // the due time now, and before the last change
	kept      bool      // the last change kept the earlier due time
	changed   bool      // at least one change was applied
	down      bool      // the last change lowered the severity
}

// run validates every change of changes and applies the first n of them.
func (st *retargeting) run(inc *Incident, changes []Change, n int, cal *calendar.Calendar) error {
	t, err := targetOf(inc)
	if err != nil {
		return err
	}
	due, err := addOn(inc.Opened, t.Within, t.BusinessHours, cal) // a valid target of the table, a non-zero start
	if err != nil {
		return err
	}
	*st = retargeting{last: t, governing: t, due: due, prev: due}
	level, last := inc.Level, inc.Opened
	for i := range changes {
		ch := &changes[i]
		switch {
		case ch.At.IsZero():
			return fmt.Errorf("%w: severity change", ErrZeroTime)
		case ch.At.Before(last):
			return fmt.Errorf("%w: severity changed at %s, before %s",
				ErrOutOfOrder, ch.At.Format(time.RFC3339), last.Format(time.RFC3339))
		case !ch.To.IsValid():
			return fmt.Errorf("%w: %d in severity change", ErrInvalidLevel, uint8(ch.To))
		case !ch.Anchor.IsValid():
			return fmt.Errorf("%w: anchor %d", ErrInvalidValue, uint8(ch.Anchor))
		case !ch.FirstResponse.IsZero() && ch.FirstResponse.Before(inc.Opened):
			return fmt.Errorf("%w: first response at %s, before opening at %s",
				ErrOutOfOrder, ch.FirstResponse.Format(time.RFC3339), inc.Opened.Format(time.RFC3339))
		}
		if i >= n {
			last = ch.At
			continue // validated, not applied
		}
		t := lookup(inc, ch.To)
		start := ch.At
		if ch.Anchor == Retroactive {
			start = inc.Opened
		}
		due, err := addOn(start, t.Within, t.BusinessHours, cal)
		if err != nil {
			return err
		}
		prev := st.due
		responded := !ch.FirstResponse.IsZero() && !ch.FirstResponse.After(ch.At)
		st.prev, st.last, st.changed, st.down = prev, t, true, ch.To.Compare(level) > 0
		switch {
		case responded:
			// The new level owes its own response (D-SEV-6).
			st.due, st.governing, st.kept = due, t, false
		case prev.Before(due) && (ch.Anchor == FromChange || prev.Before(ch.At)):
			// A change never postpones a response still pending, and a
			// retroactive one never undoes a breach already made.
			st.kept = true
		default:
			st.due, st.governing, st.kept = due, t, false
		}
		level, last = ch.To, ch.At
	}
	return nil
}

// result returns the state as a Retargeted.
func (st *retargeting) result() Retargeted {
	if !st.changed {
		return Retargeted{Target: *st.last, Due: st.due, Previous: st.prev, Rules: st.last.Rules}
	}
	r := Retargeted{Target: *st.last, Due: st.due, Previous: st.prev, Kept: st.kept, Rules: rule.Cite("PRS-6", "D-SEV-6")}
	if st.down {
		r.Rules = r.Rules.With("D-SEV-5") // a downgrade, made explicitly
	}
	return r
}
