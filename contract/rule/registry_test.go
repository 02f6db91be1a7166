package rule_test

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/supportrules/unified/contract/rule"
)

// entries returns the whole registry in order.
func entries() []rule.Record {
	var es []rule.Record
	for e := range rule.Records() {
		es = append(es, e)
	}
	return es
}

// The registry holds the whole catalogue: its 403 rules, its 25 binding
// decisions and its 46 ambiguity entries.
func TestRegistryHoldsTheWholeCatalogue(t *testing.T) {
	var decisions, ambiguities, rules int
	for _, e := range entries() {
		switch e.Type {
		case rule.Decision:
			decisions++
		case rule.Ambiguity:
			ambiguities++
		default:
			rules++
		}
	}
	if rules != 403 || decisions != 25 || ambiguities != 46 || rule.Len() != 474 {
		t.Errorf("registry has %d rules, %d decisions, %d ambiguities (%d entries); want 403, 25, 46 (474)",
			rules, decisions, ambiguities, rule.Len())
	}
}

// blocks is the catalogue's sequence of families, section by section; TERM
// is split by the three CANCEL rules, as in the document.
var blocks = []string{
	"D",
	"DOC", "SVC", "BUY", "FLEX", "MARK", "PRO", "CAT", "PLAN", "IMPL", "MAINT", "OPT", "EDU",
	"APRO", "DE", "CRED", "REACT", "ADV", "PRS", "SAM", "RCA", "SAMX", "SM",
	"ENH", "EDE", "REDE", "UER", "RR", "AEM", "O365ED", "DEV", "GHED", "SFMC", "AED", "MSCIR",
	"MC", "TERM", "CANCEL", "TERM", "RESP",
	"SEV-GEN", "SEV-STD", "SEV-UER", "SEV-RR", "SEV-AEM", "SMB",
	"AMB",
}

// The registry keeps the catalogue's order: decisions first, then the rules
// family by family in the order of the document's sections, each family
// numbered from 1 (RESP from 0) without gaps, then the ambiguity entries.
func TestRegistryIsInDocumentOrder(t *testing.T) {
	var got []string
	next := map[string]int{"RESP": 0}
	for _, e := range entries() {
		if len(got) == 0 || got[len(got)-1] != e.Family {
			got = append(got, e.Family)
		}
		if e.Family == "D" {
			continue
		}
		want, ok := next[e.Family]
		if !ok {
			want = 1
		}
		if id := rule.ID(fmt.Sprintf("%s-%d", e.Family, want)); e.ID != id {
			t.Errorf("%s where the order wants %s", e.ID, id)
		}
		next[e.Family] = want + 1
	}
	if strings.Join(got, " ") != strings.Join(blocks, " ") {
		t.Errorf("families in the order\n%s\nwant\n%s", strings.Join(got, " "), strings.Join(blocks, " "))
	}
}

// lastSeedLine is the last line of the Korean seed.
const lastSeedLine = 2790

// Every entry is complete: an ID of the catalogue's form, a family and a
// section, a valid kind, seed lines inside the seed (none for decisions), and
// one English sentence of the project's own, with no Korean in it. Only
// decisions have a decision text and cross references; a decision settles
// ambiguity entries only, each of which names it, and reads rules only.
func TestRecordsAreWellFormed(t *testing.T) {
	seen := map[rule.ID]bool{}
	for _, e := range entries() {
		if seen[e.ID] {
			t.Errorf("%s: listed twice", e.ID)
		}
		seen[e.ID] = true
		if e.Family == "" || e.Section == "" || !e.Type.IsValid() {
			t.Errorf("%s: family %q, section %q, kind %v", e.ID, e.Family, e.Section, e.Type)
		}
		switch l := e.Lines; {
		case e.Type == rule.Decision:
			if l != (rule.Lines{}) {
				t.Errorf("%s: a decision with seed lines %v", e.ID, l)
			}
		case e.Type == rule.Ambiguity && l == (rule.Lines{}):
		case l.First < 1 || l.Last < l.First || l.Last > lastSeedLine:
			t.Errorf("%s: seed lines %v", e.ID, l)
		}
		checkSentence(t, e.ID, "summary", e.Summary, 200)
		if e.Type == rule.Decision {
			checkSentence(t, e.ID, "decision", e.Decision, 450)
		} else if e.Decision != "" || e.Settles.Len() != 0 || e.Reads.Len() != 0 {
			t.Errorf("%s: only decisions have a decision text and cross references", e.ID)
		}
		for a := range e.Settles.Records() {
			if a.Type != rule.Ambiguity || !strings.Contains(a.Summary, string(e.ID)) {
				t.Errorf("%s settles %s, which is not an ambiguity entry naming it", e.ID, a.ID)
			}
		}
		for r := range e.Reads.Records() {
			if r.Type == rule.Decision || r.Type == rule.Ambiguity {
				t.Errorf("%s reads %s, which is not a rule", e.ID, r.ID)
			}
		}
		// IDs written in a summary are registered.
		for _, w := range idLike.FindAllString(e.Summary+" "+e.Decision, -1) {
			if !rule.ID(w).IsValid() {
				t.Errorf("%s mentions %s, which the registry does not have", e.ID, w)
			}
		}
	}
}

// idLike matches the words of a text that have the form of a rule or decision
// ID.
var idLike = regexp.MustCompile(`\b(D-[A-Z][A-Z0-9]*(-[A-Z0-9]+)*|[A-Z][A-Z0-9]*(-[A-Z][A-Z0-9]*)*-[0-9]+[a-z]?)\b`)

func checkSentence(t *testing.T, id rule.ID, what, s string, max int) {
	t.Helper()
	switch {
	case s == "" || len(s) > max:
		t.Errorf("%s: %s of %d bytes, want 1 to %d", id, what, len(s), max)
	case strings.TrimSpace(s) != s || strings.ContainsAny(s, "\n\t"):
		t.Errorf("%s: %s has stray white space", id, what)
	case !strings.HasSuffix(s, "."):
		t.Errorf("%s: %s %q does not end a sentence", id, what, s)
	case strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Hangul, r) }) >= 0:
		t.Errorf("%s: %s quotes Korean", id, what)
	}
	if r := []rune(s)[0]; !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '"' {
		t.Errorf("%s: %s %q does not start a sentence", id, what, s)
	}
}

// Parse and String are inverses over the whole registry, and Lookup finds
// each entry by its ID.
func TestParseAndStringRoundTripOverTheRegistry(t *testing.T) {
	for _, e := range entries() {
		id, err := rule.Parse(e.ID.String())
		if err != nil || id != e.ID || !id.IsValid() {
			t.Errorf("Parse(%q) = %q, %v", e.ID, id, err)
		}
		if got, ok := rule.Lookup(id); !ok || got != e {
			t.Errorf("Lookup(%q) = %v, %t", id, got, ok)
		}
		if id.Section() != e.Section || id.IsDecision() != (e.Type == rule.Decision) {
			t.Errorf("%s: Section %q, IsDecision %t", id, id.Section(), id.IsDecision())
		}
		b, err := id.MarshalText()
		var back rule.ID
		if err != nil || back.UnmarshalText(b) != nil || back != id {
			t.Errorf("%s: text round trip gave %q (%v)", id, back, err)
		}
	}
}

// Parse reads an ID in any ASCII case and returns the registry's spelling,
// as the module's enums parse their names.
func TestParseIgnoresCase(t *testing.T) {
	for s, want := range map[string]rule.ID{"cancel-2": "CANCEL-2", "D-Sev-2": "D-SEV-2", "amb-9": "AMB-9", "CANCEL-2": "CANCEL-2"} {
		if id, err := rule.Parse(s); id != want || err != nil {
			t.Errorf("Parse(%q) = %q, %v; want %q", s, id, err, want)
		}
		var id rule.ID
		if err := id.UnmarshalText([]byte(s)); id != want || err != nil {
			t.Errorf("UnmarshalText(%q) = %q, %v; want %q", s, id, err, want)
		}
	}
	var set rule.Set
	if err := set.UnmarshalJSON([]byte(`["cancel-2","D-CANCEL"]`)); err != nil || set.String() != "CANCEL-2, D-CANCEL" {
		t.Errorf(`Set from ["cancel-2","D-CANCEL"] = %v, %v`, set, err)
	}
	if _, ok := rule.Lookup("cancel-2"); ok {
		t.Error(`Lookup("cancel-2") found an entry: Lookup takes the registry's spelling`)
	}
}

// An ID the registry does not have is refused with an error wrapping ErrID,
// however plausible its form.
func TestParseRefusesUnregisteredIDs(t *testing.T) {
	for _, s := range []string{
		"",                         // empty
		"TERM-7a",                  // a form the catalogue never uses
		"CANCEL-4",                 // past the family's last rule
		"AMB-47",                   // past the last ambiguity entry
		"D-SEV-7",                  // past the last severity decision
		" CANCEL-2",                // no white space
		"CANCEL",                   // a family, not a rule
		"ZZZ-1",                    // no such family
		strings.Repeat("A", 1<<16), // long text
	} {
		id, err := rule.Parse(s)
		if !errors.Is(err, rule.ErrID) || id != "" || rule.ID(s).IsValid() || rule.ID(s).Section() != "" {
			t.Errorf("Parse(%.20q) = %q, %v", s, id, err)
		}
		if _, ok := rule.Lookup(rule.ID(s)); ok {
			t.Errorf("Lookup(%.20q) found an entry", s)
		}
		if err != nil && len(err.Error()) > 100 {
			t.Errorf("Parse(%.20q) error repeats %d bytes of input", s, len(err.Error()))
		}
	}
	var id rule.ID
	if err := id.UnmarshalText([]byte("TERM-7a")); !errors.Is(err, rule.ErrID) {
		t.Errorf("UnmarshalText(TERM-7a) = %v", err)
	}
	if _, err := rule.ID("TERM-7a").MarshalText(); !errors.Is(err, rule.ErrID) {
		t.Errorf("MarshalText(TERM-7a) = %v", err)
	}
	if b, err := rule.ID("").MarshalText(); err != nil || len(b) != 0 || id.UnmarshalText(nil) != nil || id != "" {
		t.Errorf("the zero ID does not round-trip: %q, %v", b, err)
	}
}

// Record.String gives ID, section, seed lines and kind, then the summary;
// Lines prints a single line without a range.
func TestRecordString(t *testing.T) {
	tests := []struct {
		id   rule.ID
		want string
	}{
		{"CANCEL-2", "CANCEL-2 (§2.6, seed lines 2025-2027, fee): Cancelling 6 to 13 days before a scheduled service costs 50% of its price."},
		{"MARK-4", "MARK-4 (§2.3, seed lines 1893, marking): Section 2.5 marks Base Package services with a heavy check mark, taken to mean the same as the ordinary one."},
		{"D-TERM-2", "D-TERM-2 (Decisions, decision): A service not used by the end of the Work Order is forfeited."},
		{"AMB-40", "AMB-40 (Ambiguities, ambiguity): One Korean word serves both \"advanced\" and \"enhanced\"; the default keys every rule by its English ID."},
	}
	for _, tt := range tests {
		e, _ := rule.Lookup(tt.id)
		if got := e.String(); got != tt.want {
			t.Errorf("%s.String() =\n%s\nwant\n%s", tt.id, got, tt.want)
		}
	}
	if s := (rule.Record{}).String(); s != "" {
		t.Errorf("zero Record prints %q", s)
	}
}

// Types follow the enum convention: case-insensitive parsing, a zero value
// that round-trips through empty text, and errors wrapping ErrType.
func TestTypeText(t *testing.T) {
	for k := rule.Type(0); k <= rule.Ambiguity; k++ {
		b, err := k.MarshalText()
		var back rule.Type
		if err != nil || back.UnmarshalText(b) != nil || back != k {
			t.Errorf("%v: text round trip gave %v (%v)", k, back, err)
		}
		if p, err := rule.ParseType(strings.ToUpper(k.String())); err != nil || p != k {
			t.Errorf("ParseType(%q) = %v, %v", strings.ToUpper(k.String()), p, err)
		}
	}
	if rule.Type(0).IsValid() || !rule.Deadline.IsValid() || rule.Type(99).IsValid() {
		t.Error("IsValid is wrong")
	}
	if _, err := rule.ParseType("deadlines"); !errors.Is(err, rule.ErrType) {
		t.Errorf("ParseType(deadlines) = %v", err)
	}
	decides := map[rule.Type]bool{rule.Decision: true, rule.Deadline: true, rule.Rounding: true,
		rule.Computation: true, rule.Exclusion: true, rule.Condition: true}
	for k := rule.Type(0); k <= rule.Ambiguity+1; k++ {
		if k.Decides() != decides[k] {
			t.Errorf("%v.Decides() = %t", k, k.Decides())
		}
	}
}
