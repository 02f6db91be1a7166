package kr_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"pgregory.net/rapid"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/calendar/kr"
)

// genYear draws a supported year.
func genYear(t *rapid.T) int {
	return rapid.IntRange(kr.FirstYear, kr.LastYear).Draw(t, "year")
}

// lunarDate is a date of the Korean lunar calendar.
type lunarDate struct {
	Year, Month, Day int
	Leap             bool
}

// before orders lunar dates; a leap month follows the regular month of the
// same number.
func (a lunarDate) before(b lunarDate) bool {
	key := func(l lunarDate) [4]int {
		lp := 0
		if l.Leap {
			lp = 1
		}
		return [4]int{l.Year, l.Month, lp, l.Day}
	}
	ka, kb := key(a), key(b)
	for i := range ka {
		if ka[i] != kb[i] {
			return ka[i] < kb[i]
		}
	}
	return false
}

// genLunar draws a lunar date of the table's range and returns its solar
// date; a combination that does not exist (a leap month the year lacks, the
// 30th of a short month) is skipped.
func genLunar(t *rapid.T, label string) (lunarDate, calendar.Date) {
	l := lunarDate{
		Year:  rapid.IntRange(1900, 2050).Draw(t, label+"Year"),
		Month: rapid.IntRange(1, 12).Draw(t, label+"Month"),
		Day:   rapid.IntRange(1, 30).Draw(t, label+"Day"),
		Leap:  rapid.IntRange(0, 7).Draw(t, label+"LeapOneInEight") == 0,
	}
	s, err := kr.LunarToSolar(l.Year, l.Month, l.Day, l.Leap)
	if errors.Is(err, kr.ErrInvalidLunarDate) || errors.Is(err, kr.ErrOutOfRange) {
		t.Skipf("no such lunar date %+v: %v", l, err)
	}
	if err != nil {
		t.Fatalf("LunarToSolar(%+v): %v", l, err)
	}
	return l, s
}

// D-CAL: a substitute day (대체공휴일) is a working weekday that is not
// otherwise a holiday — Monday to Friday, one holiday only — and it is
// earned: a holiday in the seven days before it fell on a weekend or shared
// its date with another holiday.
func TestSubstituteDaysAreOtherwiseWorkingWeekdays(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		y := genYear(t)
		hs, err := kr.Holidays(y)
		if err != nil {
			t.Fatalf("Holidays(%d): %v", y, err)
		}
		for _, h := range hs {
			if !h.Substitute {
				continue
			}
			if wd := h.Date.Weekday(); wd == time.Saturday || wd == time.Sunday {
				t.Fatalf("substitute day %v (%s) is a %v", h.Date, h.Name, wd)
			}
			if !strings.HasPrefix(h.Name, "대체공휴일(") || strings.Contains(h.Name, ", ") {
				t.Fatalf("substitute day %v is named %q: it coincides with another holiday", h.Date, h.Name)
			}
			earned := false
			for _, o := range hs {
				gap := o.Date.DaysUntil(h.Date)
				wd := o.Date.Weekday()
				if !o.Substitute && gap > 0 && gap <= 7 &&
					(wd == time.Saturday || wd == time.Sunday || strings.Contains(o.Name, ", ")) {
					earned = true
				}
			}
			if !earned {
				t.Fatalf("substitute day %v (%s) follows no holiday on a weekend or on another holiday", h.Date, h.Name)
			}
		}
	})
}

// Holidays(y) lists the holidays of year y in strictly increasing date order:
// sorted, no date twice, every date valid and in y.
func TestHolidaysSortedWithoutDuplicates(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		y := genYear(t)
		hs, err := kr.Holidays(y)
		if err != nil {
			t.Fatalf("Holidays(%d): %v", y, err)
		}
		for i, h := range hs {
			if !h.Date.IsValid() || h.Date.Year != y || h.Name == "" || h.English == "" {
				t.Fatalf("Holidays(%d)[%d] = %+v: invalid, unnamed or in another year", y, i, h)
			}
			if i > 0 && !hs[i-1].Date.Before(h.Date) {
				t.Fatalf("Holidays(%d): %v then %v: not strictly increasing", y, hs[i-1].Date, h.Date)
			}
		}
	})
}

// LunarToSolar is monotone: a later lunar date is a later solar date, and
// two lunar dates are the same day only if they are the same date.
func TestLunarToSolarMonotone(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a, sa := genLunar(t, "first")
		b, sb := genLunar(t, "second")
		switch {
		case a.before(b) && !sa.Before(sb):
			t.Fatalf("lunar %+v is before %+v but falls on %v, not before %v", a, b, sa, sb)
		case b.before(a) && !sb.Before(sa):
			t.Fatalf("lunar %+v is before %+v but falls on %v, not before %v", b, a, sb, sa)
		case a == b && sa != sb:
			t.Fatalf("lunar %+v falls on both %v and %v", a, sa, sb)
		}
	})
}

// The days of a lunar month are consecutive solar days.
func TestLunarMonthDaysAreConsecutive(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		l, s := genLunar(t, "date")
		if l.Day == 1 {
			return
		}
		prev, err := kr.LunarToSolar(l.Year, l.Month, l.Day-1, l.Leap)
		if err != nil || prev.AddDays(1) != s {
			t.Fatalf("lunar %+v is %v but the day before is %v, %v", l, s, prev, err)
		}
	})
}

// D-CAL, SEV-STD-21, DE-3, EDE-9, REDE-15: the Korean calendar's business
// days are exactly the weekdays (Monday to Friday) that are not public
// holidays of Holidays.
func TestCalendarBusinessDaysAreWeekdaysWithoutHolidays(t *testing.T) {
	seoul, err := kr.Calendar()
	if err != nil {
		t.Fatal(err)
	}
	first := calendar.Date{Year: kr.FirstYear, Month: time.January, Day: 1}
	last := calendar.Date{Year: kr.LastYear, Month: time.December, Day: 31}
	rapid.Check(t, func(t *rapid.T) {
		day := first.AddDays(rapid.IntRange(0, first.DaysUntil(last)).Draw(t, "daysAfter2013-01-01"))
		hs, err := kr.Holidays(day.Year)
		if err != nil {
			t.Fatalf("Holidays(%d): %v", day.Year, err)
		}
		holiday := false
		for _, h := range hs {
			holiday = holiday || h.Date == day
		}
		wd := day.Weekday()
		want := wd != time.Saturday && wd != time.Sunday && !holiday
		if got := seoul.IsBusinessDay(day); got != want {
			t.Fatalf("IsBusinessDay(%v, a %v, holiday %v) = %v, want %v", day, wd, holiday, got, want)
		}
	})
}
