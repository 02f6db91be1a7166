package kr

import (
	"fmt"
	"time"

	"github.com/supportrules/unified/calendar"
)

// Zone is the IANA time zone of Korea's business hours.
const Zone = "Asia/Seoul"

// Calendar returns the business-hours calendar of a support location in
// Korea: the time zone Asia/Seoul, Monday to Friday, [09:00, 17:30), minus
// every public holiday of [Holidays] for [FirstYear]..[LastYear]. Options
// apply after these defaults, so they may change the hours or working days
// and add holidays, such as an election day announced after this package's
// data ([calendar.WithHolidays] accumulates).
//
// It loads Asia/Seoul with [time.LoadLocation], which reads the host's zone
// database, or the copy of time/tzdata when the program imports it; it
// returns an error wrapping [calendar.ErrZone] when the zone cannot be
// loaded (use [CalendarIn] with zone data of your own), and the errors of
// [calendar.New] for an invalid option. Each call builds a new, immutable
// Calendar.
//
// Rules D-CAL, SEV-STD-21, DE-3, EDE-9, REDE-15 (Appendix A, §2.3, §2.4):
// business hours exclude the location's public holidays.
func Calendar(opts ...calendar.Option) (*calendar.Calendar, error) {
	loc, err := time.LoadLocation(Zone)
	if err != nil {
		return nil, fmt.Errorf("kr: loading %q: %w: %w", Zone, calendar.ErrZone, err)
	}
	return CalendarIn(loc, opts...)
}

// CalendarIn is [Calendar] in a location the caller supplies, for a service
// that takes its zone data from elsewhere than the host (time/tzdata, its
// own copy). loc must be Korea's zone over the years of the holiday data:
// UTC+9 without daylight saving from [FirstYear] to [LastYear], as
// Asia/Seoul is. Otherwise CalendarIn returns an error wrapping
// [calendar.ErrNilLocation] (nil) or [calendar.ErrZone].
//
// Rules D-CAL, SEV-STD-21, DE-3, EDE-9, REDE-15 (Appendix A, §2.3, §2.4).
func CalendarIn(loc *time.Location, opts ...calendar.Option) (*calendar.Calendar, error) {
	if loc == nil {
		return nil, fmt.Errorf("kr: %w", calendar.ErrNilLocation)
	}
	if err := checkKST(loc); err != nil {
		return nil, err
	}
	var dates []calendar.Date
	for y := FirstYear; y <= LastYear; y++ {
		hs, err := Holidays(y)
		if err != nil {
			return nil, fmt.Errorf("kr: internal error: %w", err)
		}
		for _, h := range hs {
			dates = append(dates, h.Date)
		}
	}
	c, err := calendar.New(loc, append([]calendar.Option{calendar.WithHolidays(dates...)}, opts...)...)
	if err != nil {
		return nil, fmt.Errorf("kr: %w", err)
	}
	return c, nil
}

// kstOffset is Korea Standard Time, UTC+9, in seconds.
const kstOffset = 9 * 3600

// checkKST reports an error unless loc keeps UTC+9 throughout the years of
// the holiday data, from FirstYear-01-01T00:00+09:00 up to
// (LastYear+1)-01-01T00:00+09:00. It asks loc about each of its periods in
// turn, so its time is linear in the location's size.
func checkKST(loc *time.Location) error {
	kst := time.FixedZone("KST", kstOffset)
	t := time.Date(FirstYear, time.January, 1, 0, 0, 0, 0, kst).In(loc)
	end := time.Date(LastYear+1, time.January, 1, 0, 0, 0, 0, kst)
	for t.Before(end) {
		if _, off := t.Zone(); off != kstOffset {
			return fmt.Errorf("kr: %w: %q is UTC%+d seconds at %v, not Korea Standard Time (UTC+9)", calendar.ErrZone, loc.String(), off, t.UTC().Format(time.RFC3339))
		}
		_, e := t.ZoneBounds()
		switch {
		case e.IsZero():
			return nil // no later change
		case e.After(t):
			t = e
		default:
			// Under a yearly rule, time.Location may report a period
			// ending where it was asked; no change falls there.
			t = t.Add(24 * time.Hour)
		}
	}
	return nil
}
