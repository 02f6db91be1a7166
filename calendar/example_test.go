package calendar_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/supportrules/unified/calendar"
)

// A Severity B incident opened at 16:00 on a Friday in Seoul has a 2-hour
// first-response target on the business-hours clock: 1h30 counts on Friday
// and 30 minutes on Monday. A 1h30 budget ends exactly at Friday's closing.
// Rules D-CLOCK, D-CAL, D-SEV-1.
func ExampleCalendar_Add() {
	seoul, err := time.LoadLocation("Asia/Seoul")
	if err != nil {
		panic(err)
	}
	cal, err := calendar.New(seoul) // Monday–Friday, [09:00, 17:30)
	if err != nil {
		panic(err)
	}
	opened := time.Date(2026, time.March, 13, 16, 0, 0, 0, seoul)
	fmt.Println(cal.Add(opened, 2*time.Hour).Format(time.RFC1123))
	fmt.Println(cal.Add(opened, 90*time.Minute).Format(time.RFC1123))
	// Output:
	// Mon, 16 Mar 2026 09:30:00 KST
	// Fri, 13 Mar 2026 17:30:00 KST
}

// Counted business time between two instants: from Friday 16:00 to Monday
// 10:00 is 1h30 + 1h. Rule D-CLOCK.
func ExampleCalendar_Between() {
	seoul, err := time.LoadLocation("Asia/Seoul")
	if err != nil {
		panic(err)
	}
	cal, err := calendar.New(seoul)
	if err != nil {
		panic(err)
	}
	a := time.Date(2026, time.March, 13, 16, 0, 0, 0, seoul)
	b := time.Date(2026, time.March, 16, 10, 0, 0, 0, seoul)
	fmt.Println(cal.Between(a, b))
	// Output: 2h30m0s
}

// "10 business days after D" is the 10th business day after D, D itself
// being day 0 (D-DAYS); 추석 2026 (24–26 September) is skipped.
func ExampleCalendar_AddBusinessDays() {
	seoul, err := time.LoadLocation("Asia/Seoul")
	if err != nil {
		panic(err)
	}
	chuseok := []calendar.Date{
		{Year: 2026, Month: time.September, Day: 24},
		{Year: 2026, Month: time.September, Day: 25},
		{Year: 2026, Month: time.September, Day: 26},
	}
	cal, err := calendar.New(seoul, calendar.WithHolidays(chuseok...))
	if err != nil {
		panic(err)
	}
	d := calendar.Date{Year: 2026, Month: time.September, Day: 22}
	fmt.Println(cal.AddBusinessDays(d, 1), cal.AddBusinessDays(d, 2), cal.AddBusinessDays(d, 10))
	// Output: 2026-09-23 2026-09-28 2026-10-08
}

// Day arithmetic on civil dates never meets a time zone or a DST change.
func ExampleDate_AddDays() {
	d := calendar.MustParseDate("2028-12-31")
	fmt.Println(d.AddDays(1), d.AddDays(-366), d.DaysUntil(calendar.MustParseDate("2029-03-01")))
	// Output: 2029-01-01 2027-12-31 60
}

// A lunch break and a short Friday: several windows a day and per-weekday
// hours.
func ExampleWithWindows() {
	seoul, err := time.LoadLocation("Asia/Seoul")
	if err != nil {
		panic(err)
	}
	cal, err := calendar.New(seoul,
		calendar.WithWindows(
			calendar.Window{Open: 9 * time.Hour, Close: 12 * time.Hour},
			calendar.Window{Open: 13 * time.Hour, Close: 18 * time.Hour}),
		calendar.WithDayWindows(time.Friday, calendar.Window{Open: 9 * time.Hour, Close: 13 * time.Hour}))
	if err != nil {
		panic(err)
	}
	thu := time.Date(2026, time.March, 19, 11, 0, 0, 0, seoul)
	for _, d := range []time.Duration{time.Hour, 2 * time.Hour, 8 * time.Hour} {
		fmt.Println(cal.Add(thu, d).Format("Mon 15:04"))
	}
	// Output:
	// Thu 12:00
	// Thu 14:00
	// Fri 11:00
}

// A Sunday–Thursday working week, as in Israel.
func ExampleWithWorkdays() {
	jerusalem, err := time.LoadLocation("Asia/Jerusalem")
	if err != nil {
		panic(err)
	}
	cal, err := calendar.New(jerusalem, calendar.WithWorkdays(time.Sunday, time.Monday, time.Tuesday, time.Wednesday, time.Thursday))
	if err != nil {
		panic(err)
	}
	thu := time.Date(2026, time.March, 19, 17, 0, 0, 0, jerusalem)
	fmt.Println(cal.Add(thu, time.Hour).Format("Mon 2006-01-02 15:04"))
	// Output: Sun 2026-03-22 09:30
}

// Contract years are anniversaries of the start date (D-FLEX-2).
func ExampleContractYearOf() {
	start := calendar.MustParseDate("2026-01-01")
	n, year, ok := calendar.ContractYearOf(start, calendar.MustParseDate("2027-08-15"))
	fmt.Println(n, year, ok)
	// Output: 2 2027-01-01/2028-01-01 true
}

// A DST change inside a window counts its real length: a 24-hour, 7-day
// calendar in New York counts 49 hours over the fall-back weekend.
func ExampleCalendar_Between_daylightSaving() {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		panic(err)
	}
	cal, err := calendar.New(ny, calendar.WithHours(0, 24*time.Hour),
		calendar.WithWorkdays(time.Sunday, time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday))
	if err != nil {
		panic(err)
	}
	sat := time.Date(2024, time.November, 2, 0, 0, 0, 0, ny)
	mon := time.Date(2024, time.November, 4, 0, 0, 0, 0, ny)
	fmt.Println(cal.Between(sat, mon))
	// Output: 49h0m0s
}

// New validates the configuration: a nil location, inverted hours or an
// impossible holiday are errors matchable with errors.Is. D-CAL.
func ExampleNew() {
	_, err := calendar.New(nil)
	fmt.Println(errors.Is(err, calendar.ErrNilLocation), err)
	_, err = calendar.New(time.UTC, calendar.WithHours(17*time.Hour, 9*time.Hour))
	fmt.Println(errors.Is(err, calendar.ErrBadHours))
	_, err = calendar.New(time.UTC, calendar.WithHolidays(calendar.Date{Year: 2026, Month: time.February, Day: 30}))
	fmt.Println(errors.Is(err, calendar.ErrBadHoliday))
	// Output:
	// true calendar: nil location
	// true
	// true
}

// The 24x7 clock of Severity 1 and A targets counts every instant, nights,
// weekends and holidays alike (D-SEV-1, SVC-2).
func ExampleCalendar_String() {
	seoul, err := time.LoadLocation("Asia/Seoul")
	if err != nil {
		panic(err)
	}
	cal, err := calendar.New(seoul,
		calendar.WithDayWindows(time.Friday, calendar.Window{Open: 9 * time.Hour, Close: 12 * time.Hour}),
		calendar.WithHolidays(calendar.MustParseDate("2026-09-24"), calendar.MustParseDate("2026-09-25")))
	if err != nil {
		panic(err)
	}
	fmt.Println(cal)
	// Output: Asia/Seoul Mon-Thu 09:00-17:30 Fri 09:00-12:00, 2 holidays 2026-09-24..2026-09-25
}

func ExampleAlwaysOn() {
	seoul, err := time.LoadLocation("Asia/Seoul")
	if err != nil {
		panic(err)
	}
	opened := time.Date(2026, time.September, 25, 23, 50, 0, 0, seoul) // 추석, late evening
	fmt.Println(calendar.AlwaysOn().Add(opened, time.Hour).Format("Mon 2006-01-02 15:04"))
	// Output: Sat 2026-09-26 00:50
}

// When does the business-hours clock start counting for an incident opened
// on a Saturday? D-CLOCK.
func ExampleCalendar_NextOpen() {
	seoul, err := time.LoadLocation("Asia/Seoul")
	if err != nil {
		panic(err)
	}
	cal, err := calendar.New(seoul)
	if err != nil {
		panic(err)
	}
	sat := time.Date(2026, time.March, 14, 11, 0, 0, 0, seoul)
	fmt.Println(cal.IsOpen(sat), cal.NextOpen(sat).Format("Mon 15:04"))
	// Output: false Mon 09:00
}

// The anniversary of 29 February in a common year is 1 March, so a contract
// of whole years from 29 February has that many contract years (D-FLEX-2).
func ExampleDate_Anniversary() {
	start := calendar.MustParseDate("2024-02-29")
	fmt.Println(start.Anniversary(1), start.Anniversary(4))
	// Output: 2025-03-01 2028-02-29
}

// A Work Order "from 2026-01-01 to 2028-12-31 inclusive" is the half-open
// period [2026-01-01, 2029-01-01).
func ExamplePeriod_Contains() {
	term, err := calendar.NewPeriod(calendar.MustParseDate("2026-01-01"), calendar.MustParseDate("2029-01-01"))
	if err != nil {
		panic(err)
	}
	fmt.Println(term, term.Days(), term.Contains(calendar.MustParseDate("2028-12-31")), term.Contains(term.End))
	// Output: 2026-01-01/2029-01-01 1096 true false
}

// A location's calendar can be stored as JSON and read back.
func ExampleCalendar_MarshalJSON() {
	seoul, err := time.LoadLocation("Asia/Seoul")
	if err != nil {
		panic(err)
	}
	cal, err := calendar.New(seoul,
		calendar.WithDayWindows(time.Friday, calendar.Window{Open: 9 * time.Hour, Close: 13 * time.Hour}),
		calendar.WithHolidays(calendar.MustParseDate("2026-09-25")))
	if err != nil {
		panic(err)
	}
	b, err := json.Marshal(cal)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))
	// Output: {"zone":"Asia/Seoul","hours":{"Friday":["09:00-13:00"],"Monday":["09:00-17:30"],"Thursday":["09:00-17:30"],"Tuesday":["09:00-17:30"],"Wednesday":["09:00-17:30"]},"holidays":["2026-09-25"]}
}
