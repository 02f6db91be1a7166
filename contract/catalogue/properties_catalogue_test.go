package catalogue_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/catalogue/lang"
	"golang.org/x/text/language"
	"pgregory.net/rapid"
)

// genServiceID draws a valid catalogue service.
func genServiceID(t *rapid.T, label string) catalogue.ServiceID {
	return catalogue.ServiceID(rapid.IntRange(1, catalogue.NumServiceIDs).Draw(t, label))
}

// Every catalogue entry survives a JSON round trip unchanged (DOC-1: the
// catalogue is this edition's, and the encoding preserves it).
func TestServiceJSONRoundTripProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		id := genServiceID(t, "service")
		s, _ := catalogue.Lookup(id)
		b, err := json.Marshal(s)
		if err != nil {
			t.Fatalf("json.Marshal(%v): %v", id, err)
		}
		var back catalogue.Service
		if err := json.Unmarshal(b, &back); err != nil || back != s {
			t.Fatalf("%v came back as %v (%v)", id, back, err)
		}
	})
}

// A service's text, in any letter case, parses back to the same service,
// and looks up the same entry.
func TestServiceTextRoundTripProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		id := genServiceID(t, "service")
		text := id.String()
		if rapid.Bool().Draw(t, "upperCase") {
			text = strings.ToUpper(text)
		}
		got, err := catalogue.ParseServiceID(text)
		if err != nil || got != id {
			t.Fatalf("ParseServiceID(%q) = %v, %v; want %v", text, got, err, id)
		}
	})
}

// Any byte value of an enum either is a declared value whose text parses
// back to it, or is invalid and refuses to marshal; nothing panics.
func TestEnumsAreTotal(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		v := rapid.Uint8().Draw(t, "value")
		for _, e := range []textEnum{catalogue.Marking(v), catalogue.Category(v), catalogue.ServiceHours(v), catalogue.DeliveryMode(v),
			catalogue.FlexUse(v), catalogue.Locations(v), catalogue.Dependence(v), catalogue.Prerequisite(v),
			catalogue.Package(v), catalogue.Kind(v), catalogue.Fact(v)} {
			b, err := e.MarshalText()
			switch {
			case e.IsValid() && (err != nil || string(b) != e.String()):
				t.Fatalf("%T(%d): MarshalText = %q, %v; want %q", e, v, b, err, e.String())
			case !e.IsValid() && v != 0 && err == nil:
				t.Fatalf("%T(%d) is invalid but marshals as %q", e, v, b)
			}
		}
	})
}

// Rules OPT-2, UER-7, AED-27, D-TERM-3: a part is bought with its parent: it
// belongs to the same package, speaks the same languages (unless the
// document gives the part its own: UER-18 for Enhanced Incident
// Management), needs at least what its parent needs, and ends with it.
func TestPartsInheritTheirParent(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		id := genServiceID(t, "service")
		s, _ := catalogue.Lookup(id)
		pid, ok := s.Parent()
		if !ok {
			return
		}
		p, _ := catalogue.Lookup(pid)
		ownLanguages := s.Rules(catalogue.FactLanguages).Has("UER-18")
		if s.Package() != p.Package() || (s.Languages() != p.Languages()) != ownLanguages || (s.Dependence() == catalogue.DependenceParent) == (pid == catalogue.DeveloperServices) ||
			s.Prerequisites()&p.Prerequisites() != p.Prerequisites() || s.Marking() != catalogue.MarkingPartOf {
			t.Fatalf("%v does not inherit from %v", id, pid)
		}
	})
}

// Rule D-LANG: support for a language does not depend on its region or
// script: "ko-KR" is treated as "ko", "zh-Hant-TW" as "zh".
func TestLanguageSupportIgnoresRegion(t *testing.T) {
	regions := []string{"", "-US", "-GB", "-KR", "-JP", "-TW", "-CN", "-AU"}
	rapid.Check(t, func(t *rapid.T) {
		s, _ := catalogue.Lookup(genServiceID(t, "service"))
		base := rapid.SampledFrom([]string{"en", "ko", "ja", "zh", "de", "fr"}).Draw(t, "language")
		region := rapid.SampledFrom(regions).Draw(t, "region")
		plain := s.Languages().Support(language.MustParse(base))
		tagged := s.Languages().Support(language.MustParse(base + region))
		if plain != tagged {
			t.Fatalf("%v: %s is %v but %s%s is %v", s.ID(), base, plain, base, region, tagged)
		}
		if base == "en" && plain != lang.Guaranteed {
			t.Fatalf("%v does not guarantee English (TERM-3, TERM-4)", s.ID())
		}
	})
}

// Any set of delivery modes or prerequisites survives JSON unchanged.
func TestSetsRoundTripProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var ms []catalogue.DeliveryMode
		for _, m := range rapid.SliceOfN(rapid.IntRange(1, 4), 0, 4).Draw(t, "modes") {
			ms = append(ms, catalogue.DeliveryMode(m))
		}
		set := catalogue.DeliveryModesOf(ms...)
		b, err := json.Marshal(set)
		if err != nil {
			t.Fatal(err)
		}
		var back catalogue.DeliveryModes
		if err := json.Unmarshal(b, &back); err != nil || back != set {
			t.Fatalf("%v came back as %v (%v)", set, back, err)
		}
		for _, m := range ms {
			if !set.Has(m) {
				t.Fatalf("%v lacks %v", set, m)
			}
		}
	})
}
