package catalogue_test

import (
	"slices"
	"testing"

	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/catalogue/lang"
	"github.com/supportrules/unified/contract/rule"
)

// anyOf reports whether r holds one of ids.
func anyOf(r rule.Set, ids ...rule.ID) bool {
	return slices.ContainsFunc(ids, r.Has)
}

// Rules MARK-1, MARK-2, MARK-3, D-MARK, CAT-1..CAT-10, SVC-1, REACT-1,
// ENH-1, TERM-7, D-TERM-3, MC-6, MC-7, MC-8, REACT-2, TERM-3, TERM-4,
// D-LANG, FLEX-1, FLEX-2, FLEX-5, D-FLEX-1, MARK-1, PRO-4, REACT-3, TERM-2,
// D-UER: every fact of every entry cites the rule that decides it, the
// defaults the document states once for a whole group included (a result
// carries the rules that decided it).
func TestEveryFactCitesTheRuleThatDecidesIt(t *testing.T) {
	for s := range catalogue.All() {
		id := s.ID()
		r := s.Rules
		_, isPart := s.Parent()
		need := func(f catalogue.Fact, ok bool, what string) {
			t.Helper()
			if !ok {
				t.Errorf("%v: %v cites %v, not %s", id, f, r(f), what)
			}
		}
		switch s.Marking() {
		case catalogue.MarkingIncluded:
			need(catalogue.FactMarking, anyOf(r(catalogue.FactMarking), "MARK-1"), "MARK-1")
		case catalogue.MarkingPurchasable:
			need(catalogue.FactMarking, anyOf(r(catalogue.FactMarking), "MARK-2", "MARK-5"), "MARK-2")
		case catalogue.MarkingPurchasableLimited:
			need(catalogue.FactMarking, r(catalogue.FactMarking).Has("MARK-3") && r(catalogue.FactMarking).Has("D-MARK"), "MARK-3, D-MARK")
		case catalogue.MarkingPartOf:
			// A part's marking rules are the rules that make it a part (OPT-2,
			// UER-7, AED-15 …), not its parent's MARK-n.
			own := r(catalogue.FactMarking)
			need(catalogue.FactMarking, own.Len() > 0 && !anyOf(own, "MARK-1", "MARK-2", "MARK-3", "ENH-3"), "the rules that make it a part")
		}
		need(catalogue.FactCategory, r(catalogue.FactCategory).Has(s.Category().Rule()), string(s.Category().Rule()))
		switch s.Kind() {
		case catalogue.KindProactive:
			need(catalogue.FactCategory, anyOf(r(catalogue.FactCategory), "SVC-1"), "SVC-1")
			need(catalogue.FactDelivery, anyOf(r(catalogue.FactDelivery), "PRO-4", "MAINT-1", "EDU-1", "EDU-2", "EDU-4"), "PRO-4")
		case catalogue.KindReactive:
			need(catalogue.FactCategory, anyOf(r(catalogue.FactCategory), "REACT-1"), "REACT-1")
			need(catalogue.FactDelivery, anyOf(r(catalogue.FactDelivery), "REACT-3"), "REACT-3")
			need(catalogue.FactCoverage, r(catalogue.FactCoverage).Len() > 0 || s.Coverage() == catalogue.HoursNotStated, "a rule for its hours")
		case catalogue.KindSuccessManagement:
			need(catalogue.FactCategory, anyOf(r(catalogue.FactCategory), "SVC-1"), "SVC-1")
		case catalogue.KindEnhancedSolution:
			need(catalogue.FactCategory, anyOf(r(catalogue.FactCategory), "ENH-1") && anyOf(r(catalogue.FactCategory), "BUY-4"), "ENH-1, BUY-4")
			need(catalogue.FactDelivery, r(catalogue.FactDelivery).Len() > 0, "a rule")
		}
		switch s.Dependence() {
		case catalogue.DependenceNone:
			need(catalogue.FactPrerequisites, anyOf(r(catalogue.FactPrerequisites), "TERM-7"), "TERM-7")
		case catalogue.DependenceStated, catalogue.DependenceByDecision:
			need(catalogue.FactPrerequisites, anyOf(r(catalogue.FactPrerequisites), "D-TERM-3"), "D-TERM-3")
		}
		if slices.Equal(s.Units(), []catalogue.Unit{catalogue.UnitService}) {
			need(catalogue.FactUnits, anyOf(r(catalogue.FactUnits), "MC-8", "REACT-2", "OPT-5"), "MC-8 (no unit stated)")
		} else {
			need(catalogue.FactUnits, r(catalogue.FactUnits).Len() > 0, "a rule")
		}
		langs := r(catalogue.FactLanguages)
		need(catalogue.FactLanguages, langs.Has("D-LANG"), "D-LANG")
		switch s.Languages().BestEffort() {
		case lang.BestEffortDeliveryLocation:
			need(catalogue.FactLanguages, langs.Has("TERM-4"), "TERM-4")
		case lang.BestEffortContactLanguage:
			need(catalogue.FactLanguages, anyOf(langs, "TERM-3", "SAMX-3"), "TERM-3")
		case lang.BestEffortNone:
			need(catalogue.FactLanguages, anyOf(langs, "RR-9", "AEM-20", "AED-40"), "the rule that says only")
		}
		flex := r(catalogue.FactFlex)
		switch s.Flex() {
		case catalogue.FlexNotApplicable:
			need(catalogue.FactFlex, flex.Has("MARK-1"), "MARK-1")
		case catalogue.FlexEligible:
			need(catalogue.FactFlex, flex.Has("FLEX-1"), "FLEX-1")
		case catalogue.FlexCapped:
			need(catalogue.FactFlex, flex.Has("FLEX-2") && flex.Has("D-FLEX-1"), "FLEX-2, D-FLEX-1")
		case catalogue.FlexIneligible:
			need(catalogue.FactFlex, anyOf(flex, "FLEX-1", "FLEX-5"), "FLEX-1 or FLEX-5")
		}
		locs := r(catalogue.FactLocations)
		switch s.Locations() {
		case catalogue.LocationsAny:
			need(catalogue.FactLocations, locs.Has("MC-7"), "MC-7")
		case catalogue.LocationsHostCoversAll:
			need(catalogue.FactLocations, locs.Has("D-UER"), "D-UER")
		case catalogue.LocationsSingle:
			need(catalogue.FactLocations, anyOf(locs, "DE-5", "EDE-11"), "DE-5")
		case catalogue.LocationsDesignated:
			if s.PurchaseMarking() == catalogue.MarkingIncluded {
				need(catalogue.FactLocations, locs.Has("MC-6"), "MC-6 (Base Package)")
			} else {
				need(catalogue.FactLocations, anyOf(locs, "MC-8", "MC-10", "MC-11", "MC-12", "MC-13"), "MC-8..MC-13")
			}
		}
		if !isPart && s.Constraints() == nil && s.Kind() == catalogue.KindEnhancedSolution {
			t.Errorf("%v: an enhanced solution without its ENH-1 constraint", id)
		}
	}
}
