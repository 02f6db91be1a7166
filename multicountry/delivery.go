package multicountry

import (
	"fmt"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/rule"
)

// A Verdict says whether a service may be delivered to a support location.
// The zero Verdict is not valid. Verdicts are comparable; their text form is
// the lower-case name, such as "deliverable".
//
// Rules MC-5, MC-14 (§2.5).
type Verdict uint8

// The verdicts.
const (
	_              Verdict = iota // zero is deliberately invalid: every question has an answer
	Deliverable                   // the Work Order entitles the location to the service
	NeedsAgreement                // only if Microsoft agrees: staff of a non-designated location joining a remote proactive service (MC-14)
	NotDeliverable                // the Work Order buys the service, but not for this location
	NotPurchased                  // the Work Order does not buy the service at all (DOC-1, BUY-5)
)

var verdictNames = [...]string{"", "deliverable", "needs-agreement", "not-deliverable", "not-purchased"}

// ParseVerdict returns the Verdict named s, or an error wrapping
// [ErrVerdict].
func ParseVerdict(s string) (Verdict, error) {
	for v := Deliverable; v <= NotPurchased; v++ {
		if verdictNames[v] == s {
			return v, nil
		}
	}
	return 0, fmt.Errorf("%w: %q", ErrVerdict, s)
}

// IsValid reports whether v is one of the declared verdicts.
func (v Verdict) IsValid() bool { return Deliverable <= v && v <= NotPurchased }

// String returns v's name, or a diagnostic such as "multicountry.Verdict(9)".
func (v Verdict) String() string {
	if v.IsValid() {
		return verdictNames[v]
	}
	return fmt.Sprintf("multicountry.Verdict(%d)", uint8(v))
}

// MarshalText implements [encoding.TextMarshaler]. The zero Verdict encodes
// as empty text; other invalid values are an error wrapping [ErrVerdict].
func (v Verdict) MarshalText() ([]byte, error) {
	if v == 0 {
		return []byte{}, nil
	}
	if !v.IsValid() {
		return nil, fmt.Errorf("%w: %d", ErrVerdict, uint8(v))
	}
	return []byte(verdictNames[v]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]; empty text gives the
// zero Verdict.
func (v *Verdict) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*v = 0
		return nil
	}
	p, err := ParseVerdict(string(b))
	if err != nil {
		return err
	}
	*v = p
	return nil
}

// A Decision answers "may this service be delivered to this location under
// this Work Order, and by which rule?". Decisions are comparable.
//
// Rules MC-5, MC-14, TERM-1, TERM-2 (§2.5, §2.6).
type Decision struct {
	Service  catalogue.ServiceID    `json:"service"`
	Location string                 `json:"location"`
	Verdict  Verdict                `json:"verdict"`
	Mode     catalogue.DeliveryMode `json:"mode,omitzero"` // how, when the verdict is not a refusal: the service's default remote form (remote, online, on demand) unless stated otherwise in writing (TERM-1, TERM-2)
	Rules    rule.Set               `json:"rules"`         // the rules that decided it
}

// IsAllowed reports whether d lets the service be delivered without
// anyone's further agreement.
func (d Decision) IsAllowed() bool { return d.Verdict == Deliverable }

// Delivery reports whether service id may be delivered to the support
// location named location under the Work Order, and by which rules:
//
//   - Base Package services (✓) go to every location designated in the
//     Work Order, as the host assigns them, remotely to where the
//     designated support contacts are (MC-5, MC-6, TERM-1).
//   - Reactive services are delivered remotely to any location, host or
//     not (MC-7); a purchased ("+") one, such as additional Support
//     Assistance hours, once bought for any location.
//   - Purchased proactive services, STA, Root Cause Analysis and other
//     purchased services go to the locations they were bought for (MC-8,
//     MC-10, MC-11, MC-13). Staff of another location may join one that is
//     delivered remotely only if Microsoft agrees ([NeedsAgreement], MC-14).
//   - Enhanced solutions go to the host or downstream location they were
//     bought for (MC-12); REDE to each location it was bought for
//     (REDE-16); DE and EDE to their single location (DE-5, EDE-11,
//     EDE-7).
//   - Unified Enhanced Response bought for the host covers every location,
//     delivered remotely (UER-23, UER-24, D-UER); bought for a downstream
//     location only, it covers that location.
//   - At a downstream exception (tax-exception) location, proactive
//     services are only those the Work Order lists for it (MC-9), Base
//     Package ones included. MC-9 is about the downstream contract: a host,
//     or the only location of a Work Order, in an exception country keeps
//     its Base Package.
//
// Parts of a service (a UER component, an AED capability) go where the
// service was bought. Delivery returns an error wrapping
// [ErrUnknownLocation] for a location the Work Order does not list and
// [ErrService] for an invalid service. It does not allocate.
//
// Interpretation: AMB-46 — TERM-1 is the default, MC-6 governs multi-country
// contracts; AMB-30 — Root Cause Analysis follows MC-11; AMB-34 — DE and
// EDE have one location, REDE one or more; D-UER (AMB-11); AMB-23 —
// "tax-exception locations" are the exception countries.
//
// Rules MC-5, MC-6, MC-7, MC-8, MC-9, MC-10, MC-11, MC-12, MC-13, MC-14,
// TERM-1, TERM-2, UER-23, UER-24, D-UER, DE-5, EDE-7, EDE-11, REDE-16 (§2.4, §2.5, §2.6).
func (s *Support) Delivery(id catalogue.ServiceID, location string) (Decision, error) {
	i, err := s.lookup(location)
	if err != nil {
		return Decision{}, err
	}
	svc, ok := catalogue.Lookup(id)
	if !ok {
		return Decision{}, fmt.Errorf("%w: %v (DOC-1)", ErrService, id)
	}
	d := Decision{Service: id, Location: location}
	st := &s.sites[i]
	bought := s.bought[id]
	if p, ok := svc.Parent(); ok {
		bought = bought.union(s.bought[p])
	}
	here := bought.has(i)
	anywhere := !bought.isEmpty()
	included := svc.PurchaseMarking() == catalogue.MarkingIncluded
	proactive := svc.Kind() == catalogue.KindProactive
	where := svc.Rules(catalogue.FactLocations)

	if st.terms.Exception && !st.terms.Host && proactive && !here {
		// MC-9: a downstream exception location's proactive services are
		// those the Work Order identifies for it. MC-9 speaks of the
		// downstream contract: the host (or the only location) keeps its
		// Base Package wherever it is.
		d.Verdict, d.Rules = NotDeliverable, rule.Cite("MC-9", "AMB-23").Join(where)
		if !included && !anywhere {
			d.Verdict = NotPurchased
		}
		return d, nil
	}
	switch svc.Locations() {
	case catalogue.LocationsAny: // reactive services (MC-7)
		switch {
		case included:
			d.Verdict, d.Rules = Deliverable, rule.Cite("MC-7", "MC-6", "TERM-1").Join(where)
		case anywhere:
			// Bought for a location of the Work Order (MC-4, DOC-1), delivered
			// remotely to any location (MC-7). MC-13 (only where designated)
			// does not apply: MC-7 covers reactive services without distinction.
			d.Verdict, d.Rules = Deliverable, rule.Cite("MC-7", "MC-4", "DOC-1").Join(where)
		default:
			d.Verdict, d.Rules = NotPurchased, rule.Cite("MC-7", "BUY-5").Join(where)
		}
	case catalogue.LocationsHostCoversAll: // UER (UER-23, UER-24, D-UER)
		switch {
		case st.uer.Covered:
			d.Verdict, d.Rules = Deliverable, st.uer.Rules.With("UER-24", "MC-12")
		case anywhere:
			d.Verdict, d.Rules = NotDeliverable, st.uer.Rules.With("MC-12")
		default:
			d.Verdict, d.Rules = NotPurchased, st.uer.Rules.With("MC-12", "BUY-5")
		}
	case catalogue.LocationsSingle, catalogue.LocationsPurchased: // DE, EDE (one location); REDE (those bought for)
		switch {
		case here:
			d.Verdict = Deliverable
		case anywhere:
			d.Verdict = NotDeliverable
		default:
			d.Verdict = NotPurchased
		}
		if svc.Kind() == catalogue.KindEnhancedSolution {
			d.Rules = where.With("MC-12") // EDE, REDE: enhanced solutions, host or downstream
		} else {
			d.Rules = where.With("MC-8", "MC-13") // DE: a purchased proactive service
		}
	case catalogue.LocationsDesignated:
		switch {
		case included:
			// MC-6: to the designated locations, as the host assigns them;
			// MC-5: the host Work Order's services reach the locations it
			// designates.
			d.Verdict, d.Rules = Deliverable, rule.Cite("MC-6", "MC-5", "TERM-1", "AMB-46").Join(where)
		case here:
			d.Verdict, d.Rules = Deliverable, where.With("TERM-2")
		case anywhere && proactive && isRemote(svc.Delivery()):
			d.Verdict, d.Rules = NeedsAgreement, rule.Cite("MC-14").Join(where)
			d.Mode = catalogue.DeliveryRemote
			return d, nil
		case anywhere:
			d.Verdict, d.Rules = NotDeliverable, where
		default:
			d.Verdict, d.Rules = NotPurchased, where.With("BUY-5")
		}
	default:
		return Decision{}, fmt.Errorf("multicountry: internal error: %v has no location rule (%v)", id, svc.Locations())
	}
	if d.Verdict == Deliverable {
		d.Mode = svc.DefaultDelivery()
	}
	return d, nil
}

// EDEAssignment reports whether the Enhanced Designated Engineering of the
// Work Order was assigned to its location in time: a multi-country
// customer must assign EDE to a contract location before the service
// delivery plan. assigned is the date of the assignment, plan the date the
// service delivery plan was created; the assignment must come first
// (assigned < plan). The Decision names EDE's location; its verdict is
// [Deliverable] when the assignment was in time, [NotDeliverable] when it
// was not, and [NotPurchased] without EDE. Invalid dates are an error
// wrapping [ErrService].
//
// Interpretation: AMB-34 — "before the service delivery plan" means before
// the plan is created.
//
// Rules EDE-7, EDE-11, AMB-34 (§2.4 table 11).
func (s *Support) EDEAssignment(assigned, plan calendar.Date) (Decision, error) {
	if !assigned.IsValid() || !plan.IsValid() {
		return Decision{}, fmt.Errorf("%w: EDE assigned %v, service delivery plan %v: invalid date (EDE-7)", ErrService, assigned, plan)
	}
	d := Decision{Service: catalogue.EnhancedDesignatedEngineering, Verdict: NotPurchased, Rules: rule.Cite("EDE-7", "EDE-11", "AMB-34")}
	if s == nil {
		return d, nil
	}
	set := s.bought[catalogue.EnhancedDesignatedEngineering]
	for i := range s.sites {
		if !set.has(i) {
			continue
		}
		d.Location = s.sites[i].terms.Name
		d.Verdict = NotDeliverable
		if assigned.Before(plan) {
			d.Verdict = Deliverable
			if svc, ok := catalogue.Lookup(catalogue.EnhancedDesignatedEngineering); ok {
				d.Mode = svc.DefaultDelivery()
			}
		}
		break
	}
	return d, nil
}

// isRemote reports whether a service delivered in one of modes can be
// joined from elsewhere: remotely, in a live online session or on demand.
func isRemote(modes catalogue.DeliveryModes) bool {
	return modes.Has(catalogue.DeliveryRemote) || modes.Has(catalogue.DeliveryOnline) || modes.Has(catalogue.DeliveryOnDemand)
}
