package severity_test

import (
	"errors"
	"testing"
	"time"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/severity"
)

// openings are the moments the issue asks every cell to be opened at, on
// the Seoul calendar of 2026 (Children's Day, Tuesday 5 May, a holiday).
var openings = []struct {
	name   string
	opened time.Time
	// business: the due time after 2h and 4h of business hours (D-CLOCK),
	// worked out by hand.
	due2h, due4h time.Time
}{
	{"inside hours", at(2026, 5, 12, 10, 0), at(2026, 5, 12, 12, 0), at(2026, 5, 12, 14, 0)},
	{"before opening", at(2026, 5, 12, 7, 0), at(2026, 5, 12, 11, 0), at(2026, 5, 12, 13, 0)},
	{"at 17:29", at(2026, 5, 12, 17, 29), at(2026, 5, 13, 10, 59), at(2026, 5, 13, 12, 59)},
	{"at 17:30 closing", at(2026, 5, 12, 17, 30), at(2026, 5, 13, 11, 0), at(2026, 5, 13, 13, 0)},
	{"friday 16:00", at(2026, 5, 8, 16, 0), at(2026, 5, 11, 9, 30), at(2026, 5, 11, 11, 30)},
	{"saturday", at(2026, 5, 9, 11, 0), at(2026, 5, 11, 11, 0), at(2026, 5, 11, 13, 0)},
	{"sunday night", at(2026, 5, 10, 23, 59), at(2026, 5, 11, 11, 0), at(2026, 5, 11, 13, 0)},
	{"on a holiday", at(2026, 5, 5, 10, 0), at(2026, 5, 6, 11, 0), at(2026, 5, 6, 13, 0)},
	{"friday before a holiday monday", at(2026, 5, 22, 17, 0), at(2026, 5, 26, 10, 30), at(2026, 5, 26, 12, 30)},
	{"ends exactly at closing", at(2026, 5, 12, 15, 30), at(2026, 5, 12, 17, 30), at(2026, 5, 13, 11, 0)},
}

// Every cell of every chart, opened inside hours, before opening, at
// 17:29, at weekends and on holidays: 1 and A run 24x7, B and C on the
// Seoul business calendar.
// Rules SEV-STD-2, SEV-STD-3, SEV-STD-9, SEV-STD-13, SEV-STD-16,
// SEV-STD-21, SEV-UER-2, SEV-UER-3, SEV-UER-9, SEV-UER-15, SEV-RR-2,
// SEV-RR-8, SEV-AEM-3, SEV-AEM-8, D-SEV-1, D-SEV-2, D-CLOCK, D-CAL, AMB-14.
func TestEveryCellIsDueOnItsClock(t *testing.T) {
	cal := seoulCal(t)
	for _, o := range openings {
		for _, c := range chartCells {
			for _, col := range []struct {
				name  string
				azure bool
				w     cellWant
			}{{"azure", true, c.azure}, {"other", false, c.other}} {
				if col.w.within == 0 {
					continue // the chart does not cover it
				}
				t.Run(o.name+"/"+c.plan.Abbrev()+"/"+c.level.String()+"/"+col.name, func(t *testing.T) {
					inc := severity.Incident{Level: c.level, Azure: col.azure, Product: "Exchange Server", Opened: o.opened}
					if col.azure {
						inc.Product = "Azure Virtual Machines"
					}
					tg, err := severity.ChartTarget(inc, c.plan)
					if err != nil {
						t.Fatal(err)
					}
					got, err := tg.Due(o.opened, cal)
					if err != nil {
						t.Fatal(err)
					}
					var want time.Time
					switch {
					case !col.w.business:
						want = o.opened.Add(col.w.within) // 24x7: wall-clock minutes
					case col.w.within == h2:
						want = o.due2h
					case col.w.within == h4:
						want = o.due4h
					default:
						t.Fatalf("no hand-worked due time for %v", col.w.within)
					}
					if !got.Equal(want) {
						t.Errorf("Due(%v) = %v, want %v", o.opened, got, want)
					}
				})
			}
		}
	}
}

// Deadline is TargetFor on the right clock, whatever zone Opened carries.
// Rules D-SEV-1, D-CLOCK, SEV-STD-13.
func TestDeadlineUsesTheSupportLocationsCalendar(t *testing.T) {
	cal := seoulCal(t)
	fri := at(2026, 5, 8, 16, 0)
	for _, loc := range allZones {
		inc := severity.Incident{Level: severity.SevB, Opened: fri.In(loc)}
		got, err := severity.Deadline(inc, cal)
		if err != nil {
			t.Fatal(err)
		}
		if want := at(2026, 5, 11, 9, 30); !got.Equal(want) || got.Location() != loc {
			t.Errorf("Deadline(B, Friday 16:00 as %v) = %v, want %v in %v", loc, got, want, loc)
		}
	}
	// Severity 1 ignores business hours even with a calendar.
	got, err := severity.Deadline(severity.Incident{Level: severity.Sev1, Opened: at(2026, 5, 9, 3, 0)}, cal)
	if want := at(2026, 5, 9, 4, 0); err != nil || !got.Equal(want) {
		t.Errorf("Deadline(1, Saturday 03:00) = %v, %v; want %v", got, err, want)
	}
}

// "Within" is inclusive: a first call response at the due instant is on
// time, one nanosecond later is late.
// Rules PRS-9, D-SEV-1, AMB-14.
func TestFirstCallResponseWithinIsInclusive(t *testing.T) {
	cal := seoulCal(t)
	fri := at(2026, 5, 8, 16, 0)
	tg, err := severity.TargetFor(severity.Incident{Level: severity.SevB, Opened: fri})
	if err != nil {
		t.Fatal(err)
	}
	due := at(2026, 5, 11, 9, 30)
	for _, tt := range []struct {
		response time.Time
		want     bool
	}{
		{fri, true},
		{due.Add(-1), true},
		{due, true},
		{due.Add(1), false},
		{due.In(time.UTC), true},
	} {
		got, err := tg.IsOnTime(fri, tt.response, cal)
		if err != nil || got.Allowed != tt.want || !got.Rules.Has("PRS-9") || !got.Rules.Has("D-SEV-1") {
			t.Errorf("IsOnTime(%v) = %v, %v; want %t citing PRS-9, D-SEV-1", tt.response, got, err, tt.want)
		}
	}
	if _, err := tg.IsOnTime(fri, time.Time{}, cal); !errors.Is(err, severity.ErrZeroTime) {
		t.Errorf("IsOnTime(zero response) error = %v", err)
	}
	if _, err := tg.IsOnTime(fri, fri.Add(-time.Second), cal); !errors.Is(err, severity.ErrOutOfOrder) {
		t.Errorf("IsOnTime(response before opening) error = %v", err)
	}
	if _, err := tg.IsOnTime(fri, fri, nil); !errors.Is(err, calendar.ErrNoCalendar) {
		t.Errorf("IsOnTime(nil calendar) error = %v", err)
	}
}

// 24x7 targets count elapsed time, so a DST change moves the wall clock
// but not the budget; business-hours targets count the civil windows of
// the support location, whose zone changes on a weekend.
// Rules D-SEV-1, D-CLOCK, D-CAL, SEV-STD-2, SEV-STD-3, SEV-STD-13.
func TestDeadlinesAcrossDaylightSavingTime(t *testing.T) {
	nyCal, err := calendar.New(newYork)
	if err != nil {
		t.Fatal(err)
	}
	ny := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, newYork) }
	tests := []struct {
		name   string
		level  severity.Level
		azure  bool
		opened time.Time
		want   time.Time
	}{
		// Sunday 8 March 2026, 02:00 EST becomes 03:00 EDT.
		{"1, other products, 01:30 EST + 1h", severity.Sev1, false, ny(2026, 3, 8, 1, 30), ny(2026, 3, 8, 3, 30)},
		{"1, Azure, 01:50 EST + 15m", severity.Sev1, true, ny(2026, 3, 8, 1, 50), ny(2026, 3, 8, 3, 5)},
		// Sunday 1 November 2026, 02:00 EDT becomes 01:00 EST: 00:30 EDT + 1h is 01:30 EDT.
		{"A, 00:30 EDT + 1h", severity.SevA, false, ny(2026, 11, 1, 0, 30), time.Date(2026, 11, 1, 5, 30, 0, 0, time.UTC)},
		// Friday 16:00 EST + 2 business hours: 1h30 Friday, 30 min Monday 09:00 EDT.
		{"B, Friday before the spring change", severity.SevB, false, ny(2026, 3, 6, 16, 0), ny(2026, 3, 9, 9, 30)},
		{"C, Friday before the autumn change", severity.SevC, false, ny(2026, 10, 30, 16, 0), ny(2026, 11, 2, 11, 30)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := severity.Deadline(severity.Incident{Level: tt.level, Azure: tt.azure, Opened: tt.opened}, nyCal)
			if err != nil || !got.Equal(tt.want) {
				t.Errorf("Deadline(%v, opened %v) = %v, %v; want %v", tt.level, tt.opened, got, err, tt.want)
			}
		})
	}
}
