package catalogue

import "github.com/supportrules/unified/internal/enum"

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
// The zero Marking means "not set": it is not valid, its text is empty,
// and empty text decodes to it, so it round-trips.
//
// Rules MARK-1, MARK-2, MARK-3, MARK-4, ENH-3, BUY-7, BUY-8 (§2.1, §2.3, §2.4).
type Marking uint8

// The markings.
const (
	MarkingIncluded           Marking = iota + 1 // ✓: included in the Base Package. rule.Set MARK-1, MARK-4.
	MarkingPurchasable                           // +: an additional service that can be bought. rule.Set MARK-2, BUY-7, BUY-8, ENH-3.
	MarkingPurchasableLimited                    // +1: can be bought up to a maximum the Work Order states. rule.Set MARK-3, ENH-3, D-MARK.
	MarkingPartOf                                // no symbol: a sub-service, component or capability of its parent.
)

// markings names the values; the zero Marking is unnamed ("not set"). The
// document's symbols are aliases, both tick symbols meaning included
// (MARK-4, AMB-39).
var markings = enum.New[Marking](ErrInvalidEnum, "marking", "", "included", "purchasable", "purchasable-limited", "part-of").
	Alias("✓", MarkingIncluded).Alias("✔", MarkingIncluded).Alias("✔️", MarkingIncluded).
	Alias("+", MarkingPurchasable).Alias("+1", MarkingPurchasableLimited)

// ParseMarking returns the Marking named s ("included", "purchasable",
// "purchasable-limited", "part-of") or printed as s in the document ("✓",
// "✔", "✔️", "+", "+1"), ignoring case and surrounding space, or an error
// wrapping [ErrInvalidEnum]. Empty text gives the zero Marking.
//
// Interpretation: AMB-39 — both tick symbols mean included.
//
// Rules MARK-1, MARK-2, MARK-3, MARK-4.
func ParseMarking(s string) (Marking, error) { return markings.Parse(s) }

// IsValid reports whether m is one of the declared values.
func (m Marking) IsValid() bool { return markings.IsValid(m) }

// String returns m's name; "" for the zero Marking, and a
// diagnostic such as "marking(99)" for other undeclared values.
func (m Marking) String() string { return markings.String(m) }

// AppendText implements [encoding.TextAppender] with m's name; an
// undeclared value is an error.
func (m Marking) AppendText(b []byte) ([]byte, error) { return markings.AppendText(b, m) }

// MarshalText implements [encoding.TextMarshaler], as AppendText.
func (m Marking) MarshalText() ([]byte, error) { return markings.AppendText(nil, m) }

// UnmarshalText implements [encoding.TextUnmarshaler], as [ParseMarking] reads.
func (m *Marking) UnmarshalText(b []byte) error { return markings.UnmarshalText(m, b) }

var markingSymbols = [...]string{"", "✓", "+", "+1", ""}

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
