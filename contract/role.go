package contract

import (
	"errors"
	"fmt"
	"strings"
)

// ErrInvalidRole reports text or a value that is not a support location
// [Role].
var ErrInvalidRole = errors.New("contract: invalid location role")

// A Role is the part a support location plays in a multi-country Work
// Order (§2.5): the Host, which registered with Unified Support through the
// Work Order, or a Downstream location designated in it.
//
// The zero Role is not valid: every location of a Work Order is one or the
// other. Roles are comparable. Their text form is the lower-case name,
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

var roleNames = [...]string{Host: "host", Downstream: "downstream"}

// ParseRole returns the Role named s, "host" or "downstream"
// (case-insensitive), or an error wrapping [ErrInvalidRole].
func ParseRole(s string) (Role, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "host":
		return Host, nil
	case "downstream":
		return Downstream, nil
	default:
		return 0, fmt.Errorf("%w: %q", ErrInvalidRole, s)
	}
}

// IsValid reports whether r is [Host] or [Downstream].
func (r Role) IsValid() bool { return r == Host || r == Downstream }

// String returns "host" or "downstream", or a diagnostic such as
// "contract.Role(7)" for an invalid Role.
func (r Role) String() string {
	if r.IsValid() {
		return roleNames[r]
	}
	return fmt.Sprintf("contract.Role(%d)", uint8(r))
}

// MarshalText implements [encoding.TextMarshaler]. The zero Role encodes as
// empty text; other invalid roles are an error wrapping [ErrInvalidRole].
func (r Role) MarshalText() ([]byte, error) {
	if r == 0 {
		return []byte{}, nil
	}
	if !r.IsValid() {
		return nil, fmt.Errorf("%w: %d", ErrInvalidRole, uint8(r))
	}
	return []byte(roleNames[r]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]; it accepts what
// [ParseRole] accepts, and empty text as the zero Role.
func (r *Role) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*r = 0
		return nil
	}
	p, err := ParseRole(string(b))
	if err != nil {
		return err
	}
	*r = p
	return nil
}
