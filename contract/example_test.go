package contract_test

import (
	"errors"
	"fmt"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/money"
	"golang.org/x/text/currency"
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
			{Name: "Seoul", Country: "KR", Role: contract.Host, TimeZone: "Asia/Seoul", Currency: currency.KRW},
			{Name: "Tokyo", Country: "JP", Role: contract.Downstream, TimeZone: "Asia/Tokyo", Currency: currency.JPY},
		},
		Purchases: []contract.Purchase{
			{Service: catalogue.DeveloperSupport, Quantity: 2, Location: "Seoul"},
			{Service: catalogue.AzureEngineeringDirect, Quantity: 1, Location: "Seoul"},
			{Service: catalogue.UnifiedEnhancedResponse, Quantity: 1, Location: "Tokyo"},
		},
		FlexAllowance: money.MustParse("300000.00 USD"),
		Contacts: []contract.Contact{
			{Name: "Kim Min-jun", Role: contract.SupportServicesManager, Location: "Seoul"},
		},
	}
	for _, v := range w.Violations() {
		fmt.Printf("%-7s %-21s %s\n", v.Grade, v.Field, v.Rules)
	}
	err := w.Validate()
	fmt.Println(errors.Is(err, contract.ErrNoStatedMaximum), errors.Is(err, contract.ErrNoRapidResponse), errors.Is(err, contract.ErrUnnecessaryPurchase))
	// Output:
	// error   purchases[0].maximum  MARK-3, D-MARK, DEV-1, AMB-27
	// error   purchases[1]          AED-39, D-TERM-3, AMB-35
	// warning purchases[2].location D-UER, UER-23, UER-24, AMB-11
	// true true false
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
	// 2028-11-02 59 false contract: submitted: request submitted 2028-11-02, 59 days before expiry; due by 2028-11-01 (RESP-14, D-TERM-1)
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

// Extended capabilities from 60,000,000 USD of annual Assessed Product
// Spend at signing, inclusive, or by paying the cap price (AED-5, D-AED-1).
func ExampleExtendedCapabilities() {
	for _, spend := range []string{"59999999.99", "60000000"} {
		e, err := contract.ExtendedCapabilities(money.MustParse(spend+" USD"), contract.NotOptedIn)
		if err != nil {
			panic(err)
		}
		fmt.Println(spend, e.Extended, e.CapabilityAvailable(catalogue.AEDPlatformMonitoring), e.Rules)
	}
	// Output:
	// 59999999.99 false false AED-5, D-AED-1, AED-6
	// 60000000 true true AED-5, D-AED-1
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
			{Name: "Seoul", Country: "KR", Role: contract.Host, TimeZone: "Asia/Seoul", Currency: currency.KRW},
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
