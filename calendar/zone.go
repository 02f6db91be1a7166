package calendar

import (
	"slices"
	"time"
)

// Time-zone model.
//
// A Calendar answers every question with integer arithmetic on its own copy
// of the zone's UTC-offset history, taken once from the *time.Location in
// [New]: the transitions from the first one the zone records up to 2500, and
// beyond that the 400-year block 2100–2500 repeated. Past the last explicit
// transition of the tz database a zone follows a fixed yearly rule, and the
// Gregorian calendar repeats exactly every 400 years (146,097 days, a whole
// number of weeks), so the repetition is exact, not an approximation.

const (
	secPerDay   = 86400
	cycleDays   = 146097 // days in 400 Gregorian years: 20,871 whole weeks
	cycleSec    = cycleDays * secPerDay
	maxOffset   = 26 * 3600 // larger than any real zone's UTC offset, in seconds
	maxSpan     = 1 << 32   // offsets beyond ±136 years are clamped to this
	blockLoYear = 2100      // first year of the repeating block
	bucketShift = 22        // 2^22 s ≈ 48.5 days per index bucket
)

var (
	blockLoSec = time.Date(blockLoYear, time.January, 1, 0, 0, 0, 0, time.UTC).Unix()
	blockHiSec = blockLoSec + cycleSec
)

// transition is a change of UTC offset: from at on, the offset is off.
type transition struct {
	at  int64 // Unix seconds
	off int64 // seconds east of UTC
}

// zoneModel is the offset history of one location.
type zoneModel struct {
	off0  int64        // offset before the first transition
	trans []transition // sorted by at; every change up to blockHiSec + 3 days
	// index[k] is the number of transitions before indexLo + k<<bucketShift.
	indexLo int64
	index   []int32
	// span is larger than every offset of the zone (at least maxOffset):
	// resolve looks that far back. A FixedZone may be many hours off UTC.
	span int64
	// gap is how far from a transition an instant must be for quiet.
	gap int64
}

// newZoneModel reads loc's offset history.
func newZoneModel(loc *time.Location) zoneModel {
	var z zoneModel
	t := time.Unix(-62135596800, 0).In(loc) // 0001-01-01T00:00:00Z
	_, off := t.Zone()
	z.off0 = int64(off)
	cur := z.off0
	end := blockHiSec + 3*secPerDay
	for t.Unix() < end {
		_, e := t.ZoneBounds()
		if e.IsZero() {
			break // the zone goes on forever
		}
		if !e.After(t) {
			// Past the last explicit transition, time.Location reports
			// the end of each year as a zone boundary, and at that
			// instant reports the boundary itself; step over it.
			t = t.Add(24 * time.Hour)
			continue
		}
		_, o := e.Zone()
		if int64(o) != cur {
			cur = int64(o)
			z.trans = append(z.trans, transition{e.Unix(), cur})
		}
		t = e
	}
	z.trans = slices.Clip(z.trans)
	z.span = spanOf(z.off0)
	for _, tr := range z.trans {
		z.span = max(z.span, spanOf(tr.off))
	}
	z.gap = max(2*secPerDay, z.span+secPerDay)
	if len(z.trans) > 0 {
		z.indexLo = z.trans[0].at
		n := (z.trans[len(z.trans)-1].at-z.indexLo)>>bucketShift + 1
		z.index = make([]int32, n)
		j := 0
		for k := range z.index {
			lim := z.indexLo + int64(k)<<bucketShift
			for j < len(z.trans) && z.trans[j].at < lim {
				j++
			}
			z.index[k] = int32(j)
		}
	}
	return z
}

// spanOf returns a look-back larger than offset off: at least maxOffset,
// at most maxSpan.
func spanOf(off int64) int64 {
	if off < 0 {
		off = -off
	}
	return min(max(maxOffset, off+1), maxSpan)
}

// reduce maps u, an instant at or after the repeating block's end, into the
// block, returning the reduced instant and the shift (a multiple of the
// 400-year cycle) that was subtracted.
func reduce(u int64) (int64, int64) {
	if u < blockHiSec {
		return u, 0
	}
	k := (u - blockLoSec) / cycleSec
	return u - k*cycleSec, k * cycleSec
}

// search returns the number of transitions at or before u (u not reduced
// further; callers reduce).
func (z *zoneModel) search(u int64) int {
	n := len(z.trans)
	if n == 0 || u < z.trans[0].at {
		return 0
	}
	k := (u - z.indexLo) >> bucketShift
	if k >= int64(len(z.index)) {
		return n
	}
	i := int(z.index[k])
	for i < n && z.trans[i].at <= u {
		i++
	}
	return i
}

func (z *zoneModel) offAt(i int) int64 {
	if i == 0 {
		return z.off0
	}
	return z.trans[i-1].off
}

// offset returns the UTC offset in effect at instant u.
func (z *zoneModel) offset(u int64) int64 {
	u, _ = reduce(u)
	return z.offAt(z.search(u))
}

// resolve returns the earliest instant whose local wall-clock reading is at
// least c (local seconds since 1970-01-01T00:00 local). For an ordinary
// local time this is the instant showing c; for one skipped by a
// spring-forward change it is the instant of the change; for one shown
// twice by a fall-back change it is the first occurrence.
func (z *zoneModel) resolve(c int64) int64 {
	var shift int64
	if c >= blockHiSec+2*secPerDay {
		k := (c - blockLoSec - 2*secPerDay) / cycleSec
		shift = k * cycleSec
		c -= shift
	}
	lo := c - z.span
	i := z.search(lo)
	segStart := lo
	off := z.offAt(i)
	for {
		u := max(c-off, segStart)
		if i == len(z.trans) || u < z.trans[i].at {
			return u + shift
		}
		segStart = z.trans[i].at
		off = z.trans[i].off
		i++
	}
}

// quiet reports whether no transition lies within two days of u, so that
// every local time within a day of u maps to an instant with u's offset.
// It returns that offset.
func (z *zoneModel) quiet(u int64) (off int64, ok bool) {
	u, _ = reduce(u)
	i := z.search(u)
	off = z.offAt(i)
	if i > 0 && u-z.trans[i-1].at < z.gap {
		return off, false
	}
	if i < len(z.trans) && z.trans[i].at-u < z.gap {
		return off, false
	}
	// Near the block's end the reduced instant's neighbours are not the
	// real ones; take the slow path there.
	if blockHiSec-u < 3*secPerDay {
		return off, false
	}
	return off, true
}
