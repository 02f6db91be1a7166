package main

import (
	"fmt"
	"io"
	"time"

	"github.com/supportrules/unified/calendar"
)

// tourCalendar prints business-hours deadlines for an incident in Seoul.
func tourCalendar(w io.Writer) error {
	seoul, err := time.LoadLocation("Asia/Seoul")
	if err != nil {
		return err
	}
	cal, err := calendar.New(seoul)
	if err != nil {
		return err
	}
	opened := time.Date(2026, time.March, 13, 16, 0, 0, 0, seoul) // a Friday
	for _, d := range []time.Duration{90 * time.Minute, 2 * time.Hour, 4 * time.Hour} {
		fmt.Fprintf(w, "opened %s + %v business time = %s  [D-CAL, D-CLOCK]\n",
			opened.Format("Mon 2006-01-02 15:04"), d, cal.Add(opened, d).Format("Mon 2006-01-02 15:04 MST"))
	}
	return nil
}
