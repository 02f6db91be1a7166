package severity

import "fmt"

// Parse functions of the smaller enums: each reads the text form its
// MarshalText writes and returns an error wrapping [ErrInvalidValue]
// otherwise. Empty text is an error here (UnmarshalText reads it as the
// zero value), except for [ParseChannels], where it is the empty set, and
// [ParseAnchor], where it is [FromChange].

// ParseProductClass returns the ProductClass named by s, such as
// "azure-components", ignoring case.
func ParseProductClass(s string) (ProductClass, error) {
	var c ProductClass
	return c, parseNonEmpty(s, &c)
}

// ParseEffort returns the Effort named by s: "24x7" or "business-hours",
// ignoring case.
func ParseEffort(s string) (Effort, error) {
	var e Effort
	return e, parseNonEmpty(s, &e)
}

// ParseDuty returns the Duty named by s, such as "change-manager-response",
// ignoring case.
func ParseDuty(s string) (Duty, error) {
	var d Duty
	return d, parseNonEmpty(s, &d)
}

// ParseChannels returns the set of channels named by s, such as
// "phone|web", ignoring case; "" is the empty set.
func ParseChannels(s string) (Channels, error) {
	var c Channels
	err := c.UnmarshalText([]byte(s))
	return c, err
}

// ParseAnchor returns the Anchor named by s: "from-change" (or "") or
// "retroactive", ignoring case.
func ParseAnchor(s string) (Anchor, error) {
	var a Anchor
	err := a.UnmarshalText([]byte(s))
	return a, err
}

type textUnmarshaler interface{ UnmarshalText([]byte) error }

func parseNonEmpty(s string, v textUnmarshaler) error {
	if s == "" {
		return fmt.Errorf("%w: empty text", ErrInvalidValue)
	}
	return v.UnmarshalText([]byte(s))
}
