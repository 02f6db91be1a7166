package kr_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/calendar/kr"
)

// slowLaw is a literal transcription of 규정 제2조 and 제3조 (and the Act on
// Public Holidays) for the reference implementation below: each holiday,
// the years it is law, and the substitute clause that covers it.
type slowLaw struct {
	name      string
	solar     func(y int) calendar.Date // nil for lunar ones
	lunarM    int                       // lunar month, day and offset
	lunarD    int
	offset    int
	from, to  int
	block     string // "설날" or "추석": the three-day clause (Sunday or another holiday)
	satSunFrm int    // the Saturday/Sunday/other-holiday clause applies from this year; 0: never
}

func fixed(m time.Month, day int) func(int) calendar.Date {
	return func(y int) calendar.Date { return calendar.Date{Year: y, Month: m, Day: day} }
}

var slowLaws = []slowLaw{
	{name: "1월 1일", solar: fixed(1, 1)},
	{name: "3ㆍ1절", solar: fixed(3, 1), satSunFrm: 2021},
	{name: "노동절", solar: fixed(5, 1), from: 2026, satSunFrm: 2026},
	{name: "어린이날", solar: fixed(5, 5), satSunFrm: 2014},
	{name: "현충일", solar: fixed(6, 6)},
	{name: "제헌절", solar: fixed(7, 17), from: 2026, satSunFrm: 2026},
	{name: "광복절", solar: fixed(8, 15), satSunFrm: 2021},
	{name: "개천절", solar: fixed(10, 3), satSunFrm: 2021},
	{name: "한글날", solar: fixed(10, 9), from: 2013, satSunFrm: 2021},
	{name: "기독탄신일", solar: fixed(12, 25), satSunFrm: 2023},
	{name: "설날 전날", lunarM: 1, lunarD: 1, offset: -1, block: "설날"},
	{name: "설날", lunarM: 1, lunarD: 1, block: "설날"},
	{name: "설날 다음 날", lunarM: 1, lunarD: 1, offset: 1, block: "설날"},
	{name: "석가탄신일", lunarM: 4, lunarD: 8, to: 2017},
	{name: "부처님 오신 날", lunarM: 4, lunarD: 8, from: 2018, satSunFrm: 2023},
	{name: "추석 전날", lunarM: 8, lunarD: 15, offset: -1, block: "추석"},
	{name: "추석", lunarM: 8, lunarD: 15, block: "추석"},
	{name: "추석 다음 날", lunarM: 8, lunarD: 15, offset: 1, block: "추석"},
}

// slowHolidays computes the holidays of year by walking the year day by day,
// as a person with the regulation and an almanac would. Ad-hoc holidays
// (elections, 임시공휴일) are data, so it takes them from got.
func slowHolidays(t *testing.T, year int, got []kr.Holiday) []kr.Holiday {
	t.Helper()
	names := map[calendar.Date][]string{}
	lunarOn := map[calendar.Date]string{}   // the lunar holiday's substitute name, by date
	trigger := map[calendar.Date][]string{} // substitute names owed by the holidays of a date
	type owed struct {
		name string
		sat  bool // Saturday counts (the weekend clause)
	}
	clauses := map[calendar.Date][]owed{}
	for _, l := range slowLaws {
		if (l.from != 0 && year < l.from) || (l.to != 0 && year > l.to) {
			continue
		}
		var day calendar.Date
		if l.solar != nil {
			day = l.solar(year)
		} else {
			base, err := kr.LunarToSolar(year, l.lunarM, l.lunarD, false)
			if err != nil {
				t.Fatalf("LunarToSolar(%d, %d, %d): %v", year, l.lunarM, l.lunarD, err)
			}
			day = base.AddDays(l.offset)
		}
		names[day] = append(names[day], l.name)
		switch {
		case l.block != "" && year >= 2014:
			clauses[day] = append(clauses[day], owed{"대체공휴일(" + l.block + ")", false})
			lunarOn[day] = "대체공휴일(" + l.block + ")"
		case l.satSunFrm != 0 && year >= l.satSunFrm:
			clauses[day] = append(clauses[day], owed{"대체공휴일(" + l.name + ")", true})
			if l.solar == nil {
				lunarOn[day] = "대체공휴일(" + l.name + ")"
			}
		}
	}
	for _, h := range got {
		known := h.Substitute
		for _, l := range slowLaws {
			known = known || strings.Contains(h.Name, l.name)
		}
		if !known { // an election day or a temporary holiday
			names[h.Date] = append(names[h.Date], h.Name)
		}
	}
	// Which dates owe a substitute, and under which name.
	for day, cs := range clauses {
		wd := day.Weekday()
		for _, c := range cs {
			if wd == time.Sunday || len(names[day]) > 1 || (c.sat && wd == time.Saturday) {
				name := c.name
				if n, ok := lunarOn[day]; ok {
					name = n // two holidays on one day: named after the lunar one
				}
				trigger[day] = []string{name} // one substitute per date
			}
		}
	}
	isHoliday := map[calendar.Date]bool{}
	for day := range names {
		isHoliday[day] = true
	}
	isSub := map[calendar.Date]bool{}
	var out []kr.Holiday
	for day := (calendar.Date{Year: year, Month: 1, Day: 1}); day.Year == year; day = day.AddDays(1) {
		if ns, ok := names[day]; ok {
			out = append(out, kr.Holiday{Date: day, Name: strings.Join(ns, ", "), Substitute: isSub[day]})
		}
		for _, sub := range trigger[day] {
			// The first following day that is neither a weekend day nor a holiday.
			next := day.AddDays(1)
			for next.Weekday() == time.Saturday || next.Weekday() == time.Sunday || isHoliday[next] {
				next = next.AddDays(1)
			}
			isHoliday[next], isSub[next] = true, true
			names[next] = []string{sub}
		}
	}
	return out
}

// The fast Holidays agrees with the slow day-by-day reference on every
// supported year — names, dates and substitute flags. Rules D-CAL,
// SEV-STD-21, DE-3, EDE-9, REDE-15.
func TestHolidaysMatchSlowReference(t *testing.T) {
	for y := kr.FirstYear; y <= kr.LastYear; y++ {
		got, err := kr.Holidays(y)
		if err != nil {
			t.Fatalf("Holidays(%d): %v", y, err)
		}
		want := slowHolidays(t, y, got)
		trim := cmp.Transformer("noEnglish", func(hs []kr.Holiday) []kr.Holiday {
			out := slices.Clone(hs)
			for i := range out {
				out[i].English = ""
			}
			return out
		})
		if diff := cmp.Diff(want, got, trim); diff != "" {
			t.Errorf("Holidays(%d) differs from the reference (-slow +fast):\n%s", y, diff)
		}
	}
}
