// Package isoduration is the module's one text form of a time.Duration: the
// ISO 8601 duration "PT2H", "PT15M", "PT1H30M", "PT0.5S", "PT0S", as the
// JSON convention of the module requires.
//
// Format writes hours, minutes and seconds only ("PT64H", never days: a
// day of counted time is not a calendar day); Parse also reads a leading
// "nD" (24 hours each) and a leading "-". Parsing is linear in the length
// of the text, which is bounded, and refuses anything that overflows a
// time.Duration. [Duration] gives a struct field that form in text and
// JSON. Every error is prefixed "isoduration: ", quotes at most 64 bytes of
// the refused input, and wraps ErrSyntax.
package isoduration

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/bits"
	"strconv"
	"strings"
	"time"
)

// ErrSyntax reports text that is not an ISO 8601 duration this package
// reads, or one outside time.Duration's range.
var ErrSyntax = errors.New("isoduration: invalid ISO 8601 duration")

// want tells the reader of an error what is accepted.
const want = `(want a form such as "PT2H", "PT1H30M", "PT0.5S" or "P1DT2H", within ±2562047 hours)`

// maxLen bounds the text Parse reads.
const maxLen = 64

// Format returns d as an ISO 8601 duration, such as "PT2H" or "PT1H0.5S".
func Format(d time.Duration) string { return string(Append(nil, d)) }

// Append appends Format(d) to b.
func Append(b []byte, d time.Duration) []byte {
	u := uint64(d)
	if d < 0 {
		b = append(b, '-')
		u = -u
	}
	b = append(b, 'P', 'T')
	if u == 0 {
		return append(b, '0', 'S')
	}
	h, u := u/uint64(time.Hour), u%uint64(time.Hour)
	m, u := u/uint64(time.Minute), u%uint64(time.Minute)
	s, ns := u/uint64(time.Second), u%uint64(time.Second)
	if h > 0 {
		b = strconv.AppendUint(b, h, 10)
		b = append(b, 'H')
	}
	if m > 0 {
		b = strconv.AppendUint(b, m, 10)
		b = append(b, 'M')
	}
	if s > 0 || ns > 0 {
		b = strconv.AppendUint(b, s, 10)
		if ns > 0 {
			frac := strconv.AppendUint(nil, ns+1e9, 10)[1:] // nine digits, not all zero
			for frac[len(frac)-1] == '0' {
				frac = frac[:len(frac)-1]
			}
			b = append(b, '.')
			b = append(b, frac...)
		}
		b = append(b, 'S')
	}
	return b
}

// Parse reads an ISO 8601 duration: an optional "-", "P", optional "nD",
// then optionally "T" followed by "nH", "nM" and "n[.f]S" in that order,
// at least one part in all, with at most nine fractional digits of a
// second. It returns an error wrapping ErrSyntax otherwise.
func Parse(s string) (time.Duration, error) {
	d, ok := parse(s)
	if !ok {
		return d, fmt.Errorf("%w %s %s", ErrSyntax, quote(s), want) // parse returns 0 with false
	}
	return d, nil
}

// quote returns s quoted, clipped to maxLen bytes.
func quote(s string) string {
	if len(s) > maxLen {
		return strconv.Quote(s[:maxLen]) + "…"
	}
	return strconv.Quote(s)
}

// A Duration is a time.Duration whose text and JSON forms are ISO 8601
// durations ("PT2H"): the type of the duration fields of the module's JSON
// forms. Its errors wrap [ErrSyntax] and name no Go type.
type Duration time.Duration

// MarshalText implements [encoding.TextMarshaler] with [Format]'s form.
func (d Duration) MarshalText() ([]byte, error) { return Append(nil, time.Duration(d)), nil }

// UnmarshalText implements [encoding.TextUnmarshaler], reading as [Parse]
// does. On error *d is left unchanged.
func (d *Duration) UnmarshalText(b []byte) error { return d.parse(string(b)) }

func (d *Duration) parse(s string) error {
	v, err := Parse(s)
	if err != nil {
		return err
	}
	*d = Duration(v)
	return nil
}

// MarshalJSON implements [json.Marshaler]: a JSON string such as "PT2H".
func (d Duration) MarshalJSON() ([]byte, error) {
	return append(Append([]byte{'"'}, time.Duration(d)), '"'), nil
}

// UnmarshalJSON implements [json.Unmarshaler]: a JSON string read as by
// [Parse]; null leaves *d unchanged, as for the standard library's types.
// Any other JSON value is an error wrapping [ErrSyntax]. On error *d is
// left unchanged.
func (d *Duration) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	if len(b) > 2+6*maxLen { // a string of maxLen characters, each escaped as \uXXXX
		return fmt.Errorf("%w: the JSON value %s is longer than a duration %s", ErrSyntax, quote(string(b)), want)
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("%w: the JSON value %s is not a string %s", ErrSyntax, quote(string(b)), want)
	}
	return d.parse(s)
}

func parse(s string) (time.Duration, bool) {
	if len(s) > maxLen {
		return 0, false
	}
	s, neg := strings.CutPrefix(s, "-")
	s, ok := strings.CutPrefix(s, "P")
	if !ok {
		return 0, false
	}
	var total uint64
	const limit = uint64(1<<63 - 1)
	add := func(n, unit uint64) bool {
		if n > limit/unit || total > limit-n*unit {
			return false
		}
		total += n * unit
		return true
	}
	parts := 0
	// units in order; index 0 is D before T
	order := [...]struct {
		c    byte
		unit uint64
		time bool
	}{{'D', uint64(24 * time.Hour), false}, {'H', uint64(time.Hour), true}, {'M', uint64(time.Minute), true}, {'S', uint64(time.Second), true}}
	next := 0
	inTime := false
	for s != "" {
		if s[0] == 'T' {
			if inTime || s == "T" {
				return 0, false
			}
			inTime, s = true, s[1:] // a D after it is then refused by its time flag
			continue
		}
		i := 0
		var n uint64
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			hi, lo := bits.Mul64(n, 10)
			n = lo + uint64(s[i]-'0')
			if hi != 0 || n < lo {
				return 0, false // past 2^64: far past any duration
			}
			i++
		}
		if i == 0 {
			return 0, false
		}
		var frac uint64
		fracDigits := 0
		if i < len(s) && s[i] == '.' {
			i++
			start := i
			for i < len(s) && '0' <= s[i] && s[i] <= '9' {
				if i-start >= 9 {
					return 0, false
				}
				frac = frac*10 + uint64(s[i]-'0')
				i++
			}
			fracDigits = i - start
			if fracDigits == 0 {
				return 0, false
			}
		}
		if i >= len(s) {
			return 0, false
		}
		c := s[i]
		k := next
		for k < len(order) && order[k].c != c {
			k++
		}
		if k == len(order) || order[k].time != inTime || (fracDigits > 0 && c != 'S') {
			return 0, false
		}
		if !add(n, order[k].unit) {
			return 0, false
		}
		for range 9 - fracDigits {
			frac *= 10 // nanoseconds; zero without a fraction
		}
		if !add(frac, 1) {
			return 0, false
		}
		parts++
		next = k + 1
		s = s[i+1:]
	}
	if parts == 0 {
		return 0, false
	}
	if neg {
		return -time.Duration(total), true
	}
	return time.Duration(total), true
}
