package catalogue_test

import (
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/rule"
)

// textEnum is what every enum of the catalogue implements.
type textEnum interface {
	fmt.Stringer
	encoding.TextMarshaler
	encoding.TextAppender
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
		{"Category", vals(catalogue.CategoryPlanning, catalogue.CategoryImplementation, catalogue.CategoryMaintenance,
			catalogue.CategoryOptimization, catalogue.CategoryEducation, catalogue.CategoryAdditionalProactive,
			catalogue.CategoryOtherProactive, catalogue.CategoryReactive, catalogue.CategorySuccessManagement, catalogue.CategoryEnhancedSolution),
			wrap(catalogue.ParseCategory), func() encoding.TextUnmarshaler { return new(catalogue.Category) },
			func(u encoding.TextUnmarshaler) textEnum { return *u.(*catalogue.Category) }, catalogue.Category(99)},
		{"Kind", vals(catalogue.KindProactive, catalogue.KindReactive, catalogue.KindSuccessManagement, catalogue.KindEnhancedSolution),
			wrap(catalogue.ParseKind), func() encoding.TextUnmarshaler { return new(catalogue.Kind) },
			func(u encoding.TextUnmarshaler) textEnum { return *u.(*catalogue.Kind) }, catalogue.Kind(99)},
		{"Marking", vals(catalogue.MarkingIncluded, catalogue.MarkingPurchasable, catalogue.MarkingPurchasableLimited, catalogue.MarkingPartOf),
			wrap(catalogue.ParseMarking), func() encoding.TextUnmarshaler { return new(catalogue.Marking) },
			func(u encoding.TextUnmarshaler) textEnum { return *u.(*catalogue.Marking) }, catalogue.Marking(99)},
		{"DeliveryMode", vals(catalogue.DeliveryRemote, catalogue.DeliveryOnsite, catalogue.DeliveryOnline, catalogue.DeliveryOnDemand),
			wrap(catalogue.ParseDeliveryMode), func() encoding.TextUnmarshaler { return new(catalogue.DeliveryMode) },
			func(u encoding.TextUnmarshaler) textEnum { return *u.(*catalogue.DeliveryMode) }, catalogue.DeliveryMode(99)},
		{"ServiceHours", vals(catalogue.HoursNotStated, catalogue.HoursBusiness, catalogue.Hours24x7,
			catalogue.HoursSeverityDependent, catalogue.HoursBeyondBusiness),
			wrap(catalogue.ParseServiceHours), func() encoding.TextUnmarshaler { return new(catalogue.ServiceHours) },
			func(u encoding.TextUnmarshaler) textEnum { return *u.(*catalogue.ServiceHours) }, catalogue.ServiceHours(99)},
		{"Prerequisite", vals(catalogue.NeedsUnifiedContract, catalogue.NeedsRapidResponse, catalogue.NeedsAzureSubscription,
			catalogue.NeedsAzurePublicCloud, catalogue.NeedsExtendedCapabilities),
			wrap(catalogue.ParsePrerequisite), func() encoding.TextUnmarshaler { return new(catalogue.Prerequisite) },
			func(u encoding.TextUnmarshaler) textEnum { return *u.(*catalogue.Prerequisite) }, catalogue.Prerequisite(99)},
		{"Dependence", vals(catalogue.DependenceNone, catalogue.DependenceStated, catalogue.DependenceByDecision, catalogue.DependenceParent),
			wrap(catalogue.ParseDependence), func() encoding.TextUnmarshaler { return new(catalogue.Dependence) },
			func(u encoding.TextUnmarshaler) textEnum { return *u.(*catalogue.Dependence) }, catalogue.Dependence(99)},
		{"FlexUse", vals(catalogue.FlexEligible, catalogue.FlexCapped, catalogue.FlexIneligible, catalogue.FlexNotApplicable),
			wrap(catalogue.ParseFlexUse), func() encoding.TextUnmarshaler { return new(catalogue.FlexUse) },
			func(u encoding.TextUnmarshaler) textEnum { return *u.(*catalogue.FlexUse) }, catalogue.FlexUse(99)},
		{"Locations", vals(catalogue.LocationsDesignated, catalogue.LocationsSingle, catalogue.LocationsPurchased,
			catalogue.LocationsHostCoversAll, catalogue.LocationsAny),
			wrap(catalogue.ParseLocations), func() encoding.TextUnmarshaler { return new(catalogue.Locations) },
			func(u encoding.TextUnmarshaler) textEnum { return *u.(*catalogue.Locations) }, catalogue.Locations(99)},
		{"Fact", vals(catalogue.FactMarking, catalogue.FactCategory, catalogue.FactDelivery, catalogue.FactCoverage,
			catalogue.FactLanguages, catalogue.FactPrerequisites, catalogue.FactUnits, catalogue.FactFlex, catalogue.FactLocations),
			wrap(catalogue.ParseFact), func() encoding.TextUnmarshaler { return new(catalogue.Fact) },
			func(u encoding.TextUnmarshaler) textEnum { return *u.(*catalogue.Fact) }, catalogue.Fact(99)},
		{"Package", vals(catalogue.PackageBase, catalogue.PackageProactiveServices, catalogue.PackageEnhancedSolutions, catalogue.PackageMultiCountrySupport),
			wrap(catalogue.ParsePackage), func() encoding.TextUnmarshaler { return new(catalogue.Package) },
			func(u encoding.TextUnmarshaler) textEnum { return *u.(*catalogue.Package) }, catalogue.Package(99)},
		{"ServiceID", serviceValues(), wrap(catalogue.ParseServiceID), func() encoding.TextUnmarshaler { return new(catalogue.ServiceID) },
			func(u encoding.TextUnmarshaler) textEnum { return *u.(*catalogue.ServiceID) }, catalogue.ServiceID(99)},
	}
}

func serviceValues() []textEnum {
	var out []textEnum
	for s := range catalogue.All() {
		out = append(out, s.ID())
	}
	return out
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

// TestEnumTextRoundTrip checks, for every declared value of every enum of
// the catalogue, that Parse(String()), in any letter case, and
// UnmarshalText(MarshalText()) give the value back and that AppendText
// appends the same text; that the zero value is unset (invalid, empty text
// that decodes back to it); and that an undeclared value prints a
// diagnostic and does not marshal.
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
				for _, text := range []string{v.String(), strings.ToUpper(v.String()), " " + v.String() + "\t"} {
					if p, err := ec.parse(text); err != nil || p != v {
						t.Errorf("Parse(%q) = %v, %v; want %v", text, p, err, v)
					}
				}
				b, err := v.MarshalText()
				if err != nil || string(b) != v.String() {
					t.Fatalf("MarshalText(%v) = %q, %v", v, b, err)
				}
				if a, err := v.AppendText([]byte("x:")); err != nil || string(a) != "x:"+v.String() {
					t.Errorf("AppendText(%v) = %q, %v", v, a, err)
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
			if b, err := zero.MarshalText(); err != nil || len(b) != 0 || zero.String() != "" {
				t.Errorf("zero %s MarshalText = %q, %v; String %q; want empty", ec.name, b, err, zero.String())
			}
			if p, err := ec.parse(""); err != nil || p != zero {
				t.Errorf("Parse(\"\") = %v, %v; want the zero %s", p, err, ec.name)
			}
			if ec.bad.IsValid() || !strings.HasSuffix(ec.bad.String(), "(99)") {
				t.Errorf("%s(99): valid %v, String %q", ec.name, ec.bad.IsValid(), ec.bad.String())
			}
			sentinel := catalogue.ErrInvalidEnum
			if ec.name == "ServiceID" {
				sentinel = catalogue.ErrUnknownService
			}
			if _, err := ec.bad.MarshalText(); !errors.Is(err, sentinel) {
				t.Errorf("MarshalText(%v) error = %v, want %v", ec.bad, err, sentinel)
			}
			if _, err := ec.bad.AppendText(nil); !errors.Is(err, sentinel) {
				t.Errorf("AppendText(%v) error = %v, want %v", ec.bad, err, sentinel)
			}
			if _, err := ec.parse("no such value"); !errors.Is(err, sentinel) {
				t.Errorf("Parse(no such value) error = %v, want %v", err, sentinel)
			}
			if err := ec.fresh().UnmarshalText([]byte("no such value")); !errors.Is(err, sentinel) {
				t.Errorf("UnmarshalText(no such value) error = %v, want %v", err, sentinel)
			}
		})
	}
}

// Rules OPT-3, OPT-4, EDU-5, EDU-6, AEM-12, CRED-1: the zero Unit is the
// declared UnitService, named "service"; empty text also decodes to it, and
// every unit round-trips.
func TestUnitText(t *testing.T) {
	for u := catalogue.UnitService; u <= catalogue.UnitDays; u++ {
		b, err := u.MarshalText()
		var back catalogue.Unit = 99
		if err != nil || back.UnmarshalText(b) != nil || back != u || !u.IsValid() {
			t.Errorf("Unit %v: %q, %v; back %v", u, b, err, back)
		}
	}
	for _, in := range []string{"", " ", "service", "SERVICE"} {
		var u catalogue.Unit = 99
		if err := u.UnmarshalText([]byte(in)); err != nil || u != catalogue.UnitService {
			t.Errorf("UnmarshalText(%q) = %v, %v", in, u, err)
		}
		if p, err := catalogue.ParseUnit(in); err != nil || p != catalogue.UnitService {
			t.Errorf("ParseUnit(%q) = %v, %v", in, p, err)
		}
	}
	bad := catalogue.UnitDays + 1
	if _, err := bad.MarshalText(); bad.IsValid() || !errors.Is(err, catalogue.ErrInvalidUnit) {
		t.Errorf("%v: %v", bad, err)
	}
	if _, err := catalogue.ParseUnit("litres"); !errors.Is(err, catalogue.ErrInvalidUnit) {
		t.Errorf("ParseUnit(litres) error = %v", err)
	}
}

// TestEnumErrorMessage pins the message format of the enums' errors, once.
func TestEnumErrorMessage(t *testing.T) {
	_, err := catalogue.ParseKind("premier")
	if got, want := fmt.Sprint(err), `catalogue: invalid enum value: "premier" is not a kind of service (want one of proactive, reactive, success-management, enhanced-solution)`; got != want {
		t.Errorf("ParseKind error = %q, want %q", got, want)
	}
	_, err = catalogue.ParseServiceID("premier")
	if got, want := fmt.Sprint(err), `catalogue: unknown service: "premier"`; got != want {
		t.Errorf("ParseServiceID error = %q, want %q", got, want)
	}
}

// Rules MARK-1, MARK-2, MARK-3, MARK-4 (AMB-39): the document's symbols parse
// to markings, both tick symbols meaning included.
func TestParseMarkingSymbols(t *testing.T) {
	tests := []struct {
		in   string
		want catalogue.Marking
	}{
		{"✓", catalogue.MarkingIncluded},  // MARK-1, U+2713
		{"✔️", catalogue.MarkingIncluded}, // MARK-4, U+2714 U+FE0F in §2.5
		{"✔", catalogue.MarkingIncluded},  // U+2714 alone
		{"+", catalogue.MarkingPurchasable},
		{" +1 ", catalogue.MarkingPurchasableLimited}, // MARK-3, ENH-3
		{"Included", catalogue.MarkingIncluded},
	}
	for _, tt := range tests {
		if got, err := catalogue.ParseMarking(tt.in); err != nil || got != tt.want {
			t.Errorf("ParseMarking(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	for _, m := range []catalogue.Marking{catalogue.MarkingIncluded, catalogue.MarkingPurchasable, catalogue.MarkingPurchasableLimited} {
		if got, _ := catalogue.ParseMarking(m.Symbol()); got != m {
			t.Errorf("ParseMarking(%q) = %v, want %v", m.Symbol(), got, m)
		}
	}
	if catalogue.MarkingPartOf.Symbol() != "" || catalogue.MarkingPartOf.IsPurchasable() || catalogue.MarkingIncluded.IsPurchasable() {
		t.Error("part-of or included marking reports a symbol or purchasability")
	}
}

// TestSetsRoundTripThroughJSON checks the JSON forms of DeliveryModes and
// Prerequisites, and that an empty name is rejected.
func TestSetsRoundTripThroughJSON(t *testing.T) {
	m := catalogue.DeliveryModesOf(catalogue.DeliveryOnsite, catalogue.DeliveryRemote, 0)
	b, err := json.Marshal(m)
	if err != nil || string(b) != `["remote","onsite"]` {
		t.Fatalf("json.Marshal(%v) = %s, %v", m, b, err)
	}
	var m2 catalogue.DeliveryModes
	if err := json.Unmarshal(b, &m2); err != nil || m2 != m || !m2.Has(catalogue.DeliveryRemote) || !m2.Has(catalogue.DeliveryOnsite) || m2.Has(catalogue.DeliveryOnline) {
		t.Errorf("round trip = %v, %v; want %v", m2, err, m)
	}
	if err := json.Unmarshal([]byte(`[""]`), &m2); !errors.Is(err, catalogue.ErrInvalidEnum) {
		t.Errorf("Unmarshal([\"\"]) error = %v, want ErrInvalidEnum", err)
	}
	p := catalogue.PrerequisitesOf(catalogue.NeedsRapidResponse, catalogue.NeedsUnifiedContract)
	b, err = json.Marshal(p)
	if err != nil || string(b) != `["unified-contract","rapid-response"]` {
		t.Fatalf("json.Marshal(%v) = %s, %v", p, b, err)
	}
	var p2 catalogue.Prerequisites
	if err := json.Unmarshal(b, &p2); err != nil || p2 != p {
		t.Errorf("round trip = %v, %v; want %v", p2, err, p)
	}
	if err := json.Unmarshal([]byte(`["gold"]`), &p2); !errors.Is(err, catalogue.ErrInvalidEnum) {
		t.Errorf("Unmarshal([\"gold\"]) error = %v, want ErrInvalidEnum", err)
	}
	if b, _ := json.Marshal(catalogue.DeliveryModes(0)); string(b) != "[]" {
		t.Errorf("empty set = %s, want []", b)
	}
}

// Rules CAT-1, CAT-2, CAT-3, CAT-4, CAT-5, CAT-6, CAT-7, CAT-8, CAT-9,
// CAT-10, SVC-1, BUY-4: each category's table, name and kind.
func TestCategories(t *testing.T) {
	tests := []struct {
		c      catalogue.Category
		table  int
		korean string
		kind   catalogue.Kind
		rule   rule.ID
	}{
		{catalogue.CategoryPlanning, 2, "계획 수립 서비스", catalogue.KindProactive, "CAT-1"},
		{catalogue.CategoryImplementation, 3, "실행 서비스", catalogue.KindProactive, "CAT-2"},
		{catalogue.CategoryMaintenance, 4, "유지관리 서비스", catalogue.KindProactive, "CAT-3"},
		{catalogue.CategoryOptimization, 5, "최적화 서비스", catalogue.KindProactive, "CAT-4"},
		{catalogue.CategoryEducation, 6, "교육 서비스", catalogue.KindProactive, "CAT-5"},
		{catalogue.CategoryAdditionalProactive, 7, "추가적인 대비 서비스", catalogue.KindProactive, "CAT-6"},
		{catalogue.CategoryOtherProactive, 8, "기타 대비 서비스", catalogue.KindProactive, "CAT-7"},
		{catalogue.CategoryReactive, 9, "대응 서비스", catalogue.KindReactive, "CAT-8"},
		{catalogue.CategorySuccessManagement, 10, "성공 관리 서비스", catalogue.KindSuccessManagement, "CAT-9"},
		{catalogue.CategoryEnhancedSolution, 11, "향상된 솔루션", catalogue.KindEnhancedSolution, "CAT-10"},
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

// Issue 14: text of any length is refused with a short message: up to 64
// bytes is quoted whole, longer text is cut at 64 bytes and marked "…",
// by ParseServiceID and UnmarshalText alike; a slug padded with spaces to
// 64 bytes still parses.
func TestServiceTextBound(t *testing.T) {
	pad := func(n int) string { return strings.Repeat("x", n) }
	tests := []struct {
		in   string
		want string // the error message, or "" for a service
	}{
		{pad(63), `catalogue: unknown service: "` + pad(63) + `"`},
		{pad(64), `catalogue: unknown service: "` + pad(64) + `"`},
		{pad(65), `catalogue: unknown service: "` + pad(64) + `…"`},
		{pad(1 << 20), `catalogue: unknown service: "` + pad(64) + `…"`},
		{" de" + strings.Repeat(" ", 61), ""},
	}
	for _, tt := range tests {
		id, err := catalogue.ParseServiceID(tt.in)
		var u catalogue.ServiceID
		uerr := u.UnmarshalText([]byte(tt.in))
		if tt.want == "" {
			if err != nil || uerr != nil || id != catalogue.DesignatedEngineering || u != id {
				t.Errorf("%d bytes: %v, %v; %v, %v", len(tt.in), id, err, u, uerr)
			}
			continue
		}
		if err == nil || err.Error() != tt.want || uerr == nil || uerr.Error() != tt.want {
			t.Errorf("%d bytes: errors %.90q and %.90q, want %.90q", len(tt.in), err, uerr, tt.want)
		}
	}
}
