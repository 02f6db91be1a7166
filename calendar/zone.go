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
// number of weeks), so the repetition is exact, not an approximation,
// provided the zone's explicit history ends before 2100 (every zone of the
// tz database ends it before 2090).

const (
	secPerDay   = 86400
	cycleDays   = 146097 // days in 400 Gregorian years: 20,871 whole weeks
	cycleSec    = cycleDays * secPerDay
	maxOffset   = 26 * 3600 // larger than any real zone's UTC offset, in seconds
	maxSpan     = 1 << 32   // offsets beyond ±136 years are clamped to this
	bucketShift = 22        // 2^22 s ≈ 48.5 days per index bucket
)

// The repeating block 2100-01-01 to 2500-01-01 (UTC) in seconds, and the
// same block for local times (local seconds): it starts two days later,
// farther than any real zone's offset (maxOffset), so that a local time in
// it, and the instants resolve looks back to from it, lie in the block; a
// zone's history before 2100 never repeats.
const (
	blockLoSec = blockLoDay * secPerDay
	blockHiSec = blockLoSec + cycleSec
	localLoSec = blockLoSec + 2*secPerDay
	localHiSec = localLoSec + cycleSec
)

// transition is a change of UTC offset: from at on, the offset is off.
type transition struct {
	at  int64 // Unix seconds
	off int64 // seconds east of UTC
}

// zoneModel is the offset history of one location.
type zoneModel struct {
	off0  int64        // offset before the first transition
	trans []transition // sorted by at; every change before modelEnd
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
//
// Up to the zone's last explicit transition it walks the periods that
// time.Location reports. Past it, a Location follows the zone's yearly rule,
// which it evaluates for each UTC year from the year's length and the
// weekday of its 1 January alone: the offsets of a year are those of every
// other year of the same type, shifted by whole days. So the model reads one
// year of each of the 14 types from the Location and repeats it, rather
// than asking the Location (which parses the rule afresh each time) about
// every change up to 2500. The walk knows it has reached the rule when the
// Location reports a period ending where it was asked, which only the rule
// does (at 31 December of a leap year).
func newZoneModel(loc *time.Location) zoneModel {
	var z zoneModel
	z.off0, z.trans = walkZone(loc)
	return z.finish()
}

// modelEnd is the end of a zone model: every change before it is kept.
const modelEnd = blockHiSec + 3*secPerDay

// walkZone returns loc's offset at 0001-01-01 and its changes before
// modelEnd.
func walkZone(loc *time.Location) (off0 int64, trans []transition) {
	t := time.Time{}.In(loc) // 0001-01-01T00:00:00Z
	_, off := t.Zone()
	off0 = int64(off)
	cur := off0
	for t.Unix() < modelEnd {
		_, e := t.ZoneBounds()
		if e.IsZero() {
			break // the zone goes on forever
		}
		if !e.After(t) {
			// The rule (see newZoneModel): t is 31 December of a leap
			// year, and every later year follows the rule.
			return off0, ruleYears(loc, t.UTC().Year()+1, cur, trans)
		}
		_, o := e.Zone()
		if int64(o) != cur && e.Unix() < modelEnd {
			cur = int64(o)
			trans = append(trans, transition{e.Unix(), cur})
		}
		t = e
	}
	return off0, slices.Clip(trans)
}

// yearRule is the offsets of one UTC year under a zone's rule: the offset
// at its start and its changes, in seconds from its start.
type yearRule struct {
	start   int64
	changes []transition
}

// ruleYears appends to trans the changes of the years from y on, in which
// loc follows its yearly rule; cur is the offset before year y.
func ruleYears(loc *time.Location, y int, cur int64, trans []transition) []transition {
	var types [14]*yearRule // by leap year and weekday of 1 January
	ys := Date{y, time.January, 1}.days() * secPerDay
	for ; ys < modelEnd; y++ {
		leap := isLeap(y)
		length := int64(365 * secPerDay)
		k := int(weekdayOf(floorDiv(ys, secPerDay)))
		if leap {
			length += secPerDay
			k += 7
		}
		r := types[k]
		if r == nil {
			r = readYear(loc, ys, ys+length)
			types[k] = r
		}
		if r.start != cur {
			cur = r.start
			trans = append(trans, transition{ys, cur})
		}
		for _, c := range r.changes {
			if at := ys + c.at; c.off != cur && at < modelEnd {
				cur = c.off
				trans = append(trans, transition{at, cur})
			}
		}
		ys += length
	}
	return slices.Clip(trans)
}

// readYear reads the offsets of the UTC year [ys, ye) from loc.
func readYear(loc *time.Location, ys, ye int64) *yearRule {
	t := time.Unix(ys, 0).In(loc)
	_, o := t.Zone()
	r := &yearRule{start: int64(o)}
	cur := r.start
	for {
		_, e := t.ZoneBounds()
		if e.IsZero() || !e.After(t) || e.Unix() >= ye {
			return r
		}
		if _, o := e.Zone(); int64(o) != cur {
			cur = int64(o)
			r.changes = append(r.changes, transition{e.Unix() - ys, cur})
		}
		t = e
	}
}

// finish sets the look-back span and the search index of z from its
// offsets.
func (z zoneModel) finish() zoneModel {
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
	return min(max(maxOffset, off+1, -off+1), maxSpan)
}

// reduce maps u, an instant at or after the repeating block's end, into the
// block by whole 400-year cycles; earlier instants stay.
func reduce(u int64) int64 {
	k := (max(u, blockLoSec) - blockLoSec) / cycleSec
	return u - k*cycleSec
}

// search returns the number of transitions at or before u (u not reduced
// further; callers reduce).
func (z *zoneModel) search(u int64) int {
	n := len(z.trans)
	k := (max(u, z.indexLo) - z.indexLo) >> bucketShift
	if k >= int64(len(z.index)) {
		return n // also when there are none
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

// resolve returns the earliest instant whose local wall-clock reading is at
// least c (local seconds since 1970-01-01T00:00 local). For an ordinary
// local time this is the instant showing c; for one skipped by a
// spring-forward change it is the instant of the change; for one shown
// twice by a fall-back change it is the first occurrence.
func (z *zoneModel) resolve(c int64) int64 {
	var shift int64
	if c >= localHiSec {
		k := (c - localLoSec) / cycleSec
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
	u = reduce(u)
	i := z.search(u)
	off = z.offAt(i)
	if i > 0 && u-z.trans[i-1].at < z.gap {
		return off, false
	}
	if i < len(z.trans) && z.trans[i].at-u < z.gap {
		return off, false
	}
	return off, true
}
