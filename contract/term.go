package contract

import (
	"errors"
	"fmt"
	"slices"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/rule"
)

// ErrInvalidTerm reports a term with a zero or non-existent date, or whose
// end is before its start.
var ErrInvalidTerm = errors.New("contract: invalid term")

// A Term is a span of whole calendar dates from Start to End, **both
// inclusive**: the Work Order term 2026-01-01..2028-12-31 covers every day of
// 2026, 2027 and 2028, and its services are forfeited from 2029-01-01 on
// (TERM-7). End is the Work Order's expiry date (만료일) in the sense of
// RESP-14. A one-day term has Start == End.
//
// The dates are civil dates in the time zone of the location concerned
// (D-DAYS); a Term carries no zone. Terms are comparable with ==. The zero
// Term means "none" (no Unified contract, a purchase that takes the Work
// Order's dates); [Term.IsValid] reports false for it.
//
// Rules TERM-7, D-TERM-2, D-DAYS (§2.6).
type Term struct {
	Start calendar.Date `json:"start"`
	End   calendar.Date `json:"end"` // inclusive: the last day of the term
}

// IsZero reports whether t is the zero Term.
func (t Term) IsZero() bool { return t == Term{} }

// IsValid reports whether both dates exist and End is not before Start.
func (t Term) IsValid() bool {
	return t.Start.IsValid() && t.End.IsValid() && !t.End.Before(t.Start)
}

// Validate returns nil when t is valid, or an error wrapping [ErrInvalidTerm]
// that says what is wrong.
func (t Term) Validate() error {
	switch {
	case t.IsZero():
		return fmt.Errorf("%w: no dates", ErrInvalidTerm)
	case !t.Start.IsValid():
		return fmt.Errorf("%w: start %v is not a date", ErrInvalidTerm, t.Start)
	case !t.End.IsValid():
		return fmt.Errorf("%w: end %v is not a date", ErrInvalidTerm, t.End)
	case t.End.Before(t.Start):
		return fmt.Errorf("%w: end %v is before start %v", ErrInvalidTerm, t.End, t.Start)
	}
	return nil
}

// Contains reports whether d falls within t, ends included.
func (t Term) Contains(d calendar.Date) bool {
	return !d.Before(t.Start) && !d.After(t.End)
}

// Covers reports whether every day of u falls within t.
func (t Term) Covers(u Term) bool { return t.Contains(u.Start) && t.Contains(u.End) }

// Days returns the number of days in t, ends included: 1 for a one-day
// term, 1096 for 2026-01-01..2028-12-31. It returns 0 for an invalid term.
func (t Term) Days() int {
	if !t.IsValid() {
		return 0
	}
	return t.Start.DaysUntil(t.End) + 1
}

// String returns t as "2026-01-01..2028-12-31".
func (t Term) String() string { return t.Start.String() + ".." + t.End.String() }

// Period returns t as the half-open [calendar.Period] [Start, End+1): the
// term 2026-01-01..2028-12-31 is [2026-01-01, 2029-01-01). A term ending
// on 9999-12-31 has no valid half-open form.
func (t Term) Period() calendar.Period {
	return calendar.Period{Start: t.Start, End: t.End.AddDays(1)}
}

// TermOf returns the Term holding the same days as the half-open period p.
// An empty period has no days and gives the zero Term.
func TermOf(p calendar.Period) Term {
	if p.Days() <= 0 {
		return Term{}
	}
	return Term{Start: p.Start, End: p.Last()}
}

// A Forfeiture says until when the services of a term may be used and
// whether, on a given date, unused ones are already forfeited.
type Forfeiture struct {
	// UseBy is the last day on which services may be used: the term's End.
	UseBy calendar.Date `json:"useBy"`
	// ForfeitedOn is the first day on which unused services are forfeited:
	// the day after UseBy.
	ForfeitedOn calendar.Date `json:"forfeitedOn"`
	// Forfeited reports whether unused services are forfeited on the date
	// asked about.
	Forfeited bool     `json:"forfeited"`
	Rules     rule.Set `json:"rules"`
}

// Forfeiture reports whether services of t not used by on are forfeited:
// every service, including additional services bought during the term, is
// forfeited if not used within the term, so a service is usable on the
// term's last day and forfeited from the next. The date is a civil date in
// the delivery location's zone (D-DAYS). It returns an error wrapping
// [ErrInvalidTerm] for an invalid term or date.
//
// Interpretation: D-TERM-2 — unused services are forfeited at the end date.
//
// Rules TERM-7, D-TERM-2, FLEX-4 (§2.6 기타 약관).
func (t Term) Forfeiture(on calendar.Date) (Forfeiture, error) {
	if err := t.Validate(); err != nil {
		return Forfeiture{}, err
	}
	if !on.IsValid() {
		return Forfeiture{}, fmt.Errorf("%w: date %v", ErrInvalidTerm, on)
	}
	if !t.End.AddDays(1).IsValid() {
		return Forfeiture{}, fmt.Errorf("%w: %v ends at the end of the calendar", ErrInvalidTerm, t)
	}
	return Forfeiture{
		UseBy:       t.End,
		ForfeitedOn: t.End.AddDays(1),
		Forfeited:   on.After(t.End),
		Rules:       rule.Cite("TERM-7", "D-TERM-2"),
	}, nil
}

// RequestLeadDays is how many calendar days before the Work Order's expiry
// requests for proactive services and enhanced solutions are due:
// expiry − submitted >= 60.
//
// Rules RESP-14, D-TERM-1 (§2.7).
const RequestLeadDays = 60

// ErrLateRequest reports a request for proactive services or enhanced
// solutions submitted less than 60 days before the Work Order expires.
var ErrLateRequest = errors.New("contract: request after the 60-day deadline")

// A RequestCheck is the verdict on one request for proactive services or
// enhanced solutions against the 60-day deadline.
type RequestCheck struct {
	// Deadline is the last day on which a request is on time: 60 days
	// before the term's End.
	Deadline calendar.Date `json:"deadline"`
	// Submitted is the day the request, with all required data, was
	// submitted.
	Submitted calendar.Date `json:"submitted"`
	// DaysBeforeExpiry is End − Submitted in calendar days; negative after
	// expiry.
	DaysBeforeExpiry int `json:"daysBeforeExpiry"`
	// OnTime reports whether DaysBeforeExpiry >= 60.
	OnTime bool     `json:"onTime"`
	Rules  rule.Set `json:"rules"`
}

// Err returns nil for a request on time, and otherwise a [Violation]
// wrapping [ErrLateRequest] that names the deadline and the rules.
func (r RequestCheck) Err() error {
	if r.OnTime {
		return nil
	}
	return Violation{
		Grade: GradeError, Rules: r.Rules, Field: "submitted", Err: ErrLateRequest,
		Detail: fmt.Sprintf("request submitted %v, %d days before expiry; due by %v", r.Submitted, r.DaysBeforeExpiry, r.Deadline),
	}
}

// CheckRequest checks a request for proactive services or enhanced
// solutions submitted on submitted against the Work Order term t: it is on
// time when submitted no later than 60 calendar days before expiry, t.End
// (expiry − submitted >= 60, inclusive). For the term 2026-01-01..2028-12-31
// the deadline is 2028-11-01. A late request is not silently accepted:
// [RequestCheck.Err] reports it as a violation. CheckRequest returns an
// error wrapping [ErrInvalidTerm] for an invalid term or date.
//
// Interpretation: D-TERM-1 (AMB-22) — a deadline, not a window; expiry is
// the term's last day, End.
//
// Rules RESP-14, D-TERM-1, AMB-22 (§2.7 고객 책임).
func (t Term) CheckRequest(submitted calendar.Date) (RequestCheck, error) {
	if err := t.Validate(); err != nil {
		return RequestCheck{}, err
	}
	if !submitted.IsValid() {
		return RequestCheck{}, fmt.Errorf("%w: submitted %v", ErrInvalidTerm, submitted)
	}
	days := submitted.DaysUntil(t.End)
	if !t.End.AddDays(-RequestLeadDays).IsValid() {
		return RequestCheck{}, fmt.Errorf("%w: %v ends before the calendar allows a deadline", ErrInvalidTerm, t)
	}
	return RequestCheck{
		Deadline:         t.End.AddDays(-RequestLeadDays),
		Submitted:        submitted,
		DaysBeforeExpiry: days,
		OnTime:           days >= RequestLeadDays,
		Rules:            rule.Cite("RESP-14", "D-TERM-1"),
	}, nil
}

// ErrParentEnded reports a dependent service whose parent contract is not
// active when the dependent one starts.
var ErrParentEnded = errors.New("contract: parent contract not active")

// A CoTermination is a dependent service's term after co-termination with
// its parents.
type CoTermination struct {
	// Term is the dependent service's effective term.
	Term Term `json:"term"`
	// Cut reports whether a parent ended it earlier than its own end.
	Cut   bool     `json:"cut"`
	Rules rule.Set `json:"rules"`
}

// CoTerminate returns the effective term of a dependent service whose own
// term is child and which depends on each of parents: it ends on the
// earlier of its own end and every parent's end, so it never outlives a
// parent. A parent that is not active on the child's start date makes the
// service invalid: that is an error wrapping [ErrParentEnded]. Invalid
// terms give an error wrapping [ErrInvalidTerm].
//
// Interpretation: D-TERM-3 (AMB-28) — a dependent service ends on the
// earlier of its own end and its parent's, and is valid only while its
// parents are active.
//
// Rules D-TERM-3, DE-2, EDE-8, REDE-13, SFMC-4, AED-39, AMB-28 (§2.4).
func CoTerminate(child Term, parents ...Term) (CoTermination, error) {
	if err := child.Validate(); err != nil {
		return CoTermination{}, err
	}
	out := CoTermination{Term: child, Rules: rule.Cite("D-TERM-3")}
	for _, p := range parents {
		if err := p.Validate(); err != nil {
			return CoTermination{}, fmt.Errorf("%w (a parent)", err)
		}
		if !p.Contains(child.Start) {
			return CoTermination{}, fmt.Errorf("%w: %v is not active on %v", ErrParentEnded, p, child.Start)
		}
		if p.End.Before(out.Term.End) {
			out.Term.End = p.End
			out.Cut = true
		}
	}
	return out, nil
}

// EffectiveTerm returns the term over which purchase p of w can be used:
// its own dates ([Purchase.Term]) co-terminated with the Work Order term
// (TERM-7), with the Unified contract for the services that need one
// (DE-2, EDE-8, REDE-13, SFMC-4, UER-4, MSCIR-3, AED-39), and with Azure
// Rapid Response for AED (AED-39): the Rapid Response lines active on its
// start and those that overlap them or start the day after one ends, a
// seamless renewal being one period. A part bought with its service (UER's
// Enhanced Incident Management, AED's capabilities) takes that service's
// effective term, cut by the part's own dates: its zero Start or End is the
// service's, not the Work Order's. Developer Services' sub-services are
// sold on their own, under one "+" marking, and take their own dates, as
// their catalogue [catalogue.Service.Dependence] says (OPT-2, OPT-3,
// OPT-4). The Rules name the
// dependencies applied. It returns an error wrapping
// [ErrParentEnded] when a parent is not active on p's start, and
// [ErrNoUnifiedContract] or [ErrNoRapidResponse] when there is none.
//
// Rules D-TERM-3, TERM-7, DE-2, EDE-8, REDE-13, SFMC-4, UER-4, MSCIR-3,
// AED-39 (§2.4, §2.6).
func (w WorkOrder) EffectiveTerm(p Purchase) (CoTermination, error) {
	if err := w.Term.Validate(); err != nil {
		return CoTermination{}, err
	}
	own := p.Term(w.Term)
	parents := [3]Term{w.Term}
	n := 1
	rules := rule.Cite("TERM-7")
	svc, ok := catalogue.Lookup(p.Service)
	if !ok {
		return CoTermination{}, fmt.Errorf("%w: %v", catalogue.ErrUnknownService, p.Service)
	}
	if parent, with := boughtWith(svc); with && w.Purchased(parent) {
		return w.partTerm(p, parent)
	}
	if svc.Prerequisites().Has(catalogue.NeedsUnifiedContract) {
		if w.Unified.IsZero() {
			return CoTermination{}, fmt.Errorf("%w: %v (%s)", ErrNoUnifiedContract, p.Service, svc.Rules(catalogue.FactPrerequisites))
		}
		parents[n] = w.Unified
		n++
		rules = rules.Join(svc.Rules(catalogue.FactPrerequisites))
	}
	if svc.Prerequisites().Has(catalogue.NeedsRapidResponse) && own.Start.IsValid() {
		rr, ok := w.rapidResponseOn(own.Start)
		if !ok {
			return CoTermination{}, fmt.Errorf("%w: none active on %v (AED-39)", ErrNoRapidResponse, own.Start)
		}
		parents[n] = rr
		n++
	}
	ct, err := CoTerminate(own, parents[:n]...)
	if err != nil {
		return CoTermination{}, err
	}
	if n == 1 {
		ct.Rules = rules // the Work Order term only: no dependency
	} else {
		ct.Rules = rules.Join(ct.Rules)
	}
	return ct, nil
}

// partTerm is [WorkOrder.EffectiveTerm] for purchase p of a part (a
// component or capability) of parent, which w buys: the part's own dates,
// each defaulting to those of the parent's purchase, co-terminated with
// the parent's effective term, so that it never outlives the service it
// belongs to (DependenceParent, D-TERM-3). The parent purchase is the one
// active on the part's start, or the first one when the part states none;
// a part that starts when none is active is an error wrapping
// [ErrParentEnded].
func (w WorkOrder) partTerm(p Purchase, parent catalogue.ServiceID) (CoTermination, error) {
	var whole Purchase
	found, active := false, false
	for _, q := range w.Purchases {
		if q.Service != parent {
			continue
		}
		if !found {
			whole, found = q, true
		}
		if p.Start != (calendar.Date{}) && q.Term(w.Term).Contains(p.Start) {
			whole, active = q, true
			break
		}
	}
	if p.Start != (calendar.Date{}) && !active {
		return CoTermination{}, fmt.Errorf("%w: no purchase of %v is active on %v", ErrParentEnded, parent, p.Start)
	}
	pt, err := w.EffectiveTerm(whole)
	if err != nil {
		return CoTermination{}, err
	}
	own := Term{Start: p.Start, End: p.End}
	if own.Start == (calendar.Date{}) {
		own.Start = pt.Term.Start
	}
	if own.End == (calendar.Date{}) {
		own.End = pt.Term.End
	}
	ct, err := CoTerminate(own, pt.Term)
	if err != nil {
		return CoTermination{}, err
	}
	// A part that takes its end from its service is cut when the service
	// is; one that states its own end is cut only when that end is.
	ct.Cut = ct.Cut || (p.End == (calendar.Date{}) && pt.Cut)
	ct.Rules = pt.Rules.Join(ct.Rules)
	return ct, nil
}

// rapidResponseOn returns the period over which Azure Rapid Response is
// active without a break from d on: the Rapid Response purchases active on
// d, extended by those that overlap them or start the day after one ends
// (a renewal), so that AED is not cut at a seamless renewal (AED-39,
// D-TERM-3).
func (w WorkOrder) rapidResponseOn(d calendar.Date) (Term, bool) {
	end, ok := activeUntil(w.periodsOf(catalogue.RapidResponse), d)
	if !ok {
		return Term{}, false
	}
	return Term{Start: d, End: end}, true
}

// periodsOf returns the valid periods of w's purchases of id, sorted and
// merged where they overlap or touch: lines of one service that follow each
// other without a gap count as one (D-TERM-3).
func (w WorkOrder) periodsOf(id catalogue.ServiceID) []Term {
	var ts []Term
	for _, q := range w.Purchases {
		if q.Service == id {
			if t := q.Term(w.Term); t.IsValid() {
				ts = append(ts, t)
			}
		}
	}
	return mergeTerms(ts)
}

// mergeTerms sorts ts by start and merges, in place, the terms that
// overlap or touch (one starts the day after another ends).
func mergeTerms(ts []Term) []Term {
	if len(ts) < 2 {
		return ts
	}
	slices.SortFunc(ts, func(a, b Term) int { return a.Start.Compare(b.Start) })
	out := ts[:1]
	for _, t := range ts[1:] {
		last := &out[len(out)-1]
		if next := last.End.AddDays(1); !t.Start.After(last.End) || t.Start == next {
			if t.End.After(last.End) {
				last.End = t.End
			}
			continue
		}
		out = append(out, t)
	}
	return out
}

// activeUntil returns the last day of the merged term of ts that contains
// d, and whether one does.
func activeUntil(merged []Term, d calendar.Date) (calendar.Date, bool) {
	for _, t := range merged {
		if t.Contains(d) {
			return t.End, true
		}
	}
	return calendar.Date{}, false
}
