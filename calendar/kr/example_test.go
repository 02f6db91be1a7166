package kr_test

import (
	"fmt"
	"time"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/calendar/kr"
)

// The public holidays of 2026: 노동절 becomes a public holiday and 제헌절 is
// one again; four holidays on a weekend earn substitute days (대체공휴일),
// while 현충일 and 추석 다음 날 on a Saturday earn none (D-CAL).
func ExampleHolidays() {
	hs, err := kr.Holidays(2026)
	if err != nil {
		panic(err)
	}
	for _, h := range hs {
		fmt.Printf("%v %s  %s | %s\n", h.Date, h.Date.Weekday().String()[:3], h.Name, h.English)
	}
	// Output:
	// 2026-01-01 Thu  1월 1일 | New Year's Day
	// 2026-02-16 Mon  설날 전날 | Day before Seollal
	// 2026-02-17 Tue  설날 | Seollal (Lunar New Year)
	// 2026-02-18 Wed  설날 다음 날 | Day after Seollal
	// 2026-03-01 Sun  3ㆍ1절 | Independence Movement Day
	// 2026-03-02 Mon  대체공휴일(3ㆍ1절) | Substitute holiday (Independence Movement Day)
	// 2026-05-01 Fri  노동절 | Labour Day
	// 2026-05-05 Tue  어린이날 | Children's Day
	// 2026-05-24 Sun  부처님 오신 날 | Buddha's Birthday
	// 2026-05-25 Mon  대체공휴일(부처님 오신 날) | Substitute holiday (Buddha's Birthday)
	// 2026-06-03 Wed  전국동시지방선거 | Local elections
	// 2026-06-06 Sat  현충일 | Memorial Day
	// 2026-07-17 Fri  제헌절 | Constitution Day
	// 2026-08-15 Sat  광복절 | Liberation Day
	// 2026-08-17 Mon  대체공휴일(광복절) | Substitute holiday (Liberation Day)
	// 2026-09-24 Thu  추석 전날 | Day before Chuseok
	// 2026-09-25 Fri  추석 | Chuseok (Korean Thanksgiving)
	// 2026-09-26 Sat  추석 다음 날 | Day after Chuseok
	// 2026-10-03 Sat  개천절 | National Foundation Day
	// 2026-10-05 Mon  대체공휴일(개천절) | Substitute holiday (National Foundation Day)
	// 2026-10-09 Fri  한글날 | Hangeul Day
	// 2026-12-25 Fri  기독탄신일 | Christmas Day
}

// A Severity B incident opened in Seoul at 16:30 on Wednesday 2026-09-23,
// the day before 추석, has a first-response target of 2 business hours
// (rules SEV-STD-13, D-SEV-1). One hour counts on Wednesday; 추석 (Thursday
// to Saturday) and Sunday do not count (SEV-STD-21, D-CAL), so the target
// falls at 10:00 on Monday 2026-09-28.
func ExampleCalendar() {
	seoul, err := kr.Calendar()
	if err != nil {
		panic(err)
	}
	opened := time.Date(2026, time.September, 23, 16, 30, 0, 0, seoul.Location())
	due := seoul.Add(opened, 2*time.Hour)
	fmt.Println("opened:", opened.Format("Mon 2006-01-02 15:04 MST"))
	fmt.Println("due:   ", due.Format("Mon 2006-01-02 15:04 MST"))
	// Output:
	// opened: Wed 2026-09-23 16:30 KST
	// due:    Mon 2026-09-28 10:00 KST
}

// 추석 (lunar 8/15) of 2026 and 설날 (lunar 1/1) of 2027, which the Korean
// calendar puts a day later than the Chinese one.
func ExampleLunarToSolar() {
	chuseok, err := kr.LunarToSolar(2026, 8, 15, false)
	if err != nil {
		panic(err)
	}
	seollal, err := kr.LunarToSolar(2027, 1, 1, false)
	if err != nil {
		panic(err)
	}
	fmt.Println(chuseok, seollal)
	// Output: 2026-09-25 2027-02-07
}

// Election days and temporary holidays announced after this package's data
// (which ends with 2027) are added as options. The National Assembly
// election of 2028 falls on Wednesday 2028-04-12 (공직선거법 제34조: the
// first Wednesday from the 50th day before the term ends). A Severity B
// target of 2 business hours (SEV-STD-13) from Tuesday 17:00 then skips it
// (D-CAL).
func ExampleCalendar_addHolidays() {
	election := calendar.Date{Year: 2028, Month: time.April, Day: 12}
	without, err := kr.Calendar()
	if err != nil {
		panic(err)
	}
	with, err := kr.Calendar(calendar.WithHolidays(election))
	if err != nil {
		panic(err)
	}
	opened := time.Date(2028, time.April, 11, 17, 0, 0, 0, with.Location())
	fmt.Println("data only:    ", without.Add(opened, 2*time.Hour).Format("Mon 2006-01-02 15:04"))
	fmt.Println("with election:", with.Add(opened, 2*time.Hour).Format("Mon 2006-01-02 15:04"))
	// Output:
	// data only:     Wed 2028-04-12 10:30
	// with election: Thu 2028-04-13 10:30
}
