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
// entitled to what was bought for them (MC-3). A [Site] is one of them: the
// Work Order's own entry ([contract.Location]: country, role, time zone,
// currency, exception country) and its business calendar. [New] builds the
// [Support] of one [contract.WorkOrder] — exactly one host, any number of
// downstream locations with unique names and countries, a calendar for each
// (D-CAL) whose zone behaves as the location's — without any billing data:
// SLA work needs no credit prices and no contacts.
//
// # Exchanging Proactive Credits
//
// The arithmetic of D-CRED-2 has one implementation, [credits.Exchange]:
//
//	credits × source credit price × fx ÷ destination credit price
//
// computed exactly and rounded half up to a whole credit once, at the end.
// [Support.Exchange] adds the Work Order's rules — only between locations it
// lists, never with an exception country (MC-15, MC-18), a rate of 1 within
// one currency (MC-16) — takes the then-current credit prices from the
// request, where billing is done, and moves the credits between the two
// locations' [credits.Ledger]s with one [credits.Transfer] recorded in both.
// Its result records the exact value and the value the single rounding
// added or dropped, at most half a destination credit; nothing else is
// created or lost.
//
// # Where services are delivered
//
// [Support.Delivery] answers "may service S be delivered to location L under
// this Work Order, and by which rule?" with a [Decision]: a [rule.Verdict]
// (allowed, and the rules that decided it), a [Reach] (deliverable, only
// with Microsoft's agreement, not at this location, not bought) and the
// delivery mode. MC-9 limits only the optional ("+") proactive services of
// a downstream exception location; Base Package (✓) services follow MC-6
// at every designated location. [Support.DeliveryOnSite] answers whether a
// service may be delivered on site: with a written agreement (PRO-4,
// TERM-2, DE-6), and not where on-site delivery is not offered (MAINT-6). It reads each
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
// An [InvoiceLine] carries a description, the service, a quantity, a unit
// price and their exact product, which must be a whole number of the
// currency's minor units: half a yen is refused, never rounded
// ([InvoiceLine.Validate]). [SplitInvoices] groups a transaction's lines
// into invoices by product type, delivery date or customer location
// (MC-21), never mixing currencies, with exact totals: per currency, the
// invoices add up to the lines to the last minor unit.
//
// # Errors and values
//
// Bad input — a location not in the Work Order, two hosts, a calendar in
// another zone, an exchange with an exception country — gives an error
// wrapping one of the package's sentinels ([ErrExceptionCountry],
// [ErrUnknownLocation], [ErrCalendar], …) or of package credits for bad
// numbers, never a panic. All values are immutable and safe for concurrent
// use. [InvoiceLine], [Invoice] and [ExchangeRequest] marshal to JSON with
// their decimals as strings, whatever decimal's package settings are, and
// their decoders refuse numbers written with more than 64 characters before
// parsing them.
//
// # Contract coverage
//
// Implemented (§2.5 unless noted):
//   - MC-1, MC-2, MC-3, MC-4, BUY-9: host and downstream locations, one host,
//     unique names and countries, purchases keyed by location: [New],
//     [Support], [Site].
//   - MC-5, MC-6, MC-7, MC-8, MC-9, MC-10, MC-11, MC-12, MC-13, MC-14,
//     TERM-1, TERM-2 (§2.6), DE-5, EDE-7, EDE-11, REDE-16 (§2.3, §2.4),
//     UER-23, UER-24, UER-25, D-UER (§2.4): where each service is delivered:
//     [Support.Delivery], [Support.EDEAssignment], [Support.Warnings].
//   - MC-15, MC-16, MC-17, MC-18, D-CRED-2: credit exchange:
//     [Support.Exchange], with [credits.Exchange].
//   - PRO-4, TERM-2, DE-6, MAINT-6: on-site delivery: [Support.DeliveryOnSite].
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
// multi-country contracts), AMB-19 (no charge is computed for on-site
// delivery).
//
// Interpretation: MC-9 (seed line 1903, 선택적 서비스(위의 지원 표에서 "+"로
// 표시됨)) governs the "+" services only; a Base Package (✓) service such
// as Webcasts or On-demand Education is deliverable at a downstream
// tax-exception location by MC-6.
package multicountry
