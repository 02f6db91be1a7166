package contract

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"time"

	"github.com/supportrules/unified/contract/rule"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
)

// Errors about support locations.
var (
	// ErrInvalidLocation reports a support location with a missing name, an
	// unknown country, time zone or currency, or an invalid role.
	ErrInvalidLocation = errors.New("contract: invalid support location")
	// ErrDuplicateLocation reports two locations of one Work Order with the
	// same name.
	ErrDuplicateLocation = errors.New("contract: duplicate support location")
	// ErrUnknownLocation reports a reference to a location name the Work
	// Order does not list.
	ErrUnknownLocation = errors.New("contract: unknown support location")
	// ErrNoHost reports a multi-country Work Order without exactly one host.
	ErrNoHost = errors.New("contract: no host location")
)

// A Location is one support location of a Work Order (§2.5): where the
// customer's designated contacts sit, where services bought for it are
// delivered, and whose business-hours calendar and currency apply there.
//
// A Work Order lists its locations in [WorkOrder.Locations]; purchases and
// contacts name their location by [Location.Name]. Locations are
// comparable with ==. The zero Location is not valid.
//
// Rules MC-1, MC-2, MC-3, MC-4, MC-9, BUY-9 (§2.5 multi-country support).
type Location struct {
	Name     string `json:"name"`     // unique within the Work Order
	Country  string `json:"country"`  // ISO 3166-1 alpha-2, upper case, such as "KR"
	Role     Role   `json:"role"`     // Host or Downstream
	TimeZone string `json:"timeZone"` // IANA name, e.g. "Asia/Seoul"
	// Currency is the location's currency, in which its prices and credit
	// rates are stated; the zero Unit ("XXX") is not valid. In JSON it is
	// the ISO 4217 code, "KRW".
	Currency  currency.Unit `json:"currency"`
	Exception bool          `json:"exception,omitempty"` // an exception (tax-exception) country, MC rules
}

// Zone returns the location's IANA time zone, the zone in which its
// business hours and "N days before" comparisons are computed (D-CAL,
// D-DAYS). The zone is resolved by [time.LoadLocation] unless an option
// ([WithZones]) gives another resolver; see the package documentation for
// where zone data comes from. It returns an error wrapping
// [ErrInvalidLocation] when TimeZone is empty, "Local" or unknown.
func (l Location) Zone(opts ...ValidateOption) (*time.Location, error) {
	return newConfig(opts).zone(l)
}

// zone resolves l's time zone with the configured resolver.
func (c config) zone(l Location) (*time.Location, error) {
	if l.TimeZone == "" || l.TimeZone == "Local" {
		return nil, fmt.Errorf("%w: %q: time zone %q is not an IANA name", ErrInvalidLocation, l.Name, l.TimeZone)
	}
	loc, err := c.resolve(l.TimeZone)
	if err != nil {
		return nil, fmt.Errorf("%w: %q: time zone %q: %v", ErrInvalidLocation, l.Name, l.TimeZone, err)
	}
	if loc == nil {
		return nil, fmt.Errorf("%w: %q: time zone %q: no zone", ErrInvalidLocation, l.Name, l.TimeZone)
	}
	return loc, nil
}

// Validate reports every problem with l itself (not its place in a Work
// Order; see [WorkOrder.Validate]): an empty name, a country that is not an
// upper-case ISO 3166-1 alpha-2 country code, an invalid role, an unknown
// IANA time zone (resolved as [Location.Zone] does, with the same options),
// no currency. Each error wraps [ErrInvalidLocation].
//
// Rules MC-1, MC-2, MC-3 (§2.5).
func (l Location) Validate(opts ...ValidateOption) error {
	var errs []error
	c := checker{config: newConfig(opts)}
	for _, v := range c.locationViolations(l, "location") {
		errs = append(errs, v)
	}
	return errors.Join(errs...)
}

// locationViolations returns l's own problems, with field names under
// prefix.
func (c *checker) locationViolations(l Location, prefix string) []Violation {
	var vs []Violation
	bad := func(field, format string, args ...any) {
		vs = append(vs, Violation{
			Grade: GradeError, Rules: rule.Cite("MC-1"), Field: prefix + "." + jsonName(field),
			Err: ErrInvalidLocation, Detail: fmt.Sprintf(format, args...),
		})
	}
	if l.Name == "" {
		bad("Name", "empty name")
	}
	if !IsCountryCode(l.Country) {
		bad("Country", "%q is not an ISO 3166-1 alpha-2 country code", l.Country)
	}
	if !l.Role.IsValid() {
		vs = append(vs, Violation{
			Grade: GradeError, Rules: rule.Cite("MC-2", "MC-3"), Field: prefix + ".role",
			Err: ErrInvalidLocation, Detail: fmt.Sprintf("role %v is neither host nor downstream", l.Role),
		})
	}
	if !c.zoneLoads(l) {
		bad("TimeZone", "%q is not an IANA time zone", l.TimeZone)
	}
	if l.Currency == (currency.Unit{}) {
		bad("Currency", "no ISO 4217 currency")
	}
	return vs
}

// IsCountryCode reports whether s is an ISO 3166-1 alpha-2 code officially
// assigned to a country: two upper-case letters that golang.org/x/text
// knows as a country, that are not user-assigned (XK, QO, …) or
// exceptionally reserved (EU, UN, AC, IC, …, which have no UN M.49 number),
// not deprecated (DD, ZR, UK, …) and not withdrawn (SU, YU, CS, AN, NT:
// regions with no legal tender today, told apart from AQ, Antarctica, by
// the currency data). There are 249 such codes.
//
// Rules MC-1, MC-2 (§2.5: support locations are countries).
func IsCountryCode(s string) bool {
	// ParseRegion refuses text of other lengths before reading it, and the
	// region's own text is two upper-case letters, so comparing it with s
	// refuses alpha-3 and numeric codes and lower case.
	r, err := language.ParseRegion(s)
	if err != nil || r.String() != s || !r.IsCountry() || r.IsPrivateUse() || r.M49() == 0 || r.Canonicalize() != r {
		return false
	}
	if _, ok := currency.FromRegion(r); ok {
		return true
	}
	// No currency is legal tender there today. That is a withdrawn code
	// (SU, YU and CS had currencies; AN and NT are no longer listed at all),
	// unless CLDR lists the region with "no currency" only (AQ).
	listed := false
	for it := currency.Query(currency.Region(r), currency.Historical, currency.NonTender); it.Next(); {
		if it.IsTender() {
			return false
		}
		listed = true
	}
	return listed
}

// zoneLoads reports whether l's time zone resolves, through the cache
// c.zones when it is not nil.
func (c *checker) zoneLoads(l Location) bool {
	if ok, seen := c.zones[l.TimeZone]; seen {
		return ok
	}
	_, err := c.config.zone(l)
	if c.zones != nil {
		c.zones[l.TimeZone] = err == nil
	}
	return err == nil
}

// locationJSON is Location's JSON form: the currency as its ISO 4217 code.
type locationJSON struct {
	Name      string `json:"name"`
	Country   string `json:"country"`
	Role      Role   `json:"role"`
	TimeZone  string `json:"timeZone"`
	Currency  string `json:"currency"`
	Exception bool   `json:"exception,omitempty"`
}

// MarshalJSON implements [json.Marshaler]: the fields under their
// lower-camel-case names, the currency as its ISO 4217 code ("KRW"), or ""
// when there is none.
func (l Location) MarshalJSON() ([]byte, error) {
	j := locationJSON{Name: l.Name, Country: l.Country, Role: l.Role, TimeZone: l.TimeZone, Exception: l.Exception}
	if l.Currency != (currency.Unit{}) {
		j.Currency = l.Currency.String()
	}
	return json.Marshal(j)
}

// UnmarshalJSON implements [json.Unmarshaler]. The currency is an ISO 4217
// code, any case, or "" for none; an unknown code is an error wrapping
// [ErrInvalidLocation], malformed JSON one wrapping [ErrMalformed]. It does
// not check the rest ([Location.Validate] does).
func (l *Location) UnmarshalJSON(b []byte) error {
	var j locationJSON
	if err := decodeObject(b, reflect.ValueOf(&j).Elem()); err != nil {
		return err
	}
	v := Location{Name: j.Name, Country: j.Country, Role: j.Role, TimeZone: j.TimeZone, Exception: j.Exception}
	if j.Currency != "" {
		u, err := currency.ParseISO(j.Currency)
		if err != nil || u == (currency.Unit{}) { // "XXX", no currency, parses as the zero Unit
			return &DecodeError{Path: "currency", Err: fmt.Errorf("%w: %.40q: currency %.8q is not an ISO 4217 code", ErrInvalidLocation, j.Name, j.Currency)}
		}
		v.Currency = u
	}
	*l = v
	return nil
}
