package catalogue

import (
	"encoding/json"
	"fmt"
	"iter"
)

// A Prerequisite is something a customer must hold before, and while, it
// uses a service. The zero Prerequisite is not valid. Prerequisites are
// comparable.
//
// Rules MAINT-3, DE-2, EDE-8, REDE-13, SFMC-4, UER-4, MSCIR-3, AED-39, AED-27, AEM-17, D-TERM-3, D-AED-1.
type Prerequisite uint8

// The prerequisites.
const (
	_                         Prerequisite = iota // zero is deliberately invalid
	NeedsUnifiedContract                          // an active Unified Support contract (DE-2, EDE-8, REDE-13, SFMC-4, UER-4, MSCIR-3, AED-39)
	NeedsRapidResponse                            // an active Azure Rapid Response contract (AED-39, D-TERM-3)
	NeedsAzureSubscription                        // a valid Azure subscription with enough data (MAINT-3)
	NeedsAzurePublicCloud                         // a solution in the Azure public cloud, not Government or sovereign (AEM-17, AEM-18)
	NeedsExtendedCapabilities                     // an Extended Capabilities Customer named in the WO (AED-27, D-AED-1)
)

var prerequisiteNames = [...]string{"", "unified-contract", "rapid-response", "azure-subscription", "azure-public-cloud", "extended-capabilities"}

// ParsePrerequisite returns the Prerequisite named s, or an error wrapping
// [ErrInvalidEnum].
func ParsePrerequisite(s string) (Prerequisite, error) {
	v, err := enumParse(prerequisiteNames[:], s, "prerequisite")
	return Prerequisite(v), err
}

// IsValid reports whether p is one of the declared prerequisites.
func (p Prerequisite) IsValid() bool { return p > 0 && int(p) < len(prerequisiteNames) }

// String returns p's name, or a diagnostic such as "contract.Prerequisite(9)".
func (p Prerequisite) String() string {
	return enumString(prerequisiteNames[:], uint8(p), "Prerequisite")
}

// Service returns the catalogue service that p requires, and true, when p is
// itself a service of the catalogue ([NeedsRapidResponse]).
//
// Rules AED-39, D-TERM-3.
func (p Prerequisite) Service() (ServiceID, bool) {
	if p == NeedsRapidResponse {
		return RapidResponse, true
	}
	return 0, false
}

// MarshalText implements [encoding.TextMarshaler]; the zero Prerequisite
// encodes as empty text.
func (p Prerequisite) MarshalText() ([]byte, error) {
	return enumMarshal(prerequisiteNames[:], uint8(p), "prerequisite")
}

// UnmarshalText implements [encoding.TextUnmarshaler]; empty text gives the
// zero Prerequisite.
func (p *Prerequisite) UnmarshalText(b []byte) error {
	v, err := enumUnmarshal(prerequisiteNames[:], b, "prerequisite")
	if err != nil {
		return err
	}
	*p = Prerequisite(v)
	return nil
}

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
		for p := Prerequisite(1); int(p) < len(prerequisiteNames); p++ {
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

// UnmarshalJSON decodes a JSON array of names.
func (s *Prerequisites) UnmarshalJSON(b []byte) error {
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
// Rules DE-2, EDE-8, REDE-13, SFMC-4, UER-4, MSCIR-3, AED-39, D-TERM-3.
type Dependence uint8

// The co-termination rules.
const (
	_                    Dependence = iota // zero is deliberately invalid
	DependenceNone                         // no dependency beyond the Work Order term itself (TERM-7)
	DependenceStated                       // the document says it terminates on the same date (DE-2, EDE-8, REDE-13, SFMC-4)
	DependenceByDecision                   // a dependent service; same-date end by D-TERM-3 (UER-4, MSCIR-3, AED-39)
	DependenceParent                       // a part of another service, which ends with it
)

var dependenceNames = [...]string{"", "none", "stated", "by-decision", "with-parent"}

// ParseDependence returns the Dependence named s, or an error wrapping
// [ErrInvalidEnum].
func ParseDependence(s string) (Dependence, error) {
	v, err := enumParse(dependenceNames[:], s, "dependence")
	return Dependence(v), err
}

// IsValid reports whether c is one of the declared rules.
func (c Dependence) IsValid() bool { return c > 0 && int(c) < len(dependenceNames) }

// String returns c's name, or a diagnostic such as "contract.Dependence(9)".
func (c Dependence) String() string {
	return enumString(dependenceNames[:], uint8(c), "Dependence")
}

// MarshalText implements [encoding.TextMarshaler]; the zero value encodes as
// empty text.
func (c Dependence) MarshalText() ([]byte, error) {
	return enumMarshal(dependenceNames[:], uint8(c), "dependence")
}

// UnmarshalText implements [encoding.TextUnmarshaler]; empty text gives the
// zero value.
func (c *Dependence) UnmarshalText(b []byte) error {
	v, err := enumUnmarshal(dependenceNames[:], b, "dependence")
	if err != nil {
		return err
	}
	*c = Dependence(v)
	return nil
}

// FlexUse says whether Flex Allowance (§2.2) can pay for a service. It is a
// hint for the flex package, which owns the rules. The zero FlexUse is not
// valid. FlexUses are comparable.
//
// Interpretation: FLEX-1 lists proactive services, enhanced solutions,
// Proactive Credits and Custom Proactive Services; reactive add-ons (RCA,
// additional SAM hours) are not on the list, so they are [FlexIneligible].
//
// Rules FLEX-1, FLEX-2, FLEX-5, FLEX-8, D-FLEX-1, D-FLEX-3.
type FlexUse uint8

// The Flex Allowance uses.
const (
	_                 FlexUse = iota // zero is deliberately invalid
	FlexEligible                     // Flex Allowance can pay for it (FLEX-1, FLEX-8)
	FlexCapped                       // eligible within the credits cap (FLEX-2, D-FLEX-1)
	FlexIneligible                   // Flex Allowance cannot pay for it (FLEX-5, D-FLEX-3, FLEX-1)
	FlexNotApplicable                // included in the Base Package: nothing to buy (MARK-1)
)

var flexUseNames = [...]string{"", "eligible", "capped", "ineligible", "not-applicable"}

// ParseFlexUse returns the FlexUse named s, or an error wrapping
// [ErrInvalidEnum].
func ParseFlexUse(s string) (FlexUse, error) {
	v, err := enumParse(flexUseNames[:], s, "flex use")
	return FlexUse(v), err
}

// IsValid reports whether f is one of the declared uses.
func (f FlexUse) IsValid() bool { return f > 0 && int(f) < len(flexUseNames) }

// String returns f's name, or a diagnostic such as "contract.FlexUse(9)".
func (f FlexUse) String() string { return enumString(flexUseNames[:], uint8(f), "FlexUse") }

// MarshalText implements [encoding.TextMarshaler]; the zero FlexUse encodes
// as empty text.
func (f FlexUse) MarshalText() ([]byte, error) {
	return enumMarshal(flexUseNames[:], uint8(f), "flex use")
}

// UnmarshalText implements [encoding.TextUnmarshaler]; empty text gives the
// zero FlexUse.
func (f *FlexUse) UnmarshalText(b []byte) error {
	v, err := enumUnmarshal(flexUseNames[:], b, "flex use")
	if err != nil {
		return err
	}
	*f = FlexUse(v)
	return nil
}

// Locations is how many support locations one purchase of a service may
// serve in a multi-country contract. The zero Locations is not valid.
//
// Interpretation: AMB-34 — DE and EDE have exactly one location, REDE one or
// more; D-UER (AMB-11) — UER bought for the host covers every location.
//
// Rules DE-5, EDE-11, REDE-16, UER-23, UER-24, MC-8, D-UER.
type Locations uint8

// The location rules.
const (
	_                      Locations = iota // zero is deliberately invalid
	LocationsDesignated                     // the location(s) the Work Order designates (MC-8, MC-13)
	LocationsSingle                         // exactly one support location (DE-5, EDE-11)
	LocationsPurchased                      // the one or more locations it was bought for (REDE-16)
	LocationsHostCoversAll                  // bought for the host, delivered to every location (UER-23, UER-24, D-UER)
	LocationsAny                            // delivered remotely to any location (MC-7, TERM-1)
)

var locationsNames = [...]string{"", "designated", "single", "purchased", "host-covers-all", "any"}

// ParseLocations returns the Locations named s, or an error wrapping
// [ErrInvalidEnum].
func ParseLocations(s string) (Locations, error) {
	v, err := enumParse(locationsNames[:], s, "locations")
	return Locations(v), err
}

// IsValid reports whether l is one of the declared rules.
func (l Locations) IsValid() bool { return l > 0 && int(l) < len(locationsNames) }

// String returns l's name, or a diagnostic such as "contract.Locations(9)".
func (l Locations) String() string { return enumString(locationsNames[:], uint8(l), "Locations") }

// MarshalText implements [encoding.TextMarshaler]; the zero value encodes as
// empty text.
func (l Locations) MarshalText() ([]byte, error) {
	return enumMarshal(locationsNames[:], uint8(l), "locations")
}

// UnmarshalText implements [encoding.TextUnmarshaler]; empty text gives the
// zero value.
func (l *Locations) UnmarshalText(b []byte) error {
	v, err := enumUnmarshal(locationsNames[:], b, "locations")
	if err != nil {
		return err
	}
	*l = Locations(v)
	return nil
}

// A Fact names one fact of a [Service] whose rule IDs [Service.Rules]
// returns. The zero Fact is not valid.
type Fact uint8

// The facts of a service that carry citations.
const (
	_                 Fact = iota // zero is deliberately invalid
	FactMarking                   // [Service.Marking]
	FactCategory                  // [Service.Category]
	FactDelivery                  // [Service.Delivery] and [Service.DefaultDelivery]
	FactCoverage                  // [Service.Coverage]
	FactLanguages                 // [Service.Languages]
	FactPrerequisites             // [Service.Prerequisites] and [Service.Dependence]
	FactUnits                     // [Service.Units]
	FactFlex                      // [Service.Flex]
	FactLocations                 // [Service.Locations]
	numFacts
)

var factNames = [...]string{"", "marking", "category", "delivery", "coverage", "languages", "prerequisites", "units", "flex", "locations"}

// ParseFact returns the Fact named s, or an error wrapping [ErrInvalidEnum].
func ParseFact(s string) (Fact, error) {
	v, err := enumParse(factNames[:], s, "fact")
	return Fact(v), err
}

// IsValid reports whether f is one of the declared facts.
func (f Fact) IsValid() bool { return f > 0 && f < numFacts }

// String returns f's name, or a diagnostic such as "contract.Fact(99)".
func (f Fact) String() string { return enumString(factNames[:], uint8(f), "Fact") }

// MarshalText implements [encoding.TextMarshaler]; the zero Fact encodes as
// empty text.
func (f Fact) MarshalText() ([]byte, error) { return enumMarshal(factNames[:], uint8(f), "fact") }

// UnmarshalText implements [encoding.TextUnmarshaler]; empty text gives the
// zero Fact.
func (f *Fact) UnmarshalText(b []byte) error {
	v, err := enumUnmarshal(factNames[:], b, "fact")
	if err != nil {
		return err
	}
	*f = Fact(v)
	return nil
}
