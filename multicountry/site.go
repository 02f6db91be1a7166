package multicountry

import (
	"fmt"
	"time"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
)

// A Site is one support location of a multi-country Work Order as this
// package uses it: the Work Order's own entry for the location
// ([contract.Location]: name, country, role, time zone, currency, exception
// country) and its business-hours calendar (D-CAL). It holds nothing about
// billing: credit prices are given where credits are exchanged
// ([ExchangeRequest]), so the calendar, role and country of a location can
// be set up for SLA work without them.
//
// Sites are comparable: two Sites are == when they hold the same location
// and the same *calendar.Calendar.
//
// Rules MC-1, MC-2, MC-3, D-CAL (§2.5, Decisions).
type Site struct {
	Location contract.Location  // the Work Order's entry for the location
	Calendar *calendar.Calendar // its business hours, in its time zone (D-CAL)
}

// IsHost reports whether s is the host location of its Work Order (MC-2).
func (s Site) IsHost() bool { return s.Location.Role == contract.Host }

// String returns s for people, such as "Seoul (KR, host)" or
// "Hanoi (VN, downstream, exception country)".
func (s Site) String() string {
	role := s.Location.Role.String()
	if s.Location.Exception {
		role += ", exception country"
	}
	return fmt.Sprintf("%s (%s, %s)", s.Location.Name, s.Location.Country, role)
}

// siteCalendar returns the business calendar of l: c, whose zone must
// behave as l's time zone (the same UTC offset at every instant), or the
// default calendar of D-CAL in that zone.
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
	if c.Location() == nil || !sameOffsets(c.Location(), zone) {
		return nil, fmt.Errorf("%w: location %q is in %s, its calendar in %v, whose UTC offsets differ (D-CAL)", ErrCalendar, l.Name, zone, c.Location())
	}
	return c, nil
}

// The span over which sameOffsets compares two zones: every offset change
// of the zone database's history, from the first instant time represents,
// and of the rules it projects, to 2200.
var (
	offsetsFrom time.Time
	offsetsTo   = time.Date(2200, time.January, 1, 0, 0, 0, 0, time.UTC)
)

// sameOffsets reports whether a and b give the same UTC offset at every
// instant to 2200: a zone is known by its behaviour, not its
// name, so FixedZone("Asia/Seoul", 0) is not Seoul. Offsets are constant
// between transitions, so it compares them at the start of the span and at
// every transition of either zone; it costs O(transitions).
func sameOffsets(a, b *time.Location) bool {
	t := offsetsFrom
	for t.Before(offsetsTo) {
		ta, tb := t.In(a), t.In(b)
		_, oa := ta.Zone()
		_, ob := tb.Zone()
		if oa != ob {
			return false
		}
		_, ea := ta.ZoneBounds()
		_, eb := tb.ZoneBounds()
		next := offsetsTo
		for _, e := range [...]time.Time{ea, eb} {
			if e.After(t) && e.Before(next) { // the zero Time (no later change) is never after t
				next = e
			}
		}
		t = next
	}
	return true
}
