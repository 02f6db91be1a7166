package calendar

import (
	"math"
	"math/bits"
	"sync"
)

// The dense table: a fast path for Add, Between and IsOpen.
//
// Over the days 1970-01-01 to 2099-12-31 (z in [0, fastDays)), a Calendar
// keeps, once first asked, F of every day relative to F(0) (uint32: at most
// 130 years of 24-hour days), the UTC offset of each day that lies well away
// from every offset change (an index into a small palette; slowDay for the
// others), and an inverse index from counted time to days. An instant whose
// day is such a quiet day is located with two table reads and the day's
// windows; a target of counted time is found from the inverse index and a
// short forward walk. Everything else — instants before 1970 or after 2099,
// days next to an offset change — goes to the exact engine, whose F the
// table only caches, so both paths give identical answers (the differential
// test checks this over many zones).
//
// Memory: 4 bytes per day for F, 1 per day for the offset, and 2 per inverse
// bucket (about one bucket per day): some 330 KB for a calendar with
// weekday hours, built in about a millisecond on first use.

const (
	fastDays = blockLoDay // 1970-01-01 .. 2099-12-31
	slowDay  = math.MaxUint8
	maxWalk  = 64 // longest forward walk before the exact engine takes over
)

type fastTable struct {
	f0    int64    // F(0)
	f     []uint32 // f[z] = F(z) - F(0), z in [0, fastDays]
	pal   []int64  // distinct offsets of quiet days
	p     []uint8  // palette index of day z, or slowDay
	shift uint     // inverse buckets are 1<<shift business seconds
	idx   []uint16 // idx[k]: the smallest z with f[z+1] > k<<shift
}

// fastHolder builds the table once, on first use, safely under
// concurrency. Calendars copied by value share it.
type fastHolder struct {
	once sync.Once
	t    *fastTable
}

func (h *fastHolder) table(e *engine) *fastTable {
	if h == nil {
		return nil
	}
	h.once.Do(func() { h.t = buildFast(e) })
	return h.t
}

// buildFast returns the table of e, or nil when the counted time of the
// window does not fit (it always fits: 130 years of 24-hour days).
func buildFast(e *engine) *fastTable {
	t := &fastTable{f0: e.tableF(0)}
	total := e.tableF(fastDays) - t.f0
	if total <= 0 || total > math.MaxUint32 {
		return nil
	}
	t.f = make([]uint32, fastDays+1)
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

	// Quiet days and their offsets.
	t.p = make([]uint8, fastDays)
	tr := e.zone.trans
	i := e.zone.search(0)
	for z := range int64(fastDays) {
		mid := z * secPerDay
		for i < len(tr) && tr[i].at <= mid {
			i++
		}
		off := e.zone.offAt(i)
		k := 0
		for k < len(t.pal) && t.pal[k] != off {
			k++
		}
		if k == len(t.pal) {
			if k == slowDay {
				t.p[z] = slowDay
				continue
			}
			t.pal = append(t.pal, off)
		}
		t.p[z] = uint8(k)
	}
	// Days whose widened UTC extent holds an offset change are slow.
	for n, x := range tr {
		before := e.zone.offAt(n)
		lo := floorDiv(x.at+min(before, x.off)-e.zone.gap, secPerDay) - 1
		hi := floorDiv(x.at+max(before, x.off)+e.zone.gap, secPerDay) + 1
		for z := max(lo, 0); z <= min(hi, fastDays-1); z++ {
			t.p[z] = slowDay
		}
	}

	// The inverse index, one bucket about a day's average counted time.
	avg := uint64(max(e.pre[7]/7, 1))
	t.shift = uint(bits.Len64(avg - 1))
	t.idx = make([]uint16, total>>t.shift+1)
	z := 0
	for k := range t.idx {
		lim := uint32(k) << t.shift
		for z < fastDays && t.f[z+1] <= lim {
			z++
		}
		t.idx[k] = uint16(z)
	}
	return t
}

// locate is [engine.locate] for an instant on a quiet day of the table; ok
// is false when the exact engine must answer.
func (t *fastTable) locate(e *engine, u, ns int64) (f, within int64, open, ok bool) {
	if u < 0 {
		return 0, 0, false, false
	}
	zu := u / secPerDay
	if zu >= fastDays {
		return 0, 0, false, false
	}
	pi := t.p[zu]
	if pi == slowDay {
		return 0, 0, false, false
	}
	off := t.pal[pi]
	l := u + off
	if l < 0 {
		return 0, 0, false, false
	}
	z := l / secPerDay
	if z >= fastDays || t.p[z] != pi {
		return 0, 0, false, false
	}
	f = t.f0 + int64(t.f[z])
	if t.f[z+1] == t.f[z] {
		return f, 0, false, true // a weekend or a holiday
	}
	c := l - z*secPerDay // civil seconds after midnight
	for _, w := range e.win[(z+4)%7] {
		switch {
		case c < w.open:
			return f, within, false, true
		case c < w.close:
			return f, within + (c-w.open)*nsPerSec + ns, true, true
		}
		within += (w.close - w.open) * nsPerSec
	}
	return f, within, false, true
}

// reach is [engine.reach] within the table: the smallest day z with
// F(z+1) >= x; ok is false when the exact engine must answer.
func (t *fastTable) reach(x int64) (z, fz int64, ok bool) {
	rel := x - t.f0
	if rel < 1 || rel > int64(t.f[fastDays]) {
		return 0, 0, false
	}
	r := uint32(rel)
	i := int(t.idx[(r-1)>>t.shift])
	for n := 0; t.f[i+1] < r; n++ {
		if n == maxWalk {
			return 0, 0, false
		}
		i++
	}
	return int64(i), t.f0 + int64(t.f[i]), true
}

// instant is [engine.instant] on a quiet day z of the table.
func (t *fastTable) instant(e *engine, z, rem int64) (s, ns int64, ok bool) {
	pi := t.p[z]
	if pi == slowDay {
		return 0, 0, false
	}
	base := z*secPerDay - t.pal[pi]
	for _, w := range e.win[(z+4)%7] {
		if l := (w.close - w.open) * nsPerSec; rem > l {
			rem -= l
			continue
		}
		return base + w.open + rem/nsPerSec, rem % nsPerSec, true
	}
	return 0, 0, false
}

// bytes returns the memory the table holds.
func (t *fastTable) bytes() int {
	return 4*len(t.f) + len(t.p) + 8*len(t.pal) + 2*len(t.idx)
}
