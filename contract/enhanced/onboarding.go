package enhanced

import (
	"fmt"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/rule"
	"github.com/supportrules/unified/internal/enum"
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

// An AEDActivity is the kind of work the AED team does for a customer on a
// day, as AED-8 sorts it: onboarding and discovery are what the first sixty
// days are for; proactive work (Service Improvement Plans, critical project
// support, insights, advisory feedback, platform monitoring) is not done
// in them; reactive work (crisis management escalation, problem
// management, outage handling) is not limited by AED-8 (D-AED-3, reading
// (a) of AMB-10).
//
// The zero AEDActivity is not stated: it is not valid, its text is empty
// (and empty text reads back as it). Activities are comparable; their text
// forms are "onboarding", "discovery", "proactive" and "reactive".
//
// Rules AED-8, D-AED-3, AMB-10 (§2.4).
type AEDActivity uint8

// The kinds of AED activity.
const (
	ActivityUnstated   AEDActivity = iota // not stated
	ActivityOnboarding                    // onboarding the Registered Subscriptions (AED-7)
	ActivityDiscovery                     // learning the customer's business and technical needs (AED-8)
	ActivityProactive                     // a proactive capability
	ActivityReactive                      // a reactive capability
)

var activities = enum.New[AEDActivity](contract.ErrInvalidEnum, "AED activity", "", "onboarding", "discovery", "proactive", "reactive")

// ParseAEDActivity returns the AEDActivity named s (case-insensitive), or
// an error wrapping [contract.ErrInvalidEnum]. Empty text gives
// [ActivityUnstated].
func ParseAEDActivity(s string) (AEDActivity, error) { return activities.Parse(s) }

// IsValid reports whether a is a stated activity.
func (a AEDActivity) IsValid() bool { return activities.IsValid(a) }

// String returns a's name, "" for [ActivityUnstated], or a diagnostic such
// as "AED activity(9)".
func (a AEDActivity) String() string { return activities.String(a) }

// AppendText appends a's name to b; an AEDActivity out of range is an error
// wrapping [contract.ErrInvalidEnum].
func (a AEDActivity) AppendText(b []byte) ([]byte, error) { return activities.AppendText(b, a) }

// MarshalText implements [encoding.TextMarshaler], as AppendText.
func (a AEDActivity) MarshalText() ([]byte, error) { return activities.AppendText(nil, a) }

// UnmarshalText implements [encoding.TextUnmarshaler], as
// [ParseAEDActivity].
func (a *AEDActivity) UnmarshalText(b []byte) error { return activities.UnmarshalText(a, b) }

// CheckActivity reports whether AED activity of kind a on day on is within
// what AED-8 allows: in the first sixty days (o's period), activity is
// limited to onboarding and discovery, so proactive work on such a day is
// refused (reported), citing AED-8; onboarding, discovery and reactive
// work are allowed on any day, and so is proactive work after the
// onboarding period. It returns an error wrapping
// [catalogue.ErrUnknownService] when o is not AED's onboarding (UER's has
// no such limit), [contract.ErrInvalidEnum] when a is not a stated
// activity, and [contract.ErrInvalidTerm] when on is not a valid date.
//
// Interpretation: D-AED-3 (AMB-10) — the sixty days count from the AED
// start; reading (a): the limit is on the proactive capabilities, not on
// crisis management or the other reactive ones.
//
// Rules AED-8, D-AED-3, AMB-10 (§2.4).
func (o Onboarding) CheckActivity(a AEDActivity, on calendar.Date) (rule.Verdict, error) {
	switch {
	case o.Service != catalogue.AzureEngineeringDirect:
		return rule.Verdict{}, fmt.Errorf("%w: %v has no activity limit in its onboarding (AED-8 is AED's)", catalogue.ErrUnknownService, o.Service)
	case !a.IsValid():
		return rule.Verdict{}, fmt.Errorf("%w: AED activity %q", contract.ErrInvalidEnum, a)
	case !on.IsValid():
		return rule.Verdict{}, fmt.Errorf("%w: AED activity on %v", contract.ErrInvalidTerm, on)
	}
	if a == ActivityProactive && o.IsOnboarding(on) {
		return rule.Deny("AED-8", "D-AED-3", "AMB-10"), nil
	}
	return rule.Allow("AED-8", "D-AED-3", "AMB-10"), nil
}
