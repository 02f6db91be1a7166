package catalogue

import (
	"iter"
	"slices"

	"github.com/supportrules/unified/contract/catalogue/lang"
	"github.com/supportrules/unified/contract/rule"
	"golang.org/x/text/language"
)

// Lookup returns the catalogue entry of id, and true, or the zero
// [Service] and false when id is not a valid [ServiceID]. It does not
// allocate.
//
// Rules DOC-1, BUY-5, PRO-2 (§1, §2.1, §2.3).
func Lookup(id ServiceID) (Service, bool) {
	if !id.IsValid() {
		return Service{}, false
	}
	return Service{e: &catalogue[id]}, true
}

// All returns an iterator over every entry of the catalogue in document
// order: the services of tables 2–11, each followed by its parts.
//
// Rules DOC-1, CAT-1, CAT-10.
func All() iter.Seq[Service] {
	return func(yield func(Service) bool) {
		for id := ServiceID(1); id < numServiceIDs; id++ {
			if !yield(Service{e: &catalogue[id]}) {
				return
			}
		}
	}
}

// mustLanguages is lang.PolicyOf for the catalogue's literal data: an
// invalid policy is a mistake in this package, caught when it is loaded by
// any test.
func mustLanguages(b lang.BestEffort, tags ...language.Tag) lang.Policy {
	p, err := lang.PolicyOf(b, tags...)
	if err != nil {
		panic("catalogue: internal error: " + err.Error())
	}
	return p
}

// catalogue holds the entries, indexed by ServiceID. It is built once, never
// written after, and only ever read through Service's accessors, which
// return copies.
var catalogue = buildCatalogue()

// The defaults the document states once for whole groups, and that each
// constructor below applies (the catalogue at the end of RULES.md does not
// repeat them row by row): proactive services are remote unless agreed in
// writing and sold as onsite (PRO-4), every other service remote unless
// stated otherwise in writing (TERM-2), reactive services always remote
// (REACT-3); base reactive services speak English and, where possible, the
// contacts' language (TERM-3); all other services the language where the
// Microsoft service is located or English (TERM-4).

func base(id ServiceID, cat Category, m Marking, en, ko string, markRules ...rule.ID) entry {
	e := entry{id: id, english: en, korean: ko, category: cat, marking: m}
	switch m {
	case MarkingIncluded:
		e.rules[FactMarking] = cite(markRules...).With("MARK-1", "BUY-2")
	case MarkingPurchasable:
		e.rules[FactMarking] = cite(markRules...).With("MARK-2")
	case MarkingPurchasableLimited:
		e.rules[FactMarking] = cite(markRules...).With("MARK-3", "D-MARK")
	default:
		e.rules[FactMarking] = cite(markRules...)
	}
	e.rules[FactCategory] = cite(cat.Rule())
	e.coterm = DependenceNone
	e.rules[FactPrerequisites] = cite("TERM-7")
	e.units = []Unit{UnitService}
	e.rules[FactUnits] = cite("MC-8")
	e.coverage = HoursNotStated
	e.languages = mustLanguages(lang.BestEffortDeliveryLocation, language.English)
	e.rules[FactLanguages] = cite("TERM-4", "D-LANG")
	return e
}

// proactive is a service of tables 2–8.
func proactive(id ServiceID, cat Category, m Marking, en, ko string, markRules ...rule.ID) entry {
	e := base(id, cat, m, en, ko, markRules...)
	if m == MarkingPurchasable {
		e.rules[FactMarking] = e.rules[FactMarking].With("BUY-7")
	}
	e.rules[FactCategory] = e.rules[FactCategory].With("SVC-1", "BUY-3")
	e.modes = remoteOrOnsite
	e.defaultMode = DeliveryRemote
	e.rules[FactDelivery] = cite("PRO-4", "PRO-3", "PRO-1")
	e.locations = LocationsDesignated
	e.rules[FactLocations] = cite("MC-8", "MC-13")
	if m == MarkingIncluded {
		e.flex = FlexNotApplicable
		e.rules[FactFlex] = cite("MARK-1", "FLEX-8")
		e.rules[FactLocations] = cite("MC-6") // designated, as every proactive service: MC-6 for the Base Package
	} else {
		e.flex = FlexEligible
		e.rules[FactFlex] = cite("FLEX-1", "FLEX-8")
	}
	return e
}

// reactive is a service of table 9.
func reactive(id ServiceID, m Marking, en, ko string, markRules ...rule.ID) entry {
	e := base(id, CategoryReactive, m, en, ko, markRules...)
	e.rules[FactCategory] = e.rules[FactCategory].With("SVC-1", "REACT-1")
	e.modes = remoteOnly
	e.defaultMode = DeliveryRemote
	e.rules[FactDelivery] = cite("REACT-3")
	e.coverage = Hours24x7
	e.rules[FactCoverage] = cite("SVC-2")
	e.rules[FactUnits] = cite("REACT-2")
	e.locations = LocationsAny
	e.rules[FactLocations] = cite("MC-7")
	if m == MarkingIncluded {
		e.languages = mustLanguages(lang.BestEffortContactLanguage, language.English)
		e.rules[FactLanguages] = cite("TERM-3", "D-LANG")
		e.flex = FlexNotApplicable
		e.rules[FactFlex] = cite("MARK-1")
	} else {
		e.flex = FlexIneligible
		e.rules[FactFlex] = cite("FLEX-1")
	}
	return e
}

// enhanced is an enhanced solution of table 11.
func enhanced(id ServiceID, m Marking, en, ko string, markRules ...rule.ID) entry {
	e := base(id, CategoryEnhancedSolution, m, en, ko, markRules...)
	e.rules[FactMarking] = e.rules[FactMarking].With("ENH-3", "BUY-8")
	e.rules[FactCategory] = e.rules[FactCategory].With("ENH-1", "BUY-4")
	e.modes = remoteOrOnsite
	e.defaultMode = DeliveryRemote
	e.rules[FactDelivery] = cite("TERM-2", "TERM-18")
	e.flex = FlexEligible
	e.rules[FactFlex] = cite("FLEX-1")
	e.locations = LocationsDesignated
	e.rules[FactLocations] = cite("MC-12")
	return e.note("Optional, at additional cost; may be defined in an exhibit referenced by the Work Order", "ENH-1", "ENH-2")
}

// partOf is a sub-service, component or capability of p: it inherits p's
// facts, has no marking of its own (markRules say why it is part of p) and
// ends with p.
func partOf(p entry, id ServiceID, en, ko string, markRules ...rule.ID) entry {
	e := p
	e.id, e.english, e.korean, e.parent = id, en, ko, p.id
	e.marking, e.inferred = MarkingPartOf, false
	e.rules[FactMarking] = cite(markRules...)
	e.coterm = DependenceParent
	e.constraints = nil
	return e // its units are p's: entries replace a slice, never write into one
}

func (e entry) deliver(def DeliveryMode, modes DeliveryModes, ids ...rule.ID) entry {
	e.defaultMode, e.modes, e.rules[FactDelivery] = def, modes, cite(ids...)
	return e
}

func (e entry) hours(c ServiceHours, ids ...rule.ID) entry {
	e.coverage, e.rules[FactCoverage] = c, cite(ids...)
	return e
}

func (e entry) speaks(p lang.Policy, ids ...rule.ID) entry {
	e.languages, e.rules[FactLanguages] = p, cite(ids...)
	return e
}

func (e entry) needs(c Dependence, ps Prerequisites, ids ...rule.ID) entry {
	e.coterm, e.prereqs, e.rules[FactPrerequisites] = c, ps, cite(ids...)
	return e
}

func (e entry) sold(units []Unit, ids ...rule.ID) entry {
	e.units, e.rules[FactUnits] = units, cite(ids...)
	return e
}

func (e entry) flexUse(f FlexUse, ids ...rule.ID) entry {
	e.flex, e.rules[FactFlex] = f, cite(ids...)
	return e
}

func (e entry) serves(l Locations, ids ...rule.ID) entry {
	e.locations, e.rules[FactLocations] = l, cite(ids...)
	return e
}

func (e entry) markedBy(m Marking, inferred bool, ids ...rule.ID) entry {
	e.marking, e.inferred, e.rules[FactMarking] = m, inferred, cite(ids...)
	return e
}

// note appends a constraint; it never writes into a slice shared with
// another entry.
func (e entry) note(text string, ids ...rule.ID) entry {
	e.constraints = append(slices.Clip(e.constraints), Constraint{Text: text, Rules: cite(ids...)})
	return e
}

// cite is Cite for the catalogue's literal data: an ID the rule registry
// does not have is a mistake in this file, caught when the package is loaded
// by any test.
func cite(ids ...rule.ID) rule.Set {
	for _, id := range ids {
		if !id.IsValid() {
			panic("catalogue: internal error: rule ID " + string(id) + " that the registry does not have")
		}
	}
	return rule.Cite(ids...)
}

// The sets of delivery modes the catalogue uses most.
const (
	remoteOnly     = DeliveryModes(1 << DeliveryRemote)
	remoteOrOnsite = DeliveryModes(1<<DeliveryRemote | 1<<DeliveryOnsite)
	onsiteOrOnline = DeliveryModes(1<<DeliveryOnsite | 1<<DeliveryOnline)
)
