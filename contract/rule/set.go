package rule

import (
	"encoding/json"
	"errors"
	"fmt"
	"iter"
)

// ErrSet reports JSON that is not an array of rule IDs.
var ErrSet = errors.New("rule: invalid rule set")

// inline is how many rules a Set holds without allocating.
const inline = 8

// maxSetJSON bounds the JSON text UnmarshalJSON reads: every entry of the
// registry, quoted and separated, fits in far less.
const maxSetJSON = 64 << 10

// A Set is the ordered list of registered rules that decided a result, so a
// caller can explain an answer ("SEV-STD-13, D-SEV-1"). Every result type of
// the module carries one as its Rules field. The zero Set is empty and ready
// to use.
//
// A Set keeps the order in which rules were cited and holds each rule once;
// it has no limit on the number of rules. It holds small numbers into the
// registry, not strings: the first eight rules are stored inline and the
// rest in an immutable string of two bytes per rule, so a Set is 32 bytes,
// building one of up to eight rules never allocates, and copying one is
// free. Sets are immutable values, comparable with == (two Sets are equal
// exactly when they hold the same rules in the same order) and safe for
// concurrent use.
//
// A Set holds only IDs of the registry. [Cite] and [Set.With] skip an ID the
// registry does not have, as they skip the empty ID: citing an unregistered
// ID is a programming error, which the module's traceability test reports
// for every ID written in its source, and it must not make a result fail.
type Set struct {
	head [inline]uint16 // registry numbers of the first rules; 0 is an unused slot
	tail string         // registry numbers of the further rules, 2 bytes each, big-endian
}

// Cite returns the Set holding those of ids that the registry has, in order,
// without duplicates.
func Cite(ids ...ID) Set {
	var b builder
	for _, id := range ids {
		b.addID(id)
	}
	return b.set()
}

// With returns r followed by those of ids that the registry has and r does
// not already hold.
func (r Set) With(ids ...ID) Set {
	b := builder{s: r, n: r.headLen()}
	for _, id := range ids {
		b.addID(id)
	}
	return b.set()
}

// Join returns r followed by the rules of s that r does not already hold.
func (r Set) Join(s Set) Set {
	if r.Len() == 0 {
		return s
	}
	b := builder{s: r, n: r.headLen()}
	for i, n := 0, s.Len(); i < n; i++ {
		b.add(s.num(i))
	}
	return b.set()
}

// Equal reports whether r and s hold the same rules in the same order. It is
// r == s, and lets go-cmp compare values that hold a Set.
func (r Set) Equal(s Set) bool { return r == s }

// Len returns the number of rules in r.
func (r Set) Len() int { return r.headLen() + len(r.tail)/2 }

// At returns the i-th ID of r, or "" when i is out of range.
func (r Set) At(i int) ID {
	if i < 0 || i >= r.Len() {
		return ""
	}
	return entries[r.num(i)-1].ID
}

// Has reports whether r holds id.
func (r Set) Has(id ID) bool {
	k, ok := index[id]
	return ok && r.has(k)
}

// All returns an iterator over the IDs of r, in order.
func (r Set) All() iter.Seq[ID] {
	return func(yield func(ID) bool) {
		for i, n := 0, r.Len(); i < n; i++ {
			if !yield(entries[r.num(i)-1].ID) {
				return
			}
		}
	}
}

// Records returns an iterator over the registry records of the rules of r,
// in order.
func (r Set) Records() iter.Seq[Record] {
	return func(yield func(Record) bool) {
		for i, n := 0, r.Len(); i < n; i++ {
			if !yield(entries[r.num(i)-1]) {
				return
			}
		}
	}
}

// IDs returns the IDs of r as a new slice.
func (r Set) IDs() []ID {
	ids := make([]ID, 0, r.Len())
	for id := range r.All() {
		ids = append(ids, id)
	}
	return ids
}

// String returns the IDs separated by ", ", such as "CANCEL-2, D-CANCEL".
func (r Set) String() string {
	var b []byte
	for i, n := 0, r.Len(); i < n; i++ {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = append(b, entries[r.num(i)-1].ID...)
	}
	return string(b)
}

// Explain returns one line per rule of r, in order: the ID, a colon and the
// registry's summary of the rule, each line ending in a newline. It returns
// "" for the empty Set.
func (r Set) Explain() string {
	var b []byte
	for e := range r.Records() {
		b = append(b, e.ID...)
		b = append(b, ": "...)
		b = append(b, e.Summary...)
		b = append(b, '\n')
	}
	return string(b)
}

// MarshalJSON encodes r as a JSON array of IDs, such as
// ["CANCEL-2","D-CANCEL"]; the empty Set is [].
func (r Set) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 2+r.Len()*12)
	b = append(b, '[')
	for i, n := 0, r.Len(); i < n; i++ {
		if i > 0 {
			b = append(b, ',')
		}
		// IDs are upper-case letters, digits and hyphens: nothing to escape.
		b = append(b, '"')
		b = append(b, entries[r.num(i)-1].ID...)
		b = append(b, '"')
	}
	return append(b, ']'), nil
}

// UnmarshalJSON decodes a JSON array of IDs; null is the empty Set. A
// repeated ID is kept once, where it first appears. Text that is not an array
// of strings, or longer than 64 KiB, is an error wrapping [ErrSet]; an ID the
// registry does not have is an error wrapping both [ErrSet] and [ErrID].
func (r *Set) UnmarshalJSON(b []byte) error {
	if len(b) > maxSetJSON {
		return fmt.Errorf("%w: %d bytes of JSON, at most %d", ErrSet, len(b), maxSetJSON)
	}
	var ids []string
	if err := json.Unmarshal(b, &ids); err != nil {
		return fmt.Errorf("%w: %w", ErrSet, err)
	}
	var s builder
	for _, id := range ids {
		k, ok := find(id)
		if !ok {
			return fmt.Errorf("%w: %w", ErrSet, idError(id))
		}
		s.add(k)
	}
	*r = s.set()
	return nil
}

// headLen returns the number of rules stored inline.
func (r Set) headLen() int {
	for i, k := range r.head {
		if k == 0 {
			return i
		}
	}
	return inline
}

// num returns the registry number of the i-th rule; i must be in range.
func (r Set) num(i int) uint16 {
	if i < inline {
		return r.head[i]
	}
	j := 2 * (i - inline)
	return uint16(r.tail[j])<<8 | uint16(r.tail[j+1])
}

// has reports whether r holds the rule numbered k.
func (r Set) has(k uint16) bool {
	for _, x := range r.head {
		if x == k {
			return true
		}
		if x == 0 {
			return false
		}
	}
	return hasPair(r.tail, k)
}

func hasPair[T string | []byte](s T, k uint16) bool {
	hi, lo := byte(k>>8), byte(k)
	for j := 0; j+1 < len(s); j += 2 {
		if s[j] == hi && s[j+1] == lo {
			return true
		}
	}
	return false
}

// A builder adds rules to a Set, collecting those past the inline ones so
// that the tail is copied once. It keeps a few of them in buf (nb bytes)
// before it needs the heap.
type builder struct {
	s     Set
	n     int // rules inline in s
	buf   [2 * inline]byte
	nb    int
	extra []byte // the collected rules, once more than buf holds
}

func (b *builder) addID(id ID) {
	if k, ok := index[id]; ok {
		b.add(k)
	}
}

func (b *builder) pending() []byte {
	if b.extra != nil {
		return b.extra
	}
	return b.buf[:b.nb]
}

func (b *builder) add(k uint16) {
	if b.s.has(k) || hasPair(b.pending(), k) {
		return
	}
	switch {
	case b.n < inline:
		b.s.head[b.n] = k
		b.n++
	case b.extra == nil && b.nb+2 <= len(b.buf):
		b.buf[b.nb], b.buf[b.nb+1] = byte(k>>8), byte(k)
		b.nb += 2
	case b.extra == nil:
		b.extra = make([]byte, b.nb, 2*b.nb+2)
		copy(b.extra, b.buf[:b.nb])
		fallthrough
	default:
		b.extra = append(b.extra, byte(k>>8), byte(k))
	}
}

func (b *builder) set() Set {
	if p := b.pending(); len(p) > 0 {
		b.s.tail += string(p)
	}
	return b.s
}
