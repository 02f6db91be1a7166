package kr_test

import (
	"errors"
	"testing"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/calendar/kr"
)

// LunarToSolar never panics: any input gives a date in the table's solar
// range or an error wrapping one of the package's sentinels; a valid date's
// next day is the next solar day when it exists.
func FuzzLunarToSolar(f *testing.F) {
	f.Add(2026, 8, 15, false)
	f.Add(2025, 6, 1, true)
	f.Add(2050, 11, 18, false)
	f.Add(1900, 1, 1, false)
	f.Add(2026, 2, 30, false)
	f.Add(-1, 0, 0, true)
	first, last := d(1900, 1, 31), d(2050, 12, 31)
	f.Fuzz(func(t *testing.T, year, month, day int, leap bool) {
		got, err := kr.LunarToSolar(year, month, day, leap)
		if err != nil {
			if !errors.Is(err, kr.ErrOutOfRange) && !errors.Is(err, kr.ErrInvalidLunarDate) {
				t.Fatalf("LunarToSolar(%d, %d, %d, %v) error %v wraps no sentinel", year, month, day, leap, err)
			}
			if got != (calendar.Date{}) {
				t.Fatalf("LunarToSolar(%d, %d, %d, %v) = %v with error %v", year, month, day, leap, got, err)
			}
			return
		}
		if !got.IsValid() || got.Before(first) || got.After(last) {
			t.Fatalf("LunarToSolar(%d, %d, %d, %v) = %v, outside %v..%v", year, month, day, leap, got, first, last)
		}
		if next, err := kr.LunarToSolar(year, month, day+1, leap); err == nil && next != got.AddDays(1) {
			t.Fatalf("LunarToSolar(%d, %d, %d, %v) = %v but day %d is %v", year, month, day, leap, got, day+1, next)
		}
	})
}

// Holidays never panics: any year gives a sorted list of dates in that year
// or an error wrapping ErrOutOfRange.
func FuzzHolidays(f *testing.F) {
	f.Add(2026)
	f.Add(kr.FirstYear - 1)
	f.Add(kr.LastYear + 1)
	f.Fuzz(func(t *testing.T, year int) {
		hs, err := kr.Holidays(year)
		inRange := year >= kr.FirstYear && year <= kr.LastYear
		if inRange != (err == nil) || (err != nil && !errors.Is(err, kr.ErrOutOfRange)) {
			t.Fatalf("Holidays(%d) error = %v; supported years %d..%d", year, err, kr.FirstYear, kr.LastYear)
		}
		for i, h := range hs {
			if h.Date.Year != year || (i > 0 && !hs[i-1].Date.Before(h.Date)) {
				t.Fatalf("Holidays(%d)[%d] = %v: out of order or year", year, i, h)
			}
		}
	})
}
