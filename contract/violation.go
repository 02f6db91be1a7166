package contract

import (
	"strings"

	"github.com/supportrules/unified/contract/rule"
	"github.com/supportrules/unified/internal/enum"
)

// A Grade says whether a [Violation] makes a Work Order invalid
// ([GradeError]) or only deserves attention ([GradeWarning]). It is not an
// incident severity (those are Appendix A's, in package severity).
//
// The zero Grade is not set: it is not valid, and its text is empty, which
// reads back as the zero Grade. Grades are comparable; their text form is
// "error" or "warning".
type Grade uint8

// The grades of a violation.
const (
	_            Grade = iota // not set
	GradeError                // the Work Order breaks a rule of the document
	GradeWarning              // allowed, but unnecessary or doubtful (for example D-UER)
)

var grades = enum.New[Grade](ErrInvalidEnum, "violation grade", "", "error", "warning")

// ParseGrade returns the Grade named s, "error" or "warning"
// (case-insensitive), or an error wrapping [ErrInvalidEnum]. Empty text
// gives the zero Grade.
func ParseGrade(s string) (Grade, error) { return grades.Parse(s) }

// IsValid reports whether g is [GradeError] or [GradeWarning].
func (g Grade) IsValid() bool { return grades.IsValid(g) }

// String returns "error" or "warning", "" for the zero Grade, or a
// diagnostic such as "violation grade(9)".
func (g Grade) String() string { return grades.String(g) }

// AppendText appends g's name to b; a Grade out of range is an error
// wrapping [ErrInvalidEnum].
func (g Grade) AppendText(b []byte) ([]byte, error) { return grades.AppendText(b, g) }

// MarshalText implements [encoding.TextMarshaler], as AppendText.
func (g Grade) MarshalText() ([]byte, error) { return grades.AppendText(nil, g) }

// UnmarshalText implements [encoding.TextUnmarshaler], as [ParseGrade].
func (g *Grade) UnmarshalText(b []byte) error { return grades.UnmarshalText(g, b) }

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
	Grade Grade `json:"grade"`
	// Rules are the rule IDs the Work Order breaks, the deciding rule first.
	Rules rule.Set `json:"rules"`
	// Field is the path of the offending field in the Work Order's JSON
	// names (its Go field names with the first letter lowered), such as
	// "purchases[2].maximum" or "term.end", so that it points into the
	// JSON the caller sent.
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
	if v.Grade == GradeWarning {
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
