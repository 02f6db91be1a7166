package calendar_test

import (
	"testing"

	"github.com/supportrules/unified/calendar"
)

// Empty text decodes to the zero Date, whatever the Date held before
// (D-DAYS: "" is the "not stated" date of the module's JSON).
func TestEmptyTextResetsADate(t *testing.T) {
	d := calendar.MustParseDate("2026-09-23")
	if err := d.UnmarshalText(nil); err != nil || d != (calendar.Date{}) {
		t.Errorf("UnmarshalText(\"\") on 2026-09-23 = %v, %v; want the zero Date", d, err)
	}
}

// ContractYearOf answers nothing when either date is invalid, each on its
// own (D-FLEX-2, FLEX-3).
func TestContractYearOfRefusesEitherInvalidDate_DFLEX2(t *testing.T) {
	valid := calendar.MustParseDate("2026-01-01")
	for _, tt := range []struct {
		name     string
		start, d calendar.Date
	}{
		{"invalid start", calendar.Date{Year: 2026, Month: 2, Day: 30}, valid},
		{"zero start", calendar.Date{}, valid},
		{"invalid date", valid, calendar.Date{Year: 2026, Month: 2, Day: 30}},
		{"zero date", valid, calendar.Date{}},
	} {
		if n, p, ok := calendar.ContractYearOf(tt.start, tt.d); ok || n != 0 || p != (calendar.Period{}) {
			t.Errorf("%s: ContractYearOf(%v, %v) = %d, %v, %t; want 0, zero, false", tt.name, tt.start, tt.d, n, p, ok)
		}
	}
}
