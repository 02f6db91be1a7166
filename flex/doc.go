// Package flex encodes §2.2 of the Unified Enterprise Support Services
// Description: the Flex Allowance, the flexible part of the Base Package's
// list price that a customer allocates, at contract execution, to proactive
// services, enhanced solutions, Proactive Credits and Custom Proactive
// Services.
//
// # Allocating one contract year
//
// [Allocate] takes one contract year's allowance, in USD, and the requests
// to spend it on, each a [Request] with a [Use] and an amount. It grants
// all of them or none, and returns an [Allocation]: what was allocated,
// what is forfeited, the credits cap and the rule IDs that decided.
//
//	a, err := flex.Allocate(money.MustParse("300000 USD"), []flex.Request{
//		{Use: flex.EnhancedSolutions, Amount: money.MustParse("180000 USD"), Service: "UER"},
//		{Use: flex.ProactiveCredits, Amount: money.MustParse("60000 USD")},
//	})
//
// [CreditsCap] is the most of an allowance that Proactive Credits and Custom
// Proactive Services may take together: min(A, max(20% × A, 50,000)).
//
// # Refusals
//
// A refused request is a [*RequestError] that names its index, the rule
// and one of the sentinel errors: [ErrIneligible] (Success Management and
// service delivery management), [ErrOverCap], [ErrOverAllowance],
// [ErrInvalidUse] and the amount errors [money.ErrNegative],
// [money.ErrCurrency], [ErrFractionalCent] and [ErrAmountTooLarge]. Every refused request of a
// call is reported, joined with [errors.Join]. Allocate does not grant a
// subset: allowance left unallocated at execution is forfeited (FLEX-7), so
// a silently dropped request would lose money the caller meant to spend.
//
// # Multi-year contracts
//
// [AllocateTerm] allocates every contract year of a Work Order at once into
// a [Schedule]
// (D-FLEX-2): one [YearRequests] per contract year, the years being
// anniversaries of the Work Order's start date. Each [Year] has its own
// allowance, cap and forfeiture, and a [Year.UseBy] date, the earlier of
// the year's end and the Work Order's end, after which its services are
// forfeited; [Year.IsUsableOn] and [Year.IsUsableAt] answer "may this
// service still be used then?".
//
// # Exchanging a funded service
//
// [Allocation.Exchange] swaps a granted request for a substitute service of
// equal value, once the substitute is agreed with the service delivery
// resource (FLEX-6, TERM-13). The value moves unchanged; the allocation is
// checked again, so a substitute still has to be eligible and within the
// credits cap.
//
// # Catalogue services
//
// [UseOf] maps a [catalogue.ServiceID] to its Use, and [Use.Services] lists a
// Use's catalogue services. Both read the catalogue, which owns each
// service's Flex eligibility ([catalogue.Service.Flex]); flex adds only
// which of its Uses an eligible service falls under, from the service's
// kind.
//
// # Money
//
// Amounts are [money.Amount] values in USD, exact to the cent, from 0 to
// [MaxAmountUSD]; the zero Amount counts as 0 USD. Sums and remainders are
// exact; nothing is rounded. The credits cap can end in a tenth of a cent
// (20% of 300,000.01 is 60,000.002) and is returned exactly. The package
// never divides, and never sets or depends on decimal's package-level
// settings: JSON amounts are money's {"amount":"60000.00","currency":"USD"}.
// An amount in another currency is refused with [money.ErrCurrency]: the
// 50,000 floor of D-FLEX-1 is in USD, and a contract in another currency
// must state its own floor, which this package does not yet take.
//
// All values are immutable and safe for concurrent use; the package has no
// global mutable state, never panics on input, and never reads the clock.
//
// # Contract coverage
//
// This package implements §2.2 Flex Allowance (seed lines 91–121) and the
// Flex Allowance sentence of §2.3 (lines 127–131):
//
//   - FLEX-1, FLEX-8 — the eligible uses: [Use], [Use.IsEligible], [UseOf],
//     [Use.Services]; the allowance as an upper bound: [ErrOverAllowance].
//   - FLEX-2, D-FLEX-1 (AMB-1) — the credits cap: [CreditsCap],
//     [Use.IsCapped], [Allocation.CapRemaining], [ErrOverCap].
//   - FLEX-3, FLEX-4, D-FLEX-2 (AMB-2) — annual allocation and use within the
//     contract year: [AllocateTerm], [Year], [Year.IsUsableOn],
//     [Year.IsUsableAt], [Schedule.YearOn].
//   - FLEX-5, D-FLEX-3 (AMB-3) — no Flex for Success Management or service
//     delivery management: [SuccessManagement], [ServiceDeliveryManagement],
//     [ErrIneligible].
//   - FLEX-6, TERM-13, AMB-41 — equal-value exchange: [Allocation.Exchange],
//     [Exchange], [ErrNotAgreed].
//   - FLEX-7, D-FLEX-2 — allocation at execution and forfeiture of the
//     remainder: [Allocation].Forfeited, [Schedule].Forfeited.
//   - TERM-7, D-TERM-2 — nothing is usable after the Work Order's end:
//     [Year].UseBy.
//
// Left out: the conversion of a non-USD contract's floor (D-FLEX-1 says such
// a contract must state its floor; every amount here is USD), and the
// pricing of a substitute service at then-current rates (AMB-41), which is
// the caller's price list or the credits package.
//
// Rules FLEX-1, FLEX-2, FLEX-3, FLEX-4, FLEX-5, FLEX-6, FLEX-7, FLEX-8,
// D-FLEX-1, D-FLEX-2, D-FLEX-3 (§2.2 Flex Allowance).
package flex
