package catalogue_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/rule"
)

// Short names that keep each catalogue row on a few lines.
const (
	incl    = catalogue.MarkingIncluded
	plus    = catalogue.MarkingPurchasable
	plusOne = catalogue.MarkingPurchasableLimited
	partOf  = catalogue.MarkingPartOf

	remote   = catalogue.DeliveryRemote
	onsite   = catalogue.DeliveryOnsite
	online   = catalogue.DeliveryOnline
	onDemand = catalogue.DeliveryOnDemand

	notStated  = catalogue.HoursNotStated
	bizHours   = catalogue.HoursBusiness
	allDay     = catalogue.Hours24x7
	bySeverity = catalogue.HoursSeverityDependent
	beyond     = catalogue.HoursBeyondBusiness

	noDep      = catalogue.DependenceNone
	stated     = catalogue.DependenceStated
	decided    = catalogue.DependenceByDecision
	withParent = catalogue.DependenceParent

	designated = catalogue.LocationsDesignated
	single     = catalogue.LocationsSingle
	purchased  = catalogue.LocationsPurchased
	hostAll    = catalogue.LocationsHostCoversAll
	anyLoc     = catalogue.LocationsAny

	eligible   = catalogue.FlexEligible
	capped     = catalogue.FlexCapped
	ineligible = catalogue.FlexIneligible
	notApp     = catalogue.FlexNotApplicable

	local   = "en+delivery-location-language" // TERM-4
	contact = "en+contact-language"           // TERM-3, SAMX-3
)

func modes(ms ...catalogue.DeliveryMode) catalogue.DeliveryModes {
	return catalogue.DeliveryModesOf(ms...)
}

func needs(ps ...catalogue.Prerequisite) catalogue.Prerequisites {
	return catalogue.PrerequisitesOf(ps...)
}

func units(us ...catalogue.Unit) []catalogue.Unit { return us }

var (
	ro      = modes(remote, onsite)
	rOnly   = modes(remote)
	unified = needs(catalogue.NeedsUnifiedContract)
	aedNeed = needs(catalogue.NeedsUnifiedContract, catalogue.NeedsRapidResponse)
	extNeed = needs(catalogue.NeedsUnifiedContract, catalogue.NeedsRapidResponse, catalogue.NeedsExtendedCapabilities)
	svc     = units(catalogue.UnitService)
)

// catalogueRow is one row of the "Full service catalogue" of RULES.md,
// written out by hand: the expected values are literals, never read from the
// data under test.
type catalogueRow struct {
	id       catalogue.ServiceID
	english  string
	korean   string
	table    int
	category catalogue.Category
	parent   catalogue.ServiceID
	marking  catalogue.Marking
	inferred bool
	def      catalogue.DeliveryMode
	modes    catalogue.DeliveryModes
	coverage catalogue.ServiceHours
	langs    string
	needs    catalogue.Prerequisites
	dep      catalogue.Dependence
	units    []catalogue.Unit
	flex     catalogue.FlexUse
	loc      catalogue.Locations
	cites    []rule.ID // rules the entry must cite, in its facts or constraints
}

var catalogueRows = []catalogueRow{
	// Table 2 — Planning (CAT-1). PRO-4: proactive services are remote by default; PRO-3: onsite where agreed.
	{catalogue.ProofOfConcept, "Proof of Concept", "개념 증명", 2, catalogue.CategoryPlanning, 0, plus, false,
		remote, ro, notStated, local, 0, noDep, svc, eligible, designated,
		[]rule.ID{"PLAN-1", "MARK-2", "BUY-7", "PRO-4", "PRO-3", "PRO-1", "CAT-1", "FLEX-1", "FLEX-8", "MC-8"}},
	{catalogue.ArchitectureServices, "Architecture Services", "아키텍처 서비스", 2, catalogue.CategoryPlanning, 0, plus, false,
		remote, ro, notStated, local, 0, noDep, svc, eligible, designated, []rule.ID{"PLAN-2"}},
	// Table 3 — Implementation (CAT-2).
	{catalogue.OnboardingServices, "Onboarding Services", "온보딩 서비스", 3, catalogue.CategoryImplementation, 0, plus, false,
		remote, ro, notStated, local, 0, noDep, svc, eligible, designated, []rule.ID{"IMPL-1", "CAT-2"}},
	// Table 4 — Maintenance (CAT-3). MAINT-1 ✓; MAINT-3 Azure subscription; MAINT-5 ≤ 2 days onsite or ≤ 1 day remote.
	{catalogue.OnDemandAssessment, "On-demand Assessment", "주문형 평가", 4, catalogue.CategoryMaintenance, 0, incl, false,
		onDemand, modes(remote, onsite, onDemand), notStated, local, needs(catalogue.NeedsAzureSubscription), noDep, svc, notApp, designated,
		[]rule.ID{"MAINT-1", "MARK-1", "CAT-3", "MAINT-2", "MAINT-3", "MAINT-4", "MAINT-5", "MAINT-6", "AMB-20"}},
	{catalogue.AssessmentProgram, "Assessment Program", "평가 프로그램", 4, catalogue.CategoryMaintenance, 0, plus, false,
		remote, ro, notStated, local, 0, noDep, svc, eligible, designated, []rule.ID{"MAINT-7"}},
	{catalogue.OfflineAssessment, "Offline Assessment", "오프라인 평가", 4, catalogue.CategoryMaintenance, 0, plus, false,
		remote, ro, notStated, local, 0, noDep, svc, eligible, designated, []rule.ID{"MAINT-8"}},
	{catalogue.ProactiveMonitoring, "Proactive Monitoring", "대비 모니터링", 4, catalogue.CategoryMaintenance, 0, plus, false,
		remote, ro, notStated, local, 0, noDep, svc, eligible, designated, []rule.ID{"MAINT-9"}},
	{catalogue.ProactiveOperationsPrograms, "Proactive Operations Programs (POP)", "대비 운영 프로그램(Proactive Operations Programs, POP)", 4, catalogue.CategoryMaintenance, 0, plus, false,
		remote, ro, notStated, local, 0, noDep, svc, eligible, designated, []rule.ID{"MAINT-10"}},
	{catalogue.RiskHealthAssessment, "Risk and Health Assessment Program (RAP)", "위험 및 상태 평가 프로그램(RAP) 서비스", 4, catalogue.CategoryMaintenance, 0, plus, false,
		remote, ro, notStated, local, 0, noDep, svc, eligible, designated, []rule.ID{"MAINT-11"}},
	// Table 5 — Optimization (CAT-4). OPT-2: one "+" for three sub-services; OPT-3, OPT-4 sold in hours.
	{catalogue.AdoptionServices, "Adoption Services", "채택 서비스", 5, catalogue.CategoryOptimization, 0, plus, false,
		remote, ro, notStated, local, 0, noDep, svc, eligible, designated, []rule.ID{"OPT-1", "CAT-4"}},
	{catalogue.DeveloperServices, "Developer Services", "개발 전문 서비스", 5, catalogue.CategoryOptimization, 0, plus, false,
		remote, ro, notStated, local, 0, noDep, svc, eligible, designated, []rule.ID{"OPT-2"}},
	{catalogue.DevOpsCapabilityAssessment, "DevOps Capability Assessment", "DevOps 역량 평가", 5, catalogue.CategoryOptimization, catalogue.DeveloperServices, partOf, false,
		remote, ro, notStated, local, 0, noDep, svc, eligible, designated, []rule.ID{"OPT-2", "OPT-5"}},
	{catalogue.DevelopmentAdvisorySupport, "Development Advisory Support", "개발 자문 지원", 5, catalogue.CategoryOptimization, catalogue.DeveloperServices, partOf, false,
		remote, ro, notStated, local, 0, noDep, units(catalogue.UnitHours), eligible, designated, []rule.ID{"OPT-2", "OPT-3"}},
	{catalogue.DeveloperPlatformAdvisory, "Developer Platform Advisory", "개발자 플랫폼 자문", 5, catalogue.CategoryOptimization, catalogue.DeveloperServices, partOf, false,
		remote, ro, notStated, local, 0, noDep, units(catalogue.UnitHours), eligible, designated, []rule.ID{"OPT-2", "OPT-4"}},
	{catalogue.ITServiceManagement, "IT Service Management", "IT 서비스 관리", 5, catalogue.CategoryOptimization, 0, plus, false,
		remote, ro, notStated, local, 0, noDep, svc, eligible, designated, []rule.ID{"OPT-6"}},
	{catalogue.SecurityServices, "Security Services", "보안 서비스", 5, catalogue.CategoryOptimization, 0, plus, false,
		remote, ro, notStated, local, 0, noDep, svc, eligible, designated, []rule.ID{"OPT-7"}},
	// Table 6 — Education (CAT-5): onsite, online or on demand.
	{catalogue.OnDemandEducation, "On-demand Education", "주문형 교육", 6, catalogue.CategoryEducation, 0, incl, false,
		onDemand, modes(onDemand), notStated, local, 0, noDep, svc, notApp, designated, []rule.ID{"EDU-1", "CAT-5", "MARK-1"}},
	{catalogue.Webcasts, "Webcasts", "웹 캐스트", 6, catalogue.CategoryEducation, 0, incl, false,
		online, modes(online), notStated, local, 0, noDep, svc, notApp, designated, []rule.ID{"EDU-2"}},
	{catalogue.Hackathon, "Hackathon", "해커톤", 6, catalogue.CategoryEducation, 0, plus, false,
		remote, ro, notStated, local, 0, noDep, svc, eligible, designated, []rule.ID{"EDU-3"}},
	{catalogue.TechnologyUpdateBriefing, "Technology Update Briefing", "기술 업데이트 브리핑", 6, catalogue.CategoryEducation, 0, plus, false,
		remote, rOnly, notStated, local, 0, noDep, svc, eligible, designated, []rule.ID{"EDU-4"}},
	{catalogue.ChalkTalk, "Chalk Talk", "강의", 6, catalogue.CategoryEducation, 0, plus, false,
		online, modes(onsite, online), notStated, local, 0, noDep, units(catalogue.UnitSessions, catalogue.UnitDays), eligible, designated, []rule.ID{"EDU-5"}},
	{catalogue.Workshops, "Workshops", "워크숍", 6, catalogue.CategoryEducation, 0, plus, false,
		online, modes(onsite, online), notStated, local, 0, noDep, units(catalogue.UnitAttendees, catalogue.UnitSessions), eligible, designated,
		[]rule.ID{"EDU-6", "EDU-7", "TERM-8"}},
	// Table 7 — Additional proactive (CAT-6). FLEX-2: Custom Proactive Services share the credits cap.
	{catalogue.CustomProactiveServices, "Custom Proactive Services", "맞춤형 대비 서비스(유지관리, 최적화 및 교육 서비스)", 7, catalogue.CategoryAdditionalProactive, 0, plus, false,
		online, modes(onsite, online), notStated, local, 0, noDep, svc, capped, designated, []rule.ID{"APRO-1", "CAT-6", "FLEX-2", "D-FLEX-1"}},
	{catalogue.SupportTechnicalAdvisory, "Support Technical Advisory (STA)", "지원 기술 자문", 7, catalogue.CategoryAdditionalProactive, 0, plus, false,
		remote, ro, notStated, local, 0, noDep, svc, eligible, designated, []rule.ID{"APRO-2", "MC-10"}},
	// DE-1 +; DE-2 Unified contract, same-date end; DE-3 business hours; DE-4 WO products; DE-5 one location; DE-6 mainly remote.
	{catalogue.DesignatedEngineering, "Designated Engineering (DE)", "전담 엔지니어링(DE)", 7, catalogue.CategoryAdditionalProactive, 0, plus, false,
		remote, ro, bizHours, local, unified, stated, svc, eligible, single,
		[]rule.ID{"DE-1", "DE-2", "DE-3", "DE-4", "DE-5", "DE-6", "D-TERM-3", "D-CAL"}},
	// Table 8 — Other proactive (CAT-7).
	{catalogue.ProactiveCredits, "Proactive Credits", "대비 크레딧", 8, catalogue.CategoryOtherProactive, 0, plus, false,
		remote, ro, notStated, local, 0, noDep, units(catalogue.UnitCredits), capped, designated,
		[]rule.ID{"CRED-1", "CRED-2", "CRED-3", "CAT-7", "D-CRED-1", "MC-15", "MC-18"}},
	// Table 9 — Reactive (CAT-8). REACT-3: always remote; SVC-2: 24x7; TERM-3: English plus the contacts' language where possible.
	{catalogue.AdvisorySupport, "Advisory Support", "자문 지원", 9, catalogue.CategoryReactive, 0, incl, false,
		remote, rOnly, allDay, contact, 0, noDep, svc, notApp, anyLoc,
		[]rule.ID{"ADV-1", "ADV-2", "ADV-3", "REACT-1", "REACT-2", "REACT-3", "SVC-2", "CAT-8", "MC-7"}},
	{catalogue.ProblemResolutionSupport, "Problem Resolution Support (PRS)", "문제 해결 지원", 9, catalogue.CategoryReactive, 0, incl, false,
		remote, rOnly, bySeverity, contact, 0, noDep, svc, notApp, anyLoc,
		[]rule.ID{"PRS-1", "PRS-2", "PRS-3", "PRS-4", "PRS-5", "PRS-6", "PRS-7", "PRS-8", "PRS-9", "PRS-10", "D-SEV-1"}},
	{catalogue.SupportAssistanceManagement, "Support Assistance Management (SAM)", "대응 지원 관리", 9, catalogue.CategoryReactive, 0, incl, false,
		remote, rOnly, bySeverity, contact, 0, noDep, svc, notApp, anyLoc,
		[]rule.ID{"SAM-1", "SAM-2", "SAM-3", "SAM-4", "SAM-5", "SAM-6", "SAM-7"}},
	// RCA: reactive in table 9, but §2.5 serves the designated location's staff (AMB-30).
	{catalogue.RootCauseAnalysis, "Root Cause Analysis (RCA)", "근본 원인 분석", 9, catalogue.CategoryReactive, 0, plus, false,
		remote, rOnly, notStated, local, 0, noDep, svc, ineligible, designated,
		[]rule.ID{"RCA-1", "RCA-2", "RCA-3", "RCA-4", "MC-11", "AMB-30"}},
	// SAMX-1 hours; SAMX-2 remote, agreed zone's business hours; SAMX-3 English or the contacts' language; SAMX-4 availability.
	{catalogue.SupportAssistanceAddOn, "Support Assistance Management add-on (additional hours)", "대응 지원 관리 추가 기능", 9, catalogue.CategoryReactive, 0, plus, false,
		remote, rOnly, bizHours, contact, 0, noDep, units(catalogue.UnitHours), ineligible, anyLoc,
		[]rule.ID{"SAMX-1", "SAMX-2", "SAMX-3", "SAMX-4"}},
	// Table 10 — Success Management (CAT-9). SM-1 ✓ unless stated; SM-2 digital or CSAM; SM-3 remote or onsite; FLEX-5 no Flex.
	{catalogue.SuccessManagement, "Success Management services", "성공 관리 서비스", 10, catalogue.CategorySuccessManagement, 0, incl, false,
		remote, ro, notStated, local, 0, noDep, svc, ineligible, designated,
		[]rule.ID{"SM-1", "SM-2", "SM-3", "SM-4", "SMB-1", "SMB-2", "SMB-3", "CAT-9", "FLEX-5", "D-FLEX-3", "AMB-46"}},
	// Table 11 — Enhanced Solutions (CAT-10, ENH-1..3).
	{catalogue.EnhancedDesignatedEngineering, "Enhanced Designated Engineering (EDE)", "고급 전담 엔지니어링(EDE)", 11, catalogue.CategoryEnhancedSolution, 0, plus, false,
		remote, ro, bizHours, local, unified, stated, units(catalogue.UnitHours, catalogue.UnitService), eligible, single,
		[]rule.ID{"EDE-1", "EDE-2", "EDE-3", "EDE-4", "EDE-5", "EDE-6", "EDE-7", "EDE-8", "EDE-9", "EDE-10", "EDE-11", "EDE-12", "ENH-1", "ENH-2", "ENH-3", "CAT-10"}},
	// REDE: no symbol printed (MARK-5, REDE-1); "+" inferred by D-MARK.
	{catalogue.ReactiveEnhancedDesignatedEngineering, "Reactive Enhanced Designated Engineering (REDE)", "REDE(Reactive Enhanced Designated Engineering)", 11, catalogue.CategoryEnhancedSolution, 0, plus, true,
		remote, ro, bizHours, local, unified, stated, units(catalogue.UnitHours), eligible, purchased,
		[]rule.ID{"REDE-1", "REDE-2", "REDE-3", "REDE-4", "REDE-5", "REDE-6", "REDE-7", "REDE-8", "REDE-9", "REDE-10",
			"REDE-11", "REDE-12", "REDE-13", "REDE-14", "REDE-15", "REDE-16", "REDE-17", "REDE-18", "REDE-19", "REDE-20", "MARK-5", "D-MARK"}},
	// UER: remote (UER-17, UER-20, UER-24); only its EIM is limited to en/zh/ja (UER-18), the rest follows
	// TERM-4 (English or the delivering location's language); host purchase covers all (UER-23, D-UER).
	{catalogue.UnifiedEnhancedResponse, "Unified Enhanced Response (UER)", "통합 고급 대응", 11, catalogue.CategoryEnhancedSolution, 0, plus, false,
		remote, rOnly, allDay, "en+delivery-location-language", unified, decided, svc, eligible, hostAll,
		[]rule.ID{"UER-1", "UER-2", "UER-3", "UER-4", "UER-5", "UER-6", "UER-8", "UER-11", "UER-12", "UER-13", "UER-14",
			"UER-15", "UER-16", "UER-17", "UER-18", "UER-20", "UER-21", "UER-22", "UER-23", "UER-24", "UER-25", "UER-26", "D-UER"}},
	{catalogue.EnhancedIncidentManagement, "Enhanced Incident Management (EIM)", "고급 인시던트 관리", 11, catalogue.CategoryEnhancedSolution, catalogue.UnifiedEnhancedResponse, partOf, false,
		remote, rOnly, allDay, "en,zh,ja+delivery-location-language", unified, withParent, svc, eligible, hostAll,
		[]rule.ID{"UER-7", "UER-9", "UER-10", "UER-17", "UER-18", "UER-19", "TERM-4", "D-LANG"}},
	// RR: 24x7x365 (RR-5); English and Japanese only (RR-9).
	{catalogue.RapidResponse, "Rapid Response", "신속 대응", 11, catalogue.CategoryEnhancedSolution, 0, plus, false,
		remote, rOnly, allDay, "en,ja", 0, noDep, svc, eligible, designated,
		[]rule.ID{"RR-1", "RR-2", "RR-3", "RR-4", "RR-5", "RR-6", "RR-7", "RR-8", "RR-9", "RR-10"}},
	// AEM: events (AEM-11, AEM-12); 24x7 in the event (AEM-4); public cloud only (AEM-17, AEM-18); English only (AEM-20).
	{catalogue.AzureEventManagement, "Microsoft Azure Event Management (AEM)", "Microsoft Azure 이벤트 관리(AEM)", 11, catalogue.CategoryEnhancedSolution, 0, plus, false,
		remote, ro, allDay, "en", needs(catalogue.NeedsAzurePublicCloud), noDep, units(catalogue.UnitEvents), eligible, designated,
		[]rule.ID{"AEM-1", "AEM-2", "AEM-3", "AEM-4", "AEM-5", "AEM-6", "AEM-7", "AEM-8", "AEM-9", "AEM-10", "AEM-11",
			"AEM-12", "AEM-13", "AEM-14", "AEM-15", "AEM-16", "AEM-17", "AEM-18", "AEM-19", "AEM-20", "AEM-21", "D-AEM"}},
	{catalogue.O365EngineeringDirect, "Office 365 Engineering Direct", "O365 Engineering Direct", 11, catalogue.CategoryEnhancedSolution, 0, plus, false,
		remote, ro, notStated, local, 0, noDep, svc, eligible, designated,
		[]rule.ID{"O365ED-1", "O365ED-2", "O365ED-3", "O365ED-4"}},
	// DEV-1: +1, maximum stated by the Work Order (MARK-3, D-MARK).
	{catalogue.DeveloperSupport, "Developer Support", "개발자 지원", 11, catalogue.CategoryEnhancedSolution, 0, plusOne, false,
		remote, ro, notStated, local, 0, noDep, svc, eligible, designated,
		[]rule.ID{"DEV-1", "DEV-2", "DEV-3", "MARK-3", "D-MARK"}},
	{catalogue.GitHubEngineeringDirect, "GitHub Engineering Direct", "GitHub Engineering Direct", 11, catalogue.CategoryEnhancedSolution, 0, plus, false,
		remote, ro, notStated, local, 0, noDep, svc, eligible, designated,
		[]rule.ID{"GHED-1", "GHED-2", "GHED-3", "GHED-4"}},
	{catalogue.SupportForMissionCritical, "Support for Mission Critical (SfMC)", "필수 임무에 대한 지원", 11, catalogue.CategoryEnhancedSolution, 0, plus, false,
		remote, ro, notStated, local, unified, stated, svc, eligible, designated,
		[]rule.ID{"SFMC-1", "SFMC-2", "SFMC-3", "SFMC-4"}},
	// AED: Unified and Rapid Response (AED-39, D-TERM-3); English only (AED-40); remote unless agreed (AED-41).
	{catalogue.AzureEngineeringDirect, "Azure Engineering Direct (AED)", "Azure Engineering Direct(AED)", 11, catalogue.CategoryEnhancedSolution, 0, plus, false,
		remote, ro, notStated, "en", aedNeed, decided, svc, eligible, designated,
		[]rule.ID{"AED-1", "AED-2", "AED-3", "AED-4", "AED-5", "AED-6", "AED-7", "AED-8", "AED-9", "AED-10", "AED-11",
			"AED-12", "AED-13", "AED-14", "AED-22", "AED-38", "AED-39", "AED-40", "AED-41", "AED-42", "AED-43", "AED-44",
			"AED-45", "AED-46", "AED-47", "D-AED-1"}},
	{catalogue.AEDEngineeringInterface, "Azure engineering support", "Azure 엔지니어링의 지원", 11, catalogue.CategoryEnhancedSolution, catalogue.AzureEngineeringDirect, partOf, false,
		remote, ro, notStated, "en", aedNeed, withParent, svc, eligible, designated, []rule.ID{"AED-15"}},
	{catalogue.AEDCrisisManagement, "Engineering-led crisis management", "엔지니어링 주도 위기 관리", 11, catalogue.CategoryEnhancedSolution, catalogue.AzureEngineeringDirect, partOf, false,
		remote, ro, allDay, "en", aedNeed, withParent, svc, eligible, designated, []rule.ID{"AED-16"}},
	{catalogue.AEDProblemManagement, "Problem management orchestration (extended RCA)", "문제 관리 오케스트레이션", 11, catalogue.CategoryEnhancedSolution, catalogue.AzureEngineeringDirect, partOf, false,
		remote, ro, notStated, "en", aedNeed, withParent, svc, eligible, designated,
		[]rule.ID{"AED-17", "AED-18", "AED-19", "AED-20", "AED-21", "D-AED-2"}},
	{catalogue.AEDServiceImprovementPlans, "Proactive Service Improvement Plans (SIP)", "대비 서비스 개선 계획 제공", 11, catalogue.CategoryEnhancedSolution, catalogue.AzureEngineeringDirect, partOf, false,
		remote, ro, notStated, "en", aedNeed, withParent, svc, eligible, designated, []rule.ID{"AED-23", "D-AED-3"}},
	{catalogue.AEDCriticalProjectSupport, "Critical project support", "고객의 중요한 프로젝트 지원", 11, catalogue.CategoryEnhancedSolution, catalogue.AzureEngineeringDirect, partOf, false,
		remote, ro, notStated, "en", aedNeed, withParent, svc, eligible, designated, []rule.ID{"AED-24"}},
	{catalogue.AEDInsights, "Actionable insights and knowledge sharing", "실행 가능한 인사이트를 도출하고 Azure 제공 팀 전반에서 고객 지식과 전문성 강화", 11, catalogue.CategoryEnhancedSolution, catalogue.AzureEngineeringDirect, partOf, false,
		remote, ro, notStated, "en", aedNeed, withParent, svc, eligible, designated, []rule.ID{"AED-25"}},
	{catalogue.AEDAdvisoryFeedback, "Customer advisory feedback", "고객 자문 의견", 11, catalogue.CategoryEnhancedSolution, catalogue.AzureEngineeringDirect, partOf, false,
		remote, ro, notStated, "en", aedNeed, withParent, svc, eligible, designated, []rule.ID{"AED-26"}},
	// Extended capabilities (AED-27, D-AED-1).
	{catalogue.AEDPlatformMonitoring, "Platform monitoring", "플랫폼 모니터링", 11, catalogue.CategoryEnhancedSolution, catalogue.AzureEngineeringDirect, partOf, false,
		remote, ro, allDay, "en", extNeed, withParent, svc, eligible, designated,
		[]rule.ID{"AED-27", "AED-28", "AED-29", "AED-30", "AED-31", "AED-32", "AED-33", "AED-34", "AED-35", "D-AED-3"}},
	{catalogue.AEDOutageHandling, "Platform outage handling", "플랫폼 중단 처리", 11, catalogue.CategoryEnhancedSolution, catalogue.AzureEngineeringDirect, partOf, false,
		remote, ro, notStated, "en", extNeed, withParent, svc, eligible, designated, []rule.ID{"AED-27", "AED-36"}},
	{catalogue.AEDKnowMe, "Global Know-Me support for engineering crisis management", "엔지니어링 위기 관리를 위한 글로벌 Know-Me 지원", 11, catalogue.CategoryEnhancedSolution, catalogue.AzureEngineeringDirect, partOf, false,
		remote, ro, beyond, "en", extNeed, withParent, svc, eligible, designated, []rule.ID{"AED-27", "AED-37"}},
	// MSCIR-3: not in the base package; an add-on to an existing Unified contract.
	{catalogue.CybersecurityIncidentResponse, "Microsoft Cybersecurity Incident Response (MSCIR)", "Microsoft 사이버 보안 인시던트 대응(MSCIR)", 11, catalogue.CategoryEnhancedSolution, 0, plus, false,
		remote, ro, notStated, local, unified, decided, svc, eligible, designated,
		[]rule.ID{"MSCIR-1", "MSCIR-2", "MSCIR-3", "MSCIR-4", "MSCIR-5", "MSCIR-6", "MSCIR-7"}},
}

// TestCatalogueMatchesRulesRowByRow checks every entry of the catalogue
// against the hand-written row of RULES.md's full service catalogue: names,
// table, category, marking (MARK-1, MARK-2, MARK-3, MARK-5, D-MARK),
// delivery (PRO-4, REACT-3, TERM-2), coverage, languages (D-LANG),
// prerequisites and co-termination (D-TERM-3), units, Flex use, locations,
// and the rules each entry cites.
func TestCatalogueMatchesRulesRowByRow(t *testing.T) {
	for _, tt := range catalogueRows {
		t.Run(tt.id.String(), func(t *testing.T) {
			s, ok := catalogue.Lookup(tt.id)
			if !ok {
				t.Fatalf("Lookup(%v) = _, false", tt.id)
			}
			parent, hasParent := s.Parent()
			type view struct {
				ID                         catalogue.ServiceID
				English, Korean            string
				Table                      int
				Category                   catalogue.Category
				Parent                     catalogue.ServiceID
				HasParent                  bool
				Marking                    catalogue.Marking
				Inferred                   bool
				Default                    catalogue.DeliveryMode
				Modes, ServiceHours, Langs string
				Needs                      catalogue.Prerequisites
				Dep                        catalogue.Dependence
				Units                      []catalogue.Unit
				Flex                       catalogue.FlexUse
				Loc                        catalogue.Locations
			}
			want := view{tt.id, tt.english, tt.korean, tt.table, tt.category, tt.parent, tt.parent != 0, tt.marking, tt.inferred,
				tt.def, tt.modes.String(), tt.coverage.String(), tt.langs, tt.needs, tt.dep, tt.units, tt.flex, tt.loc}
			got := view{s.ID(), s.EnglishName(), s.KoreanName(), s.Category().Table(), s.Category(), parent, hasParent, s.Marking(), s.MarkingInferred(),
				s.DefaultDelivery(), s.Delivery().String(), s.Coverage().String(), s.Languages().String(), s.Prerequisites(), s.Dependence(),
				s.Units(), s.Flex(), s.Locations()}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Lookup(%v) mismatch (-want +got):\n%s", tt.id, diff)
			}
			for _, id := range tt.cites {
				if !s.AllRules().Has(id) {
					t.Errorf("%v does not cite %s; it cites %v", tt.id, id, s.AllRules())
				}
			}
		})
	}
}

// TestCatalogueRowsCoverEveryServiceInDocumentOrder checks that the rows
// above list every ServiceID exactly once, in the catalogue's document order,
// so no entry escapes the row-by-row check.
func TestCatalogueRowsCoverEveryServiceInDocumentOrder(t *testing.T) {
	var want []catalogue.ServiceID
	for _, r := range catalogueRows {
		want = append(want, r.id)
	}
	var got []catalogue.ServiceID
	for s := range catalogue.All() {
		got = append(got, s.ID())
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("All() order (-rows +catalogue):\n%s", diff)
	}
	if len(got) != catalogue.NumServiceIDs {
		t.Errorf("All() yields %d services, want %d", len(got), catalogue.NumServiceIDs)
	}
}

// TestEveryCitedRuleIsWellFormed checks that every rule ID the catalogue
// cites has the form of RULES.md's IDs and a known section.
func TestEveryCitedRuleIsWellFormed(t *testing.T) {
	for s := range catalogue.All() {
		for id := range s.AllRules().All() {
			if !id.IsValid() || id.Section() == "" {
				t.Errorf("%v cites %q, not a well-formed rule ID", s.ID(), id)
			}
		}
		for _, c := range s.Constraints() {
			if c.Text == "" || c.Rules.Len() == 0 {
				t.Errorf("%v has a constraint without text or rules: %+v", s.ID(), c)
			}
		}
	}
}

// Rules MARK-1, BUY-2, MAINT-1, EDU-1, EDU-2, ADV-1, PRS-1, SAM-1, SM-1: the
// Base Package holds exactly the ✓ services.
func TestIncludedServicesAreExactlyTheTicked(t *testing.T) {
	want := []catalogue.ServiceID{
		catalogue.OnDemandAssessment, catalogue.OnDemandEducation, catalogue.Webcasts, catalogue.AdvisorySupport,
		catalogue.ProblemResolutionSupport, catalogue.SupportAssistanceManagement, catalogue.SuccessManagement,
	}
	var got []catalogue.ServiceID
	for s := range catalogue.All() {
		if s.Marking() == catalogue.MarkingIncluded {
			got = append(got, s.ID())
		}
		if (s.Package() == catalogue.PackageBase) != (s.PurchaseMarking() == catalogue.MarkingIncluded) {
			t.Errorf("%v: Package() = %v with purchase marking %v", s.ID(), s.Package(), s.PurchaseMarking())
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("✓ services (-want +got):\n%s", diff)
	}
}

// Rules MARK-3, DEV-1, ENH-3, D-MARK (AMB-27): Developer Support is the only
// "+1" service, and a "+1" purchase needs a maximum the Work Order states.
func TestOnlyDeveloperSupportIsLimited(t *testing.T) {
	var got []catalogue.ServiceID
	for s := range catalogue.All() {
		if s.Marking().NeedsStatedMaximum() {
			got = append(got, s.ID())
		}
	}
	if diff := cmp.Diff([]catalogue.ServiceID{catalogue.DeveloperSupport}, got); diff != "" {
		t.Errorf("+1 services (-want +got):\n%s", diff)
	}
}

// Rules MARK-5, REDE-1, D-MARK (AMB-26): REDE is the only service whose
// marking is inferred, and it is "+".
func TestOnlyREDEMarkingIsInferred(t *testing.T) {
	for s := range catalogue.All() {
		want := s.ID() == catalogue.ReactiveEnhancedDesignatedEngineering
		if s.MarkingInferred() != want {
			t.Errorf("%v: MarkingInferred() = %v, want %v", s.ID(), s.MarkingInferred(), want)
		}
	}
	s, _ := catalogue.Lookup(catalogue.ReactiveEnhancedDesignatedEngineering)
	if s.Marking() != catalogue.MarkingPurchasable || !s.Rules(catalogue.FactMarking).Has("D-MARK") {
		t.Errorf("REDE marking = %v citing %v, want purchasable citing D-MARK", s.Marking(), s.Rules(catalogue.FactMarking))
	}
}

// Rules REACT-1, REACT-2, REACT-3, SVC-1, SVC-2, CAT-8: every reactive
// service, and every service of the reactive kind, is delivered remotely
// only; the included ones run 24x7 or by severity.
func TestReactiveServicesAreAlwaysRemote(t *testing.T) {
	for s := range catalogue.All() {
		if s.Kind() != catalogue.KindReactive {
			continue
		}
		if s.Delivery() != catalogue.DeliveryModesOf(catalogue.DeliveryRemote) || s.DefaultDelivery() != catalogue.DeliveryRemote {
			t.Errorf("%v: delivery %v default %v, want remote only (REACT-3)", s.ID(), s.Delivery(), s.DefaultDelivery())
		}
	}
}

// Rules PRO-1, PRO-2, PRO-3, PRO-4, TERM-2: every service that is not
// reactive defaults to remote delivery unless it is a self-service platform
// or an online session; none defaults to onsite.
func TestNothingDefaultsToOnsite(t *testing.T) {
	for s := range catalogue.All() {
		if s.DefaultDelivery() == catalogue.DeliveryOnsite {
			t.Errorf("%v defaults to onsite delivery", s.ID())
		}
		if !s.Delivery().Has(s.DefaultDelivery()) {
			t.Errorf("%v: default %v not among %v", s.ID(), s.DefaultDelivery(), s.Delivery())
		}
	}
	poc, _ := catalogue.Lookup(catalogue.ProofOfConcept)
	if !poc.Rules(catalogue.FactDelivery).Has("PRO-4") {
		t.Errorf("proof of concept delivery cites %v, want PRO-4", poc.Rules(catalogue.FactDelivery))
	}
}

// Rules DE-2, EDE-8, REDE-13, SFMC-4, UER-4, MSCIR-3, AED-39, D-TERM-3
// (AMB-28): the services that need an active Unified contract, and how they
// end with it. Parts end with their parent.
func TestDependentServicesAndCoTermination(t *testing.T) {
	tests := []struct {
		id    catalogue.ServiceID
		needs catalogue.Prerequisites
		dep   catalogue.Dependence
		rule  rule.ID
	}{
		{catalogue.DesignatedEngineering, unified, stated, "DE-2"},
		{catalogue.EnhancedDesignatedEngineering, unified, stated, "EDE-8"},
		{catalogue.ReactiveEnhancedDesignatedEngineering, unified, stated, "REDE-13"},
		{catalogue.SupportForMissionCritical, unified, stated, "SFMC-4"},
		{catalogue.UnifiedEnhancedResponse, unified, decided, "UER-4"},
		{catalogue.CybersecurityIncidentResponse, unified, decided, "MSCIR-3"},
		{catalogue.AzureEngineeringDirect, aedNeed, decided, "AED-39"}, // and Azure Rapid Response
		{catalogue.RapidResponse, 0, noDep, "TERM-7"},                  // no dependency stated
	}
	for _, tt := range tests {
		s, _ := catalogue.Lookup(tt.id)
		if s.Prerequisites() != tt.needs || s.Dependence() != tt.dep || !s.Rules(catalogue.FactPrerequisites).Has(tt.rule) {
			t.Errorf("%v: needs %v, dependence %v, rules %v; want %v, %v citing %s",
				tt.id, s.Prerequisites(), s.Dependence(), s.Rules(catalogue.FactPrerequisites), tt.needs, tt.dep, tt.rule)
		}
	}
}

// Rules DE-3, EDE-9, REDE-15, SAMX-2, UER-7, RR-5, AEM-4, AED-16, AED-34,
// AED-37, SAM-3, SAM-4, D-CAL: the services whose hours the document states.
func TestStatedCoverage(t *testing.T) {
	want := map[catalogue.ServiceID]catalogue.ServiceHours{
		catalogue.AdvisorySupport: allDay, catalogue.ProblemResolutionSupport: bySeverity,
		catalogue.SupportAssistanceManagement: bySeverity, catalogue.SupportAssistanceAddOn: bizHours,
		catalogue.DesignatedEngineering: bizHours, catalogue.EnhancedDesignatedEngineering: bizHours,
		catalogue.ReactiveEnhancedDesignatedEngineering: bizHours, catalogue.UnifiedEnhancedResponse: allDay,
		catalogue.EnhancedIncidentManagement: allDay, catalogue.RapidResponse: allDay,
		catalogue.AzureEventManagement: allDay, catalogue.AEDCrisisManagement: allDay,
		catalogue.AEDPlatformMonitoring: allDay, catalogue.AEDKnowMe: beyond,
	}
	for s := range catalogue.All() {
		w, ok := want[s.ID()]
		if !ok {
			w = notStated
		}
		if s.Coverage() != w {
			t.Errorf("%v: Coverage() = %v, want %v", s.ID(), s.Coverage(), w)
		}
		if s.Coverage() != notStated && s.Rules(catalogue.FactCoverage).Len() == 0 {
			t.Errorf("%v: stated coverage %v cites no rule", s.ID(), s.Coverage())
		}
	}
}

// Rules OPT-3, OPT-4, EDU-6, CRED-1, SAMX-1, EDE-2, EDE-3, REDE-4, AEM-11,
// AEM-12: the units of sale the document names.
func TestUnitsOfSale(t *testing.T) {
	tests := []struct {
		id   catalogue.ServiceID
		want []catalogue.Unit
	}{
		{catalogue.DevelopmentAdvisorySupport, units(catalogue.UnitHours)},
		{catalogue.DeveloperPlatformAdvisory, units(catalogue.UnitHours)},
		{catalogue.DevOpsCapabilityAssessment, svc}, // OPT-5: no unit stated
		{catalogue.Workshops, units(catalogue.UnitAttendees, catalogue.UnitSessions)},
		{catalogue.ChalkTalk, units(catalogue.UnitSessions, catalogue.UnitDays)}, // EDU-5: one session of one day (issue 16 defect 2)
		{catalogue.ProactiveCredits, units(catalogue.UnitCredits)},
		{catalogue.SupportAssistanceAddOn, units(catalogue.UnitHours)},
		{catalogue.EnhancedDesignatedEngineering, units(catalogue.UnitHours, catalogue.UnitService)},
		{catalogue.ReactiveEnhancedDesignatedEngineering, units(catalogue.UnitHours)},
		{catalogue.AzureEventManagement, units(catalogue.UnitEvents)},
	}
	for _, tt := range tests {
		s, _ := catalogue.Lookup(tt.id)
		if diff := cmp.Diff(tt.want, s.Units()); diff != "" {
			t.Errorf("%v Units() (-want +got):\n%s", tt.id, diff)
		}
	}
}

// Rules FLEX-1, FLEX-2, FLEX-5, D-FLEX-1, D-FLEX-3: the Flex hints. Only
// Custom Proactive Services and Proactive Credits are capped; Success
// Management is ineligible.
func TestFlexHints(t *testing.T) {
	var capped []catalogue.ServiceID
	for s := range catalogue.All() {
		if s.Flex() == catalogue.FlexCapped {
			capped = append(capped, s.ID())
		}
		if s.Flex() == catalogue.FlexEligible && !s.PurchaseMarking().IsPurchasable() {
			t.Errorf("%v is Flex-eligible but marked %v", s.ID(), s.PurchaseMarking())
		}
	}
	if diff := cmp.Diff([]catalogue.ServiceID{catalogue.CustomProactiveServices, catalogue.ProactiveCredits}, capped); diff != "" {
		t.Errorf("capped services (-want +got):\n%s", diff)
	}
	sm, _ := catalogue.Lookup(catalogue.SuccessManagement)
	if sm.Flex() != catalogue.FlexIneligible || !sm.Rules(catalogue.FactFlex).Has("FLEX-5") {
		t.Errorf("Success Management Flex = %v citing %v, want ineligible citing FLEX-5", sm.Flex(), sm.Rules(catalogue.FactFlex))
	}
}

// Rules DE-5, EDE-11, REDE-16, UER-23, UER-24, D-UER, MC-7 (AMB-11, AMB-34):
// how many support locations one purchase serves.
func TestLocations(t *testing.T) {
	tests := []struct {
		id   catalogue.ServiceID
		want catalogue.Locations
	}{
		{catalogue.DesignatedEngineering, single},
		{catalogue.EnhancedDesignatedEngineering, single},
		{catalogue.ReactiveEnhancedDesignatedEngineering, purchased},
		{catalogue.UnifiedEnhancedResponse, hostAll},
		{catalogue.ProblemResolutionSupport, anyLoc},
		{catalogue.Workshops, designated},
	}
	for _, tt := range tests {
		s, _ := catalogue.Lookup(tt.id)
		if s.Locations() != tt.want {
			t.Errorf("%v: Locations() = %v, want %v", tt.id, s.Locations(), tt.want)
		}
	}
}

// Rules OPT-2, UER-7, AED-15, AED-27: the parts of the catalogue and their
// parents, in document order.
func TestParts(t *testing.T) {
	tests := []struct {
		id   catalogue.ServiceID
		want []catalogue.ServiceID
	}{
		{catalogue.DeveloperServices, []catalogue.ServiceID{catalogue.DevOpsCapabilityAssessment, catalogue.DevelopmentAdvisorySupport, catalogue.DeveloperPlatformAdvisory}},
		{catalogue.UnifiedEnhancedResponse, []catalogue.ServiceID{catalogue.EnhancedIncidentManagement}},
		{catalogue.AzureEngineeringDirect, []catalogue.ServiceID{
			catalogue.AEDEngineeringInterface, catalogue.AEDCrisisManagement, catalogue.AEDProblemManagement,
			catalogue.AEDServiceImprovementPlans, catalogue.AEDCriticalProjectSupport, catalogue.AEDInsights,
			catalogue.AEDAdvisoryFeedback, catalogue.AEDPlatformMonitoring, catalogue.AEDOutageHandling, catalogue.AEDKnowMe}},
		{catalogue.DesignatedEngineering, nil},
	}
	for _, tt := range tests {
		s, _ := catalogue.Lookup(tt.id)
		if diff := cmp.Diff(tt.want, s.Parts()); diff != "" {
			t.Errorf("%v Parts() (-want +got):\n%s", tt.id, diff)
		}
		for _, p := range tt.want {
			ps, _ := catalogue.Lookup(p)
			if ps.PurchaseMarking() != s.Marking() || ps.Package() != s.Package() {
				t.Errorf("%v: purchase marking %v in %v, want its parent's %v in %v", p, ps.PurchaseMarking(), ps.Package(), s.Marking(), s.Package())
			}
		}
	}
}

// Rules AED-5, AED-6, AED-27, D-AED-1: exactly three capabilities are for
// Extended Capabilities Customers only.
func TestAEDExtendedCapabilities(t *testing.T) {
	var got []catalogue.ServiceID
	for s := range catalogue.All() {
		if s.Prerequisites().Has(catalogue.NeedsExtendedCapabilities) {
			got = append(got, s.ID())
		}
	}
	want := []catalogue.ServiceID{catalogue.AEDPlatformMonitoring, catalogue.AEDOutageHandling, catalogue.AEDKnowMe}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("extended capabilities (-want +got):\n%s", diff)
	}
}

// TestLookupInvalid checks that Lookup and ParseServiceID reject IDs the
// catalogue does not define, and that the zero Service is empty.
func TestLookupInvalid(t *testing.T) {
	for _, id := range []catalogue.ServiceID{0, catalogue.ServiceID(catalogue.NumServiceIDs + 1), 255} {
		if s, ok := catalogue.Lookup(id); ok || s.IsValid() {
			t.Errorf("Lookup(%d) = %v, %v; want invalid", id, s, ok)
		}
	}
	if _, err := catalogue.ParseServiceID("premier"); !errors.Is(err, catalogue.ErrUnknownService) {
		t.Errorf("ParseServiceID(premier) error = %v, want ErrUnknownService", err)
	}
	if id, err := catalogue.ParseServiceID("UER"); err != nil || id != catalogue.UnifiedEnhancedResponse {
		t.Errorf("ParseServiceID(UER) = %v, %v", id, err)
	}
	var zero catalogue.Service
	if zero.IsValid() || zero.String() != "" || zero.Marking() != 0 || zero.Category() != 0 || zero.Parts() != nil ||
		zero.Units() != nil || zero.Package() != 0 || zero.Rules(catalogue.FactMarking).Len() != 0 || zero.AllRules().Len() != 0 {
		t.Errorf("zero Service is not empty: %v", zero)
	}
	if _, ok := zero.Parent(); ok {
		t.Error("zero Service has a parent")
	}
}

// TestServiceIsReadOnly checks that changing the slices an accessor returns
// does not change the catalogue.
func TestServiceIsReadOnly(t *testing.T) {
	s, _ := catalogue.Lookup(catalogue.Workshops)
	u := s.Units()
	u[0] = catalogue.UnitCredits
	c := s.Constraints()
	c[0].Text = "changed"
	g := s.Languages().Guaranteed()
	g[0] = g[0].Parent()
	if s.Units()[0] != catalogue.UnitAttendees || s.Constraints()[0].Text == "changed" {
		t.Errorf("catalogue changed through accessors: %v, %q", s.Units(), s.Constraints()[0].Text)
	}
	if !slices.Equal(s.Units(), units(catalogue.UnitAttendees, catalogue.UnitSessions)) {
		t.Errorf("Units() = %v", s.Units())
	}
}
