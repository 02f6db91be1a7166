package rule

import (
	"errors"

	"github.com/supportrules/unified/internal/enum"
)

// ErrType reports text that names no [Type].
var ErrType = errors.New("rule: invalid rule type")

// A Type says what sort of statement a registry record makes. A rule of the
// catalogue often has several types ("deadline, forfeiture"); its Type is the
// first of them in the order below, so that a rule that decides something is
// never filed under a type that does not:
//
//	Rounding     rounding
//	Computation  computation
//	Deadline     deadline, forfeiture
//	Exclusion    exclusion
//	Condition    condition, eligibility, dependency, precedence
//	Fee          fee
//	Limit        cap, number, duration, percentage
//	Obligation   obligation, liability
//	Delivery     delivery-mode, business-hours, language, channel,
//	             multi-country, availability
//	Marking      marking
//	Definition   definition, enumeration, cross-ref
//	Gap          gap
//
// Binding decisions are of type Decision and ambiguity entries of type
// Ambiguity. Rounding, Computation, Deadline, Exclusion, Condition and
// Decision entries decide answers: a test of the module names each of them.
//
// The zero Type is "not set": it is not valid, and it marshals to empty text
// and back.
type Type uint8

// The types of registry records.
const (
	_ Type = iota
	Definition
	Marking
	Delivery
	Limit
	Fee
	Obligation
	Condition
	Exclusion
	Deadline
	Computation
	Rounding
	Gap
	Decision
	Ambiguity
)

var kinds = enum.New[Type](ErrType, "rule type", "",
	"definition", "marking", "delivery", "limit", "fee", "obligation", "condition",
	"exclusion", "deadline", "computation", "rounding", "gap", "decision", "ambiguity")

// String returns the kind's lower-case name, such as "deadline".
func (k Type) String() string { return kinds.String(k) }

// IsValid reports whether k is one of the named kinds.
func (k Type) IsValid() bool { return kinds.IsValid(k) }

// ParseType returns the kind named s, ignoring case; empty text is the zero
// Type. Other text is an error wrapping [ErrType].
func ParseType(s string) (Type, error) { return kinds.Parse(s) }

// AppendText implements [encoding.TextAppender].
func (k Type) AppendText(b []byte) ([]byte, error) { return kinds.AppendText(b, k) }

// MarshalText implements [encoding.TextMarshaler].
func (k Type) MarshalText() ([]byte, error) { return kinds.AppendText(nil, k) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (k *Type) UnmarshalText(b []byte) error { return kinds.UnmarshalText(k, b) }

// Decides reports whether entries of kind k decide answers, so that the
// module's tests must name each of them: decisions, and rules of kind
// Deadline, Rounding, Computation, Exclusion or Condition.
func (k Type) Decides() bool {
	switch k {
	case Decision, Deadline, Rounding, Computation, Exclusion, Condition:
		return true
	}
	return false
}
