package contract

import (
	"errors"
	"fmt"
	"strings"
)

// ErrInvalidContactRole reports text or a value that is not a
// [ContactRole].
var ErrInvalidContactRole = errors.New("contract: invalid contact role")

// A ContactRole is the part a customer contact plays under §2.7.
//
// The zero ContactRole is not valid. ContactRoles are comparable; their
// text form is the kebab-case name, such as "support-services-manager".
//
// Rules RESP-1, RESP-2, RESP-3, RESP-4 (§2.7).
type ContactRole uint8

// Contact roles (§2.7).
const (
	_                      ContactRole = iota // zero is deliberately invalid
	SupportServicesManager                    // runs all support activities; at least one, and one for the host when multi-country. rule.Set RESP-1, RESP-2.
	ReactiveContact                           // a named reactive support contact who opens requests by web or phone. Rule RESP-3.
	CloudAdministrator                        // submits online-services requests through the support portal. Rule RESP-4.
)

var contactRoleNames = [...]string{
	SupportServicesManager: "support-services-manager",
	ReactiveContact:        "reactive-contact",
	CloudAdministrator:     "cloud-administrator",
}

// ParseContactRole returns the ContactRole named s (case-insensitive), or
// an error wrapping [ErrInvalidContactRole].
func ParseContactRole(s string) (ContactRole, error) {
	k := strings.ToLower(strings.TrimSpace(s))
	for r := SupportServicesManager; r <= CloudAdministrator; r++ {
		if contactRoleNames[r] == k {
			return r, nil
		}
	}
	return 0, fmt.Errorf("%w: %q", ErrInvalidContactRole, s)
}

// IsValid reports whether r is one of the declared roles.
func (r ContactRole) IsValid() bool { return r >= SupportServicesManager && r <= CloudAdministrator }

// String returns r's name, or a diagnostic such as "contract.ContactRole(9)".
func (r ContactRole) String() string {
	if r.IsValid() {
		return contactRoleNames[r]
	}
	return fmt.Sprintf("contract.ContactRole(%d)", uint8(r))
}

// MarshalText implements [encoding.TextMarshaler]. The zero ContactRole
// encodes as empty text; other invalid values are an error.
func (r ContactRole) MarshalText() ([]byte, error) {
	if r == 0 {
		return []byte{}, nil
	}
	if !r.IsValid() {
		return nil, fmt.Errorf("%w: %d", ErrInvalidContactRole, uint8(r))
	}
	return []byte(contactRoleNames[r]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]; empty text gives the
// zero ContactRole.
func (r *ContactRole) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*r = 0
		return nil
	}
	p, err := ParseContactRole(string(b))
	if err != nil {
		return err
	}
	*r = p
	return nil
}

// A Contact is one of the customer's designated people in the Work Order:
// a Support Services Manager or a support contact, at a support location.
// Contacts are comparable with ==.
//
// Rules RESP-1, RESP-2, RESP-3, RESP-4, RESP-8 (§2.7).
type Contact struct {
	Name     string      `json:"name"`
	Email    string      `json:"email,omitempty"`
	Role     ContactRole `json:"role"`
	Location string      `json:"location,omitempty"` // a Location.Name; empty for a single-location Work Order
}
