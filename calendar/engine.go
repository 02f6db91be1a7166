package calendar

import "time"

// engine: temporary day-walking implementation (replaced by the
// constant-time engine).
type engine struct{}

func buildEngine(c *Calendar) engine { return engine{} }

type span struct{ s, e time.Time }

func (c *Calendar) spans(d Date) []span {
	if !c.IsBusinessDay(d) {
		return nil
	}
	var out []span
	for _, w := range c.week[d.Weekday()] {
		s := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, int(w.Open), c.loc)
		e := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, int(w.Close), c.loc)
		out = append(out, span{s, e})
	}
	return out
}

// IsOpen reports whether t lies inside business hours: inside a window
// [open, close) of a business day.
func (c *Calendar) IsOpen(t time.Time) bool {
	for _, s := range c.spans(DateOf(t.In(c.loc))) {
		if !t.Before(s.s) && t.Before(s.e) {
			return true
		}
	}
	return false
}

// Add returns the earliest instant at which d of business time has elapsed
// since t. It returns t when d <= 0. Rule D-CLOCK.
func (c *Calendar) Add(t time.Time, d time.Duration) time.Time {
	if d <= 0 {
		return t
	}
	day := DateOf(t.In(c.loc))
	for i := 0; i < 200000; i++ {
		for _, s := range c.spans(day) {
			st := s.s
			if t.After(st) {
				st = t
			}
			if !st.Before(s.e) {
				continue
			}
			if avail := s.e.Sub(st); avail >= d {
				return st.Add(d).In(t.Location())
			} else {
				d -= avail
			}
		}
		day = day.AddDays(1)
	}
	return t
}

// Between returns the business time in [a, b). Rule D-CLOCK.
func (c *Calendar) Between(a, b time.Time) time.Duration {
	if !a.Before(b) {
		return 0
	}
	var total time.Duration
	for day := DateOf(a.In(c.loc)); !day.After(DateOf(b.In(c.loc))); day = day.AddDays(1) {
		for _, s := range c.spans(day) {
			st, en := s.s, s.e
			if a.After(st) {
				st = a
			}
			if b.Before(en) {
				en = b
			}
			if en.After(st) {
				total += en.Sub(st)
			}
		}
	}
	return total
}

// AddBusinessDays returns the n-th business day after d (before d when
// n < 0); n = 0 gives d. Rule D-DAYS.
func (c *Calendar) AddBusinessDays(d Date, n int) Date {
	step := 1
	if n < 0 {
		step, n = -1, -n
	}
	for n > 0 {
		d = d.AddDays(step)
		if c.IsBusinessDay(d) {
			n--
		}
	}
	return d
}

type alwaysOn struct{}

// AlwaysOn returns the 24x7 clock, which counts every instant. Rules
// D-CLOCK, SVC-2.
func AlwaysOn() Clock { return alwaysOn{} }

func (alwaysOn) Add(t time.Time, d time.Duration) time.Time {
	if d <= 0 {
		return t
	}
	return t.Add(d)
}

func (alwaysOn) Between(a, b time.Time) time.Duration {
	if !a.Before(b) {
		return 0
	}
	return b.Sub(a)
}
