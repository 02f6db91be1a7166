package severity

import (
	"slices"
	"time"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract/rule"
	"github.com/supportrules/unified/internal/enum"
)

// A Duty is one of the customer's obligations in a chart row.
//
// The zero Duty is not valid.
//
// Rules SEV-STD-7, SEV-STD-11, SEV-STD-14, SEV-STD-17 (Appendix A).
type Duty uint8

// Customer duties of Appendix A.
const (
	_                     Duty = iota
	NotifyExecutives           // notify the customer's senior executives as needed (severity 1)
	SustainEffort              // assign staff to sustain a continuous 24x7 effort (1, A)
	RapidAccess                // provide rapid access and response (1, A)
	AssignStaff                // assign suitable staff to work with Microsoft (B)
	ChangeManagerResponse      // a change manager gives access and response within 4 business hours (B)
	ContactInformation         // accurate contact information for the case owner (C)
	Respond                    // respond within 24 hours (C)
	Submit                     // submit the incident through the row's channels
	numDuties
)

var duties = enum.New[Duty](ErrInvalidValue, "customer duty", "", "notify-executives", "sustain-24x7-effort",
	"rapid-access", "assign-staff", "change-manager-response", "contact-information", "respond", "submit")

// IsValid reports whether d is one of the declared duties.
func (d Duty) IsValid() bool { return duties.IsValid(d) }

// String returns d's text form, such as "change-manager-response"; "" for
// the zero Duty.
func (d Duty) String() string { return duties.String(d) }

// AppendText implements [encoding.TextAppender]. The zero Duty appends
// nothing; another invalid one is an error wrapping [ErrInvalidValue].
func (d Duty) AppendText(b []byte) ([]byte, error) { return duties.AppendText(b, d) }

// MarshalText implements [encoding.TextMarshaler]; the zero Duty is empty
// text.
func (d Duty) MarshalText() ([]byte, error) { return duties.AppendText([]byte{}, d) }

// UnmarshalText implements [encoding.TextUnmarshaler], ignoring case like
// the other enums; empty text gives the zero Duty.
func (d *Duty) UnmarshalText(b []byte) error { return duties.UnmarshalText(d, b) }

// A CustomerDuty is one obligation of the customer for an incident, with
// its deadline where the chart gives one.
//
// CustomerDuty values cannot be compared with == (Due is a time.Time);
// use [CustomerDuty.Equal]. The zero CustomerDuty (Duty zero) states no
// obligation.
type CustomerDuty struct {
	_             [0]func()     // forbid ==: time.Time values are compared with Equal
	Duty          Duty          `json:"duty"`
	BusinessHours bool          `json:"businessHours"` // Within counts business hours
	Channels      Channels      `json:"channels"`      // for Submit: the channels allowed
	Within        time.Duration `json:"within"`        // 0: no deadline (a standing obligation)
	Due           time.Time     `json:"due,omitzero"`  // Opened + Within on the right clock; zero when Within is 0
	// CaseDescription is, for Submit, text the case description must
	// contain ("AEM" during an Azure Event Management event); "" if none.
	CaseDescription string   `json:"caseDescription"`
	Rules           rule.Set `json:"rules"`
}

// Equal reports whether d and e state the same duty, due at the same
// instant.
func (d CustomerDuty) Equal(e CustomerDuty) bool {
	return d.Duty == e.Duty && d.Within == e.Within && d.BusinessHours == e.BusinessHours &&
		d.Due.Equal(e.Due) && d.Channels == e.Channels && d.CaseDescription == e.CaseDescription && d.Rules == e.Rules
}

// CustomerDuties returns the customer's side of the chart row that decides
// inc's target (see [TargetFor]), in the chart's order. A row without a
// customer column (a missing row, or AEM's truncated A row) takes the
// Standard row's duties, which then cite D-SEV-2. The Submit duty gives
// the winning row's channels, except that an Azure incident of a customer
// holding Azure Event Management is raised through the Azure portal with
// "AEM" in the case description whichever chart's time wins (SEV-AEM-1). Deadlines: for severity B, the change manager's
// access and response within 4 business hours on cal; for C, a response
// within 24 wall-clock hours. cal may be nil except for severity B.
//
// It returns the errors of [TargetFor], or one wrapping [calendar.ErrNoCalendar]
// for severity B with a nil calendar.
//
// Interpretation: D-SEV-1 (AMB-14) — the customer's Severity C "24 hours"
// are wall-clock hours, its Severity B 4 hours business hours.
//
// Rules SEV-STD-7, SEV-STD-11, SEV-STD-14, SEV-STD-17, SEV-UER-7,
// SEV-UER-11, SEV-RR-7, SEV-AEM-7, RR-3, SEV-AEM-1, D-SEV-1, AMB-14
// (Appendix A).
func CustomerDuties(inc Incident, cal *calendar.Calendar) ([]CustomerDuty, error) {
	t, err := TargetFor(inc)
	if err != nil {
		return nil, err
	}
	row, err := ChartRow(t.Plan, t.Level)
	if err != nil {
		return nil, err // unreachable: TargetFor returns valid plans and levels
	}
	// The chart whose customer column applies: the plan's own, unless the
	// row is missing or, for Rapid Response A, cut off before that column.
	col, own := t.Plan, customerRule[t.Plan][t.Level]
	if own == "" {
		col, own = Standard, customerRule[Standard][t.Level]
	}
	base := rule.Cite(own)
	if col != t.Plan {
		base = base.With("D-SEV-2") // the Standard row's customer column stands in
	}
	var out []CustomerDuty
	add := func(d Duty, within time.Duration, business bool, extra ...rule.ID) error {
		cd := CustomerDuty{Duty: d, Within: within, BusinessHours: business, Rules: base.With(extra...)}
		if within != 0 { // a standing duty (0) has no due time
			due, err := addOn(inc.Opened, within, business, cal)
			if err != nil {
				return err
			}
			cd.Due = due
		}
		out = append(out, cd)
		return nil
	}
	var errs error
	switch t.Level {
	case Sev1:
		errs = add(NotifyExecutives, 0, false)
		_ = add(SustainEffort, 0, false)
		_ = add(RapidAccess, 0, false)
	case SevA:
		_ = add(SustainEffort, 0, false)
		_ = add(RapidAccess, 0, false)
	case SevB:
		_ = add(AssignStaff, 0, false)
		errs = add(ChangeManagerResponse, 4*time.Hour, true, "D-SEV-1")
	case SevC:
		_ = add(ContactInformation, 0, false)
		errs = add(Respond, 24*time.Hour, false, "D-SEV-1", "AMB-14")
	}
	if errs != nil {
		return nil, errs
	}
	submit := CustomerDuty{Duty: Submit, Channels: row.Channels, CaseDescription: row.CaseDescription, Rules: rule.Cite(own)}
	switch {
	case inc.Azure && slices.Contains(inc.Plans, EventManagement):
		// During the event, every event-related request goes through the
		// Azure portal with "AEM" in the case description, whichever
		// chart's time wins (SEV-AEM-1).
		aem := &rows[EventManagement][t.Level]
		submit.Channels, submit.CaseDescription, submit.Rules = aem.Channels, aem.CaseDescription, rule.Cite("SEV-AEM-1")
	case t.Plan == RapidResponse:
		submit.Rules = rule.Cite("RR-3")
		if col != t.Plan {
			submit.Rules = submit.Rules.With("D-SEV-2") // severity A, cut off before its customer column
		}
	case col != t.Plan:
		submit.Rules = submit.Rules.With("D-SEV-2")
	}
	out = append(out, submit)
	return out, nil
}

// customerRule is the rule of each chart row's customer column; "" where
// the chart prints none (missing rows, Rapid Response A cut off, AEM A).
var customerRule = [numPlans][numLevels]rule.ID{
	Standard:         {Sev1: "SEV-STD-7", SevA: "SEV-STD-11", SevB: "SEV-STD-14", SevC: "SEV-STD-17"},
	EnhancedResponse: {Sev1: "SEV-UER-7", SevA: "SEV-UER-11"},
	RapidResponse:    {Sev1: "SEV-RR-7"},
	EventManagement:  {Sev1: "SEV-AEM-7"},
}
