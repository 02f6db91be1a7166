package cancellation

import (
	"github.com/supportrules/unified/contract/rule"
	"github.com/supportrules/unified/internal/enum"
)

// An Initiator says who cancelled a scheduled service, and why, so that
// [Covers] can say whether the §2.6 policy assesses the cancellation.
//
// The zero Initiator is "not stated": it is not valid, marshals to empty
// text and reads back from it. Initiators are comparable.
//
// Rules D-CANCEL, AMB-9, TERM-8, AEM-16 (§2.6).
type Initiator uint8

// Who cancelled a service.
const (
	_                           Initiator = iota // not stated
	Customer                                     // the customer asked: the policy applies. Rules CANCEL-1..3, D-CANCEL.
	WorkshopMinimumRegistration                  // Microsoft cancelled a workshop below its minimum registration. Rule TERM-8.
	AEMCustomerResources                         // Microsoft cancelled AEM: the customer could not provide resources or responses. Rule AEM-16.
	Rescheduled                                  // both parties agreed to move the service. AMB-9.
)

var initiators = enum.New[Initiator](ErrInvalid, "cancellation initiator",
	"", "customer", "workshop-minimum-registration", "aem-customer-resources", "rescheduled")

// String returns i's text form, such as "customer"; "" for the zero
// Initiator.
func (i Initiator) String() string { return initiators.String(i) }

// IsValid reports whether i is one of the declared initiators.
func (i Initiator) IsValid() bool { return initiators.IsValid(i) }

// ParseInitiator returns the Initiator whose text form is s, ignoring case,
// or an error wrapping [ErrInvalid]. Empty text is the zero Initiator.
func ParseInitiator(s string) (Initiator, error) { return initiators.Parse(s) }

// AppendText implements [encoding.TextAppender].
func (i Initiator) AppendText(b []byte) ([]byte, error) { return initiators.AppendText(b, i) }

// MarshalText implements [encoding.TextMarshaler].
func (i Initiator) MarshalText() ([]byte, error) { return initiators.AppendText(nil, i) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (i *Initiator) UnmarshalText(b []byte) error { return initiators.UnmarshalText(i, b) }

// Covers reports whether the §2.6 cancellation policy — the notice bands of
// [Assess] — decides the fee of a cancellation made by i, and the rules
// that say so.
//
//   - [Customer]: covered (CANCEL-1, CANCEL-2, CANCEL-3, D-CANCEL).
//   - [WorkshopMinimumRegistration]: not covered. TERM-8 lets Microsoft
//     cancel a workshop that does not reach its minimum registration, and
//     says nothing of a fee; the policy is for cancellations the customer
//     asks for (D-CANCEL), so no fee is assessed under it.
//   - [AEMCustomerResources]: not covered. AEM-16 lets Microsoft cancel an
//     Azure Event Management engagement when the customer cannot provide
//     adequate resources or responses, and does not say whether the
//     policy's fees apply (AMB-9).
//   - [Rescheduled], and an invalid Initiator: not covered; the document
//     does not address an agreed rescheduling (AMB-9).
//
// An answer of "not covered" does not mean "free": the document leaves the
// consequence open, and the caller's agreement decides it.
//
// Interpretation: D-CANCEL (AMB-9) — the policy applies to
// customer-initiated cancellations only.
//
// Rules D-CANCEL, AMB-9, TERM-8, AEM-16, CANCEL-1, CANCEL-2, CANCEL-3 (§2.6
// 취소 정책, §2.5 TERM-8, §2.4 AEM).
func Covers(i Initiator) rule.Verdict {
	switch i {
	case Customer:
		return rule.Allow("CANCEL-1", "CANCEL-2", "CANCEL-3", "D-CANCEL")
	case WorkshopMinimumRegistration:
		return rule.Deny("TERM-8", "D-CANCEL", "AMB-9")
	case AEMCustomerResources:
		return rule.Deny("AEM-16", "D-CANCEL", "AMB-9")
	default:
		return rule.Deny("D-CANCEL", "AMB-9")
	}
}
