package multicountry

import (
	"fmt"

	"github.com/supportrules/unified/internal/enum"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/rule"
)

// A Reach says how far a Work Order's entitlement to a service reaches a
// support location: deliverable there, only with Microsoft's agreement,
// bought but not for this location, or not bought at all. The zero Reach
// means "not set": it is not valid, it marshals to empty text and empty
// text unmarshals to it. Parsing is case-insensitive ([ParseReach]).
//
// Rules MC-5, MC-14 (§2.5).
type Reach uint8

// The reaches.
const (
	_              Reach = iota // zero: not set
	Deliverable                 // the Work Order entitles the location to the service
	NeedsAgreement              // only if Microsoft agrees: staff of a non-designated location joining a remote proactive service (MC-14)
	NotDeliverable              // the Work Order buys the service, but not for this location
	NotPurchased                // the Work Order does not buy the service at all (DOC-1, BUY-5)
)

var reaches = enum.New[Reach](ErrReach, "multicountry.Reach", "", "deliverable", "needs-agreement", "not-deliverable", "not-purchased")

// ParseReach returns the Reach named s, ignoring case; empty text gives the
// zero Reach. Other text is an error wrapping [ErrReach].
func ParseReach(s string) (Reach, error) { return reaches.Parse(s) }

// IsValid reports whether r is one of the declared reaches.
func (r Reach) IsValid() bool { return reaches.IsValid(r) }

// String returns r's name, "" for the zero Reach, or a diagnostic such as
// "multicountry.Reach(9)".
func (r Reach) String() string { return reaches.String(r) }

// AppendText implements [encoding.TextAppender] with r's name.
func (r Reach) AppendText(b []byte) ([]byte, error) { return reaches.AppendText(b, r) }

// MarshalText implements [encoding.TextMarshaler] with r's name.
func (r Reach) MarshalText() ([]byte, error) { return reaches.AppendText(nil, r) }

// UnmarshalText implements [encoding.TextUnmarshaler], as [ParseReach].
func (r *Reach) UnmarshalText(b []byte) error { return reaches.UnmarshalText(r, b) }

// A Decision answers "may this service be delivered to this location under
// this Work Order, and how, and by which rules?". Its [rule.Verdict] is the
// answer to the question asked: for [Support.Delivery], whether the
// location is entitled to the service (Reach is [Deliverable]); for
// [Support.DeliveryOnSite], whether it may be delivered on site. Reach says
// how far the entitlement reaches the location, Mode how the service is
// delivered when it is. Decisions are comparable.
//
// Rules MC-5, MC-14, TERM-1, TERM-2 (§2.5, §2.6).
type Decision struct {
	Service      catalogue.ServiceID    `json:"service"`
	Location     string                 `json:"location"`
	rule.Verdict                        // allowed, and the rules that decided it
	Reach        Reach                  `json:"reach"`
	Mode         catalogue.DeliveryMode `json:"mode,omitzero"` // how, when the service reaches the location: its default remote form (remote, online, on demand) unless agreed otherwise in writing (TERM-1, TERM-2, PRO-4)
}

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
//   - At a downstream exception (tax-exception) location, optional ("+")
//     proactive services are only those the Work Order lists for it
//     (MC-9). MC-9 governs "+" services only: Base Package (✓) services,
//     such as Webcasts and On-demand Education, follow MC-6 there as at
//     every designated location. A host, or the only location of a Work
//     Order, in an exception country keeps everything.
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
	d := s.reach(i, id, svc)
	d.Location = location
	d.Allowed = d.Reach == Deliverable
	return d, nil
}

// reach decides Delivery for the location at index i of s.
func (s *Support) reach(i int, id catalogue.ServiceID, svc catalogue.Service) Decision {
	d := Decision{Service: id}
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

	if st.Location.Exception && !st.IsHost() && proactive && !included && !here {
		// MC-9: a downstream exception location's optional ("+")
		// proactive services are those the Work Order identifies for it.
		// MC-9 speaks of the downstream contract and of "+" services only:
		// Base Package (✓) services follow MC-6 there too, and the host
		// (or the only location) keeps everything wherever it is.
		d.Reach, d.Rules = NotDeliverable, rule.Cite("MC-9", "AMB-23").Join(where)
		if !anywhere {
			d.Reach = NotPurchased
		}
		return d
	}
	switch svc.Locations() {
	case catalogue.LocationsAny: // reactive services (MC-7)
		switch {
		case included:
			d.Reach, d.Rules = Deliverable, rule.Cite("MC-7", "MC-6", "TERM-1").Join(where)
		case anywhere:
			// Bought for a location of the Work Order (MC-4, DOC-1), delivered
			// remotely to any location (MC-7). MC-13 (only where designated)
			// does not apply: MC-7 covers reactive services without distinction.
			d.Reach, d.Rules = Deliverable, rule.Cite("MC-7", "MC-4", "DOC-1").Join(where)
		default:
			d.Reach, d.Rules = NotPurchased, rule.Cite("MC-7", "BUY-5").Join(where)
		}
	case catalogue.LocationsHostCoversAll: // UER (UER-23, UER-24, D-UER)
		switch {
		case st.uer.Allowed:
			d.Reach, d.Rules = Deliverable, st.uer.Rules.With("UER-24", "MC-12")
		case anywhere:
			d.Reach, d.Rules = NotDeliverable, st.uer.Rules.With("MC-12")
		default:
			d.Reach, d.Rules = NotPurchased, st.uer.Rules.With("MC-12", "BUY-5")
		}
	case catalogue.LocationsSingle, catalogue.LocationsPurchased: // DE, EDE (one location); REDE (those bought for)
		switch {
		case here:
			d.Reach = Deliverable
		case anywhere:
			d.Reach = NotDeliverable
		default:
			d.Reach = NotPurchased
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
			d.Reach, d.Rules = Deliverable, rule.Cite("MC-6", "MC-5", "TERM-1", "AMB-46").Join(where)
		case here:
			d.Reach, d.Rules = Deliverable, where.With("TERM-2")
		case anywhere && proactive && isRemote(svc.Delivery()):
			d.Reach, d.Rules = NeedsAgreement, rule.Cite("MC-14").Join(where)
			d.Mode = catalogue.DeliveryRemote
			return d
		case anywhere:
			d.Reach, d.Rules = NotDeliverable, where
		default:
			d.Reach, d.Rules = NotPurchased, where.With("BUY-5")
		}
	default:
		// Every service of the catalogue has a location rule (tested); one
		// without is not bought anywhere this package knows of.
		d.Reach, d.Rules = NotPurchased, where.With("DOC-1")
	}
	if d.Reach == Deliverable {
		d.Mode = svc.DefaultDelivery()
	}
	return d
}

// EDEAssignment reports whether the Enhanced Designated Engineering of the
// Work Order was assigned to its location in time: a multi-country
// customer must assign EDE to a contract location before the service
// delivery plan. assigned is the date of the assignment, plan the date the
// service delivery plan was created; the assignment must come first
// (assigned < plan). The Decision names EDE's location; its Reach is
// [Deliverable] (and allowed) when the assignment was in time, [NotDeliverable] when it
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
	d := Decision{Service: catalogue.EnhancedDesignatedEngineering, Reach: NotPurchased, Verdict: rule.Deny("EDE-7", "EDE-11", "AMB-34")}
	if s == nil {
		return d, nil
	}
	set := s.bought[catalogue.EnhancedDesignatedEngineering]
	for i := range s.sites {
		if !set.has(i) {
			continue
		}
		d.Location = s.sites[i].Location.Name
		d.Reach = NotDeliverable
		if assigned.Before(plan) {
			d.Reach, d.Allowed = Deliverable, true
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

// An OnSite states a request to deliver a service at a customer site of a
// support location, and what decides it beyond the Work Order: the written
// agreement to deliver it there, and whether Microsoft offers on-site
// delivery in the location's country. OnSites are comparable.
//
// Rules PRO-4, TERM-2, DE-6, MAINT-6 (§2.3, §2.6).
type OnSite struct {
	Service  catalogue.ServiceID `json:"service"`
	Location string              `json:"location"` // a [contract.Location.Name]
	// Agreed is the date of the written agreement to deliver the service
	// on site; the zero Date means there is none.
	Agreed calendar.Date `json:"agreed,omitzero"`
	// NotOffered reports that Microsoft does not offer on-site delivery of
	// the service in the location's country (MAINT-6: the document names
	// no countries, so the caller says so).
	NotOffered bool `json:"notOffered,omitempty"`
}

// DeliveryOnSite answers whether r.Service may be delivered on site at
// r.Location. The Decision is that of [Support.Delivery] — its Reach and
// rules — with Allowed and Mode answering the on-site question:
//
//   - a service that does not reach the location is refused as Delivery
//     refuses it;
//   - a service that cannot be delivered on site at all (reactive services,
//     webcasts, on-demand education, UER) is refused with the rules of its
//     delivery modes (REACT-3, TERM-2, …);
//   - without a written agreement (zero Agreed) it is refused: services
//     are delivered remotely unless agreed otherwise in writing (PRO-4,
//     TERM-2; DE-6 for Designated Engineering); Mode stays the default;
//   - in a country where on-site delivery is not offered it is refused
//     with MAINT-6, agreement or not;
//   - otherwise it is allowed, with Mode [catalogue.DeliveryOnsite].
//
// It returns the errors of [Support.Delivery], and an error wrapping
// [ErrService] for an invalid Agreed date.
//
// Interpretation: AMB-19 — the document does not say which delivery the
// "additional charges" of PRO-4 fall on; no charge is computed here.
//
// Rules PRO-4, TERM-1, TERM-2, DE-6, MAINT-6, MC-6 (§2.3, §2.5, §2.6).
func (s *Support) DeliveryOnSite(r OnSite) (Decision, error) {
	d, err := s.Delivery(r.Service, r.Location)
	if err != nil {
		return Decision{}, err
	}
	if r.Agreed != (calendar.Date{}) && !r.Agreed.IsValid() {
		return Decision{}, fmt.Errorf("%w: on-site agreement dated %v (PRO-4)", ErrService, r.Agreed)
	}
	if !d.Allowed {
		return d, nil
	}
	svc, _ := catalogue.Lookup(r.Service) // Delivery checked it
	modes := svc.Rules(catalogue.FactDelivery)
	switch {
	case !svc.Delivery().Has(catalogue.DeliveryOnsite):
		d.Allowed, d.Rules = false, d.Rules.Join(modes).With("TERM-2")
	case r.NotOffered:
		d.Allowed, d.Rules = false, d.Rules.With("MAINT-6", "DOC-2")
	case r.Agreed == (calendar.Date{}):
		d.Allowed, d.Rules = false, d.Rules.Join(modes).With("PRO-4", "TERM-2")
	default:
		d.Rules = d.Rules.Join(modes).With("PRO-4", "TERM-2")
		d.Mode = catalogue.DeliveryOnsite
	}
	return d, nil
}
