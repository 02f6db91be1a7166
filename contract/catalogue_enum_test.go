package contract_test

import (
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/rule"
)

// textEnum is what every enum of the catalogue implements.
type textEnum interface {
	fmt.Stringer
	encoding.TextMarshaler
	IsValid() bool
}

// enumCase is one enum: its declared values, a parser and a fresh pointer
// for UnmarshalText.
type enumCase struct {
	name   string
	values []textEnum
	parse  func(string) (textEnum, error)
	fresh  func() encoding.TextUnmarshaler
	value  func(encoding.TextUnmarshaler) textEnum
	bad    textEnum // an undeclared value
}

func enumCases() []enumCase {
	return []enumCase{
		{"Category", vals(contract.CategoryPlanning, contract.CategoryImplementation, contract.CategoryMaintenance,
			contract.CategoryOptimization, contract.CategoryEducation, contract.CategoryAdditionalProactive,
			contract.CategoryOtherProactive, contract.CategoryReactive, contract.CategorySuccessManagement, contract.CategoryEnhancedSolution),
			wrap(contract.ParseCategory), func() encoding.TextUnmarshaler { return new(contract.Category) },
			func(u encoding.TextUnmarshaler) textEnum { return *u.(*contract.Category) }, contract.Category(99)},
		{"Kind", vals(contract.KindProactive, contract.KindReactive, contract.KindSuccessManagement, contract.KindEnhancedSolution),
			wrap(contract.ParseKind), func() encoding.TextUnmarshaler { return new(contract.Kind) },
			func(u encoding.TextUnmarshaler) textEnum { return *u.(*contract.Kind) }, contract.Kind(99)},
		{"Marking", vals(contract.MarkingIncluded, contract.MarkingPurchasable, contract.MarkingPurchasableLimited, contract.MarkingPartOf),
			wrap(contract.ParseMarking), func() encoding.TextUnmarshaler { return new(contract.Marking) },
			func(u encoding.TextUnmarshaler) textEnum { return *u.(*contract.Marking) }, contract.Marking(99)},
		{"DeliveryMode", vals(contract.DeliveryRemote, contract.DeliveryOnsite, contract.DeliveryOnline, contract.DeliveryOnDemand),
			wrap(contract.ParseDeliveryMode), func() encoding.TextUnmarshaler { return new(contract.DeliveryMode) },
			func(u encoding.TextUnmarshaler) textEnum { return *u.(*contract.DeliveryMode) }, contract.DeliveryMode(99)},
		{"Coverage", vals(contract.CoverageNotStated, contract.CoverageBusinessHours, contract.Coverage24x7,
			contract.CoverageSeverityDependent, contract.CoverageBeyondBusinessHours),
			wrap(contract.ParseCoverage), func() encoding.TextUnmarshaler { return new(contract.Coverage) },
			func(u encoding.TextUnmarshaler) textEnum { return *u.(*contract.Coverage) }, contract.Coverage(99)},
		{"BestEffort", vals(contract.BestEffortNone, contract.BestEffortContactLanguage, contract.BestEffortDeliveryLocation),
			wrap(contract.ParseBestEffort), func() encoding.TextUnmarshaler { return new(contract.BestEffort) },
			func(u encoding.TextUnmarshaler) textEnum { return *u.(*contract.BestEffort) }, contract.BestEffort(99)},
		{"LanguageSupport", vals(contract.LanguageGuaranteed, contract.LanguageBestEffort, contract.LanguageNotOffered),
			wrap(contract.ParseLanguageSupport), func() encoding.TextUnmarshaler { return new(contract.LanguageSupport) },
			func(u encoding.TextUnmarshaler) textEnum { return *u.(*contract.LanguageSupport) }, contract.LanguageSupport(99)},
		{"Prerequisite", vals(contract.NeedsUnifiedContract, contract.NeedsRapidResponse, contract.NeedsAzureSubscription,
			contract.NeedsAzurePublicCloud, contract.NeedsExtendedCapabilities),
			wrap(contract.ParsePrerequisite), func() encoding.TextUnmarshaler { return new(contract.Prerequisite) },
			func(u encoding.TextUnmarshaler) textEnum { return *u.(*contract.Prerequisite) }, contract.Prerequisite(99)},
		{"Dependence", vals(contract.DependenceNone, contract.DependenceStated, contract.DependenceByDecision, contract.DependenceParent),
			wrap(contract.ParseDependence), func() encoding.TextUnmarshaler { return new(contract.Dependence) },
			func(u encoding.TextUnmarshaler) textEnum { return *u.(*contract.Dependence) }, contract.Dependence(99)},
		{"FlexUse", vals(contract.FlexEligible, contract.FlexCapped, contract.FlexIneligible, contract.FlexNotApplicable),
			wrap(contract.ParseFlexUse), func() encoding.TextUnmarshaler { return new(contract.FlexUse) },
			func(u encoding.TextUnmarshaler) textEnum { return *u.(*contract.FlexUse) }, contract.FlexUse(99)},
		{"Locations", vals(contract.LocationsDesignated, contract.LocationsSingle, contract.LocationsPurchased,
			contract.LocationsHostCoversAll, contract.LocationsAny),
			wrap(contract.ParseLocations), func() encoding.TextUnmarshaler { return new(contract.Locations) },
			func(u encoding.TextUnmarshaler) textEnum { return *u.(*contract.Locations) }, contract.Locations(99)},
		{"Fact", vals(contract.FactMarking, contract.FactCategory, contract.FactDelivery, contract.FactCoverage,
			contract.FactLanguages, contract.FactPrerequisites, contract.FactUnits, contract.FactFlex, contract.FactLocations),
			wrap(contract.ParseFact), func() encoding.TextUnmarshaler { return new(contract.Fact) },
			func(u encoding.TextUnmarshaler) textEnum { return *u.(*contract.Fact) }, contract.Fact(99)},
		{"Package", vals(contract.PackageBase, contract.PackageProactiveServices, contract.PackageEnhancedSolutions, contract.PackageMultiCountrySupport),
			wrap(contract.ParsePackage), func() encoding.TextUnmarshaler { return new(contract.Package) },
			func(u encoding.TextUnmarshaler) textEnum { return *u.(*contract.Package) }, contract.Package(99)},
		{"Axis", vals(contract.AxisSolutionHealth, contract.AxisAdoptionPlanning, contract.AxisExecutivePartnership),
			wrap(contract.ParseAxis), func() encoding.TextUnmarshaler { return new(contract.Axis) },
			func(u encoding.TextUnmarshaler) textEnum { return *u.(*contract.Axis) }, contract.Axis(99)},
		{"Activity", activityValues(), wrap(contract.ParseActivity), func() encoding.TextUnmarshaler { return new(contract.Activity) },
			func(u encoding.TextUnmarshaler) textEnum { return *u.(*contract.Activity) }, contract.Activity(99)},
		{"Condition", vals(contract.ConditionAlways, contract.ConditionOnRequest, contract.ConditionWherePossible,
			contract.ConditionMultiCountry, contract.ConditionOnsite, contract.ConditionOnboarding,
			contract.ConditionOnlineServices, contract.ConditionEarlyStart),
			wrap(contract.ParseCondition), func() encoding.TextUnmarshaler { return new(contract.Condition) },
			func(u encoding.TextUnmarshaler) textEnum { return *u.(*contract.Condition) }, contract.Condition(99)},
	}
}

func vals[T textEnum](xs ...T) []textEnum {
	out := make([]textEnum, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

func wrap[T textEnum](parse func(string) (T, error)) func(string) (textEnum, error) {
	return func(s string) (textEnum, error) { return parse(s) }
}

func activityValues() []textEnum {
	var out []textEnum
	for a := range contract.Activities() {
		out = append(out, a)
	}
	return out
}

// TestEnumTextRoundTrip checks, for every declared value of every enum of
// the catalogue, that Parse(String()) and UnmarshalText(MarshalText()) give
// the value back, that the zero value is invalid with empty text, and that
// an undeclared value prints a diagnostic and does not marshal.
func TestEnumTextRoundTrip(t *testing.T) {
	for _, ec := range enumCases() {
		t.Run(ec.name, func(t *testing.T) {
			seen := map[string]bool{}
			for _, v := range ec.values {
				if !v.IsValid() {
					t.Errorf("%v is not valid", v)
				}
				if seen[v.String()] {
					t.Errorf("two values print as %q", v)
				}
				seen[v.String()] = true
				p, err := ec.parse(v.String())
				if err != nil || p != v {
					t.Errorf("Parse(%q) = %v, %v; want %v", v.String(), p, err, v)
				}
				b, err := v.MarshalText()
				if err != nil {
					t.Fatalf("MarshalText(%v): %v", v, err)
				}
				u := ec.fresh()
				if err := u.UnmarshalText(b); err != nil || ec.value(u) != v {
					t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, ec.value(u), err, v)
				}
			}
			zero := ec.value(ec.fresh())
			if zero.IsValid() {
				t.Errorf("zero %s is valid", ec.name)
			}
			if b, err := zero.MarshalText(); err != nil || len(b) != 0 {
				t.Errorf("zero %s MarshalText = %q, %v; want empty", ec.name, b, err)
			}
			if ec.bad.IsValid() {
				t.Errorf("%v is valid", ec.bad)
			}
			if want := fmt.Sprintf("contract.%s(99)", ec.name); ec.bad.String() != want {
				t.Errorf("String() = %q, want %q", ec.bad.String(), want)
			}
			if _, err := ec.bad.MarshalText(); !errors.Is(err, contract.ErrInvalidEnum) {
				t.Errorf("MarshalText(%v) error = %v, want ErrInvalidEnum", ec.bad, err)
			}
			if _, err := ec.parse("no such value"); !errors.Is(err, contract.ErrInvalidEnum) {
				t.Errorf("Parse(no such value) error = %v, want ErrInvalidEnum", err)
			}
			if err := ec.fresh().UnmarshalText([]byte("no such value")); !errors.Is(err, contract.ErrInvalidEnum) {
				t.Errorf("UnmarshalText(no such value) error = %v, want ErrInvalidEnum", err)
			}
		})
	}
}

// TestEnumErrorMessage pins the message format of the enums' errors, once.
func TestEnumErrorMessage(t *testing.T) {
	_, err := contract.ParseCategory("premier")
	if got, want := fmt.Sprint(err), `contract: invalid enum value: category "premier"`; got != want {
		t.Errorf("ParseCategory error = %q, want %q", got, want)
	}
}

// Rules MARK-1, MARK-2, MARK-3, MARK-4 (AMB-39): the document's symbols parse
// to markings, both tick symbols meaning included.
func TestParseMarkingSymbols(t *testing.T) {
	tests := []struct {
		in   string
		want contract.Marking
	}{
		{"✓", contract.MarkingIncluded},  // MARK-1, U+2713
		{"✔️", contract.MarkingIncluded}, // MARK-4, U+2714 U+FE0F in §2.5
		{"✔", contract.MarkingIncluded},  // U+2714 alone
		{"+", contract.MarkingPurchasable},
		{" +1 ", contract.MarkingPurchasableLimited}, // MARK-3, ENH-3
		{"Included", contract.MarkingIncluded},
	}
	for _, tt := range tests {
		if got, err := contract.ParseMarking(tt.in); err != nil || got != tt.want {
			t.Errorf("ParseMarking(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	for _, m := range []contract.Marking{contract.MarkingIncluded, contract.MarkingPurchasable, contract.MarkingPurchasableLimited} {
		if got, _ := contract.ParseMarking(m.Symbol()); got != m {
			t.Errorf("ParseMarking(%q) = %v, want %v", m.Symbol(), got, m)
		}
	}
	if contract.MarkingPartOf.Symbol() != "" || contract.MarkingPartOf.IsPurchasable() || contract.MarkingIncluded.IsPurchasable() {
		t.Error("part-of or included marking reports a symbol or purchasability")
	}
}

// TestSetsRoundTripThroughJSON checks the JSON forms of DeliveryModes and
// Prerequisites, and that an empty name is rejected.
func TestSetsRoundTripThroughJSON(t *testing.T) {
	m := contract.DeliveryModesOf(contract.DeliveryOnsite, contract.DeliveryRemote, 0)
	b, err := json.Marshal(m)
	if err != nil || string(b) != `["remote","onsite"]` {
		t.Fatalf("json.Marshal(%v) = %s, %v", m, b, err)
	}
	var m2 contract.DeliveryModes
	if err := json.Unmarshal(b, &m2); err != nil || m2 != m || m2.Len() != 2 {
		t.Errorf("round trip = %v, %v; want %v", m2, err, m)
	}
	if err := json.Unmarshal([]byte(`[""]`), &m2); !errors.Is(err, contract.ErrInvalidEnum) {
		t.Errorf("Unmarshal([\"\"]) error = %v, want ErrInvalidEnum", err)
	}
	p := contract.PrerequisitesOf(contract.NeedsRapidResponse, contract.NeedsUnifiedContract)
	b, err = json.Marshal(p)
	if err != nil || string(b) != `["unified-contract","rapid-response"]` {
		t.Fatalf("json.Marshal(%v) = %s, %v", p, b, err)
	}
	var p2 contract.Prerequisites
	if err := json.Unmarshal(b, &p2); err != nil || p2 != p {
		t.Errorf("round trip = %v, %v; want %v", p2, err, p)
	}
	if err := json.Unmarshal([]byte(`["gold"]`), &p2); !errors.Is(err, contract.ErrInvalidEnum) {
		t.Errorf("Unmarshal([\"gold\"]) error = %v, want ErrInvalidEnum", err)
	}
	if b, _ := json.Marshal(contract.DeliveryModes(0)); string(b) != "[]" {
		t.Errorf("empty set = %s, want []", b)
	}
}

// Rules CAT-1, CAT-2, CAT-3, CAT-4, CAT-5, CAT-6, CAT-7, CAT-8, CAT-9,
// CAT-10, SVC-1, BUY-4: each category's table, name and kind.
func TestCategories(t *testing.T) {
	tests := []struct {
		c      contract.Category
		table  int
		korean string
		kind   contract.Kind
		rule   rule.ID
	}{
		{contract.CategoryPlanning, 2, "계획 수립 서비스", contract.KindProactive, "CAT-1"},
		{contract.CategoryImplementation, 3, "실행 서비스", contract.KindProactive, "CAT-2"},
		{contract.CategoryMaintenance, 4, "유지관리 서비스", contract.KindProactive, "CAT-3"},
		{contract.CategoryOptimization, 5, "최적화 서비스", contract.KindProactive, "CAT-4"},
		{contract.CategoryEducation, 6, "교육 서비스", contract.KindProactive, "CAT-5"},
		{contract.CategoryAdditionalProactive, 7, "추가적인 대비 서비스", contract.KindProactive, "CAT-6"},
		{contract.CategoryOtherProactive, 8, "기타 대비 서비스", contract.KindProactive, "CAT-7"},
		{contract.CategoryReactive, 9, "대응 서비스", contract.KindReactive, "CAT-8"},
		{contract.CategorySuccessManagement, 10, "성공 관리 서비스", contract.KindSuccessManagement, "CAT-9"},
		{contract.CategoryEnhancedSolution, 11, "향상된 솔루션", contract.KindEnhancedSolution, "CAT-10"},
		{0, 0, "", 0, ""},
	}
	for _, tt := range tests {
		if tt.c.Table() != tt.table || tt.c.KoreanName() != tt.korean || tt.c.Kind() != tt.kind || tt.c.Rule() != tt.rule {
			t.Errorf("%v: table %d, %q, %v, %s; want %d, %q, %v, %s", tt.c, tt.c.Table(), tt.c.KoreanName(), tt.c.Kind(), tt.c.Rule(),
				tt.table, tt.korean, tt.kind, tt.rule)
		}
		if tt.c.IsValid() && tt.c.EnglishName() == "" {
			t.Errorf("%v has no English name", tt.c)
		}
	}
}
