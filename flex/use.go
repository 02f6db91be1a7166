package flex

import (
	"fmt"

	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/internal/enum"
)

// A Use is one of the things a Flex Allowance request may ask the allowance
// to pay for: the four uses §2.2 allows, and the two management services it
// excludes (so that a request for them can be named and refused rather than
// lost). The zero Use is not valid; use [ParseUse] or one of the constants.
// Uses are comparable.
//
// New Uses are only ever appended; store the text form, not the number.
//
// Rules FLEX-1, FLEX-5, FLEX-8, D-FLEX-3 (§2.2 Flex Allowance).
type Use uint8

// The uses of Flex Allowance (§2.2). The first four are eligible (FLEX-1,
// FLEX-8); the last two are not (FLEX-5, D-FLEX-3).
const (
	_                         Use = iota // zero is deliberately invalid: every request names its use
	ProactiveServices                    // "+" proactive services, tables 2–7. Rules FLEX-1, FLEX-8.
	EnhancedSolutions                    // enhanced ("advanced") services and solutions, table 11. Rules FLEX-1, FLEX-8.
	ProactiveCredits                     // Proactive Credits, table 8; counts toward the credits cap. Rules FLEX-1, FLEX-2.
	CustomProactive                      // Custom Proactive Services, table 7; counts toward the credits cap. Rules FLEX-1, FLEX-2.
	SuccessManagement                    // Success Management, table 10; never payable by Flex. Rules FLEX-5, D-FLEX-3.
	ServiceDeliveryManagement            // service delivery management; never payable by Flex. Rules FLEX-5, D-FLEX-3.
)

var uses = enum.New[Use](ErrInvalidUse, "flex use", "", "proactive-services", "enhanced-solutions",
	"proactive-credits", "custom-proactive", "success-management", "service-delivery-management")

// ParseUse returns the Use whose text form is s, such as
// "proactive-credits" (case-insensitive, surrounding spaces ignored). Other
// text is an error wrapping [ErrInvalidUse]; empty text is the zero Use.
func ParseUse(s string) (Use, error) { return uses.Parse(s) }

// IsValid reports whether u is one of the declared uses.
func (u Use) IsValid() bool { return uses.IsValid(u) }

// IsEligible reports whether Flex Allowance may pay for u: proactive
// services, enhanced solutions, Proactive Credits and Custom Proactive
// Services may; Success Management and service delivery management may not,
// and neither may an invalid Use.
//
// Interpretation: D-FLEX-3 (AMB-3) — the bullet's heading says Success
// Management and its body says service delivery management; both are
// excluded, as one family.
//
// Rules FLEX-1, FLEX-5, FLEX-8, D-FLEX-3 (§2.2 Flex Allowance).
func (u Use) IsEligible() bool { return ProactiveServices <= u && u <= CustomProactive }

// IsCapped reports whether u counts toward the credits cap of [CreditsCap]:
// Proactive Credits and Custom Proactive Services share one cap.
//
// Interpretation: D-FLEX-1 (AMB-1) — one combined cap for both uses.
//
// Rules FLEX-2, D-FLEX-1 (§2.2 Flex Allowance).
func (u Use) IsCapped() bool { return u == ProactiveCredits || u == CustomProactive }

// String returns u's text form, such as "proactive-credits"; "" for the
// zero Use and a diagnostic such as "flex use(9)" for an invalid one.
func (u Use) String() string { return uses.String(u) }

// AppendText implements [encoding.TextAppender]; see [Use.MarshalText].
func (u Use) AppendText(b []byte) ([]byte, error) { return uses.AppendText(b, u) }

// MarshalText implements [encoding.TextMarshaler] with the text form of
// [Use.String]. The zero Use encodes as empty text; a Use out of range is an
// error wrapping [ErrInvalidUse].
func (u Use) MarshalText() ([]byte, error) { return uses.AppendText(nil, u) }

// UnmarshalText implements [encoding.TextUnmarshaler]; it accepts what
// [ParseUse] accepts, and empty text as the zero Use.
func (u *Use) UnmarshalText(b []byte) error { return uses.UnmarshalText(u, b) }

// UseOf returns the Use under which Flex Allowance would pay for the
// catalogue service id: [ProactiveServices] for the "+" services of tables
// 2–7, [CustomProactive], [ProactiveCredits], [SuccessManagement] (a Use
// that [Allocate] refuses) and [EnhancedSolutions] for table 11.
//
// A service with no Flex use is an error wrapping [ErrIneligible]: the
// reactive services of table 9, which FLEX-1 does not list, and the
// proactive services already included in the Base Package (marked ✓:
// On-demand Assessment, On-demand Education, Webcasts), since FLEX-8 lets
// Flex add "+" services only. An invalid id is an error wrapping
// [catalogue.ErrUnknownService].
//
// Rules FLEX-1, FLEX-5, FLEX-8 (§2.2 Flex Allowance).
func UseOf(id catalogue.ServiceID) (Use, error) {
	if !id.IsValid() {
		return 0, fmt.Errorf("flex: use of service: %w: %d", catalogue.ErrUnknownService, uint8(id))
	}
	svc, _ := catalogue.Lookup(id) // id is valid
	u := useOf(svc)
	if u == 0 {
		return 0, fmt.Errorf("%w: service %s has no Flex use (FLEX-1, FLEX-8)", ErrIneligible, id)
	}
	return u, nil
}

// useOf reads s's Use from the catalogue, which owns Flex eligibility
// ([catalogue.Service.Flex]): an eligible service is a proactive service or
// an enhanced solution by its kind; the two capped services are Proactive
// Credits and Custom Proactive Services; Success Management is the one
// ineligible service with a Use of its own, so that a request for it can be
// named and refused. Anything else (reactive services, and the Base
// Package's ✓ services, which are not applicable) has none: 0.
//
// Rules FLEX-1, FLEX-2, FLEX-5, FLEX-8, D-FLEX-3 (§2.2 Flex Allowance).
func useOf(s catalogue.Service) Use {
	switch f := s.Flex(); {
	case f == catalogue.FlexCapped && s.ID() == catalogue.ProactiveCredits:
		return ProactiveCredits
	case f == catalogue.FlexCapped:
		return CustomProactive
	case f == catalogue.FlexEligible && s.Kind() == catalogue.KindEnhancedSolution:
		return EnhancedSolutions
	case f == catalogue.FlexEligible:
		return ProactiveServices
	case s.Kind() == catalogue.KindSuccessManagement:
		return SuccessManagement
	}
	return 0
}

// Services returns, in catalogue order, the catalogue services for which
// [UseOf] returns u. It returns a new slice on every call; it is empty for
// [ServiceDeliveryManagement], which the catalogue does not define (AMB-3),
// and for an invalid Use.
//
// Rules FLEX-1, FLEX-8 (§2.2 Flex Allowance).
func (u Use) Services() []catalogue.ServiceID {
	var ids []catalogue.ServiceID
	if !u.IsValid() {
		return ids
	}
	for id := catalogue.ServiceID(1); int(id) <= catalogue.NumServiceIDs; id++ {
		if svc, _ := catalogue.Lookup(id); useOf(svc) == u {
			ids = append(ids, id)
		}
	}
	return ids
}
