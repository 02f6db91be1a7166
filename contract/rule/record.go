package rule

import (
	"iter"
	"strconv"
	"strings"
)

// A Record is what the registry knows about one ID: where the catalogue puts
// it, what kind of statement it is, and what it says, in one sentence.
// Records are values: changing a copy changes nothing in the registry.
type Record struct {
	ID ID
	// Family is the ID's prefix: "SEV-STD" for "SEV-STD-13", "D" for a
	// decision, "AMB" for an ambiguity entry.
	Family string
	// Section is the part of the document the entry belongs to, such as
	// "§2.6" or "Appendix A, chart 1 (standard)".
	Section string
	// Lines is the range of lines of the Korean seed the entry draws on;
	// zero for decisions, which are the project's, not the seed's.
	Lines Lines
	Type  Type
	// Summary says in one English sentence what the entry states.
	Summary string
	// Decision is, for a binding decision (Type Decision), what the module
	// does, in short; "" for other entries.
	Decision string
	// Settles holds, for a decision, the ambiguity entries (AMB-n) it
	// settles; Reads holds the rules whose reading it fixes. Both are empty
	// for other entries.
	Settles, Reads Set
}

// String returns the entry on one line: its ID, section, seed lines and kind,
// then its summary, as in
// "CANCEL-2 (§2.6, seed lines 2025-2027, fee): Cancelling 6 to 13 days …".
func (e Record) String() string {
	if e.ID == "" {
		return ""
	}
	b := make([]byte, 0, 64+len(e.Summary))
	b = append(b, e.ID...)
	b = append(b, " ("...)
	b = append(b, e.Section...)
	if e.Lines != (Lines{}) {
		b = append(b, ", seed lines "...)
		b = e.Lines.appendTo(b)
	}
	b = append(b, ", "...)
	b = append(b, e.Type.String()...)
	b = append(b, "): "...)
	b = append(b, e.Summary...)
	return string(b)
}

// Lines is an inclusive range of 1-based lines of the Korean seed. The zero
// Lines means "no lines".
type Lines struct{ First, Last int }

// String returns "First-Last", or just "First" for a single line, or "" for
// the zero Lines.
func (l Lines) String() string { return string(l.appendTo(nil)) }

func (l Lines) appendTo(b []byte) []byte {
	if l == (Lines{}) {
		return b
	}
	b = strconv.AppendInt(b, int64(l.First), 10)
	if l.Last != l.First {
		b = append(b, '-')
		b = strconv.AppendInt(b, int64(l.Last), 10)
	}
	return b
}

// Lookup returns the registry's entry for id, and false when the registry
// has no such ID.
func Lookup(id ID) (Record, bool) {
	i, ok := index[id]
	if !ok {
		return Record{}, false
	}
	return entries[i-1], true
}

// Records returns an iterator over every record of the registry in the
// catalogue's order: the binding decisions first, then the rules section by
// section, then the ambiguity entries.
func Records() iter.Seq[Record] {
	return func(yield func(Record) bool) {
		for i := range entries {
			if !yield(entries[i]) {
				return
			}
		}
	}
}

// Len returns the number of entries in the registry.
func Len() int { return len(entries) }

// The tables built from registry.go when the package is initialised, and
// read-only after.
var entries, index = build()

// entries holds every entry in document order; a Set refers to entries[i]
// by the number i+1, which index maps each ID to.
func build() ([]Record, map[ID]uint16) {
	n := len(decisions) + len(rules) + len(ambiguities)
	es := make([]Record, 0, n)
	idx := make(map[ID]uint16, n)
	add := func(e Record) {
		e.Family = family(e.ID)
		e.Section = sections[e.Family]
		es = append(es, e)
		// A repeated ID keeps its first entry; a test reports it.
		if _, dup := idx[e.ID]; !dup {
			idx[e.ID] = uint16(len(es))
		}
	}
	for _, d := range decisions {
		add(Record{ID: d.id, Type: Decision, Summary: d.summary, Decision: d.decisionSummary})
	}
	for _, r := range rules {
		add(Record{ID: r.id, Lines: Lines{r.first, r.last}, Type: r.kind, Summary: r.summary})
	}
	for _, r := range ambiguities {
		add(Record{ID: r.id, Lines: Lines{r.first, r.last}, Type: r.kind, Summary: r.summary})
	}
	// Cross references need the whole index first.
	cite := func(s string) Set {
		var b builder
		for _, f := range strings.Fields(s) {
			if k, ok := idx[ID(f)]; ok {
				b.add(k)
			}
		}
		return b.set()
	}
	for i, d := range decisions {
		es[i].Settles = cite(d.settles)
		es[i].Reads = cite(d.reads)
	}
	return es, idx
}

// A decision is one row of the decisions table of registry.go.
type decision struct {
	id                       ID
	settles, reads           string
	summary, decisionSummary string
}

// A row is one row of the rules or ambiguities table of registry.go.
type row struct {
	id          ID
	first, last int
	kind        Type
	summary     string
}

// family returns the family prefix of id: the ID less its last
// hyphen-separated part for numbered IDs, "D" for decisions.
func family(id ID) string {
	s := string(id)
	if strings.HasPrefix(s, "D-") {
		return "D"
	}
	if i := strings.LastIndexByte(s, '-'); i > 0 {
		return s[:i]
	}
	return ""
}

// sections names the section of the document that holds each family.
var sections = map[string]string{
	"D":       "Decisions",
	"DOC":     "§1",
	"SVC":     "§2",
	"BUY":     "§2.1",
	"FLEX":    "§2.2",
	"MARK":    "§2.3",
	"PRO":     "§2.3",
	"CAT":     "§2.3",
	"PLAN":    "§2.3 table 2",
	"IMPL":    "§2.3 table 3",
	"MAINT":   "§2.3 table 4",
	"OPT":     "§2.3 table 5",
	"EDU":     "§2.3 table 6",
	"APRO":    "§2.3 table 7",
	"DE":      "§2.3 table 7",
	"CRED":    "§2.3 table 8",
	"REACT":   "§2.3 table 9",
	"ADV":     "§2.3 table 9",
	"PRS":     "§2.3 table 9",
	"SAM":     "§2.3 table 9",
	"RCA":     "§2.3 table 9",
	"SAMX":    "§2.3 table 9",
	"SM":      "§2.3 table 10",
	"ENH":     "§2.4 table 11",
	"EDE":     "§2.4 table 11",
	"REDE":    "§2.4 table 11",
	"UER":     "§2.4 table 11",
	"RR":      "§2.4 table 11",
	"AEM":     "§2.4 table 11",
	"O365ED":  "§2.4 table 11",
	"DEV":     "§2.4 table 11",
	"GHED":    "§2.4 table 11",
	"SFMC":    "§2.4 table 11",
	"AED":     "§2.4 table 11",
	"MSCIR":   "§2.4 table 11",
	"MC":      "§2.5",
	"TERM":    "§2.6",
	"CANCEL":  "§2.6",
	"RESP":    "§2.7",
	"SEV-GEN": "Appendix A",
	"SEV-STD": "Appendix A, chart 1 (standard)",
	"SEV-UER": "Appendix A, chart 2 (UER)",
	"SEV-RR":  "Appendix A, chart 3 (Rapid Response)",
	"SEV-AEM": "Appendix A, chart 4 (AEM)",
	"SMB":     "Appendix B",
	"AMB":     "Ambiguities",
}
