// Package credits implements Proactive Credits (§2.3 table 8): redeeming
// credits for services at the then-current rate, rounding half up to whole
// credits, balances that never go negative, refunds of cancelled services,
// transfers between support locations, and the expiry of the balance at the
// end of the Work Order's term.
//
// # Redeeming credits
//
// [Redeem] is the rule itself. A service priced price, exchanged at rate
// (the then-current price of one credit, in the same currency), is worth
// price ÷ rate credits; that value is rounded half up to a whole credit,
// once, and deducted. A service worth 2.5 credits costs 3, one worth 2.4999…
// costs 2. A redemption that would make the balance negative is refused with
// [ErrInsufficient]; it is never partly made. Prices and rates are
// [money.Amount]s: a price or rate in another currency than the ledger's is
// an error wrapping [money.ErrCurrency], never a silent 0 credits.
//
// What credits may buy comes from the catalogue ([Redeemable], CRED-2):
// additional ("+") proactive services that the Flex Allowance may pay for;
// Problem Resolution Support or Success Management are refused with
// [ErrNotRedeemable]. The then-current rate may come from a dated
// [RateCard] ([Ledger.RedeemAt]). [FundedCredits] turns the Flex Allowance
// applied to Proactive Credits into the opening balance, refusing a
// fraction of a credit ([ErrFractional]).
//
// The value is computed by one exact integer division with remainder — what
// decimal's QuoRem does — to [ValuePlaces] (18) decimal places, truncated.
// Every half credit lies on that grid, so truncation never changes which
// way the value rounds: the deduction is the one the exact rational
// quotient gives, and the tests check it against math/big. For prices,
// rates and currency rates whose coefficients fit in 64 bits, [Redeem] and
// [Exchange] divide in 256-bit integers without allocating; the decimal
// path is the fallback and, in a differential test, the oracle. Nothing here calls decimal's Div or reads
// or sets decimal's package settings.
//
// # The ledger
//
// A [Ledger] is the credits history of one support location of one Work
// Order: [Open] with the balance the Work Order shows, then
// [Ledger.Redeem], [Ledger.Cancel] (credits restored as the cancellation
// policy allows, see [Restore]), [Ledger.TransferOut] and
// [Ledger.TransferIn] (see [Transfer]), [Ledger.Adjust] (a signed
// correction citing a reason), and finally [Ledger.Expire] when the term is
// over. Each operation returns a new Ledger. [Replay] rebuilds a Ledger from
// its entries and checks every recorded figure against the rules; reading a
// Ledger from JSON does the same, so a tampered or miscalculated history
// does not load.
//
// Every entry carries the caller's [Reference] (a memo and an external ID
// such as a purchase-order or invoice number), kept through JSON and
// replay, and an effective date separate from its place in the history: a
// cancellation found late is recorded after later redemptions and takes
// effect on its own date. [Ledger.BalanceAt] answers by effective date, and
// no entry is accepted that would make the balance negative on any date. A
// cancellation found after the balance expired restores its credits on its
// own date and forfeits them at once (TERM-7, D-TERM-2). Looking up the
// redemption a cancellation cancels is O(1), so a history dated in order is
// built and replayed in O(n).
//
// # Dates
//
// Entries carry civil effective dates ([calendar.Date]) in the location's calendar.
// The Work Order's term is given by its first and last days, both included
// ([Account]): credits are usable on the last day and forfeited from the
// next (TERM-7, D-TERM-2). Contoso Korea's term 2026-01-01 to 2028-12-31
// thus ends at the first instant of 2029-01-01 in Seoul.
//
// # Errors
//
// Bad input — a rate that is not positive, a negative price or balance
// ([money.ErrNegative]), mixed currencies ([money.ErrCurrency]), a number
// of credits beyond any real contract ([MaxCredits]), an invalid date or
// service — gives an error wrapping one of the package's sentinels or
// money's, never a panic. Decoders refuse numbers written with more than 64
// characters before parsing them.
//
// All values are immutable and safe for concurrent use.
//
// # Contract coverage
//
// Implemented:
//   - §2.3 table 8, Proactive Credits: CRED-1 (credits shown in the Work
//     Order: [Open], [FundedCredits]), CRED-2 (exchange at the then-current
//     rate: [Redeem], [RateCard], [Redeemable]),
//     CRED-3 (value deducted from the balance, rounded to the nearest unit:
//     [Redeem]), with D-CRED-1 (AMB-4): round half up, whole credits, rounded
//     once before deduction, never a negative balance.
//   - §2.6 TERM-7 and D-TERM-2: services not used within the Work Order's
//     term are forfeited ([Ledger.Expire], and every operation after the
//     term's last day fails with [ErrExpired]).
//   - §2.6 CANCEL-1, CANCEL-2, CANCEL-3, D-CANCEL applied to credit-funded
//     services: credits restored ([Restore], [Ledger.Cancel]); the
//     assessment itself is package cancellation's.
//   - §2.5 MC-16, MC-17 and D-CRED-2: the arithmetic of an exchange between
//     locations ([Exchange]) and its record on both ledgers ([Transfer]).
//
// Left to other packages: whether two locations may exchange credits at all
// (MC-15, MC-18: listed in the Work Order, no exception country) is package
// multicountry's decision; the rates of a rate card are data the caller
// supplies, as CRED-2 says the Microsoft representative does.
//
// Interpretation: the fee on a cancelled credit-funded service is taken on
// the credits deducted and rounded half up, like every deduction (see
// [Restore]).
package credits
