package rule_test

import (
	"flag"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/supportrules/unified/contract/rule"
)

// The registry was transcribed from the project's rule catalogue, RULES.md,
// which is not part of the module. The lines of it that this test reads —
// the rule rows, the decisions with their text and the ambiguity sections —
// ship in testdata/catalogue.md, so the check runs on a fresh clone too.
// Where the catalogue itself is at hand, its path in UNIFIED_RULES (CI sets
// it), the test first checks that the shipped extract is the catalogue's
// (-update rewrites it) and then reads the catalogue.
//
// It checks the transcription: the same IDs in the same order; for each
// rule, the seed lines of its Lines column and the kind its Type column
// gives (the first type in the order of the Type documentation); for each
// decision, the ambiguity entries and rules named in its heading (settled
// ambiguities exactly; every rule it names, there or in its text, is among
// the rules it reads); for each ambiguity, seed lines that begin and end on
// lines its section names.
func TestRegistryMatchesTheCatalogue(t *testing.T) {
	src := catalogueText(t)
	type want struct {
		id             rule.ID
		lines          rule.Lines
		kind           rule.Type
		settles, reads []rule.ID
		named          []int // the seed lines an ambiguity's section names
	}
	var wants []want
	lines := strings.Split(src, "\n")
	for li, line := range lines {
		if strings.HasPrefix(line, "# Full service catalogue") {
			break
		}
		if m := ruleRow.FindStringSubmatch(line); m != nil {
			cols := strings.Split(line, "|")
			var ns []int
			for _, n := range number.FindAllString(m[2], -1) {
				v, _ := strconv.Atoi(n)
				ns = append(ns, v)
			}
			w := want{id: rule.ID(m[1]), kind: kindOfTypes(t, cols[len(cols)-2])}
			if len(ns) > 0 {
				w.lines = rule.Lines{First: slices.Min(ns), Last: slices.Max(ns)}
			}
			wants = append(wants, w)
		} else if m := decisionItem.FindStringSubmatch(line); m != nil {
			w := want{id: rule.ID(m[1]), kind: rule.Decision}
			for _, f := range strings.Split(m[2], ",") {
				for _, id := range expand(strings.TrimSpace(f)) {
					if strings.HasPrefix(string(id), "AMB-") {
						w.settles = append(w.settles, id)
					} else {
						w.reads = append(w.reads, id)
					}
				}
			}
			text := line
			for j := li + 1; j < len(lines) && strings.HasPrefix(lines[j], "  "); j++ {
				text += " " + lines[j]
			}
			for _, id := range idLike.FindAllString(text, -1) {
				if !strings.HasPrefix(id, "D-") && !strings.HasPrefix(id, "AMB-") && !slices.Contains(w.reads, rule.ID(id)) {
					w.reads = append(w.reads, rule.ID(id))
				}
			}
			wants = append(wants, w)
		} else if m := ambHeading.FindStringSubmatch(line); m != nil {
			w := want{id: rule.ID(m[1]), kind: rule.Ambiguity}
			for j := li + 1; j < len(lines) && !strings.HasPrefix(lines[j], "#"); j++ {
				for _, ref := range lineRef.FindAllString(lines[j], -1) {
					for _, n := range number.FindAllString(ref, -1) {
						v, _ := strconv.Atoi(n)
						w.named = append(w.named, v)
					}
				}
			}
			wants = append(wants, w)
		}
	}
	es := entries()
	if len(es) != len(wants) {
		t.Errorf("registry has %d entries, the catalogue %d", len(es), len(wants))
	}
	for i := range min(len(es), len(wants)) {
		e, w := es[i], wants[i]
		switch {
		case e.ID != w.id:
			t.Fatalf("entry %d is %s, the catalogue has %s", i, e.ID, w.id)
		case e.Type != w.kind:
			t.Errorf("%s: kind %v, the catalogue's types give %v", e.ID, e.Type, w.kind)
		case w.kind != rule.Ambiguity && e.Lines != w.lines:
			t.Errorf("%s: seed lines %v, the catalogue has %v", e.ID, e.Lines, w.lines)
		case w.kind == rule.Ambiguity && e.Lines != (rule.Lines{}) &&
			(!slices.Contains(w.named, e.Lines.First) || !slices.Contains(w.named, e.Lines.Last)):
			t.Errorf("%s: seed lines %v, but its section names lines %v", e.ID, e.Lines, w.named)
		case !slices.Equal(e.Settles.IDs(), append([]rule.ID{}, w.settles...)):
			t.Errorf("%s: settles %v, the catalogue names %v", e.ID, e.Settles, w.settles)
		}
		for _, id := range w.reads {
			if !e.Reads.Has(id) {
				t.Errorf("%s names %s, which its Reads %v lacks", e.ID, id, e.Reads)
			}
		}
	}
}

// lineRef matches a reference to seed lines in an ambiguity section, up to
// the next colon or semicolon: "Line 64 (BUY-6)", "Lines 1103-1109,
// 1280-1284", "Lines 105-107, 119-121 (and 2000-2002)", "Lines 517-556 vs
// 759-855.".
var lineRef = regexp.MustCompile(`\b[Ll]ines? [0-9][^;:]*`)

var update = flag.Bool("update", false, "rewrite testdata/catalogue.md from the catalogue in UNIFIED_RULES")

const extractPath = "testdata/catalogue.md"

// catalogueText returns the text TestRegistryMatchesTheCatalogue reads:
// the extract of the catalogue in UNIFIED_RULES, after checking that the
// shipped extract is the same, or the shipped extract when the catalogue is
// not at hand.
func catalogueText(t *testing.T) string {
	t.Helper()
	shipped, err := os.ReadFile(extractPath)
	if err != nil && !*update {
		t.Fatal(err)
	}
	path := os.Getenv("UNIFIED_RULES")
	if path == "" {
		if *update {
			t.Fatal("-update needs the catalogue: set UNIFIED_RULES")
		}
		return string(shipped)
	}
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("UNIFIED_RULES=%s: %v", path, err)
	}
	ex := extract(string(src))
	switch {
	case *update:
		if err := os.WriteFile(extractPath, []byte(ex), 0o644); err != nil {
			t.Fatal(err)
		}
	case ex != string(shipped):
		t.Errorf("%s is not the extract of %s: run go test ./contract/rule -run TestRegistryMatchesTheCatalogue -update", extractPath, path)
	}
	return ex
}

// extract returns the lines of the catalogue that the registry is checked
// against, in order: its title, every rule row, every decision with its
// indented text, every ambiguity heading with its section, up to the full
// service catalogue, which the registry does not transcribe.
func extract(src string) string {
	var b strings.Builder
	keep := func(line string) { b.WriteString(line); b.WriteByte('\n') }
	keep("<!-- The lines of RULES.md that contract/rule's TestRegistryMatchesTheCatalogue reads. Generated:")
	keep("     UNIFIED_RULES=../shared/RULES.md go test ./contract/rule -run TestRegistryMatchesTheCatalogue -update -->")
	lines := strings.Split(src, "\n")
	if len(lines) > 0 {
		keep(lines[0])
	}
	for i := 1; i < len(lines); i++ {
		line := lines[i]
		switch {
		case strings.HasPrefix(line, "# Full service catalogue"):
			return b.String()
		case ruleRow.MatchString(line):
			keep(line)
		case decisionItem.MatchString(line):
			keep(line)
			for ; i+1 < len(lines) && strings.HasPrefix(lines[i+1], "  "); i++ {
				keep(lines[i+1])
			}
		case ambHeading.MatchString(line):
			keep(line)
			for ; i+1 < len(lines) && !strings.HasPrefix(lines[i+1], "#"); i++ {
				keep(lines[i+1])
			}
		}
	}
	return b.String()
}

var (
	ruleRow      = regexp.MustCompile(`^\| ([A-Z][A-Z0-9]*(?:-[A-Z][A-Z0-9]*)*-[0-9]+[a-z]?) \|([^|]*)\|`)
	decisionItem = regexp.MustCompile(`^- \*\*(D-[A-Z0-9-]+?)(?: \(([^)]*)\))?\.\*\*`)
	ambHeading   = regexp.MustCompile(`^### (AMB-[0-9]+) `)
	number       = regexp.MustCompile(`[0-9]+`)
)

// expand turns "MC-15..18" into MC-15 … MC-18; other text is one ID, or
// none when empty.
func expand(s string) []rule.ID {
	if s == "" {
		return nil
	}
	base, to, ok := strings.Cut(s, "..")
	if !ok {
		return []rule.ID{rule.ID(s)}
	}
	i := strings.LastIndexByte(base, '-')
	from, _ := strconv.Atoi(base[i+1:])
	last, _ := strconv.Atoi(to)
	var ids []rule.ID
	for n := from; n <= last; n++ {
		ids = append(ids, rule.ID(base[:i+1]+strconv.Itoa(n)))
	}
	return ids
}

// kindOfTypes maps a Type column ("deadline, forfeiture") to a Type: the
// first of its types in the order of the Type documentation.
func kindOfTypes(t *testing.T, col string) rule.Type {
	order := []struct {
		kind  rule.Type
		types []string
	}{
		{rule.Rounding, []string{"rounding"}},
		{rule.Computation, []string{"computation"}},
		{rule.Deadline, []string{"deadline", "forfeiture"}},
		{rule.Exclusion, []string{"exclusion"}},
		{rule.Condition, []string{"condition", "eligibility", "dependency", "precedence"}},
		{rule.Fee, []string{"fee"}},
		{rule.Limit, []string{"cap", "number", "duration", "percentage"}},
		{rule.Obligation, []string{"obligation", "liability"}},
		{rule.Delivery, []string{"delivery-mode", "business-hours", "language", "channel", "multi-country", "availability"}},
		{rule.Marking, []string{"marking"}},
		{rule.Definition, []string{"definition", "enumeration", "cross-ref"}},
		{rule.Gap, []string{"gap"}},
	}
	var types []string
	for _, f := range strings.Split(col, ",") {
		types = append(types, strings.TrimSpace(f))
	}
	for _, o := range order {
		for _, ty := range o.types {
			if slices.Contains(types, ty) {
				return o.kind
			}
		}
	}
	t.Errorf("type column %q names no known type", col)
	return 0
}
