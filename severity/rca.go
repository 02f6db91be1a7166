package severity

import (
	"fmt"
	"time"

	"github.com/supportrules/unified/contract/rule"
)

// Rules of the verdicts, cited once; never written after initialisation.
var (
	rcaRules      = rule.Cite("RCA-2", "UER-14", "RCA-4", "RCA-3")
	redeAlways    = rule.Cite("REDE-6", "REDE-18")
	redeOnRequest = rule.Cite("REDE-7", "REDE-18")
)

// A Verdict is a yes-or-no answer with the rules that decided it.
// Verdicts are comparable with ==; the zero Verdict is "not allowed",
// citing nothing.
type Verdict struct {
	Allowed bool
	Rules   rule.Set
}

// CanRequestRCA reports whether a Root Cause Analysis requested at
// requested is allowed for an incident closed at closed (the zero time
// while it is still open): only a request made strictly before closure
// counts. An allowed RCA is still limited to specific Microsoft
// technologies, may cost extra, and needs the customer's logs, traces and
// diagnostics; under Unified Enhanced Response it is requested during the
// incident through the CSAM or an Enhanced Incident Management team member.
// It returns an error wrapping [ErrZeroTime] for a zero requested.
//
// Azure Engineering Direct's longer window (D-AED-2: closure date + 7
// calendar days) is not this rule; see the contract package.
//
// Rules RCA-1, RCA-2, RCA-3, RCA-4, UER-11, UER-12, UER-13, UER-14
// (§2.3 table 9, §2.4 table 11).
func CanRequestRCA(requested, closed time.Time) (Verdict, error) {
	if requested.IsZero() {
		return Verdict{}, fmt.Errorf("%w: RCA request", ErrZeroTime)
	}
	return Verdict{
		Allowed: closed.IsZero() || requested.Before(closed),
		Rules:   rcaRules,
	}, nil
}

// REDEEngages reports whether the customer's Reactive Enhanced Designated
// Engineering engineer takes part in an incident of level l: always for
// severity 1 and A, and for other severities only when the customer asks
// (requested). REDE never changes the response targets (REDE-18), and
// covers only incidents on the products named in the Work Order (REDE-2),
// which the caller checks. It returns an error wrapping [ErrInvalidLevel]
// for an invalid l.
//
// Rules REDE-2, REDE-6, REDE-7, REDE-18, D-SEV-3 (§2.4 table 11).
func REDEEngages(l Level, requested bool) (Verdict, error) {
	switch l {
	case Sev1, SevA:
		return Verdict{Allowed: true, Rules: redeAlways}, nil
	case SevB, SevC:
		return Verdict{Allowed: requested, Rules: redeOnRequest}, nil
	default:
		return Verdict{}, fmt.Errorf("%w: %d", ErrInvalidLevel, uint8(l))
	}
}
