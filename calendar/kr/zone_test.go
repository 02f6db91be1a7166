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

// tzif returns a TZif (version 2, 64-bit times) zone that has offset off0
// (seconds east of UTC) and changes to offs[i] at ats[i] (Unix seconds).
func tzif(off0 int32, ats []int64, offs []int32) []byte {
	be := func(b []byte, v uint32) []byte { return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v)) }
	header := func(b []byte, counts ...int) []byte {
		b = append(b, "TZif2"...)
		b = append(b, make([]byte, 15)...)
		for _, n := range counts {
			b = be(b, uint32(n))
		}
		return b
	}
	b := header(nil, 0, 0, 0, 0, 1, 1) // the version 1 part: one type, no changes
	b = append(b, 0, 0, 0, 0, 0, 0, 0)
	b = header(b, 0, 0, 0, len(ats), len(offs)+1, 4)
	for _, at := range ats {
		b = be(be(b, uint32(uint64(at)>>32)), uint32(at))
	}
	for i := range ats {
		b = append(b, byte(i+1))
	}
	for _, o := range append([]int32{off0}, offs...) {
		b = be(b, uint32(o))
		b = append(b, 0, 0)
	}
	return append(b, "XYZ\x00\n\n"...)
}

// CalendarIn accepts exactly the zones that keep UTC+9 from
// FirstYear-01-01T00:00+09:00 up to (LastYear+1)-01-01T00:00+09:00: one
// second of another offset inside those years is refused, changes outside
// them are not (D-CAL).
func TestCalendarInChecksKSTOverExactlyTheDataYears_DCAL(t *testing.T) {
	kst := time.FixedZone("KST", 9*3600)
	first := time.Date(kr.FirstYear, time.January, 1, 0, 0, 0, 0, kst).Unix()
	end := time.Date(kr.LastYear+1, time.January, 1, 0, 0, 0, 0, kst).Unix()
	const nine, eight = 9 * 3600, 8 * 3600
	for _, c := range []struct {
		name string
		off0 int32
		ats  []int64
		offs []int32
		ok   bool
	}{
		{"UTC+9 from the first instant", eight, []int64{first}, []int32{nine}, true},
		{"UTC+9 from one second after it", eight, []int64{first + 1}, []int32{nine}, false},
		{"UTC+9 from half an hour after it", eight, []int64{first + 1800}, []int32{nine}, false},
		{"UTC+9 from noon of the first day", eight, []int64{first + 12*3600}, []int32{nine}, false},
		{"UTC+8 from the end", nine, []int64{end}, []int32{eight}, true},
		{"UTC+8 from one second before the end", nine, []int64{end - 1}, []int32{eight}, false},
		{"UTC+8 for an hour in the middle", nine, []int64{first + 400*86400, first + 400*86400 + 3600}, []int32{eight, nine}, false},
		{"many periods, all UTC+9", nine, []int64{first + 86400, first + 2*86400, first + 3*86400, end - 86400}, []int32{nine, nine, nine, nine}, true},
	} {
		loc, err := time.LoadLocationFromTZData(c.name, tzif(c.off0, c.ats, c.offs))
		if err != nil {
			t.Fatal(err)
		}
		_, err = kr.CalendarIn(loc)
		if c.ok && err != nil {
			t.Errorf("%s: CalendarIn refused it: %v", c.name, err)
		}
		if !c.ok && !errors.Is(err, calendar.ErrZone) {
			t.Errorf("%s: CalendarIn error %v, want ErrZone", c.name, err)
		}
	}
}
