package calendar

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// ErrBadSpec reports JSON that does not describe a calendar.
var ErrBadSpec = errors.New("calendar: invalid calendar description")

// MarshalText implements [encoding.TextMarshaler]: "09:00-17:30", with
// seconds when a boundary has them and "24:00" for the next midnight.
func (w Window) MarshalText() ([]byte, error) {
	if w.Open < 0 || w.Close > 24*time.Hour || w.Open >= w.Close || w.Open%time.Second != 0 || w.Close%time.Second != 0 {
		return nil, fmt.Errorf("%w: window %v", ErrBadHours, w)
	}
	return []byte(w.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] for the form of
// [Window.MarshalText].
func (w *Window) UnmarshalText(b []byte) error {
	if len(b) > len("00:00:00-24:00:00") {
		return fmt.Errorf("%w: %d bytes is not HH:MM-HH:MM", ErrBadHours, len(b))
	}
	o, c, ok := strings.Cut(string(b), "-")
	if !ok {
		return fmt.Errorf("%w: %q is not HH:MM-HH:MM", ErrBadHours, b)
	}
	open, err1 := parseClock(o)
	closing, err2 := parseClock(c)
	if err := errors.Join(err1, err2); err != nil {
		return fmt.Errorf("%w: %q: %w", ErrBadHours, b, err)
	}
	v := Window{open, closing}
	if _, err := v.MarshalText(); err != nil {
		return err
	}
	*w = v
	return nil
}

// parseClock reads "HH:MM" or "HH:MM:SS", from 00:00 to 24:00.
func parseClock(s string) (time.Duration, error) {
	parts := strings.Split(s, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return 0, fmt.Errorf("%q is not HH:MM", s)
	}
	var v [3]int
	for i, p := range parts {
		if len(p) != 2 || p[0] < '0' || p[0] > '9' || p[1] < '0' || p[1] > '9' {
			return 0, fmt.Errorf("%q is not HH:MM", s)
		}
		v[i] = int(p[0]-'0')*10 + int(p[1]-'0')
		if v[i] > 59 { // hours past 24 are refused below
			return 0, fmt.Errorf("%q is out of range", s)
		}
	}
	d := time.Duration(v[0])*time.Hour + time.Duration(v[1])*time.Minute + time.Duration(v[2])*time.Second
	if d > 24*time.Hour {
		return 0, fmt.Errorf("%q is after 24:00", s)
	}
	return d, nil
}

// calendarJSON is the JSON form of a Calendar.
type calendarJSON struct {
	Zone     string              `json:"zone"`
	Hours    map[string][]Window `json:"hours"`
	Holidays []Date              `json:"holidays,omitempty"`
}

// maxHolidays bounds the holidays a description may list: every date of
// the years 1800 to 2099 that [WithHolidays] accepts.
const maxHolidays = 109573

// A ZoneResolver returns the location of an IANA time-zone name, or an
// error. [time.LoadLocation] is one: it reads the zone database of the host
// (or of $ZONEINFO), and falls back to the copy that package time/tzdata
// embeds when the program imports it. A service that ships its own zone data
// passes a resolver over it, such as a function calling
// [time.LoadLocationFromTZData]. This package never imports time/tzdata; a
// main program may.
//
// The methods of a nil ZoneResolver use [time.LoadLocation].
type ZoneResolver func(name string) (*time.Location, error)

func (r ZoneResolver) resolve(name string) (*time.Location, error) {
	if name == "" || name == "Local" {
		return nil, fmt.Errorf("%w: zone %q is not an IANA zone name", ErrZone, name)
	}
	load := r
	if load == nil {
		load = time.LoadLocation
	}
	loc, err := load(name)
	if err != nil {
		return nil, fmt.Errorf("%w: zone %q: %w", ErrZone, name, err)
	}
	if loc == nil {
		return nil, fmt.Errorf("%w: zone %q: no location", ErrZone, name)
	}
	return loc, nil
}

// MarshalJSON encodes c as its description: the IANA zone name, the windows
// of each working weekday and the holidays, e.g.
//
//	{"zone":"Asia/Seoul","hours":{"Monday":["09:00-17:30"],…},"holidays":["2026-09-24"]}
//
// A nil Calendar encodes as null. It checks c's location against the zone
// of its name as [time.LoadLocation] gives it (see [ZoneResolver.EncodeJSON]
// to use other zone data). A calendar whose location has no IANA name (such
// as [time.Local] or a fixed zone) cannot be encoded, nor can the zero
// Calendar ([ErrNoCalendar]).
func (c *Calendar) MarshalJSON() ([]byte, error) {
	if c == nil {
		return []byte("null"), nil
	}
	return ZoneResolver(nil).EncodeJSON(c)
}

// EncodeJSON is [Calendar.MarshalJSON] with zone data from r: the name of
// c's location must resolve, through r, to a location with the same offset
// history, so that decoding gives the same calendar back. Errors wrap
// [ErrNoCalendar] (a nil or zero Calendar) or both [ErrBadSpec] and
// [ErrZone].
func (r ZoneResolver) EncodeJSON(c *Calendar) ([]byte, error) {
	if c.none() {
		return nil, fmt.Errorf("%w: cannot encode a nil or zero Calendar", ErrNoCalendar)
	}
	name := c.loc.String()
	loaded, err := r.resolve(name)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadSpec, err)
	}
	// A location may carry a name that is not its rules' (a fixed zone
	// named "UTC" but nine hours east): decoding would then give another
	// calendar. Refuse unless the named zone has the same offsets.
	if m := newZoneModel(loaded); m.off0 != c.eng.zone.off0 || !slices.Equal(m.trans, c.eng.zone.trans) {
		return nil, fmt.Errorf("%w: %w: location %q does not follow the IANA zone of that name", ErrBadSpec, ErrZone, name)
	}
	j := calendarJSON{Zone: name, Hours: map[string][]Window{}, Holidays: c.holidays}
	for d, ws := range c.week {
		if len(ws) > 0 {
			j.Hours[time.Weekday(d).String()] = ws
		}
	}
	b, err := json.Marshal(j)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadSpec, err)
	}
	return b, nil
}

// UnmarshalJSON decodes the form of [Calendar.MarshalJSON], loading the zone
// with [time.LoadLocation] (see [ZoneResolver.DecodeJSON] to supply zones
// from elsewhere) and validating everything as [New] does. Days missing
// from "hours" are closed. On error c is unchanged.
func (c *Calendar) UnmarshalJSON(b []byte) error {
	n, err := ZoneResolver(nil).DecodeJSON(b)
	if err != nil {
		return err
	}
	*c = *n
	return nil
}

// DecodeJSON decodes the form of [Calendar.MarshalJSON], resolving the zone
// name with r, and validates it as [New] does. A description lists at most
// 109,573 holidays (every date [WithHolidays] accepts) and 1440 windows a
// day. Errors wrap [ErrBadSpec] (and [ErrZone] for the zone) or an error of
// [New].
func (r ZoneResolver) DecodeJSON(b []byte) (*Calendar, error) {
	var j calendarJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadSpec, err)
	}
	if len(j.Holidays) > maxHolidays {
		return nil, fmt.Errorf("%w: %d holidays (at most %d)", ErrBadSpec, len(j.Holidays), maxHolidays)
	}
	opts := []Option{WithHolidays(j.Holidays...)}
	var days []time.Weekday
	for name, ws := range j.Hours {
		d, ok := parseWeekday(name)
		if !ok {
			return nil, fmt.Errorf("%w: weekday %q", ErrBadSpec, name)
		}
		if slices.Contains(days, d) {
			return nil, fmt.Errorf("%w: weekday %q given twice", ErrBadSpec, name)
		}
		days = append(days, d)
		opts = append(opts, WithDayWindows(d, ws...))
	}
	if len(days) == 0 {
		return nil, fmt.Errorf("%w: no business hours", ErrNoWorkdays)
	}
	opts = append(opts, WithWorkdays(days...))
	loc, err := r.resolve(j.Zone)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadSpec, err)
	}
	return New(loc, opts...)
}

func parseWeekday(s string) (time.Weekday, bool) {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if strings.EqualFold(s, d.String()) {
			return d, true
		}
	}
	return 0, false
}
