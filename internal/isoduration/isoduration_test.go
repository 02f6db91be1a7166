package isoduration_test

import (
	"encoding/json"
	"errors"
	"math"
	"strconv"
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
		{time.Hour, "PT1H"},
		{time.Minute, "PT1M"},
		{time.Second, "PT1S"},
		{time.Hour + time.Minute + time.Second + 100*time.Millisecond, "PT1H1M1.1S"},
		{999999999, "PT0.999999999S"},
		{19*time.Hour + 59*time.Minute + 9900*time.Millisecond, "PT19H59M9.9S"},
		{1090 * time.Millisecond, "PT1.09S"},
		{2562047 * time.Hour, "PT2562047H"},
		{9223372036 * time.Second, "PT2562047H47M16S"},
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
	}{{"P1D", 24 * time.Hour}, {"P1DT2H", 26 * time.Hour}, {"PT120M", 2 * time.Hour}, {"PT0.5S", 500 * time.Millisecond},
		{"PT9223372036S", 9223372036 * time.Second}, {"PT09S", 9 * time.Second}, {"P0D", 0}, {"PT0.90S", 900 * time.Millisecond},
		{"P106751DT23H47M16.854775807S", math.MaxInt64}, {"-P1D", -24 * time.Hour},
		{"PT" + strings.Repeat("0", 60) + "1H", time.Hour}, // 64 bytes, the longest text read
	} {
		if got, err := isoduration.Parse(tt.s); err != nil || got != tt.d {
			t.Errorf("Parse(%q) = %v, %v; want %v", tt.s, got, err, tt.d)
		}
	}
	for _, bad := range []string{"", "P", "PT", "2H", "PT2", "PTH", "PT2H2H", "PT2M2H", "P2H", "PT1D", "PT1.5H", "PT1.S", "PT0.0000000001S",
		"PT2562047H47M16.854775808S", "PT99999999999999999999H", "P1DT", "pt2h", " PT2H", strings.Repeat("PT1H", 20), "--PT1H", "PTT1H",
		"-", "-P", "-PT", "P1", "PT9999999999999H", "P999999999999D", "PT2562047H48M", "PT2562047H47M17S", "PT1H.5S", "P1H", "T1H", "P1DT1H1D",
		"PT18446744073M", "PT" + strings.Repeat("0", 61) + "1H", // 65 bytes
		"PT18446744073709551615S", "PT18446744073709551616S", "PT18446744073709551619S", "PT184467440737095516160S"} {
		if d, err := isoduration.Parse(bad); !errors.Is(err, isoduration.ErrSyntax) || d != 0 {
			t.Errorf("Parse(%q) = %v, %v; want 0 and ErrSyntax", bad, d, err)
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

// Every error is one line, prefixed "isoduration: ", wraps ErrSyntax,
// quotes at most 64 bytes of the input and names no Go type.
func TestErrorsAreClearAndPrefixed(t *testing.T) {
	long := strings.Repeat("9", 10000)
	for _, s := range []string{"", "PT", "2H", "PT2562047H47M16.854775808S", long, "P\x00T1H"} {
		_, err := isoduration.Parse(s)
		checkError(t, "Parse", s, err)
		var d isoduration.Duration
		checkError(t, "UnmarshalText", s, d.UnmarshalText([]byte(s)))
	}
	for _, j := range []string{`5`, `true`, `{}`, `[]`, `"PT"`, `"` + long + `"`, `"\u0050T"`, `"PT1H`, ``} {
		var d isoduration.Duration
		checkError(t, "UnmarshalJSON", j, d.UnmarshalJSON([]byte(j)))
		if d != 0 {
			t.Errorf("UnmarshalJSON(%.20s) changed the value to %v", j, time.Duration(d))
		}
	}
}

// An error quotes at most 64 bytes of the input, and marks a cut with "…".
func TestErrorsQuoteAtMost64Bytes(t *testing.T) {
	for _, tt := range []struct {
		n   int
		cut bool
	}{{63, false}, {64, false}, {65, true}, {1000, true}} {
		in := "P" + strings.Repeat("1", tt.n-1)
		_, err := isoduration.Parse(in)
		msg := err.Error()
		if strings.Contains(msg, "…") != tt.cut || !strings.Contains(msg, strconv.Quote(in[:min(tt.n, 64)])) {
			t.Errorf("Parse(%d bytes) error %q: want the first %d bytes quoted, cut %t", tt.n, msg, min(tt.n, 64), tt.cut)
		}
	}
}

func checkError(t *testing.T, fn, in string, err error) {
	t.Helper()
	if !errors.Is(err, isoduration.ErrSyntax) {
		t.Errorf("%s(%.20q) error = %v, want ErrSyntax", fn, in, err)
		return
	}
	msg := err.Error()
	if !strings.HasPrefix(msg, "isoduration: invalid ISO 8601 duration") || strings.Contains(msg, "\n") ||
		strings.Contains(msg, "Duration") || strings.Contains(msg, "json:") || len(msg) > 250 {
		t.Errorf("%s(%.20q) error %q: want one prefixed line of at most 250 bytes naming no Go type", fn, in, msg)
	}
}

// Duration's JSON form is the ISO 8601 string; null leaves the value as it
// is, and an escaped string reads as its text.
func TestDurationJSON(t *testing.T) {
	for _, tt := range []struct {
		d    time.Duration
		json string
	}{{0, `"PT0S"`}, {2 * time.Hour, `"PT2H"`}, {-90 * time.Minute, `"-PT1H30M"`}, {time.Nanosecond, `"PT0.000000001S"`}} {
		b, err := json.Marshal(isoduration.Duration(tt.d))
		if err != nil || string(b) != tt.json {
			t.Errorf("Marshal(%v) = %s, %v; want %s", tt.d, b, err, tt.json)
		}
		t2, _ := isoduration.Duration(tt.d).MarshalText()
		if string(t2) != strings.Trim(tt.json, `"`) {
			t.Errorf("MarshalText(%v) = %s", tt.d, t2)
		}
		var back isoduration.Duration = 7
		if err := json.Unmarshal(b, &back); err != nil || time.Duration(back) != tt.d {
			t.Errorf("Unmarshal(%s) = %v, %v; want %v", b, time.Duration(back), err, tt.d)
		}
	}
	d := isoduration.Duration(time.Hour)
	if err := d.UnmarshalJSON([]byte("null")); err != nil || d != isoduration.Duration(time.Hour) {
		t.Errorf("UnmarshalJSON(null) = %v, %v; want the value unchanged", time.Duration(d), err)
	}
	if err := d.UnmarshalJSON([]byte(`"\u0050T2H"`)); err != nil || time.Duration(d) != 2*time.Hour {
		t.Errorf("UnmarshalJSON(escaped PT2H) = %v, %v", time.Duration(d), err)
	}
	if err := d.UnmarshalText([]byte("PT3H")); err != nil || time.Duration(d) != 3*time.Hour {
		t.Errorf("UnmarshalText(PT3H) = %v, %v", time.Duration(d), err)
	}
}

func FuzzDurationJSON(f *testing.F) {
	for _, s := range []string{`"PT2H"`, `null`, `5`, `"\u0050T1H"`, `"P1DT1H"`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var d isoduration.Duration
		if err := d.UnmarshalJSON([]byte(s)); err != nil {
			if !errors.Is(err, isoduration.ErrSyntax) || d != 0 {
				t.Fatalf("UnmarshalJSON(%q) = %v, %v", s, time.Duration(d), err)
			}
			return
		}
		b, err := d.MarshalJSON()
		var back isoduration.Duration
		if err != nil || back.UnmarshalJSON(b) != nil || back != d {
			t.Fatalf("UnmarshalJSON(%q) = %v, which writes %s and reads back as %v", s, time.Duration(d), b, time.Duration(back))
		}
	})
}

// A JSON value longer than any duration's text is refused before it is
// parsed, with ErrSyntax, at the boundary: 2+6×64 bytes is read, one more
// is not.
func TestDurationJSONLengthBound(t *testing.T) {
	for _, tt := range []struct {
		n       int
		bounded bool
	}{{2 + 6*64, false}, {2 + 6*64 + 1, true}} {
		b := []byte(`"` + strings.Repeat("9", tt.n-2) + `"`)
		var d isoduration.Duration
		err := d.UnmarshalJSON(b)
		if !errors.Is(err, isoduration.ErrSyntax) {
			t.Fatalf("%d bytes: %v, want ErrSyntax", tt.n, err)
		}
		if got := strings.Contains(err.Error(), "longer than a duration"); got != tt.bounded {
			t.Errorf("%d bytes: %v; refused by the length bound %t, want %t", tt.n, err, got, tt.bounded)
		}
	}
}
