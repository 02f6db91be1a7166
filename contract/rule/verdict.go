package rule

// A Verdict is a yes/no answer together with the rules that decided it: may
// these credits move, is this service deliverable here, may this RCA still be
// requested. It is the one shape such answers take across the module. The
// zero Verdict is a refusal that cites nothing.
type Verdict struct {
	Allowed bool `json:"allowed"`
	Rules   Set  `json:"rules"`
}

// Allow returns a Verdict that allows, citing ids.
func Allow(ids ...ID) Verdict { return Verdict{Allowed: true, Rules: Cite(ids...)} }

// Deny returns a Verdict that refuses, citing ids.
func Deny(ids ...ID) Verdict { return Verdict{Rules: Cite(ids...)} }

// String returns "allowed" or "refused", followed by the rules in
// parentheses when there are any: "refused (MC-17, D-CRED-2)".
func (v Verdict) String() string {
	s := "refused"
	if v.Allowed {
		s = "allowed"
	}
	if v.Rules.Len() == 0 {
		return s
	}
	return s + " (" + v.Rules.String() + ")"
}

// Equal reports whether v and w give the same answer for the same rules.
func (v Verdict) Equal(w Verdict) bool { return v.Allowed == w.Allowed && v.Rules.Equal(w.Rules) }
