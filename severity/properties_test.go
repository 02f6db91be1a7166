package severity_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"
	"unicode"

	"pgregory.net/rapid"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/severity"
)

// genLevel draws one of the four severities.
func genLevel(t *rapid.T, label string) severity.Level {
	return rapid.SampledFrom(levels).Draw(t, label)
}

// genPlans draws the add-on plans a customer holds: any of the four,
// repeated or in any order, possibly none.
func genPlans(t *rapid.T, label string) []severity.Plan {
	return rapid.SliceOfN(rapid.SampledFrom(plans), 0, 5).Draw(t, label)
}

// productNames are the names an incident may carry: every printed
// exclusion, in English and Korean, and products no list names.
var productNames = func() []string {
	names := []string{"", "Azure Virtual Machines", "Azure SQL Database", "Exchange Server", "Windows Server"}
	for _, p := range plans {
		list, _ := severity.Exclusions(p)
		for _, x := range list {
			names = append(names, x.English, x.Korean)
		}
	}
	return names
}()

// genProduct draws a product name, sometimes with its case changed.
func genProduct(t *rapid.T) string {
	name := rapid.SampledFrom(productNames).Draw(t, "product")
	switch rapid.IntRange(0, 2).Draw(t, "productCase") {
	case 1:
		return strings.ToUpper(name)
	case 2:
		return strings.ToLower(name)
	}
	return name
}

// genOpened draws when an incident was opened: any whole minute of 2026,
// in Seoul (the support location's zone).
func genOpened(t *rapid.T, label string) time.Time {
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, seoul)
	return start.Add(time.Duration(rapid.IntRange(0, 364*24*60).Draw(t, label+"Minute")) * time.Minute)
}

// nonAzureNames are product names that are not Azure products: the only
// names an incident with Azure false may carry (ErrAzureMismatch).
var nonAzureNames = []string{"", "Exchange Server", "Windows Server", "SQL Server", "Dynamics 365"}

// genIncident draws a valid incident: an Azure incident may name any
// product; one that is not Azure names no Azure product.
func genIncident(t *rapid.T) severity.Incident {
	inc := severity.Incident{
		Level: genLevel(t, "level"),
		Azure: rapid.Bool().Draw(t, "azure"),
	}
	if inc.Azure {
		inc.Product = genProduct(t)
	} else {
		inc.Product = rapid.SampledFrom(nonAzureNames).Draw(t, "product")
	}
	inc.Opened = genOpened(t, "opened")
	inc.Plans = genPlans(t, "plans")
	return inc
}

// A first response is never due before the incident was opened.
// Rules D-SEV-1, D-CLOCK.
func TestDeadlineNeverBeforeOpened(t *testing.T) {
	cal := seoulCal(t)
	rapid.Check(t, func(t *rapid.T) {
		inc := genIncident(t)
		due, err := severity.Deadline(inc, cal)
		if err != nil {
			t.Fatalf("Deadline: %v", err)
		}
		if due.Before(inc.Opened) {
			t.Fatalf("severity %v opened %v is due %v, before it was opened", inc.Level, inc.Opened, due)
		}
	})
}

// Holding one more response plan never makes a first response due later.
// Rules D-SEV-3, AMB-8, RR-6.
func TestExtraPlanNeverMakesADeadlineLater(t *testing.T) {
	cal := seoulCal(t)
	rapid.Check(t, func(t *rapid.T) {
		inc := genIncident(t)
		extra := rapid.SampledFrom(plans).Draw(t, "extraPlan")
		before, err1 := severity.Deadline(inc, cal)
		more := inc
		more.Plans = append(append([]severity.Plan(nil), inc.Plans...), extra)
		after, err2 := severity.Deadline(more, cal)
		if err1 != nil || err2 != nil {
			t.Fatalf("Deadline: %v, %v", err1, err2)
		}
		if after.After(before) {
			t.Fatalf("adding %v to %v moves the due time from %v to %v", extra, inc.Plans, before, after)
		}
	})
}

// Severity 1 is never due after A, nor A after B, nor B after C, for the
// same incident and calendar.
// Rules SEV-STD-2, SEV-STD-3, SEV-STD-9, SEV-STD-13, SEV-STD-16, D-SEV-1.
func TestMoreSevereIsNeverDueLater(t *testing.T) {
	cal := seoulCal(t)
	rapid.Check(t, func(t *rapid.T) {
		inc := genIncident(t)
		var prev time.Time
		for i, l := range levels {
			inc.Level = l
			due, err := severity.Deadline(inc, cal)
			if err != nil {
				t.Fatalf("Deadline(%v): %v", l, err)
			}
			if i > 0 && due.Before(prev) {
				t.Fatalf("severity %v is due %v, before severity %v's %v", l, due, levels[i-1], prev)
			}
			prev = due
		}
	})
}

// The deadline is the same instant whatever zone Opened is written in.
// Rules D-CLOCK, D-CAL.
func TestDeadlineIsTheSameInAnyZone(t *testing.T) {
	cal := seoulCal(t)
	rapid.Check(t, func(t *rapid.T) {
		inc := genIncident(t)
		loc := rapid.SampledFrom(allZones).Draw(t, "zone")
		a, err1 := severity.Deadline(inc, cal)
		moved := inc
		moved.Opened = inc.Opened.In(loc)
		b, err2 := severity.Deadline(moved, cal)
		if err1 != nil || err2 != nil {
			t.Fatalf("Deadline: %v, %v", err1, err2)
		}
		if !a.Equal(b) {
			t.Fatalf("opened %v is due %v, but written in %v it is due %v", inc.Opened, a, loc, b)
		}
	})
}

// refBusinessDue is a literal transcription of D-CLOCK and D-CAL for the
// Seoul test calendar: walk minute by minute from opened, counting each
// minute that starts on a working weekday that is not a holiday, between
// 09:00 and 17:30; the due time is the end of the last minute counted.
// opened must be a whole minute.
func refBusinessDue(opened time.Time, d time.Duration) time.Time {
	holiday := map[string]bool{}
	for _, h := range seoulHolidays2026 {
		holiday[h.String()] = true
	}
	need := int(d / time.Minute)
	t := opened.In(seoul)
	for need > 0 {
		wd := t.Weekday()
		hm := t.Hour()*60 + t.Minute()
		if wd != time.Saturday && wd != time.Sunday && !holiday[t.Format("2006-01-02")] && hm >= 9*60 && hm < 17*60+30 {
			need--
		}
		t = t.Add(time.Minute)
	}
	return t
}

// Business-hours deadlines agree with the minute-by-minute reference.
// Rules SEV-STD-13, SEV-STD-16, SEV-STD-21, D-SEV-1, D-CLOCK, D-CAL.
func TestBusinessDeadlinesAgreeWithTheMinuteByMinuteReference(t *testing.T) {
	cal := seoulCal(t)
	rapid.Check(t, func(t *rapid.T) {
		inc := genIncident(t)
		inc.Level = rapid.SampledFrom([]severity.Level{severity.SevB, severity.SevC}).Draw(t, "businessLevel")
		tg, err := severity.TargetFor(inc)
		if err != nil {
			t.Fatal(err)
		}
		due, err := severity.Deadline(inc, cal)
		if err != nil {
			t.Fatal(err)
		}
		if want := refBusinessDue(inc.Opened, tg.Within); !due.Equal(want) {
			t.Fatalf("severity %v opened %v (%v): due %v, the reference says %v",
				inc.Level, inc.Opened.Format("Mon 2006-01-02 15:04"), tg.Within, due, want)
		}
	})
}

// Any incident, however malformed, gives a target or an error wrapping a
// sentinel; a target always cites its rules, within capacity.
func TestTargetForIsTotal(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		inc := severity.Incident{
			Level:   severity.Level(rapid.Uint8().Draw(t, "levelByte")),
			Azure:   rapid.Bool().Draw(t, "azure"),
			Product: rapid.String().Draw(t, "product"),
			Plans:   rapid.SliceOfN(rapid.Custom(func(t *rapid.T) severity.Plan { return severity.Plan(rapid.Uint8Range(0, 6).Draw(t, "planByte")) }), 0, 4).Draw(t, "plans"),
		}
		if rapid.Bool().Draw(t, "hasOpened") {
			inc.Opened = time.Unix(rapid.Int64Range(-1<<40, 1<<40).Draw(t, "unix"), 0)
		}
		tg, err := severity.TargetFor(inc)
		if err != nil {
			if !errors.Is(err, severity.ErrInvalidLevel) && !errors.Is(err, severity.ErrInvalidPlan) && !errors.Is(err, severity.ErrZeroTime) {
				t.Fatalf("TargetFor(%+v) error %v wraps no sentinel", inc, err)
			}
			return
		}
		if !tg.Level.IsValid() || !tg.Plan.IsValid() || !tg.Class.IsValid() || tg.Within <= 0 || tg.Rules.Len() == 0 {
			t.Fatalf("TargetFor(%+v) = %v: not a well-formed target", inc, tg)
		}
		if _, err := severity.Deadline(inc, nil); err != nil && !errors.Is(err, calendar.ErrNoCalendar) {
			t.Fatalf("Deadline(%+v, nil): %v", inc, err)
		}
	})
}

// A severity change never postpones a first response that is still
// pending, and a retroactive change is measured from the opening, except
// that it never undoes a breach: a due time already passed at the change
// stands.
// Rules D-SEV-6, PRS-6.
func TestSeverityChangeNeverPostponesAPendingResponse(t *testing.T) {
	cal := seoulCal(t)
	rapid.Check(t, func(t *rapid.T) {
		inc := genIncident(t)
		at := inc.Opened.Add(time.Duration(rapid.IntRange(0, 72*60).Draw(t, "changeAfterMinutes")) * time.Minute)
		to := genLevel(t, "to")
		r, err := severity.Retarget(inc, severity.Change{At: at, To: to}, cal)
		if err != nil {
			t.Fatal(err)
		}
		if r.Due.After(r.Previous) {
			t.Fatalf("changing %v to %v at %v moved the due time from %v to %v", inc.Level, to, at, r.Previous, r.Due)
		}
		retro, err := severity.Retarget(inc, severity.Change{At: at, To: to, Anchor: severity.Retroactive}, cal)
		if err != nil {
			t.Fatal(err)
		}
		next := inc
		next.Level = to
		want, _ := severity.Deadline(next, cal)
		if retro.Previous.Before(at) && retro.Previous.Before(want) {
			want = retro.Previous // a breach already made stands (D-SEV-6)
		}
		if !retro.Due.Equal(want) {
			t.Fatalf("retroactive change to %v: due %v, want %v as if opened at %v, unless already overdue", to, retro.Due, want, to)
		}
	})
}

// Exclusion lists match names without regard to case, and only whole
// printed names. Rules D-SEV-4, SEV-STD-18, SEV-UER-12, RR-7.
func TestExclusionMatchingIgnoresCase(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := rapid.SampledFrom(plans[:3]).Draw(t, "plan")
		list, _ := severity.Exclusions(p)
		x := rapid.SampledFrom(list).Draw(t, "entry")
		name := rapid.SampledFrom([]string{x.English, x.Korean}).Draw(t, "form")
		flips := rapid.SliceOfN(rapid.Bool(), len(name), len(name)).Draw(t, "caseFlips")
		var b strings.Builder
		for i, r := range name {
			if i < len(flips) && flips[i] {
				r = unicode.SimpleFold(r)
			}
			b.WriteRune(r)
		}
		c, _ := severity.Covers(p, severity.AzureComponents, b.String())
		if !c.Excluded {
			t.Fatalf("%q (from %q) is not matched on the %v list", b.String(), name, p)
		}
		c, _ = severity.Covers(p, severity.AzureComponents, b.String()+" Plus")
		if c.Excluded {
			t.Fatalf("%q matched the %v list, but no entry prints it", b.String()+" Plus", p)
		}
	})
}

// Text forms round-trip: ParseLevel(l.String()) == l, and the same for
// plans through their text.
func TestLevelAndPlanTextRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		l := genLevel(t, "level")
		if got, err := severity.ParseLevel(l.String()); err != nil || got != l {
			t.Fatalf("ParseLevel(%q) = %v, %v", l.String(), got, err)
		}
		p := rapid.SampledFrom(plans).Draw(t, "plan")
		b, _ := p.MarshalText()
		var back severity.Plan
		if err := back.UnmarshalText(b); err != nil || back != p {
			t.Fatalf("Plan %v text %q read back as %v, %v", p, b, back, err)
		}
	})
}

// An incident's life as a state machine: severity changes arrive in order,
// sometimes after the first response was made. A plain model keeps the due
// time by D-SEV-6's words — the new level's target from the change, but
// never later than the pending due time — and RetargetAll must agree with
// it after every step.
// Rules PRS-6, D-SEV-5, D-SEV-6, AMB-42.
func TestIncidentLifecycleFollowsTheModel(t *testing.T) {
	cal := seoulCal(t)
	rapid.Check(t, func(t *rapid.T) {
		inc := genIncident(t)
		first, err := severity.Deadline(inc, cal)
		if err != nil {
			t.Fatal(err)
		}
		var (
			changes   []severity.Change
			now       = inc.Opened
			due       = first // the model's due time
			responded time.Time
		)
		t.Repeat(map[string]func(*rapid.T){
			"change": func(t *rapid.T) {
				now = now.Add(time.Duration(rapid.IntRange(0, 36*60).Draw(t, "minutesLater")) * time.Minute)
				to := genLevel(t, "to")
				changes = append(changes, severity.Change{At: now, To: to, FirstResponse: responded})
				next := inc
				next.Level, next.Opened = to, now
				fromChange, err := severity.Deadline(next, cal)
				if err != nil {
					t.Fatal(err)
				}
				if responded.IsZero() && due.Before(fromChange) {
					fromChange = due // a pending response is never postponed
				}
				due = fromChange
				got, err := severity.RetargetAll(inc, changes, cal)
				if err != nil {
					t.Fatal(err)
				}
				if !got.Due.Equal(due) || got.Target.Level != to {
					t.Fatalf("after %d changes (last to %v at %v): due %v, the model says %v", len(changes), to, now, got.Due, due)
				}
			},
			"respond": func(t *rapid.T) {
				if !responded.IsZero() {
					t.Skip("already responded")
				}
				now = now.Add(time.Duration(rapid.IntRange(0, 120).Draw(t, "responseMinutesLater")) * time.Minute)
				responded = now
			},
			"": func(t *rapid.T) {
				if due.Before(inc.Opened) {
					t.Fatalf("due %v before the incident opened at %v", due, inc.Opened)
				}
			},
		})
	})
}

// TargetFor is D-SEV-3 read literally: of Standard and every held plan
// whose chart covers the incident (ChartTarget), the shortest target wins;
// on a tie Standard, then the plan listed first. The winner is that
// chart's own target, with D-SEV-3 cited once plans besides Standard are
// held. Rules D-SEV-3, D-SEV-2, D-SEV-4, AMB-8, RR-6, REDE-18, AED-11.
func TestTargetForIsTheEarliestChartTarget(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		inc := genIncident(t)
		got, err := severity.TargetFor(inc)
		if err != nil {
			t.Fatal(err)
		}
		want, err := severity.ChartTarget(inc, severity.Standard)
		if err != nil {
			t.Fatalf("the Standard chart covers everything, yet: %v", err)
		}
		// On a tie an add-on's own row wins over Standard, in the order
		// Rapid Response, UER, AEM; a fallback row takes no part (D-SEV-3).
		rank := map[severity.Plan]int{severity.Standard: 0, severity.EventManagement: 1, severity.EnhancedResponse: 2, severity.RapidResponse: 3}
		addOns := false
		for _, p := range inc.Plans {
			addOns = addOns || p != severity.Standard
			c, err := severity.ChartTarget(inc, p)
			if errors.Is(err, severity.ErrNotCovered) {
				continue
			}
			if err != nil {
				t.Fatal(err)
			}
			if c.Fallback {
				continue
			}
			if c.Within < want.Within || c.Within == want.Within && rank[p] > rank[want.Plan] {
				want = c
			}
		}
		if got.Within != want.Within || got.Plan != want.Plan || got.Class != want.Class || got.Fallback != want.Fallback ||
			got.BusinessHours != want.BusinessHours || got.NotFromSeed != want.NotFromSeed {
			t.Fatalf("TargetFor = %v; the earliest covering chart, ties to RR, UER, AEM, Standard, is %v", got, want)
		}
		if got.Rules.Has("D-SEV-3") != addOns || (!addOns && got.Rules != want.Rules) {
			t.Fatalf("TargetFor rules %v, chart rules %v: D-SEV-3 cited iff add-on plans are held (%t)", got.Rules, want.Rules, addOns)
		}
	})
}

// Product names of any length or encoding (a megabyte, invalid UTF-8,
// control characters, names containing a printed name) are matched only
// when they equal a printed name, and never cause a panic.
// Rules D-SEV-4, SEV-STD-18, SEV-UER-12, RR-7.
func TestOddProductNamesAreNeverExcluded(t *testing.T) {
	opened := at(2026, 5, 12, 10, 0)
	odd := []string{
		strings.Repeat("Azure StorSimple", 1<<16),
		"Azure StorSimple\x00",
		"\xffAzure Stack",
		"Azure\u00a0Stack", // a no-break space inside is another name
		"GitHub AE, Azure Stack",
		"Azure Stack Hub",
		strings.Repeat("가", 1<<16),
	}
	for _, name := range odd {
		for _, p := range plans {
			c, err := severity.Covers(p, severity.AzureComponents, name)
			if err != nil || c.Excluded {
				t.Errorf("Covers(%v, %.40q) = %+v, %v; want not excluded", p, name, c, err)
			}
		}
		tg, err := severity.TargetFor(severity.Incident{Level: severity.Sev1, Azure: true, Product: name, Opened: opened,
			Plans: []severity.Plan{severity.EnhancedResponse}})
		if err != nil || tg.Within != m15 || tg.Class != severity.AzureComponents {
			t.Errorf("TargetFor(1, %.40q) = %v, %v; want the Azure row's 15 minutes", name, tg, err)
		}
	}
}

// Every valid incident has customer duties: standing ones without a due
// time, the Severity B change manager due 4 business hours after opening
// and the Severity C response 24 wall-clock hours after it, never before
// the incident was opened, and a Submit duty last, with at least one
// channel. Rules SEV-STD-14, SEV-STD-17, SEV-AEM-1, RR-3, PRS-2, D-SEV-1.
func TestCustomerDutiesAreDueOnTheirClocks(t *testing.T) {
	cal := seoulCal(t)
	rapid.Check(t, func(t *rapid.T) {
		inc := genIncident(t)
		duties, err := severity.CustomerDuties(inc, cal)
		if err != nil {
			t.Fatal(err)
		}
		last := duties[len(duties)-1]
		if last.Duty != severity.Submit || last.Channels == 0 || !last.Channels.IsValid() || last.Rules.Len() == 0 {
			t.Fatalf("severity %v: last duty %+v, want Submit with its channels and rules", inc.Level, last)
		}
		for _, d := range duties {
			var want time.Time
			switch d.Duty {
			case severity.ChangeManagerResponse:
				want = refBusinessDue(inc.Opened, 4*time.Hour)
			case severity.Respond:
				want = inc.Opened.Add(24 * time.Hour)
			}
			if !d.Due.Equal(want) || (!d.Due.IsZero() && d.Due.Before(inc.Opened)) || d.Rules.Len() == 0 {
				t.Fatalf("severity %v opened %v: %v due %v, want %v", inc.Level, inc.Opened, d.Duty, d.Due, want)
			}
		}
	})
}

// Every result an incident yields reads back from its JSON form as the
// same value: its target, the first response's status at any instant
// (answered or not, after changes or not), the Retargeted after those
// changes, and every customer duty with the duty's status. Zero instants
// (no response yet, a standing duty's deadline) read back as zero.
// Rules PRS-9, D-SEV-1, D-SEV-6, D-CLOCK, SEV-STD-14, SEV-STD-17.
func TestEveryResultRoundTripsThroughJSON(t *testing.T) {
	cal := seoulCal(t)
	rapid.Check(t, func(t *rapid.T) {
		inc := genIncident(t)
		var changes []severity.Change
		at := inc.Opened
		for range rapid.IntRange(0, 2).Draw(t, "changes") {
			at = at.Add(time.Duration(rapid.IntRange(0, 48*60).Draw(t, "minutesLater")) * time.Minute)
			changes = append(changes, severity.Change{At: at, To: genLevel(t, "to"),
				Anchor: rapid.SampledFrom([]severity.Anchor{severity.FromChange, severity.Retroactive}).Draw(t, "anchor")})
		}
		var responded time.Time
		if rapid.Bool().Draw(t, "answered") {
			responded = inc.Opened.Add(time.Duration(rapid.IntRange(0, 72*60).Draw(t, "responseMinutes")) * time.Minute)
			for i := range changes {
				if !changes[i].At.Before(responded) {
					changes[i].FirstResponse = responded
				}
			}
		}
		asOf := inc.Opened.Add(time.Duration(rapid.IntRange(0, 96*60).Draw(t, "asOfMinutes")) * time.Minute)
		tg, err := severity.TargetFor(inc)
		if err != nil {
			t.Fatal(err)
		}
		jsonRoundTrip(t, tg, func(a, b severity.Target) bool { return a == b })
		st, err := severity.StatusAt(inc, changes, responded, asOf, cal)
		if err != nil {
			t.Fatal(err)
		}
		jsonRoundTrip(t, st, severity.Status.Equal)
		r, err := severity.RetargetAll(inc, changes, cal)
		if err != nil {
			t.Fatal(err)
		}
		jsonRoundTrip(t, r, severity.Retargeted.Equal)
		duties, err := severity.CustomerDuties(inc, cal)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range duties {
			jsonRoundTrip(t, d, severity.CustomerDuty.Equal)
			if d.Within == 0 {
				continue
			}
			ds, err := d.StatusAt(responded, asOf, cal)
			if err != nil {
				t.Fatal(err)
			}
			jsonRoundTrip(t, ds, severity.Status.Equal)
		}
	})
}

// jsonRoundTrip fails t unless v reads back from its JSON form as a value
// equal to it.
func jsonRoundTrip[T any](t *rapid.T, v T, equal func(T, T) bool) {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("json.Marshal(%T): %v", v, err)
	}
	var back T
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("json.Unmarshal(%T, %s): %v", v, b, err)
	}
	if !equal(v, back) {
		t.Fatalf("%T %+v reads back from %s as %+v", v, v, b, back)
	}
}
