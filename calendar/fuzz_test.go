package calendar_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/supportrules/unified/calendar"
)

// ParseDate accepts exactly the text its own String produces for valid
// dates, and never panics.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2026-03-16", "2024-02-29", "2026-02-30", "", "0000-00-00", "9999-12-31", "2026-1-01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := calendar.ParseDate(s)
		if err != nil {
			return
		}
		if !d.IsValid() || d.String() != s {
			t.Fatalf("ParseDate(%q) = %v, which prints as %q", s, d, d.String())
		}
		var p calendar.Period
		_ = p.UnmarshalText([]byte(s + "/" + s))
	})
}

// Add, Between, IsOpen and AddBusinessDays never panic, never loop and keep
// their basic guarantees for any instant and any duration, including the
// extremes of time.Time and time.Duration.
func FuzzClock(f *testing.F) {
	f.Add(int64(0), int64(0), int64(3600e9), int64(86400), 0, 5)
	f.Add(int64(1<<62), int64(999999999), int64(1<<63-1), int64(-1<<62), 3, -1<<40)
	f.Add(int64(-1<<62), int64(0), int64(-1<<63), int64(1<<62), 7, 1<<40)
	f.Add(int64(1710054000), int64(0), int64(86400e9), int64(1710140400), 1, 1)
	cals := make([]*calendar.Calendar, 0, 4)
	for _, c := range []struct {
		zone string
		opts []calendar.Option
	}{
		{"Asia/Seoul", nil},
		{"America/New_York", []calendar.Option{calendar.WithHours(0, 24*time.Hour), allWeek}},
		{"Australia/Lord_Howe", []calendar.Option{calendar.WithWindows(calendar.Window{Open: hm(1, 0), Close: hm(3, 0)}, calendar.Window{Open: hm(20, 0), Close: 24 * time.Hour})}},
		{"Asia/Jerusalem", []calendar.Option{calendar.WithWorkdays(time.Sunday, time.Monday)}},
	} {
		cal, err := calendar.New(mustLoad(c.zone), c.opts...)
		if err != nil {
			f.Fatal(err)
		}
		cals = append(cals, cal)
	}
	f.Fuzz(func(t *testing.T, sec, nsec, dur, sec2 int64, which int, n int) {
		cal := cals[uint(which)%uint(len(cals))]
		a := time.Unix(sec, nsec%1e9)
		b := time.Unix(sec2, 0)
		d := time.Duration(dur)
		due := cal.Add(a, d)
		if d > 0 && due.Before(a) {
			t.Fatalf("Add(%v, %v) = %v is before the start", a, d, due)
		}
		if d <= 0 && !due.Equal(a) {
			t.Fatalf("Add(%v, %v) = %v, want the start", a, d, due)
		}
		// Inside the calendar's range (years 1 to 100,000 here), Between
		// undoes Add exactly.
		inRange := func(x time.Time) bool { return x.Year() >= 1 && x.Year() <= 100000 }
		if d > 0 && inRange(a) && inRange(due) {
			if got := cal.Between(a, due); got != d {
				t.Fatalf("Between(%v, Add(%v, %v) = %v) = %v", a, a, d, due, got)
			}
		}
		if got := cal.Between(a, b); got < 0 || (!a.Before(b) && got != 0) {
			t.Fatalf("Between(%v, %v) = %v", a, b, got)
		}
		cal.IsOpen(a)
		cal.AddBusinessDays(calendar.DateOf(a.UTC()), n)
	})
}

// Decoding a calendar description never panics, and whatever decodes
// encodes back to JSON that decodes to the same description.
func FuzzCalendarJSON(f *testing.F) {
	f.Add(`{"zone":"Asia/Seoul","hours":{"Monday":["09:00-12:00","13:00-18:00"]},"holidays":["2026-09-24"]}`)
	f.Add(`{"zone":"UTC","hours":{"Sunday":["00:00-24:00"]}}`)
	f.Add(`{"zone":"America/New_York","hours":{"friday":["09:00:30-13:00"]}}`)
	f.Fuzz(func(t *testing.T, s string) {
		var c calendar.Calendar
		if err := json.Unmarshal([]byte(s), &c); err != nil {
			if json.Valid([]byte(s)) && !errors.Is(err, calendar.ErrBadSpec) && !errors.Is(err, calendar.ErrBadHours) &&
				!errors.Is(err, calendar.ErrNoWorkdays) && !errors.Is(err, calendar.ErrBadHoliday) && !errors.Is(err, calendar.ErrInvalidDate) {
				t.Fatalf("Unmarshal(%s) error %v wraps no sentinel", s, err)
			}
			return
		}
		b, err := json.Marshal(&c)
		if err != nil {
			t.Fatalf("Marshal after Unmarshal(%s): %v", s, err)
		}
		var d calendar.Calendar
		if err := json.Unmarshal(b, &d); err != nil {
			t.Fatalf("Unmarshal(%s): %v", b, err)
		}
		if b2, _ := json.Marshal(&d); string(b2) != string(b) {
			t.Fatalf("round trip changed %s into %s", b, b2)
		}
	})
}

// Window text decodes exactly what Window.MarshalText writes: any text
// either decodes to a valid window that encodes back to the same text (up to
// the optional ":00" seconds) or is refused with ErrBadHours.
func FuzzWindowText(f *testing.F) {
	for _, s := range []string{"09:00-17:30", "00:00-24:00", "09:00:30-13:00", "24:00-24:00", "9:00-17:30", "", "-", "09:00-17:30:000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var w calendar.Window
		if err := w.UnmarshalText([]byte(s)); err != nil {
			if !errors.Is(err, calendar.ErrBadHours) {
				t.Fatalf("UnmarshalText(%q) error %v wraps no sentinel", s, err)
			}
			return
		}
		b, err := w.MarshalText()
		if err != nil {
			t.Fatalf("MarshalText(%v) after UnmarshalText(%q): %v", w, s, err)
		}
		var v calendar.Window
		if err := v.UnmarshalText(b); err != nil || v != w {
			t.Fatalf("round trip of %q: %q gives %v, %v", s, b, v, err)
		}
	})
}

// Period text decodes to a valid period that prints back as the same text,
// or is refused with ErrInvalidPeriod; Date text likewise with
// ErrInvalidDate.
func FuzzPeriodText(f *testing.F) {
	for _, s := range []string{"2026-01-01/2027-01-01", "2026-01-01/2026-01-01", "2027-01-01/2026-01-01", "", "/", "2026-02-30/2026-03-01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var p calendar.Period
		if err := p.UnmarshalText([]byte(s)); err != nil {
			if !errors.Is(err, calendar.ErrInvalidPeriod) {
				t.Fatalf("Period.UnmarshalText(%q) error %v wraps no sentinel", s, err)
			}
		} else if b, err := p.MarshalText(); err != nil || string(b) != s {
			t.Fatalf("Period %q reads as %v and prints as %q, %v", s, p, b, err)
		}
		var d calendar.Date
		if err := d.UnmarshalText([]byte(s)); err != nil {
			if !errors.Is(err, calendar.ErrInvalidDate) {
				t.Fatalf("Date.UnmarshalText(%q) error %v wraps no sentinel", s, err)
			}
		} else if b, err := d.MarshalText(); err != nil || string(b) != s {
			t.Fatalf("Date %q reads as %v and prints as %q, %v", s, d, b, err)
		}
	})
}
