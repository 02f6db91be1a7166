package catalogue

import (
	"errors"
	"fmt"
	"strings"
)

// ErrUnknownService reports a service ID that the catalogue does not define.
var ErrUnknownService = errors.New("catalogue: unknown service")

// A ServiceID identifies one service, service part or capability of the
// catalogue (tables 2–11 of §2.3 and §2.4), in document order. Its text form
// is a stable lower-case slug such as "designated-engineering"; store the
// text, not the number. The zero ServiceID is not valid. ServiceIDs are
// comparable.
//
// New IDs are only ever appended.
type ServiceID uint8

// The services of tables 2–11, in document order. Numbers in comments are the
// rows of RULES.md's full service catalogue.
const (
	_ ServiceID = iota // zero is deliberately invalid

	ProofOfConcept                        // 1, table 2
	ArchitectureServices                  // 2, table 2
	OnboardingServices                    // 3, table 3
	OnDemandAssessment                    // 4, table 4 (✓)
	AssessmentProgram                     // 5, table 4
	OfflineAssessment                     // 6, table 4
	ProactiveMonitoring                   // 7, table 4
	ProactiveOperationsPrograms           // 8, table 4 (POP)
	RiskHealthAssessment                  // 9, table 4 (RAP)
	AdoptionServices                      // 10, table 5
	DeveloperServices                     // 11, table 5 (umbrella of 11a–11c)
	DevOpsCapabilityAssessment            // 11a, table 5
	DevelopmentAdvisorySupport            // 11b, table 5
	DeveloperPlatformAdvisory             // 11c, table 5
	ITServiceManagement                   // 12, table 5
	SecurityServices                      // 13, table 5
	OnDemandEducation                     // 14, table 6 (✓)
	Webcasts                              // 15, table 6 (✓)
	Hackathon                             // 16, table 6
	TechnologyUpdateBriefing              // 17, table 6
	ChalkTalk                             // 18, table 6
	Workshops                             // 19, table 6
	CustomProactiveServices               // 20, table 7
	SupportTechnicalAdvisory              // 21, table 7 (STA)
	DesignatedEngineering                 // 22, table 7 (DE)
	ProactiveCredits                      // 23, table 8
	AdvisorySupport                       // 24, table 9 (✓)
	ProblemResolutionSupport              // 25, table 9 (✓, PRS)
	SupportAssistanceManagement           // 26, table 9 (✓, SAM)
	RootCauseAnalysis                     // 27, table 9 (RCA)
	SupportAssistanceAddOn                // 28, table 9 (additional SAM hours)
	SuccessManagement                     // 29, table 10 (✓)
	EnhancedDesignatedEngineering         // 30, table 11 (EDE)
	ReactiveEnhancedDesignatedEngineering // 31, table 11 (REDE)
	UnifiedEnhancedResponse               // 32, table 11 (UER)
	EnhancedIncidentManagement            // 32a, table 11 (UER component)
	RapidResponse                         // 33, table 11
	AzureEventManagement                  // 34, table 11 (AEM)
	O365EngineeringDirect                 // 35, table 11
	DeveloperSupport                      // 36, table 11 (+1)
	GitHubEngineeringDirect               // 37, table 11
	SupportForMissionCritical             // 38, table 11 (SfMC)
	AzureEngineeringDirect                // 39, table 11 (AED)
	AEDEngineeringInterface               // 39a, AED capability (all customers)
	AEDCrisisManagement                   // 39b, AED capability (all)
	AEDProblemManagement                  // 39c, AED capability (all; extended RCA)
	AEDServiceImprovementPlans            // 39d, AED capability (all)
	AEDCriticalProjectSupport             // 39e, AED capability (all)
	AEDInsights                           // 39f, AED capability (all)
	AEDAdvisoryFeedback                   // 39g, AED capability (all)
	AEDPlatformMonitoring                 // 39h, AED capability (extended only)
	AEDOutageHandling                     // 39i, AED capability (extended only)
	AEDKnowMe                             // 39j, AED capability (extended only)
	CybersecurityIncidentResponse         // 40, table 11 (MSCIR)

	numServiceIDs // keep last
)

var serviceSlugs = [numServiceIDs]string{
	ProofOfConcept:                        "proof-of-concept",
	ArchitectureServices:                  "architecture-services",
	OnboardingServices:                    "onboarding-services",
	OnDemandAssessment:                    "on-demand-assessment",
	AssessmentProgram:                     "assessment-program",
	OfflineAssessment:                     "offline-assessment",
	ProactiveMonitoring:                   "proactive-monitoring",
	ProactiveOperationsPrograms:           "proactive-operations-programs",
	RiskHealthAssessment:                  "risk-health-assessment-program",
	AdoptionServices:                      "adoption-services",
	DeveloperServices:                     "developer-services",
	DevOpsCapabilityAssessment:            "devops-capability-assessment",
	DevelopmentAdvisorySupport:            "development-advisory-support",
	DeveloperPlatformAdvisory:             "developer-platform-advisory",
	ITServiceManagement:                   "it-service-management",
	SecurityServices:                      "security-services",
	OnDemandEducation:                     "on-demand-education",
	Webcasts:                              "webcasts",
	Hackathon:                             "hackathon",
	TechnologyUpdateBriefing:              "technology-update-briefing",
	ChalkTalk:                             "chalk-talk",
	Workshops:                             "workshops",
	CustomProactiveServices:               "custom-proactive-services",
	SupportTechnicalAdvisory:              "support-technical-advisory",
	DesignatedEngineering:                 "designated-engineering",
	ProactiveCredits:                      "proactive-credits",
	AdvisorySupport:                       "advisory-support",
	ProblemResolutionSupport:              "problem-resolution-support",
	SupportAssistanceManagement:           "support-assistance-management",
	RootCauseAnalysis:                     "root-cause-analysis",
	SupportAssistanceAddOn:                "support-assistance-add-on",
	SuccessManagement:                     "success-management",
	EnhancedDesignatedEngineering:         "enhanced-designated-engineering",
	ReactiveEnhancedDesignatedEngineering: "reactive-enhanced-designated-engineering",
	UnifiedEnhancedResponse:               "unified-enhanced-response",
	EnhancedIncidentManagement:            "enhanced-incident-management",
	RapidResponse:                         "rapid-response",
	AzureEventManagement:                  "azure-event-management",
	O365EngineeringDirect:                 "o365-engineering-direct",
	DeveloperSupport:                      "developer-support",
	GitHubEngineeringDirect:               "github-engineering-direct",
	SupportForMissionCritical:             "support-for-mission-critical",
	AzureEngineeringDirect:                "azure-engineering-direct",
	AEDEngineeringInterface:               "aed-engineering-interface",
	AEDCrisisManagement:                   "aed-crisis-management",
	AEDProblemManagement:                  "aed-problem-management",
	AEDServiceImprovementPlans:            "aed-service-improvement-plans",
	AEDCriticalProjectSupport:             "aed-critical-project-support",
	AEDInsights:                           "aed-insights",
	AEDAdvisoryFeedback:                   "aed-advisory-feedback",
	AEDPlatformMonitoring:                 "aed-platform-monitoring",
	AEDOutageHandling:                     "aed-outage-handling",
	AEDKnowMe:                             "aed-know-me",
	CybersecurityIncidentResponse:         "mscir",
}

// serviceBySlug maps each slug to its ID; it is built once and only read.
var serviceBySlug = func() map[string]ServiceID {
	m := make(map[string]ServiceID, numServiceIDs)
	for id := ServiceID(1); id < numServiceIDs; id++ {
		m[serviceSlugs[id]] = id
	}
	return m
}()

// serviceAliases are the document's abbreviations, accepted by
// [ParseServiceID] besides the slugs.
var serviceAliases = map[string]ServiceID{
	"poc": ProofOfConcept, "pop": ProactiveOperationsPrograms, "rap": RiskHealthAssessment,
	"itsm": ITServiceManagement, "sta": SupportTechnicalAdvisory, "de": DesignatedEngineering,
	"prs": ProblemResolutionSupport, "sam": SupportAssistanceManagement, "rca": RootCauseAnalysis,
	"ede": EnhancedDesignatedEngineering, "rede": ReactiveEnhancedDesignatedEngineering,
	"uer": UnifiedEnhancedResponse, "eim": EnhancedIncidentManagement, "rr": RapidResponse,
	"aem": AzureEventManagement, "o365ed": O365EngineeringDirect, "ghed": GitHubEngineeringDirect,
	"sfmc": SupportForMissionCritical, "aed": AzureEngineeringDirect, "sip": AEDServiceImprovementPlans,
}

// NumServiceIDs is the number of valid ServiceIDs; they run from 1 to
// NumServiceIDs.
const NumServiceIDs = int(numServiceIDs) - 1

// ParseServiceID returns the service whose slug is s, such as
// "designated-engineering", or whose abbreviation in the document is s, such
// as "DE", "UER" or "MSCIR" (case-insensitive). Unknown text is an error
// wrapping [ErrUnknownService].
func ParseServiceID(s string) (ServiceID, error) {
	k := strings.ToLower(strings.TrimSpace(s))
	if id, ok := serviceBySlug[k]; ok {
		return id, nil
	}
	if id, ok := serviceAliases[k]; ok {
		return id, nil
	}
	return 0, fmt.Errorf("%w: %q", ErrUnknownService, s)
}

// IsValid reports whether id is one of the declared services.
func (id ServiceID) IsValid() bool { return id > 0 && id < numServiceIDs }

// String returns id's slug, or a diagnostic such as "contract.ServiceID(99)".
func (id ServiceID) String() string {
	if id.IsValid() {
		return serviceSlugs[id]
	}
	return fmt.Sprintf("catalogue.ServiceID(%d)", uint8(id))
}

// MarshalText implements [encoding.TextMarshaler] with the slug. The zero
// ServiceID encodes as empty text; other invalid IDs are an error.
func (id ServiceID) MarshalText() ([]byte, error) {
	if id == 0 {
		return []byte{}, nil
	}
	if !id.IsValid() {
		return nil, fmt.Errorf("%w: %d", ErrUnknownService, uint8(id))
	}
	return []byte(serviceSlugs[id]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]; it accepts what
// [ParseServiceID] accepts, and empty text as the zero ServiceID.
func (id *ServiceID) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*id = 0
		return nil
	}
	p, err := ParseServiceID(string(b))
	if err != nil {
		return err
	}
	*id = p
	return nil
}
