package flex

import (
	"fmt"
	"strings"

	"github.com/supportrules/unified/contract/catalogue"
)

// A Use is one of the things a Flex Allowance request may ask the allowance
// to pay for: the four uses §2.2 allows, and the two management services it
// excludes (so that a request for them can be named and refused rather than
// lost). The zero Use is not valid; use [ParseUse] or one of the constants.
// Uses are comparable.
//
// New Uses are only ever appended; store the text form, not the number.
//
// Rules FLEX-1, FLEX-5, FLEX-8, D-FLEX-3 (§2.2 Flex Allowance).
type Use uint8

// The uses of Flex Allowance (§2.2). The first four are eligible (FLEX-1,
// FLEX-8); the last two are not (FLEX-5, D-FLEX-3).
const (
	_                         Use = iota // zero is deliberately invalid: every request names its use
	ProactiveServices                    // "+" proactive services, tables 2–7. Rules FLEX-1, FLEX-8.
	EnhancedSolutions                    // enhanced ("advanced") services and solutions, table 11. Rules FLEX-1, FLEX-8.
	ProactiveCredits                     // Proactive Credits, table 8; counts toward the credits cap. Rules FLEX-1, FLEX-2.
	CustomProactive                      // Custom Proactive Services, table 7; counts toward the credits cap. Rules FLEX-1, FLEX-2.
	SuccessManagement                    // Success Management, table 10; never payable by Flex. Rules FLEX-5, D-FLEX-3.
	ServiceDeliveryManagement            // service delivery management; never payable by Flex. Rules FLEX-5, D-FLEX-3.

	numUses // keep last
)

var useNames = [numUses]string{
	ProactiveServices:         "proactive-services",
	EnhancedSolutions:         "enhanced-solutions",
	ProactiveCredits:          "proactive-credits",
	CustomProactive:           "custom-proactive",
	SuccessManagement:         "success-management",
	ServiceDeliveryManagement: "service-delivery-management",
}

// ParseUse returns the Use whose text form is s, such as
// "proactive-credits" (case-insensitive, surrounding spaces ignored). Other
// text, including the empty string, is an error wrapping [ErrInvalidUse].
func ParseUse(s string) (Use, error) {
	k := strings.ToLower(strings.TrimSpace(s))
	for u := Use(1); u < numUses; u++ {
		if useNames[u] == k {
			return u, nil
		}
	}
	return 0, fmt.Errorf("%w: %q", ErrInvalidUse, s)
}

// IsValid reports whether u is one of the declared uses.
func (u Use) IsValid() bool { return u > 0 && u < numUses }

// IsEligible reports whether Flex Allowance may pay for u: proactive
// services, enhanced solutions, Proactive Credits and Custom Proactive
// Services may; Success Management and service delivery management may not,
// and neither may an invalid Use.
//
// Interpretation: D-FLEX-3 (AMB-3) — the bullet's heading says Success
// Management and its body says service delivery management; both are
// excluded, as one family.
//
// Rules FLEX-1, FLEX-5, FLEX-8, D-FLEX-3 (§2.2 Flex Allowance).
func (u Use) IsEligible() bool { return ProactiveServices <= u && u <= CustomProactive }

// IsCapped reports whether u counts toward the credits cap of [CreditsCap]:
// Proactive Credits and Custom Proactive Services share one cap.
//
// Interpretation: D-FLEX-1 (AMB-1) — one combined cap for both uses.
//
// Rules FLEX-2, D-FLEX-1 (§2.2 Flex Allowance).
func (u Use) IsCapped() bool { return u == ProactiveCredits || u == CustomProactive }

// String returns u's text form, such as "proactive-credits", or a
// diagnostic such as "flex.Use(9)" for an invalid Use.
func (u Use) String() string {
	if u.IsValid() {
		return useNames[u]
	}
	return fmt.Sprintf("flex.Use(%d)", uint8(u))
}

// AppendText implements [encoding.TextAppender]; see [Use.MarshalText].
func (u Use) AppendText(b []byte) ([]byte, error) {
	if u == 0 {
		return b, nil
	}
	if !u.IsValid() {
		return nil, fmt.Errorf("%w: %d", ErrInvalidUse, uint8(u))
	}
	return append(b, useNames[u]...), nil
}

// MarshalText implements [encoding.TextMarshaler] with the text form of
// [Use.String]. The zero Use encodes as empty text; other invalid Uses are an
// error wrapping [ErrInvalidUse].
func (u Use) MarshalText() ([]byte, error) { return u.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler]; it accepts what
// [ParseUse] accepts, and empty text as the zero Use.
func (u *Use) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*u = 0
		return nil
	}
	p, err := ParseUse(string(b))
	if err != nil {
		return err
	}
	*u = p
	return nil
}

// useOfService maps each catalogue service to the Use it falls under; zero
// means the service has no Flex use (see [UseOf]). The mapping follows the
// tables of §2.3 and §2.4: tables 2–7 are proactive services, table 7's
// Custom Proactive Services and table 8's Proactive Credits have their own
// uses, table 9 is reactive, table 10 is Success Management and table 11
// (with the parts of UER and AED) is the enhanced solutions.
var useOfService = [catalogue.NumServiceIDs + 1]Use{
	catalogue.ProofOfConcept:              ProactiveServices,
	catalogue.ArchitectureServices:        ProactiveServices,
	catalogue.OnboardingServices:          ProactiveServices,
	catalogue.OnDemandAssessment:          0, // ✓ included in the Base Package (FLEX-8)
	catalogue.AssessmentProgram:           ProactiveServices,
	catalogue.OfflineAssessment:           ProactiveServices,
	catalogue.ProactiveMonitoring:         ProactiveServices,
	catalogue.ProactiveOperationsPrograms: ProactiveServices,
	catalogue.RiskHealthAssessment:        ProactiveServices,
	catalogue.AdoptionServices:            ProactiveServices,
	catalogue.DeveloperServices:           ProactiveServices,
	catalogue.DevOpsCapabilityAssessment:  ProactiveServices,
	catalogue.DevelopmentAdvisorySupport:  ProactiveServices,
	catalogue.DeveloperPlatformAdvisory:   ProactiveServices,
	catalogue.ITServiceManagement:         ProactiveServices,
	catalogue.SecurityServices:            ProactiveServices,
	catalogue.OnDemandEducation:           0, // ✓ included in the Base Package (FLEX-8)
	catalogue.Webcasts:                    0, // ✓ included in the Base Package (FLEX-8)
	catalogue.Hackathon:                   ProactiveServices,
	catalogue.TechnologyUpdateBriefing:    ProactiveServices,
	catalogue.ChalkTalk:                   ProactiveServices,
	catalogue.Workshops:                   ProactiveServices,
	catalogue.CustomProactiveServices:     CustomProactive,
	catalogue.SupportTechnicalAdvisory:    ProactiveServices,
	catalogue.DesignatedEngineering:       ProactiveServices,
	catalogue.ProactiveCredits:            ProactiveCredits,
	// Table 9, reactive services: FLEX-1 names no reactive use.
	catalogue.AdvisorySupport:             0,
	catalogue.ProblemResolutionSupport:    0,
	catalogue.SupportAssistanceManagement: 0,
	catalogue.RootCauseAnalysis:           0,
	catalogue.SupportAssistanceAddOn:      0,
	catalogue.SuccessManagement:           SuccessManagement,
	// Table 11 and the parts of UER and AED.
	catalogue.EnhancedDesignatedEngineering:         EnhancedSolutions,
	catalogue.ReactiveEnhancedDesignatedEngineering: EnhancedSolutions,
	catalogue.UnifiedEnhancedResponse:               EnhancedSolutions,
	catalogue.EnhancedIncidentManagement:            EnhancedSolutions,
	catalogue.RapidResponse:                         EnhancedSolutions,
	catalogue.AzureEventManagement:                  EnhancedSolutions,
	catalogue.O365EngineeringDirect:                 EnhancedSolutions,
	catalogue.DeveloperSupport:                      EnhancedSolutions,
	catalogue.GitHubEngineeringDirect:               EnhancedSolutions,
	catalogue.SupportForMissionCritical:             EnhancedSolutions,
	catalogue.AzureEngineeringDirect:                EnhancedSolutions,
	catalogue.AEDEngineeringInterface:               EnhancedSolutions,
	catalogue.AEDCrisisManagement:                   EnhancedSolutions,
	catalogue.AEDProblemManagement:                  EnhancedSolutions,
	catalogue.AEDServiceImprovementPlans:            EnhancedSolutions,
	catalogue.AEDCriticalProjectSupport:             EnhancedSolutions,
	catalogue.AEDInsights:                           EnhancedSolutions,
	catalogue.AEDAdvisoryFeedback:                   EnhancedSolutions,
	catalogue.AEDPlatformMonitoring:                 EnhancedSolutions,
	catalogue.AEDOutageHandling:                     EnhancedSolutions,
	catalogue.AEDKnowMe:                             EnhancedSolutions,
	catalogue.CybersecurityIncidentResponse:         EnhancedSolutions,
}

// UseOf returns the Use under which Flex Allowance would pay for the
// catalogue service id: [ProactiveServices] for the "+" services of tables
// 2–7, [CustomProactive], [ProactiveCredits], [SuccessManagement] (a Use
// that [Allocate] refuses) and [EnhancedSolutions] for table 11.
//
// A service with no Flex use is an error wrapping [ErrIneligible]: the
// reactive services of table 9, which FLEX-1 does not list, and the
// proactive services already included in the Base Package (marked ✓:
// On-demand Assessment, On-demand Education, Webcasts), since FLEX-8 lets
// Flex add "+" services only. An invalid id is an error wrapping
// [catalogue.ErrUnknownService].
//
// Rules FLEX-1, FLEX-5, FLEX-8 (§2.2 Flex Allowance).
func UseOf(id catalogue.ServiceID) (Use, error) {
	if !id.IsValid() {
		return 0, fmt.Errorf("flex: use of service: %w: %d", catalogue.ErrUnknownService, uint8(id))
	}
	u := useOfService[id]
	if u == 0 {
		return 0, fmt.Errorf("%w: service %s has no Flex use (FLEX-1, FLEX-8)", ErrIneligible, id)
	}
	return u, nil
}

// Services returns, in catalogue order, the catalogue services for which
// [UseOf] returns u. It returns a new slice on every call; it is empty for
// [ServiceDeliveryManagement], which the catalogue does not define (AMB-3),
// and for an invalid Use.
//
// Rules FLEX-1, FLEX-8 (§2.2 Flex Allowance).
func (u Use) Services() []catalogue.ServiceID {
	var ids []catalogue.ServiceID
	if !u.IsValid() {
		return ids
	}
	for id := catalogue.ServiceID(1); int(id) <= catalogue.NumServiceIDs; id++ {
		if useOfService[id] == u {
			ids = append(ids, id)
		}
	}
	return ids
}
