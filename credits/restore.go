package credits

import (
	"fmt"

	"github.com/supportrules/unified/cancellation"
	"github.com/supportrules/unified/contract/rule"
)

// A Restoration is a cancellation outcome applied to a service paid with
// Proactive Credits: the credits kept as the fee and the credits restored
// to the balance. Fee + Restored is always the credits the service
// deducted. Restorations are comparable with ==.
type Restoration struct {
	Fee      int64    `json:"fee"`      // credits kept: round_half_up(deducted × FeeRate)
	Restored int64    `json:"restored"` // credits given back: deducted − Fee
	Rules    rule.Set `json:"rules"`    // the outcome's rules and D-CRED-1
}

// Restore applies o, the outcome of cancelling a service, to the deducted
// whole credits that service was redeemed for. The fee in credits is
// deducted × o.FeeRate, rounded half up to a whole credit like every other
// deduction of credits, and the rest is restored: cancelling a 7-credit
// service with 6–13 days' notice keeps round_half_up(3.5) = 4 credits and
// restores 3.
//
// It returns an error wrapping [money.ErrNegative] or [ErrOutOfRange] when
// deducted is negative or too large, and [ErrOutOfRange] when o.FeeRate is
// not a fraction in [0, 1].
//
// Interpretation: D-CANCEL (AMB-9) says the refund of a credit-funded
// service means credits restored, and leaves the base of the fee open. The
// base here is the credits actually deducted (what the customer paid for
// the service), not its unrounded value; and the fee, being a deduction of
// credits, is rounded as D-CRED-1 rounds every deduction: half up, once. So
// an odd number of credits in the 50% band rounds in Microsoft's favour by
// half a credit, exactly as a service worth x.5 credits costs x+1.
//
// Rules CANCEL-1, CANCEL-2, CANCEL-3, D-CANCEL, D-CRED-1 (§2.6, §2.3 table 8).
func Restore(o cancellation.Outcome, deducted int64) (Restoration, error) {
	if err := checkCredits("deducted", deducted); err != nil {
		return Restoration{}, err
	}
	if !o.FeeRate.IsValid() {
		return Restoration{}, fmt.Errorf("%w: fee rate %s is not one of the policy's rates (D-CANCEL)", ErrOutOfRange, o.FeeRate)
	}
	fee := o.FeeRate.FeeInCredits(deducted)
	return Restoration{Fee: fee, Restored: deducted - fee, Rules: o.Rules.With("D-CRED-1")}, nil
}
