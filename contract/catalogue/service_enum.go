package catalogue

import (
	"encoding/json"
	"fmt"
	"github.com/supportrules/unified/internal/enum"
	"iter"
)

// A Prerequisite is something a customer must hold before, and while, it
// uses a service. The zero Prerequisite is not valid. Prerequisites are
// comparable.
//
// The zero Prerequisite means "not set": it is not valid, its text is empty,
// and empty text decodes to it, so it round-trips.
//
// Rules MAINT-3, DE-2, EDE-8, REDE-13, SFMC-4, UER-4, MSCIR-3, AED-39, AED-27, AEM-17, D-TERM-3, D-AED-1.
type Prerequisite uint8

// The prerequisites.
const (
	NeedsUnifiedContract      Prerequisite = iota + 1 // an active Unified Support contract (DE-2, EDE-8, REDE-13, SFMC-4, UER-4, MSCIR-3, AED-39)
	NeedsRapidResponse                                // an active Azure Rapid Response contract (AED-39, D-TERM-3)
	NeedsAzureSubscription                            // a valid Azure subscription with enough data (MAINT-3)
	NeedsAzurePublicCloud                             // a solution in the Azure public cloud, not Government or sovereign (AEM-17, AEM-18)
	NeedsExtendedCapabilities                         // an Extended Capabilities Customer named in the WO (AED-27, D-AED-1)
)

// prerequisites names the values; the zero Prerequisite is unnamed ("not set").
var prerequisites = enum.New[Prerequisite](ErrInvalidEnum, "prerequisite", "", "unified-contract", "rapid-response", "azure-subscription", "azure-public-cloud", "extended-capabilities")

// ParsePrerequisite returns the Prerequisite named s, ignoring case and surrounding space, or
// an error wrapping [ErrInvalidEnum]. Empty text gives the zero Prerequisite.
func ParsePrerequisite(s string) (Prerequisite, error) { return prerequisites.Parse(s) }

// IsValid reports whether p is one of the declared values.
func (p Prerequisite) IsValid() bool { return prerequisites.IsValid(p) }

// String returns p's name; "" for the zero Prerequisite, and a
// diagnostic such as "prerequisite(99)" for other undeclared values.
func (p Prerequisite) String() string { return prerequisites.String(p) }

// AppendText implements [encoding.TextAppender] with p's name; an
// undeclared value is an error.
func (p Prerequisite) AppendText(b []byte) ([]byte, error) { return prerequisites.AppendText(b, p) }

// MarshalText implements [encoding.TextMarshaler], as AppendText.
func (p Prerequisite) MarshalText() ([]byte, error) { return prerequisites.AppendText(nil, p) }

// UnmarshalText implements [encoding.TextUnmarshaler], as [ParsePrerequisite] reads.
func (p *Prerequisite) UnmarshalText(b []byte) error { return prerequisites.UnmarshalText(p, b) }

// Prerequisites is a set of [Prerequisite] values. The zero Prerequisites is
// the empty set. Prerequisites are comparable; JSON encodes them as an array
// of names.
type Prerequisites uint8

// PrerequisitesOf returns the set holding ps; invalid values are ignored.
func PrerequisitesOf(ps ...Prerequisite) Prerequisites {
	var s Prerequisites
	for _, p := range ps {
		if p.IsValid() {
			s |= 1 << p
		}
	}
	return s
}

// Has reports whether s holds p.
func (s Prerequisites) Has(p Prerequisite) bool { return p.IsValid() && s&(1<<p) != 0 }

// All returns an iterator over the prerequisites of s, in the order of the
// constants.
func (s Prerequisites) All() iter.Seq[Prerequisite] {
	return func(yield func(Prerequisite) bool) {
		for p := Prerequisite(1); p.IsValid(); p++ {
			if s.Has(p) && !yield(p) {
				return
			}
		}
	}
}

// MarshalJSON encodes s as a JSON array of names.
func (s Prerequisites) MarshalJSON() ([]byte, error) {
	ps := []Prerequisite{}
	for p := range s.All() {
		ps = append(ps, p)
	}
	return json.Marshal(ps)
}

// UnmarshalJSON decodes a JSON array of names, at most 1 KiB of text; an
// unknown name or longer text is an error wrapping [ErrInvalidEnum].
func (s *Prerequisites) UnmarshalJSON(b []byte) error {
	if len(b) > maxSetJSON {
		return fmt.Errorf("%w: prerequisites: %d bytes of JSON, more than %d", ErrInvalidEnum, len(b), maxSetJSON)
	}
	var ps []Prerequisite
	if err := json.Unmarshal(b, &ps); err != nil {
		return decodeError(ErrInvalidEnum, "prerequisites", err)
	}
	var out Prerequisites
	for _, p := range ps {
		if !p.IsValid() {
			return fmt.Errorf("%w: empty prerequisite", ErrInvalidEnum)
		}
		out |= 1 << p
	}
	*s = out
	return nil
}

// Dependence says whether a service ends when the contract it depends on
// ends. The zero Dependence is not valid. Dependences are comparable.
//
// Interpretation: D-TERM-3 (AMB-28) — a dependent service ends on the earlier
// of its own end and its parent contract's end.
//
// The zero Dependence means "not set": it is not valid, its text is empty,
// and empty text decodes to it, so it round-trips.
//
// Rules DE-2, EDE-8, REDE-13, SFMC-4, UER-4, MSCIR-3, AED-39, D-TERM-3.
type Dependence uint8

// The co-termination rules.
const (
	DependenceNone       Dependence = iota + 1 // no dependency beyond the Work Order term itself (TERM-7)
	DependenceStated                           // the document says it terminates on the same date (DE-2, EDE-8, REDE-13, SFMC-4)
	DependenceByDecision                       // a dependent service; same-date end by D-TERM-3 (UER-4, MSCIR-3, AED-39)
	DependenceParent                           // a part of another service, which ends with it
)

// dependences names the values; the zero Dependence is unnamed ("not set").
var dependences = enum.New[Dependence](ErrInvalidEnum, "dependence", "", "none", "stated", "by-decision", "with-parent")

// ParseDependence returns the Dependence named s, ignoring case and surrounding space, or
// an error wrapping [ErrInvalidEnum]. Empty text gives the zero Dependence.
func ParseDependence(s string) (Dependence, error) { return dependences.Parse(s) }

// IsValid reports whether c is one of the declared values.
func (c Dependence) IsValid() bool { return dependences.IsValid(c) }

// String returns c's name; "" for the zero Dependence, and a
// diagnostic such as "dependence(99)" for other undeclared values.
func (c Dependence) String() string { return dependences.String(c) }

// AppendText implements [encoding.TextAppender] with c's name; an
// undeclared value is an error.
func (c Dependence) AppendText(b []byte) ([]byte, error) { return dependences.AppendText(b, c) }

// MarshalText implements [encoding.TextMarshaler], as AppendText.
func (c Dependence) MarshalText() ([]byte, error) { return dependences.AppendText(nil, c) }

// UnmarshalText implements [encoding.TextUnmarshaler], as [ParseDependence] reads.
func (c *Dependence) UnmarshalText(b []byte) error { return dependences.UnmarshalText(c, b) }

// FlexUse says whether Flex Allowance (§2.2) can pay for a service. It is a
// hint for the flex package, which owns the rules. The zero FlexUse is not
// valid. FlexUses are comparable.
//
// Interpretation: FLEX-1 lists proactive services, enhanced solutions,
// Proactive Credits and Custom Proactive Services; reactive add-ons (RCA,
// additional SAM hours) are not on the list, so they are [FlexIneligible].
//
// The zero FlexUse means "not set": it is not valid, its text is empty,
// and empty text decodes to it, so it round-trips.
//
// Rules FLEX-1, FLEX-2, FLEX-5, FLEX-8, D-FLEX-1, D-FLEX-3.
type FlexUse uint8

// The Flex Allowance uses.
const (
	FlexEligible      FlexUse = iota + 1 // Flex Allowance can pay for it (FLEX-1, FLEX-8)
	FlexCapped                           // eligible within the credits cap (FLEX-2, D-FLEX-1)
	FlexIneligible                       // Flex Allowance cannot pay for it (FLEX-5, D-FLEX-3, FLEX-1)
	FlexNotApplicable                    // included in the Base Package: nothing to buy (MARK-1)
)

// flexUses names the values; the zero FlexUse is unnamed ("not set").
var flexUses = enum.New[FlexUse](ErrInvalidEnum, "flex use", "", "eligible", "capped", "ineligible", "not-applicable")

// ParseFlexUse returns the FlexUse named s, ignoring case and surrounding space, or
// an error wrapping [ErrInvalidEnum]. Empty text gives the zero FlexUse.
func ParseFlexUse(s string) (FlexUse, error) { return flexUses.Parse(s) }

// IsValid reports whether f is one of the declared values.
func (f FlexUse) IsValid() bool { return flexUses.IsValid(f) }

// String returns f's name; "" for the zero FlexUse, and a
// diagnostic such as "flex use(99)" for other undeclared values.
func (f FlexUse) String() string { return flexUses.String(f) }

// AppendText implements [encoding.TextAppender] with f's name; an
// undeclared value is an error.
func (f FlexUse) AppendText(b []byte) ([]byte, error) { return flexUses.AppendText(b, f) }

// MarshalText implements [encoding.TextMarshaler], as AppendText.
func (f FlexUse) MarshalText() ([]byte, error) { return flexUses.AppendText(nil, f) }

// UnmarshalText implements [encoding.TextUnmarshaler], as [ParseFlexUse] reads.
func (f *FlexUse) UnmarshalText(b []byte) error { return flexUses.UnmarshalText(f, b) }

// Locations is how many support locations one purchase of a service may
// serve in a multi-country contract. The zero Locations is not valid.
//
// Interpretation: AMB-34 — DE and EDE have exactly one location, REDE one or
// more; D-UER (AMB-11) — UER bought for the host covers every location.
//
// The zero Locations means "not set": it is not valid, its text is empty,
// and empty text decodes to it, so it round-trips.
//
// Rules DE-5, EDE-11, REDE-16, UER-23, UER-24, MC-8, D-UER.
type Locations uint8

// The location rules.
const (
	LocationsDesignated    Locations = iota + 1 // the location(s) the Work Order designates (MC-8, MC-13)
	LocationsSingle                             // exactly one support location (DE-5, EDE-11)
	LocationsPurchased                          // the one or more locations it was bought for (REDE-16)
	LocationsHostCoversAll                      // bought for the host, delivered to every location (UER-23, UER-24, D-UER)
	LocationsAny                                // delivered remotely to any location (MC-7, TERM-1)
)

// locationRules names the values; the zero Locations is unnamed ("not set").
var locationRules = enum.New[Locations](ErrInvalidEnum, "locations rule", "", "designated", "single", "purchased", "host-covers-all", "any")

// ParseLocations returns the Locations named s, ignoring case and surrounding space, or
// an error wrapping [ErrInvalidEnum]. Empty text gives the zero Locations.
func ParseLocations(s string) (Locations, error) { return locationRules.Parse(s) }

// IsValid reports whether l is one of the declared values.
func (l Locations) IsValid() bool { return locationRules.IsValid(l) }

// String returns l's name; "" for the zero Locations, and a
// diagnostic such as "locations rule(99)" for other undeclared values.
func (l Locations) String() string { return locationRules.String(l) }

// AppendText implements [encoding.TextAppender] with l's name; an
// undeclared value is an error.
func (l Locations) AppendText(b []byte) ([]byte, error) { return locationRules.AppendText(b, l) }

// MarshalText implements [encoding.TextMarshaler], as AppendText.
func (l Locations) MarshalText() ([]byte, error) { return locationRules.AppendText(nil, l) }

// UnmarshalText implements [encoding.TextUnmarshaler], as [ParseLocations] reads.
func (l *Locations) UnmarshalText(b []byte) error { return locationRules.UnmarshalText(l, b) }

// A Fact names one fact of a [Service] whose rule IDs [Service.Rules]
// returns. The zero Fact is not valid.
//
// The zero Fact means "not set": it is not valid, its text is empty,
// and empty text decodes to it, so it round-trips.
type Fact uint8

// The facts of a service that carry citations.
const (
	FactMarking       Fact = iota + 1 // [Service.Marking]
	FactCategory                      // [Service.Category]
	FactDelivery                      // [Service.Delivery] and [Service.DefaultDelivery]
	FactCoverage                      // [Service.Coverage]
	FactLanguages                     // [Service.Languages]
	FactPrerequisites                 // [Service.Prerequisites] and [Service.Dependence]
	FactUnits                         // [Service.Units]
	FactFlex                          // [Service.Flex]
	FactLocations                     // [Service.Locations]
	numFacts
)

// facts names the values; the zero Fact is unnamed ("not set").
var facts = enum.New[Fact](ErrInvalidEnum, "fact", "", "marking", "category", "delivery", "coverage", "languages", "prerequisites", "units", "flex", "locations")

// ParseFact returns the Fact named s, ignoring case and surrounding space, or
// an error wrapping [ErrInvalidEnum]. Empty text gives the zero Fact.
func ParseFact(s string) (Fact, error) { return facts.Parse(s) }

// IsValid reports whether f is one of the declared values.
func (f Fact) IsValid() bool { return facts.IsValid(f) }

// String returns f's name; "" for the zero Fact, and a
// diagnostic such as "fact(99)" for other undeclared values.
func (f Fact) String() string { return facts.String(f) }

// AppendText implements [encoding.TextAppender] with f's name; an
// undeclared value is an error.
func (f Fact) AppendText(b []byte) ([]byte, error) { return facts.AppendText(b, f) }

// MarshalText implements [encoding.TextMarshaler], as AppendText.
func (f Fact) MarshalText() ([]byte, error) { return facts.AppendText(nil, f) }

// UnmarshalText implements [encoding.TextUnmarshaler], as [ParseFact] reads.
func (f *Fact) UnmarshalText(b []byte) error { return facts.UnmarshalText(f, b) }
