package kr

import (
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/supportrules/unified/calendar"
)

// Errors returned by this package; match them with [errors.Is].
var (
	// ErrOutOfRange reports a year or lunar date outside the data this
	// package has verified: [Holidays] knows the years FirstYear..LastYear,
	// [LunarToSolar] lunar 1900-01-01 to lunar 2050-11-18.
	ErrOutOfRange = errors.New("kr: outside the supported range")
	// ErrInvalidLunarDate reports a lunar date that does not exist.
	ErrInvalidLunarDate = errors.New("kr: invalid lunar date")
)

// The years [Holidays] supports. FirstYear is the year 한글날 became a
// public holiday again, the year before substitute holidays began; LastYear
// is the last year of the verified lunar table.
const (
	FirstYear = 2013
	LastYear  = 2050
)

// A Holiday is one public holiday (공휴일) of the Republic of Korea, as the
// Regulations on Holidays of Government Offices (관공서의 공휴일에 관한 규정)
// and, from 2022, the Act on Public Holidays (공휴일에 관한 법률) make it.
//
// Name is the name as the annual 월력요항 (the official almanac) prints it:
// "설날", "3ㆍ1절", "대체공휴일(추석)". When two holidays fall on one date,
// which is then one Holiday, Name joins their names with ", " (2025-05-05 is
// "어린이날, 부처님 오신 날"). English is this package's English name,
// "Substitute holiday (Chuseok)" and the like; it is not gazetted. Substitute
// reports a substitute holiday (대체공휴일).
//
// Holiday values are plain data: comparable with == and round-tripping
// through JSON (Date marshals as "2026-09-25"). The zero Holiday, with its
// invalid zero Date, is no holiday.
type Holiday struct {
	Date       calendar.Date
	Name       string // as gazetted, e.g. "설날", "대체공휴일(추석)"
	English    string // e.g. "Seollal (Lunar New Year)", "Substitute holiday (Chuseok)"
	Substitute bool
}

// trigger says when a holiday earns a substitute day (대체공휴일).
type trigger uint8

const (
	noSubstitute trigger = iota
	// onSunday: the day falls on a Sunday or on another holiday (설날 and
	// 추석 days, 규정 제3조 from 2014).
	onSunday
	// onWeekend: the day falls on a Saturday, a Sunday or another holiday.
	onWeekend
)

// rule is one holiday of the law: a solar date, or a lunar date plus an
// offset in days (the eve and the day after of 설날 and 추석).
type rule struct {
	name, english       string
	subName, subEnglish string // the name of its substitute day
	lunar               bool   // month and day are lunar
	month               time.Month
	day                 int
	offset              int // days after the (lunar) date: -1, 0 or +1
	from, until         int // the years it is a public holiday; 0: no bound (from 0 is before every year)
	sub                 trigger
	subFrom             int // the first year its substitute rule applies (0: from its first year)
}

// in reports whether r is a public holiday in year.
func (r *rule) in(year int) bool {
	return year >= r.from && (r.until == 0 || year <= r.until)
}

// date is the solar date of r in year; year is in FirstYear..LastYear.
func (r *rule) date(year int) calendar.Date {
	if !r.lunar {
		return calendar.Date{Year: year, Month: r.month, Day: r.day}
	}
	return lunarRegular(year, int(r.month), r.day).AddDays(r.offset)
}

// Substitute names.
const (
	seollalSubName    = "대체공휴일(설날)"
	seollalSubEnglish = "Substitute holiday (Seollal)"
	chuseokSubName    = "대체공휴일(추석)"
	chuseokSubEnglish = "Substitute holiday (Chuseok)"
)

// The years from which substitute days are owed, one constant per
// amendment, so that the first substitute day each one produced pins it.
const (
	// 설날, 추석 and 어린이날 (규정 제3조, from 2014; the first was
	// 2014-09-10, for 추석 전날 on a Sunday).
	subFrom2014 = 2014
	// 3ㆍ1절, 광복절, 개천절 and 한글날 (공휴일에 관한 법률, from 2021; the
	// first was 2021-08-16, for 광복절 on a Sunday).
	subFrom2021 = 2021
	// 부처님 오신 날 and 기독탄신일 (from 2023; the first was 2023-05-29,
	// for 부처님 오신 날 on a Saturday).
	subFrom2023 = 2023
)

// rules lists the holidays the law defines by date, solar ones first (the
// order in which the almanac names two holidays on one day). Each row gives
// the years it is law within FirstYear..LastYear and when its substitute
// rule began (규정 제3조; 공휴일에 관한 법률 제3조).
//
// History outside FirstYear..LastYear, for the maintainer: 제헌절 was a
// public holiday until 2007 and 한글날 until 1990 (and again from 2013);
// 식목일 (5 April) was one until 2005.
var rules = [...]rule{
	{name: "1월 1일", english: "New Year's Day", month: time.January, day: 1},
	{name: "3ㆍ1절", english: "Independence Movement Day", month: time.March, day: 1,
		sub: onWeekend, subFrom: subFrom2021, subName: "대체공휴일(3ㆍ1절)", subEnglish: "Substitute holiday (Independence Movement Day)"},
	// 노동절 (Labour Day, formerly 근로자의 날) is a public holiday from 2026,
	// with a substitute day from the start (2027-05-03 for Saturday 2027-05-01).
	{name: "노동절", english: "Labour Day", month: time.May, day: 1, from: 2026,
		sub: onWeekend, subName: "대체공휴일(노동절)", subEnglish: "Substitute holiday (Labour Day)"},
	{name: "어린이날", english: "Children's Day", month: time.May, day: 5,
		sub: onWeekend, subFrom: subFrom2014, subName: "대체공휴일(어린이날)", subEnglish: "Substitute holiday (Children's Day)"},
	{name: "현충일", english: "Memorial Day", month: time.June, day: 6}, // no substitute day
	// 제헌절 (Constitution Day) is a public holiday again from 2026.
	{name: "제헌절", english: "Constitution Day", month: time.July, day: 17, from: 2026,
		sub: onWeekend, subName: "대체공휴일(제헌절)", subEnglish: "Substitute holiday (Constitution Day)"},
	{name: "광복절", english: "Liberation Day", month: time.August, day: 15,
		sub: onWeekend, subFrom: subFrom2021, subName: "대체공휴일(광복절)", subEnglish: "Substitute holiday (Liberation Day)"},
	{name: "개천절", english: "National Foundation Day", month: time.October, day: 3,
		sub: onWeekend, subFrom: subFrom2021, subName: "대체공휴일(개천절)", subEnglish: "Substitute holiday (National Foundation Day)"},
	{name: "한글날", english: "Hangeul Day", month: time.October, day: 9, from: 2013,
		sub: onWeekend, subFrom: subFrom2021, subName: "대체공휴일(한글날)", subEnglish: "Substitute holiday (Hangeul Day)"},
	{name: "기독탄신일", english: "Christmas Day", month: time.December, day: 25,
		sub: onWeekend, subFrom: subFrom2023, subName: "대체공휴일(기독탄신일)", subEnglish: "Substitute holiday (Christmas Day)"},

	{name: "설날 전날", english: "Day before Seollal", lunar: true, month: 1, day: 1, offset: -1,
		sub: onSunday, subFrom: subFrom2014, subName: seollalSubName, subEnglish: seollalSubEnglish},
	{name: "설날", english: "Seollal (Lunar New Year)", lunar: true, month: 1, day: 1,
		sub: onSunday, subFrom: subFrom2014, subName: seollalSubName, subEnglish: seollalSubEnglish},
	{name: "설날 다음 날", english: "Day after Seollal", lunar: true, month: 1, day: 1, offset: 1,
		sub: onSunday, subFrom: subFrom2014, subName: seollalSubName, subEnglish: seollalSubEnglish},
	// Until the amendment of 2017-10-17 the regulation called Buddha's
	// Birthday 석가탄신일.
	{name: "석가탄신일", english: "Buddha's Birthday", lunar: true, month: 4, day: 8, until: 2017},
	{name: "부처님 오신 날", english: "Buddha's Birthday", lunar: true, month: 4, day: 8, from: 2018,
		sub: onWeekend, subFrom: subFrom2023, subName: "대체공휴일(부처님 오신 날)", subEnglish: "Substitute holiday (Buddha's Birthday)"},
	{name: "추석 전날", english: "Day before Chuseok", lunar: true, month: 8, day: 15, offset: -1,
		sub: onSunday, subFrom: subFrom2014, subName: chuseokSubName, subEnglish: chuseokSubEnglish},
	{name: "추석", english: "Chuseok (Korean Thanksgiving)", lunar: true, month: 8, day: 15,
		sub: onSunday, subFrom: subFrom2014, subName: chuseokSubName, subEnglish: chuseokSubEnglish},
	{name: "추석 다음 날", english: "Day after Chuseok", lunar: true, month: 8, day: 15, offset: 1,
		sub: onSunday, subFrom: subFrom2014, subName: chuseokSubName, subEnglish: chuseokSubEnglish},
}

// adHoc lists the holidays no rule predicts, as the almanac and the
// government's announcements gave them: election days (공직선거법 제34조
// elections, public holidays under 규정 제2조) and temporary holidays
// (임시공휴일) designated by the State Council. It ends with the latest
// year announced, 2027; callers add later ones with [calendar.WithHolidays].
// Names from 2018 are those of the almanac, spacing included; earlier ones
// follow the same style.
var adHoc = [...]Holiday{
	{Date: calendar.Date{Year: 2014, Month: time.June, Day: 4}, Name: "전국동시지방선거", English: "Local elections"},
	{Date: calendar.Date{Year: 2015, Month: time.August, Day: 14}, Name: "임시공휴일", English: "Temporary public holiday"},
	{Date: calendar.Date{Year: 2016, Month: time.April, Day: 13}, Name: "제20대 국회의원선거", English: "National Assembly election"},
	{Date: calendar.Date{Year: 2016, Month: time.May, Day: 6}, Name: "임시공휴일", English: "Temporary public holiday"},
	{Date: calendar.Date{Year: 2017, Month: time.May, Day: 9}, Name: "대통령선거", English: "Presidential election"},
	{Date: calendar.Date{Year: 2017, Month: time.October, Day: 2}, Name: "임시공휴일", English: "Temporary public holiday"},
	{Date: calendar.Date{Year: 2018, Month: time.June, Day: 13}, Name: "전국동시지방선거", English: "Local elections"},
	{Date: calendar.Date{Year: 2020, Month: time.April, Day: 15}, Name: "제21대 국회의원선거", English: "National Assembly election"},
	{Date: calendar.Date{Year: 2020, Month: time.August, Day: 17}, Name: "임시공휴일", English: "Temporary public holiday"},
	{Date: calendar.Date{Year: 2022, Month: time.March, Day: 9}, Name: "대통령선거", English: "Presidential election"},
	{Date: calendar.Date{Year: 2022, Month: time.June, Day: 1}, Name: "전국동시지방선거", English: "Local elections"},
	{Date: calendar.Date{Year: 2023, Month: time.October, Day: 2}, Name: "임시공휴일", English: "Temporary public holiday"},
	{Date: calendar.Date{Year: 2024, Month: time.April, Day: 10}, Name: "제22대국회의원선거", English: "National Assembly election"},
	{Date: calendar.Date{Year: 2024, Month: time.October, Day: 1}, Name: "임시공휴일", English: "Temporary public holiday"},
	{Date: calendar.Date{Year: 2025, Month: time.January, Day: 27}, Name: "임시공휴일", English: "Temporary public holiday"},
	{Date: calendar.Date{Year: 2025, Month: time.June, Day: 3}, Name: "임시공휴일(대통령선거)", English: "Temporary public holiday (presidential election)"},
	{Date: calendar.Date{Year: 2026, Month: time.June, Day: 3}, Name: "전국동시지방선거", English: "Local elections"},
}

// maxPerYear bounds the holidays of one year (about 25 in practice).
const maxPerYear = 48

// dated is one holiday of a year before merging: a rule or an ad-hoc entry.
type dated struct {
	date  calendar.Date
	rule  *rule // nil for ad-hoc
	adHoc *Holiday
}

// Holidays returns the public holidays of Korea in year, sorted by date, one
// entry per date, substitute days included: the holidays of the law in the
// years it made them, the lunar ones from [LunarToSolar], the substitute days
// (대체공휴일) of the rules in force that year, and the election days and
// temporary holidays announced so far (through 2027). Each call returns a
// fresh slice.
//
// A substitute day is the first day after the holiday that is neither a
// Saturday, a Sunday nor a holiday. It is owed, from 2014, when a day of
// 설날 or 추석 (eve, day, next day) falls on a Sunday or on another holiday;
// from 2014 when 어린이날 falls on a Saturday, a Sunday or another holiday;
// from 2021 likewise for 3ㆍ1절, 광복절, 개천절 and 한글날; from 2023 for
// 부처님 오신 날 and 기독탄신일; from 2026 for 노동절 and 제헌절. Two holidays
// on one day give one substitute day, named after the lunar holiday when one
// of them is lunar (as the almanac did for 2025-05-06).
//
// Years outside [FirstYear]..[LastYear] give an error wrapping
// [ErrOutOfRange].
//
// Business hours exclude these days: rules D-CAL, SEV-STD-21, DE-3, EDE-9,
// REDE-15 (Appendix A, §2.3, §2.4).
func Holidays(year int) ([]Holiday, error) {
	if year < FirstYear || year > LastYear {
		return nil, fmt.Errorf("%w: year %d (supported %d..%d)", ErrOutOfRange, year, FirstYear, LastYear)
	}
	var buf [maxPerYear]dated
	all := buf[:0]
	for i := range rules {
		r := &rules[i]
		if r.in(year) {
			all = append(all, dated{date: r.date(year), rule: r})
		}
	}
	for i := range adHoc {
		if adHoc[i].Date.Year == year {
			all = append(all, dated{date: adHoc[i].Date, adHoc: &adHoc[i]})
		}
	}
	// A stable sort keeps the rules' order (solar before lunar, ad hoc last)
	// among holidays of one date.
	slices.SortStableFunc(all, func(a, b dated) int { return a.date.Compare(b.date) })

	// base holds one Holiday per date, subs the substitute days as they are
	// found; a substitute's search skips every date in either.
	var base [maxPerYear]Holiday
	var subs [maxPerYear]Holiday
	nb, ns := 0, 0
	isHoliday := func(d calendar.Date) bool {
		for _, h := range base[:nb] {
			if h.Date == d {
				return true
			}
		}
		for _, h := range subs[:ns] {
			if h.Date == d {
				return true
			}
		}
		return false
	}
	// groups[g] is the run of all that shares the date of base[g].
	var groups [maxPerYear][]dated
	for i := 0; i < len(all); {
		j := dateEnd(all, i)
		groups[nb] = all[i:j]
		base[nb] = merge(groups[nb])
		nb++
		i = j
	}
	for _, same := range groups[:nb] {
		if r := owed(same, year); r != nil {
			d := same[0].date.AddDays(1)
			for d.Weekday() == time.Saturday || d.Weekday() == time.Sunday || isHoliday(d) {
				d = d.AddDays(1)
			}
			subs[ns] = Holiday{Date: d, Name: r.subName, English: r.subEnglish, Substitute: true}
			ns++
		}
	}
	// Both lists are in date order (each substitute day lies after the
	// previous one: the days between a holiday and its substitute are all
	// closed), so one merge sorts them.
	res := make([]Holiday, 0, nb+ns)
	b, u := base[:nb], subs[:ns]
	for len(b) > 0 || len(u) > 0 {
		if len(u) == 0 || len(b) > 0 && b[0].Date.Before(u[0].Date) {
			res = append(res, b[0])
			b = b[1:]
		} else {
			res = append(res, u[0])
			u = u[1:]
		}
	}
	return res, nil
}

// dateEnd returns the end of the run of holidays in all, sorted by date,
// that share the date of all[i].
func dateEnd(all []dated, i int) int {
	j := i + 1
	for j < len(all) && all[j].date == all[i].date {
		j++
	}
	return j
}

// merge makes one Holiday of the holidays of one date.
func merge(same []dated) Holiday {
	h := holidayOf(same[0])
	for _, s := range same[1:] {
		o := holidayOf(s)
		h.Name += ", " + o.Name
		h.English += ", " + o.English
	}
	return h
}

func holidayOf(d dated) Holiday {
	if d.adHoc != nil {
		return *d.adHoc
	}
	return Holiday{Date: d.date, Name: d.rule.name, English: d.rule.english}
}

// owed returns the rule whose substitute day the holidays of one date earn
// in year, or nil: a lunar one when several qualify.
func owed(same []dated, year int) *rule {
	wd := same[0].date.Weekday()
	var got *rule
	for _, s := range same {
		r := s.rule
		if r == nil || r.sub == noSubstitute || year < r.subFrom {
			continue
		}
		hit := wd == time.Sunday || len(same) > 1 || (r.sub == onWeekend && wd == time.Saturday)
		if hit && (got == nil || r.lunar && !got.lunar) {
			got = r
		}
	}
	return got
}
