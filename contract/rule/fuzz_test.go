package rule_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/supportrules/unified/contract/rule"
)

// Parse accepts exactly the registered IDs in any ASCII case, returns the
// registry's spelling, and refuses everything else with ErrID.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"CANCEL-2", "D-CLOCK", "AMB-46", "TERM-7a", "", "SEV-STD-0", "d-clock"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, err := rule.Parse(s)
		if err != nil {
			if !errors.Is(err, rule.ErrID) || id != "" {
				t.Fatalf("Parse(%q) = %q, %v", s, id, err)
			}
			return
		}
		if !strings.EqualFold(id.String(), s) || !id.IsValid() || strings.ToUpper(id.String()) != id.String() {
			t.Fatalf("Parse(%q) = %q", s, id)
		}
		if e, ok := rule.Lookup(id); !ok || e.ID != id {
			t.Fatalf("Lookup(%q) = %v, %t", id, e, ok)
		}
	})
}

// The Set decoder never panics, refuses with ErrSet, and what it accepts
// marshals back to JSON that decodes to the same Set.
func FuzzSetUnmarshalJSON(f *testing.F) {
	for _, s := range []string{`[]`, `null`, `["CANCEL-2","D-CANCEL"]`, `["TERM-7a"]`, `[1]`, `{}`, `["AMB-9","AMB-9"]`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var s rule.Set
		if err := s.UnmarshalJSON(b); err != nil {
			if !errors.Is(err, rule.ErrSet) {
				t.Fatalf("UnmarshalJSON(%q): %v wraps no ErrSet", b, err)
			}
			return
		}
		out, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		var back rule.Set
		if err := back.UnmarshalJSON(out); err != nil || back != s {
			t.Fatalf("%q decodes to %v, which round-trips to %v (%v)", b, s, back, err)
		}
	})
}
