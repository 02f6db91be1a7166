package contract

import (
	"errors"
	"fmt"
	"strings"

	"github.com/supportrules/unified/contract/rule"
)

// A Severity says whether a [Violation] makes a Work Order invalid
// ([SeverityError]) or only deserves attention ([SeverityWarning]). It is
// not an incident severity (those are Appendix A's, in package severity).
//
// The zero Severity is not valid. Severities are comparable; their text
// form is "error" or "warning".
type Severity uint8

// Violation severities.
const (
	_               Severity = iota // zero is deliberately invalid
	SeverityError                   // the Work Order breaks a rule of the document
	SeverityWarning                 // allowed, but unnecessary or doubtful (for example D-UER)
)

var severityNames = [...]string{SeverityError: "error", SeverityWarning: "warning"}

// ErrInvalidSeverity reports text or a value that is not a [Severity].
var ErrInvalidSeverity = errors.New("contract: invalid violation severity")

// ParseSeverity returns the Severity named s, "error" or "warning"
// (case-insensitive), or an error wrapping [ErrInvalidSeverity].
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "error":
		return SeverityError, nil
	case "warning":
		return SeverityWarning, nil
	}
	return 0, fmt.Errorf("%w: %q", ErrInvalidSeverity, s)
}

// IsValid reports whether s is [SeverityError] or [SeverityWarning].
func (s Severity) IsValid() bool { return s == SeverityError || s == SeverityWarning }

// String returns "error" or "warning", or a diagnostic such as
// "contract.Severity(9)".
func (s Severity) String() string {
	if s.IsValid() {
		return severityNames[s]
	}
	return fmt.Sprintf("contract.Severity(%d)", uint8(s))
}

// MarshalText implements [encoding.TextMarshaler]. The zero Severity
// encodes as empty text; other invalid values are an error.
func (s Severity) MarshalText() ([]byte, error) {
	if s == 0 {
		return []byte{}, nil
	}
	if !s.IsValid() {
		return nil, fmt.Errorf("%w: %d", ErrInvalidSeverity, uint8(s))
	}
	return []byte(severityNames[s]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]; empty text gives the
// zero Severity.
func (s *Severity) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*s = 0
		return nil
	}
	p, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = p
	return nil
}

// A Violation is one breach of the document's rules found in a Work Order
// (or in a request checked against it): which rule, which field, how
// serious, and what exactly is wrong.
//
// A Violation is an error. Its message has the form
//
//	contract: purchases[2].maximum: developer-support: no stated maximum (MARK-3, D-MARK, DEV-1)
//
// and it unwraps to a sentinel such as [ErrNoStatedMaximum], so
// errors.Is(err, contract.ErrNoStatedMaximum) finds it inside the error
// [WorkOrder.Validate] returns, and errors.As(err, &v) recovers it.
// Violations are comparable with ==.
type Violation struct {
	Severity Severity `json:"severity"`
	// Rules are the rule IDs the Work Order breaks, the deciding rule first.
	Rules rule.Set `json:"rules"`
	// Field is the path of the offending field in the Work Order's Go
	// field names, such as "Purchases[2].Maximum" or "Term.End".
	Field string `json:"field"`
	// Err is the sentinel error this violation wraps.
	Err error `json:"-"`
	// Detail says what is wrong, for people.
	Detail string `json:"detail"`
}

// Rule returns the deciding rule: the first of v.Rules.
func (v Violation) Rule() rule.ID { return v.Rules.At(0) }

// Error returns "contract: Field: Detail (Rules)", prefixed with
// "warning: " for a warning.
func (v Violation) Error() string {
	var b strings.Builder
	b.WriteString("contract: ")
	if v.Severity == SeverityWarning {
		b.WriteString("warning: ")
	}
	if v.Field != "" {
		b.WriteString(v.Field)
		b.WriteString(": ")
	}
	b.WriteString(v.Detail)
	if v.Rules.Len() > 0 {
		b.WriteString(" (")
		b.WriteString(v.Rules.String())
		b.WriteString(")")
	}
	return b.String()
}

// Unwrap returns the sentinel error v wraps.
func (v Violation) Unwrap() error { return v.Err }
