package catalogue

import (
	"encoding/json"
	"fmt"
	"iter"
	"math/bits"
	"strings"
)

// A DeliveryMode is how Microsoft delivers a service: by resources working
// remotely, onsite at the customer, in a live online session, or on demand
// through a self-service digital platform. The zero DeliveryMode is not
// valid. DeliveryModes are comparable.
//
// Rules PRO-3, PRO-4, CAT-5, REACT-3 (§2.3).
type DeliveryMode uint8

// The delivery modes.
const (
	_                DeliveryMode = iota // zero is deliberately invalid
	DeliveryRemote                       // 원격: Microsoft resources work remotely. rule.Set PRO-4, REACT-3.
	DeliveryOnsite                       // 현장: at the customer's site, when agreed in writing. rule.Set PRO-3, PRO-4.
	DeliveryOnline                       // 온라인: a live online session (webcast, online workshop). Rule CAT-5.
	DeliveryOnDemand                     // 주문형: self-service, on a digital platform. rule.Set CAT-5, MAINT-1, EDU-1.
)

var deliveryNames = [...]string{"", "remote", "onsite", "online", "on-demand"}

// ParseDeliveryMode returns the DeliveryMode named s ("remote", "onsite",
// "online", "on-demand"), or an error wrapping [ErrInvalidEnum].
func ParseDeliveryMode(s string) (DeliveryMode, error) {
	v, err := enumParse(deliveryNames[:], s, "delivery mode")
	return DeliveryMode(v), err
}

// IsValid reports whether d is one of the declared delivery modes.
func (d DeliveryMode) IsValid() bool { return d > 0 && int(d) < len(deliveryNames) }

// String returns d's name, or a diagnostic such as "contract.DeliveryMode(9)".
func (d DeliveryMode) String() string { return enumString(deliveryNames[:], uint8(d), "DeliveryMode") }

// MarshalText implements [encoding.TextMarshaler]; the zero DeliveryMode
// encodes as empty text.
func (d DeliveryMode) MarshalText() ([]byte, error) {
	return enumMarshal(deliveryNames[:], uint8(d), "delivery mode")
}

// UnmarshalText implements [encoding.TextUnmarshaler]; empty text gives the
// zero DeliveryMode.
func (d *DeliveryMode) UnmarshalText(b []byte) error {
	v, err := enumUnmarshal(deliveryNames[:], b, "delivery mode")
	if err != nil {
		return err
	}
	*d = DeliveryMode(v)
	return nil
}

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

// Len returns the number of modes in s.
func (s DeliveryModes) Len() int {
	return bits.OnesCount8(uint8(s &^ 1))
}

// All returns an iterator over the modes of s, in the order of the constants.
func (s DeliveryModes) All() iter.Seq[DeliveryMode] {
	return func(yield func(DeliveryMode) bool) {
		for m := DeliveryMode(1); int(m) < len(deliveryNames); m++ {
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
	for m := range s.All() {
		if b.Len() > 0 {
			b.WriteByte('|')
		}
		b.WriteString(m.String())
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

// UnmarshalJSON decodes a JSON array of names; an unknown name is an error
// wrapping [ErrInvalidEnum].
func (s *DeliveryModes) UnmarshalJSON(b []byte) error {
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
// Rules SVC-2, DE-3, EDE-9, REDE-15, SAMX-2, UER-7, RR-5, AEM-4, AED-16, AED-37, D-CAL.
type ServiceHours uint8

// The coverages.
const (
	_                      ServiceHours = iota // zero is deliberately invalid
	HoursNotStated                             // the document states no hours for the service
	HoursBusiness                              // business hours, by default 09:00–17:30 local, weekdays less holidays (D-CAL)
	Hours24x7                                  // around the clock, every day (연중무휴 24시간)
	HoursSeverityDependent                     // 24x7 for Severity 1 and A, business hours for B and C (SAM-3, SAM-4, D-SEV-1)
	HoursBeyondBusiness                        // extended beyond base business hours, hours unstated (AED-37)
)

var coverageNames = [...]string{"", "not-stated", "business-hours", "24x7", "severity-dependent", "beyond-business-hours"}

// ParseServiceHours returns the ServiceHours named s, such as "24x7" or
// "business-hours", or an error wrapping [ErrInvalidEnum].
func ParseServiceHours(s string) (ServiceHours, error) {
	v, err := enumParse(coverageNames[:], s, "coverage")
	return ServiceHours(v), err
}

// IsValid reports whether c is one of the declared coverages.
func (c ServiceHours) IsValid() bool { return c > 0 && int(c) < len(coverageNames) }

// String returns c's name, or a diagnostic such as "contract.Coverage(9)".
func (c ServiceHours) String() string { return enumString(coverageNames[:], uint8(c), "ServiceHours") }

// MarshalText implements [encoding.TextMarshaler]; the zero ServiceHours encodes
// as empty text.
func (c ServiceHours) MarshalText() ([]byte, error) {
	return enumMarshal(coverageNames[:], uint8(c), "coverage")
}

// UnmarshalText implements [encoding.TextUnmarshaler]; empty text gives the
// zero ServiceHours.
func (c *ServiceHours) UnmarshalText(b []byte) error {
	v, err := enumUnmarshal(coverageNames[:], b, "coverage")
	if err != nil {
		return err
	}
	*c = ServiceHours(v)
	return nil
}
