package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/calendar/kr"
)

// tourCalendar prints the host location's business calendar: Seoul's hours,
// the 추석 holidays of 2026, deadlines that cross them, and business days.
func tourCalendar(w io.Writer, sm *sample) error {
	cal, seoul := sm.cal, sm.cal.Location()
	fmt.Fprintf(w, "Seoul business hours: %v on Monday–Friday, minus Korea's public holidays  [D-CAL, SEV-STD-21]\n", cal.Windows(time.Monday))
	hs, err := kr.Holidays(2026)
	if err != nil {
		return err
	}
	for _, h := range hs {
		if h.Date.Month == time.September || h.Date.Month == time.October && h.Date.Day <= 9 {
			fmt.Fprintf(w, "  holiday %v %-4s %s\n", h.Date, h.Date.Weekday().String()[:3], h.Name)
		}
	}
	opened := at(seoul, 2026, time.September, 23, 16, 0) // the eve of the 추석 holidays
	for _, d := range []time.Duration{90 * time.Minute, 2 * time.Hour, 4 * time.Hour} {
		fmt.Fprintf(w, "%s + %-5v of business time = %s  [D-CLOCK]\n",
			opened.Format("Mon 2006-01-02 15:04"), shortDuration(d), cal.Add(opened, d).Format("Mon 2006-01-02 15:04 MST"))
	}
	friday := at(seoul, 2026, time.September, 18, 17, 0)
	fmt.Fprintf(w, "business time from %s to %s: %v  [D-CLOCK]\n",
		friday.Format("Mon 01-02 15:04"), opened.Format("Mon 01-02 15:04"), cal.Between(friday, opened))
	d := calendar.Date{Year: 2026, Month: time.September, Day: 23}
	fmt.Fprintf(w, "10 business days after %v: %v  [D-DAYS]\n", d, cal.AddBusinessDays(d, 10))
	start := calendar.Date{Year: 2026, Month: time.January, Day: 1}
	for n := 1; n <= 3; n++ {
		y, _ := calendar.ContractYear(start, n)
		fmt.Fprintf(w, "contract year %d: [%v, %v)  [D-FLEX-2]\n", n, y.Start, y.End)
	}
	return nil
}

// shortDuration prints 1h30m and 2h rather than 1h30m0s and 2h0m0s.
func shortDuration(d time.Duration) string {
	s := strings.TrimSuffix(d.String(), "0s")
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}
