package calendar_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/supportrules/unified/calendar"
)

// A description may list 109,573 holidays, every date WithHolidays
// accepts (repeats too); one more is refused before any is read (D-CAL).
func TestDescriptionHolidayCountBoundary_DCAL(t *testing.T) {
	const most = 109573
	for _, tt := range []struct {
		n  int
		ok bool
	}{{most, true}, {most + 1, false}} {
		b := `{"zone":"UTC","hours":{"Monday":["09:00-17:30"]},"holidays":[` +
			strings.TrimSuffix(strings.Repeat(`"2026-09-24",`, tt.n), ",") + `]}`
		_, err := calendar.ZoneResolver(nil).DecodeJSON([]byte(b))
		if (err == nil) != tt.ok || err != nil && !errors.Is(err, calendar.ErrBadSpec) {
			t.Errorf("%d holidays: error %v, want accepted %t", tt.n, err, tt.ok)
		}
	}
}

// A clock of a description is two digits, a colon and two digits (and
// optionally a colon and two more): any other byte in a digit's place is
// refused, not read as a digit (D-CAL).
func TestDescriptionClockDigitsOnly_DCAL(t *testing.T) {
	for _, clock := range []string{"09:00", "09:00:00"} {
		for i := range len(clock) {
			if clock[i] == ':' {
				continue
			}
			for _, c := range []byte{'/', ':', ';', 'a', ' ', 0x80} {
				s := clock[:i] + string(c) + clock[i+1:]
				b := `{"zone":"UTC","hours":{"Monday":["` + s + `-17:30"]}}`
				if _, err := calendar.ZoneResolver(nil).DecodeJSON([]byte(b)); !errors.Is(err, calendar.ErrBadSpec) {
					t.Errorf("opening %q: error %v, want ErrBadSpec", s, err)
				}
			}
		}
	}
}

// On the day New York springs forward (2026-03-08, 02:00 became 03:00), a
// window of 01:00–03:00 holds one hour, and an instant later that day
// counts it once: business time from midnight to 09:30 is that hour and
// the half hour since 09:00 (D-CAL, DST exactness).
func TestWindowAcrossSpringForwardCountsItsRealLength_DCAL(t *testing.T) {
	loc, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip(err)
	}
	cal, err := calendar.New(loc, calendar.WithWindows(calendar.Window{Open: time.Hour, Close: 3 * time.Hour},
		calendar.Window{Open: 9 * time.Hour, Close: 10 * time.Hour}), calendar.WithWorkdays(time.Sunday))
	if err != nil {
		t.Fatal(err)
	}
	midnight := time.Date(2026, time.March, 8, 0, 0, 0, 0, loc)
	at := time.Date(2026, time.March, 8, 9, 30, 0, 0, loc)
	if got, want := cal.Between(midnight, at), 90*time.Minute; got != want {
		t.Errorf("Between(%v, %v) = %v, want %v", midnight, at, got, want)
	}
}
