package severity

import (
	"fmt"
	"slices"

	"github.com/supportrules/unified/contract/rule"
	"golang.org/x/text/language"
)

// Languages is the set of languages in which a plan's incident support is
// given: Guaranteed always, and, best effort, the language of the
// customer's contacts where possible (ContactLanguage). The zero
// Languages guarantees nothing. Languages hold a slice, so compare them
// with [Languages.Equal].
type Languages struct {
	Guaranteed      []language.Tag // BCP 47 tags, in the document's order
	ContactLanguage bool           // also the contacts' language where possible (best effort)
	Rules           rule.Set
}

// LanguagesOf returns the languages of plan p's incident support, as fresh
// slices: Standard (Base Package reactive services) English, plus the
// contacts' language where possible; Unified Enhanced Response's
// Enhanced Incident Management English, Chinese and Japanese; Rapid
// Response English and Japanese only; Azure Event Management English only.
// It returns an error wrapping [ErrInvalidPlan] for an invalid p.
//
// Interpretation: D-LANG (AMB-16) — a guaranteed set and a best-effort
// set per service; the restricted sets cover the whole plan.
//
// Rules TERM-3, UER-18, RR-9, SEV-RR-10, AEM-20, SEV-AEM-10, D-LANG, AMB-16
// (§2.4, §2.6, Appendix A).
func LanguagesOf(p Plan) (Languages, error) {
	switch p {
	case Standard:
		return Languages{Guaranteed: []language.Tag{language.English}, ContactLanguage: true, Rules: rule.Cite("TERM-3", "D-LANG")}, nil
	case EnhancedResponse:
		return Languages{Guaranteed: []language.Tag{language.English, language.Chinese, language.Japanese}, Rules: rule.Cite("UER-18", "D-LANG")}, nil
	case RapidResponse:
		return Languages{Guaranteed: []language.Tag{language.English, language.Japanese}, Rules: rule.Cite("RR-9", "SEV-RR-10", "D-LANG", "AMB-16")}, nil
	case EventManagement:
		return Languages{Guaranteed: []language.Tag{language.English}, Rules: rule.Cite("AEM-20", "SEV-AEM-10", "D-LANG")}, nil
	default:
		return Languages{}, fmt.Errorf("%w: %d", ErrInvalidPlan, uint8(p))
	}
}

// Equal reports whether ls and o hold the same languages, in the same
// order, and the same rules.
func (ls Languages) Equal(o Languages) bool {
	return slices.Equal(ls.Guaranteed, o.Guaranteed) && ls.ContactLanguage == o.ContactLanguage && ls.Rules == o.Rules
}

// Guarantees reports whether tag's language is one of the guaranteed
// languages: "ja-JP" is guaranteed where Japanese is. A tag that names no
// language ("und") and a best-effort contact language are never
// guaranteed.
func (ls Languages) Guarantees(tag language.Tag) bool {
	b, conf := tag.Base()
	if conf != language.Exact { // an inferred language is not the caller's
		return false
	}
	for _, g := range ls.Guaranteed {
		if gb, _ := g.Base(); gb == b {
			return true
		}
	}
	return false
}
