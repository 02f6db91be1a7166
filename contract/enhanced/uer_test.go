package enhanced_test

import (
	"testing"

	"github.com/supportrules/unified/contract/enhanced"
)

// TestUERBoughtForHostCoversAll (UER-23, UER-24, D-UER, AMB-11).
func TestUERBoughtForHostCoversAll(t *testing.T) {
	w := contoso()
	for _, loc := range []string{"Seoul", "Tokyo"} {
		c := enhanced.UERCoverage(w, loc)
		if !c.Covered || c.Purchase != 0 || !c.Rules.Has("UER-23") {
			t.Errorf("contract.UERCoverage(%s) = %+v", loc, c)
		}
	}
	// Bought for Tokyo only: Tokyo is covered, Seoul is not.
	w.Purchases[0].Location = "Tokyo"
	if c := enhanced.UERCoverage(w, "Tokyo"); !c.Covered || !c.Rules.Has("D-UER") {
		t.Errorf("downstream UER, Tokyo: %+v", c)
	}
	if c := enhanced.UERCoverage(w, "Seoul"); c.Covered || c.Purchase != -1 {
		t.Errorf("downstream UER, Seoul: %+v", c)
	}
	if c := enhanced.UERCoverage(w, "Osaka"); c.Covered {
		t.Errorf("unknown location covered: %+v", c)
	}
	w.Purchases = w.Purchases[1:]
	if c := enhanced.UERCoverage(w, "Seoul"); c.Covered {
		t.Errorf("no UER, covered: %+v", c)
	}
}
