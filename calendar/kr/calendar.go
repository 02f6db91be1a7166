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
// It needs the IANA time zone database (the system's, or time/tzdata linked
// into the program) and returns an error when Asia/Seoul cannot be loaded or
// an option is invalid. Each call builds a new, immutable Calendar.
//
// Rules D-CAL, SEV-STD-21, DE-3, EDE-9, REDE-15 (Appendix A, §2.3, §2.4):
// business hours exclude the location's public holidays.
func Calendar(opts ...calendar.Option) (*calendar.Calendar, error) {
	loc, err := time.LoadLocation(Zone)
	if err != nil {
		return nil, fmt.Errorf("kr: loading %q: %w", Zone, err)
	}
	dates := make([]calendar.Date, 0, (LastYear-FirstYear+1)*24)
	for y := FirstYear; y <= LastYear; y++ {
		hs, err := Holidays(y)
		if err != nil {
			return nil, fmt.Errorf("kr: internal error: %w", err)
		}
		for _, h := range hs {
			dates = append(dates, h.Date)
		}
	}
	all := make([]calendar.Option, 0, len(opts)+1)
	all = append(all, calendar.WithHolidays(dates...))
	all = append(all, opts...)
	c, err := calendar.New(loc, all...)
	if err != nil {
		return nil, fmt.Errorf("kr: %w", err)
	}
	return c, nil
}
