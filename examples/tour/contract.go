package main

import (
	"fmt"
	"io"
	"time"

	"golang.org/x/text/currency"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/enhanced"
	"github.com/supportrules/unified/contract/money"
)

// contosoWorkOrder is the tour's sample Work Order: Contoso Korea, host
// Seoul, downstream Tokyo, term 2026-01-01..2028-12-31 (both dates
// inclusive: services are forfeited from 2029-01-01), Flex Allowance
// 300,000 USD per contract year.
func contosoWorkOrder() contract.WorkOrder {
	date := calendar.MustParseDate
	term := contract.Term{Start: date("2026-01-01"), End: date("2028-12-31")}
	return contract.WorkOrder{
		Customer:     "Contoso Korea",
		Term:         term,
		Unified:      term,
		MultiCountry: true,
		Locations: []contract.Location{
			{Name: "Seoul", Country: "KR", Role: contract.Host, TimeZone: "Asia/Seoul", Currency: currency.KRW},
			{Name: "Tokyo", Country: "JP", Role: contract.Downstream, TimeZone: "Asia/Tokyo", Currency: currency.JPY},
		},
		Purchases: []contract.Purchase{
			{Service: catalogue.UnifiedEnhancedResponse, Quantity: 1, Location: "Seoul"},
			{Service: catalogue.RapidResponse, Quantity: 1, Location: "Seoul"},
			{Service: catalogue.AzureEngineeringDirect, Quantity: 1, Start: date("2026-03-01"), Location: "Seoul"},
			{Service: catalogue.EnhancedDesignatedEngineering, Quantity: 400, Unit: catalogue.UnitHours, Location: "Seoul"},
			{Service: catalogue.DeveloperSupport, Quantity: 2, Maximum: 4, Location: "Tokyo"},
			{Service: catalogue.Workshops, Quantity: 20, Unit: catalogue.UnitAttendees, Location: "Tokyo"},
			{Service: catalogue.AzureEventManagement, Quantity: 4, Unit: catalogue.UnitEvents, Location: "Seoul"},
		},
		FlexAllowance:        money.MustParse("300000.00 USD"),
		ProactiveCredits:     120,
		AssessedProductSpend: money.MustParse("75000000 USD"),
		Contacts: []contract.Contact{
			{Name: "Kim Min-jun", Role: contract.SupportServicesManager, Location: "Seoul"},
			{Name: "Sato Yui", Role: contract.SupportServicesManager, Location: "Tokyo"},
		},
	}
}

// tourContract prints the sample Work Order with its catalogue entries,
// its validation (and that of a flawed draft), and its key dates, each
// with the rules that decided it.
func tourContract(w io.Writer, sm *sample) error {
	wo := contosoWorkOrder()
	fmt.Fprintf(w, "%s: term %v (end inclusive; forfeited from %v), Flex Allowance %s USD/year  [TERM-7, FLEX-3]\n",
		wo.Customer, wo.Term, wo.Term.End.AddDays(1), wo.FlexAllowance.Decimal().StringFixed(2))
	for _, l := range wo.Locations {
		fmt.Fprintf(w, "  %-10s %-5s %s %s %s  [MC-2, MC-3]\n", l.Role, l.Name, l.Country, l.TimeZone, l.Currency)
	}

	fmt.Fprintln(w, "Purchases and their catalogue entries:")
	for _, p := range wo.Purchases {
		svc, ok := catalogue.Lookup(p.Service)
		if !ok {
			return fmt.Errorf("no catalogue entry for %v", p.Service)
		}
		ct, err := wo.EffectiveTerm(p)
		if err != nil {
			return err
		}
		qty := fmt.Sprint(p.Quantity)
		if p.Unit != catalogue.UnitService {
			qty += " " + p.Unit.String()
		}
		if p.Maximum > 0 {
			qty += fmt.Sprintf(" (max %d)", p.Maximum)
		}
		fmt.Fprintf(w, "  %-2s %-40s %-18s %-5s %-22v [%s; %s]\n", svc.Marking().Symbol(), svc.EnglishName(), qty, p.Location,
			ct.Term, svc.Rules(catalogue.FactMarking), ct.Rules)
	}

	if err := wo.Validate(); err != nil {
		return fmt.Errorf("the sample Work Order should be valid: %w", err)
	}
	fmt.Fprintln(w, "Validate: no violations")
	draft := contosoWorkOrder()
	draft.Purchases[4].Maximum = 0            // Developer Support without its stated maximum
	draft.Purchases[1].End = draft.Term.Start // Rapid Response for one day only
	draft.Purchases[0].Location = "Tokyo"     // UER bought for the downstream location
	draft.SovereignCloud = true               // AEM is public-cloud only
	fmt.Fprintln(w, "A flawed draft of it:")
	for _, v := range draft.Violations() {
		fmt.Fprintf(w, "  %-7s %-22s %s  [%s]\n", v.Grade, v.Field, v.Detail, v.Rules)
	}

	fmt.Fprintln(w, "Key dates:")
	req, err := wo.Term.CheckRequest(calendar.MustParseDate("2028-11-15"))
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "  proactive and enhanced requests due by %v; one submitted %v is on time: %v  [%s]\n",
		req.Deadline, req.Submitted, req.OnTime, req.Rules)
	for _, id := range []catalogue.ServiceID{catalogue.UnifiedEnhancedResponse, catalogue.AzureEngineeringDirect} {
		o, err := enhanced.OnboardingOf(wo, id)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "  %v onboarding %v", id, o.Period)
		if o.MonitorsDue != (calendar.Date{}) {
			fmt.Fprintf(w, ", monitors due %v", o.MonitorsDue)
		}
		fmt.Fprintf(w, "  [%s]\n", o.Rules)
	}
	e, err := contract.AEDEligibility(wo)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "  AED Extended Capabilities Customer (spend %s USD): %v; platform monitoring available: %v  [%s]\n",
		wo.AssessedProductSpend.Decimal().StringFixed(0), e.Extended, e.CapabilityAvailable(catalogue.AEDPlatformMonitoring), e.Rules)
	aed := wo.Purchases[2].Term(wo.Term)
	sip, err := enhanced.CheckSIPRequest(aed.Start, []calendar.Date{calendar.MustParseDate("2026-05-04"), calendar.MustParseDate("2026-11-02")}, calendar.MustParseDate("2027-02-15"))
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "  a 3rd Service Improvement Plan on 2027-02-15 (period %v): allowed %v  [%s]\n", sip.Period, sip.Allowed, sip.Rules)

	cal := sm.cal
	closed, mitigated := calendar.MustParseDate("2026-09-22"), calendar.MustParseDate("2026-09-21")
	rca, err := enhanced.AEDRootCauseAnalysis(cal, enhanced.AEDRCARequest{Closed: closed, Mitigated: mitigated, Requested: calendar.MustParseDate("2026-09-23"),
		Impact: enhanced.ImpactProduction, Channel: enhanced.ChannelAlignedEngineer})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "  AED RCA for an incident closed %v: request by %v; requested %v → due %v (%s), across 추석  [%s]\n",
		closed, rca.RequestBy, "2026-09-23", rca.Due, rca.Due.Weekday(), rca.Rules)

	sale := contract.Term{Start: calendar.MustParseDate("2026-11-27"), End: calendar.MustParseDate("2026-12-02")}
	plan, err := enhanced.PlanAEM(2, sale, calendar.MustParseDate("2026-10-20"))
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "  AEM for a %d-day sale on %d Azure solutions: %d events (Work Order buys %d); %d days' notice, needs Microsoft's agreement: %v  [%s]\n",
		plan.Days, plan.Solutions, plan.Events, wo.Purchases[6].Quantity, plan.NoticeDays, plan.NeedsAgreement, plan.Rules)

	hours, err := enhanced.NewHourBlock(catalogue.EnhancedDesignatedEngineering, time.Duration(wo.Purchases[3].Quantity)*time.Hour)
	if err != nil {
		return err
	}
	if hours, err = hours.Deduct(37*time.Hour + 30*time.Minute); err != nil {
		return err
	}
	fmt.Fprintf(w, "  EDE hours after a 37h30m engagement: %v of %v left  [%s]\n", hours.Remaining(), hours.Purchased(), hours.Rules())
	uer := enhanced.UERCoverage(wo, "Tokyo")
	fmt.Fprintf(w, "  Tokyo covered by the host's UER: %v  [%s]\n", uer.Allowed, uer.Rules)
	return nil
}
