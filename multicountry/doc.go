// Package multicountry implements multi-country support (다국적 지원, §2.5
// of the Unified Enterprise Support Services Description): one customer's
// Unified Support across a host location and downstream locations, where
// each service may be delivered, the exchange of Proactive Credits between
// locations in different currencies, exception countries, the business
// calendar that governs a deadline, and split invoicing.
//
// # Locations
//
// The host is the support location registered with Unified Support through
// the Work Order (MC-2); downstream locations are designated in it and
// entitled to what was bought for them (MC-3). A [Location] holds what an
// exchange needs: the ISO 3166-1 country, the ISO 4217 currency and the
// then-current price of one Proactive Credit there, and whether the country
// is an exception (tax-exception) country. Country and currency codes are
// checked against golang.org/x/text (language.Region, currency.Unit), not a
// hand-written table.
//
// [New] builds the [Support] of one [contract.WorkOrder]: exactly one host,
// any number of downstream locations with unique names and countries, and a
// [Site] for each giving its credit price and business calendar (D-CAL).
//
// # Exchanging Proactive Credits
//
// [Exchange] is the arithmetic of D-CRED-2:
//
//	credits × from.CreditPrice × fx ÷ to.CreditPrice
//
// computed exactly and rounded half up to a whole credit once, at the end.
// It divides in 128-bit integer arithmetic when the numbers fit, and
// otherwise with decimal's QuoRem at zero places; either way it decides the
// rounding from the exact remainder, so no digit is lost before the
// rounding. It never calls decimal's Div and never reads or sets decimal's
// package settings. [Support.Exchange] adds the Work Order's rules — only between
// locations it lists, never with an exception country (MC-15, MC-18) — and
// moves the credits between the two locations' [credits.Ledger]s with one
// [credits.Transfer] recorded in both. Its result records the exact value
// and the value the single rounding added or dropped, at most half a
// destination credit; nothing else is created or lost.
//
// # Where services are delivered
//
// [Support.Delivery] answers "may service S be delivered to location L under
// this Work Order, and by which rule?" with a [Decision]: a [Verdict]
// (deliverable, only with Microsoft's agreement, not at this location, not
// bought), the delivery mode, and the rules that decided it. It reads each
// service's location rule from the catalogue ([catalogue.Service.Locations])
// and the purchases of the Work Order, in constant time and without
// allocating. [Support.EDEAssignment] checks that EDE was assigned before the
// service delivery plan (EDE-7).
//
// # Deadlines
//
// Business-hours deadlines run on the calendar of the support location of
// the incident's contact (D-CAL): [Support.GoverningCalendar] names it, so a
// downstream incident's severity deadlines use the downstream calendar.
//
// # Invoices
//
// [SplitInvoices] groups a transaction's lines into invoices by product
// type, delivery date or customer location (MC-21), never mixing
// currencies, with exact totals.
//
// # Errors and values
//
// Bad input — malformed country or currency codes, prices or rates that are
// not positive or out of range, negative credits, a location not in the Work
// Order, two hosts — gives an error wrapping one of the package's sentinels
// ([ErrExceptionCountry], [ErrCountry], [ErrCurrency], …), never a panic.
// All values are immutable and safe for concurrent use. [Location],
// [InvoiceLine], [Invoice] and [ExchangeRequest] marshal to JSON with their
// decimals as strings, whatever decimal's package settings are.
//
// # Contract coverage
//
// Implemented (§2.5 unless noted):
//   - MC-1, MC-2, MC-3, MC-4, BUY-9: host and downstream locations, one host,
//     unique names and countries, purchases keyed by location: [New],
//     [Support], [Location].
//   - MC-5, MC-6, MC-7, MC-8, MC-9, MC-10, MC-11, MC-12, MC-13, MC-14,
//     TERM-1, TERM-2 (§2.6), DE-5, EDE-7, EDE-11, REDE-16 (§2.3, §2.4),
//     UER-23, UER-24, UER-25, D-UER (§2.4): where each service is delivered:
//     [Support.Delivery], [Support.EDEAssignment], [Support.Warnings].
//   - MC-15, MC-16, MC-17, MC-18, D-CRED-2: credit exchange: [Exchange],
//     [Support.Exchange].
//   - D-CAL, RESP-2 (§2.7): the governing calendar:
//     [Support.GoverningCalendar], [Support.GoverningCalendarAt].
//   - MC-21: split invoicing: [SplitInvoices].
//
// Stated but not computed: MC-19 (the customer bears the taxes of
// distributing or exchanging services) and MC-20 (changes and exchanges may
// need written consent) are cited by [Support.Exchange]; UER-25 (the host
// allocates UER's success and delivery management hours, managed by the host
// CSAM) is a duty of the host with no computation here; TERM-3 and TERM-4
// (languages) are the catalogue's ([catalogue.Service.Languages]).
//
// Interpretations: AMB-4 (half up, whole credits), AMB-23 (any two listed
// locations may exchange; never an exception country on either side;
// "tax-exception location" and "exception country" are one flag), AMB-11
// (D-UER), AMB-30 (Root Cause Analysis follows MC-11), AMB-34 (DE and EDE at
// one location, REDE at one or more, EDE assigned before the service
// delivery plan is created), AMB-46 (TERM-1 is the default, MC-6 governs
// multi-country contracts).
package multicountry
