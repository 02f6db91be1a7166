package calendar_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"testing"
	"time"

	_ "time/tzdata"

	"github.com/supportrules/unified/calendar"
	"pgregory.net/rapid"
)

// Adversarial tests: the engine checked against an exact, independent
// reference in zones with odd offset histories, and the edges of its range.
// Rules D-CAL, D-CLOCK, D-DAYS.

// exactCalendar is a second reference for the engine, exact to the
// nanosecond in any zone: it builds each business date's windows as
// intervals of instants, [first instant whose wall clock reads at least
// open, first instant whose wall clock reads at least close) — the reading
// of D-CAL given in the package documentation (a boundary the clock skips
// is the instant of the change, one it shows twice is its first
// occurrence). It finds offset changes by sampling the zone every ten
// minutes and bisecting, so it shares nothing with the engine's zone model
// or with time.Location.ZoneBounds.
type exactCalendar struct {
	loc      *time.Location
	week     [7][]calendar.Window
	holidays map[calendar.Date]bool
}

func newExact(loc *time.Location, week [7][]calendar.Window, holidays ...calendar.Date) exactCalendar {
	r := exactCalendar{loc: loc, week: week, holidays: map[calendar.Date]bool{}}
	for _, h := range holidays {
		r.holidays[h] = true
	}
	return r
}

// offsetAt is the UTC offset of loc at Unix second u.
func offsetAt(loc *time.Location, u int64) int64 {
	_, off := time.Unix(u, 0).In(loc).Zone()
	return int64(off)
}

// changesIn returns the instants in (lo, hi] at which loc's offset changes.
func changesIn(loc *time.Location, lo, hi int64) []int64 {
	var out []int64
	const step = 600
	for u := lo; u < hi; u += step {
		v := min(u+step, hi)
		a := offsetAt(loc, u)
		if offsetAt(loc, v) == a {
			continue
		}
		x, y := u, v // offset(x) == a, offset(y) != a
		for y-x > 1 {
			m := x + (y-x)/2
			if offsetAt(loc, m) == a {
				x = m
			} else {
				y = m
			}
		}
		out = append(out, y)
	}
	return out
}

// resolve returns the first instant (Unix seconds) whose wall-clock reading
// in loc is at least c, civil seconds since 1970-01-01 00:00 local.
func resolveWall(loc *time.Location, c int64) int64 {
	const span = 27 * 3600
	cands := changesIn(loc, c-span, c+span)
	for _, s := range append([]int64{c - span}, cands...) {
		cands = append(cands, c-offsetAt(loc, s))
	}
	best := int64(1<<63 - 1)
	for _, u := range cands {
		if u+offsetAt(loc, u) >= c && u < best {
			best = u
		}
	}
	return best
}

type interval struct{ s, e time.Time }

// windowsOf returns the business intervals of date d, in order.
func (r exactCalendar) windowsOf(d calendar.Date) []interval {
	if r.holidays[d] {
		return nil
	}
	base := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC).Unix()
	var out []interval
	for _, w := range r.week[d.Weekday()] {
		s := resolveWall(r.loc, base+int64(w.Open/time.Second))
		e := resolveWall(r.loc, base+int64(w.Close/time.Second))
		out = append(out, interval{time.Unix(s, 0), time.Unix(e, 0)})
	}
	return out
}

func (r exactCalendar) isOpen(t time.Time) bool {
	d := calendar.DateOf(t.In(r.loc))
	for k := -2; k <= 2; k++ {
		for _, iv := range r.windowsOf(d.AddDays(k)) {
			if !t.Before(iv.s) && t.Before(iv.e) {
				return true
			}
		}
	}
	return false
}

func (r exactCalendar) between(a, b time.Time) time.Duration {
	var n time.Duration
	first, last := calendar.DateOf(a.In(r.loc)).AddDays(-2), calendar.DateOf(b.In(r.loc)).AddDays(2)
	for d := first; !d.After(last); d = d.AddDays(1) {
		for _, iv := range r.windowsOf(d) {
			s, e := iv.s, iv.e
			if s.Before(a) {
				s = a
			}
			if e.After(b) {
				e = b
			}
			if s.Before(e) {
				n += e.Sub(s)
			}
		}
	}
	return n
}

// add spends d over the intervals in order; ok is false when it needs more
// than maxDays dates.
func (r exactCalendar) add(t time.Time, d time.Duration, maxDays int) (time.Time, bool) {
	if d <= 0 {
		return t, true
	}
	day := calendar.DateOf(t.In(r.loc)).AddDays(-2)
	for range maxDays {
		for _, iv := range r.windowsOf(day) {
			s := iv.s
			if s.Before(t) {
				s = t
			}
			if !s.Before(iv.e) {
				continue
			}
			if l := iv.e.Sub(s); d <= l {
				return s.Add(d), true
			} else {
				d -= l
			}
		}
		day = day.AddDays(1)
	}
	return time.Time{}, false
}

// oddZones have offset histories that stress the engine: 30-minute and
// negative DST, +2h DST, changes at midnight, a skipped day, +14:00 and
// +05:45, local mean time with seconds, and an 1867 change of a whole day.
var oddZones = []string{
	"Australia/Lord_Howe", "Africa/Casablanca", "Asia/Gaza", "America/Havana",
	"America/Santiago", "Pacific/Apia", "Pacific/Kiritimati", "America/St_Johns",
	"Antarctica/Troll", "Europe/Dublin", "Asia/Kathmandu", "Europe/Amsterdam",
	"Africa/Monrovia", "America/Sitka", "Asia/Manila", "America/New_York",
	"Europe/London", "Asia/Jerusalem", "America/Asuncion", "Asia/Beirut",
	"Pacific/Kwajalein", "Europe/Moscow", "Asia/Tehran", "America/Godthab",
}

// oddCase is a calendar in one of oddZones, its exact reference, and an
// instant near one of the zone's offset changes.
type oddCase struct {
	cal  *calendar.Calendar
	ref  exactCalendar
	name string
	a    time.Time
}

// genWindows draws one to six windows with second precision: boundaries
// biased to the hours where offset changes happen, to the ends of the day,
// and to one-second windows.
func genWindows(t *rapid.T, label string) []calendar.Window {
	n := rapid.IntRange(1, 6).Draw(t, label+"Count")
	pick := rapid.OneOf(
		rapid.SampledFrom([]int64{0, 1, 1800, 3600, 5400, 7200, 9000, 10800, 82800, 84600, 86399, 86400}),
		rapid.Int64Range(0, 86400),
	)
	var bs []int64
	for len(bs) < 2*n {
		b := pick.Draw(t, label+"Boundary")
		if rapid.IntRange(0, 4).Draw(t, label+"Tiny") == 0 {
			b = min(b+1, 86400) // a one-second window or gap
		}
		if !slices.Contains(bs, b) {
			bs = append(bs, b)
		}
	}
	slices.Sort(bs)
	var ws []calendar.Window
	for i := 0; i < len(bs); i += 2 {
		ws = append(ws, calendar.Window{Open: time.Duration(bs[i]) * time.Second, Close: time.Duration(bs[i+1]) * time.Second})
	}
	return ws
}

// genOddCase draws a year, a zone from oddZones, an instant within three
// days of one of the zone's offset changes that year, two sets of windows
// shared out among the weekdays, and holidays — often on the very dates of
// the change.
func genOddCase(t *rapid.T) oddCase {
	year := rapid.SampledFrom(interestingYears).Draw(t, "year")
	zone := rapid.SampledFrom(oddZones).Draw(t, "zone")
	loc := mustLoad(zone)
	a := genNearChange(t, loc, year)

	wsA, wsB := genWindows(t, "windowsA"), genWindows(t, "windowsB")
	opts := []calendar.Option{calendar.WithWindows(wsA...)}
	var week [7][]calendar.Window
	var days []time.Weekday
	for d := time.Sunday; d <= time.Saturday; d++ {
		switch rapid.IntRange(0, 3).Draw(t, "day"+d.String()) {
		case 1, 2:
			days = append(days, d)
			week[d] = wsA
		case 3:
			week[d] = wsB
			opts = append(opts, calendar.WithDayWindows(d, wsB...))
		}
	}
	if len(days) == 0 {
		days = []time.Weekday{time.Wednesday}
		if week[time.Wednesday] == nil {
			week[time.Wednesday] = wsA
		}
	}
	opts = append(opts, calendar.WithWorkdays(days...))

	var hols []calendar.Date
	local := calendar.DateOf(a.In(loc))
	for i := range rapid.IntRange(0, 4).Draw(t, "holidays") {
		h := local.AddDays(rapid.IntRange(-3, 3).Draw(t, fmt.Sprintf("holiday%d", i)))
		if h.Year >= 1800 && h.Year <= 2099 {
			hols = append(hols, h)
		}
	}
	opts = append(opts, calendar.WithHolidays(hols...))
	cal, err := calendar.New(loc, opts...)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return oddCase{cal, newExact(loc, week, hols...), fmt.Sprintf("%s week=%v hol=%v", zone, week, hols), a}
}

// interestingYears are years with odd offset changes, the years around the
// engine's repeating block (2100–2500, then every 400 years), and years far
// outside the valid dates but inside the engine's range (about a million
// years either side of 1970).
var interestingYears = []int{
	1867, 1883, 1900, 1916, 1937, 1940, 1972, 1987, 1993, 2011, 2019, 2022,
	2024, 2025, 2026, 2040, 2087, 2099, 2100, 2101, 2499, 2500, 2501, 2899,
	2900, 2901, 4100, 9999, 10000, 400000, 1000000, 1, 0, -1000,
}

// D-CAL, D-CLOCK: in zones with odd histories, near their offset changes,
// with windows of any second-aligned shape, IsOpen, Between and Add agree
// to the nanosecond with the exact interval reference.
func TestAgreesWithExactReferenceNearOffsetChanges(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := genOddCase(t)
		cal, ref, name, a := c.cal, c.ref, c.name, c.a
		if got, want := cal.IsOpen(a), ref.isOpen(a); got != want {
			t.Fatalf("%s: IsOpen(%v) = %v, reference %v", name, a, got, want)
		}
		b := a.Add(time.Duration(rapid.Int64Range(0, int64(6*24*time.Hour)).Draw(t, "span")))
		span := ref.between(a, b)
		if got := cal.Between(a, b); got != span {
			t.Fatalf("%s: Between(%v, %v) = %v, reference %v", name, a, b, got, span)
		}
		d := span
		if span > 1 && rapid.Bool().Draw(t, "partial") {
			d = time.Duration(rapid.Int64Range(1, int64(span)).Draw(t, "budget"))
		}
		if d == 0 {
			return
		}
		want, ok := ref.add(a, d, 12)
		if !ok {
			t.Fatalf("%s: reference add(%v, %v) did not finish", name, a, d)
		}
		if got := cal.Add(a, d); !got.Equal(want) {
			t.Fatalf("%s: Add(%v, %v) = %v, reference %v", name, a, d, got, want.In(ref.loc))
		}
		// NextOpen is a itself when open, else the start of the next
		// non-empty window.
		if want, ok := ref.add(a, 1, 12); ok {
			if got := cal.NextOpen(a); !got.Equal(want.Add(-1)) {
				t.Fatalf("%s: NextOpen(%v) = %v, reference %v", name, a, got, want.Add(-1).In(ref.loc))
			}
		}
	})
}

// genNearChange draws an instant with nanoseconds within three days of an
// offset change of loc in the given year, or anywhere in the year when the
// zone has none then.
func genNearChange(t *rapid.T, loc *time.Location, year int) time.Time {
	lo := time.Date(year, time.January, 1, 0, 0, 0, 0, time.UTC).Unix()
	hi := time.Date(year+1, time.January, 1, 0, 0, 0, 0, time.UTC).Unix()
	var changes []int64
	for u := lo; u < hi; u += 6 * 3600 {
		if offsetAt(loc, u) != offsetAt(loc, u+6*3600) {
			changes = append(changes, changesIn(loc, u, u+6*3600)...)
		}
	}
	var u int64
	if len(changes) == 0 {
		u = rapid.Int64Range(lo, hi-1).Draw(t, "instant")
	} else {
		c := rapid.SampledFrom(changes).Draw(t, "change")
		u = c + rapid.Int64Range(-3*86400, 3*86400).Draw(t, "fromChange")
	}
	ns := rapid.SampledFrom([]int64{0, 0, 1, 999_999_999, 500_000_000}).Draw(t, "nanos")
	return time.Unix(u, ns).In(loc)
}

// D-CAL, D-CLOCK: whatever zone the input carries, Add, Between and IsOpen
// give the same answers in the odd zones too, and Add answers in the
// input's location.
func TestOddZonesResultsDoNotDependOnTheInputZone(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := genOddCase(t)
		other := mustLoad(rapid.SampledFrom(oddZones).Draw(t, "otherZone"))
		d := time.Duration(rapid.Int64Range(1, int64(100*time.Hour)).Draw(t, "budget"))
		x, y := c.cal.Add(c.a, d), c.cal.Add(c.a.In(other), d)
		if !x.Equal(y) || y.Location() != other {
			t.Fatalf("%s: Add(%v, %v) = %v, from %v it is %v", c.name, c.a, d, x, other, y)
		}
		b := c.a.Add(d)
		if p, q := c.cal.Between(c.a, b), c.cal.Between(c.a.In(other), b.In(time.UTC)); p != q {
			t.Fatalf("%s: Between differs by zone: %v vs %v", c.name, p, q)
		}
		if c.cal.IsOpen(c.a) != c.cal.IsOpen(c.a.In(other)) {
			t.Fatalf("%s: IsOpen(%v) differs by zone", c.name, c.a)
		}
	})
}

// D-CAL: a date's first instant (Date.In) is the first instant whose wall
// clock reads at least its midnight, in the odd zones, from year 1 to 9999:
// a skipped midnight gives the instant of the change, a skipped day (Apia
// 2011-12-30, Kiritimati 1994-12-31) the instant of the jump.
func TestDateInMatchesExactReferenceInOddZones(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		loc := mustLoad(rapid.SampledFrom(oddZones).Draw(t, "zone"))
		var d calendar.Date
		if rapid.Bool().Draw(t, "nearChange") {
			year := rapid.SampledFrom(interestingYears).Draw(t, "year")
			d = calendar.DateOf(genNearChange(t, loc, year).In(loc))
		} else {
			d = genDate(t, "date", 1, 9999)
		}
		if !d.IsValid() { // 10000-01-01, three days after a change in 9999
			if got := d.In(loc); !got.IsZero() {
				t.Fatalf("%v.In(%v) = %v, want the zero time for an invalid date", d, loc, got)
			}
			return
		}
		midnight := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC).Unix()
		want := time.Unix(resolveWall(loc, midnight), 0)
		if got := d.In(loc); !got.Equal(want) || got.Location() != loc {
			t.Fatalf("%v.In(%v) = %v, reference %v", d, loc, got, want.In(loc))
		}
	})
}

// D-DAYS: over the whole range of valid dates, AddBusinessDays(d, n) is a
// business day with exactly n business days in (d, result] (in [result, d)
// for n < 0), it agrees with a day-by-day walk for shorter counts, and
// BusinessDaysBetween counts the same days the walk does.
func TestBusinessDaysAcrossTheWholeDateRange(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var week [7][]calendar.Window
		var days []time.Weekday
		for d := time.Sunday; d <= time.Saturday; d++ {
			if rapid.Bool().Draw(t, "work"+d.String()) {
				days = append(days, d)
				week[d] = []calendar.Window{{Open: hm(9, 0), Close: hm(17, 30)}}
			}
		}
		if len(days) == 0 {
			days = []time.Weekday{time.Saturday}
			week[time.Saturday] = []calendar.Window{{Open: hm(9, 0), Close: hm(17, 30)}}
		}
		var hols []calendar.Date
		for i := range rapid.IntRange(0, 40).Draw(t, "holidays") {
			hols = append(hols, genDate(t, fmt.Sprintf("holiday%d", i), 1800, 2099))
		}
		// Clusters of holidays, so that runs of closed days occur.
		if rapid.Bool().Draw(t, "cluster") {
			h := genDate(t, "clusterStart", 1800, 2098)
			for k := range rapid.IntRange(1, 20).Draw(t, "clusterLength") {
				hols = append(hols, h.AddDays(k))
			}
		}
		cal := mustNewRapid(t, mustLoad("UTC"), calendar.WithWorkdays(days...), calendar.WithHolidays(hols...))
		slow := newSlow(time.UTC, week, hols...)
		d := rapid.OneOf(
			rapid.Custom(func(t *rapid.T) calendar.Date { return genDate(t, "anyDate", 1, 9999) }),
			rapid.Custom(func(t *rapid.T) calendar.Date { return genDate(t, "holidayEra", 1799, 2100) }),
		).Draw(t, "d")
		n := rapid.OneOf(rapid.IntRange(-3000, 3000), rapid.IntRange(-2_000_000, 2_000_000)).Draw(t, "n")
		got := cal.AddBusinessDays(d, n)
		if n == 0 {
			if got != d {
				t.Fatalf("AddBusinessDays(%v, 0) = %v", d, got)
			}
			return
		}
		if !cal.IsBusinessDay(got) {
			t.Fatalf("AddBusinessDays(%v, %d) = %v, not a business day", d, n, got)
		}
		if n > 0 {
			if k := cal.BusinessDaysBetween(d.AddDays(1), got.AddDays(1)); k != n {
				t.Fatalf("AddBusinessDays(%v, %d) = %v, but (d, result] holds %d business days", d, n, got, k)
			}
		} else if k := cal.BusinessDaysBetween(got, d); k != -n {
			t.Fatalf("AddBusinessDays(%v, %d) = %v, but [result, d) holds %d business days", d, n, got, k)
		}
		if n >= -3000 && n <= 3000 {
			if want := slow.addBusinessDays(d, n); got != want {
				t.Fatalf("AddBusinessDays(%v, %d) = %v, day-by-day walk %v", d, n, got, want)
			}
			lo, hi := d, got
			if hi.Before(lo) {
				lo, hi = hi, lo
			}
			want := 0
			for x := lo; x.Before(hi); x = x.AddDays(1) {
				if slow.week[x.Weekday()] != nil && !slow.holidays[x] {
					want++
				}
			}
			if k := cal.BusinessDaysBetween(lo, hi); k != want {
				t.Fatalf("BusinessDaysBetween(%v, %v) = %d, counted %d", lo, hi, k, want)
			}
		}
	})
}

func mustNewRapid(t *rapid.T, loc *time.Location, opts ...calendar.Option) *calendar.Calendar {
	c, err := calendar.New(loc, opts...)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return c
}

// D-CAL: table rows on the offset changes of zones with odd histories,
// worked out by hand from the tz database. Each day runs from its first
// instant (Date.In) to the next day's; a window boundary the clock skips is
// the instant of the change (so a window wholly inside a gap counts
// nothing), one it shows twice is its first occurrence, and a window over a
// change counts its real length.
func TestOddZoneOffsetChanges(t *testing.T) {
	w := func(open, close time.Duration) calendar.Option { return calendar.WithHours(open, close) }
	sec := func(s int) time.Duration { return time.Duration(s) * time.Second }
	day := 24 * time.Hour
	tests := []struct {
		name  string
		zone  string
		opts  []calendar.Option
		from  calendar.Date
		until calendar.Date
		want  time.Duration
	}{
		// Antarctica/Troll: +00 to +02 at 01:00 UTC, a two-hour DST.
		{"troll spring day is 22h", "Antarctica/Troll", []calendar.Option{w(0, day)}, date(2025, 3, 30), date(2025, 3, 31), 22 * time.Hour},
		{"troll autumn day is 26h", "Antarctica/Troll", []calendar.Option{w(0, day)}, date(2025, 10, 26), date(2025, 10, 27), 26 * time.Hour},
		{"troll 01:00-03:00 wholly in the gap counts nothing", "Antarctica/Troll", []calendar.Option{w(hm(1, 0), hm(3, 0))}, date(2025, 3, 30), date(2025, 3, 31), 0},
		{"troll 01:00-03:00 over the repeat is 4h", "Antarctica/Troll", []calendar.Option{w(hm(1, 0), hm(3, 0))}, date(2025, 10, 26), date(2025, 10, 27), 4 * time.Hour},
		// Australia/Lord_Howe: 30-minute DST at 02:00.
		{"lord howe 01:30-02:30 on the spring day is 30m", "Australia/Lord_Howe", []calendar.Option{w(hm(1, 30), hm(2, 30))}, date(2025, 10, 5), date(2025, 10, 6), 30 * time.Minute},
		{"lord howe 01:30-02:30 on the autumn day is 1h30", "Australia/Lord_Howe", []calendar.Option{w(hm(1, 30), hm(2, 30))}, date(2025, 4, 6), date(2025, 4, 7), 90 * time.Minute},
		// America/Santiago: changes at midnight. 24:00 on Saturday 5 April
		// is reached only after the repeated hour.
		{"santiago saturday before the fall-back, 00-02 and 23-24, is 4h", "America/Santiago", []calendar.Option{calendar.WithWindows(calendar.Window{Open: 0, Close: hm(2, 0)}, calendar.Window{Open: hm(23, 0), Close: day})}, date(2025, 4, 5), date(2025, 4, 6), 4 * time.Hour},
		{"santiago fall-back sunday, 00-02 and 23-24, is 3h", "America/Santiago", []calendar.Option{calendar.WithWindows(calendar.Window{Open: 0, Close: hm(2, 0)}, calendar.Window{Open: hm(23, 0), Close: day})}, date(2025, 4, 6), date(2025, 4, 7), 3 * time.Hour},
		{"santiago spring sunday with no midnight, 00-02 and 23-24, is 2h", "America/Santiago", []calendar.Option{calendar.WithWindows(calendar.Window{Open: 0, Close: hm(2, 0)}, calendar.Window{Open: hm(23, 0), Close: day})}, date(2025, 9, 7), date(2025, 9, 8), 2 * time.Hour},
		// America/Havana: midnight skipped in March, 00:00-01:00 repeated in November.
		{"havana 00:00-01:00 on the skipped midnight counts nothing", "America/Havana", []calendar.Option{w(0, hm(1, 0))}, date(2025, 3, 9), date(2025, 3, 10), 0},
		{"havana 00:00-01:00 on the repeated hour is 2h", "America/Havana", []calendar.Option{w(0, hm(1, 0))}, date(2025, 11, 2), date(2025, 11, 3), 2 * time.Hour},
		// Pacific/Apia skipped Friday 2011-12-30; Pacific/Kiritimati skipped 1994-12-31.
		{"apia 29 and 30 december 2011 are 24h together", "Pacific/Apia", []calendar.Option{w(0, day)}, date(2011, 12, 29), date(2011, 12, 31), 24 * time.Hour},
		{"kiritimati 30 and 31 december 1994 are 24h together", "Pacific/Kiritimati", []calendar.Option{w(0, day)}, date(1994, 12, 30), date(1995, 1, 1), 24 * time.Hour},
		// America/Sitka repeated Friday 1867-10-18 when Alaska changed sides of the date line.
		{"sitka 18 and 19 october 1867 are 72h", "America/Sitka", []calendar.Option{w(0, day)}, date(1867, 10, 18), date(1867, 10, 20), 72 * time.Hour},
		{"sitka's repeated friday counts its default hours once", "America/Sitka", nil, date(1867, 10, 14), date(1867, 10, 21), 5 * (8*time.Hour + 30*time.Minute)},
		// Offsets with minutes and seconds: +05:30 to +05:45, -00:44:30 to +00:00, +00:19:32 to +00:20.
		{"kathmandu 1986-01-01 is 23h45", "Asia/Kathmandu", []calendar.Option{w(0, day)}, date(1986, 1, 1), date(1986, 1, 2), 23*time.Hour + 45*time.Minute},
		{"kathmandu 00:00-01:00 on 1986-01-01 is 45m", "Asia/Kathmandu", []calendar.Option{w(0, hm(1, 0))}, date(1986, 1, 1), date(1986, 1, 2), 45 * time.Minute},
		{"monrovia 1972-01-07 is 23h15m30s", "Africa/Monrovia", []calendar.Option{w(0, day)}, date(1972, 1, 7), date(1972, 1, 8), 23*time.Hour + 15*time.Minute + 30*time.Second},
		{"monrovia 00:00-01:00 on 1972-01-07 is 15m30s", "Africa/Monrovia", []calendar.Option{w(0, hm(1, 0))}, date(1972, 1, 7), date(1972, 1, 8), 15*time.Minute + 30*time.Second},
		{"amsterdam 1937-07-01 is 23h59m32s", "Europe/Amsterdam", []calendar.Option{w(0, day)}, date(1937, 7, 1), date(1937, 7, 2), day - 28*time.Second},
		{"amsterdam 28-second window in the gap counts nothing", "Europe/Amsterdam", []calendar.Option{w(0, sec(28))}, date(1937, 7, 1), date(1937, 7, 2), 0},
		{"amsterdam first minute of 1937-07-01 is 32s", "Europe/Amsterdam", []calendar.Option{w(0, sec(60))}, date(1937, 7, 1), date(1937, 7, 2), 32 * time.Second},
		// America/St_Johns: -03:30/-02:30 at 02:00.
		{"st johns 02:00-03:00 on the spring day counts nothing", "America/St_Johns", []calendar.Option{w(hm(2, 0), hm(3, 0))}, date(2025, 3, 9), date(2025, 3, 10), 0},
		{"st johns 01:00-02:00 on the autumn day is 2h", "America/St_Johns", []calendar.Option{w(hm(1, 0), hm(2, 0))}, date(2025, 11, 2), date(2025, 11, 3), 2 * time.Hour},
		// Africa/Casablanca: negative DST for Ramadan (+01 to +00 and back).
		{"casablanca 2025-02-23 is 25h", "Africa/Casablanca", []calendar.Option{w(0, day)}, date(2025, 2, 23), date(2025, 2, 24), 25 * time.Hour},
		{"casablanca 02:00-03:00 on 2025-02-23 is 2h", "Africa/Casablanca", []calendar.Option{w(hm(2, 0), hm(3, 0))}, date(2025, 2, 23), date(2025, 2, 24), 2 * time.Hour},
		{"casablanca 2025-04-06 is 23h", "Africa/Casablanca", []calendar.Option{w(0, day)}, date(2025, 4, 6), date(2025, 4, 7), 23 * time.Hour},
		{"casablanca 02:00-03:00 on 2025-04-06 counts nothing", "Africa/Casablanca", []calendar.Option{w(hm(2, 0), hm(3, 0))}, date(2025, 4, 6), date(2025, 4, 7), 0},
		// Asia/Gaza (Saturday changes) and Europe/Dublin (negative DST in the tz source).
		{"gaza 2025-04-12 is 23h", "Asia/Gaza", []calendar.Option{w(0, day)}, date(2025, 4, 12), date(2025, 4, 13), 23 * time.Hour},
		{"gaza 2025-10-25 is 25h", "Asia/Gaza", []calendar.Option{w(0, day)}, date(2025, 10, 25), date(2025, 10, 26), 25 * time.Hour},
		{"dublin 2025-03-30 is 23h", "Europe/Dublin", []calendar.Option{w(0, day)}, date(2025, 3, 30), date(2025, 3, 31), 23 * time.Hour},
		{"dublin 2025-10-26 is 25h", "Europe/Dublin", []calendar.Option{w(0, day)}, date(2025, 10, 26), date(2025, 10, 27), 25 * time.Hour},
		// Holidays on the days of a change count nothing, and leave their neighbours whole.
		{"new york holiday on the fall-back sunday", "America/New_York", []calendar.Option{w(0, day), calendar.WithHolidays(date(2024, 11, 3))}, date(2024, 11, 2), date(2024, 11, 5), 48 * time.Hour},
		{"lord howe holiday on the spring sunday", "Australia/Lord_Howe", []calendar.Option{w(0, day), calendar.WithHolidays(date(2025, 10, 5))}, date(2025, 10, 4), date(2025, 10, 7), 48 * time.Hour},
		{"santiago holiday on the fall-back saturday", "America/Santiago", []calendar.Option{w(hm(23, 0), day), calendar.WithHolidays(date(2025, 4, 5))}, date(2025, 4, 4), date(2025, 4, 7), 2 * time.Hour},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			loc := mustLoad(tt.zone)
			opts := tt.opts
			if len(opts) > 0 {
				opts = append([]calendar.Option{allWeek}, opts...)
			}
			cal := mustNew(t, loc, opts...)
			a, b := tt.from.In(loc), tt.until.In(loc)
			if got := cal.Between(a, b); got != tt.want {
				t.Errorf("Between(%v, %v) = %v, want %v", a, b, got, tt.want)
			}
			if tt.want == 0 {
				return
			}
			got := cal.Add(a, tt.want)
			if got.After(b) || cal.Between(a, got) != tt.want || cal.Between(got, b) != 0 {
				t.Errorf("Add(%v, %v) = %v, not the last business instant before %v", a, tt.want, got, b)
			}
		})
	}
}

// D-CLOCK: Between undoes Add exactly even for budgets of centuries, whose
// deadlines lie far inside the engine's repeating 400-year block, up to
// the largest Duration itself.
func TestHugeBudgetsAreExactInverses(t *testing.T) {
	const top = time.Duration(1<<63 - 1)
	rapid.Check(t, func(t *rapid.T) {
		c := genCalendar(t)
		start := genInstant(t, "start")
		d := time.Duration(rapid.OneOf(
			rapid.Int64Range(int64(top-100*365*24*time.Hour), int64(top)),
			rapid.Int64Range(int64(4000*time.Hour), int64(top)),
		).Draw(t, "budget"))
		due := c.cal.Add(start, d)
		if got := c.cal.Between(start, due); got != d {
			t.Fatalf("%v: Between(%v, Add(%v, %v) = %v) = %v", c, start, start, d, due, got)
		}
		if !c.cal.IsOpen(due) && !c.cal.IsOpen(due.Add(-1)) {
			t.Fatalf("%v: Add(%v, %v) = %v is neither open nor a closing instant", c, start, d, due)
		}
	})
}

// D-CLOCK: at the edges of the engine's range (about a million years either
// side of 1970) and of time.Time, Add never goes backwards and returns t for
// d <= 0, Between is never negative and never more than wall time, and
// IsOpen is false beyond the range.
func TestEdgesOfTheRange(t *testing.T) {
	cal := mustNew(t, mustLoad("Australia/Lord_Howe"), calendar.WithWindows(calendar.Window{Open: hm(1, 30), Close: hm(2, 30)}, calendar.Window{Open: hm(23, 59), Close: 24 * time.Hour}), allWeek)
	limit := time.Unix(1<<45, 0)
	instants := []time.Time{
		{}, time.Unix(-1<<62, 0), time.Unix(1<<62, 0), limit, limit.Add(-1), limit.Add(1), limit.Add(time.Second - 1), limit.Add(-90 * time.Minute), limit.Add(-48 * time.Hour),
		time.Unix(-1<<45, 0), time.Unix(-1<<45, 0).Add(-1), time.Unix(-1<<45, 0).Add(48 * time.Hour),
		time.Date(-1000, time.March, 1, 0, 0, 0, 0, time.UTC), time.Date(0, time.December, 31, 23, 59, 59, 999999999, time.UTC),
		time.Date(2099, time.December, 31, 23, 59, 59, 999999999, time.UTC), time.Date(2100, time.January, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2499, time.December, 31, 23, 59, 59, 999999999, time.UTC), time.Date(2500, time.January, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2900, time.January, 1, 0, 0, 0, 0, time.UTC), time.Date(292277026596, time.December, 4, 15, 30, 7, 999999999, time.UTC),
	}
	durations := []time.Duration{-1 << 63, -1, 0, 1, time.Minute, 24 * time.Hour, 1<<63 - 1}
	for _, a := range instants {
		for _, d := range durations {
			got := cal.Add(a, d)
			if d <= 0 && !got.Equal(a) {
				t.Errorf("Add(%v, %v) = %v, want the start", a, d, got)
			}
			if got.Before(a) {
				t.Errorf("Add(%v, %v) = %v, before the start", a, d, got)
			}
			if a.Before(limit) && got.After(limit) {
				t.Errorf("Add(%v, %v) = %v, past the engine's range", a, d, got)
			}
		}
		for _, b := range instants {
			got := cal.Between(a, b)
			if got < 0 || (!a.Before(b) && got != 0) || (a.Before(b) && got > b.Sub(a)) {
				t.Errorf("Between(%v, %v) = %v", a, b, got)
			}
		}
		if !a.Before(limit) && cal.IsOpen(a) {
			t.Errorf("IsOpen(%v) beyond the range", a)
		}
	}
}

// D-CAL: a calendar's JSON description round-trips for any shape of hours
// (several windows, one-second windows, 24:00, per-day windows, holidays on
// the days of a change): the text is stable and the decoded calendar has the
// same windows and holidays and answers the same.
func TestJSONRoundTripKeepsEveryAnswer(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := genOddCase(t)
		b, err := json.Marshal(c.cal)
		if err != nil {
			t.Fatalf("%s: Marshal: %v", c.name, err)
		}
		var back calendar.Calendar
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%s: Unmarshal(%s): %v", c.name, b, err)
		}
		if b2, err := json.Marshal(&back); err != nil || string(b2) != string(b) {
			t.Fatalf("%s: %s re-encodes as %s, %v", c.name, b, b2, err)
		}
		for d := time.Sunday; d <= time.Saturday; d++ {
			if x, y := c.cal.Windows(d), back.Windows(d); !slices.Equal(x, y) {
				t.Fatalf("%s: %v windows %v became %v", c.name, d, x, y)
			}
		}
		if x, y := c.cal.Holidays(), back.Holidays(); !slices.Equal(x, y) {
			t.Fatalf("%s: holidays %v became %v", c.name, x, y)
		}
		d := time.Duration(rapid.Int64Range(1, int64(200*time.Hour)).Draw(t, "budget"))
		if x, y := c.cal.Add(c.a, d), back.Add(c.a, d); !x.Equal(y) {
			t.Fatalf("%s: Add(%v, %v) = %v, after the round trip %v", c.name, c.a, d, x, y)
		}
		if x, y := c.cal.Between(c.a, c.a.Add(d)), back.Between(c.a, c.a.Add(d)); x != y {
			t.Fatalf("%s: Between = %v, after the round trip %v", c.name, x, y)
		}
	})
}

// D-FLEX-2, FLEX-3: contract years are anniversaries of the start date
// (29 February's anniversary in a common year is 1 March): over the
// whole range of valid dates they tile time with years of 365 or 366 days,
// each starting on the start's month and day where that exists, and
// ContractYearOf finds the one year containing a date.
func TestContractYearsAcrossTheWholeDateRange(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		start := rapid.OneOf(
			rapid.Custom(func(t *rapid.T) calendar.Date { return genDate(t, "anyStart", 1, 9990) }),
			rapid.Custom(func(t *rapid.T) calendar.Date {
				y := 4 * rapid.IntRange(1, 2497).Draw(t, "leapYearQuarter")
				if y%100 == 0 && y%400 != 0 {
					y += 4
				}
				return date(y, time.February, 29)
			}),
		).Draw(t, "start")
		n := rapid.IntRange(1, 9998-start.Year).Draw(t, "n")
		p, ok := calendar.ContractYear(start, n)
		if !ok {
			t.Fatalf("ContractYear(%v, %d) failed", start, n)
		}
		next, ok := calendar.ContractYear(start, n+1)
		if !ok || next.Start != p.End {
			t.Fatalf("contract year %d %v is not followed by year %d: %v, %v", n, p, n+1, next, ok)
		}
		if days := p.Days(); days < 365 || days > 366 {
			t.Fatalf("contract year %d of %v is %v, %d days", n, start, p, days)
		}
		y := start.Year + n - 1
		want := date(y, start.Month, start.Day)
		if start.Month == time.February && start.Day == 29 && !(y%4 == 0 && (y%100 != 0 || y%400 == 0)) {
			want = date(y, time.March, 1)
		}
		if p.Start != want {
			t.Fatalf("contract year %d of %v starts %v, want %v", n, start, p.Start, want)
		}
		d := p.Start.AddDays(rapid.IntRange(0, p.Days()-1).Draw(t, "dayInYear"))
		if m, q, ok := calendar.ContractYearOf(start, d); !ok || m != n || q != p {
			t.Fatalf("ContractYearOf(%v, %v) = %d, %v, %v; want %d, %v", start, d, m, q, ok, n, p)
		}
	})
}

// D-DAYS: periods are half-open ranges of dates: for non-empty periods,
// Contains, Overlaps and Intersect agree with each other day by day.
func TestNonEmptyPeriodsAgreeDayByDay(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		gen := func(label string) calendar.Period {
			s := genDate(t, label+"Start", 2026, 2026)
			return calendar.Period{Start: s, End: s.AddDays(rapid.IntRange(1, 40).Draw(t, label+"Days"))}
		}
		p, q := gen("p"), gen("q")
		x, ok := p.Intersect(q)
		if ok != p.Overlaps(q) || ok != q.Overlaps(p) {
			t.Fatalf("%v, %v: Intersect ok = %v, Overlaps = %v", p, q, ok, p.Overlaps(q))
		}
		for d := date(2025, 12, 31); d.Before(date(2027, 2, 15)); d = d.AddDays(1) {
			both := p.Contains(d) && q.Contains(d)
			if both != (ok && x.Contains(d)) {
				t.Fatalf("%v ∩ %v = %v, %v; wrong about %v", p, q, x, ok, d)
			}
		}
	})
}

// D-CAL, D-CLOCK: a window containing the change keeps its real length in
// every year, on both sides of the engine's repeating-block boundaries
// (2100, 2500, and each 400 years beyond): in New York, [01:00, 04:00) is 2h
// on the second Sunday of March and 4h on the first Sunday of November, and
// the Saturday before and the Monday after keep their 3h.
func TestDaylightSavingWindowsAcrossTheRepeatingBlock(t *testing.T) {
	ny := mustLoad("America/New_York")
	cal := mustNew(t, ny, calendar.WithHours(hm(1, 0), hm(4, 0)), allWeek)
	nthSunday := func(y int, m time.Month, n int) calendar.Date {
		first := time.Date(y, m, 1, 12, 0, 0, 0, time.UTC)
		off := (7 - int(first.Weekday())) % 7
		return date(y, m, 1+off+7*(n-1))
	}
	// Spans across a block boundary count exactly the wall time on a 24x7
	// calendar: the block's length in business time is right.
	all := mustNew(t, ny, calendar.WithHours(0, 24*time.Hour), allWeek)
	for _, y := range []int{2100, 2500, 2900, 3300} {
		a, b := time.Date(y-20, time.July, 1, 0, 0, 0, 0, ny), time.Date(y+20, time.July, 1, 0, 0, 0, 0, ny)
		if got := all.Between(a, b); got != b.Sub(a) {
			t.Errorf("24x7 Between(%v, %v) = %v, want %v", a, b, got, b.Sub(a))
		}
		if got := all.Add(a, b.Sub(a)); !got.Equal(b) {
			t.Errorf("24x7 Add(%v, %v) = %v, want %v", a, b.Sub(a), got, b)
		}
	}
	for _, y := range []int{2099, 2100, 2101, 2499, 2500, 2501, 2899, 2900, 2901, 6500, 9999} {
		for _, tc := range []struct {
			day  calendar.Date
			want time.Duration
		}{{nthSunday(y, time.March, 2), 2 * time.Hour}, {nthSunday(y, time.November, 1), 4 * time.Hour}} {
			a, b := tc.day.AddDays(-1).In(ny), tc.day.AddDays(2).In(ny)
			want := tc.want + 6*time.Hour
			if got := cal.Between(a, b); got != want {
				t.Errorf("%d: Between(%v, %v) = %v, want %v", y, a, b, got, want)
			}
			if got := cal.Add(a, want); !got.Equal(at(ny, tc.day.Year, tc.day.Month, tc.day.Day+1, 4, 0)) {
				t.Errorf("%d: Add(%v, %v) = %v, want the Monday's 04:00", y, a, want, got)
			}
		}
	}
}

// D-CLOCK: a business day that a zone skips entirely (Pacific/Apia,
// Friday 2011-12-30) has no business hours; a deadline from Thursday
// afternoon runs on to Monday.
func TestSkippedDayHasNoBusinessHours(t *testing.T) {
	apia := mustLoad("Pacific/Apia")
	cal := mustNew(t, apia)
	start := at(apia, 2011, 12, 29, 17, 0) // Thursday, -10:00
	if got, want := cal.Add(start, time.Hour), at(apia, 2012, 1, 2, 9, 30); !got.Equal(want) {
		t.Errorf("Add(%v, 1h) = %v, want %v", start, got, want)
	}
	if got := cal.Between(start, at(apia, 2012, 1, 2, 9, 0)); got != 30*time.Minute {
		t.Errorf("Between(Thursday 17:00, Monday 09:00) = %v, want 30m", got)
	}
	if got, want := cal.NextOpen(at(apia, 2011, 12, 29, 17, 30)), at(apia, 2012, 1, 2, 9, 0); !got.Equal(want) {
		t.Errorf("NextOpen(Thursday 17:30) = %v, want %v", got, want)
	}
}
