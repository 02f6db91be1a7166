// Package enum is the one implementation behind every enumerated type of the
// module. An enum is a small unsigned integer type whose values index a table
// of names; each package declares its type, builds one [Table] for it at
// package initialisation, and gives the type one-line methods that call the
// table, so that godoc shows ordinary methods:
//
//	var levels = enum.New[Level](ErrLevel, "severity level", "", "1", "A", "B", "C")
//
//	func (l Level) String() string                         { return levels.String(l) }
//	func (l Level) IsValid() bool                          { return levels.IsValid(l) }
//	func ParseLevel(s string) (Level, error)               { return levels.Parse(s) }
//	func (l Level) AppendText(b []byte) ([]byte, error)    { return levels.AppendText(b, l) }
//	func (l Level) MarshalText() ([]byte, error)           { return levels.AppendText(nil, l) }
//	func (l *Level) UnmarshalText(b []byte) error          { return levels.UnmarshalText(l, b) }
//
// The zero value: when the first name is empty, the zero value means "not
// set": it is not valid, it marshals to empty text, and empty text unmarshals
// to it, so it round-trips. When the first name is not empty, the zero value
// is an ordinary member of the enum.
//
// Parsing is case-insensitive (Unicode simple folding) and ignores surrounding
// white space; a table may accept extra spellings with [Table.Alias]. Every
// error wraps the sentinel the table was built with. A Table is immutable once
// built and safe for concurrent use.
package enum

import (
	"fmt"
	"strconv"
	"strings"
)

// maxQuoted bounds how much of a refused input an error message repeats:
// longer input is cut at maxQuoted bytes and marked "…".
const maxQuoted = 40

// maxText is the longest text UnmarshalText reads: no name is that long,
// and longer text is refused without being read.
const maxText = 256

// A Table names the values of the enum type T: names[v] is the name of v.
type Table[T ~uint8] struct {
	err     error
	what    string
	names   []string
	aliases []alias[T]
	list    string
}

type alias[T ~uint8] struct {
	name string
	v    T
}

// New returns the table of T whose values are named names, in order from the
// zero value. err is the sentinel every error wraps; what names the type in
// messages ("severity level"). New panics when names is empty, holds more
// than 256 names, or repeats a name: tables are built from constants at
// package initialisation, so that is a programming error found by any test.
func New[T ~uint8](err error, what string, names ...string) *Table[T] {
	if len(names) == 0 || len(names) > 256 {
		panic("enum: a table needs 1 to 256 names")
	}
	seen := make(map[string]bool, len(names))
	var list []string
	for i, n := range names {
		k := strings.ToLower(n)
		if seen[k] || (n == "" && i > 0) {
			panic("enum: duplicate or empty name " + strconv.Quote(n))
		}
		seen[k] = true
		if n != "" {
			list = append(list, n)
		}
	}
	return &Table[T]{err: err, what: what, names: names, list: strings.Join(list, ", ")}
}

// Alias makes Parse accept name as a spelling of v, and returns t. It is for
// use while building the table, before it is shared.
func (t *Table[T]) Alias(name string, v T) *Table[T] {
	if !t.IsValid(v) || name == "" {
		panic("enum: alias " + strconv.Quote(name) + " for an invalid value")
	}
	t.aliases = append(t.aliases, alias[T]{strings.TrimSpace(name), v})
	return t
}

// Names returns the names of the valid values, in order.
func (t *Table[T]) Names() []string {
	var out []string
	for _, n := range t.names {
		if n != "" {
			out = append(out, n)
		}
	}
	return out
}

// Len returns the number of values, the zero value included.
func (t *Table[T]) Len() int { return len(t.names) }

// IsValid reports whether v is a named value. The zero value is valid only
// when it has a name.
func (t *Table[T]) IsValid(v T) bool { return int(v) < len(t.names) && t.names[v] != "" }

// String returns the name of v: "" for an unnamed zero value, and "T(n)",
// with the table's description, for a value out of range.
func (t *Table[T]) String(v T) string {
	if int(v) < len(t.names) {
		return t.names[v]
	}
	return t.what + "(" + strconv.Itoa(int(v)) + ")"
}

// Parse returns the value named s, ignoring case and surrounding white space.
// Empty text gives the unnamed zero value where T has one. Any other text is
// an error wrapping the table's sentinel that lists the accepted names.
func (t *Table[T]) Parse(s string) (T, error) {
	s = strings.TrimSpace(s)
	if s == "" && t.names[0] == "" {
		return 0, nil
	}
	if s != "" {
		for i, n := range t.names {
			if n != "" && strings.EqualFold(n, s) {
				return T(i), nil
			}
		}
		for _, a := range t.aliases {
			if strings.EqualFold(a.name, s) {
				return a.v, nil
			}
		}
	}
	return 0, refuse(t, s)
}

// refuse returns the error for text s that names no value of t, quoting at
// most maxQuoted bytes of it.
func refuse[T ~uint8, S ~string | ~[]byte](t *Table[T], s S) error {
	q := string(s[:min(len(s), maxQuoted)])
	if len(s) > maxQuoted {
		q += "…"
	}
	return fmt.Errorf("%w: %q is not a %s (want one of %s)", t.err, q, t.what, t.list)
}

// AppendText appends the name of v to b. An unnamed zero value appends
// nothing; a value out of range is an error wrapping the sentinel.
func (t *Table[T]) AppendText(b []byte, v T) ([]byte, error) {
	if int(v) >= len(t.names) {
		return b, fmt.Errorf("%w: %s(%d) is not a %s", t.err, t.what, int(v), t.what)
	}
	return append(b, t.names[v]...), nil
}

// UnmarshalText sets *p to the value named by b, as Parse does. Text
// longer than 256 bytes is refused without being read.
func (t *Table[T]) UnmarshalText(p *T, b []byte) error {
	if len(b) > maxText {
		return refuse(t, b)
	}
	v, err := t.Parse(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}
