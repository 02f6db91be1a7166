package catalogue_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/supportrules/unified/contract/catalogue"
)

// FuzzParseServiceID checks that any text either parses to a valid service
// whose slug parses back to it, or is blank and parses to the zero
// ServiceID, or is an ErrUnknownService error; and that UnmarshalText agrees
// with ParseServiceID.
func FuzzParseServiceID(f *testing.F) {
	for _, s := range []string{"designated-engineering", "DE", " uer ", "MSCIR", "aed-know-me", "", "premier", "rede\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, err := catalogue.ParseServiceID(s)
		var u catalogue.ServiceID
		uerr := u.UnmarshalText([]byte(s))
		if err != nil {
			if !errors.Is(err, catalogue.ErrUnknownService) {
				t.Fatalf("ParseServiceID(%q) error = %v, want ErrUnknownService", s, err)
			}
			if s != "" && uerr == nil {
				t.Fatalf("UnmarshalText(%q) accepted what ParseServiceID rejects", s)
			}
			return
		}
		if strings.TrimSpace(s) == "" {
			if id != 0 || uerr != nil || u != 0 {
				t.Fatalf("blank %q: ParseServiceID = %v; UnmarshalText = %v, %v", s, id, u, uerr)
			}
			return
		}
		if !id.IsValid() || uerr != nil || u != id {
			t.Fatalf("ParseServiceID(%q) = %v; UnmarshalText = %v, %v", s, id, u, uerr)
		}
		back, err := catalogue.ParseServiceID(id.String())
		if err != nil || back != id {
			t.Fatalf("ParseServiceID(%q) = %v, %v; want %v", id.String(), back, err, id)
		}
		if _, ok := catalogue.Lookup(id); !ok {
			t.Fatalf("Lookup(%v) failed for a parsed ID", id)
		}
	})
}

// FuzzServiceUnmarshalJSON checks that decoding any bytes as a Service never
// panics, and that whatever decodes is a catalogue entry that encodes to the
// catalogue's own JSON.
func FuzzServiceUnmarshalJSON(f *testing.F) {
	// A few entries, not all: the fuzzer minimises every interesting input,
	// and large seeds make that slow.
	for _, id := range []catalogue.ServiceID{catalogue.AdoptionServices, catalogue.DevOpsCapabilityAssessment, catalogue.AEDKnowMe} {
		s, _ := catalogue.Lookup(id)
		b, err := json.Marshal(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`null`))
	f.Add([]byte(`{"id":"de"}`))
	f.Add([]byte(`{"id":7,"marking":"+1"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var s catalogue.Service
		if err := json.Unmarshal(b, &s); err != nil || !s.IsValid() {
			return
		}
		want, _ := catalogue.Lookup(s.ID())
		if s != want {
			t.Fatalf("decoded %v is not the catalogue's entry", s.ID())
		}
		if _, err := json.Marshal(s); err != nil {
			t.Fatalf("json.Marshal(%v): %v", s.ID(), err)
		}
	})
}

// FuzzMarkingUnmarshalText checks that any text either decodes to a valid
// Marking (or the zero Marking for blank text) or fails with
// ErrInvalidEnum, and that a decoded Marking's text decodes to it again.
func FuzzMarkingUnmarshalText(f *testing.F) {
	for _, s := range []string{"✓", "✔️", "+", "+1", "included", "part-of", "", "++", "✗"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var m catalogue.Marking
		if err := m.UnmarshalText([]byte(s)); err != nil {
			if !errors.Is(err, catalogue.ErrInvalidEnum) {
				t.Fatalf("UnmarshalText(%q) error = %v", s, err)
			}
			return
		}
		if strings.TrimSpace(s) != "" && !m.IsValid() {
			t.Fatalf("UnmarshalText(%q) = %v, not valid", s, m)
		}
		b, err := m.MarshalText()
		if err != nil {
			t.Fatalf("MarshalText(%v): %v", m, err)
		}
		var back catalogue.Marking
		if err := back.UnmarshalText(b); err != nil || back != m {
			t.Fatalf("%v came back as %v, %v", m, back, err)
		}
	})
}
