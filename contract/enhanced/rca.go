package enhanced

import (
	"errors"
	"fmt"
	"time"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/rule"
	"github.com/supportrules/unified/internal/enum"
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

// Errors of [RCARequest] and [AEDRootCauseAnalysis]. A missing business
// calendar is an error wrapping [calendar.ErrNoCalendar], the module's one
// sentinel for it.
var (
	// ErrRCARequestLate reports an AED RCA requested after closure + 7
	// calendar days.
	ErrRCARequestLate = errors.New("enhanced: RCA requested after its window")
	// ErrRCANotEligible reports an AED RCA for an incident that was not
	// production-impacting, or not requested through the customer's
	// aligned AED engineer (AED-20).
	ErrRCANotEligible = errors.New("enhanced: RCA not eligible")
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
	From calendar.Date `json:"from,omitzero"`
	// Due is the 10th business day after From on the support location's
	// calendar: the day the RCA is due.
	Due   calendar.Date `json:"due,omitzero"`
	Rules rule.Set      `json:"rules"`
}

// An AEDRCARequest is a request for an AED root cause analysis, with the
// facts about its incident that decide it: the dates are civil dates in the
// support location's zone.
//
// Rules AED-18, AED-20, AED-21, D-AED-2 (§2.4).
type AEDRCARequest struct {
	// Closed is the day the incident was closed, Mitigated the day it was
	// mitigated, and Requested the day the RCA was requested.
	Closed    calendar.Date `json:"closed"`
	Mitigated calendar.Date `json:"mitigated"`
	Requested calendar.Date `json:"requested"`
	// Impact says whether the incident impacted production; only a
	// production-impacting incident gets an RCA (AED-20).
	Impact Impact `json:"impact"`
	// Channel is how the RCA was requested; only a request through the
	// customer's aligned AED engineer is taken (AED-20).
	Channel RCAChannel `json:"channel"`
}

// AEDRootCauseAnalysis schedules the AED root cause analysis that r asks
// for: the incident must have impacted production and the RCA must be
// requested through the customer's aligned AED engineer (AED-20); the
// request is in time on or before r.Closed + 7 calendar days (AED-18); and
// the analysis is due 10 business days after the later of r.Requested and
// r.Mitigated, on cal, the support location's business calendar (the later
// date itself is day 0, AED-21).
//
// It returns an error wrapping [calendar.ErrNoCalendar] when cal is nil or
// the zero Calendar, [contract.ErrInvalidTerm] for an invalid date,
// [contract.ErrInvalidEnum] for an Impact or Channel out of range, [ErrRCANotEligible]
// for an incident that did not impact production or a request made another
// way (a stated but unknown impact or channel is refused too, AED-20), and
// [ErrRCARequestLate] for a request after the window. A refusal comes with
// the RCA's RequestBy and the rules that refused it set, so the caller can
// say why and when the window closed.
//
// Interpretation: D-AED-2 (AMB-13) — "within 7 calendar days after
// closure", inclusive; business days per D-DAYS on the location's
// calendar. AED-20's two conditions are both required ("only ... only").
//
// Rules AED-18, AED-20, AED-21, D-AED-2, D-DAYS, AMB-13 (§2.4).
func AEDRootCauseAnalysis(cal *calendar.Calendar, r AEDRCARequest) (RCA, error) {
	if cal.Location() == nil {
		return RCA{}, fmt.Errorf("%w: AED root cause analysis needs the support location's calendar (D-AED-2)", calendar.ErrNoCalendar)
	}
	for _, x := range [...]struct {
		name string
		d    calendar.Date
	}{{"closed", r.Closed}, {"requested", r.Requested}, {"mitigated", r.Mitigated}} {
		if !x.d.IsValid() {
			return RCA{}, fmt.Errorf("%w: %s %v", contract.ErrInvalidTerm, x.name, x.d)
		}
	}
	if r.Impact > ImpactNonProduction || r.Channel > ChannelOther {
		return RCA{}, fmt.Errorf("%w: impact %v, channel %v", contract.ErrInvalidEnum, r.Impact, r.Channel)
	}
	requestBy := r.Closed.AddDays(RCARequestDays)
	if !requestBy.IsValid() {
		return RCA{}, fmt.Errorf("%w: closed %v, at the end of the calendar", contract.ErrInvalidTerm, r.Closed)
	}
	switch {
	case r.Impact != ImpactProduction:
		return RCA{RequestBy: requestBy, Rules: rule.Cite("AED-20")},
			fmt.Errorf("%w: the incident's impact is %q, an RCA is given only for production-impacting incidents (AED-20)", ErrRCANotEligible, r.Impact)
	case r.Channel != ChannelAlignedEngineer:
		return RCA{RequestBy: requestBy, Rules: rule.Cite("AED-20")},
			fmt.Errorf("%w: requested via %q, an RCA is given only when requested through the customer's aligned AED engineer (AED-20)", ErrRCANotEligible, r.Channel)
	case r.Requested.After(requestBy):
		return RCA{RequestBy: requestBy, Rules: rule.Cite("AED-18", "D-AED-2")},
			fmt.Errorf("%w: requested %v, window closed %v (AED-18, D-AED-2)", ErrRCARequestLate, r.Requested, requestBy)
	}
	out := RCA{RequestBy: requestBy, From: later(r.Requested, r.Mitigated), Rules: rule.Cite("AED-18", "AED-20", "AED-21", "D-AED-2", "D-DAYS")}
	out.Due = cal.AddBusinessDays(out.From, RCADeliveryBusinessDays)
	if !out.Due.IsValid() { // a real calendar always has a 10th business day after From, unless past year 9999
		return RCA{}, fmt.Errorf("%w: no business day due after %v", contract.ErrInvalidTerm, out.From)
	}
	return out, nil
}

// later returns the later of a and b.
func later(a, b calendar.Date) calendar.Date {
	if a.After(b) {
		return a
	}
	return b
}

// An Impact says whether an incident impacted production, as AED-20 asks.
//
// The zero Impact is not stated: it is not valid, its text is empty (and
// empty text reads back as it), and an RCA for it is refused (AED-20 gives one only for a
// production-impacting incident). Impacts are comparable; their text forms
// are "production" and "non-production".
//
// Rules AED-20 (§2.4).
type Impact uint8

// The impacts of an incident.
const (
	ImpactUnstated      Impact = iota // not stated
	ImpactProduction                  // the incident impacted production
	ImpactNonProduction               // it did not
)

var impacts = enum.New[Impact](contract.ErrInvalidEnum, "incident impact", "", "production", "non-production")

// ParseImpact returns the Impact named s (case-insensitive), or an error
// wrapping [contract.ErrInvalidEnum]. Empty text gives [ImpactUnstated].
func ParseImpact(s string) (Impact, error) { return impacts.Parse(s) }

// IsValid reports whether i is a stated impact, [ImpactProduction] or
// [ImpactNonProduction].
func (i Impact) IsValid() bool { return impacts.IsValid(i) }

// String returns i's name, "" for [ImpactUnstated], or a diagnostic such as
// "incident impact(9)".
func (i Impact) String() string { return impacts.String(i) }

// AppendText appends i's name to b; an Impact out of range is an error
// wrapping [contract.ErrInvalidEnum].
func (i Impact) AppendText(b []byte) ([]byte, error) { return impacts.AppendText(b, i) }

// MarshalText implements [encoding.TextMarshaler], as AppendText.
func (i Impact) MarshalText() ([]byte, error) { return impacts.AppendText(nil, i) }

// UnmarshalText implements [encoding.TextUnmarshaler], as [ParseImpact].
func (i *Impact) UnmarshalText(b []byte) error { return impacts.UnmarshalText(i, b) }

// An RCAChannel is how an AED root cause analysis was requested, as AED-20
// asks.
//
// The zero RCAChannel is not stated: it is not valid, its text is empty
// (and empty text reads back as it), and an
// RCA requested so is refused (AED-20 takes requests only through the
// customer's aligned AED engineer). Channels are comparable; their text
// forms are "aligned-aed-engineer" and "other".
//
// Rules AED-20 (§2.4).
type RCAChannel uint8

// The channels of an RCA request.
const (
	ChannelUnstated        RCAChannel = iota // not stated
	ChannelAlignedEngineer                   // through the customer's aligned AED engineer
	ChannelOther                             // any other way: a support case, the CSAM, …
)

var channels = enum.New[RCAChannel](contract.ErrInvalidEnum, "RCA channel", "", "aligned-aed-engineer", "other")

// ParseRCAChannel returns the RCAChannel named s (case-insensitive), or an
// error wrapping [contract.ErrInvalidEnum]. Empty text gives
// [ChannelUnstated].
func ParseRCAChannel(s string) (RCAChannel, error) { return channels.Parse(s) }

// IsValid reports whether c is a stated channel, [ChannelAlignedEngineer]
// or [ChannelOther].
func (c RCAChannel) IsValid() bool { return channels.IsValid(c) }

// String returns c's name, "" for [ChannelUnstated], or a diagnostic such
// as "RCA channel(9)".
func (c RCAChannel) String() string { return channels.String(c) }

// AppendText appends c's name to b; an RCAChannel out of range is an error
// wrapping [contract.ErrInvalidEnum].
func (c RCAChannel) AppendText(b []byte) ([]byte, error) { return channels.AppendText(b, c) }

// MarshalText implements [encoding.TextMarshaler], as AppendText.
func (c RCAChannel) MarshalText() ([]byte, error) { return channels.AppendText(nil, c) }

// UnmarshalText implements [encoding.TextUnmarshaler], as [ParseRCAChannel].
func (c *RCAChannel) UnmarshalText(b []byte) error { return channels.UnmarshalText(c, b) }
