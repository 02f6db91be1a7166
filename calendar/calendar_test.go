package calendar_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/supportrules/unified/calendar"
)

func at(loc *time.Location, y int, m time.Month, d, h, min int) time.Time {
	return time.Date(y, m, d, h, min, 0, 0, loc)
}

func date(y int, m time.Month, d int) calendar.Date { return calendar.Date{Year: y, Month: m, Day: d} }

func mustNew(t testing.TB, loc *time.Location, opts ...calendar.Option) *calendar.Calendar {
	t.Helper()
	c, err := calendar.New(loc, opts...)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

var allWeek = calendar.WithWorkdays(time.Sunday, time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday)

// Rules D-CLOCK and D-CAL, in the words: default hours in Seoul.
func TestAddFollowsTheDocumentsClock(t *testing.T) {
	seoul := mustLoad("Asia/Seoul")
	cal := mustNew(t, seoul, calendar.WithHolidays(date(2026, 3, 2)))
	fri := at(seoul, 2026, 3, 13, 16, 0)
	tests := []struct {
		name  string
		start time.Time
		d     time.Duration
		want  time.Time
	}{
		// D-CLOCK: 1h30 on Friday, 30 minutes on Monday.
		{"friday 16:00 + 2h is monday 09:30", fri, 2 * time.Hour, at(seoul, 2026, 3, 16, 9, 30)},
		// D-CLOCK: a budget ending exactly at closing ends there.
		{"friday 16:00 + 1h30 is friday 17:30", fri, 90 * time.Minute, at(seoul, 2026, 3, 13, 17, 30)},
		{"one nanosecond past closing opens monday", fri, 90*time.Minute + 1, at(seoul, 2026, 3, 16, 9, 0).Add(1)},
		{"d = 0 returns t", fri, 0, fri},
		{"d < 0 returns t", fri, -time.Hour, fri},
		{"before opening counts from 09:00", at(seoul, 2026, 3, 12, 7, 0), time.Hour, at(seoul, 2026, 3, 12, 10, 0)},
		{"at opening", at(seoul, 2026, 3, 12, 9, 0), time.Hour, at(seoul, 2026, 3, 12, 10, 0)},
		{"at 17:29 one minute is left", at(seoul, 2026, 3, 12, 17, 29), 2 * time.Minute, at(seoul, 2026, 3, 13, 9, 1)},
		{"at closing nothing is left", at(seoul, 2026, 3, 12, 17, 30), time.Minute, at(seoul, 2026, 3, 13, 9, 1)},
		{"saturday counts from monday", at(seoul, 2026, 3, 14, 11, 0), 4 * time.Hour, at(seoul, 2026, 3, 16, 13, 0)},
		{"sunday night", at(seoul, 2026, 3, 15, 23, 59), time.Minute, at(seoul, 2026, 3, 16, 9, 1)},
		{"a holiday monday is skipped", at(seoul, 2026, 2, 27, 17, 0), time.Hour, at(seoul, 2026, 3, 3, 9, 30)},
		{"a full business day is 8h30", at(seoul, 2026, 3, 16, 9, 0), 8*time.Hour + 30*time.Minute, at(seoul, 2026, 3, 16, 17, 30)},
		{"a business week is 42h30", at(seoul, 2026, 3, 16, 9, 0), 42*time.Hour + 30*time.Minute, at(seoul, 2026, 3, 20, 17, 30)},
		{"input in UTC, same instant", fri.In(time.UTC), 2 * time.Hour, at(seoul, 2026, 3, 16, 9, 30)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cal.Add(tt.start, tt.d); !got.Equal(tt.want) {
				t.Errorf("Add(%v, %v) = %v, want %v", tt.start, tt.d, got, tt.want)
			}
			if got := cal.Add(tt.start, tt.d); got.Location() != tt.start.Location() {
				t.Errorf("Add(%v, %v) is in %v, want the input's location", tt.start, tt.d, got.Location())
			}
		})
	}
}

// Rule D-CAL: windows are civil times on each date, so a DST change never
// moves 09:00, and where a change falls inside a window its real length
// counts. Rows for the DST days of several zones.
func TestDaylightSavingDays(t *testing.T) {
	ny := mustLoad("America/New_York")
	london := mustLoad("Europe/London")
	lordHowe := mustLoad("Australia/Lord_Howe")
	jerusalem := mustLoad("Asia/Jerusalem")
	seoul := mustLoad("Asia/Seoul")
	tests := []struct {
		name string
		cal  *calendar.Calendar
		a, b time.Time
		want time.Duration
	}{
		// The example: a 7-day [00:00, 24:00) calendar counts 49h
		// over the fall-back weekend 2024-11-02/03 in New York.
		{"new york fall-back weekend is 49h", mustNew(t, ny, calendar.WithHours(0, 24*time.Hour), allWeek),
			at(ny, 2024, 11, 2, 0, 0), at(ny, 2024, 11, 4, 0, 0), 49 * time.Hour},
		{"new york spring-forward sunday is 23h", mustNew(t, ny, calendar.WithHours(0, 24*time.Hour), allWeek),
			at(ny, 2024, 3, 10, 0, 0), at(ny, 2024, 3, 11, 0, 0), 23 * time.Hour},
		{"new york default hours keep 8h30 on the monday after", mustNew(t, ny),
			at(ny, 2024, 3, 8, 17, 0), at(ny, 2024, 3, 11, 17, 30), 9 * time.Hour},
		{"a 01:00-04:00 window on the new york spring day is 2h", mustNew(t, ny, calendar.WithHours(time.Hour, 4*time.Hour), allWeek),
			at(ny, 2024, 3, 10, 0, 0), at(ny, 2024, 3, 11, 0, 0), 2 * time.Hour},
		{"a 01:00-04:00 window on the new york fall day is 4h", mustNew(t, ny, calendar.WithHours(time.Hour, 4*time.Hour), allWeek),
			at(ny, 2024, 11, 3, 0, 0), at(ny, 2024, 11, 4, 0, 0), 4 * time.Hour},
		{"london spring day 00:00-24:00 is 23h", mustNew(t, london, calendar.WithHours(0, 24*time.Hour), allWeek),
			at(london, 2025, 3, 30, 0, 0), at(london, 2025, 3, 31, 0, 0), 23 * time.Hour},
		{"london autumn day 00:00-24:00 is 25h", mustNew(t, london, calendar.WithHours(0, 24*time.Hour), allWeek),
			at(london, 2025, 10, 26, 0, 0), at(london, 2025, 10, 27, 0, 0), 25 * time.Hour},
		{"london default hours unchanged on the monday after", mustNew(t, london),
			at(london, 2025, 3, 31, 9, 0), at(london, 2025, 3, 31, 17, 30), 8*time.Hour + 30*time.Minute},
		// Lord Howe shifts by 30 minutes.
		{"lord howe spring day is 23h30", mustNew(t, lordHowe, calendar.WithHours(0, 24*time.Hour), allWeek),
			at(lordHowe, 2025, 10, 5, 0, 0), at(lordHowe, 2025, 10, 6, 0, 0), 23*time.Hour + 30*time.Minute},
		{"lord howe autumn day is 24h30", mustNew(t, lordHowe, calendar.WithHours(0, 24*time.Hour), allWeek),
			at(lordHowe, 2025, 4, 6, 0, 0), at(lordHowe, 2025, 4, 7, 0, 0), 24*time.Hour + 30*time.Minute},
		// Jerusalem: Sunday–Thursday, DST begins on a Friday.
		{"jerusalem sunday-thursday week is 42h30", mustNew(t, jerusalem, calendar.WithWorkdays(time.Sunday, time.Monday, time.Tuesday, time.Wednesday, time.Thursday)),
			at(jerusalem, 2025, 3, 23, 0, 0), at(jerusalem, 2025, 3, 30, 0, 0), 42*time.Hour + 30*time.Minute},
		{"jerusalem friday and saturday are closed", mustNew(t, jerusalem, calendar.WithWorkdays(time.Sunday, time.Monday, time.Tuesday, time.Wednesday, time.Thursday)),
			at(jerusalem, 2025, 3, 28, 0, 0), at(jerusalem, 2025, 3, 30, 0, 0), 0},
		{"jerusalem 24h friday of the spring change is 23h", mustNew(t, jerusalem, calendar.WithHours(0, 24*time.Hour), allWeek),
			at(jerusalem, 2025, 3, 28, 0, 0), at(jerusalem, 2025, 3, 29, 0, 0), 23 * time.Hour},
		// Seoul has had no DST since 1988; 1987's change fell at 02:00.
		{"seoul 1987 spring day 00:00-24:00 is 23h", mustNew(t, seoul, calendar.WithHours(0, 24*time.Hour), allWeek),
			at(seoul, 1987, 5, 10, 0, 0), at(seoul, 1987, 5, 11, 0, 0), 23 * time.Hour},
		{"seoul week of default hours", mustNew(t, seoul),
			at(seoul, 2026, 3, 16, 0, 0), at(seoul, 2026, 3, 23, 0, 0), 42*time.Hour + 30*time.Minute},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.cal.Between(tt.a, tt.b); got != tt.want {
				t.Errorf("Between(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
			if got := tt.cal.Add(tt.a, tt.want); tt.want > 0 && tt.cal.Between(got, tt.b) != 0 {
				t.Errorf("Add(%v, %v) = %v, leaves business time before %v", tt.a, tt.want, got, tt.b)
			}
		})
	}
}

// Rule D-CAL: 09:00 stays 09:00 local on the days around a DST change.
func TestOpeningNeverMovesWithDaylightSaving(t *testing.T) {
	for _, zone := range []string{"America/New_York", "Europe/London", "Australia/Lord_Howe"} {
		loc := mustLoad(zone)
		cal := mustNew(t, loc, allWeek)
		for _, day := range []calendar.Date{date(2024, 3, 10), date(2024, 3, 31), date(2024, 4, 7), date(2024, 10, 6), date(2024, 10, 27), date(2024, 11, 3)} {
			open := at(loc, day.Year, day.Month, day.Day, 9, 0)
			if !cal.IsOpen(open) || cal.IsOpen(open.Add(-time.Nanosecond)) {
				t.Errorf("%s %v: 09:00 is not the opening instant", zone, day)
			}
			if got := cal.Add(open.Add(-time.Hour), time.Minute); !got.Equal(open.Add(time.Minute)) {
				t.Errorf("%s %v: Add(08:00, 1m) = %v", zone, day, got)
			}
		}
	}
}

// Window boundaries the clock skips or shows twice (D-CAL): the boundary is
// the instant of the change, or the first occurrence.
func TestWindowBoundariesInsideAChange(t *testing.T) {
	ny := mustLoad("America/New_York")
	// 02:30 does not exist on 2024-03-10; the window opens at the change
	// (03:00 EDT) and runs to 04:00 EDT: one hour.
	cal := mustNew(t, ny, calendar.WithHours(2*time.Hour+30*time.Minute, 4*time.Hour), allWeek)
	if got := cal.Between(at(ny, 2024, 3, 10, 0, 0), at(ny, 2024, 3, 11, 0, 0)); got != time.Hour {
		t.Errorf("skipped opening: Between = %v, want 1h", got)
	}
	// 01:30 occurs twice on 2024-11-03; the window [01:30, 03:00) opens at
	// the first 01:30 (EDT) and closes at 03:00 EST: 2h30.
	cal = mustNew(t, ny, calendar.WithHours(time.Hour+30*time.Minute, 3*time.Hour), allWeek)
	if got := cal.Between(at(ny, 2024, 11, 3, 0, 0), at(ny, 2024, 11, 4, 0, 0)); got != 2*time.Hour+30*time.Minute {
		t.Errorf("repeated opening: Between = %v, want 2h30", got)
	}
}

// Several windows a day and per-weekday hours.
func TestLunchBreaksAndShortFridays(t *testing.T) {
	seoul := mustLoad("Asia/Seoul")
	cal := mustNew(t, seoul,
		calendar.WithWindows(calendar.Window{Open: hm(9, 0), Close: hm(12, 0)}, calendar.Window{Open: hm(13, 0), Close: hm(18, 0)}),
		calendar.WithDayWindows(time.Friday, calendar.Window{Open: hm(9, 0), Close: hm(13, 0)}))
	tests := []struct {
		start time.Time
		d     time.Duration
		want  time.Time
	}{
		{at(seoul, 2026, 3, 16, 11, 0), 2 * time.Hour, at(seoul, 2026, 3, 16, 14, 0)}, // over lunch
		{at(seoul, 2026, 3, 16, 11, 0), time.Hour, at(seoul, 2026, 3, 16, 12, 0)},     // ends at the lunch closing
		{at(seoul, 2026, 3, 16, 12, 30), time.Minute, at(seoul, 2026, 3, 16, 13, 1)},  // during lunch
		{at(seoul, 2026, 3, 20, 12, 0), 2 * time.Hour, at(seoul, 2026, 3, 23, 10, 0)}, // short Friday
		{at(seoul, 2026, 3, 19, 17, 0), 5 * time.Hour, at(seoul, 2026, 3, 20, 13, 0)}, // Thu 1h + Fri 4h = Fri 13:00
	}
	for _, tt := range tests {
		if got := cal.Add(tt.start, tt.d); !got.Equal(tt.want) {
			t.Errorf("Add(%v, %v) = %v, want %v", tt.start, tt.d, got, tt.want)
		}
	}
	if got := cal.Windows(time.Friday); len(got) != 1 || got[0].String() != "09:00-13:00" {
		t.Errorf("Windows(Friday) = %v", got)
	}
}

// Rule D-DAYS: the n-th business day after D; D itself is day 0.
func TestAddBusinessDays(t *testing.T) {
	seoul := mustLoad("Asia/Seoul")
	cal := mustNew(t, seoul, calendar.WithHolidays(date(2026, 9, 24), date(2026, 9, 25), date(2026, 9, 26), date(2026, 10, 3), date(2026, 10, 5), date(2026, 10, 9)))
	tests := []struct {
		d    calendar.Date
		n    int
		want calendar.Date
	}{
		{date(2026, 9, 18), 0, date(2026, 9, 18)},
		{date(2026, 9, 19), 0, date(2026, 9, 19)},   // a Saturday stays itself
		{date(2026, 9, 18), 1, date(2026, 9, 21)},   // Friday → Monday
		{date(2026, 9, 19), 1, date(2026, 9, 21)},   // Saturday → Monday
		{date(2026, 9, 23), 1, date(2026, 9, 28)},   // over 추석 24–26
		{date(2026, 9, 23), 10, date(2026, 10, 13)}, // 10-05 and 10-09 are holidays
		{date(2026, 9, 28), -1, date(2026, 9, 23)},
		{date(2026, 10, 13), -10, date(2026, 9, 23)},
		{date(2026, 10, 3), -1, date(2026, 10, 2)},
		{date(2026, 10, 2), 1, date(2026, 10, 6)},  // Friday → Tuesday: Monday 10-05 is a holiday
		{date(2026, 10, 6), -1, date(2026, 10, 2)}, // and back
		{date(2026, 10, 8), 1, date(2026, 10, 12)}, // Thursday → Monday over the holiday Friday
		{date(2026, 1, 1), 260, date(2027, 1, 6)},  // 256 in 2026, then 4 in 2027
	}
	for _, tt := range tests {
		if got := cal.AddBusinessDays(tt.d, tt.n); got != tt.want {
			t.Errorf("AddBusinessDays(%v, %d) = %v, want %v", tt.d, tt.n, got, tt.want)
		}
	}
}

func TestNewRejectsBadConfiguration(t *testing.T) {
	seoul := mustLoad("Asia/Seoul")
	tests := []struct {
		name string
		loc  *time.Location
		opts []calendar.Option
		want error
	}{
		{"nil location", nil, nil, calendar.ErrNilLocation},
		{"open equals close", seoul, []calendar.Option{calendar.WithHours(9*time.Hour, 9*time.Hour)}, calendar.ErrBadHours},
		{"open after close", seoul, []calendar.Option{calendar.WithHours(18*time.Hour, 9*time.Hour)}, calendar.ErrBadHours},
		{"close after 24h", seoul, []calendar.Option{calendar.WithHours(9*time.Hour, 25*time.Hour)}, calendar.ErrBadHours},
		{"negative open", seoul, []calendar.Option{calendar.WithHours(-time.Hour, 9*time.Hour)}, calendar.ErrBadHours},
		{"fractional seconds", seoul, []calendar.Option{calendar.WithHours(9*time.Hour+time.Millisecond, 17*time.Hour)}, calendar.ErrBadHours},
		{"overlapping windows", seoul, []calendar.Option{calendar.WithWindows(calendar.Window{Open: hm(9, 0), Close: hm(12, 0)}, calendar.Window{Open: hm(11, 0), Close: hm(13, 0)})}, calendar.ErrBadHours},
		{"no windows", seoul, []calendar.Option{calendar.WithWindows()}, calendar.ErrBadHours},
		{"no workdays", seoul, []calendar.Option{calendar.WithWorkdays()}, calendar.ErrNoWorkdays},
		{"every day closed", seoul, []calendar.Option{calendar.WithWorkdays(time.Monday), calendar.WithDayWindows(time.Monday)}, calendar.ErrNoWorkdays},
		{"invalid weekday", seoul, []calendar.Option{calendar.WithWorkdays(time.Weekday(7))}, calendar.ErrBadWeekday},
		{"invalid holiday", seoul, []calendar.Option{calendar.WithHolidays(date(2026, 2, 30))}, calendar.ErrBadHoliday},
		{"zero holiday", seoul, []calendar.Option{calendar.WithHolidays(calendar.Date{})}, calendar.ErrBadHoliday},
		{"holiday out of range", seoul, []calendar.Option{calendar.WithHolidays(date(2100, 1, 1))}, calendar.ErrBadHoliday},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := calendar.New(tt.loc, tt.opts...)
			if !errors.Is(err, tt.want) || c != nil {
				t.Errorf("New = %v, %v; want error %v", c, err, tt.want)
			}
		})
	}
}

// No input makes the engine panic, overflow or loop: extreme instants and
// the largest durations.
func TestExtremeInputs(t *testing.T) {
	cal := mustNew(t, mustLoad("America/New_York"), calendar.WithHolidays(date(2026, 1, 1)))
	instants := []time.Time{
		{}, time.Unix(-1<<62, 0), time.Unix(1<<62, 0), time.Unix(0, 0),
		time.Date(9999, 12, 31, 23, 59, 59, 999999999, time.UTC),
		time.Date(2500, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
	}
	durations := []time.Duration{1, time.Hour, 1<<63 - 1, -1 << 63}
	for _, a := range instants {
		for _, d := range durations {
			got := cal.Add(a, d)
			if d > 0 && got.Before(a) {
				t.Errorf("Add(%v, %v) = %v, before the start", a, d, got)
			}
		}
		for _, b := range instants {
			if got := cal.Between(a, b); got < 0 {
				t.Errorf("Between(%v, %v) = %v", a, b, got)
			}
		}
		cal.IsOpen(a)
	}
	if got := cal.Between(time.Unix(-1<<62, 0), time.Unix(1<<62, 0)); got != 1<<63-1 {
		t.Errorf("Between over the whole range = %v, want saturation", got)
	}
	d := cal.AddBusinessDays(date(2026, 1, 1), 1<<62)
	e := cal.AddBusinessDays(date(2026, 1, 1), -1<<62)
	if !d.After(date(2026, 1, 1)) || !e.Before(date(2026, 1, 1)) {
		t.Errorf("AddBusinessDays saturates wrongly: %v, %v", d, e)
	}
}

// Far in the future the zone's rule repeats every 400 years; the engine's
// answers there still agree with the time package.
func TestFarFutureDaylightSaving(t *testing.T) {
	ny := mustLoad("America/New_York")
	cal := mustNew(t, ny, calendar.WithHours(0, 24*time.Hour), allWeek)
	for _, y := range []int{2099, 2100, 2499, 2500, 2501, 2900, 3000, 5000, 9000} {
		a := time.Date(y, time.March, 1, 0, 0, 0, 0, ny)
		b := time.Date(y, time.December, 1, 0, 0, 0, 0, ny)
		if got, want := cal.Between(a, b), b.Sub(a); got != want {
			t.Errorf("%d: Between(%v, %v) = %v, want %v", y, a, b, got, want)
		}
		if got := cal.Add(a, b.Sub(a)); !got.Equal(b) {
			t.Errorf("%d: Add = %v, want %v", y, got, b)
		}
	}
	def := mustNew(t, ny)
	for _, y := range []int{2600, 4000} {
		open := time.Date(y, time.March, 20, 9, 0, 0, 0, ny) // any weekday: check with IsOpen
		if open.Weekday() >= time.Monday && open.Weekday() <= time.Friday && !def.IsOpen(open) {
			t.Errorf("%d: %v not open", y, open)
		}
	}
}

func TestDateParsingAndText(t *testing.T) {
	tests := []struct {
		in      string
		want    calendar.Date
		wantErr bool
	}{
		{"2026-03-16", date(2026, 3, 16), false},
		{"2024-02-29", date(2024, 2, 29), false},
		{"2026-02-29", calendar.Date{}, true}, // not a leap year
		{"2026-02-30", calendar.Date{}, true},
		{"2026-13-01", calendar.Date{}, true},
		{"2026-00-10", calendar.Date{}, true},
		{"0000-01-01", calendar.Date{}, true},
		{"2026-3-16", calendar.Date{}, true},
		{"2026/03/16", calendar.Date{}, true},
		{"", calendar.Date{}, true},
		{"+026-03-16", calendar.Date{}, true},
	}
	for _, tt := range tests {
		got, err := calendar.ParseDate(tt.in)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("ParseDate(%q) = %v, %v", tt.in, got, err)
		}
		if err != nil && !errors.Is(err, calendar.ErrInvalidDate) {
			t.Errorf("ParseDate(%q) error %v does not wrap ErrInvalidDate", tt.in, err)
		}
	}
	var zero calendar.Date
	if zero.IsValid() {
		t.Error("the zero Date is valid")
	}
	if b, err := zero.MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("zero Date MarshalText = %q, %v", b, err)
	}
	for _, tt := range []struct {
		d    calendar.Date
		want string
	}{
		{date(2026, 3, 16), "2026-03-16"},
		{date(1, 1, 1), "0001-01-01"},
		{date(9999, 12, 31), "9999-12-31"},
		{calendar.Date{}, ""}, // the zero Date prints as its text form: empty
		{date(2026, 2, 30), "calendar.Date(2026-02-30)"},
		{date(0, 1, 1), "calendar.Date(0000-01-01)"},
		{date(10000, 1, 1), "calendar.Date(10000-01-01)"},
		{date(2026, 13, 1), "calendar.Date(2026-13-01)"},
		{date(2026, 0, 0), "calendar.Date(2026-00-00)"},
	} {
		if s := tt.d.String(); s != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.d, s, tt.want)
		}
		if b, err := tt.d.MarshalText(); err == nil && string(b) != tt.want {
			t.Errorf("%#v: String %q differs from its text %q", tt.d, tt.want, b)
		}
	}
	if _, err := date(2026, 2, 30).MarshalText(); err == nil {
		t.Error("MarshalText accepted 2026-02-30")
	}
}

// Contract years are anniversaries; 29 February's anniversary in a common
// year is 1 March (D-FLEX-2, issue 16 item 9: a term of whole years from 29
// February has that many contract years).
func TestContractYears(t *testing.T) {
	tests := []struct {
		start calendar.Date
		n     int
		want  calendar.Period
	}{
		{date(2026, 1, 1), 1, calendar.Period{Start: date(2026, 1, 1), End: date(2027, 1, 1)}},
		{date(2026, 1, 1), 3, calendar.Period{Start: date(2028, 1, 1), End: date(2029, 1, 1)}},
		{date(2024, 2, 29), 1, calendar.Period{Start: date(2024, 2, 29), End: date(2025, 3, 1)}},
		{date(2024, 2, 29), 3, calendar.Period{Start: date(2026, 3, 1), End: date(2027, 3, 1)}},
		{date(2024, 2, 29), 4, calendar.Period{Start: date(2027, 3, 1), End: date(2028, 2, 29)}},
		{date(2024, 2, 29), 5, calendar.Period{Start: date(2028, 2, 29), End: date(2029, 3, 1)}},
		{date(2026, 3, 31), 2, calendar.Period{Start: date(2027, 3, 31), End: date(2028, 3, 31)}},
	}
	for _, tt := range tests {
		if got, ok := calendar.ContractYear(tt.start, tt.n); !ok || got != tt.want {
			t.Errorf("ContractYear(%v, %d) = %v, %v; want %v", tt.start, tt.n, got, ok, tt.want)
		}
	}
	// D-FLEX-2: 2024-02-29 to 2027-02-28 (inclusive) is three contract
	// years; its last day is in the third, not a fourth of one day.
	if n, p, ok := calendar.ContractYearOf(date(2024, 2, 29), date(2027, 2, 28)); !ok || n != 3 || p.End != date(2027, 3, 1) {
		t.Errorf("ContractYearOf(2024-02-29, 2027-02-28) = %d, %v, %v; want 3, ending 2027-03-01", n, p, ok)
	}
	if _, ok := calendar.ContractYear(date(2026, 1, 1), 0); ok {
		t.Error("ContractYear(_, 0) succeeded")
	}
	if n, _, ok := calendar.ContractYearOf(date(2026, 1, 1), date(2027, 12, 31)); !ok || n != 2 {
		t.Errorf("ContractYearOf = %d, %v", n, ok)
	}
	if _, _, ok := calendar.ContractYearOf(date(2026, 1, 1), date(2025, 12, 31)); ok {
		t.Error("ContractYearOf before the start succeeded")
	}
}

func TestPeriods(t *testing.T) {
	p, err := calendar.NewPeriod(date(2026, 1, 1), date(2029, 1, 1))
	if err != nil {
		t.Fatal(err)
	}
	if !p.Contains(date(2028, 12, 31)) || p.Contains(date(2029, 1, 1)) || p.Contains(date(2025, 12, 31)) {
		t.Error("Contains is not half-open")
	}
	if p.Days() != 1096 || p.Last() != date(2028, 12, 31) {
		t.Errorf("Days = %d, Last = %v", p.Days(), p.Last())
	}
	if _, err := calendar.NewPeriod(date(2026, 2, 1), date(2026, 1, 1)); !errors.Is(err, calendar.ErrInvalidPeriod) {
		t.Errorf("reversed period: %v", err)
	}
	b, _ := p.MarshalText()
	var q calendar.Period
	if err := q.UnmarshalText(b); err != nil || q != p || string(b) != "2026-01-01/2029-01-01" {
		t.Errorf("round trip %q: %v, %v", b, q, err)
	}
	x, ok := p.Intersect(calendar.Period{Start: date(2028, 6, 1), End: date(2030, 1, 1)})
	if !ok || x != (calendar.Period{Start: date(2028, 6, 1), End: date(2029, 1, 1)}) || !p.Overlaps(x) {
		t.Errorf("Intersect = %v, %v", x, ok)
	}
	for _, bad := range []string{"2026-01-01", "2026-01-01/2025-01-01", "x/2026-01-01", "2026-01-01/y"} {
		if err := q.UnmarshalText([]byte(bad)); !errors.Is(err, calendar.ErrInvalidPeriod) {
			t.Errorf("UnmarshalText(%q) = %v", bad, err)
		}
	}
}

// Rules SVC-2, D-CLOCK, D-SEV-1: the 24x7 clock counts every instant, every
// day of the year.
func TestAlwaysOnCountsEveryInstant(t *testing.T) {
	clock := calendar.AlwaysOn()
	ny := mustLoad("America/New_York")
	sat := at(ny, 2024, 11, 2, 0, 0)
	if got := clock.Between(sat, at(ny, 2024, 11, 4, 0, 0)); got != 49*time.Hour {
		t.Errorf("Between over the fall-back weekend = %v, want 49h", got)
	}
	if got := clock.Add(sat, 30*time.Minute); !got.Equal(sat.Add(30 * time.Minute)) {
		t.Errorf("Add = %v", got)
	}
	if got := clock.Add(sat, 0); !got.Equal(sat) {
		t.Errorf("Add with a zero budget = %v, want the start", got)
	}
	if got := clock.Add(sat, -time.Hour); !got.Equal(sat) {
		t.Errorf("Add with a negative budget = %v, want the start", got)
	}
	if got := clock.Between(sat, sat.Add(-time.Hour)); got != 0 {
		t.Errorf("Between of a reversed range = %v", got)
	}
}

func TestNextOpenAndBusinessDaysBetween(t *testing.T) {
	seoul := mustLoad("Asia/Seoul")
	cal := mustNew(t, seoul, calendar.WithHolidays(date(2026, 3, 16)))
	tests := []struct {
		t, want time.Time
	}{
		{at(seoul, 2026, 3, 13, 10, 0), at(seoul, 2026, 3, 13, 10, 0)}, // open: itself
		{at(seoul, 2026, 3, 13, 17, 30), at(seoul, 2026, 3, 17, 9, 0)}, // closing Friday, Monday a holiday
		{at(seoul, 2026, 3, 17, 8, 59), at(seoul, 2026, 3, 17, 9, 0)},
	}
	for _, tt := range tests {
		if got := cal.NextOpen(tt.t); !got.Equal(tt.want) {
			t.Errorf("NextOpen(%v) = %v, want %v", tt.t, got, tt.want)
		}
	}
	if n := cal.BusinessDaysBetween(date(2026, 3, 13), date(2026, 3, 20)); n != 4 {
		t.Errorf("BusinessDaysBetween = %d, want 4 (Fri, Tue, Wed, Thu)", n)
	}
	if n := cal.BusinessDaysBetween(date(2026, 3, 20), date(2026, 3, 13)); n != -4 {
		t.Errorf("reversed BusinessDaysBetween = %d, want -4", n)
	}
}

// A calendar's JSON description round-trips to a calendar that answers the
// same.
func TestCalendarJSONRoundTrip(t *testing.T) {
	seoul := mustLoad("Asia/Seoul")
	cal := mustNew(t, seoul, calendar.WithHolidays(date(2026, 9, 24), date(2026, 9, 25)),
		calendar.WithDayWindows(time.Friday, calendar.Window{Open: hm(9, 0), Close: hm(13, 0)}))
	b, err := json.Marshal(cal)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"zone":"Asia/Seoul","hours":{"Friday":["09:00-13:00"],"Monday":["09:00-17:30"],"Thursday":["09:00-17:30"],"Tuesday":["09:00-17:30"],"Wednesday":["09:00-17:30"]},"holidays":["2026-09-24","2026-09-25"]}`
	if string(b) != want {
		t.Errorf("MarshalJSON = %s\nwant %s", b, want)
	}
	var back calendar.Calendar
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	start := at(seoul, 2026, 9, 23, 16, 0)
	if x, y := cal.Add(start, 10*time.Hour), back.Add(start, 10*time.Hour); !x.Equal(y) {
		t.Errorf("after the round trip Add = %v, want %v", y, x)
	}
	for _, bad := range []string{`{}`, `{"zone":"Local","hours":{"Monday":["09:00-17:30"]}}`, `{"zone":"Mars/Base","hours":{"Monday":["09:00-17:30"]}}`,
		`{"zone":"UTC","hours":{"Funday":["09:00-17:30"]}}`, `{"zone":"UTC","hours":{"Monday":["17:30-09:00"]}}`, `{"zone":"UTC","hours":{}}`,
		`{"zone":"UTC","hours":{"Monday":["9:00-17:30"]}}`, `{"zone":"UTC","hours":{"Monday":["09:00-24:01"]}}`, `[`} {
		var c calendar.Calendar
		if err := json.Unmarshal([]byte(bad), &c); err == nil {
			t.Errorf("Unmarshal(%s) succeeded", bad)
		}
	}
	if _, err := json.Marshal(mustNew(t, time.FixedZone("X", 3600))); !errors.Is(err, calendar.ErrBadSpec) {
		t.Errorf("Marshal of a fixed zone: %v", err)
	}
}

// A Calendar prints as one short line naming its zone, its working days
// and windows and its holidays, not as its internal tables; nil and the
// zero Calendar print alike.
func TestCalendarString(t *testing.T) {
	seoul := mustLoad("Asia/Seoul")
	w := func(o, c time.Duration) calendar.Window { return calendar.Window{Open: o, Close: c} }
	var zero calendar.Calendar
	for _, tt := range []struct {
		name string
		cal  *calendar.Calendar
		want string
	}{
		{"default D-CAL", mustNew(t, seoul), "Asia/Seoul Mon-Fri 09:00-17:30, no holidays"},
		{"one holiday", mustNew(t, seoul, calendar.WithHolidays(date(2026, 9, 24))), "Asia/Seoul Mon-Fri 09:00-17:30, 1 holiday 2026-09-24"},
		{"holidays as a range", mustNew(t, seoul, calendar.WithHolidays(date(2026, 9, 24), date(2026, 1, 1), date(2026, 9, 25))), "Asia/Seoul Mon-Fri 09:00-17:30, 3 holidays 2026-01-01..2026-09-25"},
		{"short friday", mustNew(t, mustLoad("America/New_York"), calendar.WithDayWindows(time.Friday, w(9*time.Hour, 12*time.Hour))), "America/New_York Mon-Thu 09:00-17:30 Fri 09:00-12:00, no holidays"},
		{"lunch break", mustNew(t, seoul, calendar.WithWindows(w(9*time.Hour, 12*time.Hour), w(13*time.Hour, 18*time.Hour))), "Asia/Seoul Mon-Fri 09:00-12:00,13:00-18:00, no holidays"},
		{"sunday to thursday", mustNew(t, seoul, calendar.WithWorkdays(time.Sunday, time.Monday, time.Tuesday, time.Wednesday, time.Thursday)), "Asia/Seoul Mon-Thu 09:00-17:30 Sun 09:00-17:30, no holidays"},
		{"every day", mustNew(t, time.UTC, calendar.WithHours(0, 24*time.Hour), calendar.WithWorkdays(0, 1, 2, 3, 4, 5, 6)), "UTC Mon-Sun 00:00-24:00, no holidays"},
		{"tuesday and thursday", mustNew(t, time.UTC, calendar.WithWorkdays(time.Tuesday, time.Thursday)), "UTC Tue 09:00-17:30 Thu 09:00-17:30, no holidays"},
		{"nil", nil, "calendar.Calendar(none)"},
		{"zero", &zero, "calendar.Calendar(none)"},
	} {
		if got := tt.cal.String(); got != tt.want {
			t.Errorf("%s: String() = %q, want %q", tt.name, got, tt.want)
		}
		if got := fmt.Sprint(tt.cal); got != tt.want {
			t.Errorf("%s: fmt prints %q, want %q", tt.name, got, tt.want)
		}
	}
}
