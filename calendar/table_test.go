package calendar

import (
	"maps"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
)

// The dense table's own guarantees (fast.go), checked directly rather than
// through answers: the differential tests show that the table never gives
// a different answer from the exact engine, these show that it answers
// whenever its design says it can, so that Add, Between and IsOpen stay
// fast over the whole of 1970–2099 (issue 15), and that every day it calls
// steady is one on which its arithmetic is the engine's (D-CAL, D-CLOCK).

// tableCases returns calendars whose tables the tests below inspect: zones
// east and west of UTC, with and without daylight saving, and hostile
// zones, each with weekday hours, a 24-hour week and a week whose windows
// end in the afternoon (when Hostile/DateLine's two-hour excursion
// happens).
func tableCases(t *testing.T) map[string]*Calendar {
	t.Helper()
	zones := hostileZones(t)
	for _, name := range []string{"Asia/Seoul", "America/New_York", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Australia/Lord_Howe", "Pacific/Apia", "Europe/Dublin", "UTC"} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			t.Fatal(err)
		}
		zones[name] = loc
	}
	layouts := map[string][]Option{
		"default":   nil,
		"24x7":      {WithHours(0, 24*time.Hour), WithWorkdays(0, 1, 2, 3, 4, 5, 6)},
		"afternoon": {WithWindows(Window{9 * time.Hour, 15 * time.Hour}), WithHolidays(Date{2024, time.July, 29}, Date{1999, time.December, 31})},
		"uneven": {WithWindows(Window{9 * time.Hour, 12 * time.Hour}, Window{13 * time.Hour, 18 * time.Hour}),
			WithDayWindows(time.Friday, Window{9 * time.Hour, 13 * time.Hour}),
			WithDayWindows(time.Saturday, Window{10 * time.Hour, 10*time.Hour + time.Second})},
	}
	out := map[string]*Calendar{}
	for zn, loc := range zones {
		for ln, opts := range layouts {
			c, err := New(loc, opts...)
			if err != nil {
				t.Fatal(err)
			}
			out[zn+" "+ln] = c
		}
	}
	return out
}

// A day of the table is steady — answered by table arithmetic — exactly
// when the exact engine maps every window boundary of the day, and the next
// midnight, to the local reading minus one offset, the one the table keeps
// for the day; and every such day is steady unless the zone has more
// offsets than the table's palette holds (D-CAL, D-CLOCK, DST exactness).
// A UTC day is steady exactly when no offset change falls inside it, with
// the offset of its start.
func TestTableDaysAreSteadyExactlyWhenOneOffsetMapsThem_DCAL(t *testing.T) {
	cases := tableCases(t)
	for _, name := range slices.Sorted(maps.Keys(cases)) {
		c := cases[name]
		e := &c.eng
		ft := c.fast.table(e)
		full := ft.npal == slowDay
		for z := int64(0); z < fastDays; z++ {
			base := z * secPerDay
			// The offset that maps the next midnight, and whether it maps
			// every window boundary too.
			off := base + secPerDay - e.zone.resolve(base+secPerDay)
			steady := true
			for _, w := range e.win[weekdayOf(z)] {
				for _, b := range []int64{w.open, w.close} {
					if e.zone.resolve(base+b) != base+b-off {
						steady = false
					}
				}
			}
			switch pi := ft.pl[z]; {
			case pi != slowDay && !steady:
				t.Fatalf("%s: local day %v steady in the table, but not one offset maps its boundaries", name, fromDays(z))
			case pi != slowDay && ft.pal[pi] != off:
				t.Fatalf("%s: local day %v steady with offset %d, its boundaries have offset %d", name, fromDays(z), ft.pal[pi], off)
			case pi == slowDay && steady && !full:
				t.Fatalf("%s: local day %v left to the exact engine, but one offset (%d) maps every boundary", name, fromDays(z), off)
			}
			// The UTC day z.
			changes := e.zone.search(base+secPerDay-1) - e.zone.search(base)
			switch pi := ft.pu[z]; {
			case pi != slowDay && changes > 0:
				t.Fatalf("%s: UTC day %v steady in the table across an offset change", name, fromDays(z))
			case pi != slowDay && ft.pal[pi] != offsetOf(&e.zone, base):
				t.Fatalf("%s: UTC day %v steady with offset %d, the zone's is %d", name, fromDays(z), ft.pal[pi], offsetOf(&e.zone, base))
			case pi == slowDay && changes == 0 && !full:
				t.Fatalf("%s: UTC day %v left to the exact engine without an offset change", name, fromDays(z))
			}
		}
	}
}

// The table locates every instant of 1970–2099 whose UTC day and local day
// are steady with one offset, with the exact engine's answer, and no
// instant outside those years: at the table's first and last instants, in
// UTC and in local time, east and west of UTC (D-CAL, D-CLOCK).
func TestTableLocatesEveryInstantOfItsSteadyDays_DCAL(t *testing.T) {
	cases := tableCases(t)
	r := rand.New(rand.NewPCG(17, 15))
	end := int64(fastDays * secPerDay)
	for _, name := range slices.Sorted(maps.Keys(cases)) {
		c := cases[name]
		e := &c.eng
		ft := c.fast.table(e)
		var us []int64
		for _, edge := range []int64{0, end} {
			for _, d := range []int64{-15 * 3600, -11 * 3600, -9 * 3600, -1, 0, 1, 9 * 3600, 11 * 3600, 15 * 3600} {
				us = append(us, edge+d, edge+d-secPerDay, edge+d+secPerDay)
			}
			// Local midnight and a window's opening, next to the edge.
			for _, h := range []int64{0, 9, 15} {
				for _, dz := range []int64{-1, 0} {
					l := (edge/secPerDay+dz)*secPerDay + h*3600
					us = append(us, l-offsetOf(&e.zone, l), l-offsetOf(&e.zone, l)-1)
				}
			}
		}
		for range 3000 {
			us = append(us, r.Int64N(end+4*secPerDay)-2*secPerDay)
		}
		for _, u := range us {
			ns := r.Int64N(nsPerSec)
			pos, nanos, open, ok := ft.locate(u, ns)
			zu := floorDiv(u, secPerDay)
			off := offsetOf(&e.zone, u)
			z := floorDiv(u+off, secPerDay)
			want := 0 <= zu && zu < fastDays && ft.pu[zu] != slowDay &&
				0 <= z && z < fastDays && ft.pl[z] != slowDay && ft.pal[ft.pl[z]] == off
			if ok != want {
				t.Fatalf("%s: the table answers %v at %v (UTC day %d, local day %d of %d), want %v", name, ok, time.Unix(u, 0).UTC(), zu, z, fastDays, want)
			}
			if !ok {
				continue
			}
			_, f, within, eopen := e.locate(u, ns)
			if pos != f+within/nsPerSec || nanos != within%nsPerSec || open != eopen {
				t.Fatalf("%s: at %v the table locates (%d, %d, %v), the engine (%d, %d, %v)", name, time.Unix(u, ns).UTC(), pos, nanos, open, f+within/nsPerSec, within%nsPerSec, eopen)
			}
		}
	}
}

// The table finds the day on which any count of business seconds from its
// first to its last is reached, as the exact engine does, and leaves every
// count outside those to the engine. Its inverse index has buckets of a
// power of two seconds: the largest not above the shortest weekday with
// business time, or half the smallest not below a day's average business
// time when that is larger (at most about two buckets per day). Each bucket
// names the first day that ends past the bucket's start and, unless the
// bucket holds the start of more than one day, the next day with business
// time after it: every count of the bucket is reached on one of the two.
// Only the other buckets walk forward from the first day (at most maxWalk
// days; a longer run of days without business hours goes to the engine)
// (D-CLOCK, issue 15).
func TestTableReachesEveryCountOfItsYears_DCLOCK(t *testing.T) {
	cases := tableCases(t)
	// Calendars whose average day is a power of two seconds, one second
	// more, and one second in all.
	for name, w := range map[string]Window{
		"pow2":   {9 * time.Hour, 9*time.Hour + 8192*time.Second},
		"pow2+1": {9 * time.Hour, 9*time.Hour + 8193*time.Second},
		"second": {9 * time.Hour, 9*time.Hour + time.Second},
	} {
		c, err := New(time.UTC, WithWindows(w), WithWorkdays(0, 1, 2, 3, 4, 5, 6))
		if err != nil {
			t.Fatal(err)
		}
		cases["UTC "+name] = c
	}
	// Runs of 61 to 66 holidays, so that some lookups walk about maxWalk
	// days: after a one-second Saturday, which shares its bucket with the
	// Friday before it and the first day after the run.
	var runs []Date
	for n := 61; n <= 66; n++ {
		start := Date{1975 + 5*(n-61), time.February, 1}
		for start.Weekday() != time.Sunday {
			start = start.AddDays(1)
		}
		for k := range n {
			runs = append(runs, start.AddDays(k))
		}
	}
	c, err := New(time.UTC, WithHours(0, 24*time.Hour), WithWorkdays(0, 1, 2, 3, 4, 5, 6), WithHolidays(runs...))
	if err != nil {
		t.Fatal(err)
	}
	cases["UTC holiday runs"] = c
	c, err = New(time.UTC, WithHours(0, 24*time.Hour), WithDayWindows(time.Saturday, Window{0, time.Second}), WithHolidays(runs...))
	if err != nil {
		t.Fatal(err)
	}
	cases["UTC short saturdays, holiday runs"] = c
	r := rand.New(rand.NewPCG(15, 17))
	for _, name := range slices.Sorted(maps.Keys(cases)) {
		c := cases[name]
		e := &c.eng
		ft := c.fast.table(e)
		avg := max(e.pre[7]/7, 1)
		shortest := slices.Min(slices.DeleteFunc(slices.Clone(e.nom[:]), func(l int64) bool { return l == 0 }))
		size := int64(1)
		for size*2 <= shortest {
			size *= 2 // the largest power of two not above the shortest day
		}
		half := int64(1)
		for half*2 < avg {
			half *= 2 // half the smallest power of two not below the average
		}
		if got := int64(1) << ft.shift; got != max(size, half) {
			t.Fatalf("%s: buckets of %d s for days of %d s (shortest) and %d s (average), want %d", name, got, shortest, avg, max(size, half))
		}
		total := int64(ft.f[fastDays])
		walks, tooFar := 0, 0
		for k, e := range ft.idx {
			lim := uint32(k) << ft.shift
			first := sort.Search(fastDays, func(z int) bool { return ft.f[z+1] > lim })
			if int(e&0xffff) != first {
				t.Fatalf("%s: bucket %d points at day %d, want %d", name, k, e&0xffff, first)
			}
			// The next day with business time, and whether every count
			// of the bucket is reached by its end.
			next := first + 1
			for next < fastDays && ft.f[next+1] == ft.f[next] {
				next++
			}
			end := min(int64(k+1)<<ft.shift, total)
			want := uint32(first) | walkBucket<<16
			if next < fastDays && int64(ft.f[next+1]) >= end {
				want = uint32(first) | uint32(next)<<16
			} else {
				walks++
			}
			if e != want {
				t.Fatalf("%s: bucket %d holds %#x, want %#x", name, k, e, want)
			}
		}
		// Buckets no longer than every weekday walk only on the rare days
		// an offset change shortens.
		if fits := int64(1)<<ft.shift <= shortest; fits && walks > len(ft.idx)/100 || strings.Contains(name, "short saturdays") && walks < 6 {
			t.Fatalf("%s: %d of %d buckets walk", name, walks, len(ft.idx))
		}
		if want := int((total-1)>>ft.shift + 1); len(ft.idx) != want {
			t.Fatalf("%s: %d buckets for %d s, want %d", name, len(ft.idx), total, want)
		}
		xs := []int64{0, 1, 2, 3, total - 1, total, total + 1}
		for k := range int64(len(ft.idx)) {
			// The first and last count of every bucket.
			xs = append(xs, k<<ft.shift+1, min((k+1)<<ft.shift, total))
		}
		for range 3000 {
			xs = append(xs, r.Int64N(total+2))
		}
		for _, rel := range xs {
			x := ft.f0 + rel
			z, fz, ok := ft.reach(x)
			want := e.reach(x)
			inside := 0 <= want && want < fastDays
			if inside && rel >= 1 {
				if b := ft.idx[(rel-1)>>ft.shift]; b>>16 == walkBucket {
					// The walk from the bucket's first day.
					inside = want-int64(b&0xffff) <= maxWalk
					if !inside {
						tooFar++
					}
				}
			}
			if ok != inside {
				t.Fatalf("%s: the table answers %v for count %d, whose day %d it reaches in its walk: %v", name, ok, rel, want, inside)
			}
			if !ok {
				continue
			}
			if f, _ := e.day(z); z != want || fz != f {
				t.Fatalf("%s: count %d reached on day %d (F %d), the engine says day %d (F %d)", name, rel, z, fz, want, f)
			}
		}
		if strings.Contains(name, "short saturdays") && tooFar == 0 {
			t.Fatalf("%s: no count is left to the engine after a walk of maxWalk days", name)
		}
	}
}

// offsetOf returns the zone model's UTC offset at instant u, which must lie
// before the repeating block's end.
func offsetOf(zm *zoneModel, u int64) int64 { return zm.offAt(zm.search(u)) }
