package contract

// mark is the catalogue marking of a service as validation needs it.
type mark uint8

const (
	markPurchasable mark = iota // +
	markIncluded                // ✓
	markLimited                 // +1
	markPartOf                  // a part of another service
)

// markingOf returns the catalogue marking of id and, for a part (a
// sub-service, component or capability), the service it belongs to.
//
// TODO(catalogue): read these from the catalogue's Lookup once it lands;
// until then they are the catalogue facts of RULES.md's full service
// catalogue, restated.
func markingOf(id ServiceID) (mark, ServiceID) {
	switch id {
	case OnDemandAssessment, OnDemandEducation, Webcasts, AdvisorySupport,
		ProblemResolutionSupport, SupportAssistanceManagement, SuccessManagement:
		return markIncluded, 0 // MARK-1
	case DeveloperSupport:
		return markLimited, 0 // DEV-1
	case DevOpsCapabilityAssessment, DevelopmentAdvisorySupport, DeveloperPlatformAdvisory:
		return markPartOf, DeveloperServices // OPT-2
	case EnhancedIncidentManagement:
		return markPartOf, UnifiedEnhancedResponse // UER-7
	}
	if isAEDCapability(id) {
		return markPartOf, AzureEngineeringDirect
	}
	return markPurchasable, 0
}

// marking checks p against its service's marking: the stated maximum of a
// "+1" service (MARK-3, D-MARK, DEV-1), an included service bought
// (MARK-1, a warning), a part bought without its service.
func (c *checker) marking(w WorkOrder, p Purchase, field string) {
	id := p.Service
	m, parent := markingOf(id)
	if p.Maximum < 0 {
		c.add(SeverityError, field+".Maximum", ErrNegativeQuantity, Cite("MARK-3", "MC-8"),
			"%v: maximum %d", id, p.Maximum)
		return
	}
	switch m {
	case markLimited:
		rules := Cite("MARK-3", "D-MARK", "DEV-1", "AMB-27")
		switch {
		case p.Maximum == 0:
			c.add(SeverityError, field+".Maximum", ErrNoStatedMaximum, rules,
				"%v is \"+1\": the Work Order must state its maximum quantity", id)
		case p.Quantity > p.Maximum:
			c.add(SeverityError, field+".Quantity", ErrAboveMaximum, rules,
				"%v: quantity %d is above the stated maximum %d", id, p.Quantity, p.Maximum)
		}
	case markIncluded:
		if id != OnDemandAssessment { // its optional support days are bought (MAINT-5)
			c.add(SeverityWarning, field+".Service", ErrUnnecessaryPurchase, Cite("MARK-1"),
				"%v is included in the Base Package", id)
		}
	case markPartOf:
		if parent != DeveloperServices && !w.Purchased(parent) { // Developer Services' parts are sold in hours (OPT-3, OPT-4)
			c.add(SeverityError, field+".Service", ErrPartWithoutWhole, Cite("BUY-5", "DOC-1"),
				"%v is part of %v, which the Work Order does not buy", id, parent)
		}
	}
}
