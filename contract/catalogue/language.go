package catalogue

import (
	"encoding/json"
	"fmt"
	"github.com/supportrules/unified/internal/enum"
	"slices"

	"golang.org/x/text/language"
)

// maxLanguages is the most guaranteed languages any service has (UER's
// Enhanced Incident Management: English, Chinese, Japanese).
const maxLanguages = 3

// A LanguagePolicy is the languages a service is delivered in: a guaranteed
// set of BCP 47 languages and a best-effort rule for others. The zero
// LanguagePolicy guarantees nothing and is not valid. LanguagePolicies are
// comparable.
//
// Interpretation: D-LANG (AMB-16) — each service has a guaranteed set and a
// best-effort set; "where possible" is not computable, so it is reported as
// best effort, never as guaranteed.
//
// Rules D-LANG, SAMX-3, UER-18, RR-9, AEM-20, AED-40 (§2.3, §2.4, §2.6).
type LanguagePolicy struct {
	guaranteed [maxLanguages]language.Tag
	bases      [maxLanguages]language.Base // of guaranteed, for Support
	n          uint8
	bestEffort BestEffort
}

// LanguagePolicyOf returns the policy guaranteeing tags (duplicates of the
// same base language dropped, at most three) with best effort b. It returns
// an error wrapping [ErrInvalidEnum] for an invalid b or more than three
// languages.
func LanguagePolicyOf(b BestEffort, tags ...language.Tag) (LanguagePolicy, error) {
	if !b.IsValid() {
		return LanguagePolicy{}, fmt.Errorf("%w: best effort %d", ErrInvalidEnum, uint8(b))
	}
	p := LanguagePolicy{bestEffort: b}
	for _, t := range tags {
		if t == language.Und {
			return LanguagePolicy{}, fmt.Errorf("%w: undetermined language", ErrInvalidEnum)
		}
		if p.guarantees(t) {
			continue
		}
		if int(p.n) == maxLanguages {
			return LanguagePolicy{}, fmt.Errorf("%w: more than %d guaranteed languages", ErrInvalidEnum, maxLanguages)
		}
		base, _ := t.Base()
		p.guaranteed[p.n] = language.Make(base.String())
		p.bases[p.n] = base
		p.n++
	}
	return p, nil
}

// mustLanguages is LanguagePolicyOf for the catalogue's literal data.
func mustLanguages(b BestEffort, tags ...language.Tag) LanguagePolicy {
	p, err := LanguagePolicyOf(b, tags...)
	if err != nil {
		panic("catalogue: internal error: " + err.Error())
	}
	return p
}

// IsValid reports whether p guarantees at least one language.
func (p LanguagePolicy) IsValid() bool { return p.n > 0 && p.bestEffort.IsValid() }

// Guaranteed returns the guaranteed languages as a new slice, in the
// document's order (English first).
func (p LanguagePolicy) Guaranteed() []language.Tag {
	return slices.Clone(p.guaranteed[:p.n])
}

// BestEffort returns the rule for languages beyond the guaranteed ones.
func (p LanguagePolicy) BestEffort() BestEffort { return p.bestEffort }

func (p LanguagePolicy) guarantees(t language.Tag) bool {
	base, _ := t.Base()
	return slices.Contains(p.bases[:p.n], base)
}

// Support reports how p treats a request for language t: guaranteed when t's
// base language is guaranteed (so "en-GB" and "zh-Hant" match "en" and
// "zh"), best effort when p's best-effort rule allows other languages, and
// not offered otherwise.
//
// Rules D-LANG, TERM-3, TERM-4.
func (p LanguagePolicy) Support(t language.Tag) LanguageSupport {
	switch {
	case !p.IsValid() || t == language.Und:
		return LanguageNotOffered
	case p.guarantees(t):
		return LanguageGuaranteed
	case p.bestEffort != BestEffortNone:
		return LanguageBestEffort
	default:
		return LanguageNotOffered
	}
}

// String returns the policy in a short form such as "en+contact-language" or
// "en,zh,ja".
func (p LanguagePolicy) String() string {
	s := ""
	for i, t := range p.guaranteed[:p.n] {
		if i > 0 {
			s += ","
		}
		s += t.String()
	}
	if p.bestEffort != BestEffortNone && p.bestEffort.IsValid() {
		s += "+" + p.bestEffort.String()
	}
	return s
}

type languagePolicyJSON struct {
	Guaranteed []language.Tag `json:"guaranteed"`
	BestEffort BestEffort     `json:"bestEffort"`
}

// MarshalJSON encodes p as {"guaranteed": ["en"], "bestEffort": "none"}.
func (p LanguagePolicy) MarshalJSON() ([]byte, error) {
	return json.Marshal(languagePolicyJSON{Guaranteed: p.Guaranteed(), BestEffort: p.bestEffort})
}

// UnmarshalJSON decodes what MarshalJSON encodes, with the checks of
// [LanguagePolicyOf].
func (p *LanguagePolicy) UnmarshalJSON(b []byte) error {
	var j languagePolicyJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return decodeError(ErrMalformed, "language policy", err)
	}
	q, err := LanguagePolicyOf(j.BestEffort, j.Guaranteed...)
	if err != nil {
		return err
	}
	*p = q
	return nil
}

// BestEffort is the rule a service follows for languages it does not
// guarantee. The zero BestEffort is not valid. BestEfforts are comparable.
//
// Rules TERM-3, TERM-4, SAMX-3, D-LANG.
type BestEffort uint8

// The best-effort rules.
const (
	BestEffortNone             BestEffort = iota + 1 // only the guaranteed languages (e.g. RR-9, AEM-20, AED-40)
	BestEffortContactLanguage                        // the language of the customer's contacts, where possible (TERM-3, SAMX-3)
	BestEffortDeliveryLocation                       // the language where the delivering Microsoft service is located (TERM-4)
)

// bestEfforts names the values; the zero BestEffort is unnamed ("not set").
var bestEfforts = enum.New[BestEffort](ErrInvalidEnum, "best-effort rule", "", "none", "contact-language", "delivery-location-language")

// ParseBestEffort returns the BestEffort named s, ignoring case and surrounding space, or
// an error wrapping [ErrInvalidEnum]. Empty text gives the zero BestEffort.
func ParseBestEffort(s string) (BestEffort, error) { return bestEfforts.Parse(s) }

// IsValid reports whether b is one of the declared values.
func (b BestEffort) IsValid() bool { return bestEfforts.IsValid(b) }

// String returns b's name; "" for the zero BestEffort, and a
// diagnostic such as "best-effort rule(99)" for other undeclared values.
func (b BestEffort) String() string { return bestEfforts.String(b) }

// AppendText implements [encoding.TextAppender] with e's name; an
// undeclared value is an error.
func (e BestEffort) AppendText(b []byte) ([]byte, error) { return bestEfforts.AppendText(b, e) }

// MarshalText implements [encoding.TextMarshaler], as AppendText.
func (b BestEffort) MarshalText() ([]byte, error) { return bestEfforts.AppendText(nil, b) }

// UnmarshalText implements [encoding.TextUnmarshaler], as [ParseBestEffort] reads.
func (e *BestEffort) UnmarshalText(b []byte) error { return bestEfforts.UnmarshalText(e, b) }

// LanguageSupport is the answer of [LanguagePolicy.Support]. The zero
// LanguageSupport is not valid.
type LanguageSupport uint8

// The answers.
const (
	LanguageGuaranteed LanguageSupport = iota + 1 // the service is delivered in the language
	LanguageBestEffort                            // possibly, where Microsoft can ("가능한 경우")
	LanguageNotOffered                            // the document rules the language out
)

// languageSupports names the values; the zero LanguageSupport is unnamed ("not set").
var languageSupports = enum.New[LanguageSupport](ErrInvalidEnum, "language support", "", "guaranteed", "best-effort", "not-offered")

// ParseLanguageSupport returns the LanguageSupport named s, ignoring case and surrounding space, or
// an error wrapping [ErrInvalidEnum]. Empty text gives the zero LanguageSupport.
func ParseLanguageSupport(s string) (LanguageSupport, error) { return languageSupports.Parse(s) }

// IsValid reports whether l is one of the declared values.
func (l LanguageSupport) IsValid() bool { return languageSupports.IsValid(l) }

// String returns l's name; "" for the zero LanguageSupport, and a
// diagnostic such as "language support(99)" for other undeclared values.
func (l LanguageSupport) String() string { return languageSupports.String(l) }

// AppendText implements [encoding.TextAppender] with l's name; an
// undeclared value is an error.
func (l LanguageSupport) AppendText(b []byte) ([]byte, error) {
	return languageSupports.AppendText(b, l)
}

// MarshalText implements [encoding.TextMarshaler], as AppendText.
func (l LanguageSupport) MarshalText() ([]byte, error) { return languageSupports.AppendText(nil, l) }

// UnmarshalText implements [encoding.TextUnmarshaler], as [ParseLanguageSupport] reads.
func (l *LanguageSupport) UnmarshalText(b []byte) error { return languageSupports.UnmarshalText(l, b) }
