// Package cancellation implements the cancellation policy of §2.6 (취소
// 정책): what a customer pays when it cancels a previously scheduled service.
//
// # The policy
//
// [Assess] counts the notice in calendar days, from the cancellation's date
// to the start's date, both taken in the delivery location's time zone, and
// applies the bands of D-CANCEL:
//
//   - 14 days or more: no fee, a full refund where something was prepaid
//     (CANCEL-1);
//   - 6 to 13 days: a fee of 50% of the service's price (CANCEL-2);
//   - 5 days or fewer, the start date itself, or after the start: a fee of
//     100% (CANCEL-3).
//
// So 14 days' notice is free, 13 and 6 cost half, 5 and 0 cost everything.
// Hours do not matter: a cancellation at 23:59 on the 14th day before is
// free, one at 00:01 on the 13th day costs half. The instant's own zone does
// not matter either: 23:30 UTC on 1 March is already 2 March in Seoul, so
// for a service in Seoul it gives one day less notice.
//
// The fee is price × rate exactly and the refund price − fee exactly; no
// rounding happens in [Outcome]. [Outcome.Settle] applies an outcome to a
// prepaid service, rounding the fee half up to the currency's minor unit
// with [RoundFee] (KRW and JPY have none, USD two places). For a service
// paid with Proactive Credits, credits.Restore and credits.Ledger.Cancel
// restore credits.
//
// # What the policy does not cover
//
// The policy is for cancellations the customer asks for. Cancellations by
// Microsoft are outside it: a workshop cancelled because it did not reach
// its minimum registration (TERM-8), an Azure Event Management engagement
// Microsoft withdraws (AEM-16), or a rescheduling agreed by both. Do not
// assess them with this package; the document sets no fee for them.
//
// # Errors
//
// A zero instant, a nil location, a negative price or one beyond any real
// contract (above 10^18, or with more than 18 decimal places) gives an error
// wrapping one of the package's sentinels, never a panic.
//
// All values are immutable and safe for concurrent use.
//
// # Contract coverage
//
// Implemented: §2.6 취소 정책, rules CANCEL-1, CANCEL-2 and CANCEL-3 with
// decisions D-CANCEL (AMB-9: calendar-date bands, cancellation after the
// start in the 100% band, fee + refund = price exactly) and D-DAYS (days
// counted in the delivery location's zone): [Assess], [AssessIn],
// [AssessNotice], [Outcome.Settle], [RoundFee].
//
// Left out: TERM-8 and other Microsoft-initiated cancellations (see above);
// the base of "서비스 비용" (list price, contract price or credit value) is
// whatever price the caller passes (AMB-9).
//
// Interpretation: the minor-unit rounding of a prepaid refund is this
// library's choice — half up, the reading D-CRED-1 gives the document's
// only rounding word, 반올림 — since the document sets none.
package cancellation
