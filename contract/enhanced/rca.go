package enhanced

import (
	"errors"
	"fmt"
	"time"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/rule"
)

// RCARequestDays is how many calendar days after an incident's closure an
// AED customer may still request a root cause analysis (inclusive).
//
// Rules AED-18, D-AED-2 (§2.4 Azure Engineering Direct).
const RCARequestDays = 7

// RCADeliveryBusinessDays is how many business days after the later of
// the request and the mitigation an AED root cause analysis is due.
//
// Rules AED-21, D-AED-2 (§2.4).
const RCADeliveryBusinessDays = 10

// Errors of [AEDRootCauseAnalysis].
var (
	// ErrRCARequestLate reports an AED RCA requested after closure + 7
	// calendar days.
	ErrRCARequestLate = errors.New("enhanced: RCA requested after its window")
	// ErrNilCalendar reports a missing business calendar.
	ErrNilCalendar = errors.New("enhanced: nil calendar")
	// ErrNoRequestTime reports an RCA request without its instant.
	ErrNoRequestTime = errors.New("enhanced: RCA request without a time")
)

// rcaRules are the rules of [RCARequest]; never written after
// initialisation.
var rcaRules = rule.Cite("RCA-2", "UER-14", "UER-12", "RCA-4", "RCA-3")

// RCARequest reports whether a Root Cause Analysis requested at requested
// may be performed for an incident closed at closed, under the base RCA
// service (table 9) and Unified Enhanced Response: only when it is
// requested explicitly before the incident is closed, so a request at the
// very instant of closure, or after it, is refused. An incident that is
// still open has no closure yet: pass the zero time as closed, and the
// request is allowed (UER-12: "requested during the incident"). Instants
// are compared as instants, whatever their zones. An allowed RCA is still
// limited to specific Microsoft technologies, may cost extra (RCA-4) and
// needs the customer's logs, traces and diagnostics (RCA-3); under UER it
// is requested through the CSAM or an Enhanced Incident Management team
// member and is not included in UER (UER-12). It returns an error wrapping
// [ErrNoRequestTime] when requested is the zero time.
//
// Azure Engineering Direct extends the window to 7 calendar days after
// closure: see [AEDRootCauseAnalysis].
//
// Rules RCA-1, RCA-2, RCA-3, RCA-4, UER-11, UER-12, UER-13, UER-14
// (§2.3 table 9, §2.4 table 11).
func RCARequest(requested, closed time.Time) (rule.Verdict, error) {
	if requested.IsZero() {
		return rule.Verdict{}, fmt.Errorf("%w (RCA-2)", ErrNoRequestTime)
	}
	return rule.Verdict{Allowed: closed.IsZero() || requested.Before(closed), Rules: rcaRules}, nil
}

// An RCA is the schedule of one AED root cause analysis.
type RCA struct {
	// RequestBy is the last day on which the RCA may be requested: the
	// incident's closure date + 7 calendar days.
	RequestBy calendar.Date `json:"requestBy"`
	// From is the later of the request date and the mitigation date: the
	// day the 10 business days count from (day 0, not counted).
	From calendar.Date `json:"from"`
	// Due is the 10th business day after From on the support location's
	// calendar: the day the RCA is due.
	Due   calendar.Date `json:"due"`
	Rules rule.Set      `json:"rules"`
}

// AEDRootCauseAnalysis schedules the AED root cause analysis of an incident
// closed on closed and mitigated on mitigated, requested on requested (all
// civil dates in the support location's zone): the request is in time on
// or before closed + 7 calendar days, and the analysis is due 10 business
// days after the later of requested and mitigated, on cal, the support
// location's business calendar (the later date itself is day 0).
//
// It returns an error wrapping [ErrNilCalendar] when cal is nil,
// [contract.ErrInvalidTerm] for an invalid date, and [ErrRCARequestLate] for a
// request after the window — with the RCA's RequestBy still set, so the
// caller can say when the window closed.
//
// Interpretation: D-AED-2 (AMB-13) — "within 7 calendar days after
// closure", inclusive; business days per D-DAYS on the location's
// calendar.
//
// Rules AED-18, AED-20, AED-21, D-AED-2, D-DAYS, AMB-13 (§2.4).
func AEDRootCauseAnalysis(cal *calendar.Calendar, closed, requested, mitigated calendar.Date) (RCA, error) {
	if cal == nil {
		return RCA{}, ErrNilCalendar
	}
	for _, x := range [...]struct {
		name string
		d    calendar.Date
	}{{"closed", closed}, {"requested", requested}, {"mitigated", mitigated}} {
		if !x.d.IsValid() {
			return RCA{}, fmt.Errorf("%w: %s %v", contract.ErrInvalidTerm, x.name, x.d)
		}
	}
	r := RCA{RequestBy: closed.AddDays(RCARequestDays), Rules: rule.Cite("AED-18", "AED-21", "D-AED-2", "D-DAYS")}
	if !r.RequestBy.IsValid() {
		return RCA{}, fmt.Errorf("%w: closed %v, at the end of the calendar", contract.ErrInvalidTerm, closed)
	}
	if requested.After(r.RequestBy) {
		return RCA{RequestBy: r.RequestBy, Rules: rule.Cite("AED-18", "D-AED-2")},
			fmt.Errorf("%w: requested %v, window closed %v (AED-18, D-AED-2)", ErrRCARequestLate, requested, r.RequestBy)
	}
	r.From = requested
	if mitigated.After(r.From) {
		r.From = mitigated
	}
	r.Due = cal.AddBusinessDays(r.From, RCADeliveryBusinessDays)
	if !r.Due.IsValid() || !r.Due.After(r.From) {
		return RCA{}, fmt.Errorf("%w: no business day due after %v", contract.ErrInvalidTerm, r.From)
	}
	return r, nil
}
