package enum_test

import (
	"errors"
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

func TestBuildingABadTablePanics(t *testing.T) {
	for _, names := range [][]string{{}, {"a", "A"}, {"a", ""}} {
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
