package catalogue_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/catalogue/success"
	"github.com/supportrules/unified/contract/rule"
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
// table 1 and Appendix B is printed in the seed exactly, parenthesised
// English and abbreviations included (issue 16 defect 5: POP, MAINT-10, seed
// line 280), so the names are the document's, not translations of
// translations. TestSeedStructure_… check where the names are printed. The seed is not part of the module: the test runs where
// UNIFIED_SEED names it or it lies in ../shared/seed beside the module, and
// skips elsewhere. CI sets UNIFIED_SEED, so there it always runs.
func TestKoreanNamesAreTheSeeds(t *testing.T) {
	seed := seedText(t)
	check := func(what, name string) {
		if name == "" || !strings.Contains(seed, name) {
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

// seedText returns the Korean seed with every run of white space reduced to
// one space, or skips t where the seed is not at hand (see seedPath).
func seedText(t *testing.T) string {
	t.Helper()
	path := seedPath(t)
	if path == "" {
		t.Skip("the Korean seed is not here: set UNIFIED_SEED to its path, or put it in ../shared/seed/" + seedName + " beside the module, to check the Korean names")
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("the seed named by UNIFIED_SEED cannot be read: %v", err)
	}
	return strings.Join(strings.Fields(string(raw)), " ")
}

// item returns where the seed prints name as the name of a bulleted item:
// after the bullet ("•" for a service, "o" for a part of one), followed by
// the ":" or "." that ends an item's name, searching from offset from; or
// -1.
func item(seed, bullet, name string, from int) int {
	for _, end := range []string{":", "."} {
		if i := strings.Index(seed[from:], bullet+" "+name+end); i >= 0 {
			return from + i
		}
		if i := strings.Index(seed[from:], bullet+" "+name+" "+end); i >= 0 {
			return from + i
		}
	}
	return -1
}

// Rules CAT-1..CAT-10, OPT-2, UER-7, AED-15, AED-22, AED-27 (defect 1 of
// issue 16, seed lines 1485-1728): the Korean names are the seed's items,
// not only words that occur somewhere in it. Every part of a service
// (Developer Services' sub-services, UER's Enhanced Incident Management,
// AED's capabilities) is printed as an "o" item under its service, in
// catalogue order; and each AED capability is an item under the group
// heading that its first constraint names, never the heading itself.
func TestSeedStructure_AED15_AED22_AED27(t *testing.T) {
	seed := seedText(t)
	last := map[catalogue.ServiceID]int{} // where the previous part of each parent was printed
	for s := range catalogue.All() {
		p, ok := s.Parent()
		if !ok {
			continue
		}
		at := item(seed, "o", s.KoreanName(), last[p])
		if at < 0 {
			t.Errorf("%v: %q is not an item (\"o %s:\" or \".\") of the seed after its previous sibling", s.ID(), s.KoreanName(), s.KoreanName())
			continue
		}
		last[p] = at
	}

	// AED: the three group headings, in document order, and the capabilities
	// printed under each (seed lines 1489, 1558, 1629).
	groups := []struct {
		heading string // as printed, before its ":"
		rule    rule.ID
		caps    []catalogue.ServiceID
	}{
		{"직접 엔지니어링 인터페이스", "AED-15", []catalogue.ServiceID{
			catalogue.AEDEngineeringInterface, catalogue.AEDCrisisManagement, catalogue.AEDProblemManagement}},
		{"비즈니스 성과 가속화", "AED-22", []catalogue.ServiceID{
			catalogue.AEDServiceImprovementPlans, catalogue.AEDCriticalProjectSupport, catalogue.AEDInsights, catalogue.AEDAdvisoryFeedback}},
		{"확장 기능", "AED-27", []catalogue.ServiceID{
			catalogue.AEDPlatformMonitoring, catalogue.AEDOutageHandling, catalogue.AEDKnowMe}},
	}
	section := strings.Index(seed, "모든 AED 고객에게 제공되는 기능")
	if section < 0 {
		t.Fatal("the seed has no list of AED capabilities")
	}
	var starts []int
	for _, g := range groups {
		i := strings.Index(seed[section:], g.heading+":")
		if i < 0 {
			t.Fatalf("the AED group heading %q is not in the seed", g.heading)
		}
		starts = append(starts, section+i)
	}
	end := strings.Index(seed[section:], "전제 조건 및 가정") // the section after the capabilities
	if end < 0 {
		t.Fatal("the seed has no section after the AED capabilities")
	}
	starts = append(starts, section+end)
	if !slices.IsSorted(starts) {
		t.Fatalf("the AED group headings are not in document order: %v", starts)
	}
	var n int
	for gi, g := range groups {
		for _, id := range g.caps {
			n++
			s, _ := catalogue.Lookup(id)
			if s.KoreanName() == g.heading {
				t.Errorf("%v is named after its group heading %q", id, g.heading)
			}
			at := item(seed, "o", s.KoreanName(), starts[gi])
			if at < 0 || at > starts[gi+1] {
				t.Errorf("%v: %q is not an item under the heading %q", id, s.KoreanName(), g.heading)
			}
			cs := s.Constraints()
			if len(cs) == 0 || !strings.Contains(cs[0].Text, "("+g.heading+")") || !cs[0].Rules.Has(g.rule) {
				t.Errorf("%v: first constraint %v does not name its group %q (%s)", id, cs, g.heading, g.rule)
			}
		}
	}
	aed, _ := catalogue.Lookup(catalogue.AzureEngineeringDirect)
	if len(aed.Parts()) != n {
		t.Errorf("AED has %d capabilities, the groups above %d", len(aed.Parts()), n)
	}
}

// Rules SMB-4, SMB-5, SMB-6 (Appendix B, seed lines 2617-2790): each
// Success Management activity is printed in its axis's part of the table,
// after the axis heading and before the next.
func TestSeedStructure_SMB4_SMB5_SMB6(t *testing.T) {
	seed := seedText(t)
	appendix := strings.Index(seed, "부록 B: 성공 관리 서비스")
	if appendix < 0 {
		t.Fatal("the seed has no Appendix B")
	}
	head := func(a success.Axis) int {
		i := strings.Index(seed[appendix:], a.KoreanName()+":")
		if i < 0 {
			t.Fatalf("axis heading %q is not in Appendix B", a.KoreanName())
		}
		return appendix + i
	}
	for a := range success.Activities() {
		from := head(a.Axis())
		to := len(seed)
		if next := a.Axis() + 1; next.IsValid() {
			to = head(next)
		}
		if i := strings.Index(seed[from:to], a.KoreanName()); i < 0 {
			t.Errorf("%v: %q is not under the axis %q", a, a.KoreanName(), a.Axis().KoreanName())
		}
	}
}
