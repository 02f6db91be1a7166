package enhanced

import (
	"fmt"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/rule"
)

// A LocationCover says whether a support location is covered by Unified
// Enhanced Response: the answer, with the rules that decided it, is a
// [rule.Verdict] (Allowed means covered), and the purchase that covers the
// location is named beside it.
type LocationCover struct {
	rule.Verdict
	// Purchase is the index in [contract.WorkOrder.Purchases] of the
	// purchase that covers the location, or -1.
	Purchase int `json:"purchase"`
	// Term is the effective term of that purchase, both ends inclusive
	// ([contract.WorkOrder.EffectiveTerm]), as [UERCoverageOn] finds it;
	// the zero Term from [UERCoverage], which does not look at dates, and
	// when nothing covers the location.
	Term contract.Term `json:"term,omitzero"`
}

// UERCoverage reports whether Unified Enhanced Response bought in w covers
// the support location named location at all, whatever the purchases'
// dates ([UERCoverageOn] answers for one day). UER bought for the host
// covers every location of a multi-country Work Order, its services being
// delivered remotely to all of them; UER bought for a downstream location
// covers that location only. In a single-location Work Order any UER
// purchase covers the location. An unknown location is not covered (MC-4).
// A downstream purchase is reported by [contract.WorkOrder.Violations] as
// unnecessary, a warning, whether or not the host has UER: the document
// asks for the host's purchase only (D-UER).
//
// Interpretation: D-UER (AMB-11).
//
// Rules UER-23, UER-24, UER-25, MC-12, D-UER (§2.4, §2.5).
func UERCoverage(w contract.WorkOrder, location string) LocationCover {
	c, _ := uerCover(w, location, func(contract.Purchase) (contract.Term, bool, error) { return contract.Term{}, true, nil })
	return c
}

// UERCoverageOn reports whether Unified Enhanced Response bought in w covers
// the support location named location on day on, as [UERCoverage] does,
// counting only the purchases whose effective term — their own start and
// end, defaulting to the Work Order's, and co-terminated with the Unified
// contract (UER-4, D-TERM-3) — contains on: a UER line added during the
// term covers a location from its start date, not before, and not after
// its end. When a purchase would cover the location on another day, the
// refusal cites UER-4.
//
// It returns an error wrapping [contract.ErrInvalidTerm] when on is not a
// valid date, and the error of [contract.WorkOrder.EffectiveTerm] for a UER
// purchase whose term cannot be had (no Unified contract, an invalid term).
//
// Interpretation: D-UER (AMB-11); a line's dates per D-TERM-3.
//
// Rules UER-4, UER-23, UER-24, UER-25, MC-12, D-UER, D-TERM-3 (§2.4, §2.5).
func UERCoverageOn(w contract.WorkOrder, location string, on calendar.Date) (LocationCover, error) {
	if !on.IsValid() {
		return LocationCover{Purchase: -1}, fmt.Errorf("%w: UER coverage on %v", contract.ErrInvalidTerm, on)
	}
	outside := false
	c, err := uerCover(w, location, func(p contract.Purchase) (contract.Term, bool, error) {
		ct, err := w.EffectiveTerm(p)
		if err != nil {
			return contract.Term{}, false, err
		}
		if !ct.Term.Contains(on) {
			outside = true
			return contract.Term{}, false, nil
		}
		return ct.Term, true, nil
	})
	if err != nil {
		return LocationCover{Purchase: -1}, err
	}
	if !c.Allowed && outside {
		c.Rules = c.Rules.With("UER-4", "D-TERM-3")
	}
	return c, nil
}

// uerCover is the one implementation of D-UER: the first UER purchase for
// the host that counts covers every location; otherwise the first one for
// the location itself. counts says whether a purchase counts, and its term.
func uerCover(w contract.WorkOrder, location string, counts func(contract.Purchase) (contract.Term, bool, error)) (LocationCover, error) {
	target, ok := w.Location(location)
	if !ok {
		return LocationCover{Verdict: rule.Deny("MC-4"), Purchase: -1}, nil
	}
	host, hasHost := w.Host()
	own := LocationCover{Verdict: rule.Deny("UER-23", "D-UER"), Purchase: -1}
	for i, p := range w.Purchases {
		if p.Service != catalogue.UnifiedEnhancedResponse {
			continue
		}
		l, ok := w.PurchaseLocation(p)
		if !ok || (l.Name != target.Name && (!hasHost || l.Name != host.Name)) {
			continue
		}
		t, yes, err := counts(p)
		if err != nil {
			return LocationCover{}, err
		}
		if !yes {
			continue
		}
		if hasHost && l.Name == host.Name {
			return LocationCover{Verdict: rule.Allow("UER-23", "UER-24", "D-UER"), Purchase: i, Term: t}, nil
		}
		if !own.Allowed {
			own = LocationCover{Verdict: rule.Allow("MC-12", "D-UER"), Purchase: i, Term: t}
		}
	}
	return own, nil
}
