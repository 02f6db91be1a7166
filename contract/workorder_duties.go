package contract

import (
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/catalogue/duty"
)

// Obligations returns what the customer owes under the Work Order w, as
// [duty.Obligations] does for the services w buys (Base Package services always
// count), leaving out the duties of multi-country support
// ([duty.ConditionMultiCountry]) when w does not specify it (BUY-9). Purchases
// of unknown services are skipped; [WorkOrder.Violations] reports them.
// The result is a new slice in document order.
//
// Rules RESP-1, RESP-2, BUY-9, DOC-1 (§2.1, §2.7).
func (w WorkOrder) Obligations() []duty.Obligation {
	all, _ := duty.Obligations(w.validServices()...) // every ID is valid
	out := all[:0]
	for _, o := range all {
		if w.MultiCountry || o.Condition != duty.ConditionMultiCountry {
			out = append(out, o)
		}
	}
	return out // never empty: the Base Package's duties always bind
}

// Exclusions returns what the contract and the services w buys do not
// cover, as [duty.Exclusions] does for them (Base Package services always
// count). Purchases of unknown services are skipped. The result is a new
// slice in document order.
//
// Rules DOC-1, PRS-8, TERM-15, TERM-17 (§2.3, §2.6).
func (w WorkOrder) Exclusions() []duty.Exclusion {
	out, _ := duty.Exclusions(w.validServices()...) // every ID is valid; never empty: the contract's own exclusions always apply
	return out
}

// validServices returns the valid services w buys, in order.
func (w WorkOrder) validServices() []catalogue.ServiceID {
	ids := make([]catalogue.ServiceID, 0, len(w.Purchases))
	for _, p := range w.Purchases {
		if p.Service.IsValid() {
			ids = append(ids, p.Service)
		}
	}
	return ids
}
