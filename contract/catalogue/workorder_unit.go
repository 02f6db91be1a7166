package catalogue

import (
	"bytes"
	"errors"
	"strings"

	"github.com/supportrules/unified/internal/enum"
)

// ErrInvalidUnit reports text or a value that is not a [Unit].
var ErrInvalidUnit = errors.New("catalogue: invalid unit")

// A Unit is what a purchase's quantity counts: hours of an hour-based
// service, workshop attendees, AEM events, Proactive Credits.
//
// The zero Unit is [UnitService], a declared value meaning "units of the
// service" (a subscription, an engagement, a program): the document states
// no unit. Its text is "service", and empty text also decodes to it, so the
// zero Unit round-trips either way. Units are comparable; their text form is
// the lower-case plural name.
//
// Interpretation: EDU-5 (seed lines 456–464) gives a Chalk Talk no unit of
// sale: it describes "an interactive session" (대화형 세션) that runs "for
// one day" (하루 동안). A Chalk Talk line may therefore state its quantity
// in sessions or in days, one Chalk Talk being one session of one day, or
// state no unit. It may not state attendees: only Workshops are sold per
// participant (EDU-6, "참가자 단위로 구매").
//
// Rules OPT-3, OPT-4, EDE-3, REDE-4, EDU-5, EDU-6, AEM-12, CRED-1 (§2.3, §2.4).
type Unit uint8

// Units of sale.
const (
	UnitService   Unit = iota // units of the service itself; no unit stated
	UnitHours                 // hours, deducted as used. Rules OPT-3, OPT-4, EDE-3, REDE-4, SAMX-1.
	UnitAttendees             // workshop attendees. Rule EDU-6.
	UnitSessions              // sessions: a Workshop exclusive to the organisation, or a Chalk Talk. Rules EDU-5, EDU-6.
	UnitEvents                // AEM events of at most 5 consecutive days. Rules AEM-11, AEM-12.
	UnitCredits               // Proactive Credits. Rule CRED-1.
	UnitDays                  // days of delivery: a Chalk Talk runs for one day. Rule EDU-5.
)

// units names the values; the zero Unit is the named "service".
var units = enum.New[Unit](ErrInvalidUnit, "unit", "service", "hours", "attendees", "sessions", "events", "credits", "days")

// ParseUnit returns the Unit named s, ignoring case and surrounding space;
// empty text gives [UnitService]. Anything else is an error wrapping
// [ErrInvalidUnit].
func ParseUnit(s string) (Unit, error) {
	if strings.TrimSpace(s) == "" {
		return UnitService, nil
	}
	return units.Parse(s)
}

// IsValid reports whether u is one of the declared units.
func (u Unit) IsValid() bool { return units.IsValid(u) }

// String returns u's name, such as "hours" or "service", or a diagnostic
// such as "unit(42)" for an undeclared value.
func (u Unit) String() string { return units.String(u) }

// AppendText implements [encoding.TextAppender] with u's name; an
// undeclared value is an error wrapping [ErrInvalidUnit].
func (u Unit) AppendText(b []byte) ([]byte, error) { return units.AppendText(b, u) }

// MarshalText implements [encoding.TextMarshaler], as AppendText.
func (u Unit) MarshalText() ([]byte, error) { return units.AppendText(nil, u) }

// UnmarshalText implements [encoding.TextUnmarshaler], as [ParseUnit] reads.
func (u *Unit) UnmarshalText(b []byte) error {
	if len(bytes.TrimSpace(b)) == 0 {
		*u = UnitService
		return nil
	}
	return units.UnmarshalText(u, b)
}
