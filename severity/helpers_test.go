package severity_test

import (
	"testing"
	"time"
	_ "time/tzdata"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/severity"
)

func mustLoad(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

var (
	seoul    = mustLoad("Asia/Seoul")
	tokyo    = mustLoad("Asia/Tokyo")
	newYork  = mustLoad("America/New_York")
	berlin   = mustLoad("Europe/Berlin")
	kolkata  = mustLoad("Asia/Kolkata")
	allZones = []*time.Location{time.UTC, seoul, tokyo, newYork, berlin, kolkata}
)

func d(y int, m time.Month, day int) calendar.Date { return calendar.Date{Year: y, Month: m, Day: day} }

// at returns the civil time y-m-d h:min in Seoul.
func at(y int, m time.Month, day, h, min int) time.Time {
	return time.Date(y, m, day, h, min, 0, 0, seoul)
}

// seoulHolidays2026 is test data: Korea's public holidays in 2026 as the
// calendar package will hold them (substitute days included).
var seoulHolidays2026 = []calendar.Date{
	d(2026, 1, 1), d(2026, 2, 16), d(2026, 2, 17), d(2026, 2, 18), d(2026, 3, 2),
	d(2026, 5, 5), d(2026, 5, 25), d(2026, 6, 3), d(2026, 8, 17), d(2026, 9, 24),
	d(2026, 9, 25), d(2026, 10, 5), d(2026, 10, 9), d(2026, 12, 25),
}

// seoulCal is the business-hours calendar of the Seoul support location:
// Monday to Friday, [09:00, 17:30), minus the 2026 holidays (D-CAL).
func seoulCal(tb testing.TB) *calendar.Calendar {
	tb.Helper()
	c, err := calendar.New(seoul, calendar.WithHolidays(seoulHolidays2026...))
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// tenYearCal is a Seoul calendar with ten years (2026-2035) of holidays:
// the fixed-date ones each year plus three movable days, for benchmarks.
func tenYearCal(tb testing.TB) *calendar.Calendar {
	tb.Helper()
	var hs []calendar.Date
	for y := 2026; y <= 2035; y++ {
		for _, md := range [][2]int{{1, 1}, {3, 1}, {5, 5}, {6, 6}, {8, 15}, {10, 3}, {10, 9}, {12, 25}, {2, 10}, {2, 11}, {2, 12}, {9, 20}, {9, 21}, {9, 22}, {5, 20}} {
			hs = append(hs, d(y, time.Month(md[0]), md[1]))
		}
	}
	c, err := calendar.New(seoul, calendar.WithHolidays(hs...))
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

var levels = []severity.Level{severity.Sev1, severity.SevA, severity.SevB, severity.SevC}

var plans = []severity.Plan{severity.Standard, severity.EnhancedResponse, severity.RapidResponse, severity.EventManagement}
