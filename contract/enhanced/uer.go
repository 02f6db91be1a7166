package enhanced

import (
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/rule"
)

// A LocationCover says whether a support location is covered by a service, and
// which purchase and rules decided it.
type LocationCover struct {
	Covered bool `json:"covered"`
	// Purchase is the index in [contract.WorkOrder.Purchases] of the purchase that
	// covers the location, or -1.
	Purchase int      `json:"purchase"`
	Rules    rule.Set `json:"rules"`
}

// UERCoverage reports whether Unified Enhanced Response covers the support
// location named location of w. UER bought for the host covers every
// location of a multi-country Work Order, its services being delivered
// remotely to all of them; UER bought for a downstream location covers that
// location only (and is reported by [contract.WorkOrder.Violations] as
// unnecessary, a warning, whether or not the host has UER: the document asks
// for the host's purchase only). In a single-location Work Order any UER purchase
// covers the location. An unknown location is not covered.
//
// Interpretation: D-UER (AMB-11).
//
// Rules UER-23, UER-24, UER-25, MC-12, D-UER (§2.4, §2.5).
func UERCoverage(w contract.WorkOrder, location string) LocationCover {
	target, ok := w.Location(location)
	if !ok {
		return LocationCover{Purchase: -1, Rules: rule.Cite("MC-4")}
	}
	host, hasHost := w.Host()
	own := -1
	for i, p := range w.Purchases {
		if p.Service != catalogue.UnifiedEnhancedResponse {
			continue
		}
		l, ok := w.PurchaseLocation(p)
		if !ok {
			continue
		}
		if hasHost && l.Name == host.Name {
			return LocationCover{Covered: true, Purchase: i, Rules: rule.Cite("UER-23", "UER-24", "D-UER")}
		}
		if l.Name == target.Name && own < 0 {
			own = i
		}
	}
	if own >= 0 {
		return LocationCover{Covered: true, Purchase: own, Rules: rule.Cite("MC-12", "D-UER")}
	}
	return LocationCover{Purchase: -1, Rules: rule.Cite("UER-23", "D-UER")}
}
