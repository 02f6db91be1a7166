package examples_test

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/credits"
	"github.com/supportrules/unified/flex"
)

// flexLine is one line of a Flex Allowance plan: a catalogue service and the
// USD it takes.
type flexLine struct {
	svc catalogue.ServiceID
	usd string
}

// flexRequests turns plan lines into Flex Allowance requests, each under the
// Use the catalogue gives its service (FLEX-1, FLEX-8).
func flexRequests(lines ...flexLine) []flex.Request {
	reqs := make([]flex.Request, 0, len(lines))
	for _, l := range lines {
		u, err := flex.UseOf(l.svc)
		if err != nil {
			panic(err)
		}
		reqs = append(reqs, flex.Request{Use: u, Amount: money.MustParse(l.usd + " USD"), Service: l.svc.String()})
	}
	return reqs
}

// creditsBought returns how many whole Proactive Credits usd buys at price
// USD each. The Work Order states the credits (CRED-1); this only checks that
// the Flex amount buys a whole number of them, so nothing is rounded.
func creditsBought(usd, price decimal.Decimal) int64 {
	q, r := usd.QuoRem(price, 0) // integer quotient, exact remainder: no rounding
	if !r.IsZero() || !q.IsInteger() {
		panic(fmt.Sprintf("%s USD is not a whole number of credits at %s USD", usd, price))
	}
	return q.IntPart()
}

// Contoso Korea's Base Package carries a Flex Allowance of 300,000 USD for
// each contract year of its Work Order 2026-01-01..2028-12-31, and every
// year's allowance is allocated at contract execution (FLEX-3, FLEX-7,
// D-FLEX-2).
//
// Proactive Credits and Custom Proactive Services may take together at most
// min(A, max(20% × A, 50,000 USD)) of a year's allowance A: 60,000 USD
// (FLEX-2, D-FLEX-1). Contoso's first draft of year 1 asks for Success
// Management hours, which Flex Allowance cannot pay for (FLEX-5, D-FLEX-3),
// and for 65,000 USD of credits and custom services; Allocate refuses the
// whole draft and names both problems, rather than silently dropping a line
// whose money would then be forfeited.
//
// The signed plan uses exactly the cap in year 1 (the cap is inclusive) and
// leaves part of each year unallocated, which is forfeited at execution
// (FLEX-7). Each year's Flex-funded services must be used by the end of that
// contract year (FLEX-4, D-FLEX-2).
//
// Year 1's 45,000 USD of Proactive Credits buy, at 2,500 USD per credit on
// Contoso's price list, the 18 credits its Work Order shows (CRED-1).
// They open a Seoul credits ledger whose last day is year 1's use-by date, so
// the ledger itself refuses them afterwards: a workshop redeemed in June uses
// 5 of them (CRED-2, CRED-3, D-CRED-1), and the other 13 are forfeited on 1
// January 2027 (FLEX-4, TERM-7, D-TERM-2).
//
// Packages: contract (the term and catalogue services), flex (the cap, the
// refusal, the three-year plan), calendar (contract years), credits (the
// ledger of the credits bought).
//
// Rules FLEX-1, FLEX-2, FLEX-3, FLEX-4, FLEX-5, FLEX-7, FLEX-8, D-FLEX-1,
// D-FLEX-2, D-FLEX-3, CRED-1, CRED-2, CRED-3, D-CRED-1, TERM-7, D-TERM-2 (§2.2,
// §2.3 table 8, §2.6).
func Example_flexPlan() {
	usd := decimal.RequireFromString
	wo := contract.WorkOrder{
		Customer:         "Contoso Korea",
		Term:             contract.Term{Start: calendar.MustParseDate("2026-01-01"), End: calendar.MustParseDate("2028-12-31")},
		FlexAllowance:    money.MustParse("300000.00 USD"),
		ProactiveCredits: 18, // bought with year 1's Flex Allowance, at 2,500 USD each
	}
	allowance := wo.FlexAllowance
	capUSD, err := flex.CreditsCap(allowance)
	if err != nil {
		panic(err)
	}
	fmt.Printf("allowance %s USD per contract year, credits cap %s USD  [FLEX-2, D-FLEX-1]\n",
		wo.FlexAllowance.Decimal().StringFixed(2), capUSD.Decimal().StringFixed(2))

	// The first draft of year 1.
	draft := flexRequests(
		flexLine{catalogue.UnifiedEnhancedResponse, "150000"},
		flexLine{catalogue.SuccessManagement, "20000"},
		flexLine{catalogue.ProactiveCredits, "45000"},
		flexLine{catalogue.CustomProactiveServices, "20000"},
	)
	_, err = flex.Allocate(allowance, draft)
	fmt.Println("draft of year 1 refused:", err != nil)
	var refused interface{ Unwrap() []error }
	if errors.As(err, &refused) {
		for _, e := range refused.Unwrap() {
			var re *flex.RequestError
			if errors.As(e, &re) {
				fmt.Printf("  request %d, %s %s USD: %v  [%v]\n", re.Index, re.Request.Service, re.Request.Amount.Decimal().StringFixed(2), re.Err, re.Rules)
			}
		}
	}

	// The signed plan, every year allocated at execution.
	plan, err := flex.AllocateTerm(wo.Term, []flex.YearRequests{
		{Allowance: allowance, Requests: flexRequests(
			flexLine{catalogue.UnifiedEnhancedResponse, "150000"},
			flexLine{catalogue.ProactiveCredits, "45000"},
			flexLine{catalogue.CustomProactiveServices, "15000"},
			flexLine{catalogue.Workshops, "40000"},
		)},
		{Allowance: allowance, Requests: flexRequests(
			flexLine{catalogue.UnifiedEnhancedResponse, "150000"},
			flexLine{catalogue.AzureEventManagement, "60000"},
			flexLine{catalogue.ProactiveCredits, "60000"},
		)},
		{Allowance: allowance, Requests: flexRequests(
			flexLine{catalogue.UnifiedEnhancedResponse, "150000"},
			flexLine{catalogue.RiskHealthAssessment, "100000"},
			flexLine{catalogue.ProactiveCredits, "30000"},
		)},
	})
	if err != nil {
		panic(err)
	}
	for _, y := range plan.Years {
		a := y.Allocation
		fmt.Printf("year %d %v: allocated %10s, forfeited %9s, credits+custom %9s of %9s, use by %v\n",
			y.N, y.Period, a.Allocated.Decimal().StringFixed(2), a.Forfeited.Decimal().StringFixed(2), a.Capped.Decimal().StringFixed(2), a.CreditsCap.Decimal().StringFixed(2), y.UseBy)
	}
	fmt.Printf("  each year  [%v]\n", plan.Years[0].Allocation.Rules)
	fmt.Printf("term: allocated %s, forfeited %s USD  [%v]\n", plan.Allocated.Decimal().StringFixed(2), plan.Forfeited.Decimal().StringFixed(2), plan.Rules)

	// Year 1's credits, bought with Flex, on a ledger that ends with year 1.
	year1 := plan.Years[0]
	bought := creditsBought(year1.Allocation.ByUse(flex.ProactiveCredits).Decimal(), usd("2500"))
	if bought != wo.ProactiveCredits {
		panic(fmt.Sprintf("year 1's Flex buys %d credits, the Work Order shows %d", bought, wo.ProactiveCredits))
	}
	ledger, err := credits.Open(credits.Account{Location: "Seoul", Currency: currency.KRW, Start: year1.Period.Start, End: year1.UseBy}, bought)
	if err != nil {
		panic(err)
	}
	fmt.Printf("year 1: %s USD of credits at 2500.00 USD = %d credits, usable %v..%v  [%v]\n",
		year1.Allocation.ByUse(flex.ProactiveCredits).Decimal().StringFixed(2), ledger.Balance(), ledger.Account().Start, ledger.Account().End, ledger.Last().Rules)
	won := func(s string) money.Amount { return money.MustParse(s + " KRW") }
	if ledger, err = ledger.Redeem(calendar.MustParseDate("2026-06-15"), catalogue.Workshops, won("17500000"), won("3500000"), credits.Reference{}); err != nil {
		panic(err)
	}
	e := ledger.Last()
	fmt.Printf("  %v workshop, 17500000 KRW at 3500000 KRW/credit: %d credits, %d left  [%v]\n", e.Date, -e.Change, e.Balance, e.Rules)
	jan4 := calendar.MustParseDate("2027-01-04")
	fmt.Printf("  year 1 funds usable on %v: %t  [FLEX-4, D-FLEX-2]\n", jan4, year1.IsUsableOn(jan4))
	_, err = ledger.Redeem(jan4, catalogue.Workshops, won("3500000"), won("3500000"), credits.Reference{})
	fmt.Println("  a redemption on that day: ErrExpired", errors.Is(err, credits.ErrExpired))
	if ledger, err = ledger.Expire(year1.UseBy.AddDays(1)); err != nil {
		panic(err)
	}
	e = ledger.Last()
	fmt.Printf("  %v: %d credits forfeited  [%v]\n", e.Date, -e.Change, e.Rules)
	// Output:
	// allowance 300000.00 USD per contract year, credits cap 60000.00 USD  [FLEX-2, D-FLEX-1]
	// draft of year 1 refused: true
	//   request 1, success-management 20000.00 USD: flex: ineligible use  [FLEX-5, D-FLEX-3]
	//   request 3, custom-proactive-services 20000.00 USD: flex: over the credits cap  [FLEX-2, D-FLEX-1]
	// year 1 2026-01-01/2027-01-01: allocated  250000.00, forfeited  50000.00, credits+custom  60000.00 of  60000.00, use by 2026-12-31
	// year 2 2027-01-01/2028-01-01: allocated  270000.00, forfeited  30000.00, credits+custom  60000.00 of  60000.00, use by 2027-12-31
	// year 3 2028-01-01/2029-01-01: allocated  280000.00, forfeited  20000.00, credits+custom  30000.00 of  60000.00, use by 2028-12-31
	//   each year  [FLEX-1, FLEX-2, D-FLEX-1, FLEX-5, D-FLEX-3, FLEX-7, D-FLEX-2]
	// term: allocated 800000.00, forfeited 100000.00 USD  [FLEX-3, FLEX-4, FLEX-7, D-FLEX-2, TERM-7, D-TERM-2]
	// year 1: 45000.00 USD of credits at 2500.00 USD = 18 credits, usable 2026-01-01..2026-12-31  [CRED-1]
	//   2026-06-15 workshop, 17500000 KRW at 3500000 KRW/credit: 5 credits, 13 left  [CRED-2, CRED-3, D-CRED-1]
	//   year 1 funds usable on 2027-01-04: false  [FLEX-4, D-FLEX-2]
	//   a redemption on that day: ErrExpired true
	//   2027-01-01: 13 credits forfeited  [TERM-7, D-TERM-2]
}
