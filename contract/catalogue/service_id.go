package catalogue

import (
	"errors"
	"fmt"

	"github.com/supportrules/unified/internal/enum"
)

// ErrUnknownService reports a service ID that the catalogue does not define.
var ErrUnknownService = errors.New("catalogue: unknown service")

// A ServiceID identifies one service, service part or capability of the
// catalogue (tables 2–11 of §2.3 and §2.4), in document order. Its text
// form is a stable lower-case slug such as "designated-engineering"; store
// the text, not the number. ServiceIDs are comparable.
//
// The zero ServiceID means "no service": it is not valid, its text is empty,
// and empty text decodes to it. New IDs are only ever appended.
//
// The constants, by table (the slug is the constant's name in kebab case
// unless given):
//
//   - Table 2, planning: [ProofOfConcept], [ArchitectureServices].
//   - Table 3, implementation: [OnboardingServices].
//   - Table 4, maintenance: [OnDemandAssessment], [AssessmentProgram],
//     [OfflineAssessment], [ProactiveMonitoring],
//     [ProactiveOperationsPrograms], [RiskHealthAssessment]
//     ("risk-health-assessment-program").
//   - Table 5, optimization: [AdoptionServices], [DeveloperServices] with
//     its parts [DevOpsCapabilityAssessment] ("devops-capability-assessment"),
//     [DevelopmentAdvisorySupport] and [DeveloperPlatformAdvisory];
//     [ITServiceManagement] ("it-service-management"), [SecurityServices].
//   - Table 6, education: [OnDemandEducation], [Webcasts], [Hackathon],
//     [TechnologyUpdateBriefing], [ChalkTalk], [Workshops].
//   - Table 7, additional proactive: [CustomProactiveServices],
//     [SupportTechnicalAdvisory], [DesignatedEngineering].
//   - Table 8, other proactive: [ProactiveCredits].
//   - Table 9, reactive: [AdvisorySupport], [ProblemResolutionSupport],
//     [SupportAssistanceManagement], [RootCauseAnalysis],
//     [SupportAssistanceAddOn].
//   - Table 10: [SuccessManagement].
//   - Table 11, enhanced solutions: [EnhancedDesignatedEngineering],
//     [ReactiveEnhancedDesignatedEngineering], [UnifiedEnhancedResponse]
//     with its component [EnhancedIncidentManagement], [RapidResponse],
//     [AzureEventManagement], [O365EngineeringDirect]
//     ("o365-engineering-direct"), [DeveloperSupport],
//     [GitHubEngineeringDirect] ("github-engineering-direct"),
//     [SupportForMissionCritical], [AzureEngineeringDirect] with its
//     capabilities [AEDEngineeringInterface], [AEDCrisisManagement],
//     [AEDProblemManagement], [AEDServiceImprovementPlans],
//     [AEDCriticalProjectSupport], [AEDInsights], [AEDAdvisoryFeedback],
//     [AEDPlatformMonitoring], [AEDOutageHandling], [AEDKnowMe]
//     ("aed-…" slugs), and [CybersecurityIncidentResponse] ("mscir").
//
// [ParseServiceID] also reads the document's abbreviations ("DE", "UER",
// "AED", …).
type ServiceID uint8

// The services of tables 2–11, in document order. Numbers in comments are the
// rows of RULES.md's full service catalogue.
const (
	ProofOfConcept                        ServiceID = iota + 1 // 1, table 2
	ArchitectureServices                                       // 2, table 2
	OnboardingServices                                         // 3, table 3
	OnDemandAssessment                                         // 4, table 4 (✓)
	AssessmentProgram                                          // 5, table 4
	OfflineAssessment                                          // 6, table 4
	ProactiveMonitoring                                        // 7, table 4
	ProactiveOperationsPrograms                                // 8, table 4 (POP)
	RiskHealthAssessment                                       // 9, table 4 (RAP)
	AdoptionServices                                           // 10, table 5
	DeveloperServices                                          // 11, table 5 (umbrella of 11a–11c)
	DevOpsCapabilityAssessment                                 // 11a, table 5
	DevelopmentAdvisorySupport                                 // 11b, table 5
	DeveloperPlatformAdvisory                                  // 11c, table 5
	ITServiceManagement                                        // 12, table 5
	SecurityServices                                           // 13, table 5
	OnDemandEducation                                          // 14, table 6 (✓)
	Webcasts                                                   // 15, table 6 (✓)
	Hackathon                                                  // 16, table 6
	TechnologyUpdateBriefing                                   // 17, table 6
	ChalkTalk                                                  // 18, table 6
	Workshops                                                  // 19, table 6
	CustomProactiveServices                                    // 20, table 7
	SupportTechnicalAdvisory                                   // 21, table 7 (STA)
	DesignatedEngineering                                      // 22, table 7 (DE)
	ProactiveCredits                                           // 23, table 8
	AdvisorySupport                                            // 24, table 9 (✓)
	ProblemResolutionSupport                                   // 25, table 9 (✓, PRS)
	SupportAssistanceManagement                                // 26, table 9 (✓, SAM)
	RootCauseAnalysis                                          // 27, table 9 (RCA)
	SupportAssistanceAddOn                                     // 28, table 9 (additional SAM hours)
	SuccessManagement                                          // 29, table 10 (✓)
	EnhancedDesignatedEngineering                              // 30, table 11 (EDE)
	ReactiveEnhancedDesignatedEngineering                      // 31, table 11 (REDE)
	UnifiedEnhancedResponse                                    // 32, table 11 (UER)
	EnhancedIncidentManagement                                 // 32a, table 11 (UER component)
	RapidResponse                                              // 33, table 11
	AzureEventManagement                                       // 34, table 11 (AEM)
	O365EngineeringDirect                                      // 35, table 11
	DeveloperSupport                                           // 36, table 11 (+1)
	GitHubEngineeringDirect                                    // 37, table 11
	SupportForMissionCritical                                  // 38, table 11 (SfMC)
	AzureEngineeringDirect                                     // 39, table 11 (AED)
	AEDEngineeringInterface                                    // 39a, AED capability (all customers)
	AEDCrisisManagement                                        // 39b, AED capability (all)
	AEDProblemManagement                                       // 39c, AED capability (all; extended RCA)
	AEDServiceImprovementPlans                                 // 39d, AED capability (all)
	AEDCriticalProjectSupport                                  // 39e, AED capability (all)
	AEDInsights                                                // 39f, AED capability (all)
	AEDAdvisoryFeedback                                        // 39g, AED capability (all)
	AEDPlatformMonitoring                                      // 39h, AED capability (extended only)
	AEDOutageHandling                                          // 39i, AED capability (extended only)
	AEDKnowMe                                                  // 39j, AED capability (extended only)
	CybersecurityIncidentResponse                              // 40, table 11 (MSCIR)

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

// services names the IDs by their slugs, with the document's
// abbreviations as aliases; the zero ServiceID is unnamed ("no service").
var services = func() *enum.Table[ServiceID] {
	t := enum.New[ServiceID](ErrUnknownService, "service", serviceSlugs[:]...)
	for _, a := range [...]struct {
		abbrev string
		id     ServiceID
	}{
		{"poc", ProofOfConcept}, {"pop", ProactiveOperationsPrograms}, {"rap", RiskHealthAssessment},
		{"itsm", ITServiceManagement}, {"sta", SupportTechnicalAdvisory}, {"de", DesignatedEngineering},
		{"prs", ProblemResolutionSupport}, {"sam", SupportAssistanceManagement}, {"rca", RootCauseAnalysis},
		{"ede", EnhancedDesignatedEngineering}, {"rede", ReactiveEnhancedDesignatedEngineering},
		{"uer", UnifiedEnhancedResponse}, {"eim", EnhancedIncidentManagement}, {"rr", RapidResponse},
		{"aem", AzureEventManagement}, {"o365ed", O365EngineeringDirect}, {"ghed", GitHubEngineeringDirect},
		{"sfmc", SupportForMissionCritical}, {"aed", AzureEngineeringDirect}, {"sip", AEDServiceImprovementPlans},
	} {
		t.Alias(a.abbrev, a.id)
	}
	return t
}()

// NumServiceIDs is the number of valid ServiceIDs; they run from 1 to
// NumServiceIDs.
const NumServiceIDs = int(numServiceIDs) - 1

// maxServiceText bounds the text [ParseServiceID] reads and repeats in its
// errors: longer than the longest slug is never a service.
const maxServiceText = 64

// clipService returns s, or its first maxServiceText bytes and "…" when it
// is longer.
func clipService(s string) string {
	if len(s) > maxServiceText {
		return s[:maxServiceText] + "…"
	}
	return s
}

// ParseServiceID returns the service whose slug is s, such as
// "designated-engineering", or whose abbreviation in the document is s, such
// as "DE", "UER" or "MSCIR", ignoring case and surrounding space. Empty text
// gives the zero ServiceID. Other text is an error wrapping
// [ErrUnknownService].
func ParseServiceID(s string) (ServiceID, error) {
	if len(s) <= maxServiceText {
		if id, err := services.Parse(s); err == nil {
			return id, nil
		}
	}
	return 0, fmt.Errorf("%w: %q", ErrUnknownService, clipService(s))
}

// IsValid reports whether id is one of the declared services.
func (id ServiceID) IsValid() bool { return services.IsValid(id) }

// String returns id's slug; "" for the zero ServiceID and a diagnostic such
// as "service(99)" for other undeclared values.
func (id ServiceID) String() string { return services.String(id) }

// AppendText implements [encoding.TextAppender] with id's slug; the zero
// ServiceID appends nothing and an undeclared value is an error wrapping
// [ErrUnknownService].
func (id ServiceID) AppendText(b []byte) ([]byte, error) { return services.AppendText(b, id) }

// MarshalText implements [encoding.TextMarshaler], as AppendText.
func (id ServiceID) MarshalText() ([]byte, error) { return services.AppendText(nil, id) }

// UnmarshalText implements [encoding.TextUnmarshaler], as [ParseServiceID]
// reads.
func (id *ServiceID) UnmarshalText(b []byte) error {
	if len(b) > maxServiceText {
		return fmt.Errorf("%w: %q", ErrUnknownService, clipService(string(b[:maxServiceText+1])))
	}
	p, err := ParseServiceID(string(b))
	if err != nil {
		return err
	}
	*id = p
	return nil
}
