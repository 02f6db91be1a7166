package calendar_test

import (
	"fmt"
	"time"

	"github.com/supportrules/unified/calendar"
	"pgregory.net/rapid"
)

// Generators for the property tests. Their draw labels are what rapid prints
// for a shrunk counterexample.

var zoneNames = []string{
	"Asia/Seoul", "America/New_York", "Europe/London", "Australia/Lord_Howe",
	"Asia/Jerusalem", "UTC", "Asia/Tokyo", "America/Sao_Paulo", "Asia/Kolkata",
}

func mustLoad(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

// calendarCase is a calendar together with its slow reference.
type calendarCase struct {
	name string
	cal  *calendar.Calendar
	slow slowCalendar
}

func (c calendarCase) String() string { return c.name }

func hm(h, m int) time.Duration { return time.Duration(h)*time.Hour + time.Duration(m)*time.Minute }

// genCalendar draws a location, a weekly schedule and a set of holidays.
func genCalendar(t *rapid.T) calendarCase {
	zone := rapid.SampledFrom(zoneNames).Draw(t, "zone")
	loc := mustLoad(zone)
	kind := rapid.SampledFrom([]string{"default", "24x7", "lunch", "sun-thu", "short-friday", "evening"}).Draw(t, "schedule")
	std := []calendar.Window{{Open: hm(9, 0), Close: hm(17, 30)}}
	var week [7][]calendar.Window
	var opts []calendar.Option
	switch kind {
	case "default":
		for d := time.Monday; d <= time.Friday; d++ {
			week[d] = std
		}
	case "24x7":
		all := []calendar.Window{{Open: 0, Close: 24 * time.Hour}}
		for d := range week {
			week[d] = all
		}
		opts = append(opts, calendar.WithHours(0, 24*time.Hour),
			calendar.WithWorkdays(time.Sunday, time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday))
	case "lunch":
		ws := []calendar.Window{{Open: hm(9, 0), Close: hm(12, 0)}, {Open: hm(13, 0), Close: hm(18, 0)}}
		for d := time.Monday; d <= time.Friday; d++ {
			week[d] = ws
		}
		opts = append(opts, calendar.WithWindows(ws...))
	case "sun-thu":
		for d := time.Sunday; d <= time.Thursday; d++ {
			week[d] = std
		}
		opts = append(opts, calendar.WithWorkdays(time.Sunday, time.Monday, time.Tuesday, time.Wednesday, time.Thursday))
	case "short-friday":
		for d := time.Monday; d <= time.Thursday; d++ {
			week[d] = std
		}
		fri := []calendar.Window{{Open: hm(8, 0), Close: hm(13, 0)}}
		week[time.Friday] = fri
		opts = append(opts, calendar.WithDayWindows(time.Friday, fri...))
	case "evening":
		ws := []calendar.Window{{Open: hm(18, 0), Close: 24 * time.Hour}}
		for d := time.Monday; d <= time.Saturday; d++ {
			week[d] = ws
		}
		opts = append(opts, calendar.WithWindows(ws...),
			calendar.WithWorkdays(time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday))
	}
	n := rapid.IntRange(0, 12).Draw(t, "holidayCount")
	var hols []calendar.Date
	for i := range n {
		hols = append(hols, genDate(t, fmt.Sprintf("holiday%d", i), 2024, 2026))
	}
	opts = append(opts, calendar.WithHolidays(hols...))
	cal, err := calendar.New(loc, opts...)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return calendarCase{zone + "/" + kind, cal, newSlow(loc, week, hols...)}
}

func genDate(t *rapid.T, label string, fromYear, toYear int) calendar.Date {
	base := calendar.Date{Year: fromYear, Month: time.January, Day: 1}
	span := base.DaysUntil(calendar.Date{Year: toYear + 1, Month: time.January, Day: 1})
	return base.AddDays(rapid.IntRange(0, span-1).Draw(t, label))
}

// genMinute draws a minute-aligned instant in 2024–2026 (so that it can be
// checked against the minute-stepping reference), in a random zone.
func genMinute(t *rapid.T, label string) time.Time {
	start := time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC)
	m := rapid.Int64Range(0, 3*366*24*60).Draw(t, label+"Minute")
	zone := rapid.SampledFrom(zoneNames).Draw(t, label+"Zone")
	return start.Add(time.Duration(m) * time.Minute).In(mustLoad(zone))
}

// genInstant draws any instant in 1990–2060 with nanoseconds.
func genInstant(t *rapid.T, label string) time.Time {
	start := time.Date(1990, time.January, 1, 0, 0, 0, 0, time.UTC)
	s := rapid.Int64Range(0, 70*366*86400).Draw(t, label+"Second")
	ns := rapid.Int64Range(0, 999_999_999).Draw(t, label+"Nanos")
	zone := rapid.SampledFrom(zoneNames).Draw(t, label+"Zone")
	return start.Add(time.Duration(s)*time.Second + time.Duration(ns)).In(mustLoad(zone))
}

// genBudget draws a duration of counted time up to 4,000 hours.
func genBudget(t *rapid.T, label string) time.Duration {
	return time.Duration(rapid.Int64Range(0, int64(4000*time.Hour)).Draw(t, label))
}
