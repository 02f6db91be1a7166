package calendar

import (
	"math"
	"math/bits"
	"sync"
	"sync/atomic"
)

// The dense table: a fast path for Add, Between and IsOpen.
//
// Over the days 1970-01-01 to 2099-12-31 (z in [0, fastDays)), a Calendar
// keeps, once first asked, F of every local day relative to F(0) (uint32:
// at most 130 years of 24-hour days) and an inverse index from counted time
// to days. It also keeps, for every UTC day and every local day whose UTC
// offset does not change, that offset (an index into a small palette;
// slowDay for the others). An instant in a steady UTC day whose local day
// is steady with the same offset is located with a few table reads and the
// day's windows; a target of counted time is found from the inverse index,
// with no search. Everything else — instants before 1970 or after
// 2099, days on which the offset changes — goes to the exact engine, whose
// F the table only caches, so both paths give identical answers (the
// differential test checks this over many zones).
//
// A local day z is steady with offset off when the exact engine would map
// every window boundary b of the day, and the next midnight, to the instant
// zD + b - off (D = 86,400 s). That is proven without asking the engine
// when no offset change lies within the zone's look-back span of the day
// (the engine's resolve then sees one offset only); for the few days near
// a change it is checked by asking the engine, so that the days around a
// daylight-saving change that the change does not touch stay on the table.
//
// The inverse index: counted time is cut into buckets of 2^shift seconds,
// no longer than the shortest weekday with business time (so that a bucket
// holds the start of one such day at most) unless that would make more
// than about two buckets per day. Bucket k names the first day d that ends
// past the bucket's start and the next day after d with business time; a
// count of the bucket is reached on one of the two, told by one comparison.
// A bucket that holds the start of more than one day — in a bucket longer
// than a short weekday, or on a short exception day — is marked walkBucket
// and walks forward from d, at most maxWalk days. The comparison takes no
// branch: in bulk, which of the two days a count falls on is random, and a
// mispredicted branch costs more than the table reads around it.
//
// Memory: 4 bytes per day for F, 1 per UTC day and 1 per local day for the
// offsets, and 4 per inverse bucket (one to two buckets per day, at most
// about 95,000 in all): 490 to 530 KB for a calendar with weekday hours, at
// most about 700 KB for any; with its zone model and exceptions a calendar
// holds 330 to 610 KB in Seoul and New York (TestFastTableSizeAndConcurrency
// logs it). It is built in about a millisecond on first use.

const (
	fastDays   = blockLoDay // 1970-01-01 .. 2099-12-31
	slowDay    = math.MaxUint8
	maxWalk    = 64     // longest forward walk before the exact engine takes over
	walkBucket = 0xffff // an inverse bucket whose answer needs the walk
)

// A day of the table fits in the 16 bits of an inverse bucket's half.
var _ [walkBucket - fastDays]struct{}

// fastTable holds its arrays inline, so that an element is one load from
// the table's address.
type fastTable struct {
	f0    int64                // F(0)
	win   [7][]winSec          // the engine's windows per weekday
	shift uint                 // inverse buckets are 1<<shift business seconds
	idx   []uint32             // idx[k]: the smallest z with f[z+1] > k<<shift, and above 16 bits the next day after it with business time
	npal  int                  // offsets in pal
	pal   [slowDay + 1]int64   // distinct offsets of steady days
	f     [fastDays + 1]uint32 // f[z] = F(z) - F(0), z in [0, fastDays]
	pu    [fastDays]uint8      // palette index of UTC day zu, or slowDay
	pl    [fastDays]uint8      // palette index of local day z, or slowDay
}

// fastHolder builds the table once, on first use, safely under
// concurrency. Calendars copied by value share it.
type fastHolder struct {
	once sync.Once
	t    atomic.Pointer[fastTable]
}

// table returns the table, building it on first use. Small enough to
// inline: once built, a load and a test. (New gives every calendar a
// holder; the methods never ask a zero Calendar.)
func (h *fastHolder) table(e *engine) (t *fastTable) {
	if t = h.t.Load(); t == nil {
		t = h.build(e)
	}
	return t
}

func (h *fastHolder) build(e *engine) *fastTable {
	h.once.Do(func() { h.t.Store(buildFast(e)) })
	return h.t.Load()
}

// buildFast returns the table of e. The counted time of its years fits in
// a uint32: 130 years of 24-hour days are 4.1e9 seconds, and a calendar
// has at least one window a week.
func buildFast(e *engine) *fastTable {
	t := &fastTable{f0: e.tableF(0), win: e.win}
	total := e.tableF(fastDays) - t.f0
	j := e.excBefore(0)
	var f int64
	for z := int64(0); z < fastDays; z++ {
		t.f[z] = uint32(f)
		l := e.nom[weekdayOf(z)]
		if j < len(e.exc) && e.exc[j].day == z {
			l = e.exc[j].length
			j++
		}
		f += l
	}
	t.f[fastDays] = uint32(f)

	zm := &e.zone
	tr := zm.trans
	palette := func(off int64) uint8 {
		for k, p := range t.pal[:t.npal] {
			if p == off {
				return uint8(k)
			}
		}
		if t.npal == slowDay {
			return slowDay
		}
		t.pal[t.npal] = off
		t.npal++
		return uint8(t.npal - 1)
	}

	// UTC days: steady when no offset change falls inside.
	i := zm.search(0)
	for zu := range int64(fastDays) {
		start := zu * secPerDay
		for i < len(tr) && tr[i].at <= start {
			i++
		}
		if i < len(tr) && tr[i].at < start+secPerDay {
			t.pu[zu] = slowDay
			continue
		}
		t.pu[zu] = palette(zm.offAt(i))
	}

	// Local days: steady when the engine confirms every boundary.
	for z := range int64(fastDays) {
		t.pl[z] = slowDay
		if off, ok := e.steady(z); ok {
			t.pl[z] = palette(off)
		}
	}

	// The inverse index (above): buckets of a power of two seconds, no
	// longer than the shortest weekday with business time and no shorter
	// than half the smallest power of two not below the average day.
	avg := max(e.pre[7]/7, 1)
	shortest := int64(math.MaxInt64) // a calendar has a window a week
	for _, l := range e.nom {
		if l > 0 {
			shortest = min(shortest, l)
		}
	}
	t.shift = uint(max(bits.Len64(uint64(shortest))-1, bits.Len64(uint64(avg-1))-1, 0))
	t.idx = make([]uint32, (total-1)>>t.shift+1) // for counts 1 to total
	z := 0
	for k := range t.idx {
		lim := uint32(k) << t.shift
		for t.f[z+1] <= lim { // lim < f[fastDays]: stops before the end
			z++
		}
		t.idx[k] = uint32(z) | walkBucket<<16
		// The next day with business time: the answer for every count of
		// the bucket beyond day z's end, unless the bucket holds the
		// start of more than one day (a short exception day can).
		next := z + 1
		for next < fastDays && t.f[next+1] == t.f[next] {
			next++
		}
		if next < fastDays && uint64(t.f[next+1]) >= min(uint64(k+1)<<t.shift, uint64(total)) {
			t.idx[k] = uint32(z) | uint32(next)<<16
		}
	}
	return t
}

// steady reports whether the exact engine maps each window boundary of
// local day z, and its end (the next midnight), to local time minus one
// offset, off: then the table's arithmetic on the day is the engine's.
func (e *engine) steady(z int64) (off int64, ok bool) {
	zm := &e.zone
	base := z * secPerDay
	off = base + secPerDay - zm.resolve(base+secPerDay)
	for _, w := range e.win[weekdayOf(z)] {
		if zm.resolve(base+w.open) != base+w.open-off || zm.resolve(base+w.close) != base+w.close-off {
			return
		}
	}
	return off, true
}

// locate is [engine.locate] for an instant of a steady day of the table:
// pos is F of the day plus the whole business seconds of the day before
// (u, ns), nanos the nanoseconds beyond them; ok is false when the exact
// engine must answer.
func (t *fastTable) locate(u, ns int64) (pos, nanos int64, open, ok bool) {
	zu := uint64(u) / secPerDay // a negative u becomes huge
	if zu >= fastDays {
		return
	}
	pi := t.pu[zu]
	if pi == slowDay {
		return
	}
	l := u + t.pal[pi]
	z := uint64(l) / secPerDay
	if z >= fastDays || t.pl[z] != pi {
		return
	}
	fz := t.f[z]
	pos = t.f0 + int64(fz)
	if t.f[z+1] == fz {
		return pos, 0, false, true // a weekend or a holiday
	}
	c := int64(uint64(l) - z*secPerDay) // civil seconds after midnight
	for _, w := range t.win[(z+4)%7] {
		switch {
		case c < w.open:
			return pos, 0, false, true
		case c < w.close:
			return pos + c - w.open, ns, true, true
		}
		pos += w.close - w.open
	}
	return pos, 0, false, true
}

// reach is [engine.reach] within the table: the smallest day z with
// F(z+1) >= x; ok is false when the exact engine must answer.
func (t *fastTable) reach(x int64) (z, fz int64, ok bool) {
	rel := x - t.f0
	if rel < 1 || rel > int64(t.f[fastDays]) {
		return
	}
	r := uint32(rel)
	e := t.idx[(r-1)>>t.shift]
	i := int64(e & 0xffff)
	if e>>16 != walkBucket {
		// The later day when day i ends before r, without a branch: which
		// one it is is random in bulk.
		before := (int64(t.f[i+1]) - int64(r)) >> 63 // -1 when f[i+1] < r
		i ^= (i ^ int64(e>>16)) & before
		return i, t.f0 + int64(t.f[i]), true
	}
	for n := 0; t.f[i+1] < r; n++ {
		if n == maxWalk {
			return
		}
		i++
	}
	return i, t.f0 + int64(t.f[i]), true
}

// instant is [engine.instant] on a steady day z of the table: the instant
// at which rs seconds and rn nanoseconds (together > 0) of the day's
// business time have elapsed.
func (t *fastTable) instant(z, rs, rn int64) (s, ns int64, ok bool) {
	pi := t.pl[z]
	if pi == slowDay {
		return
	}
	base := z*secPerDay - t.pal[pi]
	for _, w := range t.win[uint64(z+4)%7] {
		l := w.close - w.open
		if rs < l || rs == l && rn == 0 {
			return base + w.open + rs, rn, true
		}
		rs -= l
	}
	return
}
