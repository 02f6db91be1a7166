package severity

import (
	"fmt"
	"time"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract/rule"
)

// An Incident is a support request as Appendix A sees it: its severity,
// the product it concerns, when it was submitted, and the response plans
// the customer holds.
//
// An Incident holding [EventManagement] in Plans is taken to be an
// event-related request raised during the event through the Microsoft Azure
// portal with "AEM" in the case description (SEV-AEM-1); one holding
// [RapidResponse] is taken to be submitted through the cloud services
// portal (RR-3). The caller checks those conditions; [ChartRow] lists them.
//
// The zero Incident is not valid: its Level and Opened are zero. Incidents
// hold a slice and cannot be compared with ==.
//
// Rules PRS-2, PRS-4, PRS-5, SEV-AEM-1, RR-3, D-SEV-3 (§2.3 table 9, Appendix A).
type Incident struct {
	Level   Level     `json:"level"`           // the severity Microsoft assigned after consultation (PRS-5)
	Azure   bool      `json:"azure"`           // the incident concerns a Microsoft Azure component
	Product string    `json:"product"`         // the affected product, e.g. "Azure StorSimple"; may be empty
	Opened  time.Time `json:"opened,omitzero"` // when the incident was submitted; the zero time is an error
	Plans   []Plan    `json:"plans"`           // response plans held besides Standard, which always applies
}

// A Target is the first-call-response commitment for an incident: within
// how long Microsoft's first non-automated contact by phone or email is
// due, on which clock, and which chart row produced it.
//
// Targets are comparable with ==. The zero Target is not valid (its Level
// is zero).
//
// Rules PRS-4, PRS-9, PRS-10, SEV-GEN-2, D-SEV-1, D-SEV-2, D-SEV-3
// (§2.3 table 9, Appendix A).
//
// A Target is 48 bytes: the six small fields share one word.
type Target struct {
	Within        time.Duration `json:"within"`        // first call response; "within" is inclusive (D-SEV-1)
	Level         Level         `json:"level"`         // the incident's severity
	Plan          Plan          `json:"plan"`          // the chart that produced it
	Class         ProductClass  `json:"class"`         // the product column of the row that was used
	BusinessHours bool          `json:"businessHours"` // counted on the support location's business-hours calendar; else 24x7
	Fallback      bool          `json:"fallback"`      // that plan's chart has no such row, so the Standard row was used (D-SEV-2)
	NotFromSeed   bool          `json:"notFromSeed"`   // the figure is Microsoft's published one, not the seed's (D-SEV-2, Rapid Response A)
	Rules         rule.Set      `json:"rules"`
}

// String describes t for people, such as
// "Unified Enhanced Response, severity 1, other-products: 30m0s, 24x7 (SEV-UER-3, UER-6, D-SEV-1, D-SEV-3)".
func (t Target) String() string {
	clock := "24x7"
	if t.BusinessHours {
		clock = "business hours"
	}
	note := ""
	if t.Fallback {
		note = " (Standard row, fallback)"
	}
	if t.NotFromSeed {
		note += " (not from the seed)"
	}
	return fmt.Sprintf("%s, severity %s, %s%s: %s, %s (%s)", t.Plan, t.Level, t.Class, note, t.Within, clock, t.Rules)
}

// TargetFor returns the first-call-response target of inc: the earliest
// target of every held plan whose chart covers the incident, Standard
// always among them. On a tie, an add-on plan whose own chart has the row
// wins over Standard, in the order Rapid Response, Unified Enhanced
// Response, Azure Event Management; a plan whose chart lacks the row only
// falls back to the Standard row and takes no part in a tie (the Standard
// row is Standard's). An Azure product on a chart's exclusion list takes
// that chart's "all other products" row, or leaves Rapid Response, which
// then does not cover it. Duplicate plans are harmless.
//
// Targets of one level all run on the same clock (24x7 for 1 and A,
// business hours for B and C), so the earliest target is the one with the
// shortest duration.
//
// Which products are Azure products: a product whose name holds the word
// "Azure" (in any case, such as "Azure Kubernetes Service" or "azure sql
// database"), or a name printed on one of the document's lists of Azure
// products (the exclusion lists of the Standard, UER and Rapid Response
// charts, in English or Korean, such as "GitHub AE" or "청구 구독 관리";
// see [Exclusions]). Such a product with Azure false is an error wrapping
// [ErrAzureMismatch], not an "all other products" target. Any other name
// is taken as the caller says.
//
// It returns an error wrapping [ErrInvalidLevel], [ErrInvalidPlan] (for any
// invalid entry of Plans), [ErrZeroTime] or [ErrAzureMismatch]. It does
// not allocate.
//
// Interpretation: D-SEV-1 (AMB-14), D-SEV-2 (AMB-7), D-SEV-3 (AMB-8),
// D-SEV-4 (AMB-15).
//
// Rules PRS-4, SEV-GEN-1, SEV-GEN-2, RR-6, UER-6, REDE-18, AED-11, D-SEV-1,
// D-SEV-2, D-SEV-3, D-SEV-4 (Appendix A).
func TargetFor(inc Incident) (Target, error) {
	t, err := targetOf(&inc)
	if err != nil {
		return Target{}, err
	}
	return *t, nil
}

// tieOrder lists the add-on plans from the weakest to the strongest on a
// tie (D-SEV-3): each beats Standard and the plans before it, so Rapid
// Response (RR-6) wins, then Unified Enhanced Response (UER-6), then Azure
// Event Management.
var tieOrder = [...]Plan{EventManagement, EnhancedResponse, RapidResponse}

// targetOf is TargetFor without the copy: it returns a pointer into the
// read-only table [targets], found through [decisions] with no search. A
// valid incident costs one pass over its plans and no call but for its
// product's name; an invalid one gets [check]'s error.
func targetOf(inc *Incident) (*Target, error) {
	held := heldOf(inc.Plans)
	if held >= badPlan || !inc.Level.IsValid() || inc.Opened.IsZero() || !inc.Azure && inc.Product != "" && isAzureName(inc.Product) {
		return nil, check(inc) // which fault, in check's order
	}
	return choose(inc, inc.Level, held), nil
}

// check validates inc for [TargetFor].
func check(inc *Incident) error {
	if !inc.Level.IsValid() {
		return fmt.Errorf("%w: %d", ErrInvalidLevel, uint8(inc.Level))
	}
	if inc.Opened.IsZero() {
		return fmt.Errorf("%w: incident opened", ErrZeroTime)
	}
	for _, p := range inc.Plans {
		if !p.IsValid() {
			return fmt.Errorf("%w: %d in incident plans", ErrInvalidPlan, uint8(p))
		}
	}
	if !inc.Azure && isAzureName(inc.Product) {
		return fmt.Errorf("%w: %q is an Azure product, but the incident says it is not", ErrAzureMismatch, clip(inc.Product))
	}
	return nil
}

// lookup returns the target of the checked incident inc at level l.
func lookup(inc *Incident, l Level) *Target {
	return choose(inc, l, heldOf(inc.Plans))
}

// choose returns the target of the checked incident inc at level l when
// it holds the add-on plans held.
func choose(inc *Incident, l Level, held uint8) *Target {
	d := &decisions[l][held]
	switch {
	case !inc.Azure:
		return d.other
	case !d.lists:
		return d.azure[0]
	}
	return d.azure[exclusionMask(inc.Product)>>1&listBits]
}

// heldOf returns the set of add-on plans among plans ([addOnBit]): below
// [numHeld] when every plan is valid, else with the bit [badPlan] set.
func heldOf(plans []Plan) uint8 {
	n := len(plans)
	switch {
	case n == 0:
		return 0
	case n <= 3:
		// Without a loop, whose exit a bulk of incidents holding one, two
		// or three plans at random would mispredict: a plan read twice
		// adds nothing.
		return addOnBit[plans[0]] | addOnBit[plans[min(1, n-1)]] | addOnBit[plans[n-1]]
	}
	var held uint8
	for _, p := range plans {
		held |= addOnBit[p]
	}
	return held
}

// addOnBit gives each valid plan its bit in a set of held add-on plans
// (none for Standard, which every customer holds) and every other value
// of a Plan the bit badPlan. Never written after initialisation.
var addOnBit = func() (t [256]uint8) {
	for p := range t {
		if !Plan(p).IsValid() {
			t[p] = badPlan
		}
	}
	t[EnhancedResponse], t[RapidResponse], t[EventManagement] = 1, 2, 4
	return t
}()

const (
	numHeld  = 8 // the sets of held add-on plans
	badPlan  = 8 // an invalid plan among them (addOnBit)
	listBits = 7 // the lists of Standard, UER and Rapid Response, as exclusionMask>>1
)

// A decision is TargetFor's answer for one level and set of held add-on
// plans: for a product that is not an Azure component, and for an Azure
// component, by the set of exclusion lists that print it (when lists
// decides that the lists matter; else azure[0] answers for every product).
type decision struct {
	other *Target
	azure [listBits + 1]*Target
	lists bool
}

// decisions holds TargetFor's answer for every level and set of held
// add-on plans, built once by [decide], the literal
// reading of D-SEV-3; it is never written after initialisation.
var decisions = func() (t [numLevels][numHeld]decision) {
	for l := Sev1; l <= SevC; l++ {
		for held := range uint8(numHeld) {
			d := &t[l][held]
			d.other = decide(l, held, false, 0)
			for lists := range uint8(listBits + 1) {
				d.azure[lists] = decide(l, held, true, lists<<1)
				d.lists = d.lists || *d.azure[lists] != *d.azure[0]
			}
		}
	}
	return t
}()

// decide returns the target for an incident of level l, holding the
// add-on plans held (addOnBit), whose product is an Azure component or not
// and is printed on the exclusion lists mask (1<<Plan): the earliest
// target of Standard and every held plan whose chart covers the product,
// ties broken by [tieOrder], a fallback row taking no part (D-SEV-3).
func decide(l Level, held uint8, azure bool, mask uint8) *Target {
	pl := listMask(mask)
	bp, bc := Standard, columnOf(Standard, l, azure, pl) // Standard covers everything
	best := targets[bp][l][bc].one.Within
	for _, p := range tieOrder {
		if held&addOnBit[p] == 0 || charts[p][l].missing {
			continue // not held, or a fallback row, which is Standard's and takes no part (D-SEV-3)
		}
		c := columnOf(p, l, azure, pl)
		if c == colNone {
			continue
		}
		if w := targets[p][l][c].one.Within; w <= best { // on a tie, the later plan wins
			best, bp, bc = w, p, c
		}
	}
	if held != 0 {
		return &targets[bp][l][bc].many
	}
	return &targets[bp][l][bc].one
}

// clip bounds how much of a caller's text an error message repeats.
func clip(s string) string {
	const max = 64
	if len(s) > max {
		return s[:max] + "…"
	}
	return s
}

// ChartTarget returns the target that plan p's chart alone gives inc,
// ignoring inc.Plans: the way to explain what each held chart says, and
// where a missing row falls back to Standard (Fallback is set). It returns
// an error wrapping [ErrNotCovered] when p's chart does not cover the
// incident, and the errors of [TargetFor] for bad input.
//
// Rules D-SEV-2, D-SEV-4, SEV-UER-15, SEV-RR-8, SEV-AEM-8 (Appendix A).
func ChartTarget(inc Incident, p Plan) (Target, error) {
	if !p.IsValid() {
		return Target{}, fmt.Errorf("%w: %d", ErrInvalidPlan, uint8(p))
	}
	if _, err := TargetFor(Incident{Level: inc.Level, Opened: inc.Opened}); err != nil {
		return Target{}, err
	}
	c := columnOf(p, inc.Level, inc.Azure, listMask(exclusionMask(inc.Product)))
	if c == colNone {
		return Target{}, fmt.Errorf("%w: %s, product %q (azure %t)", ErrNotCovered, p, inc.Product, inc.Azure)
	}
	return targets[p][inc.Level][c].one, nil
}

// Deadline returns when the first call response to inc is due:
// [TargetFor]'s duration added to inc.Opened on the right clock, 24x7 for
// severity 1 and A and the support location's business-hours calendar cal
// for B and C. cal may be nil when the target runs 24x7. The result is the
// same instant whatever zone inc.Opened carries, and is expressed in that
// zone.
//
// It returns the errors of [TargetFor], or one wrapping [calendar.ErrNoCalendar]
// when the target counts business hours and cal is nil. It does not
// allocate beyond what cal's Add does.
//
// Interpretation: D-SEV-1 (AMB-14) — the clock starts at submission and
// "within" is inclusive; D-CLOCK — a budget ending exactly at closing ends
// at 17:30.
//
// Rules SEV-STD-13, SEV-STD-16, SEV-STD-21, D-SEV-1, D-CLOCK, D-CAL
// (Appendix A).
func Deadline(inc Incident, cal *calendar.Calendar) (time.Time, error) {
	t, err := targetOf(&inc)
	if err != nil {
		return time.Time{}, err
	}
	return addOn(inc.Opened, t.Within, t.BusinessHours, cal)
}

// Due returns when t is due for an incident opened at start, on cal when
// t counts business hours (see [Deadline]). It returns an error wrapping
// [ErrInvalidLevel] for a zero Target (or one whose Level is invalid),
// [ErrInvalidPlan] or [ErrInvalidValue] for a Target with an invalid Plan
// or a Within that is not positive (as a decoded or hand-made Target may
// hold), [ErrZeroTime] for a zero start and [calendar.ErrNoCalendar] for a
// business-hours target with a nil calendar.
//
// Rules D-SEV-1, D-CLOCK.
func (t Target) Due(start time.Time, cal *calendar.Calendar) (time.Time, error) {
	return t.due(start, cal)
}

func (t *Target) due(start time.Time, cal *calendar.Calendar) (time.Time, error) {
	switch {
	case !t.Level.IsValid():
		return time.Time{}, fmt.Errorf("%w: %d in target", ErrInvalidLevel, uint8(t.Level))
	case !t.Plan.IsValid():
		return time.Time{}, fmt.Errorf("%w: %d in target", ErrInvalidPlan, uint8(t.Plan))
	case t.Within <= 0:
		return time.Time{}, fmt.Errorf("%w: target within %v", ErrInvalidValue, t.Within)
	}
	if start.IsZero() {
		return time.Time{}, fmt.Errorf("%w: start", ErrZeroTime)
	}
	return addOn(start, t.Within, t.BusinessHours, cal)
}

// IsOnTime reports whether a first call response made at response met t
// for an incident opened at start: "within" is inclusive, so a response at
// the due instant itself is on time. A first call response is Microsoft's
// first non-automated contact by phone or email; automatic acknowledgements
// do not count, which the caller decides. After a severity change, ask
// [Retargeted.IsOnTime] instead: the due time that stands may be an
// earlier level's. It returns the errors of [Target.Due], or one wrapping
// [ErrZeroTime] for a zero response and [ErrOutOfOrder] for a response
// before start.
//
// Rules PRS-9, D-SEV-1, AMB-14 (§2.3 table 9).
func (t Target) IsOnTime(start, response time.Time, cal *calendar.Calendar) (rule.Verdict, error) {
	due, err := t.due(start, cal)
	if err != nil {
		return rule.Verdict{}, err
	}
	switch {
	case response.IsZero():
		return rule.Verdict{}, fmt.Errorf("%w: first call response", ErrZeroTime)
	case response.Before(start):
		return rule.Verdict{}, fmt.Errorf("%w: response at %s, before opening at %s", ErrOutOfOrder,
			response.Format(time.RFC3339), start.Format(time.RFC3339))
	}
	return rule.Verdict{Allowed: !response.After(due), Rules: rule.Cite("PRS-9", "D-SEV-1")}, nil
}

// addOn adds d to start on the business-hours calendar cal or, when
// business is false, on the 24x7 clock.
func addOn(start time.Time, d time.Duration, business bool, cal *calendar.Calendar) (time.Time, error) {
	if !business {
		return start.Add(d), nil
	}
	if cal == nil || cal.Location() == nil {
		return time.Time{}, fmt.Errorf("%w: %s in business hours", calendar.ErrNoCalendar, d)
	}
	return cal.Add(start, d), nil // in start's location (calendar.Add's doc)
}
