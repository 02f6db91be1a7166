package calendar

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// ErrInvalidPeriod reports a period whose dates are invalid or reversed.
var ErrInvalidPeriod = errors.New("calendar: invalid period")

// A Period is a half-open range of civil dates [Start, End): Start is the
// first day in the period and End the first day after it, so consecutive
// periods share a boundary and no day is counted twice. A Work Order that
// runs "from 2026-01-01 to 2028-12-31 inclusive" is the Period
// [2026-01-01, 2029-01-01).
//
// Periods are comparable with ==. The zero Period is not valid.
type Period struct {
	Start, End Date
}

// NewPeriod returns [start, end), or an error wrapping [ErrInvalidPeriod]
// when a date is invalid or end is before start. An empty period (end equal
// to start) is valid.
func NewPeriod(start, end Date) (Period, error) {
	p := Period{start, end}
	if !p.IsValid() {
		return Period{}, fmt.Errorf("%w: [%v, %v)", ErrInvalidPeriod, start, end)
	}
	return p, nil
}

// IsValid reports whether both dates are valid and Start is not after End.
func (p Period) IsValid() bool {
	return p.Start.IsValid() && p.End.IsValid() && !p.End.Before(p.Start)
}

// Contains reports whether d lies in p: Start <= d < End.
func (p Period) Contains(d Date) bool { return !d.Before(p.Start) && d.Before(p.End) }

// Days returns the number of days in p.
func (p Period) Days() int { return p.Start.DaysUntil(p.End) }

// Last returns the last day in p, the day before End. It is meaningless for
// an empty period.
func (p Period) Last() Date { return p.End.AddDays(-1) }

// Overlaps reports whether p and q share at least one day; an empty period
// overlaps nothing.
func (p Period) Overlaps(q Period) bool {
	return p.Start.Before(p.End) && q.Start.Before(q.End) &&
		p.Start.Before(q.End) && q.Start.Before(p.End)
}

// Intersect returns the days p and q share, and false when they share none.
func (p Period) Intersect(q Period) (Period, bool) {
	s, e := p.Start, p.End
	if q.Start.After(s) {
		s = q.Start
	}
	if q.End.Before(e) {
		e = q.End
	}
	if !s.Before(e) {
		return Period{}, false
	}
	return Period{s, e}, true
}

// String returns p as an ISO 8601 interval of dates, "2026-01-01/2027-01-01"
// (the second date is End, the first day after the period).
func (p Period) String() string { return p.Start.String() + "/" + p.End.String() }

// MarshalText implements [encoding.TextMarshaler] with the form of
// [Period.String]. The zero Period encodes as empty text.
func (p Period) MarshalText() ([]byte, error) {
	if p == (Period{}) {
		return []byte{}, nil
	}
	if !p.IsValid() {
		return nil, fmt.Errorf("%w: %v", ErrInvalidPeriod, p)
	}
	return []byte(p.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (p *Period) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*p = Period{}
		return nil
	}
	s, e, ok := strings.Cut(string(b), "/")
	if !ok {
		return fmt.Errorf("%w: %q is not start/end", ErrInvalidPeriod, b)
	}
	start, err := ParseDate(s)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidPeriod, err)
	}
	end, err := ParseDate(e)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidPeriod, err)
	}
	q, err := NewPeriod(start, end)
	if err != nil {
		return err
	}
	*p = q
	return nil
}

// Anniversary returns the date n years after d (before d when n < 0): the
// same month and day, except that the anniversary of 29 February in a
// common year is 1 March, as [time.Time.AddDate] also gives. So a contract
// of whole years that starts on 29 February has exactly that many contract
// years: 2024-02-29 to 2027-02-28 is three years, not three and a day.
//
// Rule D-FLEX-2 (contract years are anniversaries of the start date; the
// anniversary of 29 February in a common year is 1 March).
func (d Date) Anniversary(n int) Date {
	y := d.Year + n
	if d.Day > daysIn(d.Month, y) {
		return Date{y, d.Month + 1, 1} // only 29 February overflows
	}
	return Date{y, d.Month, d.Day}
}

// ContractYear returns the n-th contract year (n >= 1) of a contract that
// starts on start: [start's (n-1)-th anniversary, its n-th anniversary). It
// returns false for n < 1 or an invalid start.
//
// Rules D-FLEX-2, FLEX-3.
func ContractYear(start Date, n int) (Period, bool) {
	if n < 1 || !start.IsValid() || n > 9999 {
		return Period{}, false
	}
	p := Period{start.Anniversary(n - 1), start.Anniversary(n)}
	if !p.IsValid() {
		return Period{}, false
	}
	return p, true
}

// ContractYearOf returns which contract year of a contract starting on start
// the date d falls in (1 for the first), and that year's period. It returns
// 0 and false when d is before start, when either date is invalid, or when
// that contract year would end after the year 9999 (the last a [Date] can
// hold).
//
// Rules D-FLEX-2, FLEX-3.
func ContractYearOf(start, d Date) (int, Period, bool) {
	if !start.IsValid() || !d.IsValid() || d.Before(start) {
		return 0, Period{}, false
	}
	n := d.Year - start.Year // the n-th anniversary is the latest that may be <= d
	if start.Anniversary(n).After(d) {
		n--
	}
	p, ok := ContractYear(start, n+1)
	if !ok {
		return 0, Period{}, false
	}
	return n + 1, p, true
}

// DateIn returns the date of instant t in loc, or the zero Date when loc is
// nil. Rule D-DAYS: "N days before" compares dates in the delivery
// location's zone.
func DateIn(t time.Time, loc *time.Location) Date {
	if loc == nil {
		return Date{}
	}
	return DateOf(t.In(loc))
}
