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

// The AED root cause analysis of a production-impacting incident closed on
// Friday 20 February 2026, mitigated the day before and requested through
// the aligned AED engineer on the following Friday (the 7th calendar day
// after closure, the last day of the window): it is due 10 Seoul business
// days after the request, skipping the weekend and the substitute holiday
// of Monday 2 March (AED-18, AED-20, AED-21, D-AED-2).
func ExampleAEDRootCauseAnalysis() {
	seoul, err := time.LoadLocation("Asia/Seoul")
	if err != nil {
		panic(err)
	}
	cal, err := calendar.New(seoul, calendar.WithHolidays(calendar.MustParseDate("2026-03-02")))
	if err != nil {
		panic(err)
	}
	req := enhanced.AEDRCARequest{
		Closed:    calendar.MustParseDate("2026-02-20"),
		Mitigated: calendar.MustParseDate("2026-02-19"),
		Requested: calendar.MustParseDate("2026-02-27"),
		Impact:    enhanced.ImpactProduction,
		Channel:   enhanced.ChannelAlignedEngineer,
	}
	rca, err := enhanced.AEDRootCauseAnalysis(cal, req)
	if err != nil {
		panic(err)
	}
	fmt.Println("request by:", rca.RequestBy)
	fmt.Println("due:       ", rca.Due, rca.Due.Weekday())
	fmt.Println("rules:     ", rca.Rules)

	// A day later, the window has closed.
	late := req
	late.Requested = calendar.MustParseDate("2026-02-28")
	_, err = enhanced.AEDRootCauseAnalysis(cal, late)
	fmt.Println(errors.Is(err, enhanced.ErrRCARequestLate))

	// Asked through a support case rather than the aligned AED engineer.
	other := req
	other.Channel = enhanced.ChannelOther
	_, err = enhanced.AEDRootCauseAnalysis(cal, other)
	fmt.Println(err)
	// Output:
	// request by: 2026-02-27
	// due:        2026-03-16 Monday
	// rules:      AED-18, AED-20, AED-21, D-AED-2, D-DAYS
	// true
	// enhanced: RCA not eligible: requested via "other", an RCA is given only when requested through the customer's aligned AED engineer (AED-20)
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
	spans, err := p.EventSpans()
	if err != nil {
		panic(err)
	}
	fmt.Println("spans:", spans)
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
	fmt.Println(c.Verdict)
	// Output: allowed (UER-23, UER-24, D-UER)
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

// A UER line for the host Seoul added on 15 March 2027, during the term,
// covers the downstream Tokyo location from that day, not before (UER-4,
// UER-23, UER-24, D-UER).
func ExampleUERCoverageOn() {
	w := contract.WorkOrder{
		Term:         contract.Term{Start: calendar.MustParseDate("2026-01-01"), End: calendar.MustParseDate("2028-12-31")},
		Unified:      contract.Term{Start: calendar.MustParseDate("2026-01-01"), End: calendar.MustParseDate("2028-12-31")},
		MultiCountry: true,
		Locations: []contract.Location{
			{Name: "Seoul", Country: "KR", Role: contract.Host, TimeZone: "Asia/Seoul", Currency: currency.KRW},
			{Name: "Tokyo", Country: "JP", Role: contract.Downstream, TimeZone: "Asia/Tokyo", Currency: currency.JPY},
		},
		Purchases: []contract.Purchase{{Service: catalogue.UnifiedEnhancedResponse, Quantity: 1, Location: "Seoul", Start: calendar.MustParseDate("2027-03-15")}},
	}
	for _, on := range []string{"2027-03-14", "2027-03-15"} {
		c, err := enhanced.UERCoverageOn(w, "Tokyo", calendar.MustParseDate(on))
		if err != nil {
			panic(err)
		}
		fmt.Println(on, c.Verdict)
	}
	// Output:
	// 2027-03-14 refused (UER-23, D-UER, UER-4, D-TERM-3)
	// 2027-03-15 allowed (UER-23, UER-24, D-UER)
}

// In AED's first sixty days the team onboards and discovers; a proactive
// Service Improvement Plan on day 31 is reported, and is fine on day 61
// (AED-8, D-AED-3).
func ExampleOnboarding_CheckActivity() {
	o, err := enhanced.NewOnboarding(catalogue.AzureEngineeringDirect, calendar.MustParseDate("2026-03-01"))
	if err != nil {
		panic(err)
	}
	for _, x := range []struct {
		a  enhanced.AEDActivity
		on string
	}{{enhanced.ActivityDiscovery, "2026-03-31"}, {enhanced.ActivityProactive, "2026-03-31"}, {enhanced.ActivityProactive, "2026-04-30"}} {
		v, err := o.CheckActivity(x.a, calendar.MustParseDate(x.on))
		if err != nil {
			panic(err)
		}
		fmt.Println(x.on, x.a, v)
	}
	// Output:
	// 2026-03-31 discovery allowed (AED-8, D-AED-3, AMB-10)
	// 2026-03-31 proactive refused (AED-8, D-AED-3, AMB-10)
	// 2026-04-30 proactive allowed (AED-8, D-AED-3, AMB-10)
}

// A ransomware attack on Saturday 2 May 2026: the customer authorises
// Microsoft to start MSCIR work on 4 May, before buying it; the MSCIR
// agreement is executed on 11 May. Work from 4 to 10 May is paid as
// invoiced, at the customer's risk (MSCIR-5, MSCIR-6).
func ExampleNewMSCIREarlyStart() {
	s, err := enhanced.NewMSCIREarlyStart(calendar.MustParseDate("2026-05-04"), calendar.MustParseDate("2026-05-11"))
	if err != nil {
		panic(err)
	}
	for _, c := range s.Binds {
		fmt.Printf("(%s) %s\n", c.Clause, c.Text)
	}
	fmt.Println("10 May:", s.BeforeAgreement(calendar.MustParseDate("2026-05-10")))
	fmt.Println("11 May:", s.BeforeAgreement(calendar.MustParseDate("2026-05-11")))
	// Output:
	// (a) Take all reasonably necessary steps to execute the MSCIR agreement as soon as possible
	// (b) Be solely responsible for the services provided before the MSCIR agreement is executed, and pay for them as Microsoft invoices
	// (c) Microsoft is not liable for any act or omission connected with the authorised work before signature; the customer assumes all related risk
	// 10 May: allowed (MSCIR-5, MSCIR-6)
	// 11 May: refused (MSCIR-5)
}
