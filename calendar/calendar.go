package calendar

import (
	"errors"
	"fmt"
	"slices"
	"time"
)

// Errors returned by [New], its options and the decoders.
var (
	// ErrNoCalendar reports a business-hours question asked without a
	// calendar: a nil *Calendar or the zero Calendar where one is needed
	// (encoding the zero Calendar, for one). It is the module's one
	// "missing calendar" sentinel: packages that need a calendar wrap it.
	ErrNoCalendar = errors.New("calendar: no calendar")
	// ErrZone reports a time zone that cannot be had or is not the one
	// named: a zone name the [ZoneResolver] does not know, or a location
	// that does not follow the zone it claims to be.
	ErrZone        = errors.New("calendar: unavailable or mismatched time zone")
	ErrNilLocation = errors.New("calendar: nil location")
	ErrBadHours    = errors.New("calendar: invalid business hours")
	ErrNoWorkdays  = errors.New("calendar: no working days")
	ErrBadHoliday  = errors.New("calendar: invalid holiday")
	ErrBadWeekday  = errors.New("calendar: invalid weekday")
)

// A Clock measures counted time: every instant (the 24x7 clock of
// [AlwaysOn]) or business hours only (a [Calendar]).
//
// Rule D-CLOCK.
type Clock interface {
	// Add returns the earliest instant at which d of counted time has
	// elapsed since t. It returns t when d <= 0.
	Add(t time.Time, d time.Duration) time.Time
	// Between returns the counted time in [a, b); 0 when b is not after a.
	Between(a, b time.Time) time.Duration
}

// A Window is one stretch of business hours on a day: the half-open range
// of civil times [Open, Close), each an offset from local midnight, with
// 0 <= Open < Close <= 24h and both whole seconds. Close = 24h means the
// next midnight.
type Window struct {
	Open, Close time.Duration
}

// String returns w as "09:00-17:30".
func (w Window) String() string {
	f := func(d time.Duration) string {
		s := int64(d / time.Second)
		if s%60 != 0 {
			return fmt.Sprintf("%02d:%02d:%02d", s/3600, s/60%60, s%60)
		}
		return fmt.Sprintf("%02d:%02d", s/3600, s/60%60)
	}
	return f(w.Open) + "-" + f(w.Close)
}

// defaultWindow is the business-hours window of rule D-CAL: [09:00, 17:30).
var defaultWindow = Window{Open: 9 * time.Hour, Close: 17*time.Hour + 30*time.Minute}

// The holidays a Calendar accepts lie in these years (see [WithHolidays]).
const (
	minHolidayYear = 1800
	maxHolidayYear = 2099
)

// A Calendar is one support location's business-hours clock: working
// weekdays, one or more civil-time windows on each, in one IANA time zone,
// minus public holidays. It implements [Clock].
//
// A Calendar is immutable and safe for concurrent use. Build one with [New].
// A nil *Calendar and the zero Calendar (what decoding "{}" into a struct
// holding a Calendar by value leaves) never panic but have no business
// hours: IsOpen is false, Between is 0, Add and NextOpen return their start,
// AddBusinessDays its date and BusinessDaysBetween 0. Encoding the zero
// Calendar is an error wrapping [ErrNoCalendar].
//
// Business windows are civil times on each date: a daylight-saving change
// never moves 09:00, and where a change falls inside a window the window's
// real elapsed length counts. A window boundary that the clock skips (in a
// spring-forward gap) is the instant of the change; one that the clock shows
// twice (in a fall-back overlap) is its first occurrence.
//
// Rules D-CAL, D-CLOCK, D-DAYS, SEV-STD-21, DE-3, EDE-9, REDE-15 (Appendix A,
// §2.3, §2.4).
type Calendar struct {
	loc      *time.Location
	week     [7][]Window // civil windows per weekday; empty: not a workday
	holidays []Date      // sorted, unique, on any weekday
	eng      engine
	fast     *fastHolder // the dense table, built on first use (fast.go)
}

// An Option configures a [Calendar] built by [New].
type Option func(*config) error

type config struct {
	def       []Window
	workdays  *[7]bool
	perDay    [7][]Window
	perDaySet [7]bool
	holidays  []Date
}

// WithHours sets one business-hours window [open, close) for every working
// day, as offsets from local midnight: 0 <= open < close <= 24h, whole
// seconds. The default is [09:00, 17:30) (D-CAL).
func WithHours(open, close time.Duration) Option {
	return WithWindows(Window{open, close})
}

// WithWindows sets several business-hours windows for every working day,
// such as a morning and an afternoon around a lunch break. Windows must be
// valid, in order and must not overlap; adjacent windows are merged. A day
// has at most 1440 windows.
func WithWindows(ws ...Window) Option {
	ws = slices.Clone(ws)
	return func(c *config) error {
		n, err := normWindows(ws)
		if err != nil {
			return err
		}
		if len(n) == 0 {
			return fmt.Errorf("%w: no windows", ErrBadHours)
		}
		c.def = n
		return nil
	}
}

// WithDayWindows sets the windows of one weekday, overriding the hours of
// every other option for that day: a short Friday, a Saturday morning. A
// weekday given windows this way is a working day whatever [WithWorkdays]
// says; with no windows it is closed.
func WithDayWindows(day time.Weekday, ws ...Window) Option {
	ws = slices.Clone(ws)
	return func(c *config) error {
		if day < time.Sunday || day > time.Saturday {
			return fmt.Errorf("%w: %d", ErrBadWeekday, int(day))
		}
		n, err := normWindows(ws)
		if err != nil {
			return err
		}
		c.perDay[day] = n
		c.perDaySet[day] = true
		return nil
	}
}

// WithWorkdays sets the working weekdays, such as Sunday to Thursday. The
// default is Monday to Friday (D-CAL). At least one day is required.
func WithWorkdays(days ...time.Weekday) Option {
	days = slices.Clone(days)
	return func(c *config) error {
		if len(days) == 0 {
			return ErrNoWorkdays
		}
		var w [7]bool
		for _, d := range days {
			if d < time.Sunday || d > time.Saturday {
				return fmt.Errorf("%w: %d", ErrBadWeekday, int(d))
			}
			w[d] = true
		}
		c.workdays = &w
		return nil
	}
}

// WithHolidays adds public holidays: dates on which no business time counts
// and that are not business days. Each must be a valid date in the years
// 1800 to 2099. Options accumulate: several WithHolidays add up.
func WithHolidays(dates ...Date) Option {
	dates = slices.Clone(dates)
	return func(c *config) error {
		for _, d := range dates {
			if !d.IsValid() || d.Year < minHolidayYear || d.Year > maxHolidayYear {
				return fmt.Errorf("%w: %v (valid dates in %d..%d)", ErrBadHoliday, d, minHolidayYear, maxHolidayYear)
			}
		}
		c.holidays = append(c.holidays, dates...)
		return nil
	}
}

// maxWindows bounds the windows of one day: a window every minute of the
// day is far more than any business calendar has, and the bound keeps every
// question about a day a bounded number of steps.
const maxWindows = 1440

func normWindows(ws []Window) ([]Window, error) {
	if len(ws) > maxWindows {
		return nil, fmt.Errorf("%w: %d windows in a day (at most %d)", ErrBadHours, len(ws), maxWindows)
	}
	var out []Window
	for i, w := range ws {
		if w.Open < 0 || w.Close > 24*time.Hour || w.Open >= w.Close ||
			w.Open%time.Second != 0 || w.Close%time.Second != 0 {
			return nil, fmt.Errorf("%w: window %v: need 0 <= open < close <= 24h in whole seconds", ErrBadHours, w)
		}
		if i > 0 && w.Open < ws[i-1].Close {
			return nil, fmt.Errorf("%w: window %v overlaps or precedes %v", ErrBadHours, w, ws[i-1])
		}
		if n := len(out); n > 0 && out[n-1].Close == w.Open {
			out[n-1].Close = w.Close
			continue
		}
		out = append(out, w)
	}
	return out, nil
}

// New returns the business-hours calendar of a location in loc. With no
// options it is Monday to Friday, [09:00, 17:30), with no holidays (D-CAL).
// It returns an error for a nil location, invalid hours, no working days or
// an invalid holiday.
//
// Rules D-CAL, SEV-STD-21, DE-3, EDE-9, REDE-15.
func New(loc *time.Location, opts ...Option) (*Calendar, error) {
	if loc == nil {
		return nil, ErrNilLocation
	}
	cfg := config{def: []Window{defaultWindow}}
	for _, o := range opts {
		if o == nil {
			continue
		}
		if err := o(&cfg); err != nil {
			return nil, err
		}
	}
	work := [7]bool{time.Monday: true, time.Tuesday: true, time.Wednesday: true, time.Thursday: true, time.Friday: true}
	if cfg.workdays != nil {
		work = *cfg.workdays
	}
	c := &Calendar{loc: loc}
	open := false
	for d := range 7 {
		switch {
		case cfg.perDaySet[d]:
			c.week[d] = cfg.perDay[d]
		case work[d]:
			c.week[d] = cfg.def
		}
		if len(c.week[d]) > 0 {
			open = true
		}
	}
	if !open {
		return nil, fmt.Errorf("%w: every weekday is closed", ErrNoWorkdays)
	}
	h := slices.Clone(cfg.holidays)
	slices.SortFunc(h, Date.Compare)
	c.holidays = slices.Compact(h)
	c.eng = buildEngine(c)
	c.fast = new(fastHolder)
	return c, nil
}

// String describes c in one line: its zone, its working days with their
// windows, and how many holidays it has over which dates, such as
// "Asia/Seoul Mon-Fri 09:00-17:30, 150 holidays 2020-01-01..2029-12-25".
// Days with the same windows are grouped, Monday first. A nil or zero
// Calendar is "calendar.Calendar(none)".
func (c *Calendar) String() string {
	if c.none() {
		return "calendar.Calendar(none)"
	}
	b := []byte(c.loc.String())
	order := [7]time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday, time.Sunday}
	for i := 0; i < 7; {
		ws := c.week[order[i]]
		j := i + 1
		for j < 7 && slices.Equal(c.week[order[j]], ws) {
			j++
		}
		if len(ws) > 0 {
			b = append(b, ' ')
			b = append(b, order[i].String()[:3]...)
			if j-i > 1 {
				b = append(b, '-')
				b = append(b, order[j-1].String()[:3]...)
			}
			for k, w := range ws {
				if k == 0 {
					b = append(b, ' ')
				} else {
					b = append(b, ',')
				}
				b = append(b, w.String()...)
			}
		}
		i = j
	}
	switch n := len(c.holidays); n {
	case 0:
		b = append(b, ", no holidays"...)
	case 1:
		b = append(b, ", 1 holiday "...)
		b = c.holidays[0].appendISO(b)
	default:
		b = fmt.Appendf(b, ", %d holidays ", n)
		b = c.holidays[0].appendISO(b)
		b = append(b, ".."...)
		b = c.holidays[n-1].appendISO(b)
	}
	return string(b)
}

// none reports whether c is nil or the zero Calendar: no calendar at all.
// [New] always sets a location, so a Calendar without one was never built.
func (c *Calendar) none() bool { return c == nil || c.loc == nil }

// Location returns the calendar's time zone (nil for a nil or zero
// Calendar).
func (c *Calendar) Location() *time.Location {
	if c.none() {
		return nil
	}
	return c.loc
}

// Windows returns the business-hours windows of weekday day, in order; none
// for a day that is not a working day.
func (c *Calendar) Windows(day time.Weekday) []Window {
	if c.none() || day < time.Sunday || day > time.Saturday {
		return nil
	}
	return slices.Clone(c.week[day])
}

// Holidays returns the calendar's holidays in order.
func (c *Calendar) Holidays() []Date {
	if c.none() {
		return nil
	}
	return slices.Clone(c.holidays)
}

// IsHoliday reports whether d is one of the calendar's holidays.
func (c *Calendar) IsHoliday(d Date) bool {
	if c.none() {
		return false
	}
	_, ok := slices.BinarySearchFunc(c.holidays, d, Date.Compare)
	return ok
}

// IsBusinessDay reports whether d is a working weekday that is not a
// holiday. A date the zone skipped entirely (Pacific/Apia, 2011-12-30) is
// not a business day either. Rule D-DAYS.
func (c *Calendar) IsBusinessDay(d Date) bool {
	if c.none() {
		return false
	}
	return c.eng.isBusinessDay(d.days())
}
