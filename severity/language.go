package severity

import (
	"fmt"

	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/catalogue/lang"
)

// planServices maps each plan to the catalogue service that sells it:
// Standard is the Base Package's Problem Resolution Support (table 9); the
// add-ons are table 11's services. Never written after initialisation.
var planServices = [numPlans]catalogue.ServiceID{
	Standard:         catalogue.ProblemResolutionSupport,
	EnhancedResponse: catalogue.UnifiedEnhancedResponse,
	RapidResponse:    catalogue.RapidResponse,
	EventManagement:  catalogue.AzureEventManagement,
}

// incidentServices maps each plan to the catalogue service that handles
// its incidents, whose languages are the plan's: UER's incidents are
// handled by its Enhanced Incident Management (UER-18).
var incidentServices = [numPlans]catalogue.ServiceID{
	Standard:         catalogue.ProblemResolutionSupport,
	EnhancedResponse: catalogue.EnhancedIncidentManagement,
	RapidResponse:    catalogue.RapidResponse,
	EventManagement:  catalogue.AzureEventManagement,
}

// Service returns the catalogue service that sells plan p: Problem
// Resolution Support (the Base Package's reactive support) for
// [Standard], and Unified Enhanced Response, Rapid Response and Azure
// Event Management for the add-ons. It returns the zero ServiceID for an
// invalid p.
//
// Rules PRS-1, PRS-3, SEV-GEN-1, UER-2, RR-2, AEM-17 (§2.3 table 9, §2.4
// table 11, Appendix A).
func (p Plan) Service() catalogue.ServiceID {
	if !p.IsValid() {
		return 0
	}
	return planServices[p]
}

// PlanOf returns the plan sold as the catalogue service id: the inverse
// of [Plan.Service]. It returns an error wrapping [ErrInvalidPlan] for a
// service that is not a response plan with an Appendix A chart.
//
// Rules SEV-GEN-1, SEV-GEN-2 (Appendix A).
func PlanOf(id catalogue.ServiceID) (Plan, error) {
	for p := Standard; p <= EventManagement; p++ {
		if planServices[p] == id {
			return p, nil
		}
	}
	return 0, fmt.Errorf("%w: service %v has no Appendix A chart", ErrInvalidPlan, id)
}

// LanguagesOf returns the languages of plan p's incident support, the
// catalogue's policy for the service that handles its incidents: Standard
// (Problem Resolution Support) English, plus the contacts' language where
// possible; Unified Enhanced Response's Enhanced Incident Management
// English, Chinese and Japanese; Rapid Response English and Japanese only;
// Azure Event Management English only. It returns an error wrapping
// [ErrInvalidPlan] for an invalid p.
//
// Interpretation: D-LANG (AMB-16) — the catalogue's one language type
// holds the guaranteed set and the best-effort rule.
//
// Rules TERM-3, UER-18, RR-9, SEV-RR-10, AEM-20, SEV-AEM-10, D-LANG, AMB-16
// (§2.4, §2.6, Appendix A).
func LanguagesOf(p Plan) (lang.Policy, error) {
	if !p.IsValid() {
		return lang.Policy{}, fmt.Errorf("%w: %d", ErrInvalidPlan, uint8(p))
	}
	s, ok := catalogue.Lookup(incidentServices[p])
	if !ok {
		return lang.Policy{}, fmt.Errorf("%w: %v is not in the catalogue", ErrInvalidPlan, incidentServices[p])
	}
	return s.Languages(), nil
}
