package multicountry

import (
	"errors"
	"fmt"
	"slices"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/enhanced"
	"golang.org/x/text/currency"
)

// A Site is what this package needs to know about one support location of
// a Work Order beyond the Work Order's own entry for it
// ([contract.Location]): the then-current price of one Proactive Credit
// there, and its business-hours calendar.
//
// Sites cannot be compared with ==.
//
// Rules MC-16, D-CAL (§2.5, Decisions).
type Site struct {
	_ [0]func() // forbid ==: CreditPrice holds a pointer

	// Location is the [contract.Location.Name] of the location.
	Location string
	// CreditPrice is the then-current price of one Proactive Credit at the
	// location, in the location's currency (MC-16). It must be positive,
	// below 10^18 and written with at most 18 decimal places. When the
	// price changes, build a new [Support].
	CreditPrice decimal.Decimal
	// Calendar is the location's business hours (D-CAL): its working
	// days, hours and public holidays. It must be in the location's time
	// zone. Nil means the default of D-CAL in that zone: Monday to Friday,
	// [09:00, 17:30), no holidays.
	Calendar *calendar.Calendar
}

// Support is the multi-country support of one Work Order (다국적 지원,
// §2.5): its host and downstream locations, each with its currency, credit
// price and business calendar, and what was bought for each. It answers
// where a service may be delivered ([Support.Delivery]), exchanges
// Proactive Credits between locations ([Support.Exchange]) and names the
// calendar that governs a deadline ([Support.GoverningCalendar]).
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
	terms    Location // the exchange terms of [Exchange]
	unit     currency.Unit
	contract contract.Location
	cal      *calendar.Calendar
	uer      enhanced.LocationCover // UER coverage of the location (D-UER)
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

// New returns the multi-country support of wo, with one [Site] for each of
// its locations. It reports every problem at once (joined with
// [errors.Join]):
//   - wo must be valid ([contract.WorkOrder.Validate]; its errors are
//     wrapped as they are), which gives unique location names, valid time
//     zones, and exactly one host when wo specifies multi-country support
//     (MC-2, BUY-9);
//   - a host: the location with the host role, or the only location of a
//     single-location Work Order ([ErrHost]);
//   - countries that are officially assigned ISO 3166-1 alpha-2 codes
//     ([ErrCountry]) and unique within the Work Order
//     ([ErrDuplicateLocation]);
//   - currencies that are ISO 4217 codes ([ErrCurrency]);
//   - exactly one Site for each location ([ErrCreditPrice] when one is
//     missing, [ErrUnknownLocation] for a Site naming no location,
//     [ErrDuplicateLocation] for two), with a positive credit price
//     ([ErrCreditPrice]) and a calendar in the location's time zone
//     ([ErrCalendar]).
//
// New copies what it keeps: changing wo or sites afterwards does not change
// the Support.
//
// Interpretation: D-CAL (AMB-18) — each location has its own business
// calendar.
//
// Rules BUY-9, MC-1, MC-2, MC-3, MC-4, MC-16, D-CAL (§2.1, §2.5).
func New(wo contract.WorkOrder, sites ...Site) (*Support, error) {
	var errs []error
	if err := wo.Validate(); err != nil {
		errs = append(errs, fmt.Errorf("multicountry: invalid Work Order: %w", err))
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

	s := &Support{wo: wo, index: make(map[string]int, len(wo.Locations)), host: -1}
	byName := make(map[string]int, len(sites))
	for i, st := range sites {
		if _, dup := byName[st.Location]; dup {
			errs = append(errs, fmt.Errorf("%w: two sites for %q", ErrDuplicateLocation, st.Location))
			continue
		}
		byName[st.Location] = i
		if _, ok := wo.Location(st.Location); !ok {
			errs = append(errs, fmt.Errorf("%w: site %q (MC-4)", ErrUnknownLocation, st.Location))
		}
	}
	countries := make(map[string]string, len(wo.Locations))
	for i, cl := range wo.Locations {
		s.index[cl.Name] = i
		isHost := ok && cl.Name == hostLoc.Name
		if isHost {
			s.host = i
		}
		if other, dup := countries[cl.Country]; dup {
			errs = append(errs, fmt.Errorf("%w: %q and %q are both in %s (MC-1)", ErrDuplicateLocation, other, cl.Name, cl.Country))
		}
		countries[cl.Country] = cl.Name
		st := Site{}
		if j, ok := byName[cl.Name]; ok {
			st = sites[j]
		} else {
			errs = append(errs, fmt.Errorf("%w: no credit price for location %q (MC-16)", ErrCreditPrice, cl.Name))
		}
		terms := Location{Name: cl.Name, Country: cl.Country, Host: isHost, Currency: cl.Currency,
			CreditPrice: st.CreditPrice, Exception: cl.Exception}
		if st.Location != "" {
			if err := terms.Validate(); err != nil {
				errs = append(errs, err)
			}
		} else {
			for _, err := range []error{checkCountry(cl.Country), checkCurrency(cl.Currency)} {
				if err != nil {
					errs = append(errs, fmt.Errorf("location %q: %w", cl.Name, err))
				}
			}
		}
		cal, err := siteCalendar(cl, st.Calendar)
		if err != nil {
			errs = append(errs, err)
		}
		unit, _ := currency.ParseISO(cl.Currency) // checked just above
		s.sites = append(s.sites, site{terms: terms, unit: unit, contract: cl, cal: cal, uer: enhanced.UERCoverage(wo, cl.Name)})
	}
	for _, p := range wo.Purchases {
		if l, ok := wo.PurchaseLocation(p); ok {
			s.bought[p.Service].add(s.index[l.Name])
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return s, nil
}

// siteCalendar returns the business calendar of l: c, which must be in l's
// time zone, or the default calendar of D-CAL there.
func siteCalendar(l contract.Location, c *calendar.Calendar) (*calendar.Calendar, error) {
	zone, err := l.Zone()
	if err != nil {
		return nil, fmt.Errorf("%w: location %q: %w", ErrCalendar, l.Name, err)
	}
	if c == nil {
		c, err = calendar.New(zone)
		if err != nil {
			return nil, fmt.Errorf("%w: location %q: %w", ErrCalendar, l.Name, err)
		}
		return c, nil
	}
	if c.Location() == nil || c.Location().String() != zone.String() {
		return nil, fmt.Errorf("%w: location %q is in %s, its calendar in %v (D-CAL)", ErrCalendar, l.Name, zone, c.Location())
	}
	return c, nil
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

// Locations returns the exchange terms of every location of s, in the
// order of the Work Order, as a new slice.
//
// Rules MC-1, MC-2, MC-3.
func (s *Support) Locations() []Location {
	if s == nil {
		return nil
	}
	out := make([]Location, len(s.sites))
	for i, st := range s.sites {
		out[i] = st.terms
	}
	return out
}

// Host returns the exchange terms of the host location.
//
// Rule MC-2.
func (s *Support) Host() Location {
	if s == nil || s.host < 0 || s.host >= len(s.sites) {
		return Location{}
	}
	return s.sites[s.host].terms
}

// Location returns the exchange terms of the location named name, or an
// error wrapping [ErrUnknownLocation].
//
// Rules MC-1, MC-4.
func (s *Support) Location(name string) (Location, error) {
	i, err := s.lookup(name)
	if err != nil {
		return Location{}, err
	}
	return s.sites[i].terms, nil
}

// Calendar returns the business calendar of the location named name (D-CAL),
// or an error wrapping [ErrUnknownLocation].
//
// Rules D-CAL, SEV-STD-21.
func (s *Support) Calendar(name string) (*calendar.Calendar, error) {
	i, err := s.lookup(name)
	if err != nil {
		return nil, err
	}
	return s.sites[i].cal, nil
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
		if v.Severity == contract.SeverityWarning {
			ws = append(ws, v)
		}
	}
	return ws
}
