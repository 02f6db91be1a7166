package contract

import "github.com/supportrules/unified/internal/enum"

// A Role is the part a support location plays in a multi-country Work
// Order (§2.5): the Host, which registered with Unified Support through the
// Work Order, or a Downstream location designated in it.
//
// The zero Role is not set: it is not valid (every location of a Work Order
// is one or the other), its text is empty, and empty text reads back as the
// zero Role. Roles are comparable. Their text form is the lower-case name,
// "host" or "downstream"; store the text, not the number.
//
// Rules MC-2, MC-3, BUY-9 (§2.5 multi-country support).
type Role uint8

// Support location roles (§2.5).
const (
	_          Role = iota // zero is deliberately invalid: a location must be host or downstream
	Host                   // the location registered with Unified Support through the Work Order. Rule MC-2.
	Downstream             // a location designated in the Work Order, entitled to what was bought for it. Rule MC-3.
)

var roles = enum.New[Role](ErrInvalidEnum, "location role", "", "host", "downstream")

// ParseRole returns the Role named s, "host" or "downstream"
// (case-insensitive), or an error wrapping [ErrInvalidEnum]. Empty text
// gives the zero Role.
func ParseRole(s string) (Role, error) { return roles.Parse(s) }

// IsValid reports whether r is [Host] or [Downstream].
func (r Role) IsValid() bool { return roles.IsValid(r) }

// String returns "host" or "downstream", "" for the zero Role, or a
// diagnostic such as "location role(7)".
func (r Role) String() string { return roles.String(r) }

// AppendText appends r's name to b; a Role out of range is an error
// wrapping [ErrInvalidEnum].
func (r Role) AppendText(b []byte) ([]byte, error) { return roles.AppendText(b, r) }

// MarshalText implements [encoding.TextMarshaler], as AppendText.
func (r Role) MarshalText() ([]byte, error) { return roles.AppendText(nil, r) }

// UnmarshalText implements [encoding.TextUnmarshaler], as [ParseRole].
func (r *Role) UnmarshalText(b []byte) error { return roles.UnmarshalText(r, b) }
