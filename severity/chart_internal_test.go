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
