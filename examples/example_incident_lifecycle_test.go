package examples_test

import (
	"fmt"
	"time"
	_ "time/tzdata" // named zones without depending on the host's database

	"golang.org/x/text/currency"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/calendar/kr"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/catalogue/duty"
	"github.com/supportrules/unified/contract/enhanced"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/multicountry"
	"github.com/supportrules/unified/severity"
)

// incidentWorkOrder is the part of Contoso Korea's Work Order that matters to
// an incident: the locations, the response plans bought for the host, and the
// contacts who raise incidents.
func incidentWorkOrder() contract.WorkOrder {
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
		},
		FlexAllowance: money.MustParse("300000.00 USD"),
		Contacts: []contract.Contact{
			{Name: "Kim Min-jun", Role: contract.SupportServicesManager, Location: "Seoul"},
			{Name: "Sato Yui", Role: contract.SupportServicesManager, Location: "Tokyo"},
		},
	}
}

// plansOf returns the Appendix A charts a Work Order holds besides the
// Standard chart, which every customer holds.
func plansOf(wo contract.WorkOrder) []severity.Plan {
	var plans []severity.Plan
	if wo.Purchased(catalogue.UnifiedEnhancedResponse) {
		plans = append(plans, severity.EnhancedResponse)
	}
	if wo.Purchased(catalogue.RapidResponse) {
		plans = append(plans, severity.RapidResponse)
	}
	return plans
}

// stamp formats an instant for the story.
func stamp(t time.Time) string { return t.Format("Mon 01-02 15:04 MST") }

// On Wednesday 23 September 2026 at 16:00, the day before 추석 전날, Contoso
// Korea's Support Services Manager in Seoul opens a Severity B incident:
// Exchange Server is delivering mail late.
//
// The incident runs on the business calendar of the contact's location
// (D-CAL, RESP-2): Seoul's, with Korea's public holidays from calendar/kr.
// A Severity B first call response is due within 2 business hours (SEV-STD-13,
// D-SEV-1): one and a half count on Wednesday, none during 추석 (Thursday to
// Saturday) or on Sunday (SEV-STD-21), and the last half hour on Monday
// morning. Contoso also holds Unified Enhanced Response and Rapid Response,
// but neither chart has a Severity B row, so the Standard row decides (D-SEV-2,
// D-SEV-3). Contoso's own duty, a change manager's access and response within
// 4 business hours, runs on the same clock (SEV-STD-14, D-SEV-1).
//
// At 17:10 mail stops altogether, and Contoso asks to raise the incident to
// Severity 1 (PRS-6). The first response is re-targeted from the change
// (D-SEV-6): Contoso holds Unified Enhanced Response, whose Severity 1 row
// answers within 30 minutes, 24x7, with a senior incident manager
// (SEV-UER-3, UER-6); Contoso must now sustain a 24x7 effort (SEV-UER-7). An
// engineer calls at 17:32, in time (PRS-9). By 02:40 the outage is mitigated
// and Contoso can no longer staff the 24x7 effort Severity 1 needs, so
// Microsoft lowers the severity, explicitly and one step only (SEV-UER-14,
// D-SEV-5). Contoso asks for a Root Cause Analysis before the incident
// closes, which is in time (RCA-2, UER-14); a request after closure would not
// be, and an RCA comes with the duty to provide logs (RCA-3).
//
// Packages: contract (the Work Order and its plans), multicountry (the
// governing calendar), calendar/kr (Seoul's holidays), severity (targets,
// duties, the change, the RCA request).
//
// Rules D-CAL, RESP-2, SEV-STD-13, SEV-STD-14, SEV-STD-21, D-SEV-1, D-SEV-2,
// D-SEV-3, PRS-6, D-SEV-6, SEV-UER-3, SEV-UER-7, PRS-9, SEV-UER-14, D-SEV-5,
// RCA-2, RCA-3, UER-14 (Appendix A, §2.3 table 9, §2.4, §2.7).
func Example_incidentLifecycle() {
	seoulHours, err := kr.Calendar()
	if err != nil {
		panic(err)
	}
	wo := incidentWorkOrder()
	support, err := multicountry.New(wo, map[string]*calendar.Calendar{"Seoul": seoulHours})
	if err != nil {
		panic(err)
	}

	// Which calendar governs an incident Kim Min-jun raises?
	gov, err := support.GoverningCalendar("Kim Min-jun")
	if err != nil {
		panic(err)
	}
	fmt.Printf("governing calendar: %s  [%v]\n", gov.Location, gov.Rules)
	cal := gov.Calendar
	seoul := cal.Location()

	// The incident, with the plans the Work Order holds.
	inc := severity.Incident{
		Level:   severity.SevB,
		Product: "Exchange Server",
		Opened:  time.Date(2026, time.September, 23, 16, 0, 0, 0, seoul),
		Plans:   plansOf(wo),
	}
	held := "STD"
	for _, p := range inc.Plans {
		held += " + " + p.Abbrev()
	}
	fmt.Printf("opened %s, severity %v, %s, charts held: %s\n", stamp(inc.Opened), inc.Level, inc.Product, held)
	for d := calendar.DateOf(inc.Opened).AddDays(1); !cal.IsBusinessDay(d); d = d.AddDays(1) {
		fmt.Printf("  %v %s is not a business day in Seoul\n", d, d.Weekday())
	}
	target, err := severity.TargetFor(inc)
	if err != nil {
		panic(err)
	}
	due, err := severity.Deadline(inc, cal)
	if err != nil {
		panic(err)
	}
	fmt.Printf("first call response: %v within %v on business hours, due %s  [%v]\n",
		target.Plan, target.Within, stamp(due), target.Rules)

	// Contoso's side of the Severity B row.
	duties, err := severity.CustomerDuties(inc, cal)
	if err != nil {
		panic(err)
	}
	for _, d := range duties {
		if d.Due.IsZero() {
			fmt.Printf("Contoso: %-24v standing duty  [%v]\n", d.Duty, d.Rules)
			continue
		}
		fmt.Printf("Contoso: %-24v due %s  [%v]\n", d.Duty, stamp(d.Due), d.Rules)
	}

	// 17:10: raised to Severity 1.
	change := severity.Change{At: time.Date(2026, time.September, 23, 17, 10, 0, 0, seoul), To: severity.Sev1}
	r, err := severity.Retarget(inc, change, cal)
	if err != nil {
		panic(err)
	}
	fmt.Printf("raised to %v at %s: due %s instead of %s  [%v]\n",
		change.To, stamp(change.At), stamp(r.Due), stamp(r.Previous), r.Rules)
	fmt.Printf("  new target: %v\n", r.Target)
	row, err := severity.ChartRow(r.Target.Plan, change.To)
	if err != nil {
		panic(err)
	}
	fmt.Printf("  Microsoft: effort %v, senior incident manager %t, channels %v  [%v]\n",
		row.Effort, row.SeniorIncidentManager, row.Channels, row.Rules)
	sev1 := inc
	sev1.Level = change.To
	duties, err = severity.CustomerDuties(sev1, cal)
	if err != nil {
		panic(err)
	}
	for _, d := range duties {
		fmt.Printf("  Contoso: %v  [%v]\n", d.Duty, d.Rules)
	}
	called := time.Date(2026, time.September, 23, 17, 32, 0, 0, seoul)
	// The verdict after a change is the Retargeted's own: the due time that
	// stands may be the earlier level's (D-SEV-6).
	onTime, err := r.IsOnTime(called)
	if err != nil {
		panic(err)
	}
	fmt.Printf("engineer calls at %s: on time %t  [%v]\n", stamp(called), onTime.Allowed, onTime.Rules)
	st, err := severity.StatusAt(inc, []severity.Change{change}, called, called, cal)
	if err != nil {
		panic(err)
	}
	fmt.Printf("  status at the call: %v, due %s  [%v]\n", st.State, stamp(st.Due), st.Rules)

	// Mitigated overnight; Contoso cannot sustain the 24x7 effort any more.
	mitigated := time.Date(2026, time.September, 24, 2, 40, 0, 0, seoul)
	lower, err := change.To.Downgrade()
	if err != nil {
		panic(err)
	}
	fmt.Printf("mitigated %s, Contoso stands down its 24x7 effort: Microsoft may lower %v to %v  [SEV-UER-14, D-SEV-5]\n",
		stamp(mitigated), change.To, lower)

	// Root Cause Analysis: asked for before closure, and (hypothetically) after.
	closed := time.Date(2026, time.September, 24, 11, 0, 0, 0, seoul)
	for _, asked := range []time.Time{closed.Add(-90 * time.Minute), closed.Add(26 * time.Hour)} {
		v, err := enhanced.RCARequest(asked, closed)
		if err != nil {
			panic(err)
		}
		fmt.Printf("RCA asked %s, incident closed %s: allowed %t  [%v]\n", stamp(asked), stamp(closed), v.Allowed, v.Rules)
	}
	for _, o := range duty.ObligationsOf(catalogue.RootCauseAnalysis) {
		fmt.Printf("  with an RCA Contoso owes: %s  [%v]\n", o.Text, o.Rules)
	}
	// Output:
	// governing calendar: Seoul  [D-CAL, AMB-18, SEV-STD-21, TERM-1, RESP-2, MC-3]
	// opened Wed 09-23 16:00 KST, severity B, Exchange Server, charts held: STD + UER + RR
	//   2026-09-24 Thursday is not a business day in Seoul
	//   2026-09-25 Friday is not a business day in Seoul
	//   2026-09-26 Saturday is not a business day in Seoul
	//   2026-09-27 Sunday is not a business day in Seoul
	// first call response: Standard within 2h0m0s on business hours, due Mon 09-28 09:30 KST  [SEV-STD-13, D-SEV-1, SEV-STD-21, D-SEV-3]
	// Contoso: assign-staff             standing duty  [SEV-STD-14]
	// Contoso: change-manager-response  due Mon 09-28 11:30 KST  [SEV-STD-14, D-SEV-1]
	// Contoso: submit                   standing duty  [SEV-STD-14]
	// raised to 1 at Wed 09-23 17:10 KST: due Wed 09-23 17:40 KST instead of Mon 09-28 09:30 KST  [PRS-6, D-SEV-6]
	//   new target: Unified Enhanced Response, severity 1, other-products: 30m0s, 24x7 (SEV-UER-3, UER-6, D-SEV-1, D-SEV-3)
	//   Microsoft: effort 24x7, senior incident manager true, channels phone|web  [SEV-UER-4, SEV-UER-5, SEV-UER-6, UER-6, UER-7, UER-8, SAM-4, UER-5]
	//   Contoso: notify-executives  [SEV-UER-7]
	//   Contoso: sustain-24x7-effort  [SEV-UER-7]
	//   Contoso: rapid-access  [SEV-UER-7]
	//   Contoso: submit  [SEV-UER-7]
	// engineer calls at Wed 09-23 17:32 KST: on time true  [PRS-9, D-SEV-1, D-SEV-6]
	//   status at the call: met, due Wed 09-23 17:40 KST  [PRS-9, D-SEV-1, D-CLOCK, PRS-6, D-SEV-6]
	// mitigated Thu 09-24 02:40 KST, Contoso stands down its 24x7 effort: Microsoft may lower 1 to A  [SEV-UER-14, D-SEV-5]
	// RCA asked Thu 09-24 09:30 KST, incident closed Thu 09-24 11:00 KST: allowed true  [RCA-2, UER-14, UER-12, RCA-4, RCA-3]
	// RCA asked Fri 09-25 13:00 KST, incident closed Thu 09-24 11:00 KST: allowed false  [RCA-2, UER-14, UER-12, RCA-4, RCA-3]
	//   with an RCA Contoso owes: Request the analysis explicitly before the incident is closed  [RCA-2]
	//   with an RCA Contoso owes: Provide log files, network traces and other diagnostic output, working with the Microsoft team  [RCA-3]
}
