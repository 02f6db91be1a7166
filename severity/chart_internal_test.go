package severity

import (
	"testing"

	"github.com/supportrules/unified/contract"
)

// Every reachable target has its rules in the precomputed table, equal to
// what the slow builder gives, and no result cites more rules than a
// contract.Rules holds (so none is silently dropped).
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
					if !ok {
						continue
					}
					for _, multi := range []bool{false, true} {
						got := ch.target(l, multi).Rules
						want := rulesFor(l, ch, multi)
						if got != want || got.Len() == 0 || got.Len() >= contract.MaxRules {
							t.Errorf("%v %v azure=%t %q multi=%t: table %v, builder %v", p, l, azure, product, multi, got, want)
						}
					}
				}
			}
			r := rows[p][l]
			if r.Rules.Len() >= contract.MaxRules-3 { // DowngradeCoverage adds three
				t.Errorf("row %v %v cites %d rules, too many to extend", p, l, r.Rules.Len())
			}
		}
	}
}

// Every cited ID has the catalogue's form.
func TestCitedIDsAreWellFormed(t *testing.T) {
	check := func(where string, r contract.Rules) {
		for id := range r.All() {
			if !id.IsValid() {
				t.Errorf("%s cites %q, not a rule ID", where, id)
			}
		}
	}
	for p := range targetRules {
		for l := range targetRules[p] {
			for c := range targetRules[p][l] {
				for e := range targetRules[p][l][c] {
					for m := range targetRules[p][l][c][e] {
						check("target", targetRules[p][l][c][e][m])
					}
				}
			}
			check("row", rows[p][l].Rules)
			check("customer column", contract.Cite(customerRule[p][l]))
		}
		check("coverage", coverageRules[p])
	}
	for _, r := range []contract.Rules{rcaRules, redeAlways, redeOnRequest} {
		check("verdict", r)
	}
}
