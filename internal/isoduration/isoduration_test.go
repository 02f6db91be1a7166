package isoduration_test

import (
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"pgregory.net/rapid"

	"github.com/supportrules/unified/internal/isoduration"
)

func TestFormatAndParseRows(t *testing.T) {
	for _, tt := range []struct {
		d time.Duration
		s string
	}{
		{0, "PT0S"},
		{2 * time.Hour, "PT2H"},
		{15 * time.Minute, "PT15M"},
		{90 * time.Minute, "PT1H30M"},
		{64 * time.Hour, "PT64H"},
		{time.Nanosecond, "PT0.000000001S"},
		{1500 * time.Millisecond, "PT1.5S"},
		{time.Hour + time.Second, "PT1H1S"},
		{-30 * time.Minute, "-PT30M"},
		{math.MaxInt64, "PT2562047H47M16.854775807S"},
		{math.MinInt64, "-PT2562047H47M16.854775808S"},
	} {
		if got := isoduration.Format(tt.d); got != tt.s {
			t.Errorf("Format(%v) = %q, want %q", tt.d, got, tt.s)
		}
		if got, err := isoduration.Parse(tt.s); err != nil && tt.d != math.MinInt64 || err == nil && got != tt.d {
			t.Errorf("Parse(%q) = %v, %v; want %v", tt.s, got, err, tt.d)
		}
	}
	for _, tt := range []struct {
		s string
		d time.Duration
	}{{"P1D", 24 * time.Hour}, {"P1DT2H", 26 * time.Hour}, {"PT120M", 2 * time.Hour}, {"PT0.5S", 500 * time.Millisecond}} {
		if got, err := isoduration.Parse(tt.s); err != nil || got != tt.d {
			t.Errorf("Parse(%q) = %v, %v; want %v", tt.s, got, err, tt.d)
		}
	}
	for _, bad := range []string{"", "P", "PT", "2H", "PT2", "PTH", "PT2H2H", "PT2M2H", "P2H", "PT1D", "PT1.5H", "PT1.S", "PT0.0000000001S",
		"PT2562047H47M16.854775808S", "PT99999999999999999999H", "P1DT", "pt2h", " PT2H", strings.Repeat("PT1H", 20), "--PT1H", "PTT1H"} {
		if _, err := isoduration.Parse(bad); !errors.Is(err, isoduration.ErrSyntax) {
			t.Errorf("Parse(%q) error = %v, want ErrSyntax", bad, err)
		}
	}
}

func TestEveryDurationRoundTrips(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := time.Duration(rapid.Int64Range(math.MinInt64+1, math.MaxInt64).Draw(t, "d"))
		s := isoduration.Format(d)
		back, err := isoduration.Parse(s)
		if err != nil || back != d {
			t.Fatalf("%v -> %q -> %v, %v", d, s, back, err)
		}
	})
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"PT2H", "P1DT1H", "-PT0.5S", "PT", "PT9223372036S"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := isoduration.Parse(s)
		if err != nil {
			if !errors.Is(err, isoduration.ErrSyntax) {
				t.Fatalf("Parse(%q) error %v does not wrap ErrSyntax", s, err)
			}
			return
		}
		if back, err := isoduration.Parse(isoduration.Format(d)); err != nil && d != math.MinInt64 || err == nil && back != d {
			t.Fatalf("Parse(%q) = %v, which formats as %q and reads back as %v, %v", s, d, isoduration.Format(d), back, err)
		}
	})
}

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		isoduration.Parse("PT1H30M")
	}
}

func BenchmarkFormat(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		isoduration.Format(90 * time.Minute)
	}
}
