package kr_test

import (
	"strconv"
	"testing"

	"github.com/supportrules/unified/calendar/kr"
)

func BenchmarkHolidays(b *testing.B) {
	for _, y := range []int{2025, 2026, 2050} {
		b.Run(strconv.Itoa(y), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := kr.Holidays(y); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkLunarToSolar(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := kr.LunarToSolar(2049, 12, 29, false); err != nil {
			b.Fatal(err)
		}
	}
}

// Every holiday of 2013-2050 into a new Calendar.
func BenchmarkCalendar(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := kr.Calendar(); err != nil {
			b.Fatal(err)
		}
	}
}

// LunarToSolar allocates nothing; Holidays allocates only the slice it
// returns (two holidays on one day add their joined names).
func TestNoAllocs(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() {
		if _, err := kr.LunarToSolar(2026, 8, 15, false); err != nil {
			t.Fatal(err)
		}
	}); n != 0 {
		t.Errorf("LunarToSolar allocates %v times, want 0", n)
	}
	if n := testing.AllocsPerRun(100, func() {
		if _, err := kr.Holidays(2026); err != nil {
			t.Fatal(err)
		}
	}); n != 1 {
		t.Errorf("Holidays(2026) allocates %v times, want 1", n)
	}
}
