package enhanced

import (
	"errors"
	"fmt"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/rule"
)

// AEMEventDays is the most consecutive calendar days one Azure Event
// Management event covers.
//
// Rules AEM-11, D-AEM (§2.4 Azure Event Management).
const AEMEventDays = 5

// AEMNoticeDays is the written notice, in calendar days (6 weeks), that an
// AEM event needs without Microsoft's agreement.
//
// Rules AEM-14, D-AEM (§2.4).
const AEMNoticeDays = 42

// maxAEMSolutions bounds the Azure solutions of one plan, so that the
// event count cannot overflow.
const maxAEMSolutions = 1 << 20

// maxAEMDays bounds the event support period of one plan, so that its spans
// take bounded memory: ten years of events, longer than any Work Order. It
// is a bound of the implementation, not a rule of the document.
const maxAEMDays = 3660

// Errors of [PlanAEM].
var (
	// ErrNoSolution reports an AEM plan for fewer than one Azure solution.
	ErrNoSolution = errors.New("enhanced: AEM needs at least one Azure solution")
	// ErrAEMEventTooLong reports one AEM event spanning more than 5
	// consecutive days.
	ErrAEMEventTooLong = errors.New("enhanced: AEM event longer than 5 days")
	// ErrInvalidPlan reports an AEMPlan whose figures disagree with each
	// other (a decoded or hand-built plan that [PlanAEM] would not return).
	ErrInvalidPlan = errors.New("enhanced: inconsistent AEM plan")
)

// An AEMPlan is the Azure Event Management coverage of one critical
// business event. Its figures are derived from each other as [PlanAEM]
// derives them; a plan decoded from JSON or built by hand is checked by
// [AEMPlan.Validate] before its counts are used.
type AEMPlan struct {
	// Solutions is the number of Azure solutions involved; each event
	// covers exactly one (AEM-7).
	Solutions int `json:"solutions"`
	// Period is the event support period, both ends inclusive.
	Period contract.Term `json:"period"`
	// Days is the number of calendar days in Period.
	Days int `json:"days"`
	// EventsPerSolution is ceil(Days ÷ 5): back-to-back events of at most
	// five consecutive days each (AEM-11, AEM-12).
	EventsPerSolution int `json:"eventsPerSolution"`
	// Events is the expected number of events to buy: Solutions ×
	// EventsPerSolution (advisory; AEM may decide otherwise, AEM-10).
	Events int `json:"events"`
	// NoticeDays is Period.Start − the written confirmation, in calendar
	// days; negative when confirmed after the start.
	NoticeDays int `json:"noticeDays"`
	// NeedsAgreement reports that the notice is shorter than 42 days: AEM
	// then supports the event only if Microsoft agrees, possibly with a
	// reduced pre-event assessment (AEM-15). It is not "ineligible".
	NeedsAgreement bool     `json:"needsAgreement"`
	Rules          rule.Set `json:"rules"`
}

// PlanAEM plans Azure Event Management for a critical business event
// involving solutions Azure solutions over period (both ends inclusive),
// confirmed in writing on confirmed: the expected events are
// solutions × ceil(days ÷ 5), each covering one solution for at most five
// consecutive calendar days, run back to back; a confirmation fewer than 42
// calendar days before the start needs Microsoft's agreement. Dates are
// civil dates (D-DAYS). It returns an error wrapping [ErrNoSolution] for
// solutions < 1 (or absurdly many) and [contract.ErrInvalidTerm] for invalid dates
// or a period longer than ten years (a bound of the implementation).
//
// Interpretation: D-AEM (AMB-5, AMB-6) — calendar-date counting; the
// count is the expected one; short notice needs agreement.
//
// Rules AEM-7, AEM-9, AEM-11, AEM-12, AEM-14, AEM-15, D-AEM, AMB-5, AMB-6
// (§2.4).
func PlanAEM(solutions int, period contract.Term, confirmed calendar.Date) (AEMPlan, error) {
	if solutions < 1 || solutions > maxAEMSolutions {
		return AEMPlan{}, fmt.Errorf("%w: %d solutions", ErrNoSolution, solutions)
	}
	if err := period.Validate(); err != nil {
		return AEMPlan{}, err
	}
	if n := period.Days(); n > maxAEMDays {
		return AEMPlan{}, fmt.Errorf("%w: an event support period of %d days, at most %d", contract.ErrInvalidTerm, n, maxAEMDays)
	}
	if !confirmed.IsValid() {
		return AEMPlan{}, fmt.Errorf("%w: confirmed %v", contract.ErrInvalidTerm, confirmed)
	}
	p := AEMPlan{Solutions: solutions, Period: period, Days: period.Days()}
	p.EventsPerSolution = (p.Days + AEMEventDays - 1) / AEMEventDays
	p.Events = solutions * p.EventsPerSolution
	p.NoticeDays = confirmed.DaysUntil(period.Start)
	p.NeedsAgreement = p.NoticeDays < AEMNoticeDays
	p.Rules = rule.Cite("AEM-11", "AEM-12", "AEM-14", "D-AEM")
	if solutions > 1 {
		p.Rules = p.Rules.With("AEM-7", "AEM-9")
	}
	if p.NeedsAgreement {
		p.Rules = p.Rules.With("AEM-15")
	}
	return p, nil
}

// Validate reports whether p's figures agree with each other as [PlanAEM]
// makes them: 1 to 2^20 solutions; a valid period of at most ten years;
// Days its length; EventsPerSolution ceil(Days ÷ 5); Events Solutions ×
// EventsPerSolution; NeedsAgreement exactly when NoticeDays < 42, with a
// confirmation date inside the calendar. It returns nil or an error wrapping
// [ErrInvalidPlan] (or [contract.ErrInvalidTerm] for the period). The zero
// AEMPlan is not valid.
//
// Rules AEM-7, AEM-11, AEM-12, AEM-14, AEM-15, D-AEM.
func (p AEMPlan) Validate() error {
	if err := p.Period.Validate(); err != nil {
		return err
	}
	days := p.Period.Days()
	switch {
	case p.Solutions < 1 || p.Solutions > maxAEMSolutions:
		return fmt.Errorf("%w: %d solutions", ErrInvalidPlan, p.Solutions)
	case days > maxAEMDays || p.Days != days:
		return fmt.Errorf("%w: %d days for the period %v", ErrInvalidPlan, p.Days, p.Period)
	case p.EventsPerSolution != (days+AEMEventDays-1)/AEMEventDays:
		return fmt.Errorf("%w: %d events per solution over %d days (AEM-11, AEM-12)", ErrInvalidPlan, p.EventsPerSolution, days)
	case p.Events != p.Solutions*p.EventsPerSolution:
		return fmt.Errorf("%w: %d events for %d solutions × %d (AEM-7)", ErrInvalidPlan, p.Events, p.Solutions, p.EventsPerSolution)
	case !noticeFits(p.Period.Start, p.NoticeDays):
		return fmt.Errorf("%w: %d days' notice", ErrInvalidPlan, p.NoticeDays)
	case p.NeedsAgreement != (p.NoticeDays < AEMNoticeDays):
		return fmt.Errorf("%w: %d days' notice, needs agreement %t (AEM-14, AEM-15)", ErrInvalidPlan, p.NoticeDays, p.NeedsAgreement)
	}
	return nil
}

// noticeFits reports whether a confirmation notice days before start is a
// valid date, without trusting notice: a notice that overflows lands on no
// date that is notice days before start.
func noticeFits(start calendar.Date, notice int) bool {
	confirmed := start.AddDays(-notice)
	return confirmed.IsValid() && confirmed.DaysUntil(start) == notice
}

// EventSpans returns the back-to-back events that cover the plan's period
// for one solution: five days each, the last one shorter when the period
// is not a multiple of five days. It checks p first ([AEMPlan.Validate]),
// so a decoded plan's counts are never trusted: it returns an error
// wrapping [ErrInvalidPlan] or [contract.ErrInvalidTerm] for a plan
// [PlanAEM] would not return, the zero AEMPlan included.
//
// Rules AEM-11, AEM-12, D-AEM.
func (p AEMPlan) EventSpans() ([]contract.Term, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	spans := make([]contract.Term, 0, p.EventsPerSolution)
	for s := p.Period.Start; !s.After(p.Period.End); s = s.AddDays(AEMEventDays) {
		e := s.AddDays(AEMEventDays - 1)
		if e.After(p.Period.End) {
			e = p.Period.End
		}
		spans = append(spans, contract.Term{Start: s, End: e})
	}
	return spans, nil
}

// CheckAEMEvent reports whether one AEM event may cover span: at most five
// consecutive calendar days. It returns nil, or an error wrapping
// [ErrAEMEventTooLong] or [contract.ErrInvalidTerm].
//
// Rules AEM-11, D-AEM (§2.4).
func CheckAEMEvent(span contract.Term) error {
	if err := span.Validate(); err != nil {
		return err
	}
	if n := span.Days(); n > AEMEventDays {
		return fmt.Errorf("%w: %v is %d days (AEM-11)", ErrAEMEventTooLong, span, n)
	}
	return nil
}
