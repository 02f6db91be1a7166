package rule_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/supportrules/unified/contract/rule"
)

// The traceability test: the module's Go source and the registry agree.
//
//   - Every rule and decision of the registry is cited by non-test code (a
//     doc comment, catalogue data, an error message), where it is
//     implemented.
//   - Every entry that decides answers (every decision, and every rule of
//     kind Deadline, Rounding, Computation, Exclusion or Condition) is named
//     by a test: a test or row name, or a comment in a _test.go file.
//   - Every ID the code or the tests cite is in the registry.
//
// Ambiguity entries (AMB-n) need no citation: they are notes on the text,
// implemented through the decisions that settle them; when cited, they must
// exist. This package itself is not scanned: its data mentions every ID,
// and its tests name unregistered IDs on purpose.
func TestTraceability(t *testing.T) {
	root := moduleRoot(t)
	code, tests := map[rule.ID]bool{}, map[rule.ID]bool{}
	unknown := map[rule.ID]string{} // ID → first place cited
	self := filepath.Join(root, "contract", "rule")
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); path != root && (strings.HasPrefix(name, ".") || name == "testdata" || name == "vendor") || path == self {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		cited := code
		if strings.HasSuffix(path, "_test.go") {
			cited = tests
		}
		for i, line := range strings.Split(string(src), "\n") {
			for _, w := range idLike.FindAllString(line, -1) {
				id := rule.ID(w)
				switch {
				case id.IsValid():
					cited[id] = true
				case knownFamily(w):
					if _, seen := unknown[id]; !seen {
						rel, _ := filepath.Rel(root, path)
						unknown[id] = rel + ":" + itoa(i+1)
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}

	var notInCode, notInTests []rule.Record
	for e := range rule.Records() {
		if e.Type != rule.Ambiguity && !code[e.ID] {
			notInCode = append(notInCode, e)
		}
		if e.Type.Decides() && !tests[e.ID] {
			notInTests = append(notInTests, e)
		}
	}
	if len(notInCode) > 0 {
		t.Errorf("%d registered rules are cited by no non-test code; cite each where it is implemented:\n%s",
			len(notInCode), byFamily(notInCode))
	}
	if len(notInTests) > 0 {
		t.Errorf("%d rules that decide answers are named by no test; name each in the test that checks it:\n%s",
			len(notInTests), byFamily(notInTests))
	}
	if len(unknown) > 0 {
		var lines []string
		for id, at := range unknown {
			lines = append(lines, "  "+string(id)+" ("+at+")")
		}
		slices.Sort(lines)
		t.Errorf("%d IDs are cited but not in the registry; correct the citation or register the rule:\n%s",
			len(unknown), strings.Join(lines, "\n"))
	}
}

// knownFamily reports whether w, an ID-like word, belongs to a family of the
// registry or is a decision, so that a citation of it can only mean an entry
// of the registry. Other words of the form, such as "UTF-8", are not
// citations.
func knownFamily(w string) bool {
	if strings.HasPrefix(w, "D-") {
		return true
	}
	i := strings.LastIndexByte(w, '-')
	return i > 0 && families[w[:i]]
}

var families = func() map[string]bool {
	m := map[string]bool{}
	for e := range rule.Records() {
		m[e.Family] = true
	}
	return m
}()

// byFamily lists entries one family to a line, in registry order.
func byFamily(es []rule.Record) string {
	var b strings.Builder
	for i, e := range es {
		if i == 0 || es[i-1].Family != e.Family {
			if i > 0 {
				b.WriteByte('\n')
			}
			b.WriteString("  " + e.Family + ":")
		}
		b.WriteString(" " + string(e.ID))
	}
	return b.String()
}

// moduleRoot returns the directory of the module's go.mod, above the test's
// working directory.
func moduleRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the working directory")
		}
		dir = parent
	}
}
