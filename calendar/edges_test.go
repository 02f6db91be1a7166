package calendar_test

import (
	"encoding/json"
	"errors"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/supportrules/unified/calendar"
)

// Issue 14, point 1: the zero Calendar (what decoding "{}" into a struct
// that holds a Calendar by value leaves) answers every question the way a
// nil *Calendar does, never panicking: no business hours at all.
func TestZeroCalendarBehavesLikeNil_DCAL(t *testing.T) {
	var holder struct {
		Cal calendar.Calendar `json:"cal"`
	}
	if err := json.Unmarshal([]byte(`{}`), &holder); err != nil {
		t.Fatal(err)
	}
	var nilCal *calendar.Calendar
	at := time.Date(2026, time.March, 13, 10, 0, 0, 0, time.UTC)
	d := calendar.Date{Year: 2026, Month: time.March, Day: 13}
	for name, c := range map[string]*calendar.Calendar{"zero": {}, "decoded {}": &holder.Cal, "nil": nilCal} {
		type answers struct {
			Open       bool
			Add        time.Time
			Between    time.Duration
			NextOpen   time.Time
			BizDays    calendar.Date
			BizBetween int
			IsBizDay   bool
			Holiday    bool
			Loc        *time.Location
			Windows    []calendar.Window
			Holidays   []calendar.Date
		}
		got := answers{
			Open: c.IsOpen(at), Add: c.Add(at, time.Hour), Between: c.Between(at, at.Add(time.Hour)),
			NextOpen: c.NextOpen(at), BizDays: c.AddBusinessDays(d, 5), BizBetween: c.BusinessDaysBetween(d, d.AddDays(7)),
			IsBizDay: c.IsBusinessDay(d), Holiday: c.IsHoliday(d), Loc: c.Location(), Windows: c.Windows(time.Monday), Holidays: c.Holidays(),
		}
		want := answers{Add: at, NextOpen: at, BizDays: d}
		if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b *time.Location) bool { return a == b })); diff != "" {
			t.Errorf("%s Calendar (-want +got):\n%s", name, diff)
		}
	}
}

// Encoding the zero Calendar is an error wrapping ErrNoCalendar, the
// module's one "missing calendar" sentinel; a nil one encodes as null.
func TestZeroCalendarDoesNotEncode_ErrNoCalendar(t *testing.T) {
	_, err := json.Marshal(&calendar.Calendar{})
	if !errors.Is(err, calendar.ErrNoCalendar) {
		t.Errorf("Marshal(zero Calendar) error = %v, want ErrNoCalendar", err)
	}
	if _, err := calendar.ZoneResolver(nil).EncodeJSON(nil); !errors.Is(err, calendar.ErrNoCalendar) {
		t.Errorf("EncodeJSON(nil) error = %v, want ErrNoCalendar", err)
	}
	var c *calendar.Calendar
	if b, err := json.Marshal(c); err != nil || string(b) != "null" {
		t.Errorf("Marshal(nil Calendar) = %s, %v; want null", b, err)
	}
}

// Issue 14, point 7: Date.In gives local midnight for any fixed offset that
// package time allows, not only those within 26 hours of UTC.
func TestDateInAnyFixedOffset(t *testing.T) {
	d := calendar.Date{Year: 2026, Month: time.September, Day: 23}
	for _, h := range []int{-100, -27, -26, -14, -12, 0, 5, 14, 26, 27, 30, 100} {
		off := h*3600 + 1800
		loc := time.FixedZone("X", off)
		got := d.In(loc)
		want := time.Date(2026, time.September, 23, 0, 0, 0, 0, loc)
		if !got.Equal(want) {
			t.Errorf("%v.In(UTC%+.1fh) = %v, want local midnight %v", d, float64(off)/3600, got, want)
		}
	}
}

// A calendar on a zone far from UTC still opens at 09:00 local time and
// counts its hours (the zone model looks back as far as the zone's offset).
func TestCalendarOnFarFixedOffset_DCAL(t *testing.T) {
	for _, h := range []int{-27, 27, 40} {
		loc := time.FixedZone("far", h*3600)
		cal, err := calendar.New(loc)
		if err != nil {
			t.Fatal(err)
		}
		open := time.Date(2026, time.March, 13, 9, 0, 0, 0, loc) // a Friday
		if !cal.IsOpen(open) || cal.IsOpen(open.Add(-time.Second)) {
			t.Errorf("UTC%+dh: IsOpen around 09:00 local is wrong", h)
		}
		if got, want := cal.Add(open, 9*time.Hour), time.Date(2026, time.March, 16, 9, 30, 0, 0, loc); !got.Equal(want) {
			t.Errorf("UTC%+dh: Friday 09:00 + 9h = %v, want %v", h, got, want)
		}
		if got := cal.Between(open, open.Add(7*24*time.Hour)); got != 5*(8*time.Hour+30*time.Minute) {
			t.Errorf("UTC%+dh: a week counts %v", h, got)
		}
	}
}

// Issue 14, point 9: a service supplies its own zone data through a
// ZoneResolver, so decoding and encoding a calendar need no zone database
// on the host. A zone the host does not know (here "Example/Seoul", UTC+9
// from the service's own data) decodes and encodes through the resolver, and the
// default (time.LoadLocation) refuses it with ErrZone.
func TestZoneResolverSuppliesZones_DCAL(t *testing.T) {
	calls := 0
	own := calendar.ZoneResolver(func(name string) (*time.Location, error) {
		calls++
		if name != "Example/Seoul" {
			return nil, errors.New("unknown zone")
		}
		return time.FixedZone(name, 9*3600), nil
	})
	in := `{"zone":"Example/Seoul","hours":{"Monday":["09:00-17:30"]},"holidays":["2026-09-24"]}`
	cal, err := own.DecodeJSON([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if calls != 1 || cal.Location().String() != "Example/Seoul" {
		t.Errorf("resolver called %d times, location %v", calls, cal.Location())
	}
	out, err := own.EncodeJSON(cal)
	if err != nil {
		t.Fatal(err)
	}
	again, err := own.DecodeJSON(out)
	if err != nil || !again.IsOpen(time.Date(2026, time.March, 16, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("round trip through the resolver: %v", err)
	}
	if _, err := json.Marshal(cal); !errors.Is(err, calendar.ErrZone) || !errors.Is(err, calendar.ErrBadSpec) {
		t.Errorf("Marshal with the host's zones = %v, want ErrZone and ErrBadSpec", err)
	}
	var c calendar.Calendar
	if err := json.Unmarshal([]byte(in), &c); !errors.Is(err, calendar.ErrZone) {
		t.Errorf("Unmarshal with the host's zones = %v, want ErrZone", err)
	}
	// A resolver that fails, or returns no location, is ErrZone too.
	for name, r := range map[string]calendar.ZoneResolver{
		"failing": func(string) (*time.Location, error) { return nil, errors.New("no data") },
		"nil loc": func(string) (*time.Location, error) { return nil, nil },
	} {
		if _, err := r.DecodeJSON([]byte(in)); !errors.Is(err, calendar.ErrZone) || !errors.Is(err, calendar.ErrBadSpec) {
			t.Errorf("%s resolver: error %v, want ErrZone and ErrBadSpec", name, err)
		}
	}
}

// Decoders bound what they decode: a description listing more holidays than
// there are dates WithHolidays accepts, a day with more than 1440 windows
// and window text longer than "HH:MM:SS-HH:MM:SS" are refused with their
// sentinels before any work proportional to them.
func TestDecodersBoundCounts(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"zone":"UTC","hours":{"Monday":["09:00-17:30"]},"holidays":[`)
	for i := range 109574 {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`"2026-01-01"`)
	}
	b.WriteString(`]}`)
	var c calendar.Calendar
	if err := json.Unmarshal([]byte(b.String()), &c); !errors.Is(err, calendar.ErrBadSpec) {
		t.Errorf("109,574 holidays: error %v, want ErrBadSpec", err)
	}
	ws := make([]calendar.Window, 1441)
	for i := range ws {
		ws[i] = calendar.Window{Open: time.Duration(2*i) * time.Second, Close: time.Duration(2*i+1) * time.Second}
	}
	if _, err := calendar.New(time.UTC, calendar.WithWindows(ws...)); !errors.Is(err, calendar.ErrBadHours) {
		t.Errorf("1441 windows: error %v, want ErrBadHours", err)
	}
	if _, err := calendar.New(time.UTC, calendar.WithWindows(ws[:1440]...)); err != nil {
		t.Errorf("1440 windows: %v", err)
	}
	var w calendar.Window
	if err := w.UnmarshalText([]byte("09:00:00-17:30:000")); !errors.Is(err, calendar.ErrBadHours) {
		t.Errorf("18-byte window: error %v, want ErrBadHours", err)
	}
	if err := w.UnmarshalText([]byte("09:00:00-17:30:00")); err != nil {
		t.Errorf("17-byte window: %v", err)
	}
}

// Issue 14, point 9: the library leaves the choice of zone data to the
// main program: neither calendar nor calendar/kr imports time/tzdata
// outside its tests (a service that wants the embedded copy imports it, or
// passes a ZoneResolver or a location of its own).
func TestLibraryDoesNotImportTzdata_DCAL(t *testing.T) {
	for _, dir := range []string{".", "kr"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil || len(files) == 0 {
			t.Fatalf("%s: no Go files (%v)", dir, err)
		}
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			src, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			for _, im := range src.Imports {
				if im.Path.Value == `"time/tzdata"` {
					t.Errorf("%s imports time/tzdata", f)
				}
			}
		}
	}
}
