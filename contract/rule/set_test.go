package rule_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unsafe"

	"github.com/google/go-cmp/cmp"
	"github.com/supportrules/unified/contract/rule"
)

func TestSetKeepsCitationOrderWithoutDuplicates(t *testing.T) {
	tests := []struct {
		name string
		set  rule.Set
		want []rule.ID
	}{
		{"zero", rule.Set{}, []rule.ID{}},
		{"one", rule.Cite("CANCEL-2"), []rule.ID{"CANCEL-2"}},
		{"order kept", rule.Cite("D-SEV-1", "SEV-STD-13"), []rule.ID{"D-SEV-1", "SEV-STD-13"}},
		{"duplicate kept once, first place", rule.Cite("SEV-STD-13", "D-SEV-1", "SEV-STD-13"), []rule.ID{"SEV-STD-13", "D-SEV-1"}},
		{"empty ID skipped", rule.Cite("", "MC-15", ""), []rule.ID{"MC-15"}},
		{"unregistered IDs skipped", rule.Cite("TERM-7a", "MC-15", "cancel-2", "AMB-99"), []rule.ID{"MC-15"}},
		{"With appends new IDs only", rule.Cite("SEV-STD-13", "D-SEV-1").With("SEV-STD-13", "SEV-STD-21", ""), []rule.ID{"SEV-STD-13", "D-SEV-1", "SEV-STD-21"}},
		{"Join appends the other set's new IDs", rule.Cite("CANCEL-2", "D-CANCEL").Join(rule.Cite("D-CANCEL", "AMB-9")), []rule.ID{"CANCEL-2", "D-CANCEL", "AMB-9"}},
		{"Join onto the zero Set", rule.Set{}.Join(rule.Cite("AMB-9")), []rule.ID{"AMB-9"}},
		// Eight rules are stored inline, the rest in the tail.
		{"eight, all inline", rule.Cite("AED-1", "AED-2", "AED-3", "AED-4", "AED-5", "AED-6", "AED-7", "AED-8"),
			[]rule.ID{"AED-1", "AED-2", "AED-3", "AED-4", "AED-5", "AED-6", "AED-7", "AED-8"}},
		{"nine, one in the tail", rule.Cite("AED-1", "AED-2", "AED-3", "AED-4", "AED-5", "AED-6", "AED-7", "AED-8", "AED-9"),
			[]rule.ID{"AED-1", "AED-2", "AED-3", "AED-4", "AED-5", "AED-6", "AED-7", "AED-8", "AED-9"}},
		{"a duplicate of a tail rule", rule.Cite("AED-1", "AED-2", "AED-3", "AED-4", "AED-5", "AED-6", "AED-7", "AED-8", "AED-9").With("AED-9", "AED-1", "AED-10"),
			[]rule.ID{"AED-1", "AED-2", "AED-3", "AED-4", "AED-5", "AED-6", "AED-7", "AED-8", "AED-9", "AED-10"}},
		{"twenty in one call", rule.Cite(seq("AED", 20)...), seq("AED", 20)},
		{"a duplicate among pending tail rules", rule.Cite(append(seq("AED", 12), "AED-10", "AED-11")...), seq("AED", 12)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.set.IDs()); diff != "" {
				t.Errorf("IDs (-want +got):\n%s", diff)
			}
			if tt.set.Len() != len(tt.want) {
				t.Errorf("Len() = %d, want %d", tt.set.Len(), len(tt.want))
			}
			for i, id := range tt.want {
				if tt.set.At(i) != id || !tt.set.Has(id) {
					t.Errorf("At(%d) = %q or Has(%q) false", i, tt.set.At(i), id)
				}
			}
			if tt.set.At(-1) != "" || tt.set.At(len(tt.want)) != "" {
				t.Error("At out of range is not empty")
			}
			if tt.set.Has("TERM-7a") || tt.set.Has("") {
				t.Error("Has an unregistered ID")
			}
			if want := rule.Cite(tt.want...); want != tt.set || !want.Equal(tt.set) {
				t.Errorf("%v is not == to Cite of its own IDs", tt.set)
			}
		})
	}
}

// seq returns family-1 … family-n.
func seq(family string, n int) []rule.ID {
	ids := make([]rule.ID, n)
	for i := range ids {
		ids[i] = rule.ID(family + "-" + itoa(i+1))
	}
	return ids
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func TestSetStringAndExplain(t *testing.T) {
	s := rule.Cite("CANCEL-2", "D-CANCEL")
	if got, want := s.String(), "CANCEL-2, D-CANCEL"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	want := "CANCEL-2: Cancelling 6 to 13 days before a scheduled service costs 50% of its price.\n" +
		"D-CANCEL: Cancellation notice is counted in calendar dates and sets a fee of 0%, 50% or 100%, with fee plus refund equal to the price.\n"
	if got := s.Explain(); got != want {
		t.Errorf("Explain() =\n%s\nwant\n%s", got, want)
	}
	var zero rule.Set
	if zero.String() != "" || zero.Explain() != "" || zero.Len() != 0 {
		t.Errorf("zero Set prints %q / %q", zero.String(), zero.Explain())
	}
}

// A Set is four words: far smaller than the twelve strings it replaces.
func TestSetIsCompact(t *testing.T) {
	if n := unsafe.Sizeof(rule.Set{}); n > 32 {
		t.Errorf("a Set is %d bytes, want at most 32", n)
	}
}

func TestSetJSON(t *testing.T) {
	for _, tt := range []struct {
		set  rule.Set
		json string
	}{
		{rule.Set{}, `[]`},
		{rule.Cite("MC-17", "D-CRED-2"), `["MC-17","D-CRED-2"]`},
		{rule.Cite(seq("SEV-STD", 10)...), `["SEV-STD-1","SEV-STD-2","SEV-STD-3","SEV-STD-4","SEV-STD-5","SEV-STD-6","SEV-STD-7","SEV-STD-8","SEV-STD-9","SEV-STD-10"]`},
	} {
		b, err := json.Marshal(tt.set)
		if err != nil || string(b) != tt.json {
			t.Errorf("Marshal(%v) = %s, %v; want %s", tt.set, b, err, tt.json)
		}
		var back rule.Set
		if err := json.Unmarshal(b, &back); err != nil || back != tt.set {
			t.Errorf("Unmarshal(%s) = %v, %v", b, back, err)
		}
	}
	var s rule.Set
	if err := json.Unmarshal([]byte(`null`), &s); err != nil || s.Len() != 0 {
		t.Errorf("null gives %v, %v", s, err)
	}
	if err := json.Unmarshal([]byte(`["AMB-9","AMB-9","D-CANCEL"]`), &s); err != nil || s != rule.Cite("AMB-9", "D-CANCEL") {
		t.Errorf("a repeated ID gives %v, %v", s, err)
	}
}

func TestSetJSONRefusesWhatIsNotAnArrayOfRegisteredIDs(t *testing.T) {
	tests := []struct {
		json    string
		unknown bool // the error also wraps ErrID
	}{
		{`["TERM-7a"]`, true},
		{`["CANCEL-2","AMB-47"]`, true},
		{`["cancel-4"]`, true}, // past the family's last rule, in any case
		{`[""]`, true},
		{`"CANCEL-2"`, false},
		{`[1]`, false},
		{`{"rules":["CANCEL-2"]}`, false},
		{`["CANCEL-2"`, false},
		{`[` + strings.Repeat(`"CANCEL-2",`, 7000) + `"CANCEL-2"]`, false}, // longer than 64 KiB
	}
	for _, tt := range tests {
		s := rule.Cite("MC-1")
		err := s.UnmarshalJSON([]byte(tt.json))
		if !errors.Is(err, rule.ErrSet) || errors.Is(err, rule.ErrID) != tt.unknown {
			t.Errorf("Unmarshal(%.30s) error %v", tt.json, err)
		}
		if s != rule.Cite("MC-1") {
			t.Errorf("Unmarshal(%.30s) changed the Set to %v", tt.json, s)
		}
	}
}

func TestSetsWorkWithCmp(t *testing.T) {
	type result struct {
		Fee   int
		Rules rule.Set
	}
	a := result{1, rule.Cite("CANCEL-2", "D-CANCEL")}
	if diff := cmp.Diff(a, result{1, rule.Cite("CANCEL-2", "D-CANCEL")}); diff != "" {
		t.Errorf("equal results differ:\n%s", diff)
	}
	if cmp.Equal(a, result{1, rule.Cite("D-CANCEL", "CANCEL-2")}) {
		t.Error("the same rules in another order compare equal")
	}
}

// Building, extending and querying a Set of up to eight rules, and copying
// any Set, never allocate: results carry Sets on the module's hot paths.
func TestSetsDoNotAllocate(t *testing.T) {
	pre := rule.Cite(seq("SEV-STD", 12)...) // precomputed, with a tail
	var sink rule.Set
	allocs := testing.AllocsPerRun(100, func() {
		r := rule.Cite("SEV-STD-13", "D-SEV-1")
		r = r.With("SEV-STD-21", "D-SEV-3", "AMB-14")
		r = r.Join(rule.Cite("D-CLOCK"))
		if !r.Has("D-SEV-1") || r.Has("D-SEV-2") || !pre.Has("SEV-STD-12") {
			t.Fatal("Has is wrong")
		}
		sink = pre
		_ = r.At(2)
	})
	if allocs != 0 {
		t.Errorf("Cite/With/Join/Has/copy allocate %v times", allocs)
	}
	_ = sink
}

// Citing nine to sixteen rules allocates once, for the tail: the builder
// gathers up to eight further rules before it needs a buffer of its own.
func TestCitingUpToSixteenRulesAllocatesOnlyTheTail(t *testing.T) {
	for n := 9; n <= 16; n++ {
		ids := seq("SEV-STD", n)
		var s rule.Set
		allocs := testing.AllocsPerRun(100, func() { s = rule.Cite(ids...) })
		if allocs != 1 {
			t.Errorf("Cite of %d rules allocates %v times, want 1", n, allocs)
		}
		if s.Len() != n {
			t.Errorf("Cite of %d rules holds %d", n, s.Len())
		}
	}
}
