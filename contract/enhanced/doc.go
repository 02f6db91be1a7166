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
//     covers, [UERCoverage] (UER-23..25, MC-12, D-UER).
//   - AEM (aem.go): [PlanAEM], [AEMPlan.EventSpans], [CheckAEMEvent]
//     (AEM-7..15, D-AEM).
//   - AED (aed.go): Service Improvement Plans and monitoring scenarios,
//     [CheckSIPRequest], [CheckMonitoringScenarios] (AED-23, AED-26,
//     AED-31, D-AED-1). The Extended Capabilities status is the Work
//     Order's (contract.ExtendedCapabilities).
//   - RCA (rca.go): root cause analysis windows, the base service's and
//     UER's (RCA-2, UER-12, UER-14) and AED's extended one
//     ([AEDRootCauseAnalysis], AED-18, AED-20, AED-21, D-AED-2).
//   - Onboarding (onboarding.go): the first 60 days of UER and AED,
//     [NewOnboarding], [OnboardingOf] (UER-16, AED-7, AED-33, D-AED-3).
//
// All values of the package are immutable and safe for concurrent use.
package enhanced
