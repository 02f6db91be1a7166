package enhanced_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/enhanced"
	"github.com/supportrules/unified/contract/money"
	"golang.org/x/text/currency"
)

// The AED root cause analysis of an incident closed on Friday 20 February
// 2026, mitigated the day before and requested on the following Friday
// (the 7th calendar day after closure, the last day of the window): it is
// due 10 Seoul business days after the request, skipping the weekend and
// the substitute holiday of Monday 2 March (AED-18, AED-21, D-AED-2).
func ExampleAEDRootCauseAnalysis() {
	seoul, err := time.LoadLocation("Asia/Seoul")
	if err != nil {
		panic(err)
	}
	cal, err := calendar.New(seoul, calendar.WithHolidays(calendar.MustParseDate("2026-03-02")))
	if err != nil {
		panic(err)
	}
	closed := calendar.MustParseDate("2026-02-20")
	rca, err := enhanced.AEDRootCauseAnalysis(cal, closed, calendar.MustParseDate("2026-02-27"), calendar.MustParseDate("2026-02-19"))
	if err != nil {
		panic(err)
	}
	fmt.Println("request by:", rca.RequestBy)
	fmt.Println("due:       ", rca.Due, rca.Due.Weekday())
	fmt.Println("rules:     ", rca.Rules)

	// A day later, the window has closed.
	_, err = enhanced.AEDRootCauseAnalysis(cal, closed, calendar.MustParseDate("2026-02-28"), calendar.MustParseDate("2026-02-19"))
	fmt.Println(errors.Is(err, enhanced.ErrRCARequestLate))
	// Output:
	// request by: 2026-02-27
	// due:        2026-03-16 Monday
	// rules:      AED-18, AED-21, D-AED-2, D-DAYS
	// true
}

// A Black Friday sale over two Azure solutions, from 27 November to 2
// December (six days), confirmed in writing on 20 October: two events per
// solution, and 38 days' notice needs Microsoft's agreement (AEM-11,
// AEM-12, AEM-14, D-AEM).
func ExamplePlanAEM() {
	sale := contract.Term{Start: calendar.MustParseDate("2026-11-27"), End: calendar.MustParseDate("2026-12-02")}
	p, err := enhanced.PlanAEM(2, sale, calendar.MustParseDate("2026-10-20"))
	if err != nil {
		panic(err)
	}
	fmt.Println("days:", p.Days, "events:", p.Events, "notice:", p.NoticeDays, "needs agreement:", p.NeedsAgreement)
	fmt.Println("spans:", p.EventSpans())
	fmt.Println("rules:", p.Rules)
	// Output:
	// days: 6 events: 4 notice: 38 needs agreement: true
	// spans: [2026-11-27..2026-12-01 2026-12-02..2026-12-02]
	// rules: AEM-11, AEM-12, AEM-14, D-AEM, AEM-7, AEM-9, AEM-15
}

// AED starting 1 March 2026: onboarding runs 60 days, monitors are due 30
// days later (AED-7, AED-33, D-AED-3).
func ExampleNewOnboarding() {
	o, err := enhanced.NewOnboarding(catalogue.AzureEngineeringDirect, calendar.MustParseDate("2026-03-01"))
	if err != nil {
		panic(err)
	}
	fmt.Println("onboarding:", o.Period)
	fmt.Println("monitors due:", o.MonitorsDue)
	// Output:
	// onboarding: 2026-03-01..2026-04-29
	// monitors due: 2026-05-29
}

// Two Service Improvement Plans per 12-month period from the AED start; a
// third in the same period is refused, and the next period starts afresh
// (AED-23, D-AED-3).
func ExampleCheckSIPRequest() {
	start := calendar.MustParseDate("2026-03-01")
	earlier := []calendar.Date{calendar.MustParseDate("2026-04-01"), calendar.MustParseDate("2026-09-01")}
	for _, s := range []string{"2027-01-15", "2027-03-01"} {
		c, err := enhanced.CheckSIPRequest(start, earlier, calendar.MustParseDate(s))
		if err != nil {
			panic(err)
		}
		fmt.Println(s, "period", c.Index, c.Period, "allowed:", c.Allowed)
	}
	// Output:
	// 2027-01-15 period 1 2026-03-01..2027-02-28 allowed: false
	// 2027-03-01 period 2 2027-03-01..2028-02-29 allowed: true
}

// 400 hours of Enhanced Designated Engineering; a 7.5-hour engagement is
// deducted, to the minute (EDE-3).
func ExampleHourBlock_Deduct() {
	h, err := enhanced.NewHourBlock(catalogue.EnhancedDesignatedEngineering, 400*time.Hour)
	if err != nil {
		panic(err)
	}
	after, err := h.Deduct(7*time.Hour + 30*time.Minute)
	if err != nil {
		panic(err)
	}
	fmt.Println(after.Remaining(), "left of", after.Purchased())
	_, err = after.Deduct(393 * time.Hour)
	fmt.Println(errors.Is(err, enhanced.ErrInsufficientHours))
	// Output:
	// 392h30m0s left of 400h0m0s
	// true
}

// UER bought for the host Seoul covers the downstream Tokyo location too
// (UER-23, UER-24, D-UER).
func ExampleUERCoverage() {
	w := contract.WorkOrder{
		MultiCountry: true,
		Locations: []contract.Location{
			{Name: "Seoul", Country: "KR", Role: contract.Host, TimeZone: "Asia/Seoul", Currency: currency.KRW},
			{Name: "Tokyo", Country: "JP", Role: contract.Downstream, TimeZone: "Asia/Tokyo", Currency: currency.JPY},
		},
		Purchases: []contract.Purchase{{Service: catalogue.UnifiedEnhancedResponse, Quantity: 1, Location: "Seoul"}},
	}
	c := enhanced.UERCoverage(w, "Tokyo")
	fmt.Println(c.Covered, c.Rules)
	// Output: true UER-23, UER-24, D-UER
}

// Platform monitoring is for Extended Capabilities Customers, with at most
// seven scenarios (AED-27, AED-30).
func ExampleCheckMonitoringScenarios() {
	e, err := contract.ExtendedCapabilities(money.Amount{}, contract.OptedIn) // pays the cap price
	if err != nil {
		panic(err)
	}
	fmt.Println(enhanced.CheckMonitoringScenarios(e, 7))
	fmt.Println(enhanced.CheckMonitoringScenarios(e, 8))
	// Output:
	// <nil>
	// enhanced: monitoring scenario limit exceeded: 8 scenarios, at most 7 (AED-30)
}
