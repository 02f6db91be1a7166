package contract

import (
	"errors"

	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/rule"
)

// ErrUnavailable reports a service bought for a support location in a
// country where it is not offered.
var ErrUnavailable = errors.New("contract: service not available in the country")

// CheckAvailability reports the purchases of w that are for a support
// location in a country where the service is not offered, as violations
// wrapping [ErrUnavailable]. The document says only that some services are
// not available in some countries or regions and that the Microsoft
// representative confirms which; it names none, so available is the
// caller's list, asked once per purchase with the service and the
// location's ISO 3166-1 alpha-2 country code. A nil available reports
// nothing. Purchases whose location cannot be resolved are left to
// [WorkOrder.Validate].
//
// Interpretation: AMB-44 — regional availability is an input.
//
// Rules TERM-12, DOC-2, DOC-3, MC-12, RR-8, AEM-13, AMB-44 (§1, §2.4, §2.6).
func (w WorkOrder) CheckAvailability(available func(id catalogue.ServiceID, country string) bool) []Violation {
	if available == nil {
		return nil
	}
	var c checker
	for i, p := range w.Purchases {
		loc, ok := w.PurchaseLocation(p)
		if !ok || !p.Service.IsValid() || available(p.Service, loc.Country) {
			continue
		}
		rules := rule.Cite("TERM-12", "DOC-2")
		switch p.Service {
		case catalogue.RapidResponse:
			rules = rules.With("RR-8")
		case catalogue.AzureEventManagement:
			rules = rules.With("AEM-13")
		}
		if svc, _ := catalogue.Lookup(p.Service); svc.Category() == catalogue.CategoryEnhancedSolution {
			rules = rules.With("MC-12")
		}
		c.add(GradeError, index("Purchases", i).dot("Location"), ErrUnavailable, rules,
			"%v is not available in %s (%q)", p.Service, loc.Country, loc.Name)
	}
	return c.vs
}
