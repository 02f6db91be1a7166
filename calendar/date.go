package calendar

import (
	"cmp"
	"errors"
	"fmt"
	"time"
)

// ErrInvalidDate reports a date that does not exist, such as 2026-02-30, or
// text that is not a date.
var ErrInvalidDate = errors.New("calendar: invalid date")

// A Date is a civil date in the proleptic Gregorian calendar, with no time
// of day and no time zone: a holiday, a contract's start date, the day a
// cancellation was received.
//
// Dates are comparable with ==. The zero Date (year 0, month 0, day 0) is
// not valid; [Date.IsValid] reports it, and its text form is empty.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// DateOf returns the date of instant t in t's own location. Use
// DateOf(t.In(loc)) for the date somewhere else.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// ParseDate parses an ISO 8601 calendar date, "2026-03-16". It rejects dates
// that do not exist, such as "2026-02-30", with an error wrapping
// [ErrInvalidDate].
func ParseDate(s string) (Date, error) {
	// YYYY-MM-DD, four-digit years only.
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, fmt.Errorf("%w: %q is not YYYY-MM-DD", ErrInvalidDate, s)
	}
	num := func(b string) (int, bool) {
		n := 0
		for i := 0; i < len(b); i++ {
			if b[i] < '0' || b[i] > '9' {
				return 0, false
			}
			n = n*10 + int(b[i]-'0')
		}
		return n, true
	}
	y, ok1 := num(s[:4])
	m, ok2 := num(s[5:7])
	d, ok3 := num(s[8:])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, fmt.Errorf("%w: %q is not YYYY-MM-DD", ErrInvalidDate, s)
	}
	date := Date{y, time.Month(m), d}
	if !date.IsValid() {
		return Date{}, fmt.Errorf("%w: %q does not exist", ErrInvalidDate, s)
	}
	return date, nil
}

// MustParseDate is like [ParseDate] but panics on error. It is meant for
// tests and literal tables.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// IsValid reports whether d exists: a month in 1..12, a day within that
// month, and a year in 1..9999 (the years a four-digit ISO date can hold).
func (d Date) IsValid() bool {
	if d.Year < 1 || d.Year > 9999 || d.Month < time.January || d.Month > time.December || d.Day < 1 {
		return false
	}
	return d.Day <= daysIn(d.Month, d.Year)
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(m time.Month, y int) int {
	switch m {
	case time.February:
		if isLeap(y) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// String returns d in ISO 8601 form, "2026-03-16". Like its text form, the
// zero Date (no date) is the empty string. Any other invalid date is a
// diagnostic naming the type, the way an invalid enum value prints:
// "calendar.Date(2026-02-30)", "calendar.Date(10000-01-01)".
func (d Date) String() string {
	if d == (Date{}) {
		return ""
	}
	if !d.IsValid() {
		return fmt.Sprintf("calendar.Date(%04d-%02d-%02d)", d.Year, int(d.Month), d.Day)
	}
	return string(d.appendISO(make([]byte, 0, 10)))
}

func (d Date) appendISO(b []byte) []byte {
	y, m, dd := d.Year, int(d.Month), d.Day
	return append(b,
		byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+m/10), byte('0'+m%10), '-',
		byte('0'+dd/10), byte('0'+dd%10))
}

// AppendText implements [encoding.TextAppender]: the ISO form, or nothing
// for the zero Date.
func (d Date) AppendText(b []byte) ([]byte, error) {
	if d == (Date{}) {
		return b, nil
	}
	if !d.IsValid() {
		return nil, fmt.Errorf("%w: %v", ErrInvalidDate, d)
	}
	return d.appendISO(b), nil
}

// MarshalText implements [encoding.TextMarshaler]. The zero Date encodes as
// empty text; other invalid dates are an error.
func (d Date) MarshalText() ([]byte, error) { return d.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler]. Empty text gives the
// zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	p, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = p
	return nil
}

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	if c := cmp.Compare(d.Year, e.Year); c != 0 {
		return c
	}
	if c := cmp.Compare(d.Month, e.Month); c != 0 {
		return c
	}
	return cmp.Compare(d.Day, e.Day)
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// AddDays returns the date n calendar days after d (before d when n < 0).
// The result may fall outside the years [Date.IsValid] accepts; d itself
// should be valid.
func (d Date) AddDays(n int) Date { return fromDays(d.days() + int64(n)) }

// DaysUntil returns the number of calendar days from d to e: positive when e
// is later, negative when e is earlier. Rule D-DAYS.
func (d Date) DaysUntil(e Date) int { return int(e.days() - d.days()) }

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday { return weekdayOf(d.days()) }

// In returns the first instant of d in loc: local midnight; the instant of
// the change when a daylight-saving change skips midnight; the first
// occurrence when a change repeats it. It returns the zero time when loc is
// nil or d is not valid.
func (d Date) In(loc *time.Location) time.Time {
	if loc == nil || !d.IsValid() {
		return time.Time{}
	}
	return time.Unix(firstInstant(loc, d.days()*secPerDay), 0).In(loc)
}

// firstInstant returns the earliest instant (Unix seconds) whose wall-clock
// reading in loc is at least c (local seconds since 1970-01-01T00:00 local),
// walking the zone periods that time.Location reports around c.
func firstInstant(loc *time.Location, c int64) int64 {
	// Look back further than any offset near c: real zones stay within
	// 26 hours, but a FixedZone may be any number of hours east.
	span := int64(maxOffset)
	for _, p := range [...]int64{c - maxOffset, c, c + maxOffset} {
		_, off := time.Unix(p, 0).In(loc).Zone()
		span = max(span, spanOf(int64(off)))
	}
	u := c - span
	for range 16 {
		t := time.Unix(u, 0).In(loc)
		_, off := t.Zone()
		cand := max(c-int64(off), u)
		_, e := t.ZoneBounds()
		switch {
		case e.IsZero(), cand < e.Unix():
			return cand
		case e.Unix() <= u:
			// Past its last explicit transition, time.Location reports
			// the end of each year as a zone boundary, sometimes at the
			// instant asked about; no offset change falls there.
			if cand < u+secPerDay {
				return cand
			}
			u += secPerDay
		default:
			u = e.Unix()
		}
	}
	return c - span // unreachable: offsets change at most a few times a day
}

// days returns the number of days from 1970-01-01 to d (Howard Hinnant's
// days_from_civil). It is defined for any year, valid or not, and normalises
// out-of-range months and days the way [time.Date] does.
func (d Date) days() int64 {
	y := int64(d.Year)
	m := int64(d.Month)
	// Normalise the month into 1..12.
	y += floorDiv(m-1, 12)
	m = floorMod(m-1, 12) + 1
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + int64(d.Day) - 1 // day of the year starting 1 March
	doe := yoe*365 + yoe/4 - yoe/100 + doy // day of the 400-year era
	return era*146097 + doe - 719468
}

// fromDays is the inverse of [Date.days] (civil_from_days).
func fromDays(z int64) Date {
	z += 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return Date{int(y), time.Month(m), int(d)}
}

// weekdayOf returns the weekday of day number z (1970-01-01 was a Thursday).
func weekdayOf(z int64) time.Weekday { return time.Weekday(floorMod(z+4, 7)) }

// floorDiv returns a/b rounded towards minus infinity, for b > 0.
func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b < 0 {
		q--
	}
	return q
}

func floorMod(a, b int64) int64 { return a - floorDiv(a, b)*b }
