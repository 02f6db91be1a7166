package contract

import "github.com/supportrules/unified/internal/enum"

// A ContactRole is the part a customer contact plays under §2.7.
//
// The zero ContactRole is not set: it is not valid, its text is empty, and
// empty text reads back as it. ContactRoles are comparable; their text form
// is the kebab-case name, such as "support-services-manager".
//
// Rules RESP-1, RESP-2, RESP-3, RESP-4 (§2.7).
type ContactRole uint8

// Contact roles (§2.7).
const (
	_                      ContactRole = iota // zero is deliberately invalid
	SupportServicesManager                    // runs all support activities; at least one, and one for the host when multi-country. Rules RESP-1, RESP-2.
	ReactiveContact                           // a named reactive support contact who opens requests by web or phone. Rule RESP-3.
	CloudAdministrator                        // submits online-services requests through the support portal. Rule RESP-4.
)

var contactRoles = enum.New[ContactRole](ErrInvalidEnum, "contact role", "",
	"support-services-manager", "reactive-contact", "cloud-administrator")

// ParseContactRole returns the ContactRole named s (case-insensitive), or
// an error wrapping [ErrInvalidEnum]. Empty text gives the zero
// ContactRole.
func ParseContactRole(s string) (ContactRole, error) { return contactRoles.Parse(s) }

// IsValid reports whether r is one of the declared roles.
func (r ContactRole) IsValid() bool { return contactRoles.IsValid(r) }

// String returns r's name, "" for the zero ContactRole, or a diagnostic
// such as "contact role(9)".
func (r ContactRole) String() string { return contactRoles.String(r) }

// AppendText appends r's name to b; a ContactRole out of range is an error
// wrapping [ErrInvalidEnum].
func (r ContactRole) AppendText(b []byte) ([]byte, error) { return contactRoles.AppendText(b, r) }

// MarshalText implements [encoding.TextMarshaler], as AppendText.
func (r ContactRole) MarshalText() ([]byte, error) { return contactRoles.AppendText(nil, r) }

// UnmarshalText implements [encoding.TextUnmarshaler], as [ParseContactRole].
func (r *ContactRole) UnmarshalText(b []byte) error { return contactRoles.UnmarshalText(r, b) }

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
