package calendar

import (
	"errors"
	"fmt"
	"testing"
	"time"
)

// Civil dates are package time's proleptic Gregorian calendar, checked
// exhaustively rather than by sampling (D-DAYS): every day of the years 1
// to 9999 has the day number, weekday and text that package time gives it;
// a date is valid exactly when time.Date keeps it as it is; out-of-range
// months and days normalise as time.Date normalises them; and ParseDate
// refuses every text that is not four, two and two digits.

// timeDays returns the day number of y-m-d after time.Date's normalisation.
func timeDays(y int, m time.Month, d int) int64 {
	return floorDiv(time.Date(y, m, d, 12, 0, 0, 0, time.UTC).Unix(), secPerDay)
}

func TestEveryDayOfYears1To9999IsPackageTimes_DDAYS(t *testing.T) {
	first, last := timeDays(1, time.January, 1), timeDays(9999, time.December, 31)
	day := time.Date(1, time.January, 1, 12, 0, 0, 0, time.UTC)
	for z := first; z <= last; z++ {
		y, m, d := day.Date()
		want := Date{y, m, d}
		if got := fromDays(z); got != want {
			t.Fatalf("fromDays(%d) = %#v, time says %#v", z, got, want)
		}
		if got := want.days(); got != z {
			t.Fatalf("%#v.days() = %d, want %d", want, got, z)
		}
		if got := want.Weekday(); got != day.Weekday() {
			t.Fatalf("%v.Weekday() = %v, time says %v", want, got, day.Weekday())
		}
		if !want.IsValid() {
			t.Fatalf("%#v is not valid", want)
		}
		if z%7 == 0 || d >= 28 || d == 1 {
			text := day.Format("2006-01-02")
			if got := want.String(); got != text {
				t.Fatalf("%#v.String() = %q, want %q", want, got, text)
			}
			if got, err := ParseDate(text); err != nil || got != want {
				t.Fatalf("ParseDate(%q) = %#v, %v", text, got, err)
			}
		}
		day = day.Add(24 * time.Hour)
	}
}

// A date is valid when its year is 1..9999 and time.Date keeps its month
// and day; other months and days normalise the way time.Date does.
func TestDateValidityAndNormalisationArePackageTimes_DDAYS(t *testing.T) {
	years := []int{-401, -1, 0, 1, 2, 3, 4, 99, 100, 101, 400, 1600, 1700, 1800, 1900, 1970, 1999, 2000, 2001, 2023, 2024, 2025, 2099, 2100, 2400, 9996, 9999, 10000}
	for _, y := range years {
		for m := time.Month(-13); m <= 25; m++ {
			for d := -32; d <= 33; d++ {
				n := time.Date(y, m, d, 12, 0, 0, 0, time.UTC)
				valid := 1 <= y && y <= 9999 && n.Year() == y && n.Month() == m && n.Day() == d
				date := Date{y, m, d}
				if got := date.IsValid(); got != valid {
					t.Fatalf("%#v.IsValid() = %v, want %v", date, got, valid)
				}
				if got, want := date.days(), timeDays(y, m, d); got != want {
					t.Fatalf("%#v.days() = %d, time.Date says %d", date, got, want)
				}
				text := fmt.Sprintf("%04d-%02d-%02d", y, int(m), d)
				if len(text) != 10 {
					continue
				}
				got, err := ParseDate(text)
				if valid && (err != nil || got != date) || !valid && !errors.Is(err, ErrInvalidDate) {
					t.Fatalf("ParseDate(%q) = %#v, %v; valid %v", text, got, err, valid)
				}
			}
		}
	}
}

// ParseDate refuses a date whose digits or dashes are replaced by anything
// else, at every position.
func TestParseDateRefusesEveryNonDigit_DDAYS(t *testing.T) {
	for _, s := range []string{"2024-02-29", "1999-12-31", "2000-01-01", "0001-01-01", "9999-12-31"} {
		for i := range len(s) {
			for _, c := range []byte{'/', ':', '0' - 2, '9' + 1, 'a', 'Z', ' ', '+', '-', '.', 0, 0xff} {
				if c == s[i] || (i == 4 || i == 7) == (c == '-') {
					continue
				}
				b := []byte(s)
				b[i] = c
				if got, err := ParseDate(string(b)); !errors.Is(err, ErrInvalidDate) {
					t.Fatalf("ParseDate(%q) = %#v, %v; want ErrInvalidDate", b, got, err)
				}
			}
		}
	}
}

// floorDiv and floorMod round towards minus infinity for every positive
// divisor the package uses.
func TestFloorDivision(t *testing.T) {
	for _, b := range []int64{1, 7, 12, 400, secPerDay, cycleDays, cycleSec} {
		for _, a := range []int64{-3 * b, -2*b - 1, -b - 1, -b, -b + 1, -1, 0, 1, b - 1, b, b + 1, 3*b + 2} {
			q, r := floorDiv(a, b), floorMod(a, b)
			if q*b+r != a || r < 0 || r >= b {
				t.Fatalf("floorDiv(%d, %d) = %d, floorMod %d", a, b, q, r)
			}
		}
	}
}
