// Package contract is the Work Order of the Microsoft Unified Enterprise
// Support Services Description: what a customer buys, where, for how long,
// and the checks of the Work Order against the service catalogue (package
// catalogue) and the term rules. The other packages of the module
// (severity, flex, credits, cancellation, multicountry) take their Work
// Orders and terms from here.
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
// DOC-3): the catalogue is this edition's, and [catalogue.Service.UnmarshalJSON]
// rejects data that disagrees with it.
//
// # Citations
//
// Every rule of the document has an ID in RULES.md, such as "DE-2" or
// "D-TERM-3", represented by [rule.ID]. Results and catalogue facts carry the
// IDs that decided them in a [rule.Set] value, so a caller can explain an
// answer: [catalogue.Service.Rules] gives the rules behind each [catalogue.Fact] of a service and
// [catalogue.Service.Constraints] the per-service constraints with theirs. The doc
// comment of every rule-bearing name ends with a line such as
//
//	Rules DE-2, EDE-8, D-TERM-3 (§2.3, §2.4).
//
// and tests name the IDs they check, so that grep finds a rule, its code
// and its tests.
//
// # Values
//
// All values of the package are immutable and safe for concurrent use.
// Every amount carries its currency ([money.Amount]); a location's currency
// is a [currency.Unit], written in JSON as its ISO 4217 code ("KRW").
//
// # Time zone data
//
// A [Location] names its zone by IANA name ("Asia/Seoul"). The checks that
// need the zone itself ([WorkOrder.Validate], [WorkOrder.Violations],
// [Location.Validate], [Location.Zone]) resolve it with [time.LoadLocation]
// by default, which reads the zone database of the system (or of $ZONEINFO,
// or of the Go installation) and fails where there is none, such as in a
// minimal container. A service that wants no disk access, or ships its own
// zone data, passes [WithZones] with its own [calendar.ZoneResolver]; a main program
// may also import time/tzdata to embed the database in its binary. This
// package never imports time/tzdata itself, and never reads time.Local.
//
// # Rule families
//
// The service catalogue, its facts and their rules are package
// [github.com/supportrules/unified/contract/catalogue]'s; this package checks
// a Work Order against them:
//
//   - §2.4 Enhanced Solutions: the Work Order's prerequisites for them,
//     [ExtendedCapabilities] and [AEDEligibility] (AED-5, AED-27, D-AED-1)
//     and [AEMAvailable] (AEM-17, AEM-18). Their dates and caps are package
//     [github.com/supportrules/unified/contract/enhanced]'s.
//   - MAINT-5: On-demand Assessment's resource days, [NewAssessmentSupport].
//   - MC (§2.5): the support locations of a Work Order and their roles,
//     [Location], [Role], [WorkOrder.Host]; package multicountry owns
//     delivery and credit exchange.
//   - TERM (§2.6): [Term], [Term.Forfeiture] (TERM-7, D-TERM-2),
//     [Term.CheckRequest] (D-TERM-1, also checked by Validate), [CoTerminate] and
//     [WorkOrder.EffectiveTerm] (D-TERM-3); availability by region (DOC-2,
//     TERM-12), [WorkOrder.CheckAvailability]. Cancellation fees (CANCEL)
//     are in package cancellation.
//   - RESP (§2.7) for a whole Work Order: [WorkOrder.Obligations],
//     [WorkOrder.Exclusions].
//   - The Work Order itself: [WorkOrder], [Purchase], [Contact],
//     [WorkOrder.Validate] and [WorkOrder.Violations], which report every
//     [Violation] at once with its rules and field path (MARK, BUY, MC,
//     TERM, AED-4; CRED-1 and FLEX-1 for Proactive Credits stated twice;
//     RESP-14 and D-TERM-1 for a [Purchase.Requested] date).
//   - Appendix A, the severity charts (SEV): package severity.
package contract
