package lang_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/supportrules/unified/contract/catalogue/lang"
)

// FuzzPolicyJSON checks that any bytes either decode to a valid policy that
// encodes and decodes to itself, or are refused with ErrInvalid (or, not
// being JSON at all, by encoding/json), never a panic.
func FuzzPolicyJSON(f *testing.F) {
	f.Add([]byte(`{"guaranteed":["en","zh","ja"],"bestEffort":"delivery-location-language"}`))
	f.Add([]byte(`{"guaranteed":["en-GB"],"bestEffort":"CONTACT-LANGUAGE"}`))
	f.Add([]byte(`{"guaranteed":[],"bestEffort":"none"}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var p lang.Policy
		err := json.Unmarshal(b, &p)
		var syntax *json.SyntaxError
		if err != nil {
			if !errors.Is(err, lang.ErrInvalid) && !errors.As(err, &syntax) {
				t.Fatalf("%q: error %v wraps no sentinel", b, err)
			}
			return
		}
		if p == (lang.Policy{}) {
			return // null: nothing decoded
		}
		if !p.IsValid() {
			t.Fatalf("%q decoded to the invalid %v", b, p)
		}
		c, err := json.Marshal(p)
		if err != nil {
			t.Fatalf("%v does not encode: %v", p, err)
		}
		var back lang.Policy
		if err := json.Unmarshal(c, &back); err != nil || back != p {
			t.Fatalf("%s came back as %v, %v; want %v", c, back, err, p)
		}
	})
}
