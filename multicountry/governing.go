package multicountry

import (
	"fmt"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract/rule"
)

// Governing names the business calendar that governs a deadline: the
// support location whose business hours count, its calendar, and the rules
// that chose it. Governing values are comparable.
//
// Rules D-CAL, SEV-STD-21 (Decisions, Appendix A).
type Governing struct {
	Location string             // the support location, a [contract.Location.Name]
	Calendar *calendar.Calendar // its business hours (D-CAL)
	Rules    rule.Set           // why this calendar
}

// governingRules are the rules that put a deadline on the calendar of the
// contact's support location.
var governingRules = rule.Cite("D-CAL", "AMB-18", "SEV-STD-21", "TERM-1", "RESP-2", "MC-3")

// GoverningCalendar returns the calendar that governs the business-hours
// deadlines of an incident raised by the contact named contact: the
// business hours of the contact's support location. An incident raised by a
// contact in Tokyo runs on Tokyo's calendar, even when the host is Seoul. A
// contact that names no location belongs to the host. It returns an error
// wrapping [ErrUnknownContact] for a contact the Work Order does not list,
// and one wrapping [ErrAmbiguousContact] when the Work Order lists the name
// at two locations (package contract allows duplicate names), rather than
// pick one calendar silently.
//
// Interpretation: D-CAL (AMB-18) — business hours are those of the support
// location, in its own zone, with its own holidays.
//
// Rules D-CAL, SEV-STD-21, TERM-1, RESP-2, MC-3 (Decisions, Appendix A,
// §2.5, §2.6, §2.7).
func (s *Support) GoverningCalendar(contact string) (Governing, error) {
	found := -1
	if s != nil {
		for _, c := range s.wo.Contacts {
			if c.Name != contact {
				continue
			}
			i := s.host
			if c.Location != "" {
				j, err := s.lookup(c.Location)
				if err != nil {
					return Governing{}, fmt.Errorf("multicountry: contact %q: %w", contact, err)
				}
				i = j
			}
			if found >= 0 && found != i {
				return Governing{}, fmt.Errorf("%w: %q is listed at %q and at %q (D-CAL)",
					ErrAmbiguousContact, contact, s.sites[found].Location.Name, s.sites[i].Location.Name)
			}
			found = i
		}
	}
	if found < 0 {
		return Governing{}, fmt.Errorf("%w: %q", ErrUnknownContact, contact)
	}
	return Governing{Location: s.sites[found].Location.Name, Calendar: s.sites[found].Calendar, Rules: governingRules}, nil
}

// GoverningCalendarAt returns the calendar that governs the business-hours
// deadlines of an incident of the support location named location: that
// location's own (severity deadlines for a downstream incident use the
// downstream calendar). It returns an error wrapping [ErrUnknownLocation]
// for a location the Work Order does not list.
//
// Rules D-CAL, SEV-STD-21, TERM-1, MC-3.
func (s *Support) GoverningCalendarAt(location string) (Governing, error) {
	i, err := s.lookup(location)
	if err != nil {
		return Governing{}, err
	}
	return Governing{Location: s.sites[i].Location.Name, Calendar: s.sites[i].Calendar, Rules: governingRules}, nil
}
