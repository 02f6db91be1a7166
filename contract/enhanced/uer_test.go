package enhanced_test

import (
	"testing"
	"time"

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

// TestRCARequestedBeforeClosure (UER-14, RCA-2): before the incident is
// closed, not at or after it; the same instant in another zone gives the
// same answer.
func TestRCARequestedBeforeClosure(t *testing.T) {
	seoul, err := time.LoadLocation("Asia/Seoul")
	if err != nil {
		t.Fatal(err)
	}
	closed := time.Date(2026, time.March, 5, 14, 0, 0, 0, seoul)
	tests := []struct {
		requested time.Time
		want      bool
	}{
		{closed.Add(-time.Hour), true},
		{closed.Add(-time.Nanosecond), true},
		{closed, false}, // at closure: late
		{closed.Add(time.Minute), false},
		{closed.Add(-time.Hour).UTC(), true},
		{time.Time{}, false},
	}
	for _, tt := range tests {
		got, rules := enhanced.RCARequestedInTime(closed, tt.requested)
		if got != tt.want || rules.At(0) != "UER-14" {
			t.Errorf("RCARequestedInTime(%v, %v) = %v, %v; want %v", closed, tt.requested, got, rules, tt.want)
		}
	}
}
