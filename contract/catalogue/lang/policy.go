package lang

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/supportrules/unified/internal/enum"
	"golang.org/x/text/language"
)

// ErrInvalid reports an invalid language policy: an undeclared best-effort
// rule or support answer, an undetermined language, too many guaranteed
// languages, or JSON that is not a policy.
var ErrInvalid = errors.New("lang: invalid language policy")

// MaxGuaranteed is the most guaranteed languages a Policy holds: the most
// any service has (UER's Enhanced Incident Management: English, Chinese,
// Japanese).
const MaxGuaranteed = 3

// A Policy is the languages a service is delivered in: a guaranteed set of
// BCP 47 languages, compared by base language, and a best-effort rule for
// the others. The zero Policy guarantees nothing and is not valid; it offers
// no language. Policies are comparable.
//
// Interpretation: D-LANG (AMB-16) — each service has a guaranteed set and a
// best-effort set; "where possible" is not computable, so it is reported as
// best effort, never as guaranteed. Only where the text says "only" (만) are
// other languages not offered.
//
// Rules D-LANG, AMB-16, TERM-3, TERM-4 (§2.6).
type Policy struct {
	guaranteed [MaxGuaranteed]language.Tag
	bases      [MaxGuaranteed]language.Base // of guaranteed, for Support
	n          uint8
	bestEffort BestEffort
}

// PolicyOf returns the policy guaranteeing tags, each reduced to its base
// language (so "en-US" guarantees "en"; duplicates of a base language are
// dropped), with best-effort rule b. It returns an error wrapping
// [ErrInvalid] for an undeclared b, an undetermined language, no language,
// or more than [MaxGuaranteed] languages.
func PolicyOf(b BestEffort, tags ...language.Tag) (Policy, error) {
	if !b.IsValid() {
		return Policy{}, fmt.Errorf("%w: best-effort rule %q", ErrInvalid, b.String())
	}
	p := Policy{bestEffort: b}
	for _, t := range tags {
		if t == language.Und {
			return Policy{}, fmt.Errorf("%w: undetermined language", ErrInvalid)
		}
		if p.guarantees(t) {
			continue
		}
		if int(p.n) == MaxGuaranteed {
			return Policy{}, fmt.Errorf("%w: more than %d guaranteed languages", ErrInvalid, MaxGuaranteed)
		}
		base, _ := t.Base()
		p.guaranteed[p.n] = language.Make(base.String())
		p.bases[p.n] = base
		p.n++
	}
	if p.n == 0 {
		return Policy{}, fmt.Errorf("%w: no guaranteed language", ErrInvalid)
	}
	return p, nil
}

// IsValid reports whether p guarantees at least one language under a
// declared best-effort rule, as every policy [PolicyOf] returns does; only
// the zero Policy is not valid.
func (p Policy) IsValid() bool { return p.n > 0 }

// Guaranteed returns the guaranteed languages as a new slice, in the
// document's order (English first).
func (p Policy) Guaranteed() []language.Tag {
	return slices.Clone(p.guaranteed[:p.n])
}

// BestEffort returns the rule for languages beyond the guaranteed ones.
func (p Policy) BestEffort() BestEffort { return p.bestEffort }

func (p Policy) guarantees(t language.Tag) bool {
	base, _ := t.Base()
	return slices.Contains(p.bases[:p.n], base)
}

// Support reports how p treats a request for language t: guaranteed when t's
// base language is guaranteed (so "en-GB" and "zh-Hant" match "en" and
// "zh"), best effort when p's best-effort rule allows other languages, and
// not offered otherwise, and always for the zero Policy and the undetermined
// language.
//
// Rules D-LANG, TERM-3, TERM-4.
func (p Policy) Support(t language.Tag) Availability {
	switch {
	case !p.IsValid() || t == language.Und:
		return NotOffered
	case p.guarantees(t):
		return Guaranteed
	case p.bestEffort != BestEffortNone:
		return OnBestEffort
	default:
		return NotOffered
	}
}

// String returns p in a short form such as "en+contact-language" or
// "en,zh,ja": the guaranteed languages, then "+" and the best-effort rule
// unless it is none. The zero Policy prints as "".
func (p Policy) String() string {
	var b strings.Builder
	for i, t := range p.guaranteed[:p.n] {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(t.String())
	}
	if p.bestEffort != BestEffortNone && p.bestEffort.IsValid() {
		b.WriteByte('+')
		b.WriteString(p.bestEffort.String())
	}
	return b.String()
}

type policyJSON struct {
	Guaranteed []language.Tag `json:"guaranteed"`
	BestEffort BestEffort     `json:"bestEffort"`
}

// maxPolicyJSON bounds the JSON text UnmarshalJSON reads; a policy of
// MaxGuaranteed long tags is far shorter.
const maxPolicyJSON = 1 << 10

// MarshalJSON encodes p as {"guaranteed": ["en"], "bestEffort": "none"}.
func (p Policy) MarshalJSON() ([]byte, error) {
	return json.Marshal(policyJSON{Guaranteed: p.Guaranteed(), BestEffort: p.bestEffort})
}

// UnmarshalJSON decodes what MarshalJSON encodes, with the checks of
// [PolicyOf]; null leaves p unchanged, as encoding/json does. Every error
// wraps [ErrInvalid].
func (p *Policy) UnmarshalJSON(b []byte) error {
	if len(b) > maxPolicyJSON {
		return fmt.Errorf("%w: %d bytes of JSON, more than %d", ErrInvalid, len(b), maxPolicyJSON)
	}
	var j policyJSON
	if err := json.Unmarshal(b, &j); err != nil {
		if errors.Is(err, ErrInvalid) {
			return err
		}
		return fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	if string(b) == "null" {
		return nil
	}
	q, err := PolicyOf(j.BestEffort, j.Guaranteed...)
	if err != nil {
		return err
	}
	*p = q
	return nil
}

// BestEffort is the rule a service follows for languages it does not
// guarantee. The zero BestEffort means "not set": it is not valid, its text
// is empty, and empty text decodes to it. BestEfforts are comparable.
//
// Rules TERM-3, TERM-4, SAMX-3, D-LANG.
type BestEffort uint8

// The best-effort rules.
const (
	BestEffortNone             BestEffort = iota + 1 // only the guaranteed languages ("only", 만: RR-9, AEM-20, AED-40)
	BestEffortContactLanguage                        // the language of the customer's contacts, where possible (TERM-3, SAMX-3)
	BestEffortDeliveryLocation                       // the language where the delivering Microsoft service is located (TERM-4)
)

// bestEfforts names the values; the zero BestEffort is unnamed ("not set").
var bestEfforts = enum.New[BestEffort](ErrInvalid, "best-effort rule", "", "none", "contact-language", "delivery-location-language")

// ParseBestEffort returns the BestEffort named s, ignoring case and
// surrounding space, or an error wrapping [ErrInvalid]. Empty text gives the
// zero BestEffort.
func ParseBestEffort(s string) (BestEffort, error) { return bestEfforts.Parse(s) }

// IsValid reports whether e is one of the declared rules.
func (e BestEffort) IsValid() bool { return bestEfforts.IsValid(e) }

// String returns e's name; "" for the zero BestEffort and a diagnostic such
// as "best-effort rule(99)" for other undeclared values.
func (e BestEffort) String() string { return bestEfforts.String(e) }

// AppendText implements [encoding.TextAppender] with e's name; an
// undeclared value is an error.
func (e BestEffort) AppendText(b []byte) ([]byte, error) { return bestEfforts.AppendText(b, e) }

// MarshalText implements [encoding.TextMarshaler], as AppendText.
func (e BestEffort) MarshalText() ([]byte, error) { return bestEfforts.AppendText(nil, e) }

// UnmarshalText implements [encoding.TextUnmarshaler], as [ParseBestEffort]
// reads.
func (e *BestEffort) UnmarshalText(b []byte) error { return bestEfforts.UnmarshalText(e, b) }

// Availability is the answer of [Policy.Support]: whether a language is
// guaranteed, offered on a best-effort basis, or not offered. The zero
// Availability means "not set": it is not valid, its text is empty, and empty
// text decodes to it.
//
// Rules D-LANG.
type Availability uint8

// The answers.
const (
	Guaranteed   Availability = iota + 1 // the service is delivered in the language
	OnBestEffort                         // possibly, where Microsoft can ("가능한 경우")
	NotOffered                           // the document rules the language out
)

// availabilities names the values; the zero Availability is unnamed ("not set").
var availabilities = enum.New[Availability](ErrInvalid, "language availability", "", "guaranteed", "best-effort", "not-offered")

// ParseAvailability returns the Availability named s, ignoring case and surrounding
// space, or an error wrapping [ErrInvalid]. Empty text gives the zero
// Availability.
func ParseAvailability(s string) (Availability, error) { return availabilities.Parse(s) }

// IsValid reports whether s is one of the declared answers.
func (s Availability) IsValid() bool { return availabilities.IsValid(s) }

// String returns s's name; "" for the zero Availability and a diagnostic such as
// "language availability(99)" for other undeclared values.
func (s Availability) String() string { return availabilities.String(s) }

// AppendText implements [encoding.TextAppender] with s's name; an undeclared
// value is an error.
func (s Availability) AppendText(b []byte) ([]byte, error) { return availabilities.AppendText(b, s) }

// MarshalText implements [encoding.TextMarshaler], as AppendText.
func (s Availability) MarshalText() ([]byte, error) { return availabilities.AppendText(nil, s) }

// UnmarshalText implements [encoding.TextUnmarshaler], as [ParseAvailability]
// reads.
func (s *Availability) UnmarshalText(b []byte) error { return availabilities.UnmarshalText(s, b) }
