package rule_test

import (
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/supportrules/unified/contract/rule"
)

// The registry was transcribed from the project's rule catalogue, RULES.md,
// which is not part of the module. Where the catalogue is at hand, its path
// in UNIFIED_RULES (CI sets it), this test checks the transcription: the
// same IDs in the same order; for each rule, the seed lines of its Lines
// column and the kind its Type column gives (the first type in the order of
// the Type documentation); for each decision, the ambiguity entries and rules
// names in its heading (settled ambiguities exactly; every rule it names,
// there or in its text, is among the rules it reads).
func TestRegistryMatchesTheCatalogue(t *testing.T) {
	path := os.Getenv("UNIFIED_RULES")
	if path == "" {
		t.Skip("UNIFIED_RULES is not set: no catalogue to compare the registry with")
	}
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("UNIFIED_RULES=%s: %v", path, err)
	}
	type want struct {
		id             rule.ID
		lines          rule.Lines
		kind           rule.Type
		settles, reads []rule.ID
	}
	var wants []want
	ruleRow := regexp.MustCompile(`^\| ([A-Z][A-Z0-9]*(?:-[A-Z][A-Z0-9]*)*-[0-9]+[a-z]?) \|([^|]*)\|`)
	decisionItem := regexp.MustCompile(`^- \*\*(D-[A-Z0-9-]+?)(?: \(([^)]*)\))?\.\*\*`)
	ambHeading := regexp.MustCompile(`^### (AMB-[0-9]+) `)
	number := regexp.MustCompile(`[0-9]+`)
	lines := strings.Split(string(src), "\n")
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
			wants = append(wants, want{id: rule.ID(m[1]), kind: rule.Ambiguity})
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
