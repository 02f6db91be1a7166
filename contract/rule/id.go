package rule

import (
	"errors"
	"fmt"
	"strings"
)

// ErrID reports text that is not the ID of an entry of the registry.
var ErrID = errors.New("rule: not a registered rule ID")

// maxQuoted bounds how much of a refused input an error message repeats.
const maxQuoted = 40

// An ID names one entry of the registry: a rule such as "CANCEL-2" or
// "SEV-STD-13", a binding decision such as "D-CLOCK" or "D-SEV-2", or an
// ambiguity entry such as "AMB-9". IDs are comparable; the zero ID is empty
// and not valid. [Lookup] tells what an ID means.
type ID string

// Parse returns the ID written s, ignoring ASCII case as the module's
// enums do ("cancel-2" is CANCEL-2), or an error wrapping [ErrID] when the
// registry has no entry with that ID. The ID returned is the registry's own
// spelling; [Lookup] and [ID.IsValid] take that spelling only.
func Parse(s string) (ID, error) {
	k, ok := find(s)
	if !ok {
		return "", idError(s)
	}
	return entries[k-1].ID, nil
}

// find returns the index of the registry's entry written s in any ASCII
// case. IDs are short upper-case ASCII, so text longer than the longest,
// or not ASCII, is not one.
func find(s string) (uint16, bool) {
	if k, ok := index[ID(s)]; ok {
		return k, true
	}
	if len(s) > maxQuoted {
		return 0, false
	}
	var buf [maxQuoted]byte
	b := buf[:len(s)]
	for i := range len(s) {
		c := s[i]
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		b[i] = c
	}
	k, ok := index[ID(b)]
	return k, ok
}

func idError(s string) error {
	if len(s) > maxQuoted {
		s = s[:maxQuoted] + "…"
	}
	return fmt.Errorf("%w: %q", ErrID, s)
}

// IsValid reports whether the registry has an entry with ID r.
func (r ID) IsValid() bool {
	_, ok := index[r]
	return ok
}

// String returns r itself.
func (r ID) String() string { return string(r) }

// IsDecision reports whether r has the form of a binding decision (D-…).
func (r ID) IsDecision() bool { return strings.HasPrefix(string(r), "D-") }

// Section returns the section of the document that holds r, such as "§2.6"
// for "CANCEL-2" or "Appendix A, chart 1 (standard)" for "SEV-STD-13";
// binding decisions return "Decisions" and ambiguity entries "Ambiguities".
// It returns "" for an ID the registry does not have.
func (r ID) Section() string {
	e, _ := Lookup(r)
	return e.Section
}

// MarshalText implements [encoding.TextMarshaler]. The zero ID marshals to
// empty text; an ID the registry does not have is an error wrapping [ErrID].
func (r ID) MarshalText() ([]byte, error) {
	if r == "" {
		return []byte{}, nil
	}
	if !r.IsValid() {
		return nil, idError(string(r))
	}
	return []byte(r), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]. Empty text gives the
// zero ID; other text must be a registered ID, or the error wraps [ErrID].
func (r *ID) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*r = ""
		return nil
	}
	if len(b) > maxQuoted {
		return idError(string(b[:maxQuoted+1]))
	}
	id, err := Parse(string(b))
	if err != nil {
		return err
	}
	*r = id
	return nil
}
