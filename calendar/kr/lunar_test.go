package kr_test

import (
	"bufio"
	"errors"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/calendar/kr"
)

// kasiMonth is one line of testdata/kasi_lunar_months.txt.
type kasiMonth struct {
	year, month int
	leap        bool
	start       calendar.Date
	length      int
	partial     bool
}

func readKASI(t *testing.T) []kasiMonth {
	t.Helper()
	f, err := os.Open("testdata/kasi_lunar_months.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var ms []kasiMonth
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Fields(line)
		if len(fs) < 5 {
			t.Fatalf("bad line %q", line)
		}
		y, err1 := strconv.Atoi(fs[0])
		m, err2 := strconv.Atoi(fs[1])
		n, err3 := strconv.Atoi(fs[4])
		start, err4 := calendar.ParseDate(fs[3])
		if err := errors.Join(err1, err2, err3, err4); err != nil {
			t.Fatalf("bad line %q: %v", line, err)
		}
		ms = append(ms, kasiMonth{y, m, fs[2] == "1", start, n, len(fs) > 5 && fs[5] == "partial"})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return ms
}

// LunarToSolar agrees with KASI's lunar calendar on every day of every lunar
// month from lunar 1900-01-01 to lunar 2050-11-18 (the oracle's range, which
// contains 2000-2050), and rejects the 30th of every 29-day month.
func TestLunarToSolarMatchesKASI(t *testing.T) {
	ms := readKASI(t)
	checked := map[int]bool{}
	leapMonth := map[[2]int]bool{} // {year, month} of every leap month
	for _, m := range ms {
		if m.leap {
			leapMonth[[2]int{m.year, m.month}] = true
		}
	}
	for _, m := range ms {
		if m.year < 1900 {
			continue // the tail of lunar 1899, before the table
		}
		checked[m.year] = true
		for day := 1; day <= m.length; day++ {
			got, err := kr.LunarToSolar(m.year, m.month, day, m.leap)
			if want := m.start.AddDays(day - 1); err != nil || got != want {
				t.Fatalf("LunarToSolar(%d, %d, %d, %v) = %v, %v; want %v (KASI)", m.year, m.month, day, m.leap, got, err, want)
			}
		}
		next := m.length + 1
		_, err := kr.LunarToSolar(m.year, m.month, next, m.leap)
		switch {
		case m.partial && !errors.Is(err, kr.ErrOutOfRange):
			t.Errorf("LunarToSolar(%d, %d, %d, %v) error = %v, want ErrOutOfRange past the oracle", m.year, m.month, next, m.leap, err)
		case !m.partial && !errors.Is(err, kr.ErrInvalidLunarDate):
			t.Errorf("LunarToSolar(%d, %d, %d, %v) error = %v, want ErrInvalidLunarDate (a %d-day month)", m.year, m.month, next, m.leap, err, m.length)
		}
		if !m.leap {
			// The leap flag on a regular month exists only where KASI has that leap month.
			_, err := kr.LunarToSolar(m.year, m.month, 1, true)
			hasLeap := leapMonth[[2]int{m.year, m.month}]
			if got := err == nil; got != hasLeap && !errors.Is(err, kr.ErrOutOfRange) {
				t.Errorf("LunarToSolar(%d, %d, 1, true) error = %v; KASI has that leap month: %v", m.year, m.month, err, hasLeap)
			}
		}
	}
	for y := 2000; y <= 2050; y++ {
		if !checked[y] {
			t.Errorf("the oracle has no months of lunar year %d", y)
		}
	}
}

// Published KASI dates worth a row of their own.
func TestLunarToSolarKnownDates(t *testing.T) {
	tests := []struct {
		name             string
		year, month, day int
		leap             bool
		want             calendar.Date
	}{
		// 설날 2027 is 2027-02-07 in Korea; the Chinese calendar has 02-06.
		{"seollal 2027 korean", 2027, 1, 1, false, d(2027, 2, 7)},
		{"chuseok 2026", 2026, 8, 15, false, d(2026, 9, 25)},
		{"buddha 2025 on children's day", 2025, 4, 8, false, d(2025, 5, 5)},
		// The leap 6th month of 2025 (윤6월) follows the regular 6th.
		{"2025 regular 6/1", 2025, 6, 1, false, d(2025, 6, 25)},
		{"2025 leap 6/1", 2025, 6, 1, true, d(2025, 7, 25)},
		{"2025 7/1 after the leap month", 2025, 7, 1, false, d(2025, 8, 23)},
		// 2033's leap 11th month (the "2033 problem"), as KASI has it.
		{"2033 leap 11/1", 2033, 11, 1, true, d(2033, 12, 22)},
		{"first day of the table", 1900, 1, 1, false, d(1900, 1, 31)},
		{"last day of the table", 2050, 11, 18, false, d(2050, 12, 31)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := kr.LunarToSolar(tt.year, tt.month, tt.day, tt.leap)
			if err != nil || got != tt.want {
				t.Errorf("LunarToSolar(%d, %d, %d, %v) = %v, %v; want %v", tt.year, tt.month, tt.day, tt.leap, got, err, tt.want)
			}
		})
	}
}

func TestLunarToSolarErrors(t *testing.T) {
	tests := []struct {
		name             string
		year, month, day int
		leap             bool
		want             error
	}{
		{"before the table", 1899, 12, 1, false, kr.ErrOutOfRange},
		{"after the table", 2051, 1, 1, false, kr.ErrOutOfRange},
		{"after the oracle's last day", 2050, 11, 19, false, kr.ErrOutOfRange},
		{"month 12 of 2050", 2050, 12, 1, false, kr.ErrOutOfRange},
		{"leap 11 of 2050", 2050, 11, 1, true, kr.ErrOutOfRange},
		{"min int year", math.MinInt, 1, 1, false, kr.ErrOutOfRange},
		{"max int year", math.MaxInt, 1, 1, false, kr.ErrOutOfRange},
		{"month 0", 2026, 0, 1, false, kr.ErrInvalidLunarDate},
		{"month 13", 2026, 13, 1, false, kr.ErrInvalidLunarDate},
		{"day 0", 2026, 1, 0, false, kr.ErrInvalidLunarDate},
		{"day 31", 2026, 1, 31, false, kr.ErrInvalidLunarDate},
		{"negative day", 2026, 1, math.MinInt, false, kr.ErrInvalidLunarDate},
		{"no leap month in 2026", 2026, 6, 1, true, kr.ErrInvalidLunarDate},
		{"2025 leaps the 6th, not the 5th", 2025, 5, 1, true, kr.ErrInvalidLunarDate},
		{"30th of a 29-day month", 2026, 2, 30, false, kr.ErrInvalidLunarDate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := kr.LunarToSolar(tt.year, tt.month, tt.day, tt.leap)
			if !errors.Is(err, tt.want) || got != (calendar.Date{}) {
				t.Errorf("LunarToSolar(%d, %d, %d, %v) = %v, %v; want error %v", tt.year, tt.month, tt.day, tt.leap, got, err, tt.want)
			}
		})
	}
}
