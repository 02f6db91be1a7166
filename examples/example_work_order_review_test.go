package examples_test

import (
	"errors"
	"fmt"
	_ "time/tzdata" // named zones without depending on the host's database

	"golang.org/x/text/currency"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/calendar/kr"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/enhanced"
	"github.com/supportrules/unified/contract/money"
)

// draftWorkOrder is the first draft of Contoso Korea's Work Order, as the
// account team typed it.
func draftWorkOrder() contract.WorkOrder {
	date := calendar.MustParseDate
	term := contract.Term{Start: date("2026-01-01"), End: date("2028-12-31")}
	return contract.WorkOrder{
		Customer: "Contoso Korea", Term: term, Unified: term, MultiCountry: true,
		Locations: []contract.Location{
			{Name: "Seoul", Country: "KR", Role: contract.Host, TimeZone: "Asia/Seoul", Currency: currency.KRW},
			{Name: "Tokyo", Country: "JP", Role: contract.Downstream, TimeZone: "Asia/Tokyo", Currency: currency.JPY},
		},
		Purchases: []contract.Purchase{
			{Service: catalogue.UnifiedEnhancedResponse, Quantity: 1, Location: "Tokyo"},
			{Service: catalogue.RapidResponse, Quantity: 1, End: date("2027-12-31"), Location: "Seoul"},
			{Service: catalogue.AzureEngineeringDirect, Quantity: 1, Start: date("2026-03-01"), Location: "Seoul"},
			{Service: catalogue.DesignatedEngineering, Quantity: 1},
			{Service: catalogue.DeveloperSupport, Quantity: 2, Location: "Tokyo"},
			{Service: catalogue.Workshops, Quantity: 20, Unit: catalogue.UnitAttendees, End: date("2029-03-31"), Location: "Tokyo"},
			{Service: catalogue.AzureEventManagement, Quantity: 4, Unit: catalogue.UnitEvents, Location: "Seoul"},
		},
		FlexAllowance:        money.MustParse("300000.00 USD"),
		AssessedProductSpend: money.MustParse("75000000 USD"),
		SovereignCloud:       true,
		Contacts: []contract.Contact{
			{Name: "Sato Yui", Role: contract.ReactiveContact, Location: "Tokyo"},
		},
	}
}

// Before Contoso Korea signs, its contract team checks the draft Work Order
// against every rule a Work Order can be checked against, and gets all the
// problems at once, each with the field, the rules and a severity:
// UER bought for the downstream location only (a warning, D-UER, UER-23);
// AED outliving the Rapid Response it depends on (AED-39, D-TERM-3);
// Designated Engineering bought without naming its location (MC-4);
// Developer Support without the maximum a "+1" service must state (MARK-3,
// D-MARK, DEV-1); workshops dated past the term (BUY-7, TERM-7); Azure Event
// Management for a sovereign cloud (AEM-17, AEM-18); and no Support Services
// Manager at all (RESP-1). Validate joins the errors, not the warning.
//
// Once fixed, the Work Order validates, and its key dates follow from the
// rules: requests for proactive services and enhanced solutions are due 60
// days before expiry, by 2028-11-01 (RESP-14, D-TERM-1); unused services are
// forfeited from 2029-01-01 (TERM-7, D-TERM-2); UER and AED onboard in their
// first 60 days, and AED's monitors are due 30 days later (D-AED-3); AED lasts
// only while the Unified contract and the Rapid Response it needs do, so a
// Rapid Response bought for two years only would cut it short (D-TERM-3);
// Contoso, with an Assessed
// Product Spend of 75,000,000 USD, gets AED's extended capabilities
// (D-AED-1). An AED root cause analysis asked for 3 days after an incident
// closed in December is due 10 Seoul business days after the request,
// skipping Christmas and New Year's Day; one asked for 10 days after closure
// is out of its 7-day window (D-AED-2).
//
// Packages: contract (validation, term rules, enhanced solutions), calendar/kr
// (Seoul's business days).
//
// Rules D-UER, UER-23, AED-39, D-TERM-3, MC-4, MARK-3, D-MARK, DEV-1, BUY-7,
// TERM-7, AEM-17, AEM-18, RESP-1, RESP-14, D-TERM-1, D-TERM-2, D-AED-1,
// D-AED-2, D-AED-3 (§2.1, §2.3, §2.4, §2.5, §2.6, §2.7).
func Example_workOrderReview() {
	date := calendar.MustParseDate
	draft := draftWorkOrder()
	fmt.Println("draft:")
	for _, v := range draft.Violations() {
		fmt.Printf("  %-7v %-21s %v  [%v]\n          %s\n", v.Grade, v.Field, v.Err, v.Rules, v.Detail)
	}
	err := draft.Validate()
	joined, ok := err.(interface{ Unwrap() []error })
	if !ok {
		panic(fmt.Sprintf("Validate returned %v, not the joined violations", err))
	}
	fmt.Printf("Validate: %d errors joined; errors.Is ErrNoStatedMaximum %t, ErrUnnecessaryPurchase (a warning) %t\n",
		len(joined.Unwrap()), errors.Is(err, contract.ErrNoStatedMaximum), errors.Is(err, contract.ErrUnnecessaryPurchase))

	// The fixes.
	wo := draftWorkOrder()
	wo.Purchases[0].Location = "Seoul"    // UER for the host covers Tokyo too
	wo.Purchases[1].End = calendar.Date{} // Rapid Response for the whole term
	wo.Purchases[3].Location = "Seoul"    // DE at one named location
	wo.Purchases[4].Maximum = 4           // the stated "+1" maximum
	wo.Purchases[5].End = calendar.Date{} // workshops within the term
	wo.SovereignCloud = false             // AEM for the Azure public cloud
	wo.Contacts = append(wo.Contacts, contract.Contact{Name: "Kim Min-jun", Role: contract.SupportServicesManager, Location: "Seoul"})
	if err := wo.Validate(); err != nil {
		panic(err)
	}
	fmt.Printf("fixed: Validate() = %v, %d warnings\n", wo.Validate(), len(wo.Violations()))

	// Key dates of the signed Work Order.
	for _, submitted := range []calendar.Date{date("2028-11-01"), date("2028-11-02")} {
		rc, err := wo.Term.CheckRequest(submitted)
		if err != nil {
			panic(err)
		}
		fmt.Printf("request submitted %v: %d days before expiry, on time %t  [%v]\n", submitted, rc.DaysBeforeExpiry, rc.OnTime, rc.Rules)
		if err := rc.Err(); err != nil {
			fmt.Printf("  %v\n", err)
		}
	}
	ff, err := wo.Term.Forfeiture(date("2029-01-01"))
	if err != nil {
		panic(err)
	}
	fmt.Printf("use by %v, forfeited from %v  [%v]\n", ff.UseBy, ff.ForfeitedOn, ff.Rules)
	for _, id := range []catalogue.ServiceID{catalogue.UnifiedEnhancedResponse, catalogue.AzureEngineeringDirect} {
		ob, err := enhanced.OnboardingOf(wo, id)
		if err != nil {
			panic(err)
		}
		fmt.Printf("%v onboarding %v", id, ob.Period)
		if ob.MonitorsDue.IsValid() {
			fmt.Printf(", monitors due %v", ob.MonitorsDue)
		}
		fmt.Printf("  [%v]\n", ob.Rules)
	}
	aed := wo.Purchases[2]
	ct, err := wo.EffectiveTerm(aed)
	if err != nil {
		panic(err)
	}
	fmt.Printf("%v effective %v, cut short %t  [%v]\n", aed.Service, ct.Term, ct.Cut, ct.Rules)
	shortRR := contract.Term{Start: wo.Term.Start, End: date("2027-12-31")}
	ct, err = contract.CoTerminate(aed.Term(wo.Term), wo.Unified, shortRR)
	if err != nil {
		panic(err)
	}
	fmt.Printf("  with Rapid Response only to %v: effective %v, cut short %t  [%v]\n", shortRR.End, ct.Term, ct.Cut, ct.Rules)
	elig, err := contract.AEDEligibility(wo)
	if err != nil {
		panic(err)
	}
	fmt.Printf("extended capabilities %t, platform monitoring %t  [%v]\n",
		elig.Extended, elig.CapabilityAvailable(catalogue.AEDPlatformMonitoring), elig.Rules)

	// An AED root cause analysis over the holidays, on Seoul's calendar.
	seoulHours, err := kr.Calendar()
	if err != nil {
		panic(err)
	}
	closed, mitigated := date("2026-12-18"), date("2026-12-17")
	for _, requested := range []calendar.Date{date("2026-12-21"), date("2026-12-28")} {
		rca, err := enhanced.AEDRootCauseAnalysis(seoulHours, enhanced.AEDRCARequest{Closed: closed, Mitigated: mitigated, Requested: requested,
			Impact: enhanced.ImpactProduction, Channel: enhanced.ChannelAlignedEngineer})
		if errors.Is(err, enhanced.ErrRCARequestLate) {
			fmt.Printf("RCA requested %v for an incident closed %v: late, request by %v  [%v]\n", requested, closed, rca.RequestBy, rca.Rules)
			continue
		}
		if err != nil {
			panic(err)
		}
		fmt.Printf("RCA requested %v for an incident closed %v: due %v %s  [%v]\n", requested, closed, rca.Due, rca.Due.Weekday(), rca.Rules)
	}
	// Output:
	// draft:
	//   warning purchases[0].location contract: unnecessary purchase  [D-UER, UER-23, UER-24, AMB-11]
	//           unified-enhanced-response bought for downstream "Tokyo": under multi-country support it needs to be bought only for the host "Seoul", whose purchase would cover every location; the host has none
	//   error   purchases[2].end      contract: dependent service ends after its parent  [AED-39, D-TERM-3, AMB-35]
	//           azure-engineering-direct ends 2028-12-31, after Rapid Response ends 2027-12-31
	//   error   purchases[3].location contract: support location required  [DE-5, AMB-34, MC-4]
	//           designated-engineering: the Work Order has 2 locations; name the one it was bought for
	//   error   purchases[4].maximum  contract: no stated maximum  [MARK-3, D-MARK, DEV-1, AMB-27]
	//           developer-support is "+1": the Work Order must state its maximum quantity
	//   error   purchases[5]          contract: outside the Work Order term  [BUY-7, BUY-8, TERM-7]
	//           workshops: 2026-01-01..2029-03-31 is not within the Work Order term 2026-01-01..2028-12-31
	//   error   purchases[6]          contract: cloud environment not eligible  [AEM-18, AEM-17]
	//           azure-event-management is not available for Azure Government or sovereign cloud environments
	//   error   contacts              contract: no Support Services Manager  [RESP-1]
	//           the customer must name a Support Services Manager
	// Validate: 6 errors joined; errors.Is ErrNoStatedMaximum true, ErrUnnecessaryPurchase (a warning) false
	// fixed: Validate() = <nil>, 0 warnings
	// request submitted 2028-11-01: 60 days before expiry, on time true  [RESP-14, D-TERM-1]
	// request submitted 2028-11-02: 59 days before expiry, on time false  [RESP-14, D-TERM-1]
	//   contract: submitted: request submitted 2028-11-02, 59 days before expiry; due by 2028-11-01 (RESP-14, D-TERM-1)
	// use by 2028-12-31, forfeited from 2029-01-01  [TERM-7, D-TERM-2]
	// unified-enhanced-response onboarding 2026-01-01..2026-03-01  [UER-16, D-AED-3, AMB-10]
	// azure-engineering-direct onboarding 2026-03-01..2026-04-29, monitors due 2026-05-29  [AED-7, AED-9, AED-32, AED-33, D-AED-3, AMB-10]
	// azure-engineering-direct effective 2026-03-01..2028-12-31, cut short false  [TERM-7, AED-39, D-TERM-3, AMB-35]
	//   with Rapid Response only to 2027-12-31: effective 2026-03-01..2027-12-31, cut short true  [D-TERM-3]
	// extended capabilities true, platform monitoring true  [AED-5, D-AED-1]
	// RCA requested 2026-12-21 for an incident closed 2026-12-18: due 2027-01-06 Wednesday  [AED-18, AED-20, AED-21, D-AED-2, D-DAYS]
	// RCA requested 2026-12-28 for an incident closed 2026-12-18: late, request by 2026-12-25  [AED-18, D-AED-2]
}
