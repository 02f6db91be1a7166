package rule

import (
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"strings"
)

// ErrID reports text that is not a rule ID of RULES.md's form.
var ErrID = errors.New("rule: invalid rule ID")

// An ID names one rule of the catalogue (../shared/RULES.md): a rule
// such as "CANCEL-2" or "SEV-STD-13", a binding decision such as "D-CLOCK"
// or "D-SEV-2", or an ambiguity entry such as "AMB-9". IDs are
// comparable; the zero ID is empty and not valid.
type ID string

// Parse returns s as an ID, or an error wrapping [ErrID] when s
// is not of the catalogue's form (upper-case words joined by hyphens, a rule
// number last, as in "SEV-STD-13"; decisions may omit the number, as in
// "D-CAL").
func Parse(s string) (ID, error) {
	r := ID(s)
	if !r.IsValid() {
		return "", fmt.Errorf("%w: %q", ErrID, s)
	}
	return r, nil
}

// IsValid reports whether r has the form of a catalogue ID. It does not
// check that the catalogue defines r.
func (r ID) IsValid() bool {
	if r == "" || len(r) > 32 {
		return false
	}
	parts := strings.Split(string(r), "-")
	if len(parts) < 2 {
		return false
	}
	for i, p := range parts {
		if p == "" {
			return false
		}
		last := i == len(parts)-1
		if last && p[0] >= '0' && p[0] <= '9' {
			// A rule number with an optional lower-case suffix: 13, 2a.
			n := len(p)
			if c := p[n-1]; c >= 'a' && c <= 'z' {
				n--
			}
			for j := 0; j < n; j++ {
				if p[j] < '0' || p[j] > '9' {
					return false
				}
			}
			if n == 0 {
				return false
			}
			continue
		}
		if p[0] < 'A' || p[0] > 'Z' {
			return false
		}
		for j := 1; j < len(p); j++ {
			if c := p[j]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
				return false
			}
		}
		if last && parts[0] != "D" {
			return false // rules and ambiguities end in a number
		}
	}
	return true
}

// String returns r itself.
func (r ID) String() string { return string(r) }

// IsDecision reports whether r is one of the binding decisions (D-…) at the
// top of RULES.md.
func (r ID) IsDecision() bool { return strings.HasPrefix(string(r), "D-") }

// sections maps an ID's family prefix to the section of the document that
// holds it. Longer prefixes are listed before the shorter ones they extend.
var sections = [...]struct{ prefix, section string }{
	{"SEV-GEN", "Appendix A"},
	{"SEV-STD", "Appendix A, chart 1 (standard)"},
	{"SEV-UER", "Appendix A, chart 2 (UER)"},
	{"SEV-RR", "Appendix A, chart 3 (Rapid Response)"},
	{"SEV-AEM", "Appendix A, chart 4 (AEM)"},
	{"DOC", "§1"},
	{"SVC", "§2"},
	{"BUY", "§2.1"},
	{"FLEX", "§2.2"},
	{"MARK", "§2.3"},
	{"PRO", "§2.3"},
	{"CAT", "§2.3"},
	{"PLAN", "§2.3 table 2"},
	{"IMPL", "§2.3 table 3"},
	{"MAINT", "§2.3 table 4"},
	{"OPT", "§2.3 table 5"},
	{"EDU", "§2.3 table 6"},
	{"APRO", "§2.3 table 7"},
	{"DE", "§2.3 table 7"},
	{"CRED", "§2.3 table 8"},
	{"REACT", "§2.3 table 9"},
	{"ADV", "§2.3 table 9"},
	{"PRS", "§2.3 table 9"},
	{"SAMX", "§2.3 table 9"},
	{"SAM", "§2.3 table 9"},
	{"RCA", "§2.3 table 9"},
	{"SM", "§2.3 table 10"},
	{"ENH", "§2.4 table 11"},
	{"EDE", "§2.4 table 11"},
	{"REDE", "§2.4 table 11"},
	{"UER", "§2.4 table 11"},
	{"RR", "§2.4 table 11"},
	{"AEM", "§2.4 table 11"},
	{"O365ED", "§2.4 table 11"},
	{"DEV", "§2.4 table 11"},
	{"GHED", "§2.4 table 11"},
	{"SFMC", "§2.4 table 11"},
	{"AED", "§2.4 table 11"},
	{"MSCIR", "§2.4 table 11"},
	{"MC", "§2.5"},
	{"TERM", "§2.6"},
	{"CANCEL", "§2.6"},
	{"RESP", "§2.7"},
	{"SMB", "Appendix B"},
	{"D", "Decisions"},
	{"AMB", "Ambiguities"},
}

// Section returns the section of the document that r belongs to, such as
// "§2.6" for "CANCEL-2" or "Appendix A, chart 1 (standard)" for
// "SEV-STD-13". Binding decisions (D-…) return "Decisions". It returns ""
// for an invalid or unknown family.
func (r ID) Section() string {
	if !r.IsValid() {
		return ""
	}
	for _, s := range sections {
		if len(r) > len(s.prefix) && string(r[:len(s.prefix)]) == s.prefix && r[len(s.prefix)] == '-' {
			return s.section
		}
	}
	return ""
}

// MarshalText implements [encoding.TextMarshaler].
func (r ID) MarshalText() ([]byte, error) {
	if r == "" {
		return []byte{}, nil
	}
	if !r.IsValid() {
		return nil, fmt.Errorf("%w: %q", ErrID, string(r))
	}
	return []byte(r), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]. Empty text gives the
// zero ID.
func (r *ID) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*r = ""
		return nil
	}
	id, err := Parse(string(b))
	if err != nil {
		return err
	}
	*r = id
	return nil
}

// MaxSet is how many IDs a [Set] value holds.
const MaxSet = 12

// Set is the short, ordered list of rule IDs that decided a result, so a
// caller can explain an answer ("SEV-STD-13, D-SEV-1"). It is a comparable
// value with a fixed capacity of [MaxSet] IDs, so results carry it without
// allocating; the zero Set is empty and ready to use.
//
// Duplicates are dropped. IDs beyond the capacity are dropped too; no result
// of this module cites more than [MaxSet] rules, and a test checks it.
type Set struct {
	ids [MaxSet]ID
	n   uint8
}

// Cite returns the Set holding ids, in order, without duplicates.
func Cite(ids ...ID) Set {
	var r Set
	return r.With(ids...)
}

// With returns r followed by those of ids that r does not already hold.
func (r Set) With(ids ...ID) Set {
	for _, id := range ids {
		if id == "" || r.Has(id) || int(r.n) == MaxSet {
			continue
		}
		r.ids[r.n] = id
		r.n++
	}
	return r
}

// Join returns r followed by the IDs of s that r does not already hold.
func (r Set) Join(s Set) Set { return r.With(s.ids[:s.n]...) }

// Equal reports whether r and s hold the same IDs in the same order. It is
// r == s, and lets go-cmp compare values that hold Set.
func (r Set) Equal(s Set) bool { return r == s }

// Len returns the number of IDs in r.
func (r Set) Len() int { return int(r.n) }

// At returns the i-th ID of r, or "" when i is out of range.
func (r Set) At(i int) ID {
	if i < 0 || i >= int(r.n) {
		return ""
	}
	return r.ids[i]
}

// Has reports whether r holds id.
func (r Set) Has(id ID) bool {
	for _, x := range r.ids[:r.n] {
		if x == id {
			return true
		}
	}
	return false
}

// All returns an iterator over the IDs of r, in order.
func (r Set) All() iter.Seq[ID] {
	return func(yield func(ID) bool) {
		for _, x := range r.ids[:r.n] {
			if !yield(x) {
				return
			}
		}
	}
}

// IDs returns the IDs of r as a new slice.
func (r Set) IDs() []ID { return append([]ID(nil), r.ids[:r.n]...) }

// String returns the IDs separated by ", ", such as "CANCEL-2, D-CANCEL".
func (r Set) String() string {
	var b strings.Builder
	for i, x := range r.ids[:r.n] {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(string(x))
	}
	return b.String()
}

// MarshalJSON encodes r as a JSON array of IDs.
func (r Set) MarshalJSON() ([]byte, error) {
	if r.n == 0 {
		return []byte("[]"), nil
	}
	return json.Marshal(r.ids[:r.n])
}

// UnmarshalJSON decodes a JSON array of IDs. It returns an error wrapping
// [ErrID] for an invalid ID or more than [MaxSet] IDs.
func (r *Set) UnmarshalJSON(b []byte) error {
	var ids []ID
	if err := json.Unmarshal(b, &ids); err != nil {
		return fmt.Errorf("rule: rules: %w", err)
	}
	if len(ids) > MaxSet {
		return fmt.Errorf("%w: %d rules, at most %d", ErrID, len(ids), MaxSet)
	}
	*r = Cite(ids...)
	return nil
}
