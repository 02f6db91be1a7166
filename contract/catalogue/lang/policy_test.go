package lang_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/supportrules/unified/contract/catalogue/lang"
	"golang.org/x/text/language"
)

// Rules D-LANG, TERM-3, TERM-4: a policy's answer for each kind of
// language, with a row on every boundary: guaranteed by base language
// whatever the region or script, best effort only under a rule that allows
// it, never for the undetermined language or the zero Policy.
func TestSupport_DLANG(t *testing.T) {
	enJa := must(lang.PolicyOf(lang.BestEffortNone, language.English, language.Japanese))
	enContact := must(lang.PolicyOf(lang.BestEffortContactLanguage, language.English))
	enLocation := must(lang.PolicyOf(lang.BestEffortDeliveryLocation, language.English))
	tests := []struct {
		name string
		p    lang.Policy
		tag  string
		want lang.Availability
	}{
		{"RR-9 English", enJa, "en", lang.Guaranteed},
		{"RR-9 Japanese in Japan", enJa, "ja-JP", lang.Guaranteed},
		{"RR-9 only: Korean", enJa, "ko", lang.NotOffered},
		{"TERM-3 English in Britain", enContact, "en-GB", lang.Guaranteed},
		{"TERM-3 contacts' Korean", enContact, "ko-KR", lang.OnBestEffort},
		{"TERM-4 delivery location's German", enLocation, "de", lang.OnBestEffort},
		{"undetermined", enLocation, "und", lang.NotOffered},
		{"zero policy", lang.Policy{}, "en", lang.NotOffered},
	}
	for _, tt := range tests {
		if got := tt.p.Support(language.MustParse(tt.tag)); got != tt.want {
			t.Errorf("%s: Support(%s) = %v, want %v", tt.name, tt.tag, got, tt.want)
		}
	}
}

// PolicyOf reduces tags to base languages, drops duplicates, and refuses an
// undeclared rule, the undetermined language and a fourth language, each
// with ErrInvalid.
func TestPolicyOf(t *testing.T) {
	p, err := lang.PolicyOf(lang.BestEffortNone, language.MustParse("en-US"), language.English, language.MustParse("ja-JP"))
	if err != nil || p.String() != "en,ja" || len(p.Guaranteed()) != 2 || p.BestEffort() != lang.BestEffortNone || !p.IsValid() {
		t.Errorf("PolicyOf(en-US, en, ja-JP) = %v, %v; want en,ja", p, err)
	}
	three := []language.Tag{language.English, language.Chinese, language.Japanese}
	if p, err := lang.PolicyOf(lang.BestEffortDeliveryLocation, three...); err != nil || p.String() != "en,zh,ja+delivery-location-language" {
		t.Errorf("three languages = %v, %v", p, err)
	}
	bad := []struct {
		name string
		b    lang.BestEffort
		tags []language.Tag
	}{
		{"zero rule", 0, []language.Tag{language.English}},
		{"undeclared rule", 4, []language.Tag{language.English}},
		{"und", lang.BestEffortNone, []language.Tag{language.Und}},
		{"four languages", lang.BestEffortNone, append(three, language.Korean)},
		{"no language", lang.BestEffortNone, nil},
	}
	for _, tt := range bad {
		if _, err := lang.PolicyOf(tt.b, tt.tags...); !errors.Is(err, lang.ErrInvalid) {
			t.Errorf("%s: error = %v, want ErrInvalid", tt.name, err)
		}
	}
	var zero lang.Policy
	if zero.IsValid() || zero.String() != "" || len(zero.Guaranteed()) != 0 || zero.BestEffort() != 0 {
		t.Errorf("zero policy: %q", zero)
	}
}

// A policy's JSON round-trips; hostile JSON is refused with ErrInvalid.
func TestPolicyJSON(t *testing.T) {
	p := must(lang.PolicyOf(lang.BestEffortNone, language.English, language.Japanese))
	b, err := json.Marshal(p)
	if err != nil || string(b) != `{"guaranteed":["en","ja"],"bestEffort":"none"}` {
		t.Fatalf("json.Marshal = %s, %v", b, err)
	}
	var q lang.Policy
	if err := json.Unmarshal(b, &q); err != nil || q != p {
		t.Errorf("round trip = %v, %v; want %v", q, err, p)
	}
	for _, in := range []string{
		`{"guaranteed":["en"],"bestEffort":""}`,
		`{"guaranteed":["en"],"bestEffort":"sometimes"}`,
		`{"guaranteed":["xx-invalid-tag-!"],"bestEffort":"none"}`,
		`{"guaranteed":"en","bestEffort":"none"}`,
		`[1,2]`,
		`{"guaranteed":[],"bestEffort":"none"}`,
		`{"guaranteed":["` + strings.Repeat("a", 2000) + `"],"bestEffort":"none"}`,
	} {
		if err := json.Unmarshal([]byte(in), &q); !errors.Is(err, lang.ErrInvalid) {
			t.Errorf("Unmarshal(%.40s) error = %v, want ErrInvalid", in, err)
		}
	}
	if err := json.Unmarshal([]byte(`null`), &q); err != nil || q != p {
		t.Errorf("null: %v, %v", q, err)
	}
}

func must(p lang.Policy, err error) lang.Policy {
	if err != nil {
		panic(err)
	}
	return p
}

// Issue 14: a policy's JSON is bounded: 1 KiB of text decodes, one byte more
// is refused before parsing; and an error names what is wrong once.
func TestPolicyJSONBound(t *testing.T) {
	const head, tail = `{"guaranteed":["en"],"bestEffort":"none"`, `}`
	for _, n := range []int{1024, 1025} {
		in := head + strings.Repeat(" ", n-len(head)-len(tail)) + tail
		var p lang.Policy
		err := json.Unmarshal([]byte(in), &p)
		if n <= 1024 && (err != nil || p.String() != "en") {
			t.Errorf("%d bytes: %v, %v", n, p, err)
		}
		if n > 1024 && !errors.Is(err, lang.ErrInvalid) {
			t.Errorf("%d bytes: error %v, want ErrInvalid", n, err)
		}
	}
	var p lang.Policy
	err := json.Unmarshal([]byte(`{"guaranteed":["en"],"bestEffort":"sometimes"}`), &p)
	want := `lang: invalid language policy: "sometimes" is not a best-effort rule (want one of none, contact-language, delivery-location-language)`
	if err == nil || err.Error() != want {
		t.Errorf("error = %v\nwant %s", err, want)
	}
}
