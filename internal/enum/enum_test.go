package enum_test

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/supportrules/unified/internal/enum"
	"pgregory.net/rapid"
)

type color uint8

var errColor = errors.New("test: invalid color")

var unset = enum.New[color](errColor, "color", "", "red", "green", "심각도").Alias("verde", 2)
var named = enum.New[color](errColor, "color", "red", "green")

func TestParseIsCaseInsensitiveAndNamesWhatItAccepts(t *testing.T) {
	tests := []struct {
		table *enum.Table[color]
		in    string
		want  color
		err   bool
	}{
		{unset, "red", 1, false},
		{unset, " RED ", 1, false},
		{unset, "Green", 2, false},
		{unset, "VERDE", 2, false},
		{unset, "심각도", 3, false},
		{unset, "", 0, false},
		{unset, "blue", 0, true},
		{unset, "0", 0, true},
		{named, "", 0, true},
		{named, "RED", 0, false},
		{named, "green", 1, false},
	}
	for _, tt := range tests {
		got, err := tt.table.Parse(tt.in)
		if (err != nil) != tt.err || got != tt.want {
			t.Errorf("Parse(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.err)
		}
		if err != nil && (!errors.Is(err, errColor) || !strings.Contains(err.Error(), "want one of red, green")) {
			t.Errorf("Parse(%q) error %q does not wrap the sentinel and list the names", tt.in, err)
		}
	}
}

func TestEveryValueRoundTripsThroughText(t *testing.T) {
	for _, table := range []*enum.Table[color]{unset, named} {
		for v := color(0); int(v) < table.Len(); v++ {
			b, err := table.AppendText(nil, v)
			if err != nil {
				t.Fatalf("AppendText(%d): %v", v, err)
			}
			var back color = 99
			if err := table.UnmarshalText(&back, b); err != nil || back != v {
				t.Errorf("%d -> %q -> %d, %v", v, b, back, err)
			}
		}
	}
}

func TestValidityAndNamesOutOfRange(t *testing.T) {
	if unset.IsValid(0) || !named.IsValid(0) || unset.IsValid(4) || !unset.IsValid(3) {
		t.Error("IsValid: zero is valid only when named; out of range is invalid")
	}
	if got := unset.String(9); got != "color(9)" {
		t.Errorf("String(9) = %q", got)
	}
	if _, err := unset.AppendText(nil, 9); !errors.Is(err, errColor) {
		t.Errorf("AppendText(9) error = %v", err)
	}
	if got := strings.Join(unset.Names(), "|"); got != "red|green|심각도" {
		t.Errorf("Names = %q", got)
	}
}

// String names every value, and "color(n)" from the first value past the
// table on; AppendText refuses that value.
func TestStringAndAppendTextAtTheTablesEnd(t *testing.T) {
	for v, want := range []string{"", "red", "green", "심각도", "color(4)"} {
		if got := unset.String(color(v)); got != want {
			t.Errorf("String(%d) = %q, want %q", v, got, want)
		}
	}
	if b, err := unset.AppendText(nil, 3); err != nil || string(b) != "심각도" {
		t.Errorf("AppendText(3) = %q, %v", b, err)
	}
	if _, err := unset.AppendText(nil, 4); !errors.Is(err, errColor) {
		t.Errorf("AppendText(4) error = %v, want the sentinel", err)
	}
}

// An error quotes refused text whole up to 40 bytes, and cuts longer text at
// 40 bytes, marked "…", from Parse and UnmarshalText alike.
func TestErrorsQuoteAtMostFortyBytes(t *testing.T) {
	for _, tt := range []struct {
		n     int
		quote string
	}{
		{40, `"` + strings.Repeat("x", 40) + `"`},
		{41, `"` + strings.Repeat("x", 40) + `…"`},
		{256, `"` + strings.Repeat("x", 40) + `…"`},
		{257, `"` + strings.Repeat("x", 40) + `…"`},
	} {
		s := strings.Repeat("x", tt.n)
		_, perr := unset.Parse(s)
		var c color
		uerr := unset.UnmarshalText(&c, []byte(s))
		for _, err := range []error{perr, uerr} {
			if err == nil || !strings.Contains(err.Error(), ": "+tt.quote+" is not a color") {
				t.Errorf("%d bytes: error %v, want it to quote %s", tt.n, err, tt.quote)
			}
		}
	}
}

// UnmarshalText reads at most 256 bytes: a name padded with spaces to 256
// bytes is read, to 257 bytes refused. Parse, given a string already in
// memory, trims any amount of space.
func TestUnmarshalTextReadsAtMost256Bytes(t *testing.T) {
	pad := func(n int) string { return "red" + strings.Repeat(" ", n-3) }
	var c color
	if err := unset.UnmarshalText(&c, []byte(pad(256))); err != nil || c != 1 {
		t.Errorf("256 bytes: %v, %v", c, err)
	}
	c = 2
	if err := unset.UnmarshalText(&c, []byte(pad(257))); !errors.Is(err, errColor) || c != 2 {
		t.Errorf("257 bytes: %v, %v; want the sentinel and c unchanged", c, err)
	}
	if v, err := unset.Parse(pad(1000)); err != nil || v != 1 {
		t.Errorf("Parse of 1000 bytes: %v, %v", v, err)
	}
}

func TestHostileTextIsRefusedBriefly(t *testing.T) {
	var c color
	err := unset.UnmarshalText(&c, []byte(strings.Repeat("x", 1<<20)))
	if !errors.Is(err, errColor) || len(err.Error()) > 200 {
		t.Errorf("1 MB of text: error %.80q (len %d)", err, len(err.Error()))
	}
}

func TestParseNeverPanicsAndEitherNamesOrRefuses(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.String().Draw(t, "s")
		v, err := unset.Parse(s)
		if err != nil {
			if !errors.Is(err, errColor) {
				t.Fatalf("error %v does not wrap the sentinel", err)
			}
			return
		}
		if v != 0 && !strings.EqualFold(strings.TrimSpace(s), unset.String(v)) && !strings.EqualFold(strings.TrimSpace(s), "verde") {
			t.Fatalf("Parse(%q) = %v", s, unset.String(v))
		}
	})
}

// A table holds 1 to 256 names (a uint8 indexes them), each once.
func TestBuildingABadTablePanics(t *testing.T) {
	many := func(n int) []string {
		names := make([]string, n)
		for i := range names {
			names[i] = "n" + strconv.Itoa(i)
		}
		return names
	}
	if tb := enum.New[color](errColor, "color", many(256)...); tb.Len() != 256 || tb.String(255) != "n255" {
		t.Errorf("a table of 256 names: Len %d, String(255) %q", tb.Len(), tb.String(255))
	}
	for _, names := range [][]string{{}, {"a", "A"}, {"a", ""}, many(257)} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("New(%q) did not panic", names)
				}
			}()
			enum.New[color](errColor, "color", names...)
		}()
	}
}

// Alias needs a valid value and a name.
func TestBadAliasesPanic(t *testing.T) {
	for _, a := range []struct {
		name string
		v    color
	}{{"rouge", 0}, {"rouge", 4}, {"", 1}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Alias(%q, %d) did not panic", a.name, a.v)
				}
			}()
			enum.New[color](errColor, "color", "", "red", "green", "blue").Alias(a.name, a.v)
		}()
	}
}

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_, _ = unset.Parse("Green")
	}
}

func BenchmarkAppendText(b *testing.B) {
	b.ReportAllocs()
	buf := make([]byte, 0, 16)
	for b.Loop() {
		buf, _ = unset.AppendText(buf[:0], 2)
	}
}
