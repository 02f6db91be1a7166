package contract_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/shopspring/decimal"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
)

// A Work Order that breaks three rules: Developer Support is "+1" but no
// maximum is stated (MARK-3, D-MARK), Azure Engineering Direct is bought
// without Azure Rapid Response (AED-39), and UER is bought for the
// downstream Tokyo location, which the host's UER would have covered (a
// warning, D-UER). Validate returns the errors; Violations lists all three.
func ExampleWorkOrder_Validate() {
	w := contract.WorkOrder{
		Customer:     "Contoso Korea",
		Term:         contract.Term{Start: calendar.MustParseDate("2026-01-01"), End: calendar.MustParseDate("2028-12-31")},
		Unified:      contract.Term{Start: calendar.MustParseDate("2026-01-01"), End: calendar.MustParseDate("2028-12-31")},
		MultiCountry: true,
		Locations: []contract.Location{
			{Name: "Seoul", Country: "KR", Role: contract.Host, TimeZone: "Asia/Seoul", Currency: "KRW"},
			{Name: "Tokyo", Country: "JP", Role: contract.Downstream, TimeZone: "Asia/Tokyo", Currency: "JPY"},
		},
		Purchases: []contract.Purchase{
			{Service: catalogue.DeveloperSupport, Quantity: 2, Location: "Seoul"},
			{Service: catalogue.AzureEngineeringDirect, Quantity: 1, Location: "Seoul"},
			{Service: catalogue.UnifiedEnhancedResponse, Quantity: 1, Location: "Tokyo"},
		},
		FlexAllowance: decimal.RequireFromString("300000.00"),
		Contacts: []contract.Contact{
			{Name: "Kim Min-jun", Role: contract.SupportServicesManager, Location: "Seoul"},
		},
	}
	for _, v := range w.Violations() {
		fmt.Printf("%-7s %-21s %s\n", v.Severity, v.Field, v.Rules)
	}
	err := w.Validate()
	fmt.Println(errors.Is(err, contract.ErrNoStatedMaximum), errors.Is(err, contract.ErrNoRapidResponse), errors.Is(err, contract.ErrUnnecessaryPurchase))
	// Output:
	// error   Purchases[0].Maximum  MARK-3, D-MARK, DEV-1, AMB-27
	// error   Purchases[1]          AED-39, D-TERM-3, AMB-35
	// warning Purchases[2].Location D-UER, UER-23, UER-24, AMB-11
	// true true false
}

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
	rca, err := contract.AEDRootCauseAnalysis(cal, closed, calendar.MustParseDate("2026-02-27"), calendar.MustParseDate("2026-02-19"))
	if err != nil {
		panic(err)
	}
	fmt.Println("request by:", rca.RequestBy)
	fmt.Println("due:       ", rca.Due, rca.Due.Weekday())
	fmt.Println("rules:     ", rca.Rules)

	// A day later, the window has closed.
	_, err = contract.AEDRootCauseAnalysis(cal, closed, calendar.MustParseDate("2026-02-28"), calendar.MustParseDate("2026-02-19"))
	fmt.Println(errors.Is(err, contract.ErrRCARequestLate))
	// Output:
	// request by: 2026-02-27
	// due:        2026-03-16 Monday
	// rules:      AED-18, AED-21, D-AED-2, D-DAYS
	// true
}

// Requests for proactive services and enhanced solutions are due 60
// calendar days before the Work Order expires (RESP-14, D-TERM-1); unused
// services are forfeited the day after the term ends (TERM-7, D-TERM-2).
func ExampleTerm_CheckRequest() {
	term := contract.Term{Start: calendar.MustParseDate("2026-01-01"), End: calendar.MustParseDate("2028-12-31")}
	for _, s := range []string{"2028-11-01", "2028-11-02"} {
		r, err := term.CheckRequest(calendar.MustParseDate(s))
		if err != nil {
			panic(err)
		}
		fmt.Println(s, r.DaysBeforeExpiry, r.OnTime, r.Err())
	}
	f, err := term.Forfeiture(calendar.MustParseDate("2029-01-01"))
	if err != nil {
		panic(err)
	}
	fmt.Println("use by", f.UseBy, "forfeited from", f.ForfeitedOn, f.Forfeited, f.Rules)
	// Output:
	// 2028-11-01 60 true <nil>
	// 2028-11-02 59 false contract: Submitted: request submitted 2028-11-02, 59 days before expiry; due by 2028-11-01 (RESP-14, D-TERM-1)
	// use by 2028-12-31 forfeited from 2029-01-01 true TERM-7, D-TERM-2
}

// Enhanced Designated Engineering bought to the end of 2028 under a
// Unified contract that ends in June 2028 ends with the contract (EDE-8,
// D-TERM-3).
func ExampleCoTerminate() {
	ede := contract.Term{Start: calendar.MustParseDate("2026-01-01"), End: calendar.MustParseDate("2028-12-31")}
	unified := contract.Term{Start: calendar.MustParseDate("2025-07-01"), End: calendar.MustParseDate("2028-06-30")}
	ct, err := contract.CoTerminate(ede, unified)
	if err != nil {
		panic(err)
	}
	fmt.Println(ct.Term, ct.Cut, ct.Rules)
	// Output: 2026-01-01..2028-06-30 true D-TERM-3
}

// A Black Friday sale over two Azure solutions, from 27 November to 2
// December (six days), confirmed in writing on 20 October: two events per
// solution, and 38 days' notice needs Microsoft's agreement (AEM-11,
// AEM-12, AEM-14, D-AEM).
func ExamplePlanAEM() {
	sale := contract.Term{Start: calendar.MustParseDate("2026-11-27"), End: calendar.MustParseDate("2026-12-02")}
	p, err := contract.PlanAEM(2, sale, calendar.MustParseDate("2026-10-20"))
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
	o, err := contract.NewOnboarding(catalogue.AzureEngineeringDirect, calendar.MustParseDate("2026-03-01"))
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
		c, err := contract.CheckSIPRequest(start, earlier, calendar.MustParseDate(s))
		if err != nil {
			panic(err)
		}
		fmt.Println(s, "period", c.Index, c.Period, "allowed:", c.Allowed)
	}
	// Output:
	// 2027-01-15 period 1 2026-03-01..2027-02-28 allowed: false
	// 2027-03-01 period 2 2027-03-01..2028-02-29 allowed: true
}

// Extended capabilities from 60,000,000 USD of annual Assessed Product
// Spend at signing, inclusive, or by paying the cap price (AED-5, D-AED-1).
func ExampleExtendedCapabilities() {
	for _, spend := range []string{"59999999.99", "60000000"} {
		e, err := contract.ExtendedCapabilities(decimal.RequireFromString(spend), contract.NotOptedIn)
		if err != nil {
			panic(err)
		}
		fmt.Println(spend, e.Extended, e.CapabilityAvailable(catalogue.AEDPlatformMonitoring), e.Rules)
	}
	// Output:
	// 59999999.99 false false AED-5, D-AED-1, AED-6
	// 60000000 true true AED-5, D-AED-1
}

// 400 hours of Enhanced Designated Engineering; a 7.5-hour engagement is
// deducted, to the minute (EDE-3).
func ExampleHourBlock_Deduct() {
	h, err := contract.NewHourBlock(catalogue.EnhancedDesignatedEngineering, 400*time.Hour)
	if err != nil {
		panic(err)
	}
	after, err := h.Deduct(7*time.Hour + 30*time.Minute)
	if err != nil {
		panic(err)
	}
	fmt.Println(after.Remaining(), "left of", after.Purchased())
	_, err = after.Deduct(393 * time.Hour)
	fmt.Println(errors.Is(err, contract.ErrInsufficientHours))
	// Output:
	// 392h30m0s left of 400h0m0s
	// true
}

// On-demand Assessment support: onsite up to 2 days or remote up to 1 day
// (MAINT-5).
func ExampleNewAssessmentSupport() {
	_, err := contract.NewAssessmentSupport(2, 0)
	fmt.Println(err)
	_, err = contract.NewAssessmentSupport(0, 2)
	fmt.Println(err)
	// Output:
	// <nil>
	// contract: On-demand Assessment support not allowed: 2 remote days, at most 1 (MAINT-5)
}

// Under a Unified contract ending in June 2028, the Work Order's AED ends
// with it, and its capabilities end with AED (AED-39, D-TERM-3); a
// workshop runs to the end of the Work Order term (TERM-7).
func ExampleWorkOrder_EffectiveTerm() {
	date := calendar.MustParseDate
	w := contract.WorkOrder{
		Term:    contract.Term{Start: date("2026-01-01"), End: date("2028-12-31")},
		Unified: contract.Term{Start: date("2025-07-01"), End: date("2028-06-30")},
		Locations: []contract.Location{
			{Name: "Seoul", Country: "KR", Role: contract.Host, TimeZone: "Asia/Seoul", Currency: "KRW"},
		},
		Purchases: []contract.Purchase{
			{Service: catalogue.RapidResponse, Quantity: 1},
			{Service: catalogue.AzureEngineeringDirect, Quantity: 1, Start: date("2026-03-01")},
			{Service: catalogue.AEDInsights},
			{Service: catalogue.Workshops, Quantity: 20, Unit: catalogue.UnitAttendees},
		},
	}
	for _, p := range w.Purchases[1:] {
		ct, err := w.EffectiveTerm(p)
		if err != nil {
			panic(err)
		}
		fmt.Printf("%-25v %v  %s\n", p.Service, ct.Term, ct.Rules)
	}
	// Output:
	// azure-engineering-direct  2026-03-01..2028-06-30  TERM-7, AED-39, D-TERM-3, AMB-35
	// aed-insights              2026-03-01..2028-06-30  TERM-7, AED-39, D-TERM-3, AMB-35
	// workshops                 2026-01-01..2028-12-31  TERM-7
}

// UER bought for the host Seoul covers the downstream Tokyo location too
// (UER-23, UER-24, D-UER).
func ExampleUERCoverage() {
	w := contract.WorkOrder{
		MultiCountry: true,
		Locations: []contract.Location{
			{Name: "Seoul", Country: "KR", Role: contract.Host, TimeZone: "Asia/Seoul", Currency: "KRW"},
			{Name: "Tokyo", Country: "JP", Role: contract.Downstream, TimeZone: "Asia/Tokyo", Currency: "JPY"},
		},
		Purchases: []contract.Purchase{{Service: catalogue.UnifiedEnhancedResponse, Quantity: 1, Location: "Seoul"}},
	}
	c := contract.UERCoverage(w, "Tokyo")
	fmt.Println(c.Covered, c.Rules)
	// Output: true UER-23, UER-24, D-UER
}

// Platform monitoring is for Extended Capabilities Customers, with at most
// seven scenarios (AED-27, AED-30).
func ExampleCheckMonitoringScenarios() {
	e, err := contract.ExtendedCapabilities(decimal.Zero, contract.OptedIn) // pays the cap price
	if err != nil {
		panic(err)
	}
	fmt.Println(contract.CheckMonitoringScenarios(e, 7))
	fmt.Println(contract.CheckMonitoringScenarios(e, 8))
	// Output:
	// <nil>
	// contract: monitoring scenario limit exceeded: 8 scenarios, at most 7 (AED-30)
}
