// Package contract is the vocabulary of the Microsoft Unified Enterprise
// Support Services Description: rule citations, the service catalogue, the
// obligations it puts on the customer, the Work Order and the term rules.
// The other packages of the module (severity, flex, credits, cancellation,
// multicountry) take their service IDs, plans and terms from here.
//
// # Edition
//
// The module encodes the Korean edition of the Microsoft Unified Enterprise
// Support Services Description (통합 엔터프라이즈 지원 서비스 설명서), the seed
// file unified-enterprise-support-services-description.ko.txt. No English
// original was available; where the Korean is ambiguous, cut off or
// self-contradictory, the binding decisions (D-…) of RULES.md are
// implemented and named in an "Interpretation:" paragraph. Services and
// their availability may change between editions and regions (DOC-2,
// DOC-3): the catalogue is this edition's, and [Service.UnmarshalJSON]
// rejects data that disagrees with it.
//
// # Citations
//
// Every rule of the document has an ID in RULES.md, such as "DE-2" or
// "D-TERM-3", represented by [rule.ID]. Results and catalogue facts carry the
// IDs that decided them in a [Rules] value, so a caller can explain an
// answer: [Service.Rules] gives the rules behind each [Fact] of a service and
// [Service.Constraints] the per-service constraints with theirs. The doc
// comment of every rule-bearing name ends with a line such as
//
//	Rules DE-2, EDE-8, D-TERM-3 (§2.3, §2.4).
//
// and tests name the IDs they check, so that grep finds a rule, its code
// and its tests.
//
// # Values
//
// All values of the package are immutable and safe for concurrent use. The
// catalogue is unexported read-only data: [Lookup] and [All] hand out
// [Service] handles whose accessors return copies.
//
// # Contract coverage
//
// The package covers these sections of the document. Each identifier's doc
// comment names its rules; RULES.md's "Full service catalogue" is
// transcribed entry by entry and tested row by row.
//
//   - §1 About this document (DOC): the catalogue is this edition's
//     ([Lookup], [All]); availability by region (DOC-2, TERM-12) is the
//     caller's data, checked by [WorkOrder.CheckAvailability].
//   - §2 Introduction (SVC): the kinds of support service, [Kind];
//     reactive services 24x7 ([Coverage24x7]).
//   - §2.1 How to buy, table 1 (BUY): [Package], [Packages],
//     [Service.Package].
//   - §2.2 Flex Allowance (FLEX): only as a hint, [Service.Flex] and
//     [FlexUse]; package flex owns the rules.
//   - §2.3 markings, delivery and categories (MARK, PRO, CAT) and tables 2–10
//     (PLAN, IMPL, MAINT, OPT, EDU, APRO, DE, CRED, REACT, ADV, PRS, SAM, RCA,
//     SAMX, SM): [Service], [Marking], [Category], [DeliveryMode],
//     [DeliveryModes], [Coverage], [LanguagePolicy], [Prerequisite],
//     [Dependence], [Unit], [Locations], [Constraint]. Credit arithmetic
//     (CRED-2, CRED-3) is in package credits; [NewAssessmentSupport] caps
//     On-demand Assessment's resource days (MAINT-5).
//   - §2.4 Enhanced Solutions, table 11 (ENH, EDE, REDE, UER, RR, AEM,
//     O365ED, DEV, GHED, SFMC, AED, MSCIR): the catalogue entries, with UER's
//     Enhanced Incident Management and AED's ten capabilities as parts; the
//     rules of dates and quantities: [HourBlock] (EDE-3, REDE-4),
//     [WorkOrder.UERCoverage] (UER-23, D-UER), [PlanAEM], [CheckAEMEvent],
//     [WorkOrder.AEMAvailable] (D-AEM), [ExtendedCapabilities],
//     [WorkOrder.AEDEligibility] (D-AED-1), [AEDRootCauseAnalysis]
//     (D-AED-2), [CheckSIPRequest], [CheckMonitoringScenarios],
//     [NewOnboarding], [WorkOrder.Onboarding] (D-AED-3).
//   - §2.5 Multi-country support (MC): the support locations of a Work Order
//     and their roles, [Location], [Role], [WorkOrder.Host]; package
//     multicountry owns delivery and credit exchange.
//   - §2.6 Other terms (TERM): [Term], [Term.Forfeiture] (TERM-7, D-TERM-2),
//     [Term.CheckRequest] (D-TERM-1), [CoTerminate] and
//     [WorkOrder.EffectiveTerm] (D-TERM-3). Cancellation fees (CANCEL) are in
//     package cancellation.
//   - §2.7 Customer responsibilities (RESP) and the per-service duties and
//     exclusions: [Obligations], [ObligationsOf], [Exclusions],
//     [WorkOrder.Obligations] and [WorkOrder.Exclusions] for a whole Work
//     Order, [Obligation], [Exclusion], [Condition].
//   - The Work Order itself: [WorkOrder], [Purchase], [Contact],
//     [WorkOrder.Validate] and [WorkOrder.Violations], which report every
//     [Violation] at once with its rules.
//   - Appendix A, the severity charts (SEV): package severity; the catalogue
//     only cites the charts each service refers to (PRS-10, UER-26, RR-10,
//     AEM-21).
//   - Appendix B, Success Management (SMB): [Activity], [Axis],
//     [Activities].
//
// Deliberately left out, because the document does not state them (AMB-44,
// AMB-25): AED fee tiers, the "+1" maximum (the Work Order states it,
// D-MARK), the minimum workshop registration, the regions where services,
// onsite delivery or workshop recording are restricted, and the included UER
// hours.
package contract
