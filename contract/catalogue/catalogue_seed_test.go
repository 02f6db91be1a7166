package catalogue_test

import (
	"os"
	"strings"
	"testing"

	"github.com/supportrules/unified/contract/catalogue"
)

// seedPath is the Korean seed, beside the repository (../../../shared/seed from this package).
const seedPath = "../../../shared/seed/unified-enterprise-support-services-description.ko.txt"

// TestKoreanNamesAreTheSeeds checks that every Korean name of the catalogue,
// table 1 and Appendix B is printed in the seed (parenthesised
// abbreviations aside), so the names are the document's, not translations
// of translations. It needs the seed file beside the repository, as the
// project's layout and CI provide.
func TestKoreanNamesAreTheSeeds(t *testing.T) {
	raw, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatalf("the seed is not beside the repository: %v", err)
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
	for a := range catalogue.Activities() {
		check(a.String(), a.KoreanName())
	}
	for c := catalogue.CategoryPlanning; c.IsValid(); c++ {
		check(c.String(), c.KoreanName())
	}
}
