package calendar_test

import (
	"time"

	"github.com/supportrules/unified/calendar"
)

// slowCalendar is the reference the fast engine is checked against: a
// literal transcription of D-CAL. An instant is open when its local date is
// a working weekday that is not a holiday and its wall-clock time of day lies
// in one of that weekday's windows. Counted time is found by stepping one
// minute at a time, so it is exact for minute-aligned instants and windows
// in zones whose offset changes fall on whole minutes outside window
// boundaries (every zone and calendar the tests use).
type slowCalendar struct {
	loc      *time.Location
	week     [7][]calendar.Window
	holidays map[calendar.Date]bool
}

func newSlow(loc *time.Location, week [7][]calendar.Window, holidays ...calendar.Date) slowCalendar {
	s := slowCalendar{loc: loc, week: week, holidays: map[calendar.Date]bool{}}
	for _, h := range holidays {
		s.holidays[h] = true
	}
	return s
}

func (s slowCalendar) isOpen(t time.Time) bool {
	l := t.In(s.loc)
	d := calendar.DateOf(l)
	if s.holidays[d] {
		return false
	}
	h, m, sec := l.Clock()
	tod := time.Duration(h)*time.Hour + time.Duration(m)*time.Minute + time.Duration(sec)*time.Second
	for _, w := range s.week[l.Weekday()] {
		if w.Open <= tod && tod < w.Close {
			return true
		}
	}
	return false
}

// between counts the open minutes in [a, b); a and b must be minute-aligned.
func (s slowCalendar) between(a, b time.Time) time.Duration {
	var n time.Duration
	for t := a; t.Before(b); t = t.Add(time.Minute) {
		if s.isOpen(t) {
			n += time.Minute
		}
	}
	return n
}

// add steps minute by minute until d (a whole number of minutes) has
// counted.
func (s slowCalendar) add(t time.Time, d time.Duration) time.Time {
	for d > 0 {
		if s.isOpen(t) {
			d -= time.Minute
		}
		t = t.Add(time.Minute)
	}
	return t
}

// addBusinessDays walks day by day.
func (s slowCalendar) addBusinessDays(d calendar.Date, n int) calendar.Date {
	step := 1
	if n < 0 {
		step, n = -1, -n
	}
	for n > 0 {
		d = d.AddDays(step)
		if len(s.week[d.Weekday()]) > 0 && !s.holidays[d] {
			n--
		}
	}
	return d
}
