// Package enhanced holds the date and cap rules of the Enhanced Solutions of
// §2.4 (table 11) of the Microsoft Unified Enterprise Support Services
// Description, one file per solution family. The services themselves are
// package catalogue's facts; the Work Order that buys them and its
// validation are package contract's. This package computes what the
// document says about their dates, windows and quantities.
//
// # Rule families
//
//   - EDE, REDE (ede.go): [HourBlock], hours deducted as used (EDE-3,
//     REDE-4).
//   - UER (uer.go): which locations a Unified Enhanced Response purchase
//     covers, at all ([UERCoverage]) or on a day ([UERCoverageOn]): a line
//     added during the term covers from its start date (UER-4, UER-23..25,
//     MC-12, D-UER, D-TERM-3).
//   - AEM (aem.go): [PlanAEM], [AEMPlan.Validate], [AEMPlan.EventSpans],
//     [CheckAEMEvent] (AEM-7..15, D-AEM).
//   - AED (aed.go): Service Improvement Plans and monitoring scenarios,
//     [CheckSIPRequest], [CheckMonitoringScenarios] (AED-23, AED-26,
//     AED-31, D-AED-1). The Extended Capabilities status is the Work
//     Order's (contract.ExtendedCapabilities).
//   - RCA (rca.go): root cause analysis windows, the base service's and
//     UER's ([RCARequest], the module's one implementation of RCA-2, UER-12,
//     UER-14; an open incident may still ask for one) and AED's extended
//     one, only for a production-impacting incident requested through the
//     aligned AED engineer ([AEDRootCauseAnalysis], AED-18, AED-20,
//     AED-21, D-AED-2).
//   - Onboarding (onboarding.go): the first 60 days of UER and AED,
//     [NewOnboarding], [OnboardingOf], and AED's limit to onboarding and
//     discovery in them, [Onboarding.CheckActivity] (UER-16, AED-7, AED-8,
//     AED-33, D-AED-3).
//   - MSCIR (mscir.go): an urgent start before the MSCIR agreement and what
//     it binds the customer to, [NewMSCIREarlyStart] (MSCIR-5, MSCIR-6,
//     AMB-32).
//
// Every yes/no answer is a [rule.Verdict], alone or inside a richer result
// ([LocationCover]). A missing business calendar is an error wrapping
// [calendar.ErrNoCalendar]; invalid enumeration values wrap
// [contract.ErrInvalidEnum]. Every result type has a JSON form in the
// module's convention that reads back equal.
//
// All values of the package are immutable and safe for concurrent use.
package enhanced
