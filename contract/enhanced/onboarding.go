package enhanced

import (
	"fmt"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/rule"
)

// OnboardingDays is the length of the UER and AED onboarding period: the
// first sixty calendar days of the add-on's term, its start date being day
// one.
//
// Rules UER-16, AED-7, AED-9, AED-32, D-AED-3 (§2.4).
const OnboardingDays = 60

// MonitorReadyDays is how many calendar days after the AED onboarding
// period ends the platform monitors must be ready for testing.
//
// Rules AED-33, D-AED-3 (§2.4).
const MonitorReadyDays = 30

// An Onboarding is the onboarding period of a UER or AED add-on and the
// dates that hang on it.
type Onboarding struct {
	// Service is the add-on onboarded: UER or AED.
	Service catalogue.ServiceID `json:"service"`
	// Period holds the sixty onboarding days, both ends inclusive.
	Period contract.Term `json:"period"`
	// MonitorsDue is the last day by which AED platform monitors must be
	// ready for testing: 30 days after the onboarding ends (day 90). It is
	// the zero Date for UER, which has no monitors.
	MonitorsDue calendar.Date `json:"monitorsDue,omitzero"`
	Rules       rule.Set      `json:"rules"`
}

// NewOnboarding returns the onboarding of service id, UER or AED, whose
// add-on term starts on start: the days start .. start+59 (the first sixty
// days of the term), during which the customer must take part in onboarding
// and AED activity is limited to onboarding and discovery; for AED, the
// monitoring scenarios are defined in it and the monitors are due 30 days
// after it ends, on start+89. It returns an error wrapping
// [catalogue.ErrUnknownService] for another service and [contract.ErrInvalidTerm] for an
// invalid start.
//
// Interpretation: D-AED-3 (AMB-10) — the 60 days count from the add-on's
// start date, which defaults to the Work Order start (see
// [OnboardingOf]); AED-8's limit applies to the proactive
// capabilities only.
//
// Rules UER-16, AED-7, AED-8, AED-9, AED-32, AED-33, D-AED-3 (§2.4).
func NewOnboarding(id catalogue.ServiceID, start calendar.Date) (Onboarding, error) {
	if !start.IsValid() {
		return Onboarding{}, fmt.Errorf("%w: onboarding start %v", contract.ErrInvalidTerm, start)
	}
	o := Onboarding{Service: id, Period: contract.Term{Start: start, End: start.AddDays(OnboardingDays - 1)}}
	switch id {
	case catalogue.UnifiedEnhancedResponse:
		o.Rules = rule.Cite("UER-16", "D-AED-3", "AMB-10")
	case catalogue.AzureEngineeringDirect:
		o.MonitorsDue = o.Period.End.AddDays(MonitorReadyDays)
		o.Rules = rule.Cite("AED-7", "AED-9", "AED-32", "AED-33", "D-AED-3", "AMB-10")
	default:
		return Onboarding{}, fmt.Errorf("%w: %v has no onboarding period (UER and AED do)", catalogue.ErrUnknownService, id)
	}
	if !o.Period.End.IsValid() || o.MonitorsDue != (calendar.Date{}) && !o.MonitorsDue.IsValid() {
		return Onboarding{}, fmt.Errorf("%w: onboarding from %v runs past the end of the calendar", contract.ErrInvalidTerm, start)
	}
	return o, nil
}

// IsOnboarding reports whether d falls within the onboarding period. For
// AED, proactive activity on such a day is limited to onboarding and
// discovery (AED-8).
//
// Rules AED-8, UER-16, D-AED-3.
func (o Onboarding) IsOnboarding(d calendar.Date) bool { return o.Period.Contains(d) }

// Onboarding returns the onboarding of the first purchase of id (UER or
// AED) in w, counted from that purchase's start date, or the Work Order
// start when it has none. It returns an error wrapping [catalogue.ErrUnknownService]
// when w does not buy id or id has no onboarding.
//
// Rules UER-16, AED-7, AED-33, D-AED-3 (§2.4).
func OnboardingOf(w contract.WorkOrder, id catalogue.ServiceID) (Onboarding, error) {
	for _, p := range w.Purchases {
		if p.Service == id {
			return NewOnboarding(id, p.Term(w.Term).Start)
		}
	}
	return Onboarding{}, fmt.Errorf("%w: the Work Order does not buy %v", catalogue.ErrUnknownService, id)
}
