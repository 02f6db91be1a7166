package catalogue

import (
	"github.com/supportrules/unified/contract/catalogue/lang"
	"github.com/supportrules/unified/contract/rule"
	"golang.org/x/text/language"
)

// buildCatalogue returns the catalogue of tables 2–11, one entry per
// ServiceID, transcribed row by row from the "Full service catalogue" of
// RULES.md and the Korean seed. Every fact and constraint cites its rules.
func buildCatalogue() [numServiceIDs]entry {
	var c [numServiceIDs]entry

	// Table 2 — Planning services (CAT-1).
	c[ProofOfConcept] = proactive(ProofOfConcept, CategoryPlanning, MarkingPurchasable,
		"Proof of Concept", "개념 증명", "PLAN-1").
		note("Evidence for judging feasibility (working prototype, documents, designs); normally not production-ready", "PLAN-1")
	c[ArchitectureServices] = proactive(ArchitectureServices, CategoryPlanning, MarkingPurchasable,
		"Architecture Services", "아키텍처 서비스", "PLAN-2").
		note("A series of expert-led discussions; the output is a reference document for the production deployment phase", "PLAN-2")

	// Table 3 — Implementation services (CAT-2).
	c[OnboardingServices] = proactive(OnboardingServices, CategoryImplementation, MarkingPurchasable,
		"Onboarding Services", "온보딩 서비스", "IMPL-1").
		note("Short-term help with deployment, migration, upgrade or feature development", "IMPL-1")

	// Table 4 — Maintenance services (CAT-3).
	c[OnDemandAssessment] = proactive(OnDemandAssessment, CategoryMaintenance, MarkingIncluded,
		"On-demand Assessment", "주문형 평가", "MAINT-1").
		deliver(DeliveryOnDemand, DeliveryModesOf(DeliveryRemote, DeliveryOnsite, DeliveryOnDemand), "MAINT-1", "MAINT-5", "MAINT-6").
		needs(DependenceNone, PrerequisitesOf(NeedsAzureSubscription), "MAINT-3", "TERM-7").
		note("Covers a limited set of technologies only", "MAINT-2", "AMB-44").
		note("Needs a valid Azure subscription holding enough data", "MAINT-3").
		note("Microsoft may help enable the initial setup", "MAINT-4").
		note("For an additional fee, one Microsoft resource per assessment: onsite for at most 2 days or remote for at most 1 day", "MAINT-5", "AMB-20").
		note("Onsite assessment may be unavailable in some countries", "MAINT-6")
	c[AssessmentProgram] = proactive(AssessmentProgram, CategoryMaintenance, MarkingPurchasable,
		"Assessment Program", "평가 프로그램", "MAINT-7").
		note("On completion, a report with a technical assessment and a remediation plan", "MAINT-7")
	c[OfflineAssessment] = proactive(OfflineAssessment, CategoryMaintenance, MarkingPurchasable,
		"Offline Assessment", "오프라인 평가", "MAINT-8").
		deliver(DeliveryRemote, remoteOrOnsite, "MAINT-8", "PRO-4").
		note("Data collected remotely or at the customer site, analysed with on-premises tools; report of findings and remediation recommendations", "MAINT-8")
	c[ProactiveMonitoring] = proactive(ProactiveMonitoring, CategoryMaintenance, MarkingPurchasable,
		"Proactive Monitoring", "대비 모니터링", "MAINT-9").
		note("Operations monitoring tools and recommendations: incident matrix, major incident reviews, sustained-engineering team design", "MAINT-9")
	c[ProactiveOperationsPrograms] = proactive(ProactiveOperationsPrograms, CategoryMaintenance, MarkingPurchasable,
		"Proactive Operations Programs (POP)", "대비 운영 프로그램(Proactive Operations Programs, POP)", "MAINT-10").
		deliver(DeliveryRemote, remoteOrOnsite, "MAINT-10", "PRO-4").
		note("Review of planning, design, implementation or operational processes with customer staff, onsite or remotely", "MAINT-10")
	c[RiskHealthAssessment] = proactive(RiskHealthAssessment, CategoryMaintenance, MarkingPurchasable,
		"Risk and Health Assessment Program (RAP)", "위험 및 상태 평가 프로그램(RAP) 서비스", "MAINT-11").
		deliver(DeliveryRemote, remoteOrOnsite, "MAINT-11", "PRO-4").
		note("Automated assessment of remotely collected data, with findings report and remediation recommendations; delivered onsite or remotely", "MAINT-11")

	// Table 5 — Optimization services (CAT-4).
	c[AdoptionServices] = proactive(AdoptionServices, CategoryOptimization, MarkingPurchasable,
		"Adoption Services", "채택 서비스", "OPT-1")
	devServices := proactive(DeveloperServices, CategoryOptimization, MarkingPurchasable,
		"Developer Services", "개발 전문 서비스", "OPT-2")
	c[DeveloperServices] = devServices.
		note("One marking for three sub-services: DevOps Capability Assessment, Development Advisory Support, Developer Platform Advisory", "OPT-2")
	c[DevOpsCapabilityAssessment] = partOf(devServices, DevOpsCapabilityAssessment,
		"DevOps Capability Assessment", "DevOps 역량 평가", "OPT-2").
		needs(DependenceNone, devServices.prereqs, "TERM-7", "OPT-2", "OPT-5"). // sold on its own: no Developer Services contract to end with
		sold([]Unit{UnitService}, "OPT-5").
		note("Assesses capability across the software release lifecycle against Microsoft DevOps practices; no unit of sale stated", "OPT-5")
	c[DevelopmentAdvisorySupport] = partOf(devServices, DevelopmentAdvisorySupport,
		"Development Advisory Support", "개발 자문 지원", "OPT-2").
		needs(DependenceNone, devServices.prereqs, "TERM-7", "OPT-2", "OPT-3"). // sold on its own: no Developer Services contract to end with
		sold([]Unit{UnitHours}, "OPT-3").
		note("Sold in hours, as stated in the Work Order", "OPT-3", "AMB-43")
	c[DeveloperPlatformAdvisory] = partOf(devServices, DeveloperPlatformAdvisory,
		"Developer Platform Advisory", "개발자 플랫폼 자문", "OPT-2").
		needs(DependenceNone, devServices.prereqs, "TERM-7", "OPT-2", "OPT-4"). // sold on its own: no Developer Services contract to end with
		sold([]Unit{UnitHours}, "OPT-4").
		note("Sold in hours, as stated in the Work Order", "OPT-4", "AMB-43")
	c[ITServiceManagement] = proactive(ITServiceManagement, CategoryOptimization, MarkingPurchasable,
		"IT Service Management", "IT 서비스 관리", "OPT-6").
		deliver(DeliveryRemote, remoteOrOnsite, "OPT-6", "PRO-4").
		note("Remote or onsite advisory sessions or workshops", "OPT-6").
		note("May be one component of a custom support program for an additional fee, defined in an exhibit to the Work Order", "OPT-6")
	c[SecurityServices] = proactive(SecurityServices, CategoryOptimization, MarkingPurchasable,
		"Security Services", "보안 서비스", "OPT-7").
		note("Four areas: cloud security and identity, mobility, advanced information protection, secure infrastructure", "OPT-7").
		note("May be one component of a custom program for an additional fee, defined in an exhibit", "OPT-7")

	// Table 6 — Education services (CAT-5).
	c[OnDemandEducation] = proactive(OnDemandEducation, CategoryEducation, MarkingIncluded,
		"On-demand Education", "주문형 교육", "EDU-1").
		deliver(DeliveryOnDemand, DeliveryModesOf(DeliveryOnDemand), "EDU-1", "CAT-5").
		note("Online training materials and labs on the Microsoft Workshop Library digital platform", "EDU-1")
	c[Webcasts] = proactive(Webcasts, CategoryEducation, MarkingIncluded,
		"Webcasts", "웹 캐스트", "EDU-2").
		deliver(DeliveryOnline, DeliveryModesOf(DeliveryOnline), "EDU-2", "CAT-5").
		note("Live training sessions hosted by Microsoft, delivered remotely and online", "EDU-2")
	c[Hackathon] = proactive(Hackathon, CategoryEducation, MarkingPurchasable,
		"Hackathon", "해커톤", "EDU-3").
		note("Interactive, activity-based sessions on real or customer-specific scenarios", "EDU-3")
	c[TechnologyUpdateBriefing] = proactive(TechnologyUpdateBriefing, CategoryEducation, MarkingPurchasable,
		"Technology Update Briefing", "기술 업데이트 브리핑", "EDU-4").
		deliver(DeliveryRemote, remoteOnly, "EDU-4").
		note("Regular briefings on recent and upcoming cloud changes, delivered remotely by a Microsoft engineer", "EDU-4")
	c[ChalkTalk] = proactive(ChalkTalk, CategoryEducation, MarkingPurchasable,
		"Chalk Talk", "강의", "EDU-5").
		deliver(DeliveryOnline, onsiteOrOnline, "EDU-5", "PRO-4").
		sold([]Unit{UnitSessions, UnitDays}, "EDU-5").
		note("An interactive session lasting one day, lecture plus demo, in person or live online; counted in sessions or days, one Chalk Talk being one session of one day", "EDU-5")
	c[Workshops] = proactive(Workshops, CategoryEducation, MarkingPurchasable,
		"Workshops", "워크숍", "EDU-6").
		deliver(DeliveryOnline, onsiteOrOnline, "EDU-6", "PRO-4").
		sold([]Unit{UnitAttendees, UnitSessions}, "EDU-6").
		note("Advanced-level technical training, in person or online; sold per attendee or as a session exclusive to the organisation, as the Work Order states", "EDU-6").
		note("Recording only after proper notice and consent; written permission also needed in some regions", "EDU-7", "AMB-44").
		note("May be cancelled when the (unstated) minimum registration is not met", "TERM-8")

	// Table 7 — Additional proactive services (CAT-6).
	c[CustomProactiveServices] = proactive(CustomProactiveServices, CategoryAdditionalProactive, MarkingPurchasable,
		"Custom Proactive Services", "맞춤형 대비 서비스(유지관리, 최적화 및 교육 서비스)", "APRO-1").
		deliver(DeliveryOnline, onsiteOrOnline, "APRO-1", "PRO-4").
		flexUse(FlexCapped, "FLEX-2", "D-FLEX-1").
		note("A scoped, customer-directed engagement for maintenance, optimization and education services not otherwise described, in person or online", "APRO-1").
		note("Flex Allowance spent on it counts towards the Proactive Credits cap", "FLEX-2", "D-FLEX-1")
	c[SupportTechnicalAdvisory] = proactive(SupportTechnicalAdvisory, CategoryAdditionalProactive, MarkingPurchasable,
		"Support Technical Advisory (STA)", "지원 기술 자문", "APRO-2").
		serves(LocationsDesignated, "MC-10").
		note("A customised technical assessment service (workload optimisation, adoption, supportability)", "APRO-2")
	c[DesignatedEngineering] = proactive(DesignatedEngineering, CategoryAdditionalProactive, MarkingPurchasable,
		"Designated Engineering (DE)", "전담 엔지니어링(DE)", "DE-1").
		deliver(DeliveryRemote, remoteOrOnsite, "DE-6", "PRO-4").
		hours(HoursBusiness, "DE-3", "D-CAL").
		needs(DependenceStated, PrerequisitesOf(NeedsUnifiedContract), "DE-2", "D-TERM-3").
		serves(LocationsSingle, "DE-5", "AMB-34").
		note("Needs a valid Unified Support contract; terminates on the date that contract expires or is terminated", "DE-2", "D-TERM-3").
		note("Business hours, 09:00-17:30 local time, excluding weekends and public holidays", "DE-3", "D-CAL").
		note("Only the Microsoft products and technologies the customer selected and listed in the Work Order", "DE-4").
		note("Delivered for a single support location, as the Work Order specifies", "DE-5").
		note("Mainly remote; an onsite visit needs prior written agreement, and reasonable travel is charged when it was not prepaid", "DE-6", "AMB-33")

	// Table 8 — Other proactive services (CAT-7).
	c[ProactiveCredits] = proactive(ProactiveCredits, CategoryOtherProactive, MarkingPurchasable,
		"Proactive Credits", "대비 크레딧", "CRED-1").
		sold([]Unit{UnitCredits}, "CRED-1").
		flexUse(FlexCapped, "FLEX-2", "D-FLEX-1").
		note("Exchanged for one or more defined additional services at the then-current rates", "CRED-2").
		note("The service's value is deducted from the balance, rounded half up to a whole credit; the balance never goes negative", "CRED-3", "D-CRED-1").
		note("Exchanged only between the host and downstream locations in the Work Order, never with an exception country", "MC-15", "MC-18", "D-CRED-2")

	// Table 9 — Reactive services (CAT-8, REACT-1..3).
	c[AdvisorySupport] = reactive(AdvisorySupport, MarkingIncluded,
		"Advisory Support", "자문 지원", "ADV-1").
		note("Guidance on the best configuration or use of specific Microsoft technology components", "ADV-1").
		note("Excludes architecture design, solution development and customisation", "ADV-2").
		note("By email, chat or phone, with knowledge-base articles, on a reasonable best-effort basis; no response-time commitment", "ADV-3")
	c[ProblemResolutionSupport] = reactive(ProblemResolutionSupport, MarkingIncluded,
		"Problem Resolution Support (PRS)", "문제 해결 지원", "PRS-1").
		hours(HoursSeverityDependent, "SVC-2", "D-SEV-1", "SEV-STD-13", "SEV-STD-16").
		note("Needs an incident request opened by phone or via the web", "PRS-2").
		note("Products not covered by their online services support portal go through the Microsoft Services Online portal", "PRS-3").
		note("Severity decides the response level, the initial response time and the customer's duties (Appendix A standard chart)", "PRS-4", "PRS-10").
		note("The customer describes the business impact; Microsoft assigns the severity after consultation, and the customer may ask to change it", "PRS-5", "PRS-6").
		note("The advisory disclaimer repeated in the PRS cell is a copy error and is ignored; PRS follows Appendix A", "PRS-7", "AMB-31").
		note("Support for third-party products remains the third party's responsibility", "PRS-8").
		note("First call response is the first non-automated contact by phone or email", "PRS-9")
	c[SupportAssistanceManagement] = reactive(SupportAssistanceManagement, MarkingIncluded,
		"Support Assistance Management (SAM)", "대응 지원 관리", "SAM-1").
		hours(HoursSeverityDependent, "SAM-3", "SAM-4", "D-SEV-1").
		note("Success Management services are used for the support assistance management of all support requests", "SAM-2").
		note("Severity B and C: during business hours, with escalation updates on request", "SAM-3").
		note("Severity 1 and A: an enhanced escalation process starts automatically", "SAM-4").
		note("The assigned Microsoft resource drives technical progress and gives status updates and action plans", "SAM-5").
		note("Extra hours outside business hours can be bought (Support Assistance Management add-on)", "SAM-6", "SAMX-1").
		note("Severity levels are those of the Appendix A chart", "SAM-7", "AMB-31")
	c[RootCauseAnalysis] = reactive(RootCauseAnalysis, MarkingPurchasable,
		"Root Cause Analysis (RCA)", "근본 원인 분석", "RCA-1").
		speaks(mustLanguages(lang.BestEffortDeliveryLocation, language.English), "TERM-4", "D-LANG").
		hours(HoursNotStated).
		serves(LocationsDesignated, "MC-11", "AMB-30").
		note("Only when explicitly requested before the incident is closed; one incident or a series of related problems", "RCA-2").
		note("The customer provides log files, network traces and other diagnostic output", "RCA-3").
		note("Only for specific Microsoft technologies; additional cost may apply", "RCA-4", "AMB-44")
	c[SupportAssistanceAddOn] = reactive(SupportAssistanceAddOn, MarkingPurchasable,
		"Support Assistance Management add-on (additional hours)", "대응 지원 관리 추가 기능", "SAMX-1").
		deliver(DeliveryRemote, remoteOnly, "SAMX-2", "REACT-3").
		hours(HoursBusiness, "SAMX-2", "SAM-6").
		speaks(mustLanguages(lang.BestEffortContactLanguage, language.English), "SAMX-3", "D-LANG").
		sold([]Unit{UnitHours}, "SAMX-1").
		note("Additional hours of support assistance management", "SAMX-1").
		note("Remote, during the business hours of a time zone agreed in writing", "SAMX-2").
		note("In English; where possible, in the language of the customer's contacts", "SAMX-3").
		note("Subject to Microsoft resource availability", "SAMX-4")

	// Table 10 — Success Management (CAT-9).
	c[SuccessManagement] = base(SuccessManagement, CategorySuccessManagement, MarkingIncluded,
		"Success Management services", "성공 관리 서비스", "SM-1", "SMB-1").
		deliver(DeliveryRemote, remoteOrOnsite, "SM-3", "SMB-3", "TERM-1", "AMB-46").
		flexUse(FlexIneligible, "FLEX-5", "D-FLEX-3").
		serves(LocationsDesignated, "MC-6").
		note("Included in the contract unless this agreement or the Work Order says otherwise", "SM-1", "SMB-1").
		note("Delivered digitally or by a Customer Success Account Manager (CSAM)", "SM-2", "SMB-2").
		note("Resources work remotely or onsite at the customer's location", "SM-3", "SMB-3").
		note("Activities and outcomes in Appendix B: solution health, adoption and planning, executive partnership", "SM-4", "SMB-4", "SMB-5", "SMB-6").
		note("Flex Allowance cannot pay for Success Management or service delivery management", "FLEX-5", "D-FLEX-3")
	c[SuccessManagement].rules[FactCategory] = c[SuccessManagement].rules[FactCategory].With("SVC-1")

	// Table 11 — Enhanced Solutions (CAT-10, ENH-1..3).
	c[EnhancedDesignatedEngineering] = enhanced(EnhancedDesignatedEngineering, MarkingPurchasable,
		"Enhanced Designated Engineering (EDE)", "고급 전담 엔지니어링(EDE)", "EDE-1").
		deliver(DeliveryRemote, remoteOrOnsite, "EDE-12").
		hours(HoursBusiness, "EDE-9", "D-CAL").
		needs(DependenceStated, PrerequisitesOf(NeedsUnifiedContract), "EDE-8", "D-TERM-3").
		sold([]Unit{UnitHours, UnitService}, "EDE-2", "EDE-3").
		serves(LocationsSingle, "EDE-11", "EDE-7", "AMB-34").
		note("Bought as a predefined offering or as custom blocks of hours for scoped proactive delivery", "EDE-2").
		note("Hours used and delivered are deducted from the hours purchased", "EDE-3", "AMB-43").
		note("Predefined offerings include the essential predefined proactive services by default", "EDE-4").
		note("Six focus areas: performance, support deliverables, deployment and operations alignment, IT staff skills, incident prevention and availability, recurring root causes", "EDE-5").
		note("Resources are allocated and prioritised at the kickoff meeting and documented in the service delivery plan", "EDE-6").
		note("Multi-country customers assign EDE to a contract location before the service delivery plan", "EDE-7", "AMB-34").
		note("Needs a current Unified Support contract; terminates on the date that contract expires or is terminated", "EDE-8", "D-TERM-3").
		note("Business hours, 09:00-17:30 local time, excluding weekends and public holidays", "EDE-9", "D-CAL").
		note("Only the Microsoft products and technologies the customer selected and listed in the Work Order", "EDE-10").
		note("Delivered to a single support location among those the Work Order designates", "EDE-11").
		note("Remote unless agreed otherwise in writing in advance; onsite travel and expenses invoiced afterwards", "EDE-12", "AMB-33")
	c[ReactiveEnhancedDesignatedEngineering] = enhanced(ReactiveEnhancedDesignatedEngineering, MarkingPurchasable,
		"Reactive Enhanced Designated Engineering (REDE)", "REDE(Reactive Enhanced Designated Engineering)").
		markedBy(MarkingPurchasable, true, "MARK-5", "REDE-1", "D-MARK", "AMB-26", "ENH-3").
		deliver(DeliveryRemote, remoteOrOnsite, "REDE-17").
		hours(HoursBusiness, "REDE-15", "D-CAL").
		needs(DependenceStated, PrerequisitesOf(NeedsUnifiedContract), "REDE-13", "D-TERM-3").
		sold([]Unit{UnitHours}, "REDE-4").
		serves(LocationsPurchased, "REDE-16", "AMB-34").
		note("No marking is printed; treated as + and flagged as inferred", "REDE-1", "MARK-5", "D-MARK").
		note("Only reactive incidents on the Microsoft products and online services named in the Work Order", "REDE-2").
		note("Delivered by a designated engineer, assigned in addition to the technical resolution resources", "REDE-3", "REDE-14").
		note("Hours used and delivered are deducted from the REDE hours purchased", "REDE-4", "AMB-43").
		note("An initial meeting sets priorities, documented in the service delivery plan", "REDE-5").
		note("Takes part in Severity 1 and A incidents automatically, in other severities on customer request", "REDE-6", "REDE-7").
		note("Coordinates with success and service delivery management, support assistance management and other Microsoft resources", "REDE-8").
		note("Builds knowledge of the environment and supplies advanced troubleshooting and debugging", "REDE-9").
		note("Where available, root cause analysis of critical business impact incidents, with mitigations", "REDE-10").
		note("May bring in additional technical resources; on request, performs agreed proactive services", "REDE-11", "REDE-12").
		note("Needs a signed and maintained Unified Support contract; terminates on the date that contract ends", "REDE-13", "D-TERM-3").
		note("Business hours, 09:00-17:30 local time, excluding weekends and public holidays", "REDE-15", "D-CAL").
		note("Delivered to the support location(s) for which it was bought", "REDE-16").
		note("Remote unless agreed otherwise in writing in advance; onsite travel and expenses invoiced afterwards", "REDE-17", "AMB-33").
		note("Does not change the response times of other support offerings", "REDE-18", "D-SEV-3").
		note("Service may be delayed or degraded when the customer misses its obligations", "REDE-19", "REDE-20")
	uer := enhanced(UnifiedEnhancedResponse, MarkingPurchasable,
		"Unified Enhanced Response (UER)", "통합 고급 대응", "UER-1").
		deliver(DeliveryRemote, remoteOnly, "UER-17", "UER-20", "UER-24").
		hours(Hours24x7, "UER-7", "UER-9").
		speaks(mustLanguages(lang.BestEffortDeliveryLocation, language.English), "TERM-4", "D-LANG").
		needs(DependenceByDecision, PrerequisitesOf(NeedsUnifiedContract), "UER-4", "D-TERM-3", "AMB-28").
		serves(LocationsHostCoversAll, "UER-23", "UER-24", "D-UER", "AMB-11")
	c[UnifiedEnhancedResponse] = uer.
		note("Fast routing of all critical-situation incidents for Microsoft products and cloud services, by a designated incident management team", "UER-2", "UER-3").
		note("Bought with a Unified Enterprise base contract or added at any time during an active one", "UER-4").
		note("Incidents are submitted by phone or web; Severity 1 and A are routed automatically with enhanced response times", "UER-5", "UER-6").
		note("A designated resource pool oversees critical incidents, in addition to the technical resolution resources", "UER-8").
		note("Root cause analysis is not included; it can be requested during the incident through the CSAM or the EIM team, for specific technologies, possibly at extra cost", "UER-11", "UER-12", "UER-13").
		note("Root cause analysis starts only if explicitly requested before the incident is closed; the customer supplies logs and traces", "UER-14", "UER-15").
		note("The customer provides documentation and takes part in onboarding during the first 60 days", "UER-16", "D-AED-3").
		note("Included hours fund onboarding, quarterly meetings and Severity 1 post-incident reviews; more hours can be bought", "UER-21", "UER-22", "AMB-43").
		note("Host-allocated success and service delivery management hours, managed by the host CSAM", "UER-25").
		note("Response commitments in the Appendix A UER chart", "UER-26").
		note("Its Enhanced Incident Management is guaranteed in English, Chinese and Japanese, other languages best effort; the rest of UER follows TERM-4", "UER-18", "TERM-4", "D-LANG")
	c[EnhancedIncidentManagement] = partOf(uer, EnhancedIncidentManagement,
		"Enhanced Incident Management (EIM)", "고급 인시던트 관리", "UER-7").
		speaks(mustLanguages(lang.BestEffortDeliveryLocation, language.English, language.Chinese, language.Japanese), "UER-18", "TERM-4", "D-LANG").
		note("24x7 for every Severity 1 and Severity A Problem Resolution Support request", "UER-7").
		note("Reachable directly by email 24x7, with frequent status and escalation updates and action plans", "UER-9").
		note("An incident handling review with the customer after every Severity 1 incident", "UER-10").
		note("Resources work remotely", "UER-17").
		note("Offered in English, Chinese and Japanese; with no \"only\" in the text, other languages, Korean among them, are best effort under TERM-4", "UER-18", "TERM-4", "D-LANG").
		note("Not available through geographically restricted, citizenship-restricted or security-cleared resources", "UER-19", "AMB-37")
	c[RapidResponse] = enhanced(RapidResponse, MarkingPurchasable,
		"Rapid Response", "신속 대응", "RR-1").
		deliver(DeliveryRemote, remoteOnly, "REACT-3", "TERM-2").
		hours(Hours24x7, "RR-5").
		speaks(mustLanguages(lang.BestEffortNone, language.English, language.Japanese), "RR-9", "SEV-RR-10", "D-LANG", "AMB-16").
		note("The customer's Microsoft Azure components only", "RR-2").
		note("Incidents are submitted through the relevant cloud services portal and routed directly to Rapid Response engineers", "RR-3", "RR-4").
		note("The Rapid Response team keeps primary responsibility 24x7x365", "RR-5").
		note("Its response times override the Base Package's for Azure components", "RR-6", "D-SEV-3").
		note("Does not cover Azure Media Services, Azure Stack, Azure StorSimple, GitHub AE, Universal Print, Test Base for M365, Microsoft Mesh", "RR-7", "D-SEV-4").
		note("Purchase is subject to resource availability", "RR-8").
		note("Response commitments in the Appendix A Rapid Response chart, which is truncated", "RR-10", "D-SEV-2")
	c[AzureEventManagement] = enhanced(AzureEventManagement, MarkingPurchasable,
		"Microsoft Azure Event Management (AEM)", "Microsoft Azure 이벤트 관리(AEM)", "AEM-1").
		hours(Hours24x7, "AEM-4").
		speaks(mustLanguages(lang.BestEffortNone, language.English), "AEM-20", "SEV-AEM-10", "D-LANG").
		needs(DependenceNone, PrerequisitesOf(NeedsAzurePublicCloud), "AEM-17", "AEM-18", "TERM-7").
		sold([]Unit{UnitEvents}, "AEM-11", "AEM-12", "D-AEM").
		note("Enhanced proactive and reactive support during planned critical business events", "AEM-2", "AEM-5").
		note("Before the event: capacity and resiliency review; identified risks communicated in writing", "AEM-3").
		note("24x7 support during the event support period", "AEM-4").
		note("One event covers exactly one Azure solution, scoped before the event; more solutions may need more events", "AEM-6", "AEM-7", "AEM-8", "AEM-9").
		note("Microsoft may tailor support to the complexity and volume of the workloads", "AEM-10").
		note("One event covers at most 5 consecutive calendar days; expected events = solutions × ceil(days ÷ 5)", "AEM-11", "AEM-12", "D-AEM").
		note("Subject to resource availability", "AEM-13").
		note("Written confirmation at least 42 calendar days before the start; shorter notice needs Microsoft's agreement and may reduce the pre-event assessment", "AEM-14", "AEM-15", "D-AEM").
		note("May be cancelled if the customer cannot provide adequate resources or responses", "AEM-16").
		note("Azure public cloud only; not for Azure Government or sovereign clouds", "AEM-17", "AEM-18").
		note("Cannot meet citizenship- or residency-restricted access requirements", "AEM-19", "AMB-37").
		note("English only", "AEM-20").
		note("Incidents during the event through the Azure portal with \"AEM\" in the case description; Appendix A AEM chart", "SEV-AEM-1", "AEM-21")
	c[O365EngineeringDirect] = enhanced(O365EngineeringDirect, MarkingPurchasable,
		"Office 365 Engineering Direct", "O365 Engineering Direct", "O365ED-1").
		note("Enhanced support for Office 365 production tenants or a tenant's core workloads", "O365ED-2").
		note("Priority access to the Office 365 engineering team", "O365ED-3").
		note("For an additional fee, only for the tenants listed in an exhibit referenced by the Work Order", "O365ED-4")
	c[DeveloperSupport] = enhanced(DeveloperSupport, MarkingPurchasableLimited,
		"Developer Support", "개발자 지원", "DEV-1").
		note("Can be bought up to a maximum quantity, which the Work Order must state (none is in the document)", "DEV-1", "D-MARK", "AMB-27").
		note("Proactive support for customer developers across the application development lifecycle", "DEV-2").
		note("Available for an additional fee", "DEV-3")
	c[GitHubEngineeringDirect] = enhanced(GitHubEngineeringDirect, MarkingPurchasable,
		"GitHub Engineering Direct", "GitHub Engineering Direct", "GHED-1").
		note("Priority access to a designated GitHub support team and a named Customer Reliability Engineer", "GHED-2").
		note("Quarterly reviews with proactive guidance from health checks and ticket analysis", "GHED-3").
		note("Provided by GitHub, Inc.; GitHub's privacy, data protection and security terms prevail over the Work Order", "GHED-4", "TERM-19")
	c[SupportForMissionCritical] = enhanced(SupportForMissionCritical, MarkingPurchasable,
		"Support for Mission Critical (SfMC)", "필수 임무에 대한 지원", "SFMC-1").
		needs(DependenceStated, PrerequisitesOf(NeedsUnifiedContract), "SFMC-4", "D-TERM-3").
		note("A defined set of Microsoft products and online services forming a mission-critical solution, as the Work Order specifies", "SFMC-2").
		note("A customised support program at additional cost, defined in an exhibit", "SFMC-3").
		note("Needs a current Unified Support contract; terminates on the date that contract expires or is terminated", "SFMC-4", "D-TERM-3")
	aed := enhanced(AzureEngineeringDirect, MarkingPurchasable,
		"Azure Engineering Direct (AED)", "Azure Engineering Direct(AED)", "AED-1").
		deliver(DeliveryRemote, remoteOrOnsite, "AED-41").
		speaks(mustLanguages(lang.BestEffortNone, language.English), "AED-40", "D-LANG").
		needs(DependenceByDecision, PrerequisitesOf(NeedsUnifiedContract, NeedsRapidResponse), "AED-39", "D-TERM-3", "AMB-35")
	c[AzureEngineeringDirect] = aed.
		note("Enhanced support for the Azure production environment, with priority access to Azure service engineering", "AED-2").
		note("Registered Subscriptions only: licensed, commercially released, generally available, bought by the customer or affiliates at support start", "AED-3", "AMB-36").
		note("Tiered fee on annual Assessed Product Spend; the tiers are not in the document and are not computed", "AED-4", "AED-47", "AMB-25").
		note("Extended Capabilities Customer for the whole term at ≥ 60,000,000 USD Assessed Product Spend at signing, or by paying the cap price; others get the all-customer capabilities only", "AED-5", "AED-6", "D-AED-1").
		note("The first 60 days are limited to onboarding and discovery; the customer provides documentation and takes part", "AED-7", "AED-8", "AED-9", "D-AED-3").
		note("Out of scope, among others: US Gov Clouds, Azure StorSimple, GitHub AE, Azure Communication Services, billing and subscription management, A40, Azure Media Services, Azure Stack, Test Base for M365, Microsoft Mesh, Universal Print", "AED-10", "D-SEV-4").
		note("Reactive cases go through Problem Resolution Support with standard response times and the Work Order's severity definitions", "AED-11", "AED-12", "D-SEV-3").
		note("Azure Rapid Response engineers respond first and escalate to AED incidents affecting only the Registered Subscriptions", "AED-13", "AED-14").
		note("Business outcome acceleration: activities that speed up time to value", "AED-22").
		note("Delivery depends on the customer's cooperation and timely completion of its responsibilities; rights need compliance with the Work Order and the AED exhibit", "AED-38", "AED-44").
		note("Needs an active Unified (Enterprise Support) plan and an Azure Rapid Response contract throughout", "AED-39", "D-TERM-3").
		note("English only", "AED-40").
		note("Remote unless agreed otherwise in writing; travel charged when an onsite visit was not prepaid", "AED-41", "AMB-33").
		note("Cannot prioritise this customer's restoration in incidents affecting a wider part of Azure", "AED-42").
		note("Does not cover on-premises technologies, user devices, Microsoft client software, identity and authentication technologies", "AED-43").
		note("For internal business purposes only; not provided to the customer's customers", "AED-45", "TERM-17").
		note("No support for non-Microsoft code or customised code", "AED-46")
	// AED's ten capabilities come in the document's three groups, each a
	// heading over bullets (seed lines 1485-1728): the direct engineering
	// interface (직접 엔지니어링 인터페이스, AED-15) and business outcome
	// acceleration (비즈니스 성과 가속화, AED-22) for all AED customers, and
	// the extended capabilities (확장 기능, AED-27) for Extended Capabilities
	// Customers only. A heading is never a capability's name; each
	// capability's first constraint names its group.
	type group struct {
		text     string
		extended bool
		rules    []rule.ID
	}
	interfaceGroup := group{"Group: direct engineering interface (직접 엔지니어링 인터페이스), for all AED customers: expedites urgent needs through engineering", false, []rule.ID{"AED-15"}}
	outcomeGroup := group{"Group: business outcome acceleration (비즈니스 성과 가속화), for all AED customers: activities that speed up time to value", false, []rule.ID{"AED-22"}}
	extendedGroup := group{"Group: extended capabilities (확장 기능), for Extended Capabilities Customers named in the Work Order only", true, []rule.ID{"AED-27", "D-AED-1"}}
	capability := func(id ServiceID, g group, en, ko string, ids ...rule.ID) entry {
		e := partOf(aed, id, en, ko, ids...).note(g.text, g.rules...)
		if g.extended {
			e = e.needs(DependenceParent,
				PrerequisitesOf(NeedsUnifiedContract, NeedsRapidResponse, NeedsExtendedCapabilities),
				"AED-27", "AED-5", "D-AED-1", "AED-39", "D-TERM-3")
		}
		return e
	}
	c[AEDEngineeringInterface] = capability(AEDEngineeringInterface, interfaceGroup,
		"Azure engineering support", "Azure 엔지니어링의 지원", "AED-15").
		note("Works with the customer's cloud operations team on projects within the Registered Subscriptions", "AED-15")
	c[AEDCrisisManagement] = capability(AEDCrisisManagement, interfaceGroup,
		"Engineering-led crisis management", "엔지니어링 주도 위기 관리", "AED-16").
		hours(Hours24x7, "AED-16").
		note("24x7 with Azure service teams, for incidents escalated by Rapid Response engineers within the Rapid Response contract's scope", "AED-16")
	c[AEDProblemManagement] = capability(AEDProblemManagement, interfaceGroup,
		"Problem management orchestration (extended RCA)", "문제 관리 오케스트레이션", "AED-17").
		note("Prevents critical incidents from recurring; extends the root cause analysis service", "AED-17").
		note("Requested explicitly within 7 calendar days after incident closure; own products and subscriptions only", "AED-18", "D-AED-2", "AMB-13").
		note("The customer provides logs, network traces and other diagnostic output", "AED-19").
		note("Only for production-impacting incidents, requested through the aligned AED engineer", "AED-20").
		note("Delivered within 10 business days after the later of the request and the mitigation", "AED-21", "D-AED-2")
	c[AEDServiceImprovementPlans] = capability(AEDServiceImprovementPlans, outcomeGroup,
		"Proactive Service Improvement Plans (SIP)", "대비 서비스 개선 계획 제공", "AED-23").
		note("Trend analysis and recommendations; at most 2 plans per 12-month period from the AED start, no carry-over", "AED-23", "D-AED-3", "AMB-24")
	c[AEDCriticalProjectSupport] = capability(AEDCriticalProjectSupport, outcomeGroup,
		"Critical project support", "고객의 중요한 프로젝트 지원", "AED-24").
		note("Helps critical projects launch on schedule across the Registered Subscriptions", "AED-24")
	c[AEDInsights] = capability(AEDInsights, outcomeGroup,
		"Actionable insights and knowledge sharing", "실행 가능한 인사이트를 도출하고 Azure 제공 팀 전반에서 고객 지식과 전문성 강화", "AED-25").
		note("Educates Azure support delivery teams on the customer's business and technical needs", "AED-25")
	c[AEDAdvisoryFeedback] = capability(AEDAdvisoryFeedback, outcomeGroup,
		"Customer advisory feedback", "고객 자문 의견", "AED-26").
		note("After activation, the Azure CXP team sets up feedback channels through the CSAM", "AED-26")
	c[AEDPlatformMonitoring] = capability(AEDPlatformMonitoring, extendedGroup,
		"Platform monitoring", "플랫폼 모니터링", "AED-28").
		hours(Hours24x7, "AED-34").
		note("Monitors on internal telemetry of 20+ Azure services; some services may be excluded, the list on request", "AED-28", "AED-29").
		note("At most 7 agreed monitoring scenarios, defined during the 60-day onboarding with the customer's full participation", "AED-30", "AED-32", "D-AED-3").
		note("Telemetry and thresholds are confidential and not shared", "AED-31").
		note("Monitors ready for testing within 30 days after onboarding ends", "AED-33", "D-AED-3").
		note("24x7 response and triage once testing is complete and Microsoft declares the monitors operational; the customer is asked to open a PRS case", "AED-34", "AED-35")
	c[AEDOutageHandling] = capability(AEDOutageHandling, extendedGroup,
		"Platform outage handling", "플랫폼 중단 처리", "AED-36").
		note("During Azure-declared multi-customer outages: tailored communications, help with self-mitigation such as failover", "AED-36")
	c[AEDKnowMe] = capability(AEDKnowMe, extendedGroup,
		"Global Know-Me support for engineering crisis management", "엔지니어링 위기 관리를 위한 글로벌 Know-Me 지원", "AED-37").
		hours(HoursBeyondBusiness, "AED-37").
		note("Crisis management coverage beyond base business hours", "AED-37")
	c[CybersecurityIncidentResponse] = enhanced(CybersecurityIncidentResponse, MarkingPurchasable,
		"Microsoft Cybersecurity Incident Response (MSCIR)", "Microsoft 사이버 보안 인시던트 대응(MSCIR)", "MSCIR-1").
		needs(DependenceByDecision, PrerequisitesOf(NeedsUnifiedContract), "MSCIR-3", "D-TERM-3", "AMB-28").
		note("Global investigation and guidance to scope a cyberattack, build resilience and protect against attacks", "MSCIR-2").
		note("Not part of the base package: a separate add-on to an existing Unified Support contract", "MSCIR-3").
		note("The engagement's scope is defined with the customer when an incident occurs", "MSCIR-4").
		note("In urgent situations work may start before purchase; the customer then executes the MSCIR agreement promptly, pays as invoiced and bears the risk", "MSCIR-5", "MSCIR-6", "AMB-32").
		note("Pricing and scope through the CSAM", "MSCIR-7")
	return c
}
