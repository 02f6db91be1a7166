package calendar_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/supportrules/unified/calendar"
)

// Window text (D-CAL business hours): MarshalText refuses every window that
// is not 0 <= open < close <= 24h in whole seconds, one condition per row,
// and UnmarshalText refuses clock text outside HH:MM[:SS] from 00:00 to
// 24:00.
func TestWindowTextBoundaries_DCAL(t *testing.T) {
	for _, w := range []calendar.Window{
		{Open: -time.Second, Close: time.Hour},
		{Open: 0, Close: 24*time.Hour + time.Second},
		{Open: time.Hour, Close: time.Hour},
		{Open: time.Millisecond, Close: time.Hour},
		{Open: 0, Close: time.Hour + time.Millisecond},
	} {
		if b, err := w.MarshalText(); !errors.Is(err, calendar.ErrBadHours) {
			t.Errorf("MarshalText(%+v) = %q, %v; want ErrBadHours", w, b, err)
		}
	}
	for _, ok := range []string{"00:00-24:00", "09:00-17:30", "09:00:59-17:30:01", "23:59:59-24:00"} {
		var w calendar.Window
		if err := w.UnmarshalText([]byte(ok)); err != nil {
			t.Errorf("UnmarshalText(%q): %v", ok, err)
		}
	}
	for _, bad := range []string{"09-17:30", "09:00-17", "09:00:00:00-17:30", "09:60-17:30", "09:00:60-17:30",
		"25:00-26:00", "09:00-24:01", "09:00-24:00:01", "0a:00-17:30", "09:00", "17:30-09:00"} {
		var w calendar.Window
		if err := w.UnmarshalText([]byte(bad)); !errors.Is(err, calendar.ErrBadHours) {
			t.Errorf("UnmarshalText(%q) = %v; want ErrBadHours", bad, err)
		}
	}
}

// Windows of a weekday outside Sunday..Saturday are none, on any calendar.
func TestWindowsOfInvalidWeekday_DCAL(t *testing.T) {
	c, err := calendar.New(time.UTC)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []time.Weekday{-1, 7, 100} {
		if ws := c.Windows(d); ws != nil {
			t.Errorf("Windows(%d) = %v, want none", d, ws)
		}
	}
	if ws := c.Windows(time.Monday); len(ws) != 1 {
		t.Errorf("Windows(Monday) = %v", ws)
	}
}

// A reversed period's text is refused (a Period is [Start, End) with Start
// not after End) and leaves the value as it was.
func TestPeriodTextReversed(t *testing.T) {
	p := calendar.Period{Start: calendar.Date{Year: 2026, Month: 1, Day: 1}, End: calendar.Date{Year: 2026, Month: 2, Day: 1}}
	keep := p
	if err := p.UnmarshalText([]byte("2027-01-01/2026-01-01")); !errors.Is(err, calendar.ErrInvalidPeriod) || p != keep {
		t.Errorf("reversed period: %v, %v", err, p)
	}
}

// AddDays normalises a month outside 1..12 the way time.Date does: month 13
// of 2026 is January 2027, month 0 is December 2025 (D-DAYS counts days).
func TestAddDaysNormalisesMonths_DDAYS(t *testing.T) {
	for _, c := range []struct {
		in   calendar.Date
		want calendar.Date
	}{
		{calendar.Date{Year: 2026, Month: 13, Day: 1}, calendar.Date{Year: 2027, Month: 1, Day: 1}},
		{calendar.Date{Year: 2026, Month: 0, Day: 1}, calendar.Date{Year: 2025, Month: 12, Day: 1}},
		{calendar.Date{Year: 2026, Month: 25, Day: 1}, calendar.Date{Year: 2028, Month: 1, Day: 1}},
	} {
		if got := c.in.AddDays(0); got != c.want {
			t.Errorf("%+v.AddDays(0) = %v, want %v", c.in, got, c.want)
		}
	}
}

// Issue 14: window text is bounded before it is parsed, so a megabyte of
// hostile text is refused with a short error wrapping ErrBadHours that does
// not repeat it (D-CAL business hours).
func TestWindowTextRefusesLongInputBriefly_DCAL(t *testing.T) {
	for _, n := range []int{len("00:00:00-24:00:00") + 1, 100, 1 << 20} {
		b := []byte(strings.Repeat("9", n/2) + "-" + strings.Repeat("9", n-n/2-1))
		var w calendar.Window
		err := w.UnmarshalText(b)
		if !errors.Is(err, calendar.ErrBadHours) {
			t.Fatalf("%d bytes: error %v, want ErrBadHours", n, err)
		}
		if len(err.Error()) > 100 {
			t.Errorf("%d bytes: error of %d bytes repeats the input", n, len(err.Error()))
		}
	}
}

// Empty text is the zero Period, both ways, like the zero Date: it
// round-trips and clears a Period decoded into (D-FLEX-2 contract years).
func TestPeriodEmptyTextIsTheZeroPeriod(t *testing.T) {
	p := calendar.Period{Start: calendar.MustParseDate("2026-01-01"), End: calendar.MustParseDate("2027-01-01")}
	if err := p.UnmarshalText(nil); err != nil || p != (calendar.Period{}) {
		t.Errorf("UnmarshalText(empty) = %v, %v; want the zero Period", p, err)
	}
	if err := p.UnmarshalText([]byte{}); err != nil || p != (calendar.Period{}) {
		t.Errorf("UnmarshalText([]byte{}) = %v, %v; want the zero Period", p, err)
	}
}
