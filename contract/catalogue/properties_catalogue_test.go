package catalogue_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/rule"
	"golang.org/x/text/language"
	"pgregory.net/rapid"
)

// genServiceID draws a valid catalogue service.
func genServiceID(t *rapid.T, label string) catalogue.ServiceID {
	return catalogue.ServiceID(rapid.IntRange(1, catalogue.NumServiceIDs).Draw(t, label))
}

// genServiceIDs draws a set of purchased services, possibly empty, possibly
// with repeats.
func genServiceIDs(t *rapid.T, label string) []catalogue.ServiceID {
	return rapid.SliceOfN(rapid.Custom(func(t *rapid.T) catalogue.ServiceID { return genServiceID(t, "service") }), 0, 8).Draw(t, label)
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
		got, err := catalogue.LookupText(text)
		if want, _ := catalogue.Lookup(id); err != nil || got != want {
			t.Fatalf("LookupText(%q) = %v, %v; want %v", text, got, err, want)
		}
	})
}

// Any byte value of an enum either is a declared value whose text parses
// back to it, or is invalid and refuses to marshal; nothing panics.
func TestEnumsAreTotal(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		v := rapid.Uint8().Draw(t, "value")
		for _, e := range []textEnum{catalogue.Marking(v), catalogue.Category(v), catalogue.ServiceHours(v), catalogue.DeliveryMode(v),
			catalogue.FlexUse(v), catalogue.Locations(v), catalogue.Dependence(v), catalogue.Prerequisite(v), catalogue.Condition(v),
			catalogue.Package(v), catalogue.Activity(v), catalogue.Axis(v), catalogue.Kind(v), catalogue.Fact(v), catalogue.BestEffort(v)} {
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

// Rules RESP-0, RESP-12: buying one more service never removes something
// the customer owes, nor something excluded.
func TestMoreServicesNeverOweLess(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		held := genServiceIDs(t, "held")
		more := append(slices.Clone(held), genServiceID(t, "added"))
		a, errA := catalogue.Obligations(held...)
		b, errB := catalogue.Obligations(more...)
		if errA != nil || errB != nil {
			t.Fatalf("Obligations: %v, %v", errA, errB)
		}
		for _, o := range a {
			if !slices.Contains(b, o) {
				t.Fatalf("adding %v removed the obligation %v", more[len(more)-1], o.Rules)
			}
		}
		xa, _ := catalogue.Exclusions(held...)
		xb, _ := catalogue.Exclusions(more...)
		for _, x := range xa {
			if !slices.Contains(xb, x) {
				t.Fatalf("adding %v removed the exclusion %v", more[len(more)-1], x.Rules)
			}
		}
	})
}

// Rules RESP-1..RESP-15 (§2.7): the customer's general responsibilities bind
// whatever it buys, and every obligation the list holds is unique.
func TestGeneralResponsibilitiesAlwaysBind(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		held := genServiceIDs(t, "held")
		os, err := catalogue.Obligations(held...)
		if err != nil {
			t.Fatal(err)
		}
		var resp []rule.ID
		for i, o := range os {
			if strings.HasPrefix(string(o.Rules.At(0)), "RESP-") && o.Service == 0 {
				resp = append(resp, o.Rules.At(0))
			}
			if slices.Contains(os[:i], o) {
				t.Fatalf("obligation %v listed twice", o.Rules)
			}
		}
		if len(resp) != 16 {
			t.Fatalf("holding %v, %d §2.7 responsibilities bind, want 16 (RESP-0..RESP-15): %v", held, len(resp), resp)
		}
	})
}

// Rules OPT-2, UER-7, AED-27, D-TERM-3: a part is bought with its parent: it
// belongs to the same package, speaks the same languages (unless the
// document gives the part its own: UER-18 for Enhanced Incident
// Management), needs at least what its parent needs, ends with it, and owes
// at least its duties.
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
		po, _ := catalogue.Obligations(pid)
		so, _ := catalogue.Obligations(id)
		for _, o := range po {
			if !slices.Contains(so, o) {
				t.Fatalf("%v lacks its parent's obligation %v", id, o.Rules)
			}
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
		if base == "en" && plain != catalogue.LanguageGuaranteed {
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
