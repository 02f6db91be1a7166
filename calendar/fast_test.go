package calendar

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"
)

// exact returns a copy of c without the dense table: every answer comes
// from the exact engine.
func exact(c *Calendar) *Calendar {
	x := *c
	x.fast = nil
	return &x
}

var diffZones = []string{
	"Asia/Seoul", "America/New_York", "Pacific/Apia", "Australia/Lord_Howe", "Pacific/Chatham",
	"Africa/Casablanca", "Antarctica/Troll", "Europe/Dublin", "Asia/Jerusalem", "America/Sao_Paulo",
	"Europe/London", "Asia/Kolkata", "America/St_Johns", "Asia/Tehran", "Pacific/Kiritimati",
	"America/Santiago", "Europe/Moscow", "Africa/Cairo", "America/Havana", "Asia/Kathmandu",
	"Pacific/Honolulu", "UTC", "Africa/Monrovia", "America/Godthab",
}

func diffLayouts() map[string][]Option {
	hs := []Date{}
	for y := 1970; y < 2100; y += 3 {
		hs = append(hs, Date{y, time.March, 10}, Date{y, time.October, 30}, Date{y, time.November, 2}, Date{y, time.April, 1})
	}
	return map[string][]Option{
		"default":   {WithHolidays(hs...)},
		"24x7":      {WithHours(0, 24*time.Hour), WithWorkdays(0, 1, 2, 3, 4, 5, 6)},
		"lunch":     {WithWindows(Window{9 * time.Hour, 12 * time.Hour}, Window{13 * time.Hour, 18 * time.Hour}), WithHolidays(hs...)},
		"sun-thu":   {WithWorkdays(0, 1, 2, 3, 4)},
		"midnights": {WithWindows(Window{0, 2*time.Hour + 30*time.Minute}, Window{22 * time.Hour, 24 * time.Hour}), WithWorkdays(1, 3, 5, 6)},
		"saturday":  {WithWorkdays(6), WithDayWindows(6, Window{time.Hour, 2 * time.Hour})},
	}
}

// The dense table answers Add, Between and IsOpen exactly as the exact
// engine does (D-CAL, D-CLOCK): over 24 zones with unusual histories
// (Apia's skipped day, Lord Howe's half-hour DST, Chatham, Casablanca's
// Ramadan changes, Troll's two-hour DST, Dublin's negative DST), six window
// layouts and instants from 1965 to 2106, a third of them within days of an
// offset change.
func TestFastTableAgreesWithExactEngine_DCAL_DCLOCK(t *testing.T) {
	ops := 2200
	if testing.Short() {
		ops = 200
	}
	lo := time.Date(1965, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	hi := time.Date(2106, 12, 31, 0, 0, 0, 0, time.UTC).Unix()
	total := 0
	for _, zone := range diffZones {
		loc, err := time.LoadLocation(zone)
		if err != nil {
			t.Logf("skipping %s: %v", zone, err)
			continue
		}
		for name, opts := range diffLayouts() {
			c, err := New(loc, opts...)
			if err != nil {
				t.Fatal(err)
			}
			x := exact(c)
			r := rand.New(rand.NewPCG(uint64(len(zone)), uint64(len(name))))
			edges := []time.Duration{0, time.Hour, 2 * time.Hour, 150 * time.Minute, 9 * time.Hour, 12 * time.Hour, 13 * time.Hour, 18 * time.Hour, 22 * time.Hour}
			instant := func() time.Time {
				u := lo + r.Int64N(hi-lo)
				if r.IntN(4) == 0 {
					// Exactly at, or a hair from, a window boundary.
					y, m, dd := time.Unix(u, 0).In(loc).Date()
					at := time.Date(y, m, dd, 0, 0, 0, 0, loc).Add(edges[r.IntN(len(edges))])
					return at.Add([]time.Duration{0, 0, -1, 1, time.Second}[r.IntN(5)])
				}
				if r.IntN(3) == 0 {
					// Near an offset change of the zone.
					_, end := time.Unix(u, 0).In(loc).ZoneBounds()
					if !end.IsZero() {
						u = end.Unix() + r.Int64N(4*86400) - 2*86400
					}
				}
				var ns int64
				if r.IntN(4) == 0 {
					ns = r.Int64N(1e9)
				}
				return time.Unix(u, ns).In(loc)
			}
			for range ops {
				a := instant()
				var d time.Duration
				switch r.IntN(3) {
				case 0:
					d = time.Duration(r.Int64N(10*3600)) * time.Second
				case 1:
					d = time.Duration(r.Int64N(5000*3600e9)) + 1
				default:
					d = time.Duration(r.Int64N(3600)+1) * time.Minute
				}
				if got, want := c.Add(a, d), x.Add(a, d); !got.Equal(want) {
					t.Fatalf("%s %s: Add(%v, %v) = %v, exact engine %v", zone, name, a, d, got, want)
				}
				b := instant()
				if r.IntN(2) == 0 {
					b = a.Add(time.Duration(r.Int64N(20 * 86400e9)))
				}
				if got, want := c.Between(a, b), x.Between(a, b); got != want {
					t.Fatalf("%s %s: Between(%v, %v) = %v, exact engine %v", zone, name, a, b, got, want)
				}
				if got, want := c.IsOpen(a), x.IsOpen(a); got != want {
					t.Fatalf("%s %s: IsOpen(%v) = %v, exact engine %v", zone, name, a, got, want)
				}
				total += 3
			}
		}
	}
	t.Logf("%d operations compared", total)
}

// The table is built once even when many goroutines ask at once, and a
// calendar's table stays under 1 MB.
func TestFastTableSizeAndConcurrency(t *testing.T) {
	for _, zone := range []string{"Asia/Seoul", "America/New_York"} {
		loc, err := time.LoadLocation(zone)
		if err != nil {
			t.Skip(err)
		}
		for name, opts := range diffLayouts() {
			c, err := New(loc, opts...)
			if err != nil {
				t.Fatal(err)
			}
			done := make(chan *fastTable)
			for range 4 {
				go func() { done <- c.fast.table(&c.eng) }()
			}
			first := <-done
			for range 3 {
				if <-done != first {
					t.Fatalf("%s %s: two tables built", zone, name)
				}
			}
			if n := first.bytes(); n >= 1<<20 {
				t.Errorf("%s %s: table of %d bytes, want < 1 MB", zone, name, n)
			} else {
				t.Logf("%s %s: %s", zone, name, fmt.Sprintf("%d KB", n>>10))
			}
		}
	}
}

// BenchmarkTableVsExact runs each operation on the dense table and on the
// exact engine in one process, so that the ratio holds on a loaded machine.
func BenchmarkTableVsExact(b *testing.B) {
	for _, zone := range []string{"Asia/Seoul", "America/New_York"} {
		loc, err := time.LoadLocation(zone)
		if err != nil {
			b.Skip(err)
		}
		c, err := New(loc)
		if err != nil {
			b.Fatal(err)
		}
		start := time.Date(2026, time.March, 13, 16, 0, 0, 0, loc)
		for _, eng := range []struct {
			name string
			c    *Calendar
		}{{"table", c}, {"exact", exact(c)}} {
			for _, d := range []time.Duration{2 * time.Hour, 4000 * time.Hour} {
				b.Run(fmt.Sprintf("Add/%s/%v/%s", zone, d, eng.name), func(b *testing.B) {
					b.ReportAllocs()
					for b.Loop() {
						eng.c.Add(start, d)
					}
				})
			}
			end := start.AddDate(1, 0, 0)
			b.Run(fmt.Sprintf("Between/%s/1year/%s", zone, eng.name), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					eng.c.Between(start, end)
				}
			})
			b.Run(fmt.Sprintf("IsOpen/%s/%s", zone, eng.name), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					eng.c.IsOpen(start)
				}
			})
		}
	}
}
