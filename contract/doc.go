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
// "D-TERM-3", represented by [RuleID]. Results and catalogue facts carry the
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
// (The full coverage list lands with the catalogue's tests.)
package contract
