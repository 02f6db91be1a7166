package catalogue

import "strings"

// A Marking is the symbol the service description prints beside a service: ✓
// (included in the Base Package), + (an additional service that can be
// bought) or +1 (can be bought up to a limited maximum). Sub-services,
// components and capabilities carry no symbol of their own; they are
// [MarkingPartOf] and take their parent's. The zero Marking is not valid.
// Markings are comparable.
//
// The text form is a name ("included", "purchasable", "purchasable-limited",
// "part-of"); [ParseMarking] also accepts the document's symbols, both tick
// symbols included (MARK-4, AMB-39).
//
// Rules MARK-1, MARK-2, MARK-3, MARK-4, ENH-3, BUY-7, BUY-8 (§2.1, §2.3, §2.4).
type Marking uint8

// The markings.
const (
	_                         Marking = iota // zero is deliberately invalid
	MarkingIncluded                          // ✓: included in the Base Package. rule.Set MARK-1, MARK-4.
	MarkingPurchasable                       // +: an additional service that can be bought. rule.Set MARK-2, BUY-7, BUY-8, ENH-3.
	MarkingPurchasableLimited                // +1: can be bought up to a maximum the Work Order states. rule.Set MARK-3, ENH-3, D-MARK.
	MarkingPartOf                            // no symbol: a sub-service, component or capability of its parent.
)

var markingNames = [...]string{"", "included", "purchasable", "purchasable-limited", "part-of"}

var markingSymbols = [...]string{"", "✓", "+", "+1", ""}

// ParseMarking returns the Marking named s ("included", "purchasable",
// "purchasable-limited", "part-of") or printed as s in the document ("✓",
// "✔", "✔️", "+", "+1"), or an error wrapping [ErrInvalidEnum].
//
// Interpretation: AMB-39 — both tick symbols mean included.
//
// Rules MARK-1, MARK-2, MARK-3, MARK-4.
func ParseMarking(s string) (Marking, error) {
	switch strings.TrimSpace(s) {
	case "✓", "✔", "✔️":
		return MarkingIncluded, nil
	case "+":
		return MarkingPurchasable, nil
	case "+1":
		return MarkingPurchasableLimited, nil
	}
	v, err := enumParse(markingNames[:], s, "marking")
	return Marking(v), err
}

// IsValid reports whether m is one of the declared markings.
func (m Marking) IsValid() bool { return m > 0 && int(m) < len(markingNames) }

// String returns m's text form, or a diagnostic such as "contract.Marking(9)".
func (m Marking) String() string { return enumString(markingNames[:], uint8(m), "Marking") }

// Symbol returns the symbol the document prints for m ("✓", "+" or "+1"), or
// "" for [MarkingPartOf] and invalid markings.
func (m Marking) Symbol() string {
	if m.IsValid() {
		return markingSymbols[m]
	}
	return ""
}

// IsPurchasable reports whether m marks an additional service that is bought
// on top of the Base Package (+ or +1).
//
// Rules MARK-2, MARK-3.
func (m Marking) IsPurchasable() bool {
	return m == MarkingPurchasable || m == MarkingPurchasableLimited
}

// NeedsStatedMaximum reports whether a purchase of a service marked m must
// state its maximum quantity in the Work Order (+1). The document states no
// maximum and the library assumes none.
//
// Interpretation: D-MARK (AMB-27) — the Work Order must state it; no default.
//
// Rules MARK-3, DEV-1, D-MARK.
func (m Marking) NeedsStatedMaximum() bool { return m == MarkingPurchasableLimited }

// MarshalText implements [encoding.TextMarshaler] with the name. The zero
// Marking encodes as empty text.
func (m Marking) MarshalText() ([]byte, error) {
	return enumMarshal(markingNames[:], uint8(m), "marking")
}

// UnmarshalText implements [encoding.TextUnmarshaler]; it accepts what
// [ParseMarking] accepts, and empty text as the zero Marking.
func (m *Marking) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*m = 0
		return nil
	}
	v, err := ParseMarking(string(b))
	if err != nil {
		return err
	}
	*m = v
	return nil
}
