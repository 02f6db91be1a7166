package contract

import (
	"errors"
	"fmt"
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
	Name      string `json:"name"`                // unique within the Work Order
	Country   string `json:"country"`             // ISO 3166-1 alpha-2, upper case, such as "KR"
	Role      Role   `json:"role"`                // Host or Downstream
	TimeZone  string `json:"timeZone"`            // IANA name, e.g. "Asia/Seoul"
	Currency  string `json:"currency"`            // ISO 4217, upper case, such as "KRW"
	Exception bool   `json:"exception,omitempty"` // an exception (tax-exception) country, MC rules
}

// Zone loads the location's IANA time zone, the zone in which its business
// hours and "N days before" comparisons are computed (D-CAL, D-DAYS). It
// returns an error wrapping [ErrInvalidLocation] when TimeZone is empty,
// "Local" or unknown.
func (l Location) Zone() (*time.Location, error) {
	if l.TimeZone == "" || l.TimeZone == "Local" {
		return nil, fmt.Errorf("%w: %q: time zone %q is not an IANA name", ErrInvalidLocation, l.Name, l.TimeZone)
	}
	loc, err := time.LoadLocation(l.TimeZone)
	if err != nil {
		return nil, fmt.Errorf("%w: %q: time zone %q: %v", ErrInvalidLocation, l.Name, l.TimeZone, err)
	}
	return loc, nil
}

// Validate reports every problem with l itself (not its place in a Work
// Order; see [WorkOrder.Validate]): an empty name, a country that is not an
// upper-case ISO 3166-1 alpha-2 country code, an invalid role, an unknown
// IANA time zone, a currency that is not an upper-case ISO 4217 code. Each
// error wraps [ErrInvalidLocation].
//
// Rules MC-1, MC-2, MC-3 (§2.5).
func (l Location) Validate() error {
	var errs []error
	for _, v := range l.violations("Location", nil) {
		errs = append(errs, v)
	}
	return errors.Join(errs...)
}

// violations returns l's own problems, with field names under prefix.
// zones, when not nil, caches which time zone names load.
func (l Location) violations(prefix string, zones map[string]bool) []Violation {
	var vs []Violation
	bad := func(field, format string, args ...any) {
		vs = append(vs, Violation{
			Grade: GradeError, Rules: rule.Cite("MC-1"), Field: prefix + "." + field,
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
			Grade: GradeError, Rules: rule.Cite("MC-2", "MC-3"), Field: prefix + ".Role",
			Err: ErrInvalidLocation, Detail: fmt.Sprintf("role %v is neither host nor downstream", l.Role),
		})
	}
	if !zoneLoads(l, zones) {
		bad("TimeZone", "%q is not an IANA time zone", l.TimeZone)
	}
	if !IsCurrencyCode(l.Currency) {
		bad("Currency", "%q is not an ISO 4217 currency code", l.Currency)
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
	if len(s) != 2 || !isUpper(s[0]) || !isUpper(s[1]) {
		return false
	}
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

// IsCurrencyCode reports whether s is an upper-case ISO 4217 code that
// golang.org/x/text/currency knows, other than XXX ("no currency").
func IsCurrencyCode(s string) bool {
	if len(s) != 3 || !isUpper(s[0]) || !isUpper(s[1]) || !isUpper(s[2]) || s == "XXX" {
		return false
	}
	u, err := currency.ParseISO(s)
	return err == nil && u.String() == s
}

func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

// zoneLoads reports whether l's time zone loads, through the cache zones
// when it is not nil.
func zoneLoads(l Location, zones map[string]bool) bool {
	if ok, seen := zones[l.TimeZone]; seen {
		return ok
	}
	_, err := l.Zone()
	if zones != nil {
		zones[l.TimeZone] = err == nil
	}
	return err == nil
}
