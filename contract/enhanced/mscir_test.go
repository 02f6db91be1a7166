package enhanced_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/enhanced"
	"github.com/supportrules/unified/contract/rule"
)

// TestMSCIREarlyStart (MSCIR-5, MSCIR-6, AMB-32; seed lines 1822-1846): an
// urgent start authorised before the MSCIR agreement binds the customer to
// clauses (a) execute the agreement as soon as possible, (b) pay as
// invoiced, (c) no liability for Microsoft; the work it governs runs from
// the authorisation to the day before the agreement is executed.
func TestMSCIREarlyStart(t *testing.T) {
	s, err := enhanced.NewMSCIREarlyStart(d("2026-05-04"), d("2026-05-11"))
	if err != nil {
		t.Fatal(err)
	}
	if !s.Rules.Has("MSCIR-5") || !s.Rules.Has("MSCIR-6") || len(s.Binds) != 3 {
		t.Fatalf("early start %+v", s)
	}
	for i, want := range []struct{ clause, says string }{
		{"a", "as soon as possible"}, {"b", "as Microsoft invoices"}, {"c", "not liable"},
	} {
		c := s.Binds[i]
		if c.Clause != want.clause || !strings.Contains(c.Text, want.says) || !c.Rules.Has("MSCIR-6") || c.Korean == "" {
			t.Errorf("MSCIR-6 clause (%s) = %+v", want.clause, c)
		}
	}
	tests := []struct {
		name string
		on   string
		want rule.Verdict
	}{
		{"MSCIR-5 the day before the authorisation", "2026-05-03", rule.Deny("MSCIR-5")},
		{"MSCIR-6 the day of the authorisation", "2026-05-04", rule.Allow("MSCIR-5", "MSCIR-6")},
		{"MSCIR-6 the day before the agreement", "2026-05-10", rule.Allow("MSCIR-5", "MSCIR-6")},
		{"MSCIR-5 the day the agreement is executed", "2026-05-11", rule.Deny("MSCIR-5")},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, s.BeforeAgreement(d(tt.on))); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
	// Not executed yet: all work from the authorisation is before it.
	open, err := enhanced.NewMSCIREarlyStart(d("2026-05-04"), calendar.Date{})
	if err != nil || !open.BeforeAgreement(d("2027-05-04")).Allowed || open.BeforeAgreement(d("2026-05-03")).Allowed || open.BeforeAgreement(calendar.Date{}).Allowed {
		t.Errorf("MSCIR-6 agreement not yet executed: %+v, %v", open, err)
	}
	if (enhanced.MSCIREarlyStart{}).BeforeAgreement(d("2026-05-04")).Allowed {
		t.Errorf("the zero MSCIREarlyStart governs work")
	}
	// Executed on the day of the authorisation: no work before it.
	same, err := enhanced.NewMSCIREarlyStart(d("2026-05-04"), d("2026-05-04"))
	if err != nil || same.BeforeAgreement(d("2026-05-04")).Allowed {
		t.Errorf("MSCIR-5 executed the day it was authorised: %+v, %v", same, err)
	}
	bad := []struct {
		name                 string
		authorised, executed calendar.Date
	}{
		{"zero authorisation", calendar.Date{}, d("2026-05-11")},
		{"executed before the authorisation", d("2026-05-04"), d("2026-05-03")},
		{"invalid execution date", d("2026-05-04"), calendar.Date{Year: 2026, Month: 2, Day: 30}},
	}
	for _, tt := range bad {
		if _, err := enhanced.NewMSCIREarlyStart(tt.authorised, tt.executed); !errors.Is(err, contract.ErrInvalidTerm) {
			t.Errorf("%s: %v", tt.name, err)
		}
	}
	// Each call gives a new slice: a caller cannot change the clauses.
	a := enhanced.MSCIREarlyStartClauses()
	a[0].Text = "changed"
	if enhanced.MSCIREarlyStartClauses()[0].Text == "changed" {
		t.Error("MSCIREarlyStartClauses shares its slice")
	}
}

// TestMSCIRClausesAreTheSeeds (MSCIR-6): the Korean text of each clause is
// printed in the seed, so the clauses are the document's. The seed is not
// part of the module: the test runs where UNIFIED_SEED names it or it lies
// in ../shared/seed beside the module (CI sets UNIFIED_SEED).
func TestMSCIRClausesAreTheSeeds(t *testing.T) {
	path := os.Getenv("UNIFIED_SEED")
	if path == "" {
		path = filepath.Join("..", "..", "..", "shared", "seed", "unified-enterprise-support-services-description.ko.txt")
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("the Korean seed is not here (%v): set UNIFIED_SEED to check the MSCIR clauses", err)
	}
	seed := strings.Join(strings.Fields(string(raw)), " ")
	for _, c := range enhanced.MSCIREarlyStartClauses() {
		if !strings.Contains(seed, "("+c.Clause+") "+c.Korean) {
			t.Errorf("MSCIR-6 clause (%s) %q is not the seed's", c.Clause, c.Korean)
		}
	}
}
