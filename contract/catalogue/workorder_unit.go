package catalogue

import (
	"errors"
	"fmt"
	"strings"
)

// ErrInvalidUnit reports text or a value that is not a [Unit].
var ErrInvalidUnit = errors.New("catalogue: invalid unit")

// A Unit is what a [contract.Purchase]'s quantity counts: hours of an hour-based
// service, workshop attendees, AEM events, Proactive Credits.
//
// The zero Unit is valid and means "units of the service" (a subscription,
// an engagement, a program): the document states no unit. Units are
// comparable; their text form is the lower-case plural name, and the zero
// Unit's is empty.
//
// Rules OPT-3, OPT-4, EDE-3, REDE-4, EDU-6, AEM-12, CRED-1 (§2.3, §2.4).
type Unit uint8

// Units of sale.
const (
	UnitService   Unit = iota // units of the service itself; no unit stated
	UnitHours                 // hours, deducted as used. rule.Set OPT-3, OPT-4, EDE-3, REDE-4, SAMX-1.
	UnitAttendees             // workshop attendees. Rule EDU-6.
	UnitSessions              // sessions exclusive to the organisation. Rule EDU-6.
	UnitEvents                // AEM events of at most 5 consecutive days. rule.Set AEM-11, AEM-12.
	UnitCredits               // Proactive Credits. Rule CRED-1.
	UnitDays                  // days of delivery, such as a Chalk Talk. Rule EDU-5.

	numUnits // keep last
)

var unitNames = [numUnits]string{
	UnitService: "", UnitHours: "hours", UnitAttendees: "attendees", UnitSessions: "sessions",
	UnitEvents: "events", UnitCredits: "credits", UnitDays: "days",
}

// ParseUnit returns the Unit named s (case-insensitive), the empty string
// giving [UnitService], or an error wrapping [ErrInvalidUnit].
func ParseUnit(s string) (Unit, error) {
	k := strings.ToLower(strings.TrimSpace(s))
	for u := UnitService; u < numUnits; u++ {
		if unitNames[u] == k {
			return u, nil
		}
	}
	return 0, fmt.Errorf("%w: %q", ErrInvalidUnit, s)
}

// IsValid reports whether u is one of the declared units.
func (u Unit) IsValid() bool { return u < numUnits }

// String returns u's name ("hours"), "service" for [UnitService], or a
// diagnostic such as "contract.Unit(42)".
func (u Unit) String() string {
	switch {
	case u == UnitService:
		return "service"
	case u.IsValid():
		return unitNames[u]
	}
	return fmt.Sprintf("catalogue.Unit(%d)", uint8(u))
}

// MarshalText implements [encoding.TextMarshaler]: the name, empty for
// [UnitService]; an invalid Unit is an error.
func (u Unit) MarshalText() ([]byte, error) {
	if !u.IsValid() {
		return nil, fmt.Errorf("%w: %d", ErrInvalidUnit, uint8(u))
	}
	return []byte(unitNames[u]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (u *Unit) UnmarshalText(b []byte) error {
	p, err := ParseUnit(string(b))
	if err != nil {
		return err
	}
	*u = p
	return nil
}
