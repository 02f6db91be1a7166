package calendar

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// ErrBadSpec reports JSON or text that does not describe a calendar.
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
	limits := []int{24, 59, 59}
	var v [3]int
	for i, p := range parts {
		if len(p) != 2 || p[0] < '0' || p[0] > '9' || p[1] < '0' || p[1] > '9' {
			return 0, fmt.Errorf("%q is not HH:MM", s)
		}
		v[i] = int(p[0]-'0')*10 + int(p[1]-'0')
		if v[i] > limits[i] {
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

// MarshalJSON encodes c as its description: the IANA zone name, the windows
// of each working weekday and the holidays, e.g.
//
//	{"zone":"Asia/Seoul","hours":{"Monday":["09:00-17:30"],…},"holidays":["2026-09-24"]}
//
// A calendar whose location has no IANA name (such as [time.Local] or a
// fixed zone) cannot be encoded.
func (c *Calendar) MarshalJSON() ([]byte, error) {
	if c == nil {
		return []byte("null"), nil
	}
	name := c.loc.String()
	if name == "Local" || name == "" {
		return nil, fmt.Errorf("%w: location %q has no IANA name", ErrBadSpec, name)
	}
	loaded, err := time.LoadLocation(name)
	if err != nil {
		return nil, fmt.Errorf("%w: location %q: %w", ErrBadSpec, name, err)
	}
	// A location may carry a name that is not its rules' (a fixed zone
	// named "UTC" but nine hours east): decoding would then give another
	// calendar. Refuse unless the named zone has the same offsets.
	if m := newZoneModel(loaded); m.off0 != c.eng.zone.off0 || !slices.Equal(m.trans, c.eng.zone.trans) {
		return nil, fmt.Errorf("%w: location %q does not follow the IANA zone of that name", ErrBadSpec, name)
	}
	j := calendarJSON{Zone: name, Hours: map[string][]Window{}, Holidays: c.holidays}
	for d, ws := range c.week {
		if len(ws) > 0 {
			j.Hours[time.Weekday(d).String()] = ws
		}
	}
	return json.Marshal(j)
}

// UnmarshalJSON decodes the form of [Calendar.MarshalJSON], loading the zone
// with [time.LoadLocation] and validating everything as [New] does. Days
// missing from "hours" are closed.
func (c *Calendar) UnmarshalJSON(b []byte) error {
	var j calendarJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("%w: %w", ErrBadSpec, err)
	}
	if j.Zone == "" || j.Zone == "Local" {
		return fmt.Errorf("%w: zone %q", ErrBadSpec, j.Zone)
	}
	loc, err := time.LoadLocation(j.Zone)
	if err != nil {
		return fmt.Errorf("%w: zone %q: %w", ErrBadSpec, j.Zone, err)
	}
	opts := []Option{WithHolidays(j.Holidays...)}
	var days []time.Weekday
	for name, ws := range j.Hours {
		d, ok := parseWeekday(name)
		if !ok {
			return fmt.Errorf("%w: weekday %q", ErrBadSpec, name)
		}
		if slices.Contains(days, d) {
			return fmt.Errorf("%w: weekday %q given twice", ErrBadSpec, name)
		}
		days = append(days, d)
		opts = append(opts, WithDayWindows(d, ws...))
	}
	if len(days) == 0 {
		return fmt.Errorf("%w: no business hours", ErrNoWorkdays)
	}
	opts = append(opts, WithWorkdays(days...))
	n, err := New(loc, opts...)
	if err != nil {
		return err
	}
	*c = *n
	return nil
}

func parseWeekday(s string) (time.Weekday, bool) {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if strings.EqualFold(s, d.String()) {
			return d, true
		}
	}
	return 0, false
}
