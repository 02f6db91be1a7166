package catalogue_test

import (
	"encoding/json"
	"errors"
	"maps"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/supportrules/unified/contract/catalogue"
)

// TestServiceJSONRoundTrip checks that every catalogue entry survives JSON
// unchanged, and that null gives the zero Service.
func TestServiceJSONRoundTrip(t *testing.T) {
	for s := range catalogue.All() {
		b, err := json.Marshal(s)
		if err != nil {
			t.Fatalf("json.Marshal(%v): %v", s, err)
		}
		var back catalogue.Service
		if err := json.Unmarshal(b, &back); err != nil || back != s {
			t.Errorf("round trip of %v = %v, %v", s, back, err)
		}
	}
	var zero catalogue.Service
	b, err := json.Marshal(zero)
	if err != nil || string(b) != "null" {
		t.Errorf("json.Marshal(zero) = %s, %v; want null", b, err)
	}
	back, _ := catalogue.Lookup(catalogue.RapidResponse)
	if err := json.Unmarshal([]byte("null"), &back); err != nil || back.IsValid() {
		t.Errorf("Unmarshal(null) = %v, %v; want the zero Service", back, err)
	}
}

// Rules DOC-2, DOC-3: the set of services may change between editions; a
// Service stored by another edition, or edited, is rejected with the fact
// that differs rather than silently trusted.
func TestServiceJSONRejectsAnotherEdition(t *testing.T) {
	s, _ := catalogue.Lookup(catalogue.DesignatedEngineering)
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, from, to string
		want           error
		field          string
	}{
		{"marking", `"marking":"purchasable"`, `"marking":"included"`, catalogue.ErrCatalogueMismatch, "marking"},
		{"coverage", `"coverage":"business-hours"`, `"coverage":"24x7"`, catalogue.ErrCatalogueMismatch, "coverage"},
		{"name", `"englishName":"Designated Engineering (DE)"`, `"englishName":"DE"`, catalogue.ErrCatalogueMismatch, "englishName"},
		{"rules", `"DE-5"`, `"DE-6"`, catalogue.ErrCatalogueMismatch, "rules.locations"},
		{"unknown id", `"id":"designated-engineering"`, `"id":"premier-support"`, catalogue.ErrUnknownService, ""},
		{"bad enum", `"coverage":"business-hours"`, `"coverage":"always"`, catalogue.ErrInvalidEnum, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := strings.Replace(string(b), tt.from, tt.to, 1)
			if in == string(b) {
				t.Fatalf("%q not found in %s", tt.from, b)
			}
			var got catalogue.Service
			err := json.Unmarshal([]byte(in), &got)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Unmarshal error = %v, want %v", err, tt.want)
			}
			if tt.field != "" && !strings.HasSuffix(err.Error(), ": "+tt.field) {
				t.Errorf("error %q does not name the field %q", err, tt.field)
			}
			if got.IsValid() {
				t.Errorf("Unmarshal set the Service to %v on error", got)
			}
		})
	}
	var got catalogue.Service
	if err := json.Unmarshal([]byte(`{"id":`), &got); err == nil {
		t.Error("Unmarshal of truncated JSON succeeded")
	}
}

// TestServiceMismatchMessage pins the message format of a mismatch, once.
func TestServiceMismatchMessage(t *testing.T) {
	s, _ := catalogue.Lookup(catalogue.RapidResponse)
	b, _ := json.Marshal(s)
	in := strings.Replace(string(b), `"table":11`, `"table":9`, 1)
	var got catalogue.Service
	err := json.Unmarshal([]byte(in), &got)
	if want := "catalogue: service does not match the catalogue: rapid-response: table"; err == nil || err.Error() != want {
		t.Errorf("error = %v, want %q", err, want)
	}
}

// TestLookupDoesNotAllocate checks that looking a service up and reading its
// scalar facts and rules allocates nothing.
func TestLookupDoesNotAllocate(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() {
		s, _ := catalogue.Lookup(catalogue.AzureEngineeringDirect)
		_ = s.Marking()
		_ = s.Prerequisites().Has(catalogue.NeedsRapidResponse)
		_ = s.Rules(catalogue.FactPrerequisites)
		_ = s.Rules(catalogue.FactPrerequisites).Has("AED-39")
		for s := range catalogue.All() {
			_ = s.Coverage()
		}
	})
	if allocs != 0 {
		t.Errorf("Lookup and accessors allocate %v times, want 0", allocs)
	}
}

// Rules DOC-2, DOC-3: UnmarshalJSON accepts a Service exactly when every
// field equals the catalogue's. Changed one field at a time to the value of
// another entry, or to an empty value, each field of each entry is refused,
// and the error names that field.
func TestServiceJSONRefusesEachChangedField(t *testing.T) {
	var encoded []map[string]json.RawMessage
	for s := range catalogue.All() {
		b, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]json.RawMessage
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		encoded = append(encoded, m)
	}
	empty := map[string]json.RawMessage{"markingInferred": json.RawMessage(`true`), "parent": json.RawMessage(`"de"`)}
	checked := map[string]bool{}
	for i, m := range encoded {
		for field := range m {
			if field == "id" {
				continue
			}
			alternatives := []json.RawMessage{empty[field]}
			for _, other := range encoded {
				alternatives = append(alternatives, other[field])
			}
			for _, alt := range alternatives {
				if alt == nil || string(alt) == string(m[field]) {
					continue
				}
				changed := maps.Clone(m)
				changed[field] = alt
				b, _ := json.Marshal(changed)
				var got catalogue.Service
				err := json.Unmarshal(b, &got)
				if !errors.Is(err, catalogue.ErrCatalogueMismatch) {
					continue // the other value may not decode here (another enum type); that is refused too
				}
				if msg := err.Error(); !strings.HasSuffix(msg, ": "+field) && !strings.Contains(msg, ": "+field+".") {
					t.Errorf("entry %d, %s changed to %s: error %q names another field", i, field, alt, msg)
				}
				checked[field] = true
				break
			}
		}
		// A field the catalogue omits when empty, added.
		for field, alt := range empty {
			if _, ok := m[field]; ok {
				continue
			}
			changed := maps.Clone(m)
			changed[field] = alt
			b, _ := json.Marshal(changed)
			var got catalogue.Service
			if err := json.Unmarshal(b, &got); !errors.Is(err, catalogue.ErrCatalogueMismatch) || !strings.HasSuffix(err.Error(), ": "+field) {
				t.Errorf("entry %d with %s %s added: %v", i, field, alt, err)
			}
			checked[field] = true
		}
	}
	for _, f := range []string{"englishName", "koreanName", "table", "category", "kind", "parent", "marking", "markingInferred",
		"delivery", "defaultDelivery", "coverage", "languages", "prerequisites", "dependence", "units", "flex", "locations", "rules", "constraints"} {
		if !checked[f] {
			t.Errorf("no entry's %s could be changed to another entry's", f)
		}
	}
}

// An entry without constraints encodes them as [], not null (one JSON
// convention: lists are arrays).
func TestServiceJSONListsAreArrays(t *testing.T) {
	s, _ := catalogue.Lookup(catalogue.AdoptionServices)
	if len(s.Constraints()) != 0 {
		t.Fatalf("Adoption Services has constraints %v; pick an entry without", s.Constraints())
	}
	b, _ := json.Marshal(s)
	if !strings.Contains(string(b), `"constraints":[]`) || !strings.Contains(string(b), `"prerequisites":[]`) {
		t.Errorf("json = %s", b)
	}
}

// A service's JSON "rules" holds exactly the facts that rules decide, from
// the marking on: a fact without rules has no key, so no entry is empty.
func TestServiceJSONRulesListOnlyDecidedFacts(t *testing.T) {
	for s := range catalogue.All() {
		b, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		var got struct {
			Rules map[string][]string `json:"rules"`
		}
		if err := json.Unmarshal(b, &got); err != nil {
			t.Fatal(err)
		}
		want := map[string][]string{}
		for f := catalogue.FactMarking; f.IsValid(); f++ {
			if r := s.Rules(f); r.Len() > 0 {
				for _, id := range r.IDs() {
					want[f.String()] = append(want[f.String()], string(id))
				}
			}
		}
		if diff := cmp.Diff(want, got.Rules); diff != "" {
			t.Errorf("%s: rules in JSON (-want +got):\n%s", s.ID(), diff)
		}
	}
}
