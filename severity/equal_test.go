package severity_test

import (
	"testing"
	"time"

	"pgregory.net/rapid"

	"github.com/supportrules/unified/contract/rule"
	"github.com/supportrules/unified/severity"
)

// genInstant draws an instant, sometimes the zero time.
func genInstant(t *rapid.T, label string) time.Time {
	if rapid.IntRange(0, 4).Draw(t, label+"Zero") == 0 {
		return time.Time{}
	}
	return genOpened(t, label)
}

func genRules(t *rapid.T, label string) rule.Set {
	return rule.Cite(rapid.SliceOfN(rapid.SampledFrom([]rule.ID{"PRS-9", "D-SEV-1", "D-SEV-6", "D-CLOCK", "SEV-STD-14"}), 0, 3).Draw(t, label)...)
}

func genTarget(t *rapid.T) severity.Target {
	inc := genIncident(t)
	tg, err := severity.TargetFor(inc)
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

// changeOne returns v with field i changed to a different value, and the
// field's name; ok is false when i is past the last field.
type mutator[T any] func(v T, i int) (T, string, bool)

// checkEqual states, for a value and each of its fields in turn, that
// Equal holds for the value itself and for a copy in another zone, and
// fails once exactly one field differs.
func checkEqual[T interface{ Equal(T) bool }](t *rapid.T, v T, change mutator[T]) {
	if !v.Equal(v) {
		t.Fatalf("%+v is not Equal to itself", v)
	}
	for i := 0; ; i++ {
		w, field, ok := change(v, i)
		if !ok {
			return
		}
		if v.Equal(w) || w.Equal(v) {
			t.Fatalf("changing only %s: Equal still true (%+v vs %+v)", field, v, w)
		}
	}
}

func otherTime(a time.Time) time.Time {
	if a.IsZero() {
		return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return a.Add(time.Nanosecond)
}

func otherRules(r rule.Set) rule.Set {
	if r.Has("AMB-14") {
		return rule.Cite("SEV-STD-2")
	}
	return r.With("AMB-14")
}

// Status.Equal is true exactly when every field is equal: instants are
// compared as instants, whatever their zone, and changing any one field
// makes it false. Rules PRS-9, D-SEV-1, D-CLOCK.
func TestStatusEqualComparesEveryField(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := severity.Status{
			Due: genInstant(t, "due"), State: rapid.SampledFrom([]severity.State{0, severity.Pending, severity.Met, severity.Breached}).Draw(t, "state"),
			Remaining: time.Duration(rapid.Int64Range(0, 1e14).Draw(t, "remaining")), Overdue: time.Duration(rapid.Int64Range(0, 1e14).Draw(t, "overdue")),
			Responded: genInstant(t, "responded"), BusinessHours: rapid.Bool().Draw(t, "business"), Target: genTarget(t), Rules: genRules(t, "rules"),
		}
		moved := s
		moved.Due, moved.Responded = s.Due.In(tokyo), s.Responded.In(newYork)
		if !s.Equal(moved) {
			t.Fatalf("the same instants in other zones are not Equal")
		}
		checkEqual(t, s, func(v severity.Status, i int) (severity.Status, string, bool) {
			switch i {
			case 0:
				v.Due = otherTime(v.Due)
				return v, "Due", true
			case 1:
				v.State = v.State%3 + 1
				return v, "State", true
			case 2:
				v.Remaining++
				return v, "Remaining", true
			case 3:
				v.Overdue++
				return v, "Overdue", true
			case 4:
				v.Responded = otherTime(v.Responded)
				return v, "Responded", true
			case 5:
				v.BusinessHours = !v.BusinessHours
				return v, "BusinessHours", true
			case 6:
				v.Target.Within++
				return v, "Target", true
			case 7:
				v.Rules = otherRules(v.Rules)
				return v, "Rules", true
			}
			return v, "", false
		})
	})
}

// Retargeted.Equal is true exactly when every field is equal.
// Rules D-SEV-6, PRS-6.
func TestRetargetedEqualComparesEveryField(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := severity.Retargeted{Target: genTarget(t), Due: genInstant(t, "due"), Previous: genInstant(t, "previous"),
			Kept: rapid.Bool().Draw(t, "kept"), Rules: genRules(t, "rules")}
		moved := r
		moved.Due, moved.Previous = r.Due.In(berlin), r.Previous.In(kolkata)
		if !r.Equal(moved) {
			t.Fatalf("the same instants in other zones are not Equal")
		}
		checkEqual(t, r, func(v severity.Retargeted, i int) (severity.Retargeted, string, bool) {
			switch i {
			case 0:
				v.Target.Plan = v.Target.Plan%4 + 1
				return v, "Target", true
			case 1:
				v.Due = otherTime(v.Due)
				return v, "Due", true
			case 2:
				v.Previous = otherTime(v.Previous)
				return v, "Previous", true
			case 3:
				v.Kept = !v.Kept
				return v, "Kept", true
			case 4:
				v.Rules = otherRules(v.Rules)
				return v, "Rules", true
			}
			return v, "", false
		})
	})
}

// CustomerDuty.Equal is true exactly when every field is equal.
// Rules SEV-STD-14, SEV-STD-17, D-SEV-1.
func TestCustomerDutyEqualComparesEveryField(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := severity.CustomerDuty{
			Duty: severity.Duty(rapid.IntRange(0, 8).Draw(t, "duty")), Within: time.Duration(rapid.Int64Range(0, 1e14).Draw(t, "within")),
			BusinessHours: rapid.Bool().Draw(t, "business"), Due: genInstant(t, "due"),
			Channels: severity.Channels(rapid.IntRange(0, 15).Draw(t, "channels")), CaseDescription: rapid.SampledFrom([]string{"", "AEM"}).Draw(t, "tag"),
			Rules: genRules(t, "rules"),
		}
		moved := d
		moved.Due = d.Due.In(seoul)
		if !d.Equal(moved) {
			t.Fatalf("the same instant in another zone is not Equal")
		}
		checkEqual(t, d, func(v severity.CustomerDuty, i int) (severity.CustomerDuty, string, bool) {
			switch i {
			case 0:
				v.Duty = v.Duty%8 + 1
				return v, "Duty", true
			case 1:
				v.Within++
				return v, "Within", true
			case 2:
				v.BusinessHours = !v.BusinessHours
				return v, "BusinessHours", true
			case 3:
				v.Due = otherTime(v.Due)
				return v, "Due", true
			case 4:
				v.Channels ^= severity.Phone
				return v, "Channels", true
			case 5:
				v.CaseDescription += "x"
				return v, "CaseDescription", true
			case 6:
				v.Rules = otherRules(v.Rules)
				return v, "Rules", true
			}
			return v, "", false
		})
	})
}
