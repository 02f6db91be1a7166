package duty

import (
	"fmt"
	"slices"

	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/rule"
	"github.com/supportrules/unified/internal/enum"
)

// A Condition says when an [Obligation] binds the customer. The zero
// Condition means "not set": it is not valid, its text is empty, and empty
// text decodes to it. Conditions are comparable.
type Condition uint8

// The conditions.
const (
	ConditionAlways         Condition = iota + 1 // whenever the contract or the service is in use
	ConditionOnRequest                           // when Microsoft's delivery resources ask
	ConditionWherePossible                       // where possible ("가능한 경우")
	ConditionMultiCountry                        // under a multi-country contract
	ConditionOnsite                              // when Microsoft delivers onsite
	ConditionOnboarding                          // during the 60-day onboarding (D-AED-3)
	ConditionOnlineServices                      // for online (cloud) services support requests
	ConditionEarlyStart                          // when MSCIR work starts before the MSCIR agreement
)

var conditions = enum.New[Condition](catalogue.ErrInvalidEnum, "obligation condition",
	"", "always", "on-request", "where-possible", "multi-country", "onsite", "onboarding", "online-services", "early-start")

// ParseCondition returns the Condition named s, ignoring case and
// surrounding space, or an error wrapping [catalogue.ErrInvalidEnum]. Empty
// text gives the zero Condition.
func ParseCondition(s string) (Condition, error) { return conditions.Parse(s) }

// IsValid reports whether c is one of the declared conditions.
func (c Condition) IsValid() bool { return conditions.IsValid(c) }

// String returns c's name, such as "on-request"; "" for the zero Condition
// and a diagnostic such as "obligation condition(99)" for other invalid
// values.
func (c Condition) String() string { return conditions.String(c) }

// AppendText implements [encoding.TextAppender] with c's name.
func (c Condition) AppendText(b []byte) ([]byte, error) { return conditions.AppendText(b, c) }

// MarshalText implements [encoding.TextMarshaler]; the zero Condition
// encodes as empty text and an undeclared value is an error.
func (c Condition) MarshalText() ([]byte, error) { return conditions.AppendText(nil, c) }

// UnmarshalText implements [encoding.TextUnmarshaler], as [ParseCondition]
// reads.
func (c *Condition) UnmarshalText(b []byte) error { return conditions.UnmarshalText(c, b) }

// An Obligation is one thing the customer owes under the contract: a
// responsibility of §2.7 (Service is zero) or a duty that comes with one
// service, such as providing logs for a Root Cause Analysis (RCA-3). It is
// a plain value; Rules holds the IDs that state it. Obligations are
// comparable.
//
// Rules RESP-0, RESP-1, RESP-12 (§2.7).
type Obligation struct {
	Service   catalogue.ServiceID `json:"service,omitempty"`
	Condition Condition           `json:"condition"`
	Text      string              `json:"text"`
	Rules     rule.Set            `json:"rules"`
}

// An Exclusion is one thing a service, or the contract as a whole (Service
// is zero), does not cover, such as third-party products (PRS-8). It is a
// plain value; Rules holds the IDs that state it. Exclusions are comparable.
type Exclusion struct {
	Service catalogue.ServiceID `json:"service,omitempty"`
	Text    string              `json:"text"`
	Rules   rule.Set            `json:"rules"`
}

// Obligations returns what the customer owes when it holds the services
// ids: the responsibilities of §2.7 and the other general duties, those of
// the Base Package's included services (always held, BUY-1), and those of
// each service in ids and of the services they are part of. The result is a
// new slice, sized to fit, in document order, without duplicates. An invalid
// ID is an error wrapping [catalogue.ErrUnknownService].
//
// The document adds that failing these may delay services (RESP-0) or
// degrade them (REDE-19), and that Microsoft may ask for more (RESP-12).
// Severity-specific duties (sustaining a 24x7 effort, …) are in package
// severity.
//
// Rules RESP-0, RESP-1, RESP-2, RESP-3, RESP-4, RESP-5, RESP-6, RESP-7, RESP-8, RESP-9, RESP-10, RESP-11 (§2.7).
// Rules RESP-12, RESP-13, RESP-14, RESP-15, RCA-3, REDE-20, AEM-16, AED-19, MSCIR-6, UER-16 (§2.3, §2.4).
// Rules TERM-7, TERM-9, TERM-10, TERM-11, TERM-16, TERM-18, TERM-20, MC-19 (§2.5, §2.6).
func Obligations(ids ...catalogue.ServiceID) ([]Obligation, error) {
	h, err := heldSet(ids)
	if err != nil {
		return nil, err
	}
	n := 0
	for i := range obligations {
		if o := &obligations[i]; h.has(o.Service) {
			n++
		}
	}
	out := make([]Obligation, 0, n)
	for i := range obligations {
		if o := &obligations[i]; h.has(o.Service) {
			out = append(out, *o)
		}
	}
	return out, nil
}

// Exclusions returns what is not covered when the customer holds the
// services ids: the general exclusions, those of the Base Package's included
// services, and those of each service in ids and of the services they are
// part of, as a new slice sized to fit, in document order. An invalid ID is
// an error wrapping [catalogue.ErrUnknownService].
//
// Rules ADV-2, ADV-3, PRS-8, PLAN-1, MAINT-2, RCA-4, UER-12, UER-19, RR-7, AEM-18, AED-10, AED-43, AED-46, TERM-5, TERM-6, TERM-15, TERM-17.
func Exclusions(ids ...catalogue.ServiceID) ([]Exclusion, error) {
	h, err := heldSet(ids)
	if err != nil {
		return nil, err
	}
	n := 0
	for i := range exclusions {
		if x := &exclusions[i]; h.has(x.Service) {
			n++
		}
	}
	out := make([]Exclusion, 0, n)
	for i := range exclusions {
		if x := &exclusions[i]; h.has(x.Service) {
			out = append(out, *x)
		}
	}
	return out, nil
}

// heldSet returns the services held with ids: the included ones, ids, and
// the services they are part of.
func heldSet(ids []catalogue.ServiceID) (held, error) {
	h := included
	for _, id := range ids {
		s, ok := catalogue.Lookup(id)
		if !ok {
			return h, fmt.Errorf("%w: %d", catalogue.ErrUnknownService, uint8(id))
		}
		h.add(s)
	}
	return h, nil
}

// held is a set of services, one bit per ServiceID.
type held uint64

// The catalogue has fewer than 64 services, or this does not compile.
var _ [63 - catalogue.NumServiceIDs]struct{}

func (h held) has(id catalogue.ServiceID) bool { return id == 0 || h&(1<<id) != 0 }

// add adds s and the services it is part of.
func (h *held) add(s catalogue.Service) {
	for {
		*h |= 1 << s.ID()
		p, ok := s.Parent()
		if !ok {
			return
		}
		s, _ = catalogue.Lookup(p)
	}
}

// included is the set of the Base Package's services, held by every
// customer (BUY-1, MARK-1). It is never written after initialisation.
var included = func() held {
	var h held
	for s := range catalogue.All() {
		if s.Marking() == catalogue.MarkingIncluded {
			h.add(s)
		}
	}
	return h
}()

// ObligationsOf returns the duties that come with service id alone (not the
// general ones), as a new slice.
func ObligationsOf(id catalogue.ServiceID) []Obligation {
	var out []Obligation
	for _, o := range obligations {
		if o.Service == id && id != 0 {
			out = append(out, o)
		}
	}
	return slices.Clip(out)
}

// cite is rule.Cite for this file's literal data: an ID the rule registry
// does not have is a mistake here, caught when the package is loaded by any
// test.
func cite(ids ...rule.ID) rule.Set {
	for _, id := range ids {
		if !id.IsValid() {
			panic("duty: internal error: rule ID " + string(id) + " that the registry does not have")
		}
	}
	return rule.Cite(ids...)
}

func owe(id catalogue.ServiceID, c Condition, text string, ids ...rule.ID) Obligation {
	return Obligation{Service: id, Condition: c, Text: text, Rules: cite(ids...)}
}

func excl(id catalogue.ServiceID, text string, ids ...rule.ID) Exclusion {
	return Exclusion{Service: id, Text: text, Rules: cite(ids...)}
}

// obligations lists what the customer owes: the general duties first (§2.7,
// §2.5, §2.6), then the services' in document order.
var obligations = []Obligation{
	owe(0, ConditionAlways, "Meet these responsibilities besides those of the applicable exhibit; failing them may delay the services", "RESP-0", "AMB-38"),
	owe(0, ConditionAlways, "Name a Support Services Manager to run all support activities, including the internal process for submitting incidents", "RESP-1"),
	owe(0, ConditionMultiCountry, "Name a Support Services Manager for the host support location, and possibly for other support locations", "RESP-2"),
	owe(0, ConditionAlways, "Submit reactive requests through named reactive support contacts, on the Microsoft support website or by phone", "RESP-3"),
	owe(0, ConditionOnlineServices, "Have cloud administrators submit online services support requests through the online services support portal", "RESP-4", "RESP-3"),
	owe(0, ConditionAlways, "Make sure contacts who submit requests understand the problem, can reproduce it, and know the products and the environment", "RESP-5"),
	owe(0, ConditionOnRequest, "Carry out problem determination and resolution activities: network traces, error messages, configuration data, configuration changes, new software or components, process changes", "RESP-6"),
	owe(0, ConditionAlways, "Work with Microsoft on a service utilisation plan for the services bought", "RESP-7"),
	owe(0, ConditionAlways, "Tell Microsoft when the contacts named in the Work Order change", "RESP-8"),
	owe(0, ConditionAlways, "Back up data, rebuild lost or changed files after catastrophic failure, and keep software and data secure and intact", "RESP-9"),
	owe(0, ConditionWherePossible, "Answer periodic customer satisfaction surveys", "RESP-10"),
	owe(0, ConditionAlways, "Pay the travel and expenses of your own employees and contractors", "RESP-11", "AMB-33"),
	owe(0, ConditionOnRequest, "Take on other responsibilities related to the services bought, when delivery resources ask", "RESP-12"),
	owe(0, ConditionOnlineServices, "Cloud services: the sentence is cut off in the seed (presumably: hold an active subscription or data plan for the online service)", "RESP-13", "AMB-29"),
	owe(0, ConditionAlways, "Submit proactive service and enhanced solution requests, with all required data, at least 60 days before the Work Order expires", "RESP-14", "D-TERM-1", "AMB-22"),
	owe(0, ConditionOnsite, "Give the onsite delivery team reasonable phone and high-speed internet access and, where applicable, access to internal systems and diagnostic tools", "RESP-15"),
	owe(0, ConditionOnRequest, "For remote access, approve the systems and provide suitable access rights and equipment", "TERM-9"),
	owe(0, ConditionAlways, "Use services by the end of the Work Order term; unused services are forfeited", "TERM-7", "D-TERM-2"),
	owe(0, ConditionMultiCountry, "Bear the tax obligations of distributing or exchanging services between host and downstream locations", "MC-19"),
	owe(0, ConditionAlways, "Meet the minimum platform requirements that purchased services may have", "TERM-16"),
	owe(0, ConditionOnRequest, "Include success and service delivery management when Microsoft requires it for additional services", "TERM-11", "AMB-38"),
	owe(0, ConditionOnsite, "Agree onsite visits with Microsoft, and pay the reasonable travel and living expenses Microsoft invoices afterwards", "TERM-18", "AMB-33"),
	owe(0, ConditionOnRequest, "Bear sole responsibility for the integrity and security of data when asking Microsoft to use technology it has not approved", "TERM-10"),
	owe(0, ConditionAlways, "Accept product and feature communications to users' valid, active corporate email addresses, giving users a suitable way to opt out", "TERM-20"),

	owe(catalogue.OnDemandAssessment, ConditionAlways, "Hold a valid Azure subscription with enough data for the assessment", "MAINT-3"),
	owe(catalogue.DesignatedEngineering, ConditionAlways, "Keep a valid Unified Support contract: Designated Engineering ends with it", "DE-2", "D-TERM-3"),
	owe(catalogue.ProblemResolutionSupport, ConditionAlways, "Open an incident request by phone or via the web, and describe the business impact so that Microsoft can assign the severity", "PRS-2", "PRS-5"),
	owe(catalogue.RootCauseAnalysis, ConditionAlways, "Request the analysis explicitly before the incident is closed", "RCA-2"),
	owe(catalogue.RootCauseAnalysis, ConditionAlways, "Provide log files, network traces and other diagnostic output, working with the Microsoft team", "RCA-3"),
	owe(catalogue.EnhancedDesignatedEngineering, ConditionAlways, "Keep a current Unified Support contract: EDE ends with it", "EDE-8", "D-TERM-3"),
	owe(catalogue.EnhancedDesignatedEngineering, ConditionMultiCountry, "Assign EDE to a contract location before the service delivery plan", "EDE-7", "AMB-34"),
	owe(catalogue.ReactiveEnhancedDesignatedEngineering, ConditionAlways, "Sign and maintain a Unified Support contract: REDE ends with it", "REDE-13", "D-TERM-3"),
	owe(catalogue.ReactiveEnhancedDesignatedEngineering, ConditionAlways, "Give the REDE engineer orientation, training, documentation and other communications", "REDE-20", "REDE-19"),
	owe(catalogue.ReactiveEnhancedDesignatedEngineering, ConditionAlways, "Open support incidents and cooperate actively in diagnosis and resolution", "REDE-20", "REDE-19"),
	owe(catalogue.ReactiveEnhancedDesignatedEngineering, ConditionAlways, "Act as administrator of your own environment", "REDE-20", "REDE-19"),
	owe(catalogue.ReactiveEnhancedDesignatedEngineering, ConditionOnRequest, "Provide troubleshooting information such as debug and trace logs", "REDE-20", "REDE-19"),
	owe(catalogue.UnifiedEnhancedResponse, ConditionAlways, "Keep an active Unified Enterprise base contract", "UER-4", "D-TERM-3"),
	owe(catalogue.UnifiedEnhancedResponse, ConditionAlways, "Submit incidents by phone or web", "UER-5"),
	owe(catalogue.UnifiedEnhancedResponse, ConditionAlways, "To get a Root Cause Analysis, request it explicitly before the incident is closed and provide logs, network traces and other diagnostic output", "UER-14", "UER-15"),
	owe(catalogue.UnifiedEnhancedResponse, ConditionOnboarding, "Provide documentation on request and take part in onboarding during the first 60 days", "UER-16", "D-AED-3", "AMB-10"),
	owe(catalogue.RapidResponse, ConditionAlways, "Submit incidents through the relevant cloud services portal", "RR-3"),
	owe(catalogue.AzureEventManagement, ConditionAlways, "Confirm each event in writing at least 42 calendar days (6 weeks) before it starts", "AEM-14", "D-AEM", "AMB-5"),
	owe(catalogue.AzureEventManagement, ConditionAlways, "Scope the Azure solution before the event", "AEM-8"),
	owe(catalogue.AzureEventManagement, ConditionAlways, "Provide adequate resources and responses throughout delivery, or AEM may be cancelled", "AEM-16"),
	owe(catalogue.AzureEventManagement, ConditionAlways, "Raise event incidents through the Azure portal with \"AEM\" in the case description", "SEV-AEM-1"),
	owe(catalogue.SupportForMissionCritical, ConditionAlways, "Keep a current Unified Support contract: SfMC ends with it", "SFMC-4", "D-TERM-3"),
	owe(catalogue.AzureEngineeringDirect, ConditionAlways, "Keep an active Unified (Enterprise Support) plan and an Azure Rapid Response contract throughout", "AED-39", "D-TERM-3", "AMB-35"),
	owe(catalogue.AzureEngineeringDirect, ConditionOnboarding, "Provide documentation on request and take part in onboarding during the first 60 days", "AED-9", "D-AED-3", "AMB-10"),
	owe(catalogue.AzureEngineeringDirect, ConditionAlways, "Cooperate, take an active part and complete assigned responsibilities on time", "AED-38"),
	owe(catalogue.AzureEngineeringDirect, ConditionAlways, "Comply with the Work Order and the AED exhibit", "AED-44"),
	owe(catalogue.AEDProblemManagement, ConditionAlways, "Request the analysis through the aligned AED engineer, within 7 calendar days after closure, for a production-impacting incident", "AED-18", "AED-20", "D-AED-2"),
	owe(catalogue.AEDProblemManagement, ConditionAlways, "Provide logs, network traces and other diagnostic output", "AED-19"),
	owe(catalogue.AEDPlatformMonitoring, ConditionOnboarding, "Take full part in defining the monitoring scenarios and provide all requested material", "AED-32", "D-AED-3"),
	owe(catalogue.AEDPlatformMonitoring, ConditionOnRequest, "Open a support case through Problem Resolution Support for an issue the AED team identifies", "AED-35"),
	owe(catalogue.CybersecurityIncidentResponse, ConditionAlways, "Keep an existing Unified Support contract: MSCIR is an add-on to it", "MSCIR-3", "D-TERM-3"),
	owe(catalogue.CybersecurityIncidentResponse, ConditionEarlyStart, "Execute the MSCIR agreement as soon as possible, pay for work before it as invoiced, and bear the risk of that work", "MSCIR-6", "MSCIR-5", "AMB-32"),
}

// exclusions lists what is not covered: general exclusions first, then the
// services' in document order.
var exclusions = []Exclusion{
	excl(0, "Reactive services provide no code other than sample code; the customer bears the risk of implementing code Microsoft provides", "TERM-15"),
	excl(0, "Services are not provided to the customer's customers", "TERM-17"),
	excl(0, "Pilots (previews, betas and other pilot offerings) are optional, under additional terms, and not available in every region", "TERM-6"),
	excl(0, "Only currently supported Microsoft products and online services, unless the Work Order says otherwise", "REACT-2", "TERM-5"),
	excl(catalogue.ProofOfConcept, "The evidence is normally not production-ready", "PLAN-1"),
	excl(catalogue.OnDemandAssessment, "Only a limited set of technologies", "MAINT-2"),
	excl(catalogue.DesignatedEngineering, "Only the products and technologies listed in the Work Order", "DE-4"),
	excl(catalogue.AdvisorySupport, "No architecture design, solution development or customisation", "ADV-2"),
	excl(catalogue.AdvisorySupport, "Reasonable best effort only, with no response-time commitment", "ADV-3"),
	excl(catalogue.ProblemResolutionSupport, "Support for third-party products remains the third party's responsibility", "PRS-8"),
	excl(catalogue.RootCauseAnalysis, "Only specific Microsoft technologies; additional cost may apply", "RCA-4"),
	excl(catalogue.EnhancedDesignatedEngineering, "Only the products and technologies listed in the Work Order", "EDE-10"),
	excl(catalogue.ReactiveEnhancedDesignatedEngineering, "Only incidents on the products and online services named in the Work Order", "REDE-2"),
	excl(catalogue.ReactiveEnhancedDesignatedEngineering, "Does not change response times", "REDE-18"),
	excl(catalogue.UnifiedEnhancedResponse, "Root Cause Analysis is not included", "UER-12"),
	excl(catalogue.EnhancedIncidentManagement, "No geographically restricted, citizenship-restricted or security-cleared resources", "UER-19", "AMB-37"),
	excl(catalogue.RapidResponse, "Azure components only", "RR-2"),
	excl(catalogue.RapidResponse, "Not Azure Media Services, Azure Stack, Azure StorSimple, GitHub AE, Universal Print, Test Base for M365, Microsoft Mesh", "RR-7"),
	excl(catalogue.AzureEventManagement, "Not for Azure Government or sovereign clouds", "AEM-18"),
	excl(catalogue.AzureEventManagement, "No citizenship- or residency-restricted access requirements", "AEM-19", "AMB-37"),
	excl(catalogue.O365EngineeringDirect, "Only the tenants listed in the exhibit", "O365ED-4"),
	excl(catalogue.AzureEngineeringDirect, "Out of scope, among others: US Gov Clouds, Azure StorSimple, GitHub AE, Azure Communication Services, billing and subscription management, A40, Azure Media Services, Azure Stack, Test Base for M365, Microsoft Mesh, Universal Print", "AED-10"),
	excl(catalogue.AzureEngineeringDirect, "Not products or subscriptions bought by parties that were not affiliates at support start", "AED-3", "AMB-36"),
	excl(catalogue.AzureEngineeringDirect, "No prioritised restoration in incidents affecting a wider part of Azure", "AED-42"),
	excl(catalogue.AzureEngineeringDirect, "Not on-premises technologies, user devices, Microsoft client software, identity and authentication technologies", "AED-43"),
	excl(catalogue.AzureEngineeringDirect, "Internal business purposes only; not for the customer's customers", "AED-45"),
	excl(catalogue.AzureEngineeringDirect, "No support for non-Microsoft code or customised code", "AED-46"),
	excl(catalogue.AEDPlatformMonitoring, "Some Azure services may be excluded from monitoring", "AED-29"),
	excl(catalogue.AEDPlatformMonitoring, "Monitoring telemetry and thresholds are not shared with the customer", "AED-31"),
}
