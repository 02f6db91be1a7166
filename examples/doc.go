// Package examples holds the end-to-end scenarios of the module: realistic
// stories for one sample customer, each chaining several packages and
// printing every decision together with the rule IDs that made it (the
// Rules field of each result), so that a reader can follow an answer back
// to the clause of the Unified Enterprise Support Services Description
// that decided it.
//
// The package has no API. Each scenario is a testable example in a file of
// its own (a whole-file example: godoc shows the file with its imports and
// helpers, ready to copy), and nothing imports this package. Run them all,
// checking every printed line against its // Output: block, with
//
//	go test ./examples/
//
// or one of them with, for example,
//
//	go test -run Example_lateCancellation -v ./examples/
//
// The README's main command, go run ./examples/tour, is a separate program
// in examples/tour that walks through every package once.
//
// # The sample customer
//
// Every scenario serves Contoso Korea, whose Work Order runs from
// 2026-01-01 to 2028-12-31. Both dates are included: the last day of the
// term is 2028-12-31 and unused services are forfeited from the first
// instant of 2029-01-01 (TERM-7, D-TERM-2); as a half-open
// calendar.Period the term is [2026-01-01, 2029-01-01). Its support
// locations are
//
//   - Seoul, the host: Korea, Asia/Seoul, KRW, business hours from
//     calendar/kr (09:00-17:30 on weekdays, minus Korea's public holidays);
//   - Tokyo, a downstream location: Japan, Asia/Tokyo, JPY.
//
// Its Base Package carries a Flex Allowance of 300,000 USD per contract
// year. Prices, credit rates and currency rates (one Proactive Credit at
// 5,000,000 KRW in Seoul and 600,000 JPY in Tokyo, 0.1083 JPY per KRW) are
// invented for the stories; the contract leaves them to the Microsoft
// representative (CRED-2, MC-16). Example_multicountryCredits adds a third
// location, Jakarta, which its Work Order marks as an exception country.
//
// # The scenarios
//
//   - Example_incidentLifecycle: a Severity B incident opened in Seoul on
//     the eve of 추석 2026, its first-response deadline on Seoul's
//     business hours, the customer's duties, its escalation to Severity 1
//     under Unified Enhanced Response (D-SEV-6), the first response, and a
//     Root Cause Analysis requested before closure (RCA-2).
//   - Example_lateCancellation: two workshops paid with Proactive
//     Credits, one cancelled 10 days and one 3 days before it starts; the
//     cancellation fees of §2.6 taken in credits, the rest restored
//     (D-CANCEL), and the ledger replayed as an auditor would.
//   - Example_flexPlan: three contract years of Flex Allowance allocated
//     at contract execution (D-FLEX-2), the credits cap (D-FLEX-1),
//     Success Management refused (D-FLEX-3), the forfeited remainder, and
//     the Proactive Credits bought with Flex opening a credits ledger that
//     expires with its contract year.
//   - Example_multicountryCredits: Proactive Credits exchanged from Seoul
//     (KRW) to Tokyo (JPY) and spent there, an exchange with an exception
//     country refused (MC-18), and where three services may be delivered
//     (§2.5).
//   - Example_workOrderReview: a draft Work Order validated, every
//     violation with its rules, the draft fixed, and the fixed Work
//     Order's key dates: the request deadline (D-TERM-1), onboarding
//     windows (D-AED-3), co-terminated add-ons (D-TERM-3) and an AED root
//     cause analysis due date (D-AED-2).
//   - Example_azureEventManagement: Azure Event Management for Contoso's
//     설날 sale: availability (AEM-17), the events to buy (D-AEM), and two
//     incidents during the event, each chart's target and the one that
//     wins (D-SEV-2, D-SEV-3), the AEM row's extras and the languages each
//     plan guarantees (D-LANG).
//   - Example_otherCountryHolidays: the Tokyo location's business calendar
//     built from a plain list of Japan's 2026 public holidays (no holiday
//     library needed), and the same Severity B incident falling due on
//     different days in Seoul and Tokyo (D-CAL).
//
// # Conventions
//
// The scenarios follow the module's rules for examples: fixed dates and
// named IANA zones (loaded with [time.LoadLocation], with the time zone
// database linked in through time/tzdata so the output does not depend on
// the host), exact decimal money built from strings, no float64, no
// time.Now and no time.Local, and every error handled. Money is printed with
// a fixed number of places; exact credit values (price ÷ rate before
// rounding) as they are.
//
// # Contract coverage
//
// The package encodes no rule of its own. Its scenarios exercise §2.2 Flex
// Allowance, §2.3 tables 8 and 9 (Proactive Credits, Root Cause Analysis),
// §2.4 (Unified Enhanced Response, Rapid Response, Azure Event Management,
// Azure Engineering Direct), §2.5 multi-country support, §2.6 (term,
// forfeiture, cancellation), §2.7 customer responsibilities and the four
// charts of Appendix A, through the packages that encode them.
package examples
