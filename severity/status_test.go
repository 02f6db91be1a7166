package severity_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"pgregory.net/rapid"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/severity"
)

// The case: severity C raised to B, due 13:00, answered 13:20. C
// opened Tuesday 09:00 is due at 13:00 (4 business hours); raised to B at
// 11:30, B's 2 business hours would run to 13:30, so C's 13:00 stands. A
// response at 13:20 is a breach, although it is within 2 hours of the
// change. Rules D-SEV-6, PRS-6, PRS-9, D-SEV-1.
func TestRaisedCToBAnsweredAfterTheKeptDueTimeIsABreach_DSEV6(t *testing.T) {
	cal := seoulCal(t)
	inc := severity.Incident{Level: severity.SevC, Product: "Exchange Server", Opened: at(2026, 5, 12, 9, 0)}
	change := severity.Change{At: at(2026, 5, 12, 11, 30), To: severity.SevB}
	answered := at(2026, 5, 12, 13, 20)

	r, err := severity.Retarget(inc, change, cal)
	if err != nil {
		t.Fatal(err)
	}
	if !r.Due.Equal(at(2026, 5, 12, 13, 0)) || !r.Kept {
		t.Fatalf("Retarget = due %v kept %t; want 13:00 kept", r.Due, r.Kept)
	}
	v, err := r.IsOnTime(answered)
	if err != nil || v.Allowed || !v.Rules.Has("D-SEV-6") {
		t.Errorf("Retargeted.IsOnTime(13:20) = %v, %v; want a breach citing D-SEV-6", v, err)
	}
	// The wrong check the lifecycle example used to make: the new target
	// measured from the change says "on time".
	wrong, err := r.Target.IsOnTime(change.At, answered, cal)
	if err != nil || !wrong.Allowed {
		t.Fatalf("the change-anchored check = %v, %v; this test expects it to disagree", wrong, err)
	}
	st, err := severity.StatusAt(inc, []severity.Change{change}, answered, answered, cal)
	if err != nil {
		t.Fatal(err)
	}
	if st.State != severity.Breached || st.Overdue != 20*time.Minute || st.Target.Level != severity.SevC || !st.BusinessHours {
		t.Errorf("StatusAt = %v overdue %v, governed by %v; want breached by 20m, governed by the C target", st.State, st.Overdue, st.Target)
	}
}

// StatusAt at its boundaries: the due instant itself, one nanosecond
// either side, a response later than the instant, a weekend, a kept
// earlier due time on the 24x7 clock, and changes after a response.
// Rules PRS-9, D-SEV-1, D-CLOCK, D-SEV-6.
func TestStatusAtBoundaries_PRS9_DSEV1_DCLOCK(t *testing.T) {
	cal := seoulCal(t)
	fri := at(2026, 5, 8, 16, 0) // Friday; B due Monday 09:30
	incB := severity.Incident{Level: severity.SevB, Product: "Exchange Server", Opened: fri}
	due := at(2026, 5, 11, 9, 30)
	inc1 := severity.Incident{Level: severity.Sev1, Product: "SQL Server", Opened: fri} // due 17:00, 24x7
	var none time.Time
	tests := []struct {
		name       string
		inc        severity.Incident
		changes    []severity.Change
		responded  time.Time
		asOf       time.Time
		state      severity.State
		remaining  time.Duration
		overdue    time.Duration
		due        time.Time
		governedBy severity.Level
	}{
		{"opening instant: all 2 business hours left", incB, nil, none, fri, severity.Pending, 2 * time.Hour, 0, due, severity.SevB},
		{"Friday 17:30: 30 minutes left", incB, nil, none, at(2026, 5, 8, 17, 30), severity.Pending, 30 * time.Minute, 0, due, severity.SevB},
		{"Monday 08:59: still 30 minutes, no business time passed", incB, nil, none, at(2026, 5, 11, 8, 59), severity.Pending, 30 * time.Minute, 0, due, severity.SevB},
		{"one nanosecond before due", incB, nil, none, due.Add(-1), severity.Pending, 1, 0, due, severity.SevB},
		{"at the due instant: pending with nothing left", incB, nil, none, due, severity.Pending, 0, 0, due, severity.SevB},
		{"one nanosecond after due: breached", incB, nil, none, due.Add(1), severity.Breached, 0, 1, due, severity.SevB},
		{"Monday 12:00 unanswered: 2h30 overdue", incB, nil, none, at(2026, 5, 11, 12, 0), severity.Breached, 0, 150 * time.Minute, due, severity.SevB},
		{"answered at the due instant: met (inclusive)", incB, nil, due, at(2026, 5, 12, 9, 0), severity.Met, 0, 0, due, severity.SevB},
		{"answered 1ns late: breached by 1ns", incB, nil, due.Add(1), at(2026, 5, 12, 9, 0), severity.Breached, 0, 1, due, severity.SevB},
		{"answered after the instant: not yet known", incB, nil, at(2026, 5, 11, 9, 0), at(2026, 5, 8, 17, 0), severity.Pending, time.Hour, 0, due, severity.SevB},
		{"answered at the instant: known", incB, nil, at(2026, 5, 8, 17, 0), at(2026, 5, 8, 17, 0), severity.Met, 0, 0, due, severity.SevB},
		{"1 at 16:30: 30 wall-clock minutes left", inc1, nil, none, at(2026, 5, 8, 16, 30), severity.Pending, 30 * time.Minute, 0, at(2026, 5, 8, 17, 0), severity.Sev1},
		{"1 on Saturday: overdue counts every hour", inc1, nil, none, at(2026, 5, 9, 17, 0), severity.Breached, 0, 24 * time.Hour, at(2026, 5, 8, 17, 0), severity.Sev1},
		{"1 lowered to B at 16:30: 17:00 stands on the 24x7 clock",
			inc1, []severity.Change{{At: at(2026, 5, 8, 16, 30), To: severity.SevB}}, none, at(2026, 5, 8, 16, 45),
			severity.Pending, 15 * time.Minute, 0, at(2026, 5, 8, 17, 0), severity.Sev1},
		{"a change after the instant is not yet known",
			incB, []severity.Change{{At: at(2026, 5, 8, 16, 30), To: severity.Sev1}}, none, at(2026, 5, 8, 16, 29),
			severity.Pending, 91 * time.Minute, 0, due, severity.SevB},
		{"a change at the instant is known",
			incB, []severity.Change{{At: at(2026, 5, 8, 16, 30), To: severity.Sev1}}, none, at(2026, 5, 8, 16, 30),
			severity.Pending, time.Hour, 0, at(2026, 5, 8, 17, 30), severity.Sev1},
		{"a change at or after the response does not reopen it",
			incB, []severity.Change{{At: at(2026, 5, 8, 16, 30), To: severity.Sev1, FirstResponse: at(2026, 5, 8, 16, 30)}}, at(2026, 5, 8, 16, 30), at(2026, 5, 9, 0, 0),
			severity.Met, 0, 0, due, severity.SevB},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := severity.StatusAt(tt.inc, tt.changes, tt.responded, tt.asOf, cal)
			if err != nil {
				t.Fatal(err)
			}
			if got.State != tt.state || got.Remaining != tt.remaining || got.Overdue != tt.overdue || !got.Due.Equal(tt.due) || got.Target.Level != tt.governedBy {
				t.Errorf("StatusAt = %v remaining %v overdue %v due %v (target %v); want %v %v %v %v (%v)",
					got.State, got.Remaining, got.Overdue, got.Due, got.Target.Level, tt.state, tt.remaining, tt.overdue, tt.due, tt.governedBy)
			}
			if !got.Rules.Has("PRS-9") || !got.Rules.Has("D-CLOCK") || got.Rules.Has("D-SEV-6") != (len(tt.changes) > 0 && !tt.changes[0].At.After(tt.asOf) && (tt.responded.IsZero() || tt.changes[0].At.Before(tt.responded))) {
				t.Errorf("StatusAt rules %v: want PRS-9 and D-CLOCK, and D-SEV-6 only after a change", got.Rules)
			}
		})
	}
}

// Bad input to StatusAt and the duty status is an error wrapping the
// package's sentinels. Rules PRS-9, D-SEV-6.
func TestStatusAtRefusesBadInput(t *testing.T) {
	cal := seoulCal(t)
	opened := at(2026, 5, 12, 10, 0)
	inc := severity.Incident{Level: severity.SevB, Opened: opened}
	tests := []struct {
		name      string
		inc       severity.Incident
		changes   []severity.Change
		responded time.Time
		asOf      time.Time
		cal       bool
		want      error
	}{
		{"zero instant", inc, nil, time.Time{}, time.Time{}, true, severity.ErrZeroTime},
		{"instant before opening", inc, nil, time.Time{}, opened.Add(-1), true, severity.ErrOutOfOrder},
		{"response before opening", inc, nil, opened.Add(-1), opened, true, severity.ErrOutOfOrder},
		{"zero incident", severity.Incident{}, nil, time.Time{}, opened, true, severity.ErrInvalidLevel},
		{"no calendar for B", inc, nil, time.Time{}, opened, false, calendar.ErrNoCalendar},
		{"a change recording another response", inc, []severity.Change{{At: opened, To: severity.Sev1, FirstResponse: opened}}, time.Time{}, opened, true, severity.ErrInvalidValue},
		{"an invalid change after the instant", inc, []severity.Change{{At: opened.Add(time.Hour), To: 9}}, time.Time{}, opened, true, severity.ErrInvalidLevel},
		{"changes out of order", inc, []severity.Change{{At: opened.Add(time.Hour), To: severity.Sev1}, {At: opened, To: severity.SevA}}, time.Time{}, opened, true, severity.ErrOutOfOrder},
		{"Azure product not marked Azure", severity.Incident{Level: severity.Sev1, Product: "Azure Kubernetes Service", Opened: opened}, nil, time.Time{}, opened, true, severity.ErrAzureMismatch},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := cal
			if !tt.cal {
				c = nil
			}
			_, err := severity.StatusAt(tt.inc, tt.changes, tt.responded, tt.asOf, c)
			if !errors.Is(err, tt.want) {
				t.Errorf("StatusAt error = %v, want %v", err, tt.want)
			}
		})
	}
	if _, err := (severity.Retargeted{}).IsOnTime(opened); !errors.Is(err, severity.ErrZeroTime) {
		t.Errorf("zero Retargeted IsOnTime error = %v", err)
	}
	r, _ := severity.Retarget(inc, severity.Change{At: opened, To: severity.Sev1}, cal)
	if _, err := r.IsOnTime(time.Time{}); !errors.Is(err, severity.ErrZeroTime) {
		t.Errorf("IsOnTime(zero) error = %v", err)
	}
	if (severity.Status{}).AtRisk(time.Hour) {
		t.Error("the zero Status is at risk")
	}
}

// AtRisk is Pending with at most the given counted time left, boundary
// included. Rules PRS-9, D-CLOCK.
func TestAtRiskIsPendingWithinTheWindow_DCLOCK(t *testing.T) {
	cal := seoulCal(t)
	inc := severity.Incident{Level: severity.SevB, Opened: at(2026, 5, 12, 10, 0)} // due 12:00
	for _, tt := range []struct {
		asOf time.Time
		want bool
	}{
		{at(2026, 5, 12, 11, 29), false},
		{at(2026, 5, 12, 11, 30), true}, // exactly 30 minutes left
		{at(2026, 5, 12, 12, 0), true},  // at the due instant
		{at(2026, 5, 12, 12, 1), false}, // breached: no longer a risk
	} {
		st, err := severity.StatusAt(inc, nil, time.Time{}, tt.asOf, cal)
		if err != nil {
			t.Fatal(err)
		}
		if got := st.AtRisk(30 * time.Minute); got != tt.want {
			t.Errorf("at %v: %v, %v left: AtRisk(30m) = %t, want %t", tt.asOf, st.State, st.Remaining, got, tt.want)
		}
	}
}

// genStatusCase draws an incident, changes anchored at the change, a
// response (or none) and two instants a ≤ b, all within the domain.
func genStatusCase(t *rapid.T, anchors []severity.Anchor) (severity.Incident, []severity.Change, time.Time, time.Time, time.Time) {
	inc := genIncident(t)
	var changes []severity.Change
	at := inc.Opened
	for i := range rapid.IntRange(0, 3).Draw(t, "changes") {
		_ = i
		at = at.Add(time.Duration(rapid.IntRange(0, 48*60).Draw(t, "changeAfter")) * time.Minute)
		changes = append(changes, severity.Change{At: at, To: genLevel(t, "to"), Anchor: rapid.SampledFrom(anchors).Draw(t, "anchor")})
	}
	var responded time.Time
	if rapid.Bool().Draw(t, "answered") {
		responded = inc.Opened.Add(time.Duration(rapid.IntRange(0, 96*60).Draw(t, "respondedAfter")) * time.Minute)
	}
	a := inc.Opened.Add(time.Duration(rapid.IntRange(0, 120*60).Draw(t, "aAfter")) * time.Minute)
	b := a.Add(time.Duration(rapid.IntRange(0, 120*60).Draw(t, "bAfterA")) * time.Minute)
	return inc, changes, responded, a, b
}

// As the instant grows, Met and Breached never change, and with changes
// anchored at the change, the counted time left never grows.
// Rules PRS-9, D-SEV-1, D-SEV-6, D-CLOCK.
func TestStatusSettlesAndRemainingNeverGrows_DSEV6(t *testing.T) {
	cal := seoulCal(t)
	rapid.Check(t, func(t *rapid.T) {
		inc, changes, responded, a, b := genStatusCase(t, []severity.Anchor{severity.FromChange})
		sa, err := severity.StatusAt(inc, changes, responded, a, cal)
		if err != nil {
			t.Fatal(err)
		}
		sb, err := severity.StatusAt(inc, changes, responded, b, cal)
		if err != nil {
			t.Fatal(err)
		}
		if sa.State != severity.Pending && sb.State != sa.State {
			t.Fatalf("at %v %v, later at %v %v: a settled status changed", a, sa.State, b, sb.State)
		}
		if sb.Remaining > sa.Remaining {
			t.Fatalf("remaining grew from %v at %v to %v at %v", sa.Remaining, a, sb.Remaining, b)
		}
	})
}

// Even with retroactive changes, Met and Breached never change as the
// instant grows: a retroactive change never undoes a breach already made.
// Rules D-SEV-6, PRS-9.
func TestRetroactiveChangesNeverUndoABreach_DSEV6(t *testing.T) {
	cal := seoulCal(t)
	rapid.Check(t, func(t *rapid.T) {
		inc, changes, responded, a, b := genStatusCase(t, []severity.Anchor{severity.FromChange, severity.Retroactive})
		sa, err := severity.StatusAt(inc, changes, responded, a, cal)
		if err != nil {
			t.Fatal(err)
		}
		sb, err := severity.StatusAt(inc, changes, responded, b, cal)
		if err != nil {
			t.Fatal(err)
		}
		if sa.State != severity.Pending && sb.State != sa.State {
			t.Fatalf("at %v %v, later at %v %v: a settled status changed", a, sa.State, b, sb.State)
		}
	})
}

// Pending with nothing left happens only at the due instant exactly; and
// the state is decided by the due time alone: Met iff a known response is
// at or before Due, Breached iff it is after Due or, unanswered, the
// instant is after Due. Remaining and Overdue are never both set.
// Rules PRS-9, D-SEV-1, D-CLOCK.
func TestPendingWithNothingLeftOnlyAtDue_DCLOCK(t *testing.T) {
	cal := seoulCal(t)
	rapid.Check(t, func(t *rapid.T) {
		inc, changes, responded, a, _ := genStatusCase(t, []severity.Anchor{severity.FromChange, severity.Retroactive})
		s, err := severity.StatusAt(inc, changes, responded, a, cal)
		if err != nil {
			t.Fatal(err)
		}
		if s.State == severity.Pending && s.Remaining == 0 && !a.Equal(s.Due) {
			t.Fatalf("pending with nothing left at %v, due %v", a, s.Due)
		}
		known := !responded.IsZero() && !responded.After(a)
		var want severity.State
		switch {
		case known && !responded.After(s.Due):
			want = severity.Met
		case known || a.After(s.Due):
			want = severity.Breached
		default:
			want = severity.Pending
		}
		if s.State != want || s.Remaining < 0 || s.Overdue < 0 || s.Remaining > 0 && s.Overdue > 0 {
			t.Fatalf("StatusAt = %v remaining %v overdue %v (due %v, responded %v at %v); want %v", s.State, s.Remaining, s.Overdue, s.Due, responded, a, want)
		}
	})
}

// StatusAt agrees with Deadline without changes and with RetargetAll over
// the changes known before the response: the same due time.
// Rules D-SEV-1, D-SEV-6, PRS-6.
func TestStatusAtAgreesWithDeadlineAndRetargetAll(t *testing.T) {
	cal := seoulCal(t)
	rapid.Check(t, func(t *rapid.T) {
		inc, changes, responded, a, _ := genStatusCase(t, []severity.Anchor{severity.FromChange, severity.Retroactive})
		s, err := severity.StatusAt(inc, nil, responded, a, cal)
		if err != nil {
			t.Fatal(err)
		}
		due, err := severity.Deadline(inc, cal)
		if err != nil || !s.Due.Equal(due) {
			t.Fatalf("no changes: StatusAt due %v, Deadline %v, %v", s.Due, due, err)
		}
		var known []severity.Change
		for _, ch := range changes {
			if ch.At.After(a) || !responded.IsZero() && !responded.After(a) && !ch.At.Before(responded) {
				break
			}
			known = append(known, ch)
		}
		s, err = severity.StatusAt(inc, changes, responded, a, cal)
		if err != nil {
			t.Fatal(err)
		}
		r, err := severity.RetargetAll(inc, known, cal)
		if err != nil || !s.Due.Equal(r.Due) {
			t.Fatalf("StatusAt due %v, RetargetAll over %d known changes %v, %v", s.Due, len(known), r.Due, err)
		}
		if !r.Kept && len(known) > 0 && s.Target != r.Target {
			t.Fatalf("StatusAt governed by %v, RetargetAll's new target %v", s.Target, r.Target)
		}
	})
}

// An incident whose product is an Azure product but that is not marked
// Azure is an error, never an "all other products" target.
// Rules D-SEV-4, SEV-STD-18, SEV-UER-12, RR-7.
func TestAzureProductNotMarkedAzureIsAnError_DSEV4(t *testing.T) {
	opened := at(2026, 5, 12, 10, 0)
	for _, tt := range []struct {
		product string
		err     bool
	}{
		{"Azure Kubernetes Service", true},
		{"azure sql database", true},
		{"Microsoft Azure", true},
		{"Azure", true},
		{"Azure-Arc", true},
		{"GitHub AE", true},         // on the Standard list (SEV-STD-18)
		{"청구 구독 관리", true},          // Korean, Standard list
		{"universal print", true},   // UER and RR lists
		{"  Microsoft Mesh ", true}, // surrounding spaces
		{"Exchange Server", false},
		{"Azurement", false}, // not the word
		{"Lazure", false},
		{"", false},
		{"SQL Server 2022", false},
	} {
		inc := severity.Incident{Level: severity.Sev1, Product: tt.product, Opened: opened, Plans: []severity.Plan{severity.EventManagement}}
		_, err := severity.TargetFor(inc)
		if got := errors.Is(err, severity.ErrAzureMismatch); got != tt.err || (err != nil && !tt.err) {
			t.Errorf("TargetFor(%q, Azure false) error = %v; want ErrAzureMismatch %t", tt.product, err, tt.err)
		}
		inc.Azure = true
		if _, err := severity.TargetFor(inc); err != nil {
			t.Errorf("TargetFor(%q, Azure true) error = %v", tt.product, err)
		}
	}
}

// A customer duty's status at an instant: Severity B's change manager on
// business hours, Severity C's 24 wall-clock hours; a standing duty has
// none. Rules SEV-STD-14, SEV-STD-17, D-SEV-1, AMB-14, D-CLOCK.
func TestCustomerDutyStatusAt_DSEV1(t *testing.T) {
	cal := seoulCal(t)
	fri := at(2026, 5, 8, 16, 0)
	duties, err := severity.CustomerDuties(severity.Incident{Level: severity.SevB, Opened: fri}, cal)
	if err != nil {
		t.Fatal(err)
	}
	var cm, standing severity.CustomerDuty
	for _, d := range duties {
		switch d.Duty {
		case severity.ChangeManagerResponse:
			cm = d
		case severity.AssignStaff:
			standing = d
		}
	}
	// Due Monday 11:30 (4 business hours: 1h30 Friday, 2h30 Monday).
	st, err := cm.StatusAt(time.Time{}, at(2026, 5, 9, 12, 0), cal)
	if err != nil || st.State != severity.Pending || st.Remaining != 150*time.Minute || !st.BusinessHours {
		t.Errorf("change manager on Saturday = %v %v, %v; want pending, 2h30 business time left", st.State, st.Remaining, err)
	}
	st, err = cm.StatusAt(at(2026, 5, 11, 11, 30), at(2026, 5, 11, 12, 0), cal)
	if err != nil || st.State != severity.Met {
		t.Errorf("change manager at the due instant = %v, %v; want met", st.State, err)
	}
	st, err = cm.StatusAt(time.Time{}, at(2026, 5, 11, 11, 31), cal)
	if err != nil || st.State != severity.Breached || st.Overdue != time.Minute {
		t.Errorf("change manager 1 minute late = %v %v, %v; want breached by 1m", st.State, st.Overdue, err)
	}
	if _, err := cm.StatusAt(time.Time{}, fri, nil); !errors.Is(err, calendar.ErrNoCalendar) {
		t.Errorf("business-hours duty without a calendar: %v", err)
	}
	if _, err := standing.StatusAt(time.Time{}, fri, cal); !errors.Is(err, severity.ErrInvalidValue) {
		t.Errorf("standing duty status error = %v, want ErrInvalidValue", err)
	}
	if _, err := cm.StatusAt(time.Time{}, time.Time{}, cal); !errors.Is(err, severity.ErrZeroTime) {
		t.Errorf("zero instant: %v", err)
	}
	duties, err = severity.CustomerDuties(severity.Incident{Level: severity.SevC, Opened: fri}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range duties {
		if d.Duty != severity.Respond {
			continue
		}
		st, err := d.StatusAt(time.Time{}, at(2026, 5, 9, 15, 0), nil)
		if err != nil || st.State != severity.Pending || st.Remaining != time.Hour || st.BusinessHours {
			t.Errorf("C respond duty on Saturday 15:00 = %v %v, %v; want 1 wall-clock hour left", st.State, st.Remaining, err)
		}
	}
}

// Rows pinned by mutation testing, each naming its rule.
// Rules D-SEV-6, D-CLOCK, D-SEV-1, D-SEV-4, PRS-9.
func TestPinnedEdges(t *testing.T) {
	cal := seoulCal(t)
	opened := at(2026, 5, 12, 10, 0)
	// D-SEV-6: with no changes, RetargetAll is the opening target itself,
	// its rules the target's, nothing kept.
	inc := severity.Incident{Level: severity.SevB, Opened: opened}
	r, err := severity.RetargetAll(inc, nil, cal)
	tg, _ := severity.TargetFor(inc)
	if err != nil || r.Rules != tg.Rules || r.Kept || !r.Due.Equal(r.Previous) || r.Target != tg {
		t.Errorf("RetargetAll(no changes) = %+v, %v; want the opening target %v", r, err, tg)
	}
	// D-SEV-6: RetargetAll passes on Due's error, a B change without a
	// calendar.
	inc1 := severity.Incident{Level: severity.Sev1, Opened: opened}
	if _, err := severity.RetargetAll(inc1, []severity.Change{{At: opened, To: severity.SevB}}, nil); !errors.Is(err, calendar.ErrNoCalendar) {
		t.Errorf("RetargetAll(1 -> B, nil calendar) error = %v, want ErrNoCalendar", err)
	}
	// D-CLOCK: a standing duty (no deadline) counts on no clock, at every
	// severity; only Severity B's change manager counts business hours.
	for _, l := range levels {
		duties, err := severity.CustomerDuties(severity.Incident{Level: l, Opened: opened}, cal)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range duties {
			if want := d.Duty == severity.ChangeManagerResponse; d.BusinessHours != want || (d.Within == 0) != d.Due.IsZero() {
				t.Errorf("severity %v duty %v: business hours %t, within %v, due %v", l, d.Duty, d.BusinessHours, d.Within, d.Due)
			}
		}
	}
	// D-CLOCK: severity 1 and A duties are standing or 24x7, never on the
	// business-hours clock.
	for _, l := range []severity.Level{severity.Sev1, severity.SevA} {
		duties, err := severity.CustomerDuties(severity.Incident{Level: l, Opened: opened}, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range duties {
			if d.BusinessHours || d.Within != 0 || !d.Due.IsZero() {
				t.Errorf("severity %v duty %v: business hours %t, within %v; want a standing 24x7 duty", l, d.Duty, d.BusinessHours, d.Within)
			}
		}
	}
	// D-SEV-1: a target of one nanosecond is valid and due one nanosecond
	// after the start.
	one := severity.Target{Level: severity.Sev1, Within: 1, Plan: severity.Standard}
	if due, err := one.Due(opened, nil); err != nil || !due.Equal(opened.Add(1)) {
		t.Errorf("Target{Within: 1ns}.Due = %v, %v", due, err)
	}
	// UnmarshalText of empty text resets a set value to the zero value.
	l := severity.SevA
	if err := l.UnmarshalText(nil); err != nil || l != 0 {
		t.Errorf("Level.UnmarshalText(\"\") = %v, %v; want the zero Level", l, err)
	}
	d := severity.Respond
	if err := d.UnmarshalText(nil); err != nil || d != 0 {
		t.Errorf("Duty.UnmarshalText(\"\") = %v, %v; want the zero Duty", d, err)
	}
	ch := severity.Phone
	if err := ch.UnmarshalText(nil); err != nil || ch != 0 {
		t.Errorf("Channels.UnmarshalText(\"\") = %v, %v; want the empty set", ch, err)
	}
	if err := ch.UnmarshalText([]byte("x")); !errors.Is(err, severity.ErrInvalidValue) {
		t.Errorf("Channels.UnmarshalText(x) error = %v", err)
	}
	// IsValid at the edges of Duty and Channels.
	if !severity.NotifyExecutives.IsValid() || !severity.Submit.IsValid() || severity.Duty(0).IsValid() || severity.Duty(severity.Submit+1).IsValid() {
		t.Error("Duty.IsValid edges")
	}
	if !severity.Channels(0).IsValid() || !(severity.Phone | severity.Web | severity.CloudPortal | severity.AzurePortal).IsValid() || severity.Channels(16).IsValid() {
		t.Error("Channels.IsValid edges")
	}
	// D-SEV-4: "azure" must be a whole word, in any case.
	for _, tt := range []struct {
		name  string
		azure bool
	}{{"Bzure Stack", false}, {"@zure", false}, {"`zure", false}, {"Azurez", false}, {"Azure0", false}, {"0Azure", false},
		{"AZURE", true}, {"x-Azure-y", true}, {"Azure!", true}, {"Azur", false},
		{"Azurea", false}, {"aAzure", false}, {"AAzure", false}, {"Azure9", false}, {"9Azure", false},
		{"Azure/", true}, {"Azure:", true}, {"[Azure]", true}, {"{Azure}", true}, {"@Azure`", true},
		{"Zure", false}, {"zure x", false}, {"Azure", true}, {"azure", true}, {"A Azure", true}, {"Azure A", true},
		{"Azzure", false}, {"Azuree", false}, {"Azure Azur", true}, {"Azurex Azure", true}, {"Bzure Czure Azure", true},
		{"AzurE", true}, {"aZURE", true}, {"Azu re", false}, {"Azue", false}, {"Azre", false}, {"zure Azure", true}} {
		_, err := severity.TargetFor(severity.Incident{Level: severity.Sev1, Product: tt.name, Opened: opened})
		if errors.Is(err, severity.ErrAzureMismatch) != tt.azure {
			t.Errorf("TargetFor(%q, Azure false) error = %v; Azure product %t", tt.name, err, tt.azure)
		}
	}
	// D-SEV-4: "azure" with any one byte changed, in any case, is not the
	// word.
	for i := range len("Azure") {
		for c := range 256 {
			b := []byte("aZuRe")
			if c|0x20 == int(b[i]|0x20) {
				continue
			}
			b[i] = byte(c)
			if _, err := severity.TargetFor(severity.Incident{Level: severity.SevB, Product: string(b), Opened: opened}); err != nil {
				t.Errorf("TargetFor(%q, Azure false) error = %v; not an Azure product", b, err)
			}
		}
	}
	// D-SEV-3: listing Standard, which every customer holds, adds no plan.
	for _, l := range levels {
		alone, err1 := severity.TargetFor(severity.Incident{Level: l, Azure: true, Opened: opened})
		listed, err2 := severity.TargetFor(severity.Incident{Level: l, Azure: true, Opened: opened, Plans: []severity.Plan{severity.Standard, severity.Standard}})
		if err1 != nil || err2 != nil || alone != listed || listed.Rules.Has("D-SEV-3") {
			t.Errorf("severity %v: Standard listed gives %v, alone %v (%v, %v)", l, listed, alone, err1, err2)
		}
	}
	// RR-2, AEM-17: the Azure-only charts cover an Azure component in its
	// Azure column.
	for _, p := range []severity.Plan{severity.RapidResponse, severity.EventManagement} {
		if c, err := severity.Covers(p, severity.AzureComponents, "Azure SQL Database"); err != nil || !c.Covered || c.Class != severity.AzureComponents || c.Excluded {
			t.Errorf("Covers(%v, Azure SQL Database) = %+v, %v; want covered, azure-components", p, c, err)
		}
	}
	// D-CAL: a zero Calendar is no calendar, for a deadline and a duty's
	// status alike.
	incB := severity.Incident{Level: severity.SevB, Opened: opened}
	if _, err := severity.Deadline(incB, &calendar.Calendar{}); !errors.Is(err, calendar.ErrNoCalendar) {
		t.Errorf("Deadline(B, zero Calendar) error = %v, want ErrNoCalendar", err)
	}
	duty := severity.CustomerDuty{Duty: severity.ChangeManagerResponse, Within: 4 * time.Hour, BusinessHours: true, Due: opened.Add(4 * time.Hour)}
	if _, err := duty.StatusAt(time.Time{}, opened, &calendar.Calendar{}); !errors.Is(err, calendar.ErrNoCalendar) {
		t.Errorf("duty StatusAt(zero Calendar) error = %v, want ErrNoCalendar", err)
	}
	// D-SEV-1: a duty due one nanosecond after it arose has a deadline.
	tiny := severity.CustomerDuty{Duty: severity.Respond, Within: 1, Due: opened.Add(1)}
	if st, err := tiny.StatusAt(time.Time{}, opened, nil); err != nil || st.State != severity.Pending || st.Remaining != 1 {
		t.Errorf("duty of 1ns StatusAt = %+v, %v; want pending with 1ns left", st, err)
	}
	// D-SEV-2: a target from Microsoft's published figure says so.
	rrA, err := severity.ChartTarget(severity.Incident{Level: severity.SevA, Azure: true, Opened: opened}, severity.RapidResponse)
	if err != nil || !rrA.NotFromSeed || !strings.Contains(rrA.String(), "(not from the seed)") {
		t.Errorf("Rapid Response A = %v, %v; want NotFromSeed, said in String", rrA, err)
	}
	// D-SEV-4: a product of 63 and 64 runes is on no list.
	for _, n := range []int{63, 64, 65} {
		if c, err := severity.Covers(severity.Standard, severity.AzureComponents, strings.Repeat("x", n)); err != nil || c.Excluded {
			t.Errorf("Covers(%d runes) = %+v, %v", n, c, err)
		}
	}
}

// A duty done after the instant asked about is not yet known then: the
// duty is still pending, with nothing responded (D-CLOCK; as Incident
// StatusAt treats a later response). A status without rules prints none.
// Rules SEV-STD-14, D-SEV-1, D-CLOCK.
func TestDutyDoneAfterTheStatusInstantIsStillPending_DCLOCK(t *testing.T) {
	opened := at(2026, 5, 12, 10, 0)
	duty := severity.CustomerDuty{Duty: severity.Respond, Within: time.Hour, Due: opened.Add(time.Hour)}
	asOf := opened.Add(time.Minute)
	for _, done := range []time.Time{opened.Add(30 * time.Minute), opened.Add(2 * time.Hour)} {
		s, err := duty.StatusAt(done, asOf, nil)
		if err != nil {
			t.Fatal(err)
		}
		if s.State != severity.Pending || !s.Responded.IsZero() || s.Remaining != 59*time.Minute {
			t.Errorf("done at %v, asked at %v: %v, want pending for 59m with nothing responded", done, asOf, s)
		}
	}
	if s := (severity.Status{State: severity.Pending, Remaining: time.Minute}).String(); s != "pending, 1m0s left, 24x7" {
		t.Errorf("a status without rules prints %q", s)
	}
}
