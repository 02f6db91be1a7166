package contract_test

import (
	"strings"
	"testing"

	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/catalogue/duty"
	"github.com/supportrules/unified/contract/rule"
)

// The general terms of §2.6 that decide nothing a program can compute are
// still part of what the library tells a customer. Each test checks that
// the obligation, exclusion or catalogue fact that carries the term is
// there, with its condition and its rule.

func findObligation(t *testing.T, id rule.ID) duty.Obligation {
	t.Helper()
	all, err := duty.Obligations()
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range all {
		if o.Rules.Has(id) {
			return o
		}
	}
	t.Fatalf("no general obligation cites %s", id)
	return duty.Obligation{}
}

func TestPilotsAreOptionalAndNotEverywhere(t *testing.T) { // TERM-6
	base, err := duty.Exclusions()
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range base {
		if x.Rules.Has("TERM-6") {
			if x.Service != 0 || !strings.Contains(x.Text, "optional") || !strings.Contains(x.Text, "every region") {
				t.Errorf("TERM-6 exclusion = %+v", x)
			}
			return
		}
	}
	t.Error("no general exclusion cites TERM-6")
}

func TestOnlySupportedProductsAreCovered(t *testing.T) { // TERM-5, REACT-2
	base, err := duty.Exclusions()
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range base {
		if x.Rules.Has("TERM-5") && x.Rules.Has("REACT-2") && x.Service == 0 {
			return
		}
	}
	t.Error("no general exclusion cites TERM-5 with REACT-2")
}

func TestGeneralTermsBindTheCustomer(t *testing.T) { // TERM-10, TERM-11, TERM-16, TERM-18, TERM-20
	tests := []struct {
		id   rule.ID
		cond duty.Condition
		word string
	}{
		{"TERM-10", duty.ConditionOnRequest, "sole responsibility"},
		{"TERM-11", duty.ConditionOnRequest, "success and service delivery management"},
		{"TERM-16", duty.ConditionAlways, "minimum platform requirements"},
		{"TERM-18", duty.ConditionOnsite, "travel and living expenses"},
		{"TERM-20", duty.ConditionAlways, "opt out"},
	}
	for _, tt := range tests {
		o := findObligation(t, tt.id)
		if o.Service != 0 || o.Condition != tt.cond || !strings.Contains(o.Text, tt.word) {
			t.Errorf("%s: obligation %+v, want condition %v and %q", tt.id, o, tt.cond, tt.word)
		}
	}
}

func TestGitHubTermsPrevail(t *testing.T) { // TERM-19, GHED-4
	s, ok := catalogue.Lookup(catalogue.GitHubEngineeringDirect)
	if !ok {
		t.Fatal("no GitHub Engineering Direct")
	}
	if !s.AllRules().Has("TERM-19") || !s.AllRules().Has("GHED-4") {
		t.Errorf("GitHub Engineering Direct cites %v", s.AllRules())
	}
}
