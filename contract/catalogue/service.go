package catalogue

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/supportrules/unified/contract/catalogue/lang"
	"github.com/supportrules/unified/contract/rule"
)

// ErrCatalogueMismatch reports a JSON-encoded [Service] whose facts differ
// from the catalogue entry of the same ID in the edition this module encodes:
// data written by another edition, or edited by hand.
var ErrCatalogueMismatch = errors.New("catalogue: service does not match the catalogue")

// A Service is one entry of the service catalogue (tables 2–11 of §2.3 and
// §2.4): a service, a sub-service (Developer Services' three parts), a
// component (UER's Enhanced Incident Management) or a capability (AED's
// ten). Get one with [Lookup] or iterate them with [All].
//
// A Service is a small read-only handle on the catalogue's data: its
// accessors return copies, so no caller can change the catalogue. Services
// are comparable: two Services are == when they are the same entry. The
// zero Service is not valid: [Service.IsValid] reports false and every
// accessor returns a zero value.
//
// Each fact carries the rules it comes from: [Service.Rules] with a [Fact],
// and [Service.Constraints] for the per-service constraints of the
// catalogue's last column.
//
// Rules DOC-1, BUY-5, PRO-2, MARK-1, MARK-2, MARK-3, CAT-1, CAT-10 (§1, §2.1, §2.3, §2.4).
type Service struct {
	e *entry
}

// entry is one row of the catalogue; see catalogue.go.
type entry struct {
	id          ServiceID
	english     string
	korean      string
	category    Category
	parent      ServiceID
	marking     Marking
	inferred    bool
	modes       DeliveryModes
	defaultMode DeliveryMode
	coverage    ServiceHours
	languages   lang.Policy
	prereqs     Prerequisites
	coterm      Dependence
	units       []Unit
	flex        FlexUse
	locations   Locations
	rules       [numFacts]rule.Set
	constraints []Constraint
}

var zeroEntry entry

func (s Service) entry() *entry {
	if s.e == nil {
		return &zeroEntry
	}
	return s.e
}

// A Constraint is one per-service condition of the catalogue, in English,
// with the rules that state it, such as "Single support location" citing
// DE-5. Constraints are values.
type Constraint struct {
	Text  string   `json:"text"`
	Rules rule.Set `json:"rules"`
}

// IsValid reports whether s is an entry of the catalogue.
func (s Service) IsValid() bool { return s.e != nil }

// ID returns s's identifier.
func (s Service) ID() ServiceID { return s.entry().id }

// String returns s's slug, such as "designated-engineering", or "" for the
// zero Service.
func (s Service) String() string {
	if s.e == nil {
		return ""
	}
	return s.e.id.String()
}

// EnglishName returns s's English name, such as "Designated Engineering
// (DE)".
func (s Service) EnglishName() string { return s.entry().english }

// KoreanName returns s's name in the Korean seed, such as "전담 엔지니어링(DE)".
func (s Service) KoreanName() string { return s.entry().korean }

// Category returns the category of s's table.
//
// Rules CAT-1, CAT-2, CAT-3, CAT-4, CAT-5, CAT-6, CAT-7, CAT-8, CAT-9, CAT-10.
func (s Service) Category() Category { return s.entry().category }

// Kind returns the kind of support service s is (proactive, reactive,
// Success Management or enhanced solution).
//
// Rules SVC-1, BUY-3, BUY-4.
func (s Service) Kind() Kind { return s.entry().category.Kind() }

// Parent returns the service s is a part of, and true, for sub-services,
// components and capabilities; otherwise it returns 0, false.
func (s Service) Parent() (ServiceID, bool) {
	p := s.entry().parent
	return p, p != 0
}

// Parts returns the IDs of the sub-services, components or capabilities of
// s, in document order, as a new slice (nil when s has none).
func (s Service) Parts() []ServiceID {
	if s.e == nil {
		return nil
	}
	var ids []ServiceID
	for id := ServiceID(1); id < numServiceIDs; id++ {
		if catalogue[id].parent == s.e.id {
			ids = append(ids, id)
		}
	}
	return ids
}

// Marking returns the symbol printed beside s: ✓, + or +1, or
// [MarkingPartOf] for a part that carries none of its own.
//
// Rules MARK-1, MARK-2, MARK-3, MARK-5, D-MARK.
func (s Service) Marking() Marking { return s.entry().marking }

// MarkingInferred reports whether s's marking is not printed in the document
// and was inferred by a binding decision. Only REDE's is.
//
// Interpretation: D-MARK (AMB-26) — REDE's missing marking is treated as "+".
//
// Rules MARK-5, REDE-1, D-MARK.
func (s Service) MarkingInferred() bool { return s.entry().inferred }

// PurchaseMarking returns the marking under which s is bought: its own, or,
// for a part, that of the service it is a part of (Developer Services'
// sub-services are "+ (inherited)").
//
// Rules OPT-2, MARK-2.
func (s Service) PurchaseMarking() Marking {
	e := s.entry()
	for e.parent != 0 { // only parts have a parent, and every part is MarkingPartOf
		e = &catalogue[e.parent]
	}
	return e.marking
}

// Delivery returns the modes in which s can be delivered.
//
// Rules PRO-3, PRO-4, REACT-3, TERM-2.
func (s Service) Delivery() DeliveryModes { return s.entry().modes }

// DefaultDelivery returns the mode s is delivered in unless the Work Order
// or a written agreement says otherwise: remote for proactive services
// (PRO-4) and every other service (TERM-2), always remote for reactive ones
// (REACT-3) — except that the education and custom services the document
// describes as live online sessions (Chalk Talk, Workshops, Custom
// Proactive Services; EDU-5, EDU-6, APRO-1) default to online, a form of
// remote delivery.
//
// Rules PRO-4, REACT-3, TERM-2.
func (s Service) DefaultDelivery() DeliveryMode { return s.entry().defaultMode }

// Coverage returns the hours during which s is provided, where stated.
//
// Rules SVC-2, DE-3, EDE-9, REDE-15, SAMX-2, UER-7, RR-5, AEM-4, AED-16, AED-34, AED-37.
func (s Service) Coverage() ServiceHours { return s.entry().coverage }

// Languages returns the languages s is delivered in.
//
// Rules D-LANG, TERM-3, TERM-4, SAMX-3, UER-18, RR-9, AEM-20, AED-40.
func (s Service) Languages() lang.Policy { return s.entry().languages }

// Prerequisites returns what the customer must hold to buy and keep s.
//
// Rules MAINT-3, DE-2, EDE-8, REDE-13, SFMC-4, UER-4, MSCIR-3, AED-39, AED-27, AEM-17, D-TERM-3.
func (s Service) Prerequisites() Prerequisites { return s.entry().prereqs }

// Dependence returns whether s ends when the contract it depends on ends.
//
// Rules DE-2, EDE-8, REDE-13, SFMC-4, D-TERM-3.
func (s Service) Dependence() Dependence { return s.entry().coterm }

// Units returns the units in which s is sold, as a new slice; a service the
// document gives no unit for returns [UnitService].
//
// Rules OPT-3, OPT-4, EDU-6, CRED-1, SAMX-1, EDE-2, EDE-3, REDE-4, AEM-12.
func (s Service) Units() []Unit { return slices.Clone(s.entry().units) }

// Flex returns whether Flex Allowance can pay for s. It is a hint; package
// flex owns the rules.
//
// Rules FLEX-1, FLEX-2, FLEX-5, FLEX-8, D-FLEX-3.
func (s Service) Flex() FlexUse { return s.entry().flex }

// Locations returns how many support locations one purchase of s serves.
//
// Rules DE-5, EDE-11, REDE-16, UER-23, MC-7, MC-8, D-UER.
func (s Service) Locations() Locations { return s.entry().locations }

// Rules returns the rule IDs behind fact f of s, or the zero Rules for an
// invalid f or the zero Service.
func (s Service) Rules(f Fact) rule.Set {
	if !f.IsValid() {
		return rule.Set{}
	}
	return s.entry().rules[f]
}

// Constraints returns s's per-service constraints, each with its rules, as a
// new slice in the order of the document.
func (s Service) Constraints() []Constraint { return slices.Clone(s.entry().constraints) }

// AllRules returns every rule s cites: those of its facts, in the order of
// the [Fact] constants, then those of its constraints, each once. Use
// [rule.Set.Has] to ask whether s cites a rule.
func (s Service) AllRules() rule.Set {
	e := s.entry()
	var all rule.Set
	for f := Fact(1); f < numFacts; f++ {
		all = all.Join(e.rules[f])
	}
	for _, c := range e.constraints {
		all = all.Join(c.Rules)
	}
	return all
}

// maxServiceJSON bounds the JSON text [Service.UnmarshalJSON] reads: the
// longest entry of the catalogue encodes in under 4 KiB.
const maxServiceJSON = 32 << 10

// serviceJSON is the JSON form of a Service.
type serviceJSON struct {
	ID              ServiceID         `json:"id"`
	EnglishName     string            `json:"englishName"`
	KoreanName      string            `json:"koreanName"`
	Table           int               `json:"table"`
	Category        Category          `json:"category"`
	Kind            Kind              `json:"kind"`
	Parent          ServiceID         `json:"parent,omitempty"`
	Marking         Marking           `json:"marking"`
	MarkingInferred bool              `json:"markingInferred,omitempty"`
	Delivery        DeliveryModes     `json:"delivery"`
	DefaultDelivery DeliveryMode      `json:"defaultDelivery"`
	Coverage        ServiceHours      `json:"coverage"`
	Languages       lang.Policy       `json:"languages"`
	Prerequisites   Prerequisites     `json:"prerequisites"`
	Dependence      Dependence        `json:"dependence"`
	Units           []Unit            `json:"units"`
	Flex            FlexUse           `json:"flex"`
	Locations       Locations         `json:"locations"`
	Rules           map[Fact]rule.Set `json:"rules"`
	Constraints     []Constraint      `json:"constraints"`
}

func (s Service) toJSON() serviceJSON {
	e := s.entry()
	rules := map[Fact]rule.Set{}
	for f := Fact(1); f < numFacts; f++ {
		if e.rules[f].Len() > 0 {
			rules[f] = e.rules[f]
		}
	}
	cs := slices.Clone(e.constraints)
	if cs == nil {
		cs = []Constraint{}
	}
	return serviceJSON{
		ID: e.id, EnglishName: e.english, KoreanName: e.korean, Table: e.category.Table(),
		Category: e.category, Kind: s.Kind(), Parent: e.parent, Marking: e.marking,
		MarkingInferred: e.inferred, Delivery: e.modes, DefaultDelivery: e.defaultMode,
		Coverage: e.coverage, Languages: e.languages, Prerequisites: e.prereqs,
		Dependence: e.coterm, Units: slices.Clone(e.units), Flex: e.flex,
		Locations: e.locations, Rules: rules, Constraints: cs,
	}
}

// MarshalJSON encodes s with all its facts and citations. The zero Service
// encodes as null.
func (s Service) MarshalJSON() ([]byte, error) {
	if s.e == nil {
		return []byte("null"), nil
	}
	return json.Marshal(s.toJSON())
}

// UnmarshalJSON decodes a Service that [Service.MarshalJSON] encoded. The
// result is the catalogue's entry for the decoded ID; every decoded fact must
// equal the catalogue's, or the error wraps [ErrCatalogueMismatch] and names
// the first fact that differs. An unknown ID is an error wrapping
// [ErrUnknownService]; null gives the zero Service. Text longer than 32 KiB,
// eight times the longest entry, is refused before parsing with
// [ErrMalformed].
func (s *Service) UnmarshalJSON(b []byte) error {
	if len(b) > maxServiceJSON {
		return fmt.Errorf("%w: service: %d bytes of JSON, more than %d", ErrMalformed, len(b), maxServiceJSON)
	}
	if string(b) == "null" {
		*s = Service{}
		return nil
	}
	var j serviceJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return decodeError(ErrMalformed, "service", err)
	}
	got, ok := Lookup(j.ID)
	if !ok {
		return fmt.Errorf("%w: %q", ErrUnknownService, j.ID.String())
	}
	want := got.toJSON()
	if field := firstDifference(want, j); field != "" {
		return fmt.Errorf("%w: %s: %s", ErrCatalogueMismatch, j.ID, field)
	}
	*s = got
	return nil
}

// firstDifference names the first field in which a and b differ, or "".
func firstDifference(a, b serviceJSON) string {
	switch {
	case a.EnglishName != b.EnglishName:
		return "englishName"
	case a.KoreanName != b.KoreanName:
		return "koreanName"
	case a.Table != b.Table:
		return "table"
	case a.Category != b.Category:
		return "category"
	case a.Kind != b.Kind:
		return "kind"
	case a.Parent != b.Parent:
		return "parent"
	case a.Marking != b.Marking:
		return "marking"
	case a.MarkingInferred != b.MarkingInferred:
		return "markingInferred"
	case a.Delivery != b.Delivery:
		return "delivery"
	case a.DefaultDelivery != b.DefaultDelivery:
		return "defaultDelivery"
	case a.Coverage != b.Coverage:
		return "coverage"
	case a.Languages.String() != b.Languages.String():
		return "languages"
	case a.Prerequisites != b.Prerequisites:
		return "prerequisites"
	case a.Dependence != b.Dependence:
		return "dependence"
	case !slices.Equal(a.Units, b.Units):
		return "units"
	case a.Flex != b.Flex:
		return "flex"
	case a.Locations != b.Locations:
		return "locations"
	case len(a.Rules) != len(b.Rules):
		return "rules"
	case !slices.Equal(a.Constraints, b.Constraints):
		return "constraints"
	}
	for f, r := range a.Rules {
		if b.Rules[f] != r {
			return "rules." + f.String()
		}
	}
	return ""
}
