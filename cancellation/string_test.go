package cancellation_test

import (
	"fmt"
	"testing"

	"github.com/supportrules/unified/cancellation"
	"github.com/supportrules/unified/contract/money"
)

// TestOutcomeString: %v of an Outcome names the notice, the band's rate,
// the fee, the refund and the rules (CANCEL-2, D-CANCEL).
func TestOutcomeString(t *testing.T) {
	o, err := cancellation.AssessNotice(8, money.MustParse("2500 KRW"))
	if err != nil {
		t.Fatal(err)
	}
	want := "notice 8 days, fee rate 0.5: fee 1250 KRW, refund 1250 KRW (" + o.Rules.String() + ")"
	if got := fmt.Sprint(o); got != want {
		t.Errorf("%q, want %q", got, want)
	}
}
