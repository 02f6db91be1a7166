package rule_test

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/supportrules/unified/contract/rule"
	"pgregory.net/rapid"
)

// allIDs is every ID of the registry, in order.
var allIDs = func() []rule.ID {
	var ids []rule.ID
	for e := range rule.Records() {
		ids = append(ids, e.ID)
	}
	return ids
}()

// citations draws a list of registered IDs, with repeats, long enough to
// pass the eight rules a Set stores inline.
func citations(t *rapid.T, label string) []rule.ID {
	return rapid.SliceOfN(rapid.SampledFrom(allIDs), 0, 24).Draw(t, label)
}

// firstOccurrences is the slow, obvious model of a Set: the IDs in order of
// first citation.
func firstOccurrences(ids []rule.ID) []rule.ID {
	out := []rule.ID{}
	for _, id := range ids {
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// A Set holds the cited rules in the order they were first cited, each once,
// however many there are and however the citations are split between Cite,
// With and Join.
func TestPropertySetKeepsFirstCitationOrderWithoutDuplicates(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		ids := citations(t, "cited rules")
		split := rapid.IntRange(0, len(ids)).Draw(t, "split")
		whole := rule.Cite(ids...)
		want := firstOccurrences(ids)
		if got := whole.IDs(); !slices.Equal(got, want) {
			t.Fatalf("Cite(%v) holds %v, want %v", ids, got, want)
		}
		if w := rule.Cite(ids[:split]...).With(ids[split:]...); w != whole {
			t.Fatalf("Cite then With gives %v, want %v", w, whole)
		}
		if j := rule.Cite(ids[:split]...).Join(rule.Cite(ids[split:]...)); j != whole {
			t.Fatalf("Join gives %v, want %v", j, whole)
		}
		for _, id := range allIDs {
			if whole.Has(id) != slices.Contains(want, id) {
				t.Fatalf("Has(%s) = %t", id, whole.Has(id))
			}
		}
	})
}

// Two Sets are == exactly when they hold the same rules in the same order.
func TestPropertySetEqualityIsSameRulesSameOrder(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a, b := rule.Cite(citations(t, "a")...), rule.Cite(citations(t, "b")...)
		if (a == b) != slices.Equal(a.IDs(), b.IDs()) || a.Equal(b) != (a == b) {
			t.Fatalf("%v == %v is %t", a, b, a == b)
		}
	})
}

// Every Set survives a JSON round trip unchanged, and its JSON is the array
// of its IDs.
func TestPropertySetJSONRoundTrips(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := rule.Cite(citations(t, "cited rules")...)
		b, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		var ids []rule.ID
		if err := json.Unmarshal(b, &ids); err != nil || !slices.Equal(ids, s.IDs()) {
			t.Fatalf("%v marshals as %s", s, b)
		}
		var back rule.Set
		if err := json.Unmarshal(b, &back); err != nil || back != s {
			t.Fatalf("round trip of %v via %s: %v, %v", s, b, back, err)
		}
	})
}

// Parsing a registered ID's text gives the ID back, for any entry drawn.
func TestPropertyParsePrintRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		id := rapid.SampledFrom(allIDs).Draw(t, "registered ID")
		if got, err := rule.Parse(id.String()); err != nil || got != id {
			t.Fatalf("Parse(%q) = %q, %v", id, got, err)
		}
	})
}
