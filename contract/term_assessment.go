package contract

import (
	"errors"
	"fmt"

	"github.com/supportrules/unified/contract/rule"
)

// The most days of paid Microsoft help with an On-demand Assessment's data:
// an onsite resource for at most two days, or a remote one for at most one.
//
// Rules MAINT-5 (§2.3 table 4).
const (
	MaxAssessmentOnsiteDays = 2
	MaxAssessmentRemoteDays = 1
)

// ErrAssessmentSupport reports On-demand Assessment support beyond what
// MAINT-5 allows.
var ErrAssessmentSupport = errors.New("contract: On-demand Assessment support not allowed")

// An AssessmentSupport is the paid help Microsoft gives with an On-demand
// Assessment's data: onsite days or remote days, never both.
type AssessmentSupport struct {
	OnsiteDays int      `json:"onsiteDays"`
	RemoteDays int      `json:"remoteDays"`
	Rules      rule.Set `json:"rules"`
}

// NewAssessmentSupport checks a request for On-demand Assessment support:
// for an additional fee, Microsoft supplies either an onsite resource for at
// most 2 days or a remote resource for at most 1 day, to help analyse the
// data and prioritise remediation. It returns an error wrapping
// [ErrAssessmentSupport] for both kinds at once or too many days, and
// [ErrNegativeQuantity] for negative days. Zero days of both is valid: no
// support requested.
//
// Interpretation: AMB-20 — the assessment itself is included (✓); only
// this support is paid.
//
// Rules MAINT-5, MAINT-6, AMB-20 (§2.3 table 4).
func NewAssessmentSupport(onsiteDays, remoteDays int) (AssessmentSupport, error) {
	switch {
	case onsiteDays < 0 || remoteDays < 0:
		return AssessmentSupport{}, fmt.Errorf("%w: %d onsite, %d remote days", ErrNegativeQuantity, onsiteDays, remoteDays)
	case onsiteDays > 0 && remoteDays > 0:
		return AssessmentSupport{}, fmt.Errorf("%w: onsite or remote, not both (MAINT-5)", ErrAssessmentSupport)
	case onsiteDays > MaxAssessmentOnsiteDays:
		return AssessmentSupport{}, fmt.Errorf("%w: %d onsite days, at most %d (MAINT-5)", ErrAssessmentSupport, onsiteDays, MaxAssessmentOnsiteDays)
	case remoteDays > MaxAssessmentRemoteDays:
		return AssessmentSupport{}, fmt.Errorf("%w: %d remote days, at most %d (MAINT-5)", ErrAssessmentSupport, remoteDays, MaxAssessmentRemoteDays)
	}
	return AssessmentSupport{OnsiteDays: onsiteDays, RemoteDays: remoteDays, Rules: rule.Cite("MAINT-5", "AMB-20")}, nil
}
