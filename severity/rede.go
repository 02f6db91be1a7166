package severity

import (
	"fmt"

	"github.com/supportrules/unified/contract/rule"
)

// Rules of REDE's engagement, cited once; never written after
// initialisation.
var (
	redeAlways    = rule.Cite("REDE-6", "REDE-18")
	redeOnRequest = rule.Cite("REDE-7", "REDE-18")
)

// REDEEngages reports whether the customer's Reactive Enhanced Designated
// Engineering engineer takes part in an incident of level l: always for
// severity 1 and A, and for other severities only when the customer asks
// (requested). REDE never changes the response targets (REDE-18), and
// covers only incidents on the products named in the Work Order (REDE-2),
// which the caller checks. The answer is the module's one yes/no shape,
// [rule.Verdict]. It returns an error wrapping [ErrInvalidLevel] for an
// invalid l.
//
// Rules REDE-2, REDE-6, REDE-7, REDE-18, D-SEV-3 (§2.4 table 11).
func REDEEngages(l Level, requested bool) (rule.Verdict, error) {
	switch l {
	case Sev1, SevA:
		return rule.Verdict{Allowed: true, Rules: redeAlways}, nil
	case SevB, SevC:
		return rule.Verdict{Allowed: requested, Rules: redeOnRequest}, nil
	default:
		return rule.Verdict{}, fmt.Errorf("%w: %d", ErrInvalidLevel, uint8(l))
	}
}
