package calendar_test

import (
	"errors"
	"strings"
	"testing"

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
