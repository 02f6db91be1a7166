package enhanced

import (
	"errors"
	"fmt"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/rule"
)

// MaxSIPsPerPeriod is how many proactive Service Improvement Plans an AED
// customer may request in each 12-month period from the AED start.
//
// Rules AED-23, D-AED-3 (§2.4 Azure Engineering Direct).
const MaxSIPsPerPeriod = 2

// MaxMonitoringScenarios is the most monitoring scenarios AED platform
// monitoring provides.
//
// Rules AED-30, D-AED-3 (§2.4).
const MaxMonitoringScenarios = 7

// ErrSIPLimit reports a Service Improvement Plan request beyond the two of
// its 12-month period.
var ErrSIPLimit = errors.New("enhanced: Service Improvement Plan limit reached")

// ErrScenarioLimit reports more monitoring scenarios than AED provides.
var ErrScenarioLimit = errors.New("enhanced: monitoring scenario limit exceeded")

// A SIPCheck is the verdict on one Service Improvement Plan request: a
// [rule.Verdict] (Allowed when the request is within the two of its
// period), with the period and the counts that decided it.
type SIPCheck struct {
	rule.Verdict
	// Period is the 12-month period of the AED term the request falls in,
	// both ends inclusive, and Index its number (1 for the first).
	Period contract.Term `json:"period"`
	Index  int           `json:"index"`
	// Earlier is how many requests earlier in the same period count
	// against the limit; Remaining how many remain after this one (0 when
	// refused).
	Earlier   int `json:"earlier"`
	Remaining int `json:"remaining"`
}

// CheckSIPRequest checks a request for a proactive Service Improvement Plan
// made on request by an AED customer whose AED term starts on start, given
// the dates of its earlier requests (in any order; those in other periods
// and those after request are ignored, those on the same day count). At
// most two may be requested in each 12-month period from the AED start — [start, first anniversary),
// and so on, the anniversary of 29 February being 1 March in a common year (D-FLEX-2) — and unused
// ones do not carry over. It returns an error wrapping [contract.ErrInvalidTerm] for
// invalid dates or a request before start.
//
// Interpretation: D-AED-3 (AMB-24) — per 12-month period from the AED
// start, no carry-over; the cap limits requests.
//
// Rules AED-23, D-AED-3, AMB-24 (§2.4).
func CheckSIPRequest(start calendar.Date, earlier []calendar.Date, request calendar.Date) (SIPCheck, error) {
	n, p, ok := calendar.ContractYearOf(start, request)
	if !ok {
		return SIPCheck{}, fmt.Errorf("%w: SIP request %v for an AED term starting %v", contract.ErrInvalidTerm, request, start)
	}
	c := SIPCheck{Verdict: rule.Deny("AED-23", "D-AED-3"), Period: contract.TermOf(p), Index: n}
	for _, e := range earlier {
		if e.IsValid() && p.Contains(e) && !e.After(request) {
			c.Earlier++
		}
	}
	c.Allowed = c.Earlier < MaxSIPsPerPeriod
	if c.Allowed {
		c.Remaining = MaxSIPsPerPeriod - c.Earlier - 1
	}
	return c, nil
}

// CheckMonitoringScenarios reports whether scenarios mutually agreed
// monitoring scenarios may be set up for a customer with eligibility e:
// platform monitoring is an extended capability (AED-27, AED-28), and it
// provides at most seven scenarios (AED-30). It returns nil, or an error
// wrapping [contract.ErrNotExtendedCustomer], [ErrScenarioLimit] or
// [contract.ErrNegativeQuantity].
//
// Rules AED-27, AED-28, AED-30, D-AED-3 (§2.4).
func CheckMonitoringScenarios(e contract.Eligibility, scenarios int) error {
	switch {
	case scenarios < 0:
		return fmt.Errorf("%w: %d monitoring scenarios", contract.ErrNegativeQuantity, scenarios)
	case !e.Extended && scenarios > 0:
		return fmt.Errorf("%w: platform monitoring is an extended capability (AED-27)", contract.ErrNotExtendedCustomer)
	case scenarios > MaxMonitoringScenarios:
		return fmt.Errorf("%w: %d scenarios, at most %d (AED-30)", ErrScenarioLimit, scenarios, MaxMonitoringScenarios)
	}
	return nil
}
