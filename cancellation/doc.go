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
// Prices, fees and refunds are [money.Amount] values: every figure carries
// its currency, and the fee and refund are in the price's currency. The fee
// is price × rate exactly and the refund price − fee exactly; no rounding
// happens in [Outcome]. [Outcome.Settle] applies an outcome to a prepaid
// service, rounding the fee half up to the currency's minor unit with
// [money.Amount.RoundToMinor] (KRW and JPY have none, USD two places). For
// a service paid with Proactive Credits, [Rate.FeeInCredits] takes the fee
// in whole credits, rounded half up (D-CANCEL, D-CRED-1): 50% of 3 credits
// is a fee of 2 and a refund of 1.
//
// A service that runs over several days is assessed from its first day
// (AMB-9): a cancellation on a later day is after the start.
//
// # What the policy does not cover
//
// The policy is for cancellations the customer asks for (D-CANCEL).
// [Covers] answers, with its rules, for cancellations by Microsoft: a
// workshop cancelled because it did not reach its minimum registration
// (TERM-8), an Azure Event Management engagement Microsoft cancels because
// the customer could not provide resources or responses (AEM-16), and a
// rescheduling agreed by both (AMB-9). The document sets no fee for them;
// do not assess them with this package.
//
// # Errors
//
// A zero instant ([ErrZeroTime]), a nil location ([ErrNilLocation]), a
// negative price ([money.ErrNegative]), a fee beyond the money bounds
// ([money.ErrRange]) or a decoded or hand-built value whose figures do not
// fit together ([ErrInvalid]) gives an error wrapping a sentinel, never a
// panic. The JSON forms follow the module's convention: camelCase keys,
// the fee rate as a string ("0.5"), amounts as {"amount":"12.50",
// "currency":"USD"}; decoders bound numeric text through the money package
// before parsing it.
//
// All values are immutable and safe for concurrent use.
//
// # Contract coverage
//
// Implemented: §2.6 취소 정책, rules CANCEL-1, CANCEL-2 and CANCEL-3 with
// decisions D-CANCEL (AMB-9: calendar-date bands, cancellation after the
// start in the 100% band, fee + refund = price exactly) and D-DAYS (days
// counted in the delivery location's zone): [Assess], [AssessIn],
// [AssessNotice], [Outcome.Settle], [Rate.FeeInCredits]; TERM-8, AEM-16
// and AMB-9 for cancellations outside the policy: [Covers].
//
// Left out: a fee for cancellations by Microsoft, which the document does
// not set (AMB-9); the base of "서비스 비용" (list price, contract price or
// credit value) is whatever price the caller passes (AMB-9).
//
// Interpretation: D-CANCEL — a prepaid fee in money is rounded half up to
// the currency's minor unit, once, and a fee in credits half up to a whole
// credit (D-CRED-1).
package cancellation
