package multicountry

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/enhanced"
	"golang.org/x/text/currency"
)

// Support is the multi-country support of one Work Order (다국적 지원,
// §2.5): its host and downstream locations, each with its country, role,
// currency and business calendar, and what was bought for each. It answers
// where a service may be delivered ([Support.Delivery],
// [Support.DeliveryOnSite]), exchanges Proactive Credits between locations
// ([Support.Exchange]) and names the calendar that governs a deadline
// ([Support.GoverningCalendar]).
//
// Build a Support with [New]. A Support is immutable and safe for
// concurrent use. The zero Support and a nil *Support have no locations:
// the methods that take a location name report [ErrUnknownLocation],
// [Support.GoverningCalendar] reports [ErrUnknownContact],
// [Support.EDEAssignment] answers [NotPurchased], and the others return
// zero values.
//
// Rules BUY-9, MC-1, MC-2, MC-3, MC-4, MC-5 (§2.1, §2.5).
type Support struct {
	wo     contract.WorkOrder
	sites  []site         // in the order of wo.Locations
	index  map[string]int // location name → index in sites
	host   int
	bought [catalogue.NumServiceIDs + 1]locSet // locations each service was bought for
}

// site is one location of a Support.
type site struct {
	Site
	unit currency.Unit
	uer  enhanced.LocationCover // UER coverage of the location (D-UER)
}

// maxLocations is the capacity of a locSet. Countries are unique within a
// Work Order and ISO 3166-1 assigns 249, so no valid Work Order reaches it.
const maxLocations = 256

// locSet is a set of location indices.
type locSet [maxLocations / 64]uint64

func (s *locSet) add(i int)     { s[i/64] |= 1 << (i % 64) }
func (s locSet) has(i int) bool { return s[i/64]&(1<<(i%64)) != 0 }
func (s locSet) isEmpty() bool  { return s == locSet{} }
func (s locSet) union(t locSet) locSet {
	for i := range s {
		s[i] |= t[i]
	}
	return s
}

// New returns the multi-country support of wo. calendars gives the
// business calendar of some or all of its locations, by
// [contract.Location.Name]; a location without one keeps the default of
// D-CAL in its time zone (Monday to Friday, [09:00, 17:30), no holidays).
// Nothing about billing is needed: credit prices are given to
// [Support.Exchange], contacts only to [Support.GoverningCalendar].
//
// New reports every problem at once (joined with [errors.Join]):
//   - wo must be valid ([contract.WorkOrder.Validate]; its errors are
//     wrapped as they are) except for its contacts, which SLA work on
//     locations does not need: this gives unique location names, valid
//     countries, currencies and time zones, and exactly one host when wo
//     specifies multi-country support (MC-2, BUY-9);
//   - a host: the location with the host role, or the only location of a
//     single-location Work Order ([ErrHost]);
//   - countries unique within the Work Order ([ErrDuplicateLocation]);
//   - calendars only for listed locations ([ErrUnknownLocation]), each in
//     its location's time zone, compared by behaviour: the same UTC
//     offset at every instant, so FixedZone("Asia/Seoul", 0) is refused
//     for Seoul ([ErrCalendar]).
//
// New copies what it keeps: changing wo or calendars afterwards does not
// change the Support.
//
// Interpretation: D-CAL (AMB-18) — each location has its own business
// calendar.
//
// Rules BUY-9, MC-1, MC-2, MC-3, MC-4, D-CAL (§2.1, §2.5).
func New(wo contract.WorkOrder, calendars map[string]*calendar.Calendar) (*Support, error) {
	var errs []error
	for _, v := range wo.Violations() {
		if v.Grade == contract.GradeError && !strings.HasPrefix(v.Field, "contacts") {
			errs = append(errs, fmt.Errorf("multicountry: invalid Work Order: %w", v))
		}
	}
	hostLoc, ok := wo.Host()
	if !ok {
		errs = append(errs, fmt.Errorf("%w: the Work Order needs exactly one host location (MC-2, MC-3)", ErrHost))
	}
	names := make(map[string]bool, len(wo.Locations))
	for _, l := range wo.Locations {
		if names[l.Name] {
			errs = append(errs, fmt.Errorf("%w: two locations named %q (MC-1)", ErrDuplicateLocation, l.Name))
		}
		names[l.Name] = true
	}
	if len(wo.Locations) > maxLocations {
		errs = append(errs, fmt.Errorf("%w: %d locations, more than there are countries", ErrDuplicateLocation, len(wo.Locations)))
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	wo.Locations = slices.Clone(wo.Locations)
	wo.Purchases = slices.Clone(wo.Purchases)
	wo.Contacts = slices.Clone(wo.Contacts)

	for _, name := range slices.Sorted(maps.Keys(calendars)) {
		if !names[name] {
			errs = append(errs, fmt.Errorf("%w: a calendar for %q (MC-4)", ErrUnknownLocation, name))
		}
	}
	s := &Support{wo: wo, index: make(map[string]int, len(wo.Locations))}
	countries := make(map[string]string, len(wo.Locations))
	for i, cl := range wo.Locations {
		s.index[cl.Name] = i
		if cl.Name == hostLoc.Name { // there is a host: see above
			s.host = i
			cl.Role = contract.Host // the only location of a single-location Work Order
		}
		if other, dup := countries[cl.Country]; dup {
			errs = append(errs, fmt.Errorf("%w: %q and %q are both in %s (MC-1)", ErrDuplicateLocation, other, cl.Name, cl.Country))
		}
		countries[cl.Country] = cl.Name
		cal, err := siteCalendar(cl, calendars[cl.Name])
		if err != nil {
			errs = append(errs, err)
		}
		unit := cl.Currency // checked by wo's violations
		s.sites = append(s.sites, site{Site: Site{Location: cl, Calendar: cal}, unit: unit, uer: enhanced.UERCoverage(wo, cl.Name)})
	}
	for _, p := range wo.Purchases {
		if l, ok := wo.PurchaseLocation(p); ok && p.Service.IsValid() {
			s.bought[p.Service].add(s.index[l.Name])
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return s, nil
}

// WorkOrder returns the Work Order s was built from, as a copy.
func (s *Support) WorkOrder() contract.WorkOrder {
	if s == nil {
		return contract.WorkOrder{}
	}
	wo := s.wo
	wo.Locations = slices.Clone(wo.Locations)
	wo.Purchases = slices.Clone(wo.Purchases)
	wo.Contacts = slices.Clone(wo.Contacts)
	return wo
}

// Sites returns every location of s with its calendar, in the order of the
// Work Order, as a new slice.
//
// Rules MC-1, MC-2, MC-3, D-CAL.
func (s *Support) Sites() []Site {
	if s == nil {
		return nil
	}
	out := make([]Site, len(s.sites))
	for i, st := range s.sites {
		out[i] = st.Site
	}
	return out
}

// Host returns the host location.
//
// Rule MC-2.
func (s *Support) Host() Site {
	if s == nil || s.host < 0 || s.host >= len(s.sites) {
		return Site{}
	}
	return s.sites[s.host].Site
}

// Site returns the location named name, or an error wrapping
// [ErrUnknownLocation].
//
// Rules MC-1, MC-4, D-CAL.
func (s *Support) Site(name string) (Site, error) {
	i, err := s.lookup(name)
	if err != nil {
		return Site{}, err
	}
	return s.sites[i].Site, nil
}

func (s *Support) lookup(name string) (int, error) {
	if s != nil {
		if i, ok := s.index[name]; ok {
			return i, nil
		}
	}
	return -1, fmt.Errorf("%w: %q (MC-4)", ErrUnknownLocation, name)
}

// Warnings returns what the Work Order allows but does not need, such as
// Unified Enhanced Response bought for a downstream location when the host
// has it (D-UER): the warnings of [contract.WorkOrder.Violations].
//
// Interpretation: D-UER (AMB-11) — a downstream UER purchase is unnecessary,
// not an error.
//
// Rules D-UER, UER-23 (§2.4).
func (s *Support) Warnings() []contract.Violation {
	if s == nil {
		return nil
	}
	var ws []contract.Violation
	for _, v := range s.wo.Violations() {
		if v.Grade == contract.GradeWarning {
			ws = append(ws, v)
		}
	}
	return ws
}
