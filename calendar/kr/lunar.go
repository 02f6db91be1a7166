package kr

import (
	"fmt"
	"time"

	"github.com/supportrules/unified/calendar"
)

//go:generate go run gen_lunar_table.go

// lunarYear is one row of the generated table in lunar_table.go.
type lunarYear struct {
	newYear uint8  // day of the solar year of lunar 1/1; 0 is 1 January
	leap    uint8  // the leap month (윤달) follows this regular month; 0 for none
	big     uint16 // bit i: the (i+1)-th month of the year has 30 days, else 29
}

// LunarToSolar returns the Gregorian date of a date in the Korean lunar
// calendar (음력) as published by the Korea Astronomy and Space Science
// Institute (KASI): lunar year, month 1..12, day 1..30, and leap for the leap
// month (윤달) that follows regular month number month.
//
// The Korean calendar reckons new moons and solar terms at UTC+9 (135° E), so
// it differs from the Chinese calendar on some dates: lunar 2027-01-01 is
// 2027-02-07 in Korea, 2027-02-06 in China.
//
// LunarToSolar covers lunar 1900-01-01 (1900-01-31) to lunar 2050-11-18
// (2050-12-31), the range of its source table, verified against KASI data
// month by month. Outside it, it returns an error wrapping [ErrOutOfRange]
// rather than a guess; a date that does not exist (a 30th day of a 29-day
// month, a leap month in a year without one, month 13) gives an error
// wrapping [ErrInvalidLunarDate].
//
// The lunar holidays of [Holidays] (설날, 부처님 오신 날, 추석) come from it.
// Rules D-CAL, SEV-STD-21, DE-3, EDE-9, REDE-15.
func LunarToSolar(year, month, day int, leap bool) (calendar.Date, error) {
	if year < firstLunarYear || year > lastLunarYear {
		return calendar.Date{}, fmt.Errorf("%w: lunar year %d (supported %d..%d)", ErrOutOfRange, year, firstLunarYear, lastLunarYear)
	}
	if month < 1 || month > 12 || day < 1 || day > 30 {
		return calendar.Date{}, fmt.Errorf("%w: %s", ErrInvalidLunarDate, lunarString(year, month, day, leap))
	}
	if year == lastLunarYear && (month > lastLunarMonth || month == lastLunarMonth && (leap || day > lastLunarDay)) {
		return calendar.Date{}, fmt.Errorf("%w: lunar %s is after lunar %d-%02d-%02d, the end of the verified table",
			ErrOutOfRange, lunarString(year, month, day, leap), lastLunarYear, lastLunarMonth, lastLunarDay)
	}
	ly := lunarYears[year-firstLunarYear]
	if leap && int(ly.leap) != month {
		return calendar.Date{}, fmt.Errorf("%w: %s: lunar year %d has no leap month %d", ErrInvalidLunarDate, lunarString(year, month, day, leap), year, month)
	}
	// idx is the month's position in the year, counting a leap month after
	// the regular month of the same number.
	idx := month - 1
	if ly.leap != 0 && (month > int(ly.leap) || leap) {
		idx++
	}
	if day == 30 && ly.big&(1<<idx) == 0 {
		return calendar.Date{}, fmt.Errorf("%w: %s: the month has 29 days", ErrInvalidLunarDate, lunarString(year, month, day, leap))
	}
	return lunarDate(year, ly, idx, day), nil
}

// lunarDate is the solar date of day day of the idx-th month (from 0) of
// lunar year year, whose table row is ly. Inputs are already valid.
func lunarDate(year int, ly lunarYear, idx, day int) calendar.Date {
	days := int(ly.newYear) + day - 1
	for i := range idx {
		days += 29 + int(ly.big>>i&1)
	}
	return calendar.Date{Year: year, Month: time.January, Day: 1}.AddDays(days)
}

// lunarRegular returns the solar date of a regular (non-leap) lunar month
// and day of a year in the table; used for the fixed lunar holidays, which
// never fall in a leap month or on a 30th.
func lunarRegular(year, month, day int) calendar.Date {
	ly := lunarYears[year-firstLunarYear]
	idx := month - 1
	if ly.leap != 0 && month > int(ly.leap) {
		idx++
	}
	return lunarDate(year, ly, idx, day)
}

func lunarString(year, month, day int, leap bool) string {
	s := fmt.Sprintf("%d-%02d-%02d", year, month, day)
	if leap {
		s += " (leap month)"
	}
	return s
}
