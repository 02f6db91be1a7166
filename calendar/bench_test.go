package calendar_test

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/supportrules/unified/calendar"
)

// tenYearsOfHolidays returns 15 holidays a year for 2020–2029, spread over
// the year the way public holidays are.
func tenYearsOfHolidays() []calendar.Date {
	var hs []calendar.Date
	for y := 2020; y < 2030; y++ {
		for _, md := range [][2]int{{1, 1}, {1, 28}, {1, 29}, {1, 30}, {3, 1}, {5, 5}, {5, 15}, {6, 6}, {8, 15}, {9, 16}, {9, 17}, {9, 18}, {10, 3}, {10, 9}, {12, 25}} {
			hs = append(hs, calendar.Date{Year: y, Month: time.Month(md[0]), Day: md[1]})
		}
	}
	return hs
}

func benchCalendar(b *testing.B, zone string, opts ...calendar.Option) *calendar.Calendar {
	cal, err := calendar.New(mustLoad(zone), append([]calendar.Option{calendar.WithHolidays(tenYearsOfHolidays()...)}, opts...)...)
	if err != nil {
		b.Fatal(err)
	}
	// Build the dense table before timing, as a long-lived calendar has.
	cal.IsOpen(time.Date(2026, time.March, 13, 16, 0, 0, 0, cal.Location()))
	return cal
}

// spans are the budgets of the arithmetic benchmarks: the cost is flat from
// 2 hours to 4,000 hours (issue 15).
var spans = []struct {
	name string
	d    time.Duration
}{{"2h", 2 * time.Hour}, {"4h", 4 * time.Hour}, {"40h", 40 * time.Hour}, {"400h", 400 * time.Hour}, {"4000h", 4000 * time.Hour}}

func BenchmarkAdd(b *testing.B) {
	for _, zone := range []string{"Asia/Seoul", "America/New_York"} {
		cal := benchCalendar(b, zone)
		start := time.Date(2026, time.March, 13, 16, 0, 0, 0, cal.Location())
		for _, bc := range spans {
			b.Run(zone+"/"+bc.name, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					cal.Add(start, bc.d)
				}
			})
		}
	}
}

func BenchmarkBetween(b *testing.B) {
	for _, zone := range []string{"Asia/Seoul", "America/New_York"} {
		cal := benchCalendar(b, zone)
		start := time.Date(2026, time.March, 13, 16, 0, 0, 0, cal.Location())
		for _, bc := range spans {
			end := cal.Add(start, bc.d)
			b.Run(zone+"/"+bc.name, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					cal.Between(start, end)
				}
			})
		}
		for _, bc := range []struct {
			name string
			end  time.Time
		}{{"1day", start.AddDate(0, 0, 1)}, {"1month", start.AddDate(0, 1, 0)}, {"1year", start.AddDate(1, 0, 0)}, {"10years", start.AddDate(10, 0, 0)}} {
			b.Run(zone+"/"+bc.name, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					cal.Between(start, bc.end)
				}
			})
		}
	}
}

func BenchmarkAddBusinessDays(b *testing.B) {
	cal := benchCalendar(b, "Asia/Seoul")
	d := calendar.Date{Year: 2026, Month: time.March, Day: 13}
	for _, n := range []int{10, 1000} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				cal.AddBusinessDays(d, n)
			}
		})
	}
}

func BenchmarkIsOpen(b *testing.B) {
	for _, zone := range []string{"Asia/Seoul", "America/New_York"} {
		cal := benchCalendar(b, zone)
		start := time.Date(2026, time.March, 13, 16, 0, 0, 0, cal.Location())
		for _, bc := range spans {
			at := start.Add(bc.d)
			b.Run(zone+"/"+bc.name, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					cal.IsOpen(at)
				}
			})
		}
	}
}

func BenchmarkNew(b *testing.B) {
	hs := tenYearsOfHolidays()
	for _, zone := range []string{"Asia/Seoul", "America/New_York", "UTC"} {
		loc := mustLoad(zone)
		b.Run(zone, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := calendar.New(loc, calendar.WithHolidays(hs...)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkParseDate(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		calendar.ParseDate("2026-03-16")
	}
}

func BenchmarkNextOpen(b *testing.B) {
	for _, zone := range []string{"Asia/Seoul", "America/New_York"} {
		cal := benchCalendar(b, zone)
		friday := time.Date(2026, time.March, 13, 18, 0, 0, 0, cal.Location())
		b.Run(zone, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				cal.NextOpen(friday)
			}
		})
	}
}

func BenchmarkBusinessDaysBetween(b *testing.B) {
	cal := benchCalendar(b, "Asia/Seoul")
	d := calendar.Date{Year: 2026, Month: time.March, Day: 13}
	for _, n := range []int{10, 1000} {
		e := d.AddDays(n)
		b.Run(fmt.Sprintf("days=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				cal.BusinessDaysBetween(d, e)
			}
		})
	}
}

func BenchmarkIsBusinessDay(b *testing.B) {
	cal := benchCalendar(b, "Asia/Seoul")
	d := calendar.Date{Year: 2026, Month: time.March, Day: 13}
	b.ReportAllocs()
	for b.Loop() {
		cal.IsBusinessDay(d)
	}
}

func BenchmarkDateIn(b *testing.B) {
	d := calendar.Date{Year: 2026, Month: time.March, Day: 8}
	for _, zone := range []string{"Asia/Seoul", "America/New_York"} {
		loc := mustLoad(zone)
		b.Run(zone, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				d.In(loc)
			}
		})
	}
}

func BenchmarkContractYearOf(b *testing.B) {
	start, d := calendar.Date{Year: 2024, Month: time.February, Day: 29}, calendar.Date{Year: 2031, Month: time.June, Day: 1}
	b.ReportAllocs()
	for b.Loop() {
		calendar.ContractYearOf(start, d)
	}
}

func BenchmarkCalendarString(b *testing.B) {
	cal := benchCalendar(b, "Asia/Seoul")
	b.ReportAllocs()
	for b.Loop() {
		_ = cal.String()
	}
}

func BenchmarkCalendarJSON(b *testing.B) {
	cal := benchCalendar(b, "Asia/Seoul")
	data, err := json.Marshal(cal)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("Marshal", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := json.Marshal(cal); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Unmarshal", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var c calendar.Calendar
			if err := json.Unmarshal(data, &c); err != nil {
				b.Fatal(err)
			}
		}
	})
}
