package catalogue

import (
	"encoding/json"
	"fmt"
	"github.com/supportrules/unified/internal/enum"
	"iter"
	"strings"
)

// A DeliveryMode is how Microsoft delivers a service: by resources working
// remotely, onsite at the customer, in a live online session, or on demand
// through a self-service digital platform. The zero DeliveryMode is not
// valid. DeliveryModes are comparable.
//
// The zero DeliveryMode means "not set": it is not valid, its text is empty,
// and empty text decodes to it, so it round-trips.
//
// Rules PRO-3, PRO-4, CAT-5, REACT-3 (§2.3).
type DeliveryMode uint8

// The delivery modes.
const (
	DeliveryRemote   DeliveryMode = iota + 1 // 원격: Microsoft resources work remotely. rule.Set PRO-4, REACT-3.
	DeliveryOnsite                           // 현장: at the customer's site, when agreed in writing. rule.Set PRO-3, PRO-4.
	DeliveryOnline                           // 온라인: a live online session (webcast, online workshop). Rule CAT-5.
	DeliveryOnDemand                         // 주문형: self-service, on a digital platform. rule.Set CAT-5, MAINT-1, EDU-1.
)

// deliveryModes names the values; the zero DeliveryMode is unnamed ("not set").
var deliveryModes = enum.New[DeliveryMode](ErrInvalidEnum, "delivery mode", "", "remote", "onsite", "online", "on-demand")

// ParseDeliveryMode returns the DeliveryMode named s, ignoring case and surrounding space, or
// an error wrapping [ErrInvalidEnum]. Empty text gives the zero DeliveryMode.
func ParseDeliveryMode(s string) (DeliveryMode, error) { return deliveryModes.Parse(s) }

// IsValid reports whether d is one of the declared values.
func (d DeliveryMode) IsValid() bool { return deliveryModes.IsValid(d) }

// String returns d's name; "" for the zero DeliveryMode, and a
// diagnostic such as "delivery mode(99)" for other undeclared values.
func (d DeliveryMode) String() string { return deliveryModes.String(d) }

// AppendText implements [encoding.TextAppender] with d's name; an
// undeclared value is an error.
func (d DeliveryMode) AppendText(b []byte) ([]byte, error) { return deliveryModes.AppendText(b, d) }

// MarshalText implements [encoding.TextMarshaler], as AppendText.
func (d DeliveryMode) MarshalText() ([]byte, error) { return deliveryModes.AppendText(nil, d) }

// UnmarshalText implements [encoding.TextUnmarshaler], as [ParseDeliveryMode] reads.
func (d *DeliveryMode) UnmarshalText(b []byte) error { return deliveryModes.UnmarshalText(d, b) }

// maxSetJSON bounds the JSON text a set of enum values decodes from: every
// name of the set, quoted and separated, fits in far less.
const maxSetJSON = 1 << 10

// DeliveryModes is a set of [DeliveryMode] values. The zero DeliveryModes is
// the empty set. DeliveryModes are comparable. JSON encodes the set as an
// array of names in the order of the constants.
type DeliveryModes uint8

// DeliveryModesOf returns the set holding modes; invalid modes are ignored.
func DeliveryModesOf(modes ...DeliveryMode) DeliveryModes {
	var s DeliveryModes
	for _, m := range modes {
		if m.IsValid() {
			s |= 1 << m
		}
	}
	return s
}

// Has reports whether s holds m.
func (s DeliveryModes) Has(m DeliveryMode) bool { return m.IsValid() && s&(1<<m) != 0 }

// All returns an iterator over the modes of s, in the order of the constants.
func (s DeliveryModes) All() iter.Seq[DeliveryMode] {
	return func(yield func(DeliveryMode) bool) {
		for m := DeliveryMode(1); m.IsValid(); m++ {
			if s.Has(m) && !yield(m) {
				return
			}
		}
	}
}

// String returns the names of the modes of s joined by "|", such as
// "remote|onsite", or "" for the empty set.
func (s DeliveryModes) String() string {
	var b strings.Builder
	sep := ""
	for m := range s.All() {
		b.WriteString(sep)
		b.WriteString(m.String())
		sep = "|"
	}
	return b.String()
}

// MarshalJSON encodes s as a JSON array of names.
func (s DeliveryModes) MarshalJSON() ([]byte, error) {
	ms := []DeliveryMode{}
	for m := range s.All() {
		ms = append(ms, m)
	}
	return json.Marshal(ms)
}

// UnmarshalJSON decodes a JSON array of names, at most 1 KiB of text; an
// unknown name or longer text is an error wrapping [ErrInvalidEnum].
func (s *DeliveryModes) UnmarshalJSON(b []byte) error {
	if len(b) > maxSetJSON {
		return fmt.Errorf("%w: delivery modes: %d bytes of JSON, more than %d", ErrInvalidEnum, len(b), maxSetJSON)
	}
	var ms []DeliveryMode
	if err := json.Unmarshal(b, &ms); err != nil {
		return decodeError(ErrInvalidEnum, "delivery modes", err)
	}
	var out DeliveryModes
	for _, m := range ms {
		if !m.IsValid() {
			return fmt.Errorf("%w: empty delivery mode", ErrInvalidEnum)
		}
		out |= 1 << m
	}
	*s = out
	return nil
}

// ServiceHours is the hours during which a service is provided, where the
// document states them. The zero ServiceHours is not valid; [HoursNotStated]
// says that the document is silent. Coverages are comparable.
//
// The zero ServiceHours means "not set": it is not valid, its text is empty,
// and empty text decodes to it, so it round-trips.
//
// Rules SVC-2, DE-3, EDE-9, REDE-15, SAMX-2, UER-7, RR-5, AEM-4, AED-16, AED-37, D-CAL.
type ServiceHours uint8

// The coverages.
const (
	HoursNotStated         ServiceHours = iota + 1 // the document states no hours for the service
	HoursBusiness                                  // business hours, by default 09:00–17:30 local, weekdays less holidays (D-CAL)
	Hours24x7                                      // around the clock, every day (연중무휴 24시간)
	HoursSeverityDependent                         // 24x7 for Severity 1 and A, business hours for B and C (SAM-3, SAM-4, D-SEV-1)
	HoursBeyondBusiness                            // extended beyond base business hours, hours unstated (AED-37)
)

// serviceHours names the values; the zero ServiceHours is unnamed ("not set").
var serviceHours = enum.New[ServiceHours](ErrInvalidEnum, "service hours", "", "not-stated", "business-hours", "24x7", "severity-dependent", "beyond-business-hours")

// ParseServiceHours returns the ServiceHours named s, ignoring case and surrounding space, or
// an error wrapping [ErrInvalidEnum]. Empty text gives the zero ServiceHours.
func ParseServiceHours(s string) (ServiceHours, error) { return serviceHours.Parse(s) }

// IsValid reports whether c is one of the declared values.
func (c ServiceHours) IsValid() bool { return serviceHours.IsValid(c) }

// String returns c's name; "" for the zero ServiceHours, and a
// diagnostic such as "service hours(99)" for other undeclared values.
func (c ServiceHours) String() string { return serviceHours.String(c) }

// AppendText implements [encoding.TextAppender] with c's name; an
// undeclared value is an error.
func (c ServiceHours) AppendText(b []byte) ([]byte, error) { return serviceHours.AppendText(b, c) }

// MarshalText implements [encoding.TextMarshaler], as AppendText.
func (c ServiceHours) MarshalText() ([]byte, error) { return serviceHours.AppendText(nil, c) }

// UnmarshalText implements [encoding.TextUnmarshaler], as [ParseServiceHours] reads.
func (c *ServiceHours) UnmarshalText(b []byte) error { return serviceHours.UnmarshalText(c, b) }
