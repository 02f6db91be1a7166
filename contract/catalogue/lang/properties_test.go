package lang_test

import (
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/supportrules/unified/contract/catalogue/lang"
	"golang.org/x/text/language"
	"pgregory.net/rapid"
)

var (
	bases   = []string{"en", "ko", "ja", "zh", "de", "fr", "es", "pt"}
	regions = []string{"", "-US", "-GB", "-KR", "-JP", "-TW", "-CN", "-BR"}
)

func genTag(t *rapid.T, label string) language.Tag {
	return language.MustParse(rapid.SampledFrom(bases).Draw(t, label) + rapid.SampledFrom(regions).Draw(t, label+"Region"))
}

func genPolicy(t *rapid.T) lang.Policy {
	b := lang.BestEffort(rapid.IntRange(1, 3).Draw(t, "bestEffort"))
	n := rapid.IntRange(1, lang.MaxGuaranteed).Draw(t, "n")
	var tags []language.Tag
	for range n {
		tags = append(tags, genTag(t, "tag"))
	}
	p, err := lang.PolicyOf(b, tags...)
	if err != nil {
		t.Fatalf("PolicyOf(%v, %v): %v", b, tags, err)
	}
	return p
}

// Rule D-LANG: support for a language does not depend on its region; every
// guaranteed language is guaranteed; a language outside the set is best
// effort exactly when the rule is not "none".
func TestSupportFollowsTheBaseLanguage_DLANG(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := genPolicy(t)
		tag := genTag(t, "asked")
		base, _ := tag.Base()
		plain := p.Support(language.Make(base.String()))
		if got := p.Support(tag); got != plain {
			t.Fatalf("%v: %v is %v but %v is %v", p, tag, got, base, plain)
		}
		for _, g := range p.Guaranteed() {
			if p.Support(g) != lang.Guaranteed {
				t.Fatalf("%v does not guarantee its own %v", p, g)
			}
		}
		if plain != lang.Guaranteed && (plain == lang.OnBestEffort) != (p.BestEffort() != lang.BestEffortNone) {
			t.Fatalf("%v: %v is %v", p, tag, plain)
		}
	})
}

// Every valid policy survives JSON unchanged.
func TestPolicyJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := genPolicy(t)
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		var back lang.Policy
		if err := json.Unmarshal(b, &back); err != nil || back != p {
			t.Fatalf("%s came back as %v, %v; want %v", b, back, err, p)
		}
	})
}

type textEnum interface {
	fmt.Stringer
	encoding.TextMarshaler
	encoding.TextAppender
	IsValid() bool
}

// Every byte value of an enum is a declared value or the unset zero value,
// whose text parses back to it, or is undeclared and refuses to marshal with
// ErrInvalid.
func TestEnumsRoundTripOrRefuse(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		v := rapid.Uint8().Draw(t, "value")
		check := func(e textEnum, back func([]byte) (textEnum, error)) {
			b, err := e.MarshalText()
			if !e.IsValid() && v != 0 {
				if !errors.Is(err, lang.ErrInvalid) {
					t.Fatalf("%T(%d) is undeclared but marshals as %q, %v", e, v, b, err)
				}
				return
			}
			a, errA := e.AppendText([]byte("x"))
			if err != nil || string(b) != e.String() || errA != nil || string(a) != "x"+e.String() {
				t.Fatalf("%T(%d): MarshalText %q, %v; AppendText %q, %v", e, v, b, err, a, errA)
			}
			if got, err := back(b); err != nil || got != e {
				t.Fatalf("%T(%d): %q came back as %v, %v", e, v, b, got, err)
			}
		}
		check(lang.BestEffort(v), func(b []byte) (textEnum, error) {
			var e lang.BestEffort
			err := e.UnmarshalText(b)
			return e, err
		})
		check(lang.Availability(v), func(b []byte) (textEnum, error) {
			var e lang.Availability
			err := e.UnmarshalText(b)
			return e, err
		})
	})
}

// Parsing ignores letter case.
func TestParseIgnoresCase(t *testing.T) {
	if b, err := lang.ParseBestEffort("Contact-Language"); err != nil || b != lang.BestEffortContactLanguage {
		t.Errorf("ParseBestEffort = %v, %v", b, err)
	}
	if s, err := lang.ParseAvailability("NOT-OFFERED"); err != nil || s != lang.NotOffered {
		t.Errorf("ParseAvailability = %v, %v", s, err)
	}
	if _, err := lang.ParseAvailability("maybe"); !errors.Is(err, lang.ErrInvalid) {
		t.Errorf("ParseAvailability(maybe) error = %v", err)
	}
}
