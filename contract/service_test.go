package contract_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/supportrules/unified/contract"
)

// TestServiceJSONRoundTrip checks that every catalogue entry survives JSON
// unchanged, and that null gives the zero Service.
func TestServiceJSONRoundTrip(t *testing.T) {
	for s := range contract.All() {
		b, err := json.Marshal(s)
		if err != nil {
			t.Fatalf("json.Marshal(%v): %v", s, err)
		}
		var back contract.Service
		if err := json.Unmarshal(b, &back); err != nil || back != s {
			t.Errorf("round trip of %v = %v, %v", s, back, err)
		}
	}
	var zero contract.Service
	b, err := json.Marshal(zero)
	if err != nil || string(b) != "null" {
		t.Errorf("json.Marshal(zero) = %s, %v; want null", b, err)
	}
	back, _ := contract.Lookup(contract.RapidResponse)
	if err := json.Unmarshal([]byte("null"), &back); err != nil || back.IsValid() {
		t.Errorf("Unmarshal(null) = %v, %v; want the zero Service", back, err)
	}
}

// Rules DOC-2, DOC-3: the set of services may change between editions; a
// Service stored by another edition, or edited, is rejected with the fact
// that differs rather than silently trusted.
func TestServiceJSONRejectsAnotherEdition(t *testing.T) {
	s, _ := contract.Lookup(contract.DesignatedEngineering)
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, from, to string
		want           error
		field          string
	}{
		{"marking", `"marking":"purchasable"`, `"marking":"included"`, contract.ErrCatalogueMismatch, "marking"},
		{"coverage", `"coverage":"business-hours"`, `"coverage":"24x7"`, contract.ErrCatalogueMismatch, "coverage"},
		{"name", `"englishName":"Designated Engineering (DE)"`, `"englishName":"DE"`, contract.ErrCatalogueMismatch, "englishName"},
		{"rules", `"DE-5"`, `"DE-6"`, contract.ErrCatalogueMismatch, "rules.locations"},
		{"unknown id", `"id":"designated-engineering"`, `"id":"premier-support"`, contract.ErrUnknownService, ""},
		{"bad enum", `"coverage":"business-hours"`, `"coverage":"always"`, contract.ErrInvalidEnum, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := strings.Replace(string(b), tt.from, tt.to, 1)
			if in == string(b) {
				t.Fatalf("%q not found in %s", tt.from, b)
			}
			var got contract.Service
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
	var got contract.Service
	if err := json.Unmarshal([]byte(`{"id":`), &got); err == nil {
		t.Error("Unmarshal of truncated JSON succeeded")
	}
}

// TestServiceMismatchMessage pins the message format of a mismatch, once.
func TestServiceMismatchMessage(t *testing.T) {
	s, _ := contract.Lookup(contract.RapidResponse)
	b, _ := json.Marshal(s)
	in := strings.Replace(string(b), `"table":11`, `"table":9`, 1)
	var got contract.Service
	err := json.Unmarshal([]byte(in), &got)
	if want := "contract: service does not match the catalogue: rapid-response: table"; err == nil || err.Error() != want {
		t.Errorf("error = %v, want %q", err, want)
	}
}

// TestLookupDoesNotAllocate checks that looking a service up and reading its
// scalar facts and rules allocates nothing.
func TestLookupDoesNotAllocate(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() {
		s, _ := contract.Lookup(contract.AzureEngineeringDirect)
		_ = s.Marking()
		_ = s.Prerequisites().Has(contract.NeedsRapidResponse)
		_ = s.Rules(contract.FactPrerequisites)
		_ = s.Cites("AED-39")
		for s := range contract.All() {
			_ = s.Coverage()
		}
	})
	if allocs != 0 {
		t.Errorf("Lookup and accessors allocate %v times, want 0", allocs)
	}
}
