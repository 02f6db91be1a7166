package kr_test

import (
	"encoding/json"
	"errors"
	"math"
	"testing"
	"time"
	_ "time/tzdata"

	"github.com/google/go-cmp/cmp"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/calendar/kr"
)

func d(y int, m time.Month, day int) calendar.Date { return calendar.Date{Year: y, Month: m, Day: day} }

type row struct {
	date       string
	name       string
	substitute bool
}

// gazetted is every public holiday of 2018-2027 as the annual 월력요항
// (Korea AeroSpace Administration / KASI) printed it, dumped from the npm
// package @hyunbinseo/holidays-kr 5.2027.1 (MIT licence, (c) 2023 Hyunbin
// Seo, https://github.com/hyunbinseo/holidays-kr), which transcribes the
// almanac. Where the almanac lists two names on one date (2025-05-05) they
// are joined with ", ".
var gazetted = []row{
	// 2018
	{"2018-01-01", "1월 1일", false},
	{"2018-02-15", "설날 전날", false},
	{"2018-02-16", "설날", false},
	{"2018-02-17", "설날 다음 날", false},
	{"2018-03-01", "3ㆍ1절", false},
	{"2018-05-05", "어린이날", false},
	{"2018-05-07", "대체공휴일(어린이날)", true},
	{"2018-05-22", "부처님 오신 날", false},
	{"2018-06-06", "현충일", false},
	{"2018-06-13", "전국동시지방선거", false},
	{"2018-08-15", "광복절", false},
	{"2018-09-23", "추석 전날", false},
	{"2018-09-24", "추석", false},
	{"2018-09-25", "추석 다음 날", false},
	{"2018-09-26", "대체공휴일(추석)", true},
	{"2018-10-03", "개천절", false},
	{"2018-10-09", "한글날", false},
	{"2018-12-25", "기독탄신일", false},
	// 2019
	{"2019-01-01", "1월 1일", false},
	{"2019-02-04", "설날 전날", false},
	{"2019-02-05", "설날", false},
	{"2019-02-06", "설날 다음 날", false},
	{"2019-03-01", "3ㆍ1절", false},
	{"2019-05-05", "어린이날", false},
	{"2019-05-06", "대체공휴일(어린이날)", true},
	{"2019-05-12", "부처님 오신 날", false},
	{"2019-06-06", "현충일", false},
	{"2019-08-15", "광복절", false},
	{"2019-09-12", "추석 전날", false},
	{"2019-09-13", "추석", false},
	{"2019-09-14", "추석 다음 날", false},
	{"2019-10-03", "개천절", false},
	{"2019-10-09", "한글날", false},
	{"2019-12-25", "기독탄신일", false},
	// 2020
	{"2020-01-01", "1월 1일", false},
	{"2020-01-24", "설날 전날", false},
	{"2020-01-25", "설날", false},
	{"2020-01-26", "설날 다음 날", false},
	{"2020-01-27", "대체공휴일(설날)", true},
	{"2020-03-01", "3ㆍ1절", false},
	{"2020-04-15", "제21대 국회의원선거", false},
	{"2020-04-30", "부처님 오신 날", false},
	{"2020-05-05", "어린이날", false},
	{"2020-06-06", "현충일", false},
	{"2020-08-15", "광복절", false},
	{"2020-08-17", "임시공휴일", false},
	{"2020-09-30", "추석 전날", false},
	{"2020-10-01", "추석", false},
	{"2020-10-02", "추석 다음 날", false},
	{"2020-10-03", "개천절", false},
	{"2020-10-09", "한글날", false},
	{"2020-12-25", "기독탄신일", false},
	// 2021
	{"2021-01-01", "1월 1일", false},
	{"2021-02-11", "설날 전날", false},
	{"2021-02-12", "설날", false},
	{"2021-02-13", "설날 다음 날", false},
	{"2021-03-01", "3ㆍ1절", false},
	{"2021-05-05", "어린이날", false},
	{"2021-05-19", "부처님 오신 날", false},
	{"2021-06-06", "현충일", false},
	{"2021-08-15", "광복절", false},
	{"2021-08-16", "대체공휴일(광복절)", true},
	{"2021-09-20", "추석 전날", false},
	{"2021-09-21", "추석", false},
	{"2021-09-22", "추석 다음 날", false},
	{"2021-10-03", "개천절", false},
	{"2021-10-04", "대체공휴일(개천절)", true},
	{"2021-10-09", "한글날", false},
	{"2021-10-11", "대체공휴일(한글날)", true},
	{"2021-12-25", "기독탄신일", false},
	// 2022
	{"2022-01-01", "1월 1일", false},
	{"2022-01-31", "설날 전날", false},
	{"2022-02-01", "설날", false},
	{"2022-02-02", "설날 다음 날", false},
	{"2022-03-01", "3ㆍ1절", false},
	{"2022-03-09", "대통령선거", false},
	{"2022-05-05", "어린이날", false},
	{"2022-05-08", "부처님 오신 날", false},
	{"2022-06-01", "전국동시지방선거", false},
	{"2022-06-06", "현충일", false},
	{"2022-08-15", "광복절", false},
	{"2022-09-09", "추석 전날", false},
	{"2022-09-10", "추석", false},
	{"2022-09-11", "추석 다음 날", false},
	{"2022-09-12", "대체공휴일(추석)", true},
	{"2022-10-03", "개천절", false},
	{"2022-10-09", "한글날", false},
	{"2022-10-10", "대체공휴일(한글날)", true},
	{"2022-12-25", "기독탄신일", false},
	// 2023
	{"2023-01-01", "1월 1일", false},
	{"2023-01-21", "설날 전날", false},
	{"2023-01-22", "설날", false},
	{"2023-01-23", "설날 다음 날", false},
	{"2023-01-24", "대체공휴일(설날)", true},
	{"2023-03-01", "3ㆍ1절", false},
	{"2023-05-05", "어린이날", false},
	{"2023-05-27", "부처님 오신 날", false},
	{"2023-05-29", "대체공휴일(부처님 오신 날)", true},
	{"2023-06-06", "현충일", false},
	{"2023-08-15", "광복절", false},
	{"2023-09-28", "추석 전날", false},
	{"2023-09-29", "추석", false},
	{"2023-09-30", "추석 다음 날", false},
	{"2023-10-02", "임시공휴일", false},
	{"2023-10-03", "개천절", false},
	{"2023-10-09", "한글날", false},
	{"2023-12-25", "기독탄신일", false},
	// 2024
	{"2024-01-01", "1월 1일", false},
	{"2024-02-09", "설날 전날", false},
	{"2024-02-10", "설날", false},
	{"2024-02-11", "설날 다음 날", false},
	{"2024-02-12", "대체공휴일(설날)", true},
	{"2024-03-01", "3ㆍ1절", false},
	{"2024-04-10", "제22대국회의원선거", false},
	{"2024-05-05", "어린이날", false},
	{"2024-05-06", "대체공휴일(어린이날)", true},
	{"2024-05-15", "부처님 오신 날", false},
	{"2024-06-06", "현충일", false},
	{"2024-08-15", "광복절", false},
	{"2024-09-16", "추석 전날", false},
	{"2024-09-17", "추석", false},
	{"2024-09-18", "추석 다음 날", false},
	{"2024-10-01", "임시공휴일", false},
	{"2024-10-03", "개천절", false},
	{"2024-10-09", "한글날", false},
	{"2024-12-25", "기독탄신일", false},
	// 2025
	{"2025-01-01", "1월 1일", false},
	{"2025-01-27", "임시공휴일", false},
	{"2025-01-28", "설날 전날", false},
	{"2025-01-29", "설날", false},
	{"2025-01-30", "설날 다음 날", false},
	{"2025-03-01", "3ㆍ1절", false},
	{"2025-03-03", "대체공휴일(3ㆍ1절)", true},
	{"2025-05-05", "어린이날, 부처님 오신 날", false},
	{"2025-05-06", "대체공휴일(부처님 오신 날)", true},
	{"2025-06-03", "임시공휴일(대통령선거)", false},
	{"2025-06-06", "현충일", false},
	{"2025-08-15", "광복절", false},
	{"2025-10-03", "개천절", false},
	{"2025-10-05", "추석 전날", false},
	{"2025-10-06", "추석", false},
	{"2025-10-07", "추석 다음 날", false},
	{"2025-10-08", "대체공휴일(추석)", true},
	{"2025-10-09", "한글날", false},
	{"2025-12-25", "기독탄신일", false},
	// 2026
	{"2026-01-01", "1월 1일", false},
	{"2026-02-16", "설날 전날", false},
	{"2026-02-17", "설날", false},
	{"2026-02-18", "설날 다음 날", false},
	{"2026-03-01", "3ㆍ1절", false},
	{"2026-03-02", "대체공휴일(3ㆍ1절)", true},
	{"2026-05-01", "노동절", false},
	{"2026-05-05", "어린이날", false},
	{"2026-05-24", "부처님 오신 날", false},
	{"2026-05-25", "대체공휴일(부처님 오신 날)", true},
	{"2026-06-03", "전국동시지방선거", false},
	{"2026-06-06", "현충일", false},
	{"2026-07-17", "제헌절", false},
	{"2026-08-15", "광복절", false},
	{"2026-08-17", "대체공휴일(광복절)", true},
	{"2026-09-24", "추석 전날", false},
	{"2026-09-25", "추석", false},
	{"2026-09-26", "추석 다음 날", false},
	{"2026-10-03", "개천절", false},
	{"2026-10-05", "대체공휴일(개천절)", true},
	{"2026-10-09", "한글날", false},
	{"2026-12-25", "기독탄신일", false},
	// 2027
	{"2027-01-01", "1월 1일", false},
	{"2027-02-06", "설날 전날", false},
	{"2027-02-07", "설날", false},
	{"2027-02-08", "설날 다음 날", false},
	{"2027-02-09", "대체공휴일(설날)", true},
	{"2027-03-01", "3ㆍ1절", false},
	{"2027-05-01", "노동절", false},
	{"2027-05-03", "대체공휴일(노동절)", true},
	{"2027-05-05", "어린이날", false},
	{"2027-05-13", "부처님 오신 날", false},
	{"2027-06-06", "현충일", false},
	{"2027-07-17", "제헌절", false},
	{"2027-07-19", "대체공휴일(제헌절)", true},
	{"2027-08-15", "광복절", false},
	{"2027-08-16", "대체공휴일(광복절)", true},
	{"2027-09-14", "추석 전날", false},
	{"2027-09-15", "추석", false},
	{"2027-09-16", "추석 다음 날", false},
	{"2027-10-03", "개천절", false},
	{"2027-10-04", "대체공휴일(개천절)", true},
	{"2027-10-09", "한글날", false},
	{"2027-10-11", "대체공휴일(한글날)", true},
	{"2027-12-25", "기독탄신일", false},
	{"2027-12-27", "대체공휴일(기독탄신일)", true},
}

// Every holiday of 2018-2027 exactly as gazetted: dates, names and which
// are substitute days (대체공휴일). Rules D-CAL, SEV-STD-21, DE-3, EDE-9, REDE-15.
func TestHolidaysGazetted2018To2027(t *testing.T) {
	want := map[int][]row{}
	for _, r := range gazetted {
		y := calendar.MustParseDate(r.date).Year
		want[y] = append(want[y], r)
	}
	for y := 2018; y <= 2027; y++ {
		hs, err := kr.Holidays(y)
		if err != nil {
			t.Fatalf("Holidays(%d): %v", y, err)
		}
		var got []row
		for _, h := range hs {
			got = append(got, row{h.Date.String(), h.Name, h.Substitute})
		}
		if diff := cmp.Diff(want[y], got, cmp.AllowUnexported(row{})); diff != "" {
			t.Errorf("Holidays(%d) mismatch (-want +got):\n%s", y, diff)
		}
	}
}

// The years 2013-2017 lie before the oracle's data. Their rows follow the
// regulation as it then stood; each boundary of the law has a row.
func TestHolidays2013To2017(t *testing.T) {
	want := map[int][]row{
		// 한글날 is a public holiday again; no substitute days yet, so 설날
		// on Sunday 2013-02-10 and 어린이날 on Sunday 2013-05-05 earn none.
		2013: {
			{"2013-01-01", "1월 1일", false},
			{"2013-02-09", "설날 전날", false},
			{"2013-02-10", "설날", false},
			{"2013-02-11", "설날 다음 날", false},
			{"2013-03-01", "3ㆍ1절", false},
			{"2013-05-05", "어린이날", false},
			{"2013-05-17", "석가탄신일", false},
			{"2013-06-06", "현충일", false},
			{"2013-08-15", "광복절", false},
			{"2013-09-18", "추석 전날", false},
			{"2013-09-19", "추석", false},
			{"2013-09-20", "추석 다음 날", false},
			{"2013-10-03", "개천절", false},
			{"2013-10-09", "한글날", false},
			{"2013-12-25", "기독탄신일", false},
		},
		// The first substitute day: 추석 전날 on Sunday 2014-09-07.
		2014: {
			{"2014-01-01", "1월 1일", false},
			{"2014-01-30", "설날 전날", false},
			{"2014-01-31", "설날", false},
			{"2014-02-01", "설날 다음 날", false}, // a Saturday earns nothing for 설날
			{"2014-03-01", "3ㆍ1절", false},    // Saturday, before 2021: nothing
			{"2014-05-05", "어린이날", false},
			{"2014-05-06", "석가탄신일", false},
			{"2014-06-04", "전국동시지방선거", false},
			{"2014-06-06", "현충일", false},
			{"2014-08-15", "광복절", false},
			{"2014-09-07", "추석 전날", false},
			{"2014-09-08", "추석", false},
			{"2014-09-09", "추석 다음 날", false},
			{"2014-09-10", "대체공휴일(추석)", true},
			{"2014-10-03", "개천절", false},
			{"2014-10-09", "한글날", false},
			{"2014-12-25", "기독탄신일", false},
		},
		2015: {
			{"2015-01-01", "1월 1일", false},
			{"2015-02-18", "설날 전날", false},
			{"2015-02-19", "설날", false},
			{"2015-02-20", "설날 다음 날", false},
			{"2015-03-01", "3ㆍ1절", false}, // Sunday, before 2021: nothing
			{"2015-05-05", "어린이날", false},
			{"2015-05-25", "석가탄신일", false},
			{"2015-06-06", "현충일", false},
			{"2015-08-14", "임시공휴일", false},
			{"2015-08-15", "광복절", false},
			{"2015-09-26", "추석 전날", false},
			{"2015-09-27", "추석", false},
			{"2015-09-28", "추석 다음 날", false},
			{"2015-09-29", "대체공휴일(추석)", true},
			{"2015-10-03", "개천절", false},
			{"2015-10-09", "한글날", false},
			{"2015-12-25", "기독탄신일", false},
		},
		2016: {
			{"2016-01-01", "1월 1일", false},
			{"2016-02-07", "설날 전날", false},
			{"2016-02-08", "설날", false},
			{"2016-02-09", "설날 다음 날", false},
			{"2016-02-10", "대체공휴일(설날)", true},
			{"2016-03-01", "3ㆍ1절", false},
			{"2016-04-13", "제20대 국회의원선거", false},
			{"2016-05-05", "어린이날", false},
			{"2016-05-06", "임시공휴일", false},
			{"2016-05-14", "석가탄신일", false},
			{"2016-06-06", "현충일", false},
			{"2016-08-15", "광복절", false},
			{"2016-09-14", "추석 전날", false},
			{"2016-09-15", "추석", false},
			{"2016-09-16", "추석 다음 날", false},
			{"2016-10-03", "개천절", false},
			{"2016-10-09", "한글날", false},
			{"2016-12-25", "기독탄신일", false},
		},
		// 개천절 coincides with 추석 전날: one date, one substitute day.
		2017: {
			{"2017-01-01", "1월 1일", false},
			{"2017-01-27", "설날 전날", false},
			{"2017-01-28", "설날", false},
			{"2017-01-29", "설날 다음 날", false},
			{"2017-01-30", "대체공휴일(설날)", true},
			{"2017-03-01", "3ㆍ1절", false},
			{"2017-05-03", "석가탄신일", false},
			{"2017-05-05", "어린이날", false},
			{"2017-05-09", "대통령선거", false},
			{"2017-06-06", "현충일", false},
			{"2017-08-15", "광복절", false},
			{"2017-10-02", "임시공휴일", false},
			{"2017-10-03", "개천절, 추석 전날", false},
			{"2017-10-04", "추석", false},
			{"2017-10-05", "추석 다음 날", false},
			{"2017-10-06", "대체공휴일(추석)", true},
			{"2017-10-09", "한글날", false},
			{"2017-12-25", "기독탄신일", false},
		},
	}
	for y := 2013; y <= 2017; y++ {
		hs, err := kr.Holidays(y)
		if err != nil {
			t.Fatalf("Holidays(%d): %v", y, err)
		}
		var got []row
		for _, h := range hs {
			got = append(got, row{h.Date.String(), h.Name, h.Substitute})
		}
		if diff := cmp.Diff(want[y], got, cmp.AllowUnexported(row{})); diff != "" {
			t.Errorf("Holidays(%d) mismatch (-want +got):\n%s", y, diff)
		}
	}
}

// find returns the holiday on date, if any.
func find(t *testing.T, date calendar.Date) (kr.Holiday, bool) {
	t.Helper()
	hs, err := kr.Holidays(date.Year)
	if err != nil {
		t.Fatalf("Holidays(%d): %v", date.Year, err)
	}
	for _, h := range hs {
		if h.Date == date {
			return h, true
		}
	}
	return kr.Holiday{}, false
}

// Single days on the boundaries of the law, in full (English included).
func TestHolidaysBoundaries(t *testing.T) {
	tests := []struct {
		name string
		date calendar.Date
		want kr.Holiday // zero: not a holiday
	}{
		// The substitute days the issue names.
		{"seollal 2024 on Saturday and Sunday", d(2024, 2, 12), kr.Holiday{d(2024, 2, 12), "대체공휴일(설날)", "Substitute holiday (Seollal)", true}},
		{"chuseok eve 2025 on Sunday", d(2025, 10, 8), kr.Holiday{d(2025, 10, 8), "대체공휴일(추석)", "Substitute holiday (Chuseok)", true}},
		{"labour day 2027 on Saturday", d(2027, 5, 3), kr.Holiday{d(2027, 5, 3), "대체공휴일(노동절)", "Substitute holiday (Labour Day)", true}},
		// 설날 2027 is 7 February in Korea (6 February in China).
		{"seollal 2027 Korean date", d(2027, 2, 7), kr.Holiday{d(2027, 2, 7), "설날", "Seollal (Lunar New Year)", false}},
		{"no seollal 2027-02-05", d(2027, 2, 5), kr.Holiday{}},
		// 노동절 and 제헌절 from 2026 only.
		{"labour day 2025 not yet", d(2025, 5, 1), kr.Holiday{}},
		{"labour day 2026", d(2026, 5, 1), kr.Holiday{d(2026, 5, 1), "노동절", "Labour Day", false}},
		{"constitution day 2025 not yet", d(2025, 7, 17), kr.Holiday{}},
		{"constitution day 2026", d(2026, 7, 17), kr.Holiday{d(2026, 7, 17), "제헌절", "Constitution Day", false}},
		{"constitution day 2027 substitute", d(2027, 7, 19), kr.Holiday{d(2027, 7, 19), "대체공휴일(제헌절)", "Substitute holiday (Constitution Day)", true}},
		// 현충일 never earns a substitute day.
		{"memorial day 2027 sunday", d(2027, 6, 7), kr.Holiday{}},
		// Saturday 추석 다음 날 earns nothing (only Sunday or another holiday).
		{"chuseok 2026 saturday", d(2026, 9, 28), kr.Holiday{}},
		// 부처님 오신 날 and 기독탄신일 substitutes begin in 2023.
		{"christmas 2022 sunday: nothing", d(2022, 12, 26), kr.Holiday{}},
		{"buddha 2023 saturday", d(2023, 5, 29), kr.Holiday{d(2023, 5, 29), "대체공휴일(부처님 오신 날)", "Substitute holiday (Buddha's Birthday)", true}},
		// Two holidays on one day: one date, both names; one substitute named after the lunar one.
		{"children and buddha 2025", d(2025, 5, 5), kr.Holiday{d(2025, 5, 5), "어린이날, 부처님 오신 날", "Children's Day, Buddha's Birthday", false}},
		{"children and buddha 2025 substitute", d(2025, 5, 6), kr.Holiday{d(2025, 5, 6), "대체공휴일(부처님 오신 날)", "Substitute holiday (Buddha's Birthday)", true}},
		{"children and buddha 2025 only one substitute", d(2025, 5, 7), kr.Holiday{}},
		// Beyond the gazetted years: 개천절 is 추석 in 2028 (Tue 2028-10-03).
		{"foundation and chuseok 2028", d(2028, 10, 3), kr.Holiday{d(2028, 10, 3), "개천절, 추석", "National Foundation Day, Chuseok (Korean Thanksgiving)", false}},
		{"foundation and chuseok 2028 substitute", d(2028, 10, 5), kr.Holiday{d(2028, 10, 5), "대체공휴일(추석)", "Substitute holiday (Chuseok)", true}},
		{"foundation and chuseok 2028 only one substitute", d(2028, 10, 6), kr.Holiday{}},
		// This package's reading where the gazetted years have no precedent:
		// two days of one 추석 earn a substitute each — 2036-10-03 (개천절 and
		// 추석 전날) and Sunday 2036-10-05 (추석 다음 날).
		{"chuseok 2036 two substitutes, first", d(2036, 10, 6), kr.Holiday{d(2036, 10, 6), "대체공휴일(추석)", "Substitute holiday (Chuseok)", true}},
		{"chuseok 2036 two substitutes, second", d(2036, 10, 7), kr.Holiday{d(2036, 10, 7), "대체공휴일(추석)", "Substitute holiday (Chuseok)", true}},
		{"children and buddha 2044 substitute", d(2044, 5, 6), kr.Holiday{d(2044, 5, 6), "대체공휴일(부처님 오신 날)", "Substitute holiday (Buddha's Birthday)", true}},
		// The last supported year.
		{"seollal 2050", d(2050, 1, 23), kr.Holiday{d(2050, 1, 23), "설날", "Seollal (Lunar New Year)", false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := find(t, tt.date)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("holiday on %v mismatch (-want +got):\n%s", tt.date, diff)
			}
		})
	}
}

func TestHolidaysOutOfRange(t *testing.T) {
	for _, y := range []int{math.MinInt, -1, 0, 1999, kr.FirstYear - 1, kr.LastYear + 1, 9999, math.MaxInt} {
		hs, err := kr.Holidays(y)
		if !errors.Is(err, kr.ErrOutOfRange) || hs != nil {
			t.Errorf("Holidays(%d) = %v, %v; want nil, ErrOutOfRange", y, hs, err)
		}
	}
	for _, y := range []int{kr.FirstYear, kr.LastYear} {
		if _, err := kr.Holidays(y); err != nil {
			t.Errorf("Holidays(%d): %v", y, err)
		}
	}
}

// The one test of the message format.
func TestErrorMessages(t *testing.T) {
	_, err := kr.Holidays(2051)
	if got, want := err.Error(), "kr: outside the supported range: year 2051 (supported 2013..2050)"; got != want {
		t.Errorf("Holidays(2051) error = %q, want %q", got, want)
	}
	_, err = kr.LunarToSolar(2026, 2, 30, false)
	if got, want := err.Error(), "kr: invalid lunar date: 2026-02-30: the month has 29 days"; got != want {
		t.Errorf("LunarToSolar(2026, 2, 30) error = %q, want %q", got, want)
	}
}

// Holidays returns a fresh slice: changing it changes nothing for the next caller.
func TestHolidaysFreshSlice(t *testing.T) {
	a, err := kr.Holidays(2026)
	if err != nil {
		t.Fatal(err)
	}
	want := a[0]
	a[0].Name = "changed"
	a[0].Date = d(2026, 1, 2)
	b, err := kr.Holidays(2026)
	if err != nil {
		t.Fatal(err)
	}
	if b[0] != want {
		t.Errorf("Holidays(2026)[0] = %v after the caller changed its copy; want %v", b[0], want)
	}
}

func TestHolidayJSONRoundTrip(t *testing.T) {
	hs, err := kr.Holidays(2025)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(hs)
	if err != nil {
		t.Fatal(err)
	}
	var back []kr.Holiday
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(hs, back); diff != "" {
		t.Errorf("JSON round trip mismatch (-want +got):\n%s", diff)
	}
}
