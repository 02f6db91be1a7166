package calendar

import (
	"cmp"
	"math"
	"slices"
	"time"
)

// The business-hours engine.
//
// Counted time is kept as F(z), the business seconds from a fixed origin to
// the start of local day z (days since 1970-01-01). F is the nominal weekly
// pattern (each weekday's windows' civil lengths) plus a short sorted list
// of exceptions: holidays, and the few days on which a UTC-offset change
// falls inside a window and so changes its real length. A prefix sum over
// the exceptions makes F, and its inverse, a constant number of steps plus a
// bucketed search, whatever the span: Add for 2 hours and for 4,000 hours
// cost the same. Local days after 2500-01-03 reduce into the repeating block
// of local days from 2100-01-03 (see zone.go), whose exceptions repeat
// exactly.
//
// Within a day, instants are located against the real window boundaries
// resolved through the zone model, so a window's elapsed length on a
// daylight-saving day is its real length. Window boundaries are whole
// seconds, so every day's counted length, and F, are whole seconds; the
// nanoseconds of an instant only ever matter within one day.

const (
	// limitSec bounds the instants the engine works with: about 1.1
	// million years either side of 1970. Inputs beyond are clamped.
	limitSec = 1 << 45
	limitDay = limitSec / secPerDay
	nsPerSec = int64(time.Second)
	// blockLoDay and blockHiDay are the zone model's repeating block in
	// days (UTC); localLoDay and localHiDay the block of local days, whose
	// F repeats (see localLoSec).
	blockLoDay = 47482 // 2100-01-01
	blockHiDay = blockLoDay + cycleDays
	localLoDay = localLoSec / secPerDay // 2100-01-03
	localHiDay = localLoDay + cycleDays
	// weekOrigin: day numbers z+4 count from Sunday 1969-12-28.
	weekOrigin = 4
	// excShift: the exception index has buckets of 256 days.
	excShift = 8
)

// winSec is a window as civil seconds after local midnight.
type winSec struct{ open, close int64 }

// exception is a day whose counted length differs from its weekday's.
type exception struct {
	day     int64
	length  int64 // counted seconds on the day
	cum     int64 // sum of (length - nominal) over this and earlier exceptions
	holiday bool
}

type engine struct {
	zone  zoneModel
	win   [7][]winSec
	nom   [7]int64 // nominal counted seconds per weekday
	pre   [8]int64 // pre[k]: nominal seconds of weekdays before k (Sunday = 0)
	exc   []exception
	excLo int64   // first day covered by excIx
	excIx []int32 // excIx[k]: exceptions before day excLo + k<<excShift
	cycle int64   // F(localHiDay) - F(localLoDay)
	fHi   int64   // F(localHiDay), table value

	// Business days.
	preBD [8]int64 // business weekdays before weekday k
	hol   []int64  // non-business working weekdays (holidays, dates the zone skipped), sorted
}

func buildEngine(c *Calendar) engine {
	var e engine
	e.zone = newZoneModel(c.loc)
	for wd := range 7 {
		for _, w := range c.week[wd] {
			ws := winSec{int64(w.Open / time.Second), int64(w.Close / time.Second)}
			e.win[wd] = append(e.win[wd], ws)
			e.nom[wd] += ws.close - ws.open
		}
		e.pre[wd+1] = e.pre[wd] + e.nom[wd]
		e.preBD[wd+1] = e.preBD[wd]
		if e.nom[wd] > 0 {
			e.preBD[wd+1]++
		}
	}

	// Exceptions: holidays on working days, then days around each offset
	// change whose real length differs from the nominal one.
	for _, h := range c.holidays {
		z := h.days()
		if e.nom[weekdayOf(z)] > 0 {
			e.hol = append(e.hol, z)
			e.exc = append(e.exc, exception{day: z, holiday: true})
		}
	}
	// Days on which an offset change can make a window's real length
	// differ from its civil one, or skip the whole date. A change at T from
	// offset o1 to o2 disturbs the local readings between T+o1 and T+o2
	// (skipped or shown twice); a local time c outside every such interval
	// is shown exactly once, at c minus the offset of its stretch, so a
	// window that meets no disturbed interval has its civil length, and a
	// date can only be skipped by a change of a day or more. Only the days
	// with a window meeting a disturbed interval are asked about.
	var near []int64
	for i, tr := range e.zone.trans {
		before := e.zone.offAt(i)
		lo, hi := tr.at+min(before, tr.off), tr.at+max(before, tr.off)
		for z := floorDiv(lo, secPerDay); z <= min(floorDiv(hi, secPerDay), localHiDay-1); z++ {
			base := z * secPerDay
			for _, w := range e.win[weekdayOf(z)] {
				if base+w.open <= hi && lo <= base+w.close {
					near = append(near, z)
					break
				}
			}
		}
	}
	slices.Sort(near)
	var skipped []int64
	for _, z := range slices.Compact(near) {
		if _, holiday := slices.BinarySearch(e.hol, z); holiday {
			continue
		}
		if e.zone.resolve(z*secPerDay) == e.zone.resolve((z+1)*secPerDay) {
			// The zone skipped the whole date (Pacific/Apia,
			// 2011-12-30): it never happened there, so it is no
			// business day.
			skipped = append(skipped, z)
		}
		var real int64
		wd := weekdayOf(z)
		for _, w := range e.win[wd] {
			real += e.zone.resolve(z*secPerDay+w.close) - e.zone.resolve(z*secPerDay+w.open)
		}
		if real != e.nom[wd] {
			e.exc = append(e.exc, exception{day: z, length: real})
		}
	}
	e.hol = append(e.hol, skipped...)
	slices.SortFunc(e.exc, func(a, b exception) int { return int(a.day - b.day) })
	var cum int64
	for i := range e.exc {
		cum += e.exc[i].length - e.nom[weekdayOf(e.exc[i].day)]
		e.exc[i].cum = cum
	}
	if n := len(e.exc); n > 0 {
		e.excLo = e.exc[0].day
		e.excIx = make([]int32, (e.exc[n-1].day-e.excLo)>>excShift+1)
		j := 0
		for k := range e.excIx {
			lim := e.excLo + int64(k)<<excShift
			for j < n && e.exc[j].day < lim {
				j++
			}
			e.excIx[k] = int32(j)
		}
	}
	slices.Sort(e.hol) // with the skipped dates, which are no holidays
	e.fHi = e.tableF(localHiDay)
	e.cycle = e.fHi - e.tableF(localLoDay)
	return e
}

// excBefore returns the number of exceptions on days before z.
func (e *engine) excBefore(z int64) int {
	n := len(e.exc)
	k := (max(z, e.excLo) - e.excLo) >> excShift
	if k >= int64(len(e.excIx)) {
		return n // also when there are none
	}
	i := int(e.excIx[k])
	for i < n && e.exc[i].day < z {
		i++
	}
	return i
}

// nominal returns the nominal business seconds from the origin to day z.
func (e *engine) nominal(z int64) int64 {
	s := z + weekOrigin
	q := floorDiv(s, 7)
	return q*e.pre[7] + e.pre[s-q*7]
}

// tableF returns F(z) from the exception table, without the cycle
// reduction; z must be at most localHiDay.
func (e *engine) tableF(z int64) int64 {
	f := e.nominal(z)
	if i := e.excBefore(z); i > 0 {
		f += e.exc[i-1].cum
	}
	return f
}

// day describes local day z: F(z) and whether it is a holiday.
func (e *engine) day(z int64) (f int64, holiday bool) {
	var add int64
	if z >= localHiDay {
		k := (z - localLoDay) / cycleDays
		z -= k * cycleDays
		add = k * e.cycle
	}
	i := e.excBefore(z)
	f = e.nominal(z) + add
	if i > 0 {
		f += e.exc[i-1].cum
	}
	if i < len(e.exc) && e.exc[i].day == z {
		holiday = e.exc[i].holiday
	}
	return f, holiday
}

// nominalReach returns the smallest day z with nominal(z+1) >= y.
func nominalReach(pre *[8]int64, y int64) int64 {
	w := pre[7]
	q := floorDiv(y-1, w)
	r := y - q*w // in (0, w]
	k := int64(1)
	for pre[k] < r {
		k++
	}
	return q*7 + k - 1 - weekOrigin
}

// reach returns the smallest day z with F(z+1) >= x.
func (e *engine) reach(x int64) int64 {
	var shift int64
	if x > e.fHi {
		k := (x - e.fHi + e.cycle - 1) / e.cycle
		x -= k * e.cycle
		shift = k * cycleDays
	}
	// The first exception j with F(day_j + 1) >= x.
	j, _ := slices.BinarySearchFunc(e.exc, x, func(ex exception, x int64) int {
		return cmp.Compare(e.nominal(ex.day+1)+ex.cum, x)
	})
	var adj int64
	if j > 0 {
		adj = e.exc[j-1].cum
	}
	z := nominalReach(&e.pre, x-adj)
	if j < len(e.exc) && z > e.exc[j].day {
		z = e.exc[j].day
	}
	return z + shift
}

// locate returns the local day of instant u (Unix seconds), F of that day,
// the business nanoseconds of the day before (u, ns), and whether (u, ns) is
// inside a window.
func (e *engine) locate(u, ns int64) (z, f, within int64, open bool) {
	off, quiet := e.zone.quiet(u)
	z = floorDiv(u+off, secPerDay)
	if !quiet && e.zone.resolve((z+1)*secPerDay) <= u {
		// A fall-back change at midnight shows the previous date again
		// after the next day has begun; the day is the later one.
		z++
	}
	f, holiday := e.day(z)
	if holiday {
		return // within 0, closed
	}
	base := z * secPerDay
	for _, w := range e.win[weekdayOf(z)] {
		var s, en int64
		if quiet {
			s, en = base+w.open-off, base+w.close-off
		} else {
			s, en = e.zone.resolve(base+w.open), e.zone.resolve(base+w.close)
		}
		switch {
		case u < s:
			return z, f, within, false
		case u < en:
			return z, f, within + (u-s)*nsPerSec + ns, true
		}
		within += (en - s) * nsPerSec
	}
	return z, f, within, false
}

// instant returns the instant at which rem nanoseconds (> 0) of day z's
// business time have elapsed, as Unix seconds and nanoseconds.
func (e *engine) instant(z, rem int64) (int64, int64) {
	base := z * secPerDay
	var s, en int64
	for _, w := range e.win[weekdayOf(z)] {
		s, en = e.zone.resolve(base+w.open), e.zone.resolve(base+w.close)
		if l := (en - s) * nsPerSec; rem > l {
			rem -= l
			continue
		}
		break
	}
	return s + rem/nsPerSec, rem % nsPerSec
}

// clamp returns t as Unix seconds and nanoseconds within the engine's range,
// and -1 or +1 when t lies before or after it.
func clamp(t time.Time) (u, ns int64, out int) {
	u = t.Unix()
	switch {
	case u < -limitSec:
		return -limitSec, 0, -1
	case u >= limitSec:
		return limitSec, 0, +1
	}
	return u, int64(t.Nanosecond()), 0
}

// IsOpen reports whether t lies inside business hours: inside a window
// [open, close) of a business day, in the calendar's time zone.
//
// Rules D-CAL, SEV-STD-21.
func (c *Calendar) IsOpen(t time.Time) bool {
	u, ns, out := clamp(t)
	if out != 0 || c.none() {
		return false
	}
	if _, _, open, ok := c.fast.table(&c.eng).locate(u, ns); ok {
		return open
	}
	_, _, _, open := c.eng.locate(u, ns)
	return open
}

// position returns the position of (u, ns) in counted time: F of its day
// plus the whole business seconds of the day before it, and the
// nanoseconds beyond them ([fastTable.locate] where the table answers).
func (e *engine) position(u, ns int64) (pos, nanos int64) {
	_, f, within, _ := e.locate(u, ns)
	return f + within/nsPerSec, within % nsPerSec
}

// Add returns the earliest instant at which d of business time has elapsed
// since t: outside business hours nothing counts, and a budget that runs out
// exactly at a closing time ends there, not at the next opening. With the
// default hours, Friday 16:00 plus 2h is Monday 09:30 and Friday 16:00 plus
// 1h30 is Friday 17:30. Add returns t when d <= 0. The result is in t's
// location and is the same instant whatever location t carries.
//
// Instants more than about a million years from 1970 lie beyond the
// calendar's range; Add never returns an instant past it (unless t is).
//
// Rules D-CLOCK, D-CAL.
func (c *Calendar) Add(t time.Time, d time.Duration) time.Time {
	if d <= 0 || c.none() {
		return t
	}
	u, ns, out := clamp(t)
	if out > 0 {
		return t
	}
	ft := c.fast.table(&c.eng)
	pos, nanos, _, ok := ft.locate(u, ns)
	if !ok {
		pos, nanos = c.eng.position(u, ns)
	}
	// Target position, in whole seconds plus nanoseconds, without overflow
	// (n is below two seconds).
	n := uint64(nanos + int64(d)%nsPerSec)
	ts := pos + int64(d)/nsPerSec + int64(n/uint64(nsPerSec))
	tn := int64(n % uint64(nsPerSec))
	need := ts
	if tn > 0 {
		need++
	}
	if zt, fz, ok := ft.reach(need); ok {
		if rs, rn, ok := ft.instant(zt, ts-fz, tn); ok {
			return time.Unix(rs, rn).In(t.Location())
		}
	}
	zt := c.eng.reach(need)
	if zt >= limitDay {
		return time.Unix(limitSec, 0).In(t.Location())
	}
	fz, _ := c.eng.day(zt)
	rs, rn := c.eng.instant(zt, (ts-fz)*nsPerSec+tn)
	return time.Unix(rs, rn).In(t.Location())
}

// Between returns the business time in [a, b): 0 when b is not after a. It
// saturates at the largest [time.Duration] (about 292 years).
//
// Rules D-CLOCK, D-CAL.
func (c *Calendar) Between(a, b time.Time) time.Duration {
	if !a.Before(b) || c.none() {
		return 0
	}
	ua, uan, _ := clamp(a)
	ub, ubn, _ := clamp(b)
	ft := c.fast.table(&c.eng)
	pa, na, _, ok := ft.locate(ua, uan)
	if !ok {
		pa, na = c.eng.position(ua, uan)
	}
	pb, nb, _, ok := ft.locate(ub, ubn)
	if !ok {
		pb, nb = c.eng.position(ub, ubn)
	}
	// Whole seconds and nanoseconds apart, so that the saturation test
	// sees the within-day parts too.
	secs := pb - pa
	ns := nb - na
	if ns < 0 {
		secs, ns = secs-1, ns+nsPerSec
	}
	const maxSecs, maxNanos = math.MaxInt64 / nsPerSec, math.MaxInt64 % nsPerSec
	switch {
	case secs < 0:
		return 0 // a time.Time near its own limits whose Unix() wraps
	case secs > maxSecs || secs == maxSecs && ns > maxNanos:
		return math.MaxInt64
	}
	return time.Duration(secs*nsPerSec + ns)
}

// AddBusinessDays returns the n-th business day after d, or before d when
// n < 0; n = 0 gives d itself, business day or not. Day d never counts
// itself: the first business day after a Friday is the next Monday (with no
// holiday on it). A date the zone skipped entirely, such as 2011-12-30 in
// Pacific/Apia, is no business day. Like [Date.AddDays], the result may lie
// outside the years [Date.IsValid] accepts when n is large.
//
// Rule D-DAYS.
func (c *Calendar) AddBusinessDays(d Date, n int) Date {
	if n == 0 || c.none() {
		return d
	}
	z := min(max(d.days(), -limitDay), limitDay)
	e := &c.eng
	nn := int64(max(min(n, 1<<40), -(1 << 40)))
	var r int64
	if nn > 0 {
		// smallest y > z with B(y+1) = B(z+1) + n
		r = e.bdReach(e.bdCount(z+1) + nn)
	} else {
		// largest y < z with B(z) - B(y) = -n, i.e. the smallest y with
		// B(y+1) >= B(z) + n + 1.
		r = e.bdReach(e.bdCount(z) + nn + 1)
	}
	return fromDays(min(max(r, -limitDay), limitDay))
}

// bdCount returns the number of business days before day z (from the origin).
func (e *engine) bdCount(z int64) int64 {
	s := z + weekOrigin
	q := floorDiv(s, 7)
	n := q*e.preBD[7] + e.preBD[s-q*7]
	i, _ := slices.BinarySearch(e.hol, z)
	return n - int64(i)
}

// isBusinessDay reports whether day z is a working weekday that is neither
// a holiday nor a date the zone skipped.
func (e *engine) isBusinessDay(z int64) bool {
	if e.nom[weekdayOf(z)] == 0 {
		return false
	}
	_, found := slices.BinarySearch(e.hol, z)
	return !found
}

// bdReach returns the smallest day z with bdCount(z+1) >= x.
func (e *engine) bdReach(x int64) int64 {
	// j is the first holiday h with bdCount(h+1) >= x. Between holiday j-1
	// and holiday j exactly j holidays have been removed from the nominal
	// count, and the answer lies there (it cannot be holiday j itself: a
	// holiday adds nothing to the count).
	j, _ := slices.BinarySearchFunc(e.hol, x, func(h int64, x int64) int {
		return cmp.Compare(e.bdCount(h+1), x)
	})
	return nominalReach(&e.preBD, x+int64(j))
}

type alwaysOn struct{}

// AlwaysOn returns the 24x7 clock, which counts every instant: Add is
// t.Add(d) for d > 0 (saturating rather than overflowing) and Between is
// b.Sub(a) for b after a.
//
// Rules D-CLOCK, SVC-2, D-SEV-1.
func AlwaysOn() Clock { return alwaysOn{} }

func (alwaysOn) Add(t time.Time, d time.Duration) time.Time {
	return t.Add(max(d, 0))
}

func (alwaysOn) Between(a, b time.Time) time.Duration {
	return max(b.Sub(a), 0)
}

// NextOpen returns the first instant at or after t inside business hours:
// t itself when the calendar is open at t, else the next opening. It is the
// instant from which a business-hours deadline starts to count. Rule D-CLOCK.
func (c *Calendar) NextOpen(t time.Time) time.Time {
	// The instant at which one nanosecond has counted, less that nanosecond:
	// t itself when open at t. (Beyond the calendar's range, or on a
	// calendar without hours, nothing counts, and t is the answer.)
	if n := c.Add(t, 1); n.After(t) {
		return n.Add(-1)
	}
	return t
}

// BusinessDaysBetween returns the number of business days in [a, b): the
// working weekdays that are not holidays (nor dates the zone skipped), from
// a up to but not including b; negative when b is before a. Rule D-DAYS.
func (c *Calendar) BusinessDaysBetween(a, b Date) int {
	if c.none() {
		return 0
	}
	za := min(max(a.days(), -limitDay), limitDay)
	zb := min(max(b.days(), -limitDay), limitDay)
	return int(c.eng.bdCount(zb) - c.eng.bdCount(za))
}
