package calendar

import (
	"archive/zip"
	"bytes"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// systemZones returns the names and locations of every zone in the
// system's zone database (/usr/share/zoneinfo), or of Go's own copy when
// the system has none.
func systemZones(t *testing.T) map[string]*time.Location {
	t.Helper()
	zones := map[string]*time.Location{}
	root := "/usr/share/zoneinfo"
	_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil || !bytes.HasPrefix(b, []byte("TZif")) {
			return nil
		}
		name, _ := filepath.Rel(root, path)
		if strings.HasPrefix(name, "posix/") || strings.HasPrefix(name, "right/") {
			return nil
		}
		if loc, err := time.LoadLocationFromTZData(name, b); err == nil {
			zones[name] = loc
		}
		return nil
	})
	if len(zones) > 0 {
		return zones
	}
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Skipf("no zone database: %v", err)
	}
	zr, err := zip.OpenReader(filepath.Join(strings.TrimSpace(string(goroot)), "lib", "time", "zoneinfo.zip"))
	if err != nil {
		t.Skipf("no zone database: %v", err)
	}
	defer zr.Close()
	for _, f := range zr.File {
		r, err := f.Open()
		if err != nil {
			continue
		}
		var buf bytes.Buffer
		_, _ = buf.ReadFrom(r)
		r.Close()
		if loc, err := time.LoadLocationFromTZData(f.Name, buf.Bytes()); err == nil {
			zones[f.Name] = loc
		}
	}
	return zones
}

// fullWalk is the zone model's reference: it asks the Location about every
// period up to the model's end, without the yearly rule.
func fullWalk(loc *time.Location) (int64, []transition) {
	t := time.Unix(-62135596800, 0).In(loc)
	_, off := t.Zone()
	cur := int64(off)
	var trans []transition
	for t.Unix() < modelEnd {
		_, e := t.ZoneBounds()
		if e.IsZero() {
			break
		}
		if !e.After(t) {
			t = t.Add(24 * time.Hour)
			continue
		}
		_, o := e.Zone()
		if int64(o) != cur && e.Unix() < modelEnd {
			cur = int64(o)
			trans = append(trans, transition{e.Unix(), cur})
		}
		t = e
	}
	return int64(off), trans
}

// fullExceptions is the reference for the days an offset change touches:
// it asks the exact zone model about every window of every day from one day
// before to one day after each change, holidays aside.
func fullExceptions(e *engine, holidays []int64) (exc []exception, skipped []int64) {
	var near []int64
	for i, tr := range e.zone.trans {
		before := e.zone.offAt(i)
		z1 := floorDiv(tr.at+min(before, tr.off)-1, secPerDay)
		z2 := floorDiv(tr.at+max(before, tr.off), secPerDay)
		for z := z1 - 1; z <= min(z2+1, localHiDay-1); z++ {
			near = append(near, z)
		}
	}
	slices.Sort(near)
	for _, z := range slices.Compact(near) {
		if _, h := slices.BinarySearch(holidays, z); h {
			continue
		}
		wd := weekdayOf(z)
		if e.nom[wd] > 0 && e.zone.resolve(z*secPerDay) == e.zone.resolve((z+1)*secPerDay) {
			skipped = append(skipped, z)
		}
		var real int64
		for _, w := range e.win[wd] {
			real += e.zone.resolve(z*secPerDay+w.close) - e.zone.resolve(z*secPerDay+w.open)
		}
		if real != e.nom[wd] {
			exc = append(exc, exception{day: z, length: real})
		}
	}
	return exc, skipped
}

// For every zone of the system's zone database, the zone model that reads
// one year of each type and repeats it under the zone's rule has exactly
// the changes of the full walk, and the engine finds exactly the days on
// which a change alters business time or skips the date that asking about
// every day around every change finds — for windows away from the changes,
// windows across the small hours when most changes happen, and 24-hour
// days (rules D-CAL, D-CLOCK, D-DAYS).
func TestZoneModelAgreesWithFullWalkInEveryZone_DCAL(t *testing.T) {
	zones := systemZones(t)
	if len(zones) < 300 {
		t.Fatalf("only %d zones found", len(zones))
	}
	layouts := [][]Option{
		nil,
		{WithWindows(Window{0, 90 * time.Minute}, Window{2 * time.Hour, 3 * time.Hour}, Window{23 * time.Hour, 24 * time.Hour}), WithWorkdays(0, 1, 2, 3, 4, 5, 6)},
		{WithHours(0, 24*time.Hour), WithWorkdays(0, 2, 4, 6), WithHolidays(Date{2011, 12, 30}, Date{1995, 1, 1}, Date{2024, 3, 10})},
	}
	// Every zone, in a fixed order; a tenth of them in -short and -race
	// runs.
	names := slices.Sorted(maps.Keys(zones))
	n := 0
	for i, name := range names {
		if (testing.Short() || raceDetector) && i%10 != 0 {
			continue
		}
		loc := zones[name]
		n++
		m := newZoneModel(loc)
		off0, trans := fullWalk(loc)
		if m.off0 != off0 {
			t.Errorf("%s: offset at year 1 %d, full walk %d", name, m.off0, off0)
		}
		if diff := cmp.Diff(trans, m.trans, cmp.AllowUnexported(transition{})); diff != "" {
			t.Errorf("%s: changes differ from the full walk (-walk +model):\n%s", name, diff)
			continue
		}
		for li, opts := range layouts {
			c, err := New(loc, opts...)
			if err != nil {
				t.Fatal(err)
			}
			e := &c.eng
			var hol []int64
			for _, h := range c.holidays {
				if e.nom[weekdayOf(h.days())] > 0 {
					hol = append(hol, h.days())
				}
			}
			wantExc, wantSkip := fullExceptions(e, hol)
			var gotExc []exception
			for _, x := range e.exc {
				if !x.holiday {
					gotExc = append(gotExc, exception{day: x.day, length: x.length})
				}
			}
			if diff := cmp.Diff(wantExc, gotExc, cmp.AllowUnexported(exception{})); diff != "" {
				t.Errorf("%s layout %d: days whose business time a change alters (-reference +engine):\n%s", name, li, diff)
			}
			var gotSkip []int64
			for _, z := range e.hol {
				if _, h := slices.BinarySearch(hol, z); !h {
					gotSkip = append(gotSkip, z)
				}
			}
			if diff := cmp.Diff(wantSkip, gotSkip); diff != "" {
				t.Errorf("%s layout %d: skipped dates (-reference +engine):\n%s", name, li, diff)
			}
		}
	}
	t.Logf("%d zones compared", n)
}

// The search indexes hold what the searches rely on: for each bucket, the
// number of exceptions (of zone changes) before the bucket's first day (its
// first instant). An index of zeros would still give right answers, slowly,
// so only this test pins it (D-CAL).
func TestSearchIndexesCountWhatPrecedesEachBucket_DCAL(t *testing.T) {
	var hs []Date
	for y := 1990; y < 2099; y++ {
		hs = append(hs, Date{y, time.January, 2}, Date{y, time.July, 3}, Date{y, time.December, 24})
	}
	for _, name := range []string{"America/New_York", "Pacific/Apia", "Australia/Lord_Howe", "Asia/Seoul"} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			t.Fatal(err)
		}
		c, err := New(loc, WithHolidays(hs...), WithWindows(Window{time.Hour, 3 * time.Hour}, Window{9 * time.Hour, 17 * time.Hour}))
		if err != nil {
			t.Fatal(err)
		}
		e := &c.eng
		if len(e.excIx) == 0 || len(e.zone.index) == 0 && len(e.zone.trans) > 0 {
			t.Fatalf("%s: no index", name)
		}
		// One bucket per 256 days from the first exception to the last,
		// and per 2^22 s (48.5 days) from the first change to the last.
		if n, want := len(e.excIx), int(e.exc[len(e.exc)-1].day-e.excLo)/256+1; n != want {
			t.Fatalf("%s: %d exception buckets, want %d", name, n, want)
		}
		if n, want := len(e.zone.index), int(e.zone.trans[len(e.zone.trans)-1].at-e.zone.indexLo)/(1<<22)+1; n != want {
			t.Fatalf("%s: %d zone buckets, want %d", name, n, want)
		}
		want := 0
		for k, got := range e.excIx {
			lim := e.excLo + int64(k)*256
			for want < len(e.exc) && e.exc[want].day < lim {
				want++
			}
			if int(got) != want {
				t.Fatalf("%s: exception index bucket %d holds %d, want %d", name, k, got, want)
			}
		}
		want = 0
		for k, got := range e.zone.index {
			lim := e.zone.indexLo + int64(k)*(1<<22)
			for want < len(e.zone.trans) && e.zone.trans[want].at < lim {
				want++
			}
			if int(got) != want {
				t.Fatalf("%s: zone index bucket %d holds %d, want %d", name, k, got, want)
			}
		}
		ft := c.fast.table(e)
		want = 0
		for k, got := range ft.idx {
			lim := uint32(k) << ft.shift
			for want < fastDays && ft.f[want+1] <= lim {
				want++
			}
			if int(got&0xffff) != want {
				t.Fatalf("%s: table index bucket %d holds %d, want %d", name, k, got&0xffff, want)
			}
		}
	}
}
