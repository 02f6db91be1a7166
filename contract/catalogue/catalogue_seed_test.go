package catalogue_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/catalogue/success"
)

// seedName is the file name of the Korean seed, the document the catalogue
// transcribes. It is not part of the module.
const seedName = "unified-enterprise-support-services-description.ko.txt"

// seedPath returns where the Korean seed is: the file named by the
// environment variable UNIFIED_SEED when it is set (CI sets it), else
// ../shared/seed/ beside the module's root when that file exists, else "".
func seedPath(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("UNIFIED_SEED"); p != "" {
		return p
	}
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
	p := filepath.Join(dir, "..", "shared", "seed", seedName)
	if _, err := os.Stat(p); err != nil {
		return ""
	}
	return p
}

// TestKoreanNamesAreTheSeeds checks that every Korean name of the catalogue,
// table 1 and Appendix B is printed in the seed (parenthesised
// abbreviations aside), so the names are the document's, not translations
// of translations. The seed is not part of the module: the test runs where
// UNIFIED_SEED names it or it lies in ../shared/seed beside the module, and
// skips elsewhere. CI sets UNIFIED_SEED, so there it always runs.
func TestKoreanNamesAreTheSeeds(t *testing.T) {
	path := seedPath(t)
	if path == "" {
		t.Skip("the Korean seed is not here: set UNIFIED_SEED to its path, or put it in ../shared/seed/" + seedName + " beside the module, to check the Korean names")
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("the seed named by UNIFIED_SEED cannot be read: %v", err)
	}
	seed := strings.Join(strings.Fields(string(raw)), " ")
	check := func(what, name string) {
		n := name
		if i := strings.IndexByte(n, '('); i > 0 && !strings.Contains(seed, n) {
			n = strings.TrimSpace(n[:i])
		}
		if !strings.Contains(seed, n) {
			t.Errorf("%s: Korean name %q is not in the seed", what, name)
		}
	}
	for s := range catalogue.All() {
		check(s.ID().String(), s.KoreanName())
	}
	for p := range catalogue.Packages() {
		check(p.String(), p.KoreanName())
	}
	for a := range success.Activities() {
		check(a.String(), a.KoreanName())
	}
	for c := catalogue.CategoryPlanning; c.IsValid(); c++ {
		check(c.String(), c.KoreanName())
	}
}
