package severity_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/supportrules/unified/severity"
)

// ParseLevel and UnmarshalText never panic, agree with each other, and
// what they accept prints back to the same text up to case.
func FuzzParseLevel(f *testing.F) {
	for _, s := range []string{"1", "A", "b", "C", "", "D", "AA", "Ａ", "\xff", "Sev A", "Severity 1", "sev-b", "심각도 C", "sev", " \tc "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l, err := severity.ParseLevel(s)
		var u severity.Level
		uerr := u.UnmarshalText([]byte(s))
		if s == "" {
			if err == nil || uerr != nil || u != 0 {
				t.Fatalf("empty text: ParseLevel error %v, UnmarshalText %v, %v", err, u, uerr)
			}
			return
		}
		if (err == nil) != (uerr == nil) || l != u {
			t.Fatalf("ParseLevel(%q) = %v, %v but UnmarshalText gives %v, %v", s, l, err, u, uerr)
		}
		if err != nil {
			if !errors.Is(err, severity.ErrInvalidLevel) {
				t.Fatalf("ParseLevel(%q) error %v does not wrap ErrInvalidLevel", s, err)
			}
			return
		}
		b, merr := l.MarshalText()
		if back, err := severity.ParseLevel(string(b)); merr != nil || len(b) != 1 || err != nil || back != l {
			t.Fatalf("ParseLevel(%q) = %v, which marshals to %q, %v and reads back as %v, %v", s, l, b, merr, back, err)
		}
	})
}

// ParsePlan never panics and round-trips what it accepts.
func FuzzParsePlan(f *testing.F) {
	for _, s := range []string{"UER", "rapid-response", "Azure Event Management", "", "REDE"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := severity.ParsePlan(s)
		if err != nil {
			if !errors.Is(err, severity.ErrInvalidPlan) {
				t.Fatalf("ParsePlan(%q) error %v", s, err)
			}
			return
		}
		b, _ := p.MarshalText()
		if back, err := severity.ParsePlan(string(b)); err != nil || back != p {
			t.Fatalf("ParsePlan(%q) = %v, whose text %q reads back as %v, %v", s, p, b, back, err)
		}
	})
}

// TargetFor and Deadline never panic: any input gives a well-formed target
// or an error wrapping a sentinel, and a deadline never precedes opening.
func FuzzTargetFor(f *testing.F) {
	f.Add(uint8(1), true, "Azure StorSimple", int64(1778547600), []byte{2, 3})
	f.Add(uint8(3), false, "", int64(0), []byte{})
	f.Add(uint8(0), true, "Azure 통신 서비스", int64(-1), []byte{9})
	cal := seoulCal(f)
	f.Fuzz(func(t *testing.T, level uint8, azure bool, product string, unix int64, planBytes []byte) {
		inc := severity.Incident{Level: severity.Level(level), Azure: azure, Product: product}
		if unix != 0 {
			inc.Opened = time.Unix(unix%(1<<40), 0)
		}
		for _, b := range planBytes {
			inc.Plans = append(inc.Plans, severity.Plan(b))
		}
		tg, err := severity.TargetFor(inc)
		if err != nil {
			if !errors.Is(err, severity.ErrInvalidLevel) && !errors.Is(err, severity.ErrInvalidPlan) && !errors.Is(err, severity.ErrZeroTime) &&
				!errors.Is(err, severity.ErrAzureMismatch) {
				t.Fatalf("TargetFor error %v wraps no sentinel", err)
			}
			return
		}
		if !tg.Plan.IsValid() || tg.Within <= 0 || tg.Rules.Len() == 0 {
			t.Fatalf("TargetFor(%+v) = %v", inc, tg)
		}
		due, err := severity.Deadline(inc, cal)
		if err != nil {
			t.Fatalf("Deadline(%+v): %v", inc, err)
		}
		if due.Before(inc.Opened) {
			t.Fatalf("Deadline(%+v) = %v, before opening", inc, due)
		}
	})
}

// RetargetAll never panics: any chain of changes (junk levels and anchors,
// zero or reversed instants, responses before opening) gives a result or
// an error wrapping a sentinel, and a result is never due before the
// incident was opened. Rules D-SEV-6, D-SEV-5, PRS-6.
func FuzzRetargetAll(f *testing.F) {
	f.Add(uint8(3), int64(1778547600), []byte{1, 30, 0, 0, 2, 0, 1, 0})
	f.Add(uint8(1), int64(1778547600), []byte{4, 200, 1, 9, 7, 1, 2, 1})
	f.Add(uint8(2), int64(0), []byte{})
	cal := seoulCal(f)
	f.Fuzz(func(t *testing.T, level uint8, unix int64, script []byte) {
		inc := severity.Incident{Level: severity.Level(level), Azure: unix%2 == 0,
			Plans: []severity.Plan{severity.EnhancedResponse, severity.RapidResponse}}
		if inc.Azure {
			inc.Product = "Azure StorSimple" // on the UER and Rapid Response lists
		}
		if unix != 0 {
			inc.Opened = time.Unix(unix%(1<<40), 0)
		}
		// Each change takes four bytes: level, minutes after the previous
		// change (signed), anchor, minutes from the change to the first
		// response (signed; 0: none yet).
		var changes []severity.Change
		at := inc.Opened
		for i := 0; i+3 < len(script) && len(changes) < 8; i += 4 {
			at = at.Add(time.Duration(int8(script[i+1])) * time.Minute)
			ch := severity.Change{At: at, To: severity.Level(script[i]), Anchor: severity.Anchor(script[i+2])}
			if script[i+3] != 0 {
				ch.FirstResponse = at.Add(time.Duration(int8(script[i+3])) * time.Minute)
			}
			changes = append(changes, ch)
		}
		r, err := severity.RetargetAll(inc, changes, cal)
		if err != nil {
			for _, s := range []error{severity.ErrInvalidLevel, severity.ErrInvalidPlan, severity.ErrInvalidValue, severity.ErrZeroTime,
				severity.ErrOutOfOrder, severity.ErrAzureMismatch} {
				if errors.Is(err, s) {
					return
				}
			}
			t.Fatalf("RetargetAll error %v wraps no sentinel", err)
		}
		if r.Due.Before(inc.Opened) || !r.Target.Level.IsValid() {
			t.Fatalf("RetargetAll(%+v, %+v) = due %v, level %v", inc, changes, r.Due, r.Target.Level)
		}
	})
}

// ParsePlans never panics, reads every entry ParsePlan accepts, drops
// duplicates, and refuses anything else with ErrInvalidPlan.
func FuzzParsePlans(f *testing.F) {
	for _, s := range []string{"", "UER", "STD + UER + RR", "UER, Azure Rapid Response; aem", "UER,,UER", "Premier", "+", "rr/arr|신속 대응"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ps, err := severity.ParsePlans(s)
		if err != nil {
			if !errors.Is(err, severity.ErrInvalidPlan) {
				t.Fatalf("ParsePlans(%q) error %v does not wrap ErrInvalidPlan", s, err)
			}
			return
		}
		seen := map[severity.Plan]bool{}
		for _, p := range ps {
			if !p.IsValid() || seen[p] {
				t.Fatalf("ParsePlans(%q) = %v: invalid or repeated plan", s, ps)
			}
			seen[p] = true
		}
	})
}

// The JSON decoders of the result types never panic, refuse bad input
// with a sentinel of the package, and what they accept writes back to a
// form they read again as the same value.
func FuzzDecodeJSON(f *testing.F) {
	for _, s := range []string{`{}`, `{"level":"B","within":"PT2H","plan":"standard","rules":["SEV-STD-13"]}`,
		`{"due":"2026-05-11T09:30:00+09:00","state":"breached","overdue":"PT64H","responded":null}`,
		`{"duty":"respond","within":"P1D","due":null}`, `{"azureWithin":"PT15M","effort":"24x7","channels":"phone|web"}`,
		`{"within":"PT9999999999999999999H"}`, `{"target":{"level":"Z"}}`, `null`, `[]`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		check := func(into any, again func() any) {
			err := json.Unmarshal([]byte(s), into)
			if err != nil {
				var se *json.SyntaxError
				if !errors.As(err, &se) && !errors.Is(err, severity.ErrInvalidValue) && !errors.Is(err, severity.ErrInvalidLevel) && !errors.Is(err, severity.ErrInvalidPlan) {
					t.Fatalf("Unmarshal(%q) into %T: error %v wraps no sentinel", s, into, err)
				}
				return
			}
			b, err := json.Marshal(into)
			if err != nil {
				return // an accepted value the encoder refuses, such as an instant past year 9999
			}
			back := again()
			if err := json.Unmarshal(b, back); err != nil {
				t.Fatalf("%T %s does not read back: %v", into, b, err)
			}
			b2, _ := json.Marshal(back)
			if string(b) != string(b2) {
				t.Fatalf("%T: %s reads back as %s", into, b, b2)
			}
		}
		check(&severity.Target{}, func() any { return &severity.Target{} })
		check(&severity.Status{}, func() any { return &severity.Status{} })
		check(&severity.CustomerDuty{}, func() any { return &severity.CustomerDuty{} })
		check(&severity.Row{}, func() any { return &severity.Row{} })
		check(&severity.Retargeted{}, func() any { return &severity.Retargeted{} })
		check(&severity.Incident{}, func() any { return &severity.Incident{} })
		check(&severity.Change{}, func() any { return &severity.Change{} })
		check(&severity.Coverage{}, func() any { return &severity.Coverage{} })
	})
}
