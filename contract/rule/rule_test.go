package rule_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/supportrules/unified/contract/rule"
	"pgregory.net/rapid"
)

func TestRuleIDForm(t *testing.T) {
	tests := []struct {
		id      string
		valid   bool
		section string
	}{
		{"CANCEL-2", true, "§2.6"},
		{"SEV-STD-13", true, "Appendix A, chart 1 (standard)"},
		{"SEV-RR-4", true, "Appendix A, chart 3 (Rapid Response)"},
		{"SAMX-1", true, "§2.3 table 9"}, // not SAM's
		{"SAM-3", true, "§2.3 table 9"},
		{"DE-5", true, "§2.3 table 7"},
		{"REDE-16", true, "§2.4 table 11"}, // not DE's
		{"EDE-11", true, "§2.4 table 11"},
		{"O365ED-2", true, "§2.4 table 11"},
		{"MC-15", true, "§2.5"},
		{"RESP-0", true, "§2.7"},
		{"SMB-4", true, "Appendix B"},
		{"D-CAL", true, "Decisions"},
		{"D-SEV-2", true, "Decisions"},
		{"AMB-9", true, "Ambiguities"},
		{"TERM-7a", true, "§2.6"},
		{"CANCEL", false, ""},
		{"cancel-2", false, ""},
		{"CANCEL-", false, ""},
		{"-2", false, ""},
		{"CANCEL-2-", false, ""},
		{"CANCEL-X2", false, ""},
		{"", false, ""},
		{"ZZZ-1", true, ""}, // well formed, unknown family
	}
	for _, tt := range tests {
		id := rule.ID(tt.id)
		if got := id.IsValid(); got != tt.valid {
			t.Errorf("ID(%q).IsValid() = %v, want %v", tt.id, got, tt.valid)
		}
		if got := id.Section(); got != tt.section {
			t.Errorf("ID(%q).Section() = %q, want %q", tt.id, got, tt.section)
		}
		_, err := rule.Parse(tt.id)
		if (err == nil) != tt.valid || (err != nil && !errors.Is(err, rule.ErrID)) {
			t.Errorf("Parse(%q) error = %v", tt.id, err)
		}
	}
}

func TestRulesKeepOrderAndDropDuplicates(t *testing.T) {
	r := rule.Cite("SEV-STD-13", "D-SEV-1").With("SEV-STD-13", "SEV-STD-21", "")
	if got, want := r.String(), "SEV-STD-13, D-SEV-1, SEV-STD-21"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if r.Len() != 3 || r.At(1) != "D-SEV-1" || r.At(3) != "" || r.At(-1) != "" || !r.Has("SEV-STD-21") || r.Has("CANCEL-1") {
		t.Errorf("Len/At/Has wrong for %v", r)
	}
	j := rule.Cite("CANCEL-2").Join(r)
	if diff := cmp.Diff([]rule.ID{"CANCEL-2", "SEV-STD-13", "D-SEV-1", "SEV-STD-21"}, j.IDs()); diff != "" {
		t.Errorf("Join (-want +got):\n%s", diff)
	}
	var seen []rule.ID
	for id := range j.All() {
		seen = append(seen, id)
		if len(seen) == 2 {
			break
		}
	}
	if len(seen) != 2 {
		t.Errorf("All stopped at %d", len(seen))
	}
	one, same, other := rule.Cite("A-1"), rule.Cite("A-1"), rule.Cite("A-2")
	if one != same || one == other {
		t.Error("Set are not comparable by value")
	}
	var zero rule.Set
	if zero.Len() != 0 || zero.String() != "" {
		t.Errorf("zero Set = %v", zero)
	}
}

func TestRulesHoldAtMostMaxRules(t *testing.T) {
	var r rule.Set
	for i := range rule.MaxSet + 3 {
		r = r.With(rule.ID("X-" + string(rune('0'+i/10)) + string(rune('0'+i%10))))
	}
	if r.Len() != rule.MaxSet {
		t.Errorf("Len() = %d, want %d", r.Len(), rule.MaxSet)
	}
}

func TestRulesCiteWithoutAllocating(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() {
		r := rule.Cite("SEV-STD-13", "D-SEV-1")
		r = r.With("SEV-STD-21")
		_ = r.Has("D-SEV-1")
	})
	if allocs != 0 {
		t.Errorf("Cite/With/Has allocate %v times", allocs)
	}
}

// Set and RuleIDs round-trip through JSON; invalid IDs are refused.
func TestRulesJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(0, rule.MaxSet).Draw(t, "count")
		var r rule.Set
		for i := range n {
			fam := rapid.SampledFrom([]string{"CANCEL", "SEV-STD", "D-SEV", "MC", "AED"}).Draw(t, "family")
			num := rapid.IntRange(1, 50).Draw(t, "number")
			_ = i
			r = r.With(rule.ID(fam + "-" + itoa(num)))
		}
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		var back rule.Set
		if err := json.Unmarshal(b, &back); err != nil || back != r {
			t.Fatalf("round trip of %v via %s: %v, %v", r, b, back, err)
		}
	})
	var r rule.Set
	for _, bad := range []string{`["cancel-2"]`, `"CANCEL-2"`, `[1]`, `["A-1","A-2","A-3","A-4","A-5","A-6","A-7","A-8","A-9","A-10","A-11","A-12","A-13"]`} {
		if err := json.Unmarshal([]byte(bad), &r); err == nil {
			t.Errorf("Unmarshal(%s) succeeded", bad)
		}
	}
	if b, _ := json.Marshal(rule.Set{}); string(b) != "[]" {
		t.Errorf("zero Set marshal as %s, want []", b)
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func TestRulesWorkWithCmp(t *testing.T) {
	type result struct {
		Fee int
		Set rule.Set
	}
	a := result{1, rule.Cite("CANCEL-2", "D-CANCEL")}
	b := result{1, rule.Cite("CANCEL-2", "D-CANCEL")}
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("equal results differ:\n%s", diff)
	}
	if cmp.Equal(a, result{1, rule.Cite("CANCEL-3")}) {
		t.Error("different rules compare equal")
	}
}
