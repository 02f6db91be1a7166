package severity

import (
	"fmt"

	"github.com/supportrules/unified/contract/rule"
	"github.com/supportrules/unified/internal/enum"
)

// A REDERequest says whether the customer asked for its Reactive Enhanced
// Designated Engineering (REDE) engineer to take part in an incident,
// which decides for severity B and C (REDE-7).
//
// The zero REDERequest is [NotRequested]; it is valid and round-trips as
// "not-requested". REDERequests are comparable with ==.
//
// Rules REDE-7 (§2.4 table 11).
type REDERequest uint8

// Answers to whether the customer asked for the REDE engineer.
const (
	NotRequested REDERequest = iota // the customer did not ask
	Requested                       // the customer asked for the REDE engineer
)

var requests = enum.New[REDERequest](ErrInvalidValue, "REDE request", "not-requested", "requested")

// IsValid reports whether r is NotRequested or Requested.
func (r REDERequest) IsValid() bool { return requests.IsValid(r) }

// String returns "not-requested" or "requested".
func (r REDERequest) String() string { return requests.String(r) }

// ParseREDERequest returns the REDERequest named by s, ignoring case;
// other text is an error wrapping [ErrInvalidValue].
func ParseREDERequest(s string) (REDERequest, error) { return requests.Parse(s) }

// AppendText implements [encoding.TextAppender]; an invalid REDERequest
// is an error wrapping [ErrInvalidValue].
func (r REDERequest) AppendText(b []byte) ([]byte, error) { return requests.AppendText(b, r) }

// MarshalText implements [encoding.TextMarshaler].
func (r REDERequest) MarshalText() ([]byte, error) { return requests.AppendText(nil, r) }

// UnmarshalText implements [encoding.TextUnmarshaler], ignoring case. On
// error *r is left unchanged.
func (r *REDERequest) UnmarshalText(b []byte) error { return requests.UnmarshalText(r, b) }

// Rules of REDE's engagement, cited once; never written after
// initialisation.
var (
	redeAlways    = rule.Cite("REDE-6", "REDE-18")
	redeOnRequest = rule.Cite("REDE-7", "REDE-18")
)

// REDEEngages reports whether the customer's Reactive Enhanced Designated
// Engineering engineer takes part in an incident of level l: always for
// severity 1 and A, and for other severities only when the customer asks
// (r is [Requested]). REDE never changes the response targets (REDE-18),
// and covers only incidents on the products named in the Work Order
// (REDE-2), which the caller checks. The answer is the module's one yes/no
// shape, [rule.Verdict]. It returns an error wrapping [ErrInvalidLevel] for
// an invalid l and [ErrInvalidValue] for an invalid r.
//
// Rules REDE-2, REDE-6, REDE-7, REDE-18, D-SEV-3 (§2.4 table 11).
func REDEEngages(l Level, r REDERequest) (rule.Verdict, error) {
	if !r.IsValid() {
		return rule.Verdict{}, fmt.Errorf("%w: request %d", ErrInvalidValue, uint8(r))
	}
	switch l {
	case Sev1, SevA:
		return rule.Verdict{Allowed: true, Rules: redeAlways}, nil
	case SevB, SevC:
		return rule.Verdict{Allowed: r == Requested, Rules: redeOnRequest}, nil
	default:
		return rule.Verdict{}, fmt.Errorf("%w: %d", ErrInvalidLevel, uint8(l))
	}
}
