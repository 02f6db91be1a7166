package kr_test

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/calendar/kr"
)

// Rules D-CAL, SEV-STD-21, DE-3, EDE-9, REDE-15: Korea's default business
// calendar is Asia/Seoul, Monday to Friday [09:00, 17:30), minus every
// public holiday of FirstYear..LastYear.
func TestCalendarDefaults(t *testing.T) {
	c, err := kr.Calendar()
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Location().String(); got != "Asia/Seoul" {
		t.Errorf("Location() = %q, want Asia/Seoul", got)
	}
	want := []calendar.Window{{Open: 9 * time.Hour, Close: 17*time.Hour + 30*time.Minute}}
	if diff := cmp.Diff(want, c.Windows(time.Monday)); diff != "" {
		t.Errorf("Windows(Monday) mismatch (-want +got):\n%s", diff)
	}
	if got := c.Windows(time.Saturday); len(got) != 0 {
		t.Errorf("Windows(Saturday) = %v, want none", got)
	}
	var all []calendar.Date
	for y := kr.FirstYear; y <= kr.LastYear; y++ {
		hs, err := kr.Holidays(y)
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range hs {
			all = append(all, h.Date)
		}
	}
	if diff := cmp.Diff(all, c.Holidays()); diff != "" {
		t.Errorf("Holidays() mismatch (-want +got):\n%s", diff)
	}
}

func TestCalendarBusinessDays(t *testing.T) {
	c, err := kr.Calendar()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		date calendar.Date
		want bool
	}{
		{d(2026, 9, 23), true},   // the Wednesday before 추석
		{d(2026, 9, 24), false},  // 추석 전날
		{d(2026, 9, 25), false},  // 추석
		{d(2026, 9, 28), true},   // Monday after 추석: Saturday 추석 다음 날 earns nothing
		{d(2025, 10, 8), false},  // 대체공휴일(추석)
		{d(2024, 2, 12), false},  // 대체공휴일(설날)
		{d(2027, 5, 3), false},   // 대체공휴일(노동절)
		{d(2025, 5, 1), true},    // 노동절 is not yet a public holiday
		{d(2026, 6, 3), false},   // local elections
		{d(2013, 10, 9), false},  // 한글날, the first supported year
		{d(2050, 12, 26), false}, // 대체공휴일(기독탄신일), the last supported year
		{d(2051, 1, 2), true},    // beyond the data: only weekends close
	}
	for _, tt := range tests {
		if got := c.IsBusinessDay(tt.date); got != tt.want {
			t.Errorf("IsBusinessDay(%v) = %v, want %v", tt.date, got, tt.want)
		}
	}
}

// Options apply after the defaults: other hours, other working days, and
// holidays announced after this package's data (the 2028 general election).
func TestCalendarOptions(t *testing.T) {
	election := d(2028, 4, 12)
	c, err := kr.Calendar(calendar.WithHours(8*time.Hour, 17*time.Hour), calendar.WithHolidays(election))
	if err != nil {
		t.Fatal(err)
	}
	want := []calendar.Window{{Open: 8 * time.Hour, Close: 17 * time.Hour}}
	if diff := cmp.Diff(want, c.Windows(time.Friday)); diff != "" {
		t.Errorf("Windows(Friday) mismatch (-want +got):\n%s", diff)
	}
	if c.IsBusinessDay(election) || c.IsBusinessDay(d(2026, 9, 25)) {
		t.Errorf("IsBusinessDay(%v) or IsBusinessDay(2026-09-25) = true, want both holidays", election)
	}

	if _, err := kr.Calendar(calendar.WithHours(18*time.Hour, 9*time.Hour)); !errors.Is(err, calendar.ErrBadHours) {
		t.Errorf("Calendar(WithHours(18h, 9h)) error = %v, want ErrBadHours", err)
	}
	if _, err := kr.Calendar(calendar.WithHolidays(d(2100, 1, 1))); !errors.Is(err, calendar.ErrBadHoliday) {
		t.Errorf("Calendar(WithHolidays(2100-01-01)) error = %v, want ErrBadHoliday", err)
	}
}

// D-CLOCK across holidays: business time stops on 추석 and its substitute
// days, and every Calendar built is independent of the others.
func TestCalendarDeadlines(t *testing.T) {
	c, err := kr.Calendar()
	if err != nil {
		t.Fatal(err)
	}
	seoul := c.Location()
	at := func(y int, m time.Month, day, h, min int) time.Time { return time.Date(y, m, day, h, min, 0, 0, seoul) }
	tests := []struct {
		name  string
		start time.Time
		d     time.Duration
		want  time.Time
	}{
		// Severity B (2 business hours, SEV-STD-13) opened before 추석 2026.
		{"sev B before chuseok 2026", at(2026, 9, 23, 16, 30), 2 * time.Hour, at(2026, 9, 28, 10, 0)},
		// Thursday 2025-10-02, 30 minutes before closing; then 개천절 (Fri 10-03), the
		// weekend, 추석 (10-05..07), its substitute (10-08) and 한글날 (10-09).
		{"sev B before chuseok 2025", at(2025, 10, 2, 17, 0), 2 * time.Hour, at(2025, 10, 10, 10, 30)},
		// A budget ending exactly at closing ends at 17:30 (D-CLOCK).
		{"ends at closing", at(2026, 9, 23, 15, 30), 2 * time.Hour, at(2026, 9, 23, 17, 30)},
		// The UTC spelling of an instant gives the same deadline.
		{"utc start", at(2026, 9, 23, 16, 30).UTC(), 2 * time.Hour, at(2026, 9, 28, 10, 0)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := c.Add(tt.start, tt.d); !got.Equal(tt.want) {
				t.Errorf("Add(%v, %v) = %v, want %v", tt.start, tt.d, got, tt.want)
			}
		})
	}
}
