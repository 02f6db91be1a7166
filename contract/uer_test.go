package contract_test

import "testing"

// TestUERBoughtForHostCoversAll (UER-23, UER-24, D-UER, AMB-11).
func TestUERBoughtForHostCoversAll(t *testing.T) {
	w := contoso()
	for _, loc := range []string{"Seoul", "Tokyo"} {
		c := w.UERCoverage(loc)
		if !c.Covered || c.Purchase != 0 || !c.Rules.Has("UER-23") {
			t.Errorf("UERCoverage(%s) = %+v", loc, c)
		}
	}
	// Bought for Tokyo only: Tokyo is covered, Seoul is not.
	w.Purchases[0].Location = "Tokyo"
	if c := w.UERCoverage("Tokyo"); !c.Covered || !c.Rules.Has("D-UER") {
		t.Errorf("downstream UER, Tokyo: %+v", c)
	}
	if c := w.UERCoverage("Seoul"); c.Covered || c.Purchase != -1 {
		t.Errorf("downstream UER, Seoul: %+v", c)
	}
	if c := w.UERCoverage("Osaka"); c.Covered {
		t.Errorf("unknown location covered: %+v", c)
	}
	w.Purchases = w.Purchases[1:]
	if c := w.UERCoverage("Seoul"); c.Covered {
		t.Errorf("no UER, covered: %+v", c)
	}
}
