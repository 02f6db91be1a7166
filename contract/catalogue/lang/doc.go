// Package lang holds the one language type of the module: the languages a
// service of the Microsoft Unified Enterprise Support Services Description
// is delivered in, as binding decision D-LANG reads the document — a
// guaranteed set of BCP 47 languages and a best-effort rule for the others.
//
// Package catalogue gives every service its [Policy] (Service.Languages);
// package severity reads the policies of the services that handle each
// Appendix A plan's incidents. This package knows nothing of services: it is
// the value type and its one rule, [Policy.Support].
//
// # Rule families
//
//   - D-LANG (AMB-16): [Policy], [Policy.Support].
//   - TERM-3, TERM-4, SAMX-3: the best-effort rules, [BestEffort].
//   - RR-9, AEM-20, AED-40: "only" in the text, [BestEffortNone].
//
// # Values
//
// Policies and the enums are small comparable values, immutable and safe
// for concurrent use. Every error wraps [ErrInvalid].
package lang
