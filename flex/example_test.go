package flex_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/flex"
)

// The credits cap at the edges D-FLEX-1 draws: below 50,000 USD it is the
// whole allowance, up to 250,000 USD it is the 50,000 floor, and above that
// it is 20% of the allowance, exactly (§2.2, FLEX-2).
func ExampleCreditsCap() {
	for _, a := range []string{"30000", "100000", "250000", "250000.01", "300000"} {
		c, err := flex.CreditsCap(money.MustParse(a + " USD"))
		if err != nil {
			panic(err)
		}
		fmt.Printf("%10s → %s\n", a, c)
	}
	// Output:
	//      30000 → 30000.00 USD
	//     100000 → 50000.00 USD
	//     250000 → 50000.00 USD
	//  250000.01 → 50000.002 USD
	//     300000 → 60000.00 USD
}

// Contoso Korea allocates its 300,000 USD Flex Allowance for one contract
// year at contract execution; what it leaves unallocated is forfeited
// (§2.2, FLEX-1, FLEX-2, FLEX-7).
func ExampleAllocate() {
	a, err := flex.Allocate(money.MustParse("300000 USD"), []flex.Request{
		{Use: flex.EnhancedSolutions, Amount: money.MustParse("150000 USD"), Service: "unified-enhanced-response"},
		{Use: flex.ProactiveServices, Amount: money.MustParse("45000 USD"), Service: "workshops"},
		{Use: flex.ProactiveCredits, Amount: money.MustParse("60000 USD"), Service: "proactive-credits"},
		{Use: flex.CustomProactive, Amount: money.Amount{}, Service: "custom-proactive-services"},
	})
	if err != nil {
		panic(err)
	}
	fmt.Println("allocated: ", a.Allocated)
	fmt.Println("forfeited: ", a.Forfeited)
	fmt.Println("credits cap:", a.CreditsCap, "used:", a.Capped)
	fmt.Println("rules:     ", a.Rules)
	// Output:
	// allocated:  255000.00 USD
	// forfeited:  45000.00 USD
	// credits cap: 60000.00 USD used: 60000.00 USD
	// rules:      FLEX-1, FLEX-2, D-FLEX-1, FLEX-5, D-FLEX-3, FLEX-7, D-FLEX-2
}

// A plan that asks one cent too much for Proactive Credits, and asks Flex to
// pay for Success Management, is refused as a whole; each problem names its
// request and rule (FLEX-2, FLEX-5).
func ExampleAllocate_refused() {
	_, err := flex.Allocate(money.MustParse("300000 USD"), []flex.Request{
		{Use: flex.ProactiveCredits, Amount: money.MustParse("60000.01 USD")},
		{Use: flex.SuccessManagement, Amount: money.MustParse("20000 USD"), Service: "CSAM"},
	})
	fmt.Println(errors.Is(err, flex.ErrOverCap), errors.Is(err, flex.ErrIneligible))
	var re *flex.RequestError
	if errors.As(err, &re) {
		fmt.Println(re.Index, re.Err, re.Rules)
	}
	// Output:
	// true true
	// 0 flex: over the credits cap FLEX-2, D-FLEX-1
}

// Designated Engineering funded by Flex is exchanged, by agreement with the
// service delivery resource, for workshops of equal value (§2.2 service
// exchange, FLEX-6, TERM-13).
func ExampleAllocation_Exchange() {
	a, err := flex.Allocate(money.MustParse("300000 USD"), []flex.Request{
		{Use: flex.ProactiveServices, Amount: money.MustParse("80000 USD"), Service: "designated-engineering"},
		{Use: flex.EnhancedSolutions, Amount: money.MustParse("200000 USD"), Service: "unified-enhanced-response"},
	})
	if err != nil {
		panic(err)
	}
	b, err := a.Exchange(flex.Exchange{Index: 0, Use: flex.ProactiveServices, Service: "workshops", Agreed: true})
	if err != nil {
		panic(err)
	}
	fmt.Println(b.Granted[0].Service, b.Granted[0].Amount, b.Allocated, b.Forfeited)
	_, err = a.Exchange(flex.Exchange{Index: 0, Use: flex.ProactiveServices, Service: "workshops"})
	fmt.Println(err)
	// Output:
	// workshops 80000.00 USD 280000.00 USD 20000.00 USD
	// flex: exchange not agreed: request 0 (proactive-services "workshops", 80000.00 USD): the substitute must be available and agreed with the service delivery resource (FLEX-6, TERM-13, MC-20)
}

// Contoso Korea's three-year Work Order (2026-01-01 to 2028-12-31, both
// inclusive) allocates every year's allowance at execution; each year's
// services must be used by the earlier of the year's end and the Work
// Order's end (FLEX-3, FLEX-4, FLEX-7, D-FLEX-2).
func ExampleAllocateTerm() {
	year := func(credits string) flex.YearRequests {
		return flex.YearRequests{Allowance: money.MustParse("300000 USD"), Requests: []flex.Request{
			{Use: flex.EnhancedSolutions, Amount: money.MustParse("200000 USD"), Service: "UER"},
			{Use: flex.ProactiveCredits, Amount: money.MustParse(credits + " USD")},
		}}
	}
	term := contract.Term{Start: calendar.MustParseDate("2026-01-01"), End: calendar.MustParseDate("2028-12-31")}
	p, err := flex.AllocateTerm(term, []flex.YearRequests{year("60000"), year("50000"), year("0")})
	if err != nil {
		panic(err)
	}
	for _, y := range p.Years {
		fmt.Printf("year %d %v use by %v allocated %s forfeited %s\n",
			y.N, y.Period, y.UseBy, y.Allocation.Allocated, y.Allocation.Forfeited)
	}
	fmt.Println("forfeited in all:", p.Forfeited, "—", p.Rules)
	// Output:
	// year 1 2026-01-01/2027-01-01 use by 2026-12-31 allocated 260000.00 USD forfeited 40000.00 USD
	// year 2 2027-01-01/2028-01-01 use by 2027-12-31 allocated 250000.00 USD forfeited 50000.00 USD
	// year 3 2028-01-01/2029-01-01 use by 2028-12-31 allocated 200000.00 USD forfeited 100000.00 USD
	// forfeited in all: 190000.00 USD — FLEX-3, FLEX-4, FLEX-7, D-FLEX-2, TERM-7, D-TERM-2
}

// A workshop funded from contract year 1 is delivered in Seoul at 09:00 on
// 1 January 2027: it is 31 December 2026 in UTC, but the date that counts is
// Seoul's, and year 1 has ended (FLEX-4, D-DAYS).
func ExampleYear_IsUsableAt() {
	seoul, err := time.LoadLocation("Asia/Seoul")
	if err != nil {
		panic(err)
	}
	term := contract.Term{Start: calendar.MustParseDate("2026-01-01"), End: calendar.MustParseDate("2028-12-31")}
	ys := make([]flex.YearRequests, 3)
	for i := range ys {
		ys[i].Allowance = money.MustParse("300000 USD")
	}
	p, err := flex.AllocateTerm(term, ys)
	if err != nil {
		panic(err)
	}
	at := time.Date(2027, time.January, 1, 9, 0, 0, 0, seoul)
	inSeoul, err := p.Years[0].IsUsableAt(at, seoul)
	if err != nil {
		panic(err)
	}
	inUTC, err := p.Years[0].IsUsableAt(at, time.UTC)
	if err != nil {
		panic(err)
	}
	fmt.Println(at.UTC().Format(time.DateTime), inSeoul, inUTC)
	// Output: 2027-01-01 00:00:00 false false
}

// Going from the catalogue to a Flex use: Designated Engineering is a
// proactive service, UER an enhanced solution, and Problem Resolution
// Support, a reactive service, has no Flex use at all (FLEX-1, FLEX-8).
func ExampleUseOf() {
	for _, id := range []catalogue.ServiceID{catalogue.DesignatedEngineering, catalogue.UnifiedEnhancedResponse,
		catalogue.ProactiveCredits, catalogue.SuccessManagement, catalogue.ProblemResolutionSupport} {
		u, err := flex.UseOf(id)
		if err != nil {
			fmt.Printf("%-28s %v\n", id, err)
			continue
		}
		fmt.Printf("%-28s %-20v eligible: %v\n", id, u, u.IsEligible())
	}
	// Output:
	// designated-engineering       proactive-services   eligible: true
	// unified-enhanced-response    enhanced-solutions   eligible: true
	// proactive-credits            proactive-credits    eligible: true
	// success-management           success-management   eligible: false
	// problem-resolution-support   flex: ineligible use: service problem-resolution-support has no Flex use (FLEX-1, FLEX-8)
}

// ParseUse reads the text form of a Use, as stored in JSON.
func ExampleParseUse() {
	u, err := flex.ParseUse("custom-proactive")
	if err != nil {
		panic(err)
	}
	fmt.Println(u, u.IsCapped(), u.IsEligible())
	// Output: custom-proactive true true
}

// Going from a Use back to the catalogue: the services that Flex pays for
// as Proactive Credits and as Custom Proactive Services, the two uses that
// share the credits cap (FLEX-2, FLEX-8).
func ExampleUse_Services() {
	for _, u := range []flex.Use{flex.ProactiveCredits, flex.CustomProactive, flex.ServiceDeliveryManagement} {
		fmt.Println(u, u.Services(), u.IsCapped())
	}
	// Output:
	// proactive-credits [proactive-credits] true
	// custom-proactive [custom-proactive-services] true
	// service-delivery-management [] false
}

// Which contract year's funds pay for a service delivered on a given day:
// a Work Order starting on 1 July has contract years from 1 July (FLEX-3,
// D-FLEX-2).
func ExampleSchedule_YearOn() {
	term := contract.Term{Start: calendar.MustParseDate("2026-07-01"), End: calendar.MustParseDate("2028-06-30")}
	ys := []flex.YearRequests{{Allowance: money.MustParse("300000 USD")}, {Allowance: money.MustParse("300000 USD")}}
	p, err := flex.AllocateTerm(term, ys)
	if err != nil {
		panic(err)
	}
	for _, s := range []string{"2026-06-30", "2027-06-30", "2027-07-01", "2028-07-01"} {
		y, ok := p.YearOn(calendar.MustParseDate(s))
		fmt.Println(s, y.N, ok)
	}
	// Output:
	// 2026-06-30 0 false
	// 2027-06-30 1 true
	// 2027-07-01 2 true
	// 2028-07-01 0 false
}
