package examples_test

import (
	"errors"
	"fmt"
	"time"
	_ "time/tzdata" // named zones without depending on the host's database

	"golang.org/x/text/currency"
	"golang.org/x/text/language"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/enhanced"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/severity"
)

// eventWorkOrder is Contoso Korea's Work Order with the response plans and
// the Azure Event Management events it bought for Seoul.
func eventWorkOrder() contract.WorkOrder {
	term := contract.Term{Start: calendar.MustParseDate("2026-01-01"), End: calendar.MustParseDate("2028-12-31")}
	return contract.WorkOrder{
		Customer: "Contoso Korea", Term: term, Unified: term, MultiCountry: true,
		Locations: []contract.Location{
			{Name: "Seoul", Country: "KR", Role: contract.Host, TimeZone: "Asia/Seoul", Currency: currency.KRW},
			{Name: "Tokyo", Country: "JP", Role: contract.Downstream, TimeZone: "Asia/Tokyo", Currency: currency.JPY},
		},
		Purchases: []contract.Purchase{
			{Service: catalogue.UnifiedEnhancedResponse, Quantity: 1, Location: "Seoul"},
			{Service: catalogue.RapidResponse, Quantity: 1, Location: "Seoul"},
			{Service: catalogue.AzureEventManagement, Quantity: 4, Unit: catalogue.UnitEvents, Location: "Seoul"},
		},
		FlexAllowance: money.MustParse("300000.00 USD"),
		Contacts: []contract.Contact{
			{Name: "Kim Min-jun", Role: contract.SupportServicesManager, Location: "Seoul"},
		},
	}
}

// Contoso Korea runs its 설날 sale of 2027 on one Azure solution, its
// online shop, from 1 to 12 February, and confirms it to Microsoft in
// writing on 10 December 2026.
//
// Azure Event Management is open to Contoso, whose solution is in the Azure
// public cloud (AEM-17, AEM-18). One event covers one solution for at most 5
// consecutive calendar days (AEM-7, AEM-11), so the 12-day sale takes 3
// events run back to back (AEM-12, D-AEM), of the 4 its Work Order bought;
// 53 days' written notice is more than the 6 weeks AEM asks for (AEM-14).
//
// On Saturday 6 February, 설날 itself, the shop's Azure Kubernetes Service
// cluster fails at 21:00. Contoso raises a Severity 1 incident through the
// Azure portal with "AEM" in the case description (SEV-AEM-1). Every chart it
// holds answers an Azure Severity 1 within 15 minutes, 24x7; on the tie an
// add-on's own row wins, Rapid Response first (D-SEV-3, RR-6), while the AEM row adds a crisis resource
// within 30 minutes (SEV-AEM-3, SEV-AEM-4). At 23:00 a second, Severity A
// incident on the same cluster: AEM's chart has no Severity A time (D-SEV-2),
// and Rapid Response's 15 minutes, Microsoft's published figure rather than
// the seed's, is the earliest target (D-SEV-2, D-SEV-3).
//
// Korean is guaranteed by none of these plans: AEM and Rapid Response are
// English (and Japanese) only, and only the Standard chart adds the contact's
// language, where possible (D-LANG).
//
// Packages: contract (AEM availability, the event plan), calendar (dates),
// severity (targets, chart rows, languages).
//
// Rules AEM-7, AEM-11, AEM-12, AEM-14, AEM-17, AEM-18, D-AEM, SEV-AEM-1,
// SEV-AEM-3, SEV-AEM-4, D-SEV-2, D-SEV-3, D-LANG (§2.4, Appendix A).
func Example_azureEventManagement() {
	wo := eventWorkOrder()
	avail := contract.AEMAvailable(wo)
	fmt.Printf("AEM available to %s: %t  [%v]\n", wo.Customer, avail.Allowed, avail.Rules)

	sale := contract.Term{Start: calendar.MustParseDate("2027-02-01"), End: calendar.MustParseDate("2027-02-12")}
	plan, err := enhanced.PlanAEM(1, sale, calendar.MustParseDate("2026-12-10"))
	if err != nil {
		panic(err)
	}
	var bought int
	for _, p := range wo.Purchases {
		if p.Service == catalogue.AzureEventManagement {
			bought += p.Quantity
		}
	}
	fmt.Printf("sale %v: %d days, %d events of %d bought; %d days' notice, needs agreement %t  [%v]\n",
		plan.Period, plan.Days, plan.Events, bought, plan.NoticeDays, plan.NeedsAgreement, plan.Rules)
	spans, err := plan.EventSpans()
	if err != nil {
		panic(err)
	}
	for i, span := range spans {
		fmt.Printf("  event %d: %v\n", i+1, span)
	}
	err = enhanced.CheckAEMEvent(contract.Term{Start: sale.Start, End: sale.Start.AddDays(5)})
	fmt.Printf("one event for 6 days: ErrAEMEventTooLong %t\n", errors.Is(err, enhanced.ErrAEMEventTooLong))

	seoul, err := time.LoadLocation("Asia/Seoul")
	if err != nil {
		panic(err)
	}
	plans := []severity.Plan{severity.EnhancedResponse, severity.RapidResponse, severity.EventManagement}
	for _, inc := range []severity.Incident{
		{Level: severity.Sev1, Azure: true, Product: "Azure Kubernetes Service", Opened: time.Date(2027, time.February, 6, 21, 0, 0, 0, seoul), Plans: plans},
		{Level: severity.SevA, Azure: true, Product: "Azure Kubernetes Service", Opened: time.Date(2027, time.February, 6, 23, 0, 0, 0, seoul), Plans: plans},
	} {
		t, err := severity.TargetFor(inc)
		if err != nil {
			panic(err)
		}
		due, err := severity.Deadline(inc, nil) // severity 1 and A run 24x7: no calendar needed
		if err != nil {
			panic(err)
		}
		fmt.Printf("severity %v, %s, opened %s: due %s  [%v]\n", inc.Level, inc.Product,
			inc.Opened.Format("Mon 01-02 15:04"), due.Format("15:04"), t)
		for _, p := range append([]severity.Plan{severity.Standard}, plans...) {
			ct, err := severity.ChartTarget(inc, p)
			if err != nil {
				panic(err)
			}
			note := ""
			if ct.Fallback {
				note = " (no such row: Standard's)"
			}
			if ct.NotFromSeed {
				note = " (published figure, not from the seed)"
			}
			fmt.Printf("  %-3s %-7v [%v]%s\n", p.Abbrev(), ct.Within, ct.Rules, note)
		}
	}
	row, err := severity.ChartRow(severity.EventManagement, severity.Sev1)
	if err != nil {
		panic(err)
	}
	fmt.Printf("AEM severity 1 row: crisis resource within %v, channels %v, case description %q  [%v]\n",
		row.CrisisResourceWithin, row.Channels, row.CaseDescription, row.Rules)

	for _, p := range append([]severity.Plan{severity.Standard}, plans...) {
		ls, err := severity.LanguagesOf(p)
		if err != nil {
			panic(err)
		}
		fmt.Printf("%-3s guarantees %v; Korean: %v, other languages: %v  [D-LANG]\n",
			p.Abbrev(), ls.Guaranteed(), ls.Support(language.Korean), ls.BestEffort())
	}
	// Output:
	// AEM available to Contoso Korea: true  [AEM-17]
	// sale 2027-02-01..2027-02-12: 12 days, 3 events of 4 bought; 53 days' notice, needs agreement false  [AEM-11, AEM-12, AEM-14, D-AEM]
	//   event 1: 2027-02-01..2027-02-05
	//   event 2: 2027-02-06..2027-02-10
	//   event 3: 2027-02-11..2027-02-12
	// one event for 6 days: ErrAEMEventTooLong true
	// severity 1, Azure Kubernetes Service, opened Sat 02-06 21:00: due 21:15  [Rapid Response, severity 1, azure-components: 15m0s, 24x7 (SEV-RR-2, RR-6, D-SEV-1, D-SEV-3)]
	//   STD 15m0s   [SEV-STD-2, D-SEV-1]
	//   UER 15m0s   [SEV-UER-2, UER-6, D-SEV-1]
	//   RR  15m0s   [SEV-RR-2, RR-6, D-SEV-1]
	//   AEM 15m0s   [SEV-AEM-3, SEV-AEM-1, D-SEV-1]
	// severity A, Azure Kubernetes Service, opened Sat 02-06 23:00: due 23:15  [Rapid Response, severity A, azure-components (not from the seed): 15m0s, 24x7 (SEV-RR-8, RR-6, D-SEV-2, D-SEV-1, D-SEV-3)]
	//   STD 1h0m0s  [SEV-STD-9, D-SEV-1]
	//   UER 30m0s   [SEV-UER-9, UER-6, D-SEV-1]
	//   RR  15m0s   [SEV-RR-8, RR-6, D-SEV-2, D-SEV-1] (published figure, not from the seed)
	//   AEM 1h0m0s  [SEV-AEM-8, D-SEV-2, SEV-STD-9, D-SEV-1] (no such row: Standard's)
	// AEM severity 1 row: crisis resource within 30m0s, channels azure-portal, case description "AEM"  [SEV-AEM-3, SEV-AEM-4, SEV-AEM-5, SEV-AEM-6, AEM-4, SAM-4, SEV-AEM-1]
	// STD guarantees [en]; Korean: best-effort, other languages: contact-language  [D-LANG]
	// UER guarantees [en zh ja]; Korean: best-effort, other languages: delivery-location-language  [D-LANG]
	// RR  guarantees [en ja]; Korean: not-offered, other languages: none  [D-LANG]
	// AEM guarantees [en]; Korean: not-offered, other languages: none  [D-LANG]
}
