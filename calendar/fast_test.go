package calendar

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"testing"
	"time"
	"unsafe"
)

// exact returns a copy of c without the dense table: every answer comes
// from the exact engine.
func exact(c *Calendar) *Calendar {
	x := *c
	x.fast = new(fastHolder)
	none := new(fastTable) // steady on no day, so it answers nothing
	for z := range none.pu {
		none.pu[z], none.pl[z] = slowDay, slowDay
	}
	x.fast.t.Store(none)
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
		// Two, one and no windows on different weekdays, and a one-second
		// Saturday shorter than an inverse bucket.
		"uneven": {WithWindows(Window{9 * time.Hour, 12 * time.Hour}, Window{13 * time.Hour, 18 * time.Hour}),
			WithDayWindows(time.Friday, Window{9 * time.Hour, 13 * time.Hour}),
			WithDayWindows(time.Saturday, Window{10 * time.Hour, 10*time.Hour + time.Second}), WithHolidays(hs...)},
	}
}

// The dense table answers Add, Between and IsOpen exactly as the exact
// engine does (D-CAL, D-CLOCK): over 24 zones with unusual histories
// (Apia's skipped day, Lord Howe's half-hour DST, Chatham, Casablanca's
// Ramadan changes, Troll's two-hour DST, Dublin's negative DST), seven window
// layouts and instants from 1965 to 2106, a third of them within days of an
// offset change.
func TestFastTableAgreesWithExactEngine_DCAL_DCLOCK(t *testing.T) {
	ops := 2200
	if testing.Short() || raceDetector {
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

// bytes returns the memory the table holds.
func (t *fastTable) bytes() int {
	return int(unsafe.Sizeof(*t)) + 4*len(t.idx)
}

// memory returns the bytes a calendar holds: its options, the engine's
// zone model and exceptions, and the dense table once built.
func memory(c *Calendar) int {
	n := int(unsafe.Sizeof(*c)) + 24*len(c.holidays)
	for _, ws := range c.week {
		n += 16 * len(ws)
	}
	e := &c.eng
	n += 16*len(e.zone.trans) + 4*len(e.zone.index) + 32*len(e.exc) + 4*len(e.excIx) + 8*len(e.hol)
	for _, ws := range e.win {
		n += 16 * len(ws)
	}
	if c.fast.t.Load() != nil {
		n += c.fast.t.Load().bytes()
	}
	return n
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
			if n := memory(c); n >= 1<<20 {
				t.Errorf("%s %s: calendar of %d bytes, want < 1 MB", zone, name, n)
			} else {
				t.Logf("%s %s: %d KB, of which the table %d KB", zone, name, n>>10, first.bytes()>>10)
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

// hostileZones returns zones made to break the table's assumptions:
// offsets far from UTC changing every few days, at and near local midnight,
// by up to a day either way, twice within a day.
func hostileZones(t *testing.T) map[string]*time.Location {
	t.Helper()
	r := rand.New(rand.NewPCG(15, 17))
	start := time.Date(1968, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	end := time.Date(2037, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	zones := map[string]*time.Location{}
	add := func(name string, off0 int64, ch []transition) {
		loc, err := time.LoadLocationFromTZData(name, tzif(off0, ch))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		zones[name] = loc
	}
	// Random offsets within ±15 h, changing after 1 hour to 40 days, at
	// whole hours or half hours or at local midnight.
	for k := range 3 {
		off := int64(r.IntN(61)-30) * 1800
		var ch []transition
		for at := start; at < end; {
			at += int64(1+r.IntN(40*24)) * 1800
			if r.IntN(3) == 0 {
				at = floorDiv(at+off, secPerDay)*secPerDay - off // local midnight
			}
			if n := len(ch); n > 0 && at <= ch[n-1].at {
				continue
			}
			off = int64(r.IntN(61)-30) * 1800
			ch = append(ch, transition{at, off})
		}
		add(fmt.Sprintf("Hostile/Random%d", k), off, ch)
	}
	// A day skipped and a day repeated (±24 h), each year, changing at
	// local midnight, and two changes within one day.
	var ch []transition
	for y := 1969; y < 2037; y++ {
		jan := time.Date(y, 1, 10, 0, 0, 0, 0, time.UTC).Unix()
		ch = append(ch,
			transition{jan - 11*3600, 13 * 3600},              // -11 h -> +13 h at local midnight: 10 January skipped
			transition{jan + 100*86400 - 13*3600, -11 * 3600}, // back: a day shown twice
			transition{jan + 200*86400 + 3600, -9 * 3600},     // +2 h at 14:00 local
			transition{jan + 200*86400 + 5*3600, -11 * 3600},  // and back four hours later
		)
	}
	add("Hostile/DateLine", -11*3600, ch)
	// More distinct offsets than the table's palette holds (255; a TZif
	// zone has at most 256): a new one, a minute apart, every ten days
	// from 1970, then the first ones again.
	ch = nil
	for k := range 400 {
		ch = append(ch, transition{int64(k+1)*10*secPerDay + 7*3600, int64(k%256%2*2-1) * int64(k%256) * 60})
	}
	add("Hostile/ManyOffsets", 0, ch)
	return zones
}

// The dense table agrees with the exact engine in zones no database has
// (hostileZones), and on budgets that end exactly at, or a nanosecond
// either side of, a window boundary (D-CAL, D-CLOCK).
func TestFastTableAgreesWithExactEngineInHostileZonesAndAtBoundaries_DCAL_DCLOCK(t *testing.T) {
	zones := hostileZones(t)
	for _, name := range []string{"America/New_York", "Australia/Lord_Howe", "Pacific/Apia", "Europe/Dublin", "Asia/Seoul"} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			t.Fatal(err)
		}
		zones[name] = loc
	}
	ops := 3000
	if testing.Short() || raceDetector {
		ops = 300
	}
	edges := []time.Duration{0, time.Hour, 2 * time.Hour, 150 * time.Minute, 9 * time.Hour, 12 * time.Hour, 13 * time.Hour, 18 * time.Hour, 22 * time.Hour, 24 * time.Hour}
	nudges := []time.Duration{0, 0, -1, 1}
	total, fast := 0, 0
	for _, zone := range slices.Sorted(maps.Keys(zones)) {
		loc := zones[zone]
		for _, name := range slices.Sorted(maps.Keys(diffLayouts())) {
			c, err := New(loc, diffLayouts()[name]...)
			if err != nil {
				t.Fatal(err)
			}
			x := exact(c)
			ft := c.fast.table(&c.eng)
			r := rand.New(rand.NewPCG(uint64(len(zone)), uint64(len(name))))
			var changes []int64 // the zone's changes in the table's years
			for _, tr := range c.eng.zone.trans {
				if tr.at > 0 && tr.at < fastDays*secPerDay {
					changes = append(changes, tr.at)
				}
			}
			boundary := func() time.Time {
				if len(changes) > 0 && r.IntN(4) == 0 {
					// Within two hours of an offset change.
					return time.Unix(changes[r.IntN(len(changes))]+r.Int64N(4*3600)-2*3600, 0).In(loc).Add(nudges[r.IntN(len(nudges))])
				}
				d := Date{1969 + r.IntN(72), time.Month(1 + r.IntN(12)), 1 + r.IntN(28)}
				return d.In(loc).Add(edges[r.IntN(len(edges))] + nudges[r.IntN(len(nudges))])
			}
			for range ops {
				a, b := boundary(), boundary()
				if b.Before(a) {
					a, b = b, a
				}
				if r.IntN(2) == 0 {
					b = a.Add(time.Duration(r.IntN(72)) * time.Hour).Truncate(time.Hour).Add(nudges[r.IntN(len(nudges))])
				}
				between := x.Between(a, b)
				if got := c.Between(a, b); got != between {
					t.Fatalf("%s %s: Between(%v, %v) = %v, exact engine %v", zone, name, a, b, got, between)
				}
				d := between + nudges[r.IntN(len(nudges))]
				if got, want := c.Add(a, d), x.Add(a, d); !got.Equal(want) {
					t.Fatalf("%s %s: Add(%v, %v) = %v, exact engine %v", zone, name, a, d, got, want)
				}
				for _, at := range []time.Time{a, b} {
					if got, want := c.IsOpen(at), x.IsOpen(at); got != want {
						t.Fatalf("%s %s: IsOpen(%v) = %v, exact engine %v", zone, name, at, got, want)
					}
					u, ns, _ := clamp(at)
					if _, _, _, ok := ft.locate(u, ns); ok {
						fast++
					}
				}
				total += 5
			}
		}
	}
	// Most instants must go through the table, or it tests nothing.
	if fast < total/5*2*7/10 {
		t.Errorf("only %d of %d instants located by the table", fast, total/5*2)
	}
	t.Logf("%d operations compared, %d of %d instants on the table", total, fast, total/5*2)
}

// The table covers exactly the days 1970-01-01 to 2099-12-31, as the
// package documents, and the zone model's repeating block starts the day
// after, at 2100-01-01T00:00Z.
func TestTableYearsAndRepeatingBlock(t *testing.T) {
	if got := fromDays(fastDays - 1); got != (Date{2099, time.December, 31}) {
		t.Errorf("last day of the table %v, want 2099-12-31", got)
	}
	if got := fromDays(blockLoDay); got != (Date{2100, time.January, 1}) {
		t.Errorf("first day of the repeating block %v, want 2100-01-01", got)
	}
	if blockLoSec != blockLoDay*secPerDay || blockHiSec != blockHiDay*secPerDay {
		t.Errorf("block in seconds [%d, %d), in days [%d, %d)", blockLoSec, blockHiSec, blockLoDay, blockHiDay)
	}
}
