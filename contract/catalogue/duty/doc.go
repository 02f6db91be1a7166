// Package duty holds what the Microsoft Unified Enterprise Support Services
// Description says the customer owes, and what the services do not cover:
// the responsibilities of §2.7, the general terms of §2.5 and §2.6 that bind
// the customer, and the duties and exclusions that come with single services
// of tables 2–11 (providing logs for a Root Cause Analysis, RCA-3; Azure
// Government not covered by AEM, AEM-18).
//
// The services themselves, and the other facts about them, are package
// catalogue's; this package reads the catalogue to know which services are
// included in the Base Package and which service a part belongs to. Checks of
// a Work Order against these duties are package contract's.
//
// # Rule families
//
//   - RESP (§2.7): [Obligations] with no services, [Obligation], [Condition].
//   - TERM and MC duties of the customer (§2.5, §2.6): TERM-7, TERM-9,
//     TERM-10, TERM-11, TERM-16, TERM-18, TERM-20, MC-19.
//   - TERM exclusions: TERM-5, TERM-6, TERM-15, TERM-17 ([Exclusions]).
//   - Per-service duties and exclusions of §2.3 and §2.4 (RCA, REDE, AEM,
//     UER, RR, AED, MSCIR, DE, EDE, SFMC, ADV, PRS, …), cited on each entry.
//
// # Values
//
// Obligations and exclusions are plain comparable values; the lists are
// read-only data and every function returns a new slice. Errors wrap the
// catalogue's sentinels ([catalogue.ErrUnknownService],
// [catalogue.ErrInvalidEnum]).
package duty
