package calendar_test

import (
	"testing"
	"time"

	_ "time/tzdata"

	"github.com/supportrules/unified/calendar"
	"pgregory.net/rapid"
)

// The guarantees of the calendar package. Rules D-CAL, D-CLOCK, D-DAYS.

// D-CLOCK: Between undoes Add exactly — the business time between t and the
// deadline for a budget d is d, for every d >= 0.
func TestBetweenIsTheExactInverseOfAdd(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := genCalendar(t)
		start := genInstant(t, "start")
		d := genBudget(t, "budget")
		due := c.cal.Add(start, d)
		if got := c.cal.Between(start, due); got != d {
			t.Fatalf("%v: Between(%v, Add(%v, %v) = %v) = %v, want %v", c, start, start, d, due, got, d)
		}
	})
}

// D-CLOCK: a later start or a larger budget never gives an earlier deadline.
func TestAddIsMonotone(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := genCalendar(t)
		t1 := genInstant(t, "t1")
		t2 := t1.Add(time.Duration(rapid.Int64Range(0, int64(30*24*time.Hour)).Draw(t, "later")))
		d1 := genBudget(t, "d1")
		d2 := d1 + time.Duration(rapid.Int64Range(0, int64(100*time.Hour)).Draw(t, "more"))
		if a, b := c.cal.Add(t1, d1), c.cal.Add(t2, d1); b.Before(a) {
			t.Fatalf("%v: Add(%v, %v) = %v but the later start %v gives %v", c, t1, d1, a, t2, b)
		}
		if a, b := c.cal.Add(t1, d1), c.cal.Add(t1, d2); b.Before(a) {
			t.Fatalf("%v: Add(%v, %v) = %v but the larger budget %v gives %v", c, t1, d1, a, d2, b)
		}
	})
}

// D-CLOCK: spending a budget in two parts ends where spending it at once
// does: Add(Add(t, a), b) = Add(t, a+b).
func TestAddComposes(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := genCalendar(t)
		start := genInstant(t, "start")
		a, b := genBudget(t, "a"), genBudget(t, "b")
		if x, y := c.cal.Add(c.cal.Add(start, a), b), c.cal.Add(start, a+b); !x.Equal(y) {
			t.Fatalf("%v: Add(Add(%v, %v), %v) = %v, Add(%v, %v) = %v", c, start, a, b, x, start, a+b, y)
		}
	})
}

// D-CLOCK, D-CAL: a deadline with d > 0 lies inside business hours, or
// exactly at a closing instant (a budget ending at closing ends there).
func TestDeadlineIsInBusinessHoursOrAtClosing(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := genCalendar(t)
		start := genInstant(t, "start")
		d := genBudget(t, "budget")
		if d == 0 {
			d = time.Nanosecond
		}
		due := c.cal.Add(start, d)
		atClosing := c.cal.IsOpen(due.Add(-time.Nanosecond)) && !c.cal.IsOpen(due)
		if !c.cal.IsOpen(due) && !atClosing {
			t.Fatalf("%v: Add(%v, %v) = %v, which is neither open nor a closing instant", c, start, d, due)
		}
	})
}

// D-CLOCK: counted time is additive over adjacent ranges and never exceeds
// the wall-clock time of the range.
func TestBetweenIsAdditiveAndBoundedByWallTime(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := genCalendar(t)
		a := genInstant(t, "a")
		b := a.Add(time.Duration(rapid.Int64Range(0, int64(2000*time.Hour)).Draw(t, "ab")))
		e := b.Add(time.Duration(rapid.Int64Range(0, int64(2000*time.Hour)).Draw(t, "bc")))
		ab, bc, ac := c.cal.Between(a, b), c.cal.Between(b, e), c.cal.Between(a, e)
		if ab+bc != ac {
			t.Fatalf("%v: Between(a,b) %v + Between(b,c) %v != Between(a,c) %v", c, ab, bc, ac)
		}
		if ac > e.Sub(a) {
			t.Fatalf("%v: Between(%v, %v) = %v exceeds the wall time %v", c, a, e, ac, e.Sub(a))
		}
		if got := c.cal.Between(e, a); e.After(a) && got != 0 {
			t.Fatalf("%v: Between of a reversed range = %v, want 0", c, got)
		}
	})
}

// D-CAL, D-CLOCK: the fast engine agrees with the minute-by-minute reference
// on short spans, for opening, counting and deadlines.
func TestAgreesWithMinuteByMinuteReference(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := genCalendar(t)
		a := genMinute(t, "a")
		b := a.Add(time.Duration(rapid.IntRange(0, 4*24*60).Draw(t, "spanMinutes")) * time.Minute)
		if got, want := c.cal.IsOpen(a), c.slow.isOpen(a); got != want {
			t.Fatalf("%v: IsOpen(%v) = %v, reference %v", c, a, got, want)
		}
		if got, want := c.cal.Between(a, b), c.slow.between(a, b); got != want {
			t.Fatalf("%v: Between(%v, %v) = %v, reference %v", c, a, b, got, want)
		}
		d := time.Duration(rapid.IntRange(0, 30*60).Draw(t, "budgetMinutes")) * time.Minute
		if got, want := c.cal.Add(a, d), c.slow.add(a, d); !got.Equal(want) {
			// The reference steps past closing; compare positions.
			if c.cal.Between(got, want) != 0 || want.Before(got) {
				t.Fatalf("%v: Add(%v, %v) = %v, reference %v", c, a, d, got, want)
			}
		}
	})
}

// Results are the same instant whatever zone the input carries.
func TestResultsDoNotDependOnTheInputZone(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := genCalendar(t)
		start := genInstant(t, "start")
		other := mustLoad(rapid.SampledFrom(zoneNames).Draw(t, "otherZone"))
		d := genBudget(t, "budget")
		if x, y := c.cal.Add(start, d), c.cal.Add(start.In(other), d); !x.Equal(y) || y.Location() != other {
			t.Fatalf("%v: Add in %v = %v, in %v = %v (want the same instant, in the input's location)", c, start.Location(), x, other, y)
		}
		end := start.Add(d)
		if x, y := c.cal.Between(start, end), c.cal.Between(start.In(other), end.In(time.UTC)); x != y {
			t.Fatalf("%v: Between differs by zone: %v vs %v", c, x, y)
		}
		if x, y := c.cal.IsOpen(start), c.cal.IsOpen(start.In(other)); x != y {
			t.Fatalf("%v: IsOpen differs by zone", c)
		}
	})
}

// D-DAYS: AddBusinessDays agrees with walking day by day, lands on a
// business day, and is undone by the opposite count from a business day.
func TestAddBusinessDaysWalksBusinessDays(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := genCalendar(t)
		d := genDate(t, "date", 2023, 2027)
		n := rapid.IntRange(-400, 400).Draw(t, "n")
		got := c.cal.AddBusinessDays(d, n)
		if want := c.slow.addBusinessDays(d, n); got != want {
			t.Fatalf("%v: AddBusinessDays(%v, %d) = %v, reference %v", c, d, n, got, want)
		}
		if n != 0 && !c.cal.IsBusinessDay(got) {
			t.Fatalf("%v: AddBusinessDays(%v, %d) = %v, not a business day", c, d, n, got)
		}
		if c.cal.IsBusinessDay(d) {
			if back := c.cal.AddBusinessDays(got, -n); back != d {
				t.Fatalf("%v: AddBusinessDays(AddBusinessDays(%v, %d), %d) = %v", c, d, n, -n, back)
			}
		}
	})
}

// A date's text form round-trips, and day arithmetic agrees with DaysUntil
// and Compare.
func TestDateArithmeticAndTextRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := genDate(t, "date", 1, 9998)
		n := rapid.IntRange(-100000, 100000).Draw(t, "days")
		e := d.AddDays(n)
		if got := d.DaysUntil(e); got != n {
			t.Fatalf("%v.AddDays(%d) = %v, DaysUntil = %d", d, n, e, got)
		}
		if c := d.Compare(e); (n > 0 && c >= 0) || (n < 0 && c <= 0) || (n == 0 && c != 0) {
			t.Fatalf("%v.Compare(%v) = %d for %d days", d, e, c, n)
		}
		b, err := d.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back calendar.Date
		if err := back.UnmarshalText(b); err != nil || back != d {
			t.Fatalf("round trip of %v: %v, %v", d, back, err)
		}
		if p, err := calendar.ParseDate(d.String()); err != nil || p != d {
			t.Fatalf("ParseDate(%q) = %v, %v", d.String(), p, err)
		}
		if w := d.Weekday(); w != d.In(time.UTC).Weekday() {
			t.Fatalf("%v.Weekday() = %v, time says %v", d, w, d.In(time.UTC).Weekday())
		}
	})
}

// D-DAYS: day arithmetic is the proleptic Gregorian calendar of package
// time, over spans of up to a billion years either way: AddDays and
// DaysUntil agree with time.Date's normalisation of the day of the month,
// and Weekday with time's weekday, across every 400-year era boundary.
func TestDayArithmeticIsTheGregorianCalendarOfPackageTime_DDAYS(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := genDate(t, "date", 1, 9999)
		n := rapid.OneOf(rapid.IntRange(-146097*3, 146097*3), rapid.IntRange(-365_250_000_000, 365_250_000_000)).Draw(t, "days")
		want := calendar.DateOf(time.Date(d.Year, d.Month, d.Day+n, 12, 0, 0, 0, time.UTC))
		if got := d.AddDays(n); got != want {
			t.Fatalf("%v.AddDays(%d) = %#v, time says %#v", d, n, got, want)
		}
		if got := d.DaysUntil(want); got != n {
			t.Fatalf("%v.DaysUntil(%#v) = %d, want %d", d, want, got, n)
		}
		if got, w := want.Weekday(), time.Date(want.Year, want.Month, want.Day, 12, 0, 0, 0, time.UTC).Weekday(); got != w {
			t.Fatalf("%#v.Weekday() = %v, time says %v", want, got, w)
		}
	})
}

// The options copy their arguments: changing the caller's slice after
// building an option changes nothing (D-CAL).
func TestOptionsCopyTheirArguments_DCAL(t *testing.T) {
	seoul := mustLoad("Asia/Seoul")
	hs := []calendar.Date{{Year: 2026, Month: time.March, Day: 2}}
	ws := []calendar.Window{{Open: 9 * time.Hour, Close: 10 * time.Hour}}
	fri := []calendar.Window{{Open: 9 * time.Hour, Close: 12 * time.Hour}}
	days := []time.Weekday{time.Monday, time.Friday}
	opts := []calendar.Option{calendar.WithHolidays(hs...), calendar.WithWindows(ws...), calendar.WithDayWindows(time.Friday, fri...), calendar.WithWorkdays(days...)}
	hs[0] = calendar.Date{Year: 2026, Month: time.March, Day: 9}
	ws[0].Close = 11 * time.Hour
	fri[0].Close = 13 * time.Hour
	days[0] = time.Tuesday
	c, err := calendar.New(seoul, opts...)
	if err != nil {
		t.Fatal(err)
	}
	if got := c.String(); got != "Asia/Seoul Mon 09:00-10:00 Fri 09:00-12:00, 1 holiday 2026-03-02" {
		t.Errorf("the options saw the caller's later changes: %s", got)
	}
}

// D-FLEX-2: contract years tile time: each starts where the previous ends,
// and ContractYearOf finds the year that contains a date.
func TestContractYearsTileTheTerm(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		start := genDate(t, "start", 2000, 2100)
		d := start.AddDays(rapid.IntRange(0, 20*366).Draw(t, "daysAfterStart"))
		n, p, ok := calendar.ContractYearOf(start, d)
		if !ok || !p.Contains(d) {
			t.Fatalf("ContractYearOf(%v, %v) = %d, %v, %v", start, d, n, p, ok)
		}
		prev, ok := calendar.ContractYear(start, n-1)
		if n > 1 && (!ok || prev.End != p.Start) {
			t.Fatalf("contract year %d %v does not follow year %d %v", n, p, n-1, prev)
		}
		if days := p.Days(); days < 365 || days > 366 {
			t.Fatalf("contract year %v has %d days", p, days)
		}
		if p.Start != start.Anniversary(n-1) || p.End != start.Anniversary(n) {
			t.Fatalf("contract year %d of %v is %v, not between anniversaries %d and %d", n, start, p, n-1, n)
		}
		if a := start.Anniversary(n); a.Month != start.Month && !(start.Month == time.February && start.Day == 29) {
			t.Fatalf("anniversary %v of %v changed month", a, start)
		}
	})
}

// A date's first instant in a zone is the earliest instant whose local
// wall clock has reached that date's midnight, even in zones whose
// daylight-saving changes skip or repeat midnight.
func TestDateInIsTheFirstInstantOfTheDate(t *testing.T) {
	zones := []string{"America/Havana", "America/Santiago", "Asia/Beirut", "America/Asuncion", "Africa/Cairo", "America/Sao_Paulo", "Asia/Seoul", "America/New_York"}
	rapid.Check(t, func(t *rapid.T) {
		loc := mustLoad(rapid.SampledFrom(zones).Draw(t, "zone"))
		d := genDate(t, "date", 1970, 2040)
		got := d.In(loc)
		midnight := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
		// Reference: scan minute by minute from 26 hours early for the
		// first instant whose wall clock reads at or after midnight of d.
		for u := midnight.Add(-26 * time.Hour); ; u = u.Add(time.Minute) {
			l := u.In(loc)
			wall := time.Date(l.Year(), l.Month(), l.Day(), l.Hour(), l.Minute(), l.Second(), 0, time.UTC)
			if !wall.Before(midnight) {
				if !got.Equal(u) {
					t.Fatalf("%v.In(%v) = %v, reference %v", d, loc, got, u)
				}
				return
			}
		}
	})
}
