package kr_test

import (
	"errors"
	"testing"
	"time"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/calendar/kr"
)

// Issue 14, point 9: CalendarIn takes Korea's zone from the caller, so a
// service without a zone database on the host can still build the Seoul
// calendar (D-CAL). Any location that keeps UTC+9 over the holiday data's
// years gives the same business hours as Calendar; other zones are refused
// with calendar.ErrZone, a nil one with calendar.ErrNilLocation.
func TestCalendarInSuppliedZone_DCAL(t *testing.T) {
	want, err := kr.Calendar()
	if err != nil {
		t.Fatal(err)
	}
	got, err := kr.CalendarIn(time.FixedZone("KST", 9*3600))
	if err != nil {
		t.Fatal(err)
	}
	start := time.Date(2026, time.September, 23, 15, 0, 0, 0, time.UTC)
	for _, d := range []time.Duration{time.Hour, 40 * time.Hour, 4000 * time.Hour} {
		if g, w := got.Add(start, d), want.Add(start, d); !g.Equal(w) {
			t.Errorf("Add(%v, %v) = %v in a fixed UTC+9 zone, %v in Asia/Seoul", start, d, g, w)
		}
	}
	for _, c := range []struct {
		name string
		loc  *time.Location
		want error
	}{
		{"nil", nil, calendar.ErrNilLocation},
		{"UTC+8", time.FixedZone("CST", 8*3600), calendar.ErrZone},
		{"UTC+9 named Seoul but UTC", time.FixedZone("Asia/Seoul", 0), calendar.ErrZone},
		{"New York", mustLoad(t, "America/New_York"), calendar.ErrZone},
	} {
		if _, err := kr.CalendarIn(c.loc); !errors.Is(err, c.want) {
			t.Errorf("CalendarIn(%s) error = %v, want %v", c.name, err, c.want)
		}
	}
}

func mustLoad(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Skipf("zone %s: %v", name, err)
	}
	return loc
}
