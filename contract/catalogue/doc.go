// Package catalogue holds the facts of the Microsoft Unified Enterprise
// Support Services Description about its services: tables 1–11,
// transcribed entry by entry from RULES.md's "Full service catalogue". It
// answers what a service is, never whether a particular Work Order may buy
// it: those checks are package contract's, above this one.
//
// Two lists of the document that are not entries of tables 2–11 have
// packages of their own beneath this one: what the customer owes and what
// the services exclude (§2.7 and the per-service duties) in package duty,
// and Appendix B's Success Management activities in package success.
//
// # Rule families
//
// The package owns the facts of these families and cites them on every
// entry ([Service.Rules], [Service.Constraints]):
//
//   - DOC (§1): the catalogue is this edition's ([Lookup], [All]);
//     [Service.UnmarshalJSON] rejects data that disagrees with it (DOC-2,
//     DOC-3).
//   - SVC (§2): the kinds of support service, [Kind]; reactive services
//     24x7 ([Hours24x7]).
//   - BUY (§2.1, table 1): [Package], [Packages], [Service.Package].
//   - FLEX-1, FLEX-8 (§2.2): which services the Flex Allowance may pay for,
//     [Service.Flex] and [FlexUse]; package flex owns the allowance rules.
//   - MARK, PRO, CAT (§2.3) and tables 2–10 (PLAN, IMPL, MAINT, OPT, EDU,
//     APRO, DE, CRED, REACT, ADV, PRS, SAM, RCA, SAMX, SM): [Service],
//     [Marking], [Category], [DeliveryMode], [DeliveryModes], [ServiceHours],
//     [Prerequisite], [Dependence], [Unit], [Locations], [Constraint].
//   - ENH, EDE, REDE, UER, RR, AEM, O365ED, DEV, GHED, SFMC, AED, MSCIR
//     (§2.4, table 11): the entries, with UER's Enhanced Incident Management
//     and AED's ten capabilities as parts. Their date and cap rules are
//     package enhanced's.
//   - TERM-3, TERM-4, D-LANG: the languages of each service,
//     [lang.Policy] (package lang, beneath this one, holds the one D-LANG type).
//
// Deliberately left out, because the document does not state them (AMB-44,
// AMB-25): AED fee tiers, the "+1" maximum (the Work Order states it,
// D-MARK), the minimum workshop registration, the regions where services,
// onsite delivery or workshop recording are restricted, and the included UER
// hours.
//
// # Values
//
// All values of the package are immutable and safe for concurrent use. The
// catalogue is unexported read-only data: [Lookup] and [All] hand out
// [Service] handles whose accessors return copies.
//
// Every enum of the package follows the module's one pattern (package
// internal/enum): String, IsValid, a case-insensitive Parse function,
// AppendText, MarshalText and UnmarshalText. Each zero value is documented:
// the zero [Unit] is [UnitService]; every other zero value means "not set",
// is not valid, has empty text and decodes from empty text.
package catalogue
