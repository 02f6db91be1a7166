package calendar_test

import (
	"encoding/json"
	"errors"
	"math"
	"testing"
	"time"

	"github.com/supportrules/unified/calendar"
)

// Regression rows for the bugs an adversarial review found. Each states the
// guarantee it pins.

// D-CLOCK: Between saturates at the largest Duration and is never 0 for a
// range holding more business time than a Duration can (it once wrapped
// when the within-day nanoseconds were added after the saturation test).
func TestBetweenSaturatesPastTheLargestDuration(t *testing.T) {
	cal := mustNew(t, time.UTC, calendar.WithHours(0, 24*time.Hour), allWeek)
	a := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	b := a.AddDate(0, 0, 106751).Add(23*time.Hour + 59*time.Minute) // b - a > MaxInt64
	if got := cal.Between(a, b); got != math.MaxInt64 {
		t.Errorf("Between(%v, %v) = %v, want saturation", a, b, got)
	}
	def := mustNew(t, time.UTC)
	due := def.Add(a, math.MaxInt64)
	if got := def.Between(a, due.Add(time.Hour)); got != math.MaxInt64 {
		t.Errorf("default hours: Between(a, Add(a, MaxInt64)+1h) = %v, want saturation", got)
	}
	a1 := a.Add(time.Hour)
	d := time.Duration(math.MaxInt64 - int64(time.Second))
	if got := cal.Between(a1, cal.Add(a1, d)); got != d {
		t.Errorf("Between(a, Add(a, %v)) = %v", d, got)
	}
	// Exactly at the limit and a nanosecond either side, from instants
	// with and without a fraction of a second: on a 24x7 UTC calendar
	// business time is wall time, up to the largest Duration.
	for _, frac := range []time.Duration{0, 1, time.Second / 2, time.Second - 1} {
		a := a.Add(frac)
		for _, w := range []time.Duration{math.MaxInt64 - 1, math.MaxInt64, math.MaxInt64 - time.Second + 1, math.MaxInt64 - 5*time.Second/2, math.MaxInt64 - time.Second/5, 1, time.Second / 2, time.Second - 1} {
			if got := cal.Between(a, a.Add(w)); got != w {
				t.Errorf("Between(%v, +%d ns) = %d ns, want exactly that", a, int64(w), int64(got))
			}
		}
		if got := cal.Between(a, a.Add(math.MaxInt64).Add(1)); got != math.MaxInt64 {
			t.Errorf("Between(%v, +MaxInt64+1ns) = %v, want saturation", a, got)
		}
	}
}

// D-CLOCK: an instant before the calendar's range (about a million years
// before 1970) counts from the range's first instant, whole: on a 24x7
// calendar the business time from it to an hour into the range is exactly
// an hour, and an Add from it counts from the range's start. Likewise an
// instant after the range counts as its last instant.
func TestInstantsBeforeTheRangeCountFromItsStart(t *testing.T) {
	cal := mustNew(t, time.UTC, calendar.WithHours(0, 24*time.Hour), allWeek)
	first := time.Unix(-1<<45, 0)
	for _, before := range []time.Time{first.Add(-1), first.Add(-time.Hour - 1), time.Unix(-1<<62, 999999999)} {
		if got := cal.Between(before, first.Add(time.Hour)); got != time.Hour {
			t.Errorf("Between(%v, range start + 1h) = %v, want 1h", before, got)
		}
		if got, want := cal.Add(before, time.Hour), first.Add(time.Hour); !got.Equal(want) {
			t.Errorf("Add(%v, 1h) = %v, want %v", before, got, want)
		}
		if cal.IsOpen(before) {
			t.Errorf("IsOpen(%v) before the range", before)
		}
	}
	if got := cal.Between(first, first.Add(time.Hour)); got != time.Hour {
		t.Errorf("Between(range start, +1h) = %v, want 1h", got)
	}
	// After the range nothing counts: from an hour before its end to any
	// later instant is exactly an hour.
	end := time.Unix(1<<45, 0)
	for _, after := range []time.Time{end, end.Add(1), end.Add(time.Hour + 1), time.Unix(1<<62, 999999999)} {
		if got := cal.Between(end.Add(-time.Hour), after); got != time.Hour {
			t.Errorf("Between(range end - 1h, %v) = %v, want 1h", after, got)
		}
		if cal.IsOpen(after) {
			t.Errorf("IsOpen(%v) after the range", after)
		}
	}
}

// D-CLOCK: NextOpen never goes back, even beyond the calendar's range.
func TestNextOpenNeverGoesBack(t *testing.T) {
	cal := mustNew(t, time.UTC)
	for _, x := range []time.Time{time.Unix(1<<45, 0), time.Unix(1<<62, 0), time.Unix(-1<<62, 0)} {
		if got := cal.NextOpen(x); got.Before(x) {
			t.Errorf("NextOpen(%v) = %v, before t", x, got)
		}
	}
}

// A calendar's JSON description cannot name one weekday twice (in any
// case): decoding it would depend on map order.
func TestCalendarJSONRejectsARepeatedWeekday(t *testing.T) {
	s := `{"zone":"UTC","hours":{"Monday":["09:00-10:00"],"monday":["11:00-12:00"]}}`
	var c calendar.Calendar
	if err := json.Unmarshal([]byte(s), &c); !errors.Is(err, calendar.ErrBadSpec) {
		t.Errorf("Unmarshal(%s) = %v, want ErrBadSpec", s, err)
	}
}

// A calendar whose location is named like an IANA zone but does not follow
// it cannot be encoded under that name.
func TestCalendarJSONRejectsMisnamedZones(t *testing.T) {
	for _, loc := range []*time.Location{time.FixedZone("America/New_York", -5*3600), time.FixedZone("UTC", 9*3600)} {
		if _, err := json.Marshal(mustNew(t, loc)); !errors.Is(err, calendar.ErrBadSpec) {
			t.Errorf("Marshal of a calendar in %v (%v) = %v, want ErrBadSpec", loc, loc, err)
		}
	}
	if _, err := json.Marshal(mustNew(t, time.FixedZone("UTC", 0))); err != nil {
		t.Errorf("a fixed zone equal to UTC: %v", err)
	}
}

// An empty period overlaps nothing, in agreement with Intersect.
func TestEmptyPeriodOverlapsNothing(t *testing.T) {
	p := calendar.Period{Start: date(2026, 1, 1), End: date(2027, 1, 1)}
	q := calendar.Period{Start: date(2026, 6, 1), End: date(2026, 6, 1)}
	if _, ok := p.Intersect(q); p.Overlaps(q) || q.Overlaps(p) || q.Overlaps(q) || ok {
		t.Errorf("the empty period %v overlaps %v", q, p)
	}
}

// D-FLEX-2: a contract year that would end after 9999 is reported as not
// found, with n = 0.
func TestContractYearOfInTheLastRepresentableYear(t *testing.T) {
	if n, p, ok := calendar.ContractYearOf(date(2026, 6, 1), date(9999, 12, 31)); ok || n != 0 || p != (calendar.Period{}) {
		t.Errorf("ContractYearOf = %d, %v, %v; want 0, zero, false", n, p, ok)
	}
	// The last contract year that ends by 10000-01-01 is still found.
	if n, p, ok := calendar.ContractYearOf(date(2026, 1, 2), date(9999, 1, 1)); !ok || n != 7973 || p != (calendar.Period{Start: date(9998, 1, 2), End: date(9999, 1, 2)}) {
		t.Errorf("ContractYearOf = %d, %v, %v", n, p, ok)
	}
}

// D-DAYS: a date the zone skipped entirely never happened there, so it is
// no business day (Pacific/Apia skipped Friday 2011-12-30).
func TestASkippedDateIsNotABusinessDay(t *testing.T) {
	apia := mustLoad("Pacific/Apia")
	cal := mustNew(t, apia)
	if got := cal.AddBusinessDays(date(2011, 12, 29), 1); got != date(2012, 1, 2) {
		t.Errorf("AddBusinessDays(Thu 2011-12-29, 1) in Apia = %v, want Monday 2012-01-02", got)
	}
	if cal.IsBusinessDay(date(2011, 12, 30)) {
		t.Error("IsBusinessDay(2011-12-30) in Apia")
	}
	if n := cal.BusinessDaysBetween(date(2011, 12, 29), date(2012, 1, 3)); n != 2 {
		t.Errorf("BusinessDaysBetween = %d, want 2 (Thu 29, Mon 2)", n)
	}
}

// D-CLOCK: when a change takes the clock back to the previous date after
// the next one has begun (America/Sitka on 1867-10-19, from +14:58 to
// -09:01: the afternoon of 18 October again), the instants after the
// change belong to the later date, so a 24x7 calendar still counts every
// instant across it exactly once.
func TestRepeatedDateAfterTheChangeCountsOnce_DCLOCK(t *testing.T) {
	loc := mustLoad("America/Sitka")
	cal := mustNew(t, loc, calendar.WithHours(0, 24*time.Hour), allWeek)
	change := time.Date(1867, time.October, 19, 0, 31, 13, 0, time.UTC)
	_, before := change.Add(-1).In(loc).Zone()
	_, after := change.In(loc).Zone()
	if before-after < 20*3600 {
		t.Skipf("zone data without the 1867 change (%d to %d at %v)", before, after, change)
	}
	for _, d := range []time.Duration{time.Nanosecond, time.Hour, 12 * time.Hour, 23 * time.Hour, 30 * time.Hour} {
		if got := cal.Between(change.Add(-time.Hour), change.Add(d)); got != time.Hour+d {
			t.Errorf("Between(change-1h, change+%v) = %v, want %v", d, got, time.Hour+d)
		}
		if got, want := cal.Add(change.Add(-time.Hour), time.Hour+d), change.Add(d); !got.Equal(want) {
			t.Errorf("Add(change-1h, %v) = %v, want %v", time.Hour+d, got, want)
		}
	}
}

// D-CLOCK: on a 24x7 calendar business time is wall time, also around the
// offset changes of years the dense table does not cover (before 1970,
// after 2099, past the repeating block's start in 2100 and its first
// repeat in 2500), where the exact engine answers alone.
func TestAlwaysOpenIsWallTimeAroundChangesOutsideTheTable_DCLOCK(t *testing.T) {
	for _, zone := range []string{"America/New_York", "Australia/Lord_Howe", "Europe/Dublin"} {
		loc := mustLoad(zone)
		cal := mustNew(t, loc, calendar.WithHours(0, 24*time.Hour), allWeek)
		for _, year := range []int{1950, 2150, 2499, 2600, 3000} {
			at := time.Date(year, time.January, 1, 0, 0, 0, 0, loc)
			for range 3 {
				_, end := at.ZoneBounds()
				if end.IsZero() {
					break
				}
				if !end.After(at) {
					at = at.Add(24 * time.Hour)
					continue
				}
				for _, span := range [][2]time.Duration{{-time.Hour, time.Hour}, {-30 * time.Hour, 30 * time.Hour}, {-time.Minute, 50 * time.Hour}} {
					a, b := end.Add(span[0]), end.Add(span[1])
					if got := cal.Between(a, b); got != b.Sub(a) {
						t.Errorf("%s: Between(%v, %v) = %v, want the wall time %v", zone, a, b, got, b.Sub(a))
					}
					if got := cal.Add(a, b.Sub(a)); !got.Equal(b) {
						t.Errorf("%s: Add(%v, %v) = %v, want %v", zone, a, b.Sub(a), got, b)
					}
				}
				at = end
			}
		}
	}
}

// D-DAYS: a date the zone skipped and holidays on either side of it count
// together: in Apia, from Monday 2011-12-19 to Monday 2012-01-09, the
// weekdays less the holidays 2011-12-26, 2012-01-02 and 2012-01-05 and the
// skipped Friday 2011-12-30 are 11 business days, and walking them agrees.
func TestSkippedDateAmongHolidays_DDAYS(t *testing.T) {
	apia := mustLoad("Pacific/Apia")
	cal := mustNew(t, apia, calendar.WithHolidays(date(2012, 1, 2), date(2011, 12, 26), date(2012, 1, 5)))
	from, to := date(2011, 12, 19), date(2012, 1, 9)
	if n := cal.BusinessDaysBetween(from, to); n != 11 {
		t.Errorf("BusinessDaysBetween(%v, %v) = %d, want 11", from, to, n)
	}
	var days []calendar.Date
	for d := from; d.Before(to); d = d.AddDays(1) {
		if cal.IsBusinessDay(d) {
			days = append(days, d)
		}
	}
	if len(days) != 11 || days[8] != date(2012, 1, 3) {
		t.Fatalf("business days %v", days)
	}
	for k, d := range days { // from is business day 0
		if got := cal.AddBusinessDays(from, k); got != d {
			t.Errorf("AddBusinessDays(%v, %d) = %v, want %v", from, k, got, d)
		}
	}
}

// D-CAL: a holiday given twice, in one option or in two, is one holiday.
func TestRepeatedHolidaysCountOnce_DCAL(t *testing.T) {
	seoul := mustLoad("Asia/Seoul")
	a, b := date(2026, 3, 2), date(2026, 3, 4)
	once := mustNew(t, seoul, calendar.WithHolidays(a, b))
	twice := mustNew(t, seoul, calendar.WithHolidays(b, a, a), calendar.WithHolidays(b))
	if got, want := twice.String(), once.String(); got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	start := at(seoul, 2026, 2, 27, 9, 0)
	end := at(seoul, 2026, 3, 7, 0, 0)
	if got, want := twice.Between(start, end), once.Between(start, end); got != want || want != 4*8*time.Hour+4*30*time.Minute {
		t.Errorf("Between = %v, want %v (four days of 8h30)", got, want)
	}
	if got := twice.BusinessDaysBetween(date(2026, 2, 27), date(2026, 3, 9)); got != 4 {
		t.Errorf("BusinessDaysBetween = %d, want 4 (27 Feb, 3, 5, 6 Mar)", got)
	}
	if got := twice.AddBusinessDays(date(2026, 2, 27), 3); got != date(2026, 3, 6) {
		t.Errorf("AddBusinessDays(27 Feb, 3) = %v, want 6 Mar", got)
	}
}

// D-CAL, D-DAYS: a holiday on a weekday whose only window is one second
// long is still a holiday: no business day, no business time.
func TestHolidayOnAOneSecondDay_DCAL(t *testing.T) {
	mon := date(2026, 3, 2)
	cal := mustNew(t, time.UTC, calendar.WithDayWindows(time.Monday, calendar.Window{Open: hm(9, 0), Close: hm(9, 0) + time.Second}), calendar.WithHolidays(mon))
	if cal.IsBusinessDay(mon) {
		t.Errorf("IsBusinessDay(%v) on a holiday", mon)
	}
	if got := cal.Between(mon.In(time.UTC), mon.AddDays(1).In(time.UTC)); got != 0 {
		t.Errorf("Between over the holiday = %v, want 0", got)
	}
	if got := cal.BusinessDaysBetween(mon, mon.AddDays(7)); got != 4 {
		t.Errorf("BusinessDaysBetween over the week = %d, want 4 (Tuesday to Friday)", got)
	}
}
