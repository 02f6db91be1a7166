package calendar_test

import (
	"testing"
	"time"

	"github.com/supportrules/unified/calendar"
)

// The seams of the engine's years: 1970-01-01, where the dense table
// starts; 2100-01-01, where it ends and the zone model's repeating block
// starts; 2500-01-01, where the block ends and repeats; 2900-01-01, the
// second repetition. Zones made for them change their offset in the first
// days of January and the last of December, or only up to the first seam,
// so that a model that reads the wrong side of a seam, or repeats the
// block from the wrong instant, gives different business time. Checked
// against exactCalendar, which reads the Location itself (D-CAL, D-CLOCK:
// DST exactness over the whole range).

func seamZones(t *testing.T) map[string]*time.Location {
	t.Helper()
	unix := func(y int, m time.Month, d, h int) int64 { return time.Date(y, m, d, h, 0, 0, 0, time.UTC).Unix() }
	zones := map[string]*time.Location{}
	for name, data := range map[string][]byte{
		// UTC-10, an hour ahead from 3 January 15:00 (4 January 01:00
		// UTC) to day 300.
		"Seam/January": calendar.TZifRule(-10*3600, nil, "AAA10BBB,J3/15,J300/2"),
		// UTC+13, an hour ahead from 1 January 02:00 to 31 December 22:00.
		"Seam/NewYearsEve": calendar.TZifRule(13*3600, nil, "CCC-13DDD,J1/2,J365/22"),
		// UTC+9, with a +25 h excursion in the last hours before the
		// repeating block (its history before 2100 must not repeat), and
		// a day repeated and skipped across the table's start; UTC+9 ever
		// after.
		"Seam/Edges": calendar.TZifRule(9*3600, [][2]int64{
			{unix(1969, time.December, 31, 3), -15 * 3600},
			{unix(1970, time.January, 2, 6), 9 * 3600},
			{unix(2099, time.December, 31, 10), 25 * 3600},
			{unix(2099, time.December, 31, 23) + 1800, 9 * 3600},
		}, "XXX-9"),
	} {
		loc, err := time.LoadLocationFromTZData(name, data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		zones[name] = loc
	}
	return zones
}

// Around each seam, in each seam zone and three layouts (weekday hours,
// 24-hour days, windows across midnight and at the changes' hours), every
// window of the exact reference opens and closes where the calendar says:
// IsOpen on either side of each boundary, Between from the first opening
// to each boundary, and Add of that business time, which ends exactly at
// the boundary (D-CAL, D-CLOCK).
func TestSeamsOfTheRangeAreExactInEveryZone_DCAL_DCLOCK(t *testing.T) {
	std := []calendar.Window{{Open: hm(9, 0), Close: hm(17, 30)}}
	odd := []calendar.Window{{Open: 0, Close: hm(5, 0)}, {Open: hm(15, 0), Close: hm(17, 0)}, {Open: hm(22, 0), Close: 24 * time.Hour}}
	all := []calendar.Window{{Open: 0, Close: 24 * time.Hour}}
	every := []time.Weekday{time.Sunday, time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday}
	type layout struct {
		opts []calendar.Option
		week [7][]calendar.Window
	}
	layouts := map[string]layout{
		"default": {nil, [7][]calendar.Window{nil, std, std, std, std, std, nil}},
		"24x7":    {[]calendar.Option{calendar.WithHours(0, 24*time.Hour), calendar.WithWorkdays(every...)}, [7][]calendar.Window{all, all, all, all, all, all, all}},
		"odd":     {[]calendar.Option{calendar.WithWindows(odd...), calendar.WithWorkdays(every...)}, [7][]calendar.Window{odd, odd, odd, odd, odd, odd, odd}},
	}
	seams := []calendar.Date{{Year: 1970, Month: time.January, Day: 1}, {Year: 2100, Month: time.January, Day: 1}, {Year: 2500, Month: time.January, Day: 1}, {Year: 2900, Month: time.January, Day: 1}}
	for zone, loc := range seamZones(t) {
		for name, l := range layouts {
			c := mustNew(t, loc, l.opts...)
			ref := newExact(loc, l.week)
			for _, seam := range seams {
				var ivs []interval
				for k := -4; k <= 5; k++ {
					for _, iv := range ref.windowsOf(seam.AddDays(k)) {
						if iv.s.Before(iv.e) {
							ivs = append(ivs, iv)
						}
					}
				}
				start := ivs[0].s
				var cum time.Duration
				for i, iv := range ivs {
					where := func() string { return zone + " " + name + " " + seam.String() + ": window " + iv.s.UTC().String() }
					if !c.IsOpen(iv.s) || !c.IsOpen(iv.e.Add(-1)) {
						t.Fatalf("%s: closed inside the window", where())
					}
					if i > 0 && c.IsOpen(iv.s.Add(-1)) != ivs[i-1].e.Equal(iv.s) {
						t.Fatalf("%s: IsOpen a nanosecond before it %v", where(), c.IsOpen(iv.s.Add(-1)))
					}
					if i+1 < len(ivs) && c.IsOpen(iv.e) != ivs[i+1].s.Equal(iv.e) {
						t.Fatalf("%s: IsOpen at its close %v", where(), c.IsOpen(iv.e))
					}
					if got := c.Between(start, iv.s); got != cum {
						t.Fatalf("%s: Between from %v to its opening %v, want %v", where(), start.UTC(), got, cum)
					}
					cum += iv.e.Sub(iv.s)
					if got := c.Between(start, iv.e); got != cum {
						t.Fatalf("%s: Between from %v to its close %v, want %v", where(), start.UTC(), got, cum)
					}
					if got := c.Add(start, cum); !got.Equal(iv.e) {
						t.Fatalf("%s: Add(%v, %v) = %v, want its close %v", where(), start.UTC(), cum, got.UTC(), iv.e.UTC())
					}
					if got := c.Add(start, cum-iv.e.Sub(iv.s)+1); !got.Equal(iv.s.Add(1)) {
						t.Fatalf("%s: Add a nanosecond into it = %v", where(), got.UTC())
					}
				}
				// Every hour and half hour across the seam.
				for at := start; at.Before(ivs[len(ivs)-1].e); at = at.Add(30 * time.Minute) {
					want := false
					for _, iv := range ivs {
						if !at.Before(iv.s) && at.Before(iv.e) {
							want = true
						}
					}
					if got := c.IsOpen(at); got != want {
						t.Fatalf("%s %s %v: IsOpen(%v) = %v, reference %v", zone, name, seam, at.UTC(), got, want)
					}
				}
			}
		}
	}
}
