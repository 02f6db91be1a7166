package severity

import (
	"fmt"
	"strings"
	"time"

	"github.com/supportrules/unified/contract/rule"
	"github.com/supportrules/unified/internal/enum"
)

// An Effort is how continuously Microsoft works an incident.
//
// The zero Effort is not valid.
//
// Rules SEV-STD-5, SEV-STD-10, SAM-3, SAM-4, SAM-6 (Appendix A, §2.3 table 9).
type Effort uint8

// Efforts.
const (
	_             Effort = iota
	Continuous           // a continuous 24x7 effort (연중무휴 24시간 지속적으로 노력)
	BusinessHours        // during the support location's business hours only
)

var efforts = enum.New[Effort](ErrInvalidValue, "effort", "", "24x7", "business-hours")

// IsValid reports whether e is one of the declared efforts.
func (e Effort) IsValid() bool { return efforts.IsValid(e) }

// String returns "24x7" or "business-hours"; "" for the zero Effort.
func (e Effort) String() string { return efforts.String(e) }

// AppendText implements [encoding.TextAppender]. The zero Effort appends
// nothing; another invalid one is an error wrapping [ErrInvalidValue].
func (e Effort) AppendText(b []byte) ([]byte, error) { return efforts.AppendText(b, e) }

// MarshalText implements [encoding.TextMarshaler]; the zero Effort is
// empty text.
func (e Effort) MarshalText() ([]byte, error) { return efforts.AppendText([]byte{}, e) }

// UnmarshalText implements [encoding.TextUnmarshaler], ignoring case;
// empty text gives the zero Effort.
func (e *Effort) UnmarshalText(b []byte) error { return efforts.UnmarshalText(e, b) }

// Channels is a set of ways to submit an incident.
//
// The zero Channels is the empty set. Channels are comparable with ==.
//
// Rules PRS-2, PRS-3, RR-3, SEV-AEM-1, UER-5, UER-9 (§2.3 table 9, §2.4,
// Appendix A).
type Channels uint8

// Submission channels, combinable with |.
const (
	Phone       Channels = 1 << iota // by telephone (전화)
	Web                              // through the support website (웹사이트)
	CloudPortal                      // through the relevant cloud services portal (Rapid Response, RR-3)
	AzurePortal                      // through the Microsoft Azure portal (AEM, SEV-AEM-1)
	numChannels = iota
)

var channelText = [numChannels]string{"phone", "web", "cloud-portal", "azure-portal"}

// Has reports whether c holds every channel of d.
func (c Channels) Has(d Channels) bool { return c&d == d }

// IsValid reports whether c holds only declared channels.
func (c Channels) IsValid() bool { return c < 1<<numChannels }

// String returns the channels separated by "|", such as "phone|web"; ""
// for the empty set.
func (c Channels) String() string {
	b, err := c.AppendText(nil)
	if err != nil {
		return fmt.Sprintf("severity.Channels(%d)", uint8(c))
	}
	return string(b)
}

// AppendText implements [encoding.TextAppender]: the channels in order,
// separated by "|".
func (c Channels) AppendText(b []byte) ([]byte, error) {
	if !c.IsValid() {
		return b, fmt.Errorf("%w: channels %d", ErrInvalidValue, uint8(c))
	}
	first := true
	for i := range numChannels {
		if c&(1<<i) == 0 {
			continue
		}
		if !first {
			b = append(b, '|')
		}
		b = append(b, channelText[i]...)
		first = false
	}
	return b, nil
}

// MarshalText implements [encoding.TextMarshaler].
func (c Channels) MarshalText() ([]byte, error) { return c.AppendText([]byte{}) }

// UnmarshalText implements [encoding.TextUnmarshaler], reading the form of
// [Channels.AppendText].
func (c *Channels) UnmarshalText(b []byte) error {
	var v Channels
	if len(b) > 0 {
	next:
		for _, s := range strings.Split(string(b), "|") {
			for i := range numChannels {
				if strings.EqualFold(s, channelText[i]) {
					v |= 1 << i
					continue next
				}
			}
			return fmt.Errorf("%w: channel %q", ErrInvalidValue, s)
		}
	}
	*c = v
	return nil
}

// A Row is everything one row of an Appendix A chart promises, on
// Microsoft's side: the first-call-response times per product column, the
// clock, the effort, the resources assigned and escalations started, the
// submission channels and the tag the case description needs. The
// customer's side is in [CustomerDuties]; languages in [LanguagesOf].
//
// Rows are comparable with ==. The zero Row is not valid (its Plan and
// Level are zero); rows come from [ChartRow].
//
// Rules PRS-4, SAM-1, SAM-2, SAM-3, SAM-4, SAM-5, SAM-7, D-SEV-2 (§2.3 table 9, Appendix A).
type Row struct {
	Plan        Plan  `json:"plan"`
	Level       Level `json:"level"`
	Missing     bool  `json:"missing"`     // the chart has no such row; the Standard row's promises apply (D-SEV-2)
	NotFromSeed bool  `json:"notFromSeed"` // the time is Microsoft's published figure, not the seed's (D-SEV-2)

	AzureWithin time.Duration `json:"azureWithin"` // first call response for Azure components (every product, where the row does not split them)
	OtherWithin time.Duration `json:"otherWithin"` // first call response for all other products; 0 for the Azure-only charts, which do not cover them
	// BusinessHoursOnly reports a response "업무 시간에만": counted in business hours (D-SEV-1).
	BusinessHoursOnly bool `json:"businessHoursOnly"`

	Effort                     Effort        `json:"effort"`                     // Microsoft's effort; a coverage downgrade makes it BusinessHours
	CrisisResource             bool          `json:"crisisResource"`             // a crisis-situation resource is assigned (SEV-STD-4, SEV-AEM-4)
	CrisisResourceWithin       time.Duration `json:"crisisResourceWithin"`       // when a time is stated (AEM: 30 minutes); else 0
	SeniorIncidentManager      bool          `json:"seniorIncidentManager"`      // a senior incident manager is assigned automatically, besides the technical resources (UER-6, UER-8)
	CriticalSituationOversight bool          `json:"criticalSituationOversight"` // critical-situation oversight (Standard A)
	EnhancedEscalation         bool          `json:"enhancedEscalation"`         // the enhanced escalation process runs automatically (SAM-4)
	ProductTeamEscalation      bool          `json:"productTeamEscalation"`      // rapid escalation to product or cloud-operations teams
	ExecutiveNotification      bool          `json:"executiveNotification"`      // Microsoft's senior executives are notified as needed
	SpecialistAccess           bool          `json:"specialistAccess"`           // access to experienced Microsoft specialists (RR, AEM)
	SolutionEngineers          bool          `json:"solutionEngineers"`          // support engineers who know the solution's configuration (AEM A)

	Channels        Channels `json:"channels"`        // how the incident must be submitted
	CaseDescription string   `json:"caseDescription"` // text the case description must contain ("AEM"); "" if none
	Rules           rule.Set `json:"rules"`
}

// ChartRow returns what row l of plan p's chart promises. A row the chart
// lacks (UER B and C, Rapid Response B and C, AEM A, B and C) is reported
// with Missing set and the Standard row's response and effort (for the
// Azure-only Rapid Response and AEM charts, its response for Azure
// components only), but keeps its own plan's channels and additions that
// the chart does print (AEM A's solution-aware engineers). It returns an error wrapping
// [ErrInvalidPlan] or [ErrInvalidLevel] for bad input.
//
// Rules SEV-STD-2, SEV-STD-3, SEV-STD-4, SEV-STD-5, SEV-STD-6, SEV-STD-9,
// SEV-STD-10, SEV-STD-13, SEV-STD-16, SEV-STD-19, SEV-UER-2, SEV-UER-3,
// SEV-UER-4, SEV-UER-5, SEV-UER-6, SEV-UER-9, SEV-UER-10, SEV-UER-13,
// SEV-RR-2, SEV-RR-3, SEV-RR-4, SEV-RR-5, SEV-RR-6, SEV-AEM-1, SEV-AEM-3,
// SEV-AEM-4, SEV-AEM-5, SEV-AEM-6, SEV-AEM-8, SAM-3, SAM-4, UER-5, UER-6,
// UER-7, UER-9, RR-3, RR-4, RR-5, AEM-4, D-SEV-1, D-SEV-2, AMB-17
// (Appendix A, §2.3 table 9, §2.4 table 11).
func ChartRow(p Plan, l Level) (Row, error) {
	if !p.IsValid() {
		return Row{}, fmt.Errorf("%w: %d", ErrInvalidPlan, uint8(p))
	}
	if !l.IsValid() {
		return Row{}, fmt.Errorf("%w: %d", ErrInvalidLevel, uint8(l))
	}
	return rows[p][l], nil
}

// rows holds every chart row's promises, built once from [charts]; it is
// never written after initialisation.
var rows = func() (t [numPlans][numLevels]Row) {
	for p := Standard; p <= EventManagement; p++ {
		for l := Sev1; l <= SevC; l++ {
			t[p][l] = buildRow(p, l)
		}
	}
	return t
}()

// buildRow transcribes row l of plan p's chart.
func buildRow(p Plan, l Level) Row {
	c := charts[p][l]
	r := Row{Plan: p, Level: l, Missing: c.missing, NotFromSeed: c.notFromSeed}
	if c.missing {
		r.Rules = rule.Cite(c.extra, "D-SEV-2")
		c = charts[Standard][l]
		r = standardPromises(r, l)
	} else {
		switch p {
		case Standard:
			r = standardPromises(r, l)
		case EnhancedResponse:
			r.Effort = Continuous
			r.SeniorIncidentManager = true
			r.EnhancedEscalation = true
			r.Rules = rule.Cite("SEV-UER-4", "SEV-UER-5", "SEV-UER-6", "UER-6", "UER-7", "UER-8", "SAM-4")
			if l == SevA {
				r.Rules = rule.Cite("SEV-UER-10", "SEV-UER-13", "UER-6", "UER-7", "UER-8", "SAM-4", "AMB-17")
			} else {
				r.ProductTeamEscalation, r.ExecutiveNotification = true, true
			}
		case RapidResponse:
			r.Effort = Continuous
			r.EnhancedEscalation = true
			if l == Sev1 {
				r.SpecialistAccess, r.ProductTeamEscalation, r.ExecutiveNotification = true, true, true
				r.Rules = rule.Cite("SEV-RR-3", "SEV-RR-4", "SEV-RR-5", "SEV-RR-6", "RR-4", "RR-5", "SAM-4")
			} else {
				r.Rules = rule.Cite("SEV-RR-8", "D-SEV-2", "RR-5", "SAM-4")
			}
		case EventManagement: // severity 1 only; A is missing
			r.Effort = Continuous
			r.CrisisResource, r.CrisisResourceWithin = true, min30
			// The severity 1 row prints no notification of Microsoft's
			// executives (only the customer's, SEV-AEM-7); the A row does
			// (SEV-AEM-8).
			r.EnhancedEscalation, r.SpecialistAccess, r.ProductTeamEscalation = true, true, true
			r.Rules = rule.Cite("SEV-AEM-3", "SEV-AEM-4", "SEV-AEM-5", "SEV-AEM-6", "AEM-4", "SAM-4")
		}
	}
	if p == EventManagement && l == SevA {
		// The truncated AEM A row prints these without a time (SEV-AEM-8).
		r.SolutionEngineers, r.ExecutiveNotification = true, true
	}
	r.AzureWithin, r.OtherWithin, r.BusinessHoursOnly = c.azure, c.other, c.business
	if p == RapidResponse || p == EventManagement {
		// Azure only (RR-2, AEM-17, D-SEV-4): a row taken from the Standard
		// chart does not bring its other-products column along.
		r.OtherWithin = 0
	}
	switch p {
	case Standard:
		r.Channels = Phone | Web
		r.Rules = r.Rules.With("PRS-2")
	case EnhancedResponse:
		r.Channels = Phone | Web
		r.Rules = r.Rules.With("UER-5")
	case RapidResponse:
		r.Channels = CloudPortal
		r.Rules = r.Rules.With("RR-3")
	case EventManagement:
		r.Channels, r.CaseDescription = AzurePortal, "AEM"
		r.Rules = r.Rules.With("SEV-AEM-1")
	}
	return r
}

// standardPromises fills r with the promises of the Standard row l.
func standardPromises(r Row, l Level) Row {
	switch l {
	case Sev1:
		r.Effort = Continuous
		r.CrisisResource, r.EnhancedEscalation, r.ProductTeamEscalation, r.ExecutiveNotification = true, true, true, true
		r.Rules = r.Rules.With("SEV-STD-4", "SEV-STD-5", "SEV-STD-6", "SEV-STD-19", "SAM-4")
	case SevA:
		r.Effort = Continuous
		r.CriticalSituationOversight, r.EnhancedEscalation = true, true
		r.Rules = r.Rules.With("SEV-STD-10", "SEV-STD-19", "SAM-4", "AMB-17")
	default: // B and C
		r.Effort = BusinessHours
		r.Rules = r.Rules.With("SEV-STD-21", "SAM-3", "SAM-6", "D-SEV-1")
	}
	return r
}

// DowngradeCoverage returns r with its 24x7 effort lowered to business
// hours: what Microsoft may do when the customer cannot sustain the
// continuous effort. It is an explicit operation, never automatic, and
// leaves the severity and the first-response target alone. It returns an
// error wrapping [ErrNoDowngrade] when r's effort is not 24x7.
//
// Interpretation: D-SEV-5 (AMB-17) — a coverage downgrade is distinct from
// a severity downgrade ([Level.Downgrade]).
//
// Rules SEV-RR-9, SEV-AEM-9, SAM-6, D-SEV-5, AMB-17 (Appendix A).
func (r Row) DowngradeCoverage() (Row, error) {
	if r.Effort != Continuous {
		return Row{}, fmt.Errorf("%w: effort is %s, not 24x7 (D-SEV-5)", ErrNoDowngrade, r.Effort)
	}
	r.Effort = BusinessHours
	footnote := rule.ID("D-SEV-5")
	switch r.Plan {
	case RapidResponse:
		footnote = "SEV-RR-9"
	case EventManagement:
		footnote = "SEV-AEM-9"
	}
	r.Rules = rule.Cite(footnote, "D-SEV-5", "AMB-17").Join(r.Rules)
	return r, nil
}
