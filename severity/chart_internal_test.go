package severity

import (
	"testing"

	"github.com/supportrules/unified/contract/rule"
)

// The fast path (columnOf and the precomputed targets) agrees with the
// slow, literal reading of the charts (evaluate and rulesFor) for every
// chart, level and product, and no result cites more rules than a
// rule.Set holds (so none is silently dropped).
func TestPrecomputedRulesCoverEveryReachableTarget(t *testing.T) {
	products := []string{"", "Azure Virtual Machines"}
	for p := Standard; p <= EventManagement; p++ {
		for _, x := range exclusionList(p) {
			products = append(products, x.English, x.Korean)
		}
	}
	for p := Standard; p <= EventManagement; p++ {
		for l := Sev1; l <= SevC; l++ {
			for _, azure := range []bool{false, true} {
				for _, product := range products {
					ch, ok := evaluate(p, l, azure, &productLists{product: product})
					c := columnOf(p, l, azure, &productLists{product: product})
					if ok != (c != colNone) {
						t.Fatalf("%v %v azure=%t %q: evaluate covers %t, columnOf %v", p, l, azure, product, ok, c)
					}
					if !ok {
						continue
					}
					for m, multi := range []bool{false, true} {
						got := targets[p][l][c][m]
						want := ch.target(l, multi)
						if got != want || got.Rules.Len() == 0 {
							t.Errorf("%v %v azure=%t %q multi=%t: table %v, slow reading %v", p, l, azure, product, multi, got, want)
						}
					}
				}
			}
		}
	}
}

// Every cited ID has the catalogue's form.
func TestCitedIDsAreWellFormed(t *testing.T) {
	check := func(where string, r rule.Set) {
		for id := range r.All() {
			if !id.IsValid() {
				t.Errorf("%s cites %q, not a rule ID", where, id)
			}
		}
	}
	for p := range targets {
		for l := range targets[p] {
			for c := range targets[p][l] {
				for m := range targets[p][l][c] {
					check("target", targets[p][l][c][m].Rules)
				}
			}
			check("row", rows[p][l].Rules)
			check("customer column", rule.Cite(customerRule[p][l]))
		}
		check("coverage", coverageRules[p])
	}
	for _, r := range []rule.Set{redeAlways, redeOnRequest} {
		check("verdict", r)
	}
}

// Every printed exclusion name is shorter than maxNameRunes, so the index
// by rune count holds them all, and each is found by its own name.
// Rules D-SEV-4, SEV-STD-18, SEV-UER-12, RR-7.
func TestEveryPrintedNameIsIndexed(t *testing.T) {
	for p := Standard; p <= EventManagement; p++ {
		for _, x := range exclusionList(p) {
			for _, name := range []string{x.English, x.Korean} {
				if exclusionMask(name)&(1<<p) == 0 {
					t.Errorf("%q of the %v list is not found", name, p)
				}
			}
		}
	}
}
