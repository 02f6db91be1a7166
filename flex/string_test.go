package flex_test

import (
	"fmt"
	"testing"

	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/flex"
)

// TestStringsShowEveryFigure: %v of an Allocation or a Request reads as a
// sentence with every amount and the rules, not as the struct's insides
// (FLEX-1, FLEX-2, FLEX-7).
func TestStringsShowEveryFigure(t *testing.T) {
	a, err := flex.Allocate(money.MustParse("300000 USD"), []flex.Request{
		{Use: flex.EnhancedSolutions, Amount: money.MustParse("150000 USD"), Service: "unified-enhanced-response"},
		{Use: flex.ProactiveCredits, Amount: money.MustParse("50000 USD")},
	})
	if err != nil {
		t.Fatal(err)
	}
	want := "allowance 300000.00 USD: allocated 200000.00 USD in 2 requests, forfeited 100000.00 USD; to credits 50000.00 USD of a 60000.00 USD cap (" + a.Rules.String() + ")"
	if got := fmt.Sprint(a); got != want {
		t.Errorf("Allocation: %q, want %q", got, want)
	}
	for _, tt := range []struct {
		r    flex.Request
		want string
	}{
		{a.Granted[0], "enhanced-solutions: 150000.00 USD (unified-enhanced-response)"},
		{a.Granted[1], "proactive-credits: 50000.00 USD"},
	} {
		if got := fmt.Sprint(tt.r); got != tt.want {
			t.Errorf("Request: %q, want %q", got, tt.want)
		}
	}
}
