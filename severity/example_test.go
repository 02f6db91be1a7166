package severity_test

import (
	"fmt"
	"time"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/severity"
)

// seoulSupport returns the Seoul support location's calendar: 09:00-17:30,
// Monday to Friday, minus two of Korea's 2026 holidays (D-CAL).
func seoulSupport() (*time.Location, *calendar.Calendar) {
	seoul, err := time.LoadLocation("Asia/Seoul")
	if err != nil {
		panic(err)
	}
	cal, err := calendar.New(seoul, calendar.WithHolidays(
		calendar.Date{Year: 2026, Month: time.May, Day: 5},  // 어린이날
		calendar.Date{Year: 2026, Month: time.May, Day: 25}, // 부처님오신날 대체공휴일
	))
	if err != nil {
		panic(err)
	}
	return seoul, cal
}

// A Severity B incident opened at 16:00 on a Friday in Seoul: the first
// call response is due within 2 business hours, so 1h30 counts on Friday
// and 30 minutes on Monday (D-SEV-1, D-CLOCK; Appendix A, chart 1).
func ExampleDeadline() {
	seoul, err := time.LoadLocation("Asia/Seoul")
	if err != nil {
		panic(err)
	}
	// The Seoul support location: 09:00-17:30, Monday to Friday, minus
	// public holidays (here only Children's Day, for brevity).
	cal, err := calendar.New(seoul, calendar.WithHolidays(calendar.Date{Year: 2026, Month: time.May, Day: 5}))
	if err != nil {
		panic(err)
	}
	inc := severity.Incident{
		Level:  severity.SevB,
		Opened: time.Date(2026, time.May, 8, 16, 0, 0, 0, seoul),
	}
	due, err := severity.Deadline(inc, cal)
	if err != nil {
		panic(err)
	}
	t, err := severity.TargetFor(inc)
	if err != nil {
		panic(err)
	}
	fmt.Println(due.Format("Mon 2006-01-02 15:04"))
	fmt.Println(t.Rules)
	// Output:
	// Mon 2026-05-11 09:30
	// SEV-STD-13, D-SEV-1, SEV-STD-21
}

// A severity 1 incident on a product the Standard chart keeps off its
// Azure row (footnote 1), for a customer holding Unified Enhanced Response
// and Rapid Response: Rapid Response, listed first, gives 15 minutes
// (D-SEV-3, D-SEV-4).
func ExampleTargetFor() {
	seoul, _ := seoulSupport()
	inc := severity.Incident{
		Level:   severity.Sev1,
		Azure:   true,
		Product: "Azure 통신 서비스", // Azure Communication Services, as the seed prints it
		Opened:  time.Date(2026, time.May, 9, 3, 0, 0, 0, seoul),
		Plans:   []severity.Plan{severity.RapidResponse, severity.EnhancedResponse},
	}
	for _, plans := range [][]severity.Plan{nil, inc.Plans} {
		inc.Plans = plans
		t, err := severity.TargetFor(inc)
		if err != nil {
			panic(err)
		}
		fmt.Printf("%-15v %-6v %v\n", t.Plan, t.Within, t.Rules)
	}
	// Output:
	// Standard        1h0m0s SEV-STD-3, SEV-STD-18, D-SEV-4, D-SEV-1
	// Rapid Response  15m0s  SEV-RR-2, RR-6, D-SEV-1, D-SEV-3
}

// What each chart alone says about a Severity A incident on an Azure
// component: Azure Event Management prints no time for A, so its Standard
// row is used (D-SEV-2); Rapid Response's A row is cut off in the seed and
// uses Microsoft's published 15 minutes.
func ExampleChartTarget() {
	seoul, _ := seoulSupport()
	inc := severity.Incident{Level: severity.SevA, Azure: true, Product: "Azure Kubernetes Service",
		Opened: time.Date(2026, time.May, 12, 10, 0, 0, 0, seoul)}
	for _, p := range []severity.Plan{severity.Standard, severity.EnhancedResponse, severity.RapidResponse, severity.EventManagement} {
		t, err := severity.ChartTarget(inc, p)
		if err != nil {
			panic(err)
		}
		fmt.Printf("%-4s %-6v fallback=%-5t not-from-seed=%t\n", p.Abbrev(), t.Within, t.Fallback, t.NotFromSeed)
	}
	// Output:
	// STD  1h0m0s fallback=false not-from-seed=false
	// UER  30m0s  fallback=false not-from-seed=false
	// RR   15m0s  fallback=false not-from-seed=true
	// AEM  1h0m0s fallback=true  not-from-seed=false
}

// Azure Event Management's severity 1 row: a crisis-situation resource
// within 30 minutes, 24x7, raised through the Azure portal with "AEM" in
// the case description (Appendix A, chart 4).
func ExampleChartRow() {
	r, err := severity.ChartRow(severity.EventManagement, severity.Sev1)
	if err != nil {
		panic(err)
	}
	fmt.Println(r.AzureWithin, r.Effort, r.CrisisResourceWithin, r.Channels, r.CaseDescription)
	fmt.Println(r.Rules)
	// Output:
	// 15m0s 24x7 30m0s azure-portal AEM
	// SEV-AEM-3, SEV-AEM-4, SEV-AEM-5, SEV-AEM-6, AEM-4, SAM-4, SEV-AEM-1
}

// The customer's side of a Severity B incident opened Friday at 16:00: its
// change manager must give access and respond within 4 business hours
// (SEV-STD-14, D-SEV-1).
func ExampleCustomerDuties() {
	seoul, cal := seoulSupport()
	duties, err := severity.CustomerDuties(severity.Incident{Level: severity.SevB,
		Opened: time.Date(2026, time.May, 8, 16, 0, 0, 0, seoul)}, cal)
	if err != nil {
		panic(err)
	}
	for _, d := range duties {
		due := "-"
		if !d.Due.IsZero() {
			due = d.Due.Format("Mon 15:04")
		}
		fmt.Printf("%-24v %-9s %v\n", d.Duty, due, d.Rules)
	}
	// Output:
	// assign-staff             -         SEV-STD-14
	// change-manager-response  Mon 11:30 SEV-STD-14, D-SEV-1
	// submit                   -         SEV-STD-14
}

// A Severity B incident raised to severity 1 half an hour after it was
// opened: the first response is now due 1 hour after the change (D-SEV-6).
func ExampleRetarget() {
	seoul, cal := seoulSupport()
	opened := time.Date(2026, time.May, 12, 10, 0, 0, 0, seoul)
	r, err := severity.Retarget(severity.Incident{Level: severity.SevB, Opened: opened},
		severity.Change{At: opened.Add(30 * time.Minute), To: severity.Sev1}, cal)
	if err != nil {
		panic(err)
	}
	fmt.Println(r.Previous.Format("15:04"), "->", r.Due.Format("15:04"), r.Rules)
	// Output: 12:00 -> 11:30 PRS-6, D-SEV-6
}

// Microsoft may lower a severity one step, explicitly (D-SEV-5).
func ExampleLevel_Downgrade() {
	for _, l := range []severity.Level{severity.Sev1, severity.SevA, severity.SevB} {
		down, err := l.Downgrade()
		fmt.Println(l, "->", down, err)
	}
	// Output:
	// 1 -> A <nil>
	// A -> B <nil>
	// B ->  severity: no such downgrade: severity B is not lowered further (D-SEV-5)
}

// A coverage downgrade turns Rapid Response's 24x7 effort into business
// hours (SEV-RR-9, D-SEV-5).
func ExampleRow_DowngradeCoverage() {
	r, err := severity.ChartRow(severity.RapidResponse, severity.Sev1)
	if err != nil {
		panic(err)
	}
	down, err := r.DowngradeCoverage()
	if err != nil {
		panic(err)
	}
	fmt.Println(r.Effort, "->", down.Effort, down.AzureWithin, down.Rules.At(0))
	// Output: 24x7 -> business-hours 15m0s SEV-RR-9
}

// Product names match without regard to case, in English or in the
// seed's Korean (D-SEV-4).
func ExampleCovers() {
	for _, name := range []string{"azure communication services", "Azure 통신 서비스", "Azure Stack"} {
		c, err := severity.Covers(severity.Standard, severity.AzureComponents, name)
		if err != nil {
			panic(err)
		}
		fmt.Printf("%-30s excluded=%-5t row=%v\n", name, c.Excluded, c.Class)
	}
	// Output:
	// azure communication services   excluded=true  row=other-products
	// Azure 통신 서비스                   excluded=true  row=other-products
	// Azure Stack                    excluded=false row=azure-components
}

// Rapid Response's exclusion list as printed (RR-7).
func ExampleExclusions() {
	list, err := severity.Exclusions(severity.RapidResponse)
	if err != nil {
		panic(err)
	}
	for _, p := range list {
		fmt.Println(p.English)
	}
	// Output:
	// Azure Media Services
	// Azure Stack
	// Azure StorSimple
	// GitHub AE
	// Universal Print
	// Test Base for M365
	// Microsoft Mesh
}

// Languages as BCP 47 tags (D-LANG).
func ExampleLanguagesOf() {
	for _, p := range []severity.Plan{severity.Standard, severity.EnhancedResponse, severity.RapidResponse, severity.EventManagement} {
		ls, err := severity.LanguagesOf(p)
		if err != nil {
			panic(err)
		}
		fmt.Println(p.Abbrev(), p.Service(), ls)
	}
	// Output:
	// STD problem-resolution-support en+contact-language
	// UER unified-enhanced-response en,zh,ja+delivery-location-language
	// RR rapid-response en,ja
	// AEM azure-event-management en
}

// The REDE engineer joins a Severity B incident only on request (REDE-7).
func ExampleREDEEngages() {
	v, err := severity.REDEEngages(severity.SevB, severity.NotRequested)
	if err != nil {
		panic(err)
	}
	fmt.Println(v.Allowed, v.Rules)
	// Output: false REDE-7, REDE-18
}

// A support desk's exports spell levels in many ways; each reads as the
// document's level, and anything else says what is accepted.
func ExampleParseLevel() {
	for _, s := range []string{"a", "Sev B", "Severity 1", "sev-c", "심각도 A", "2"} {
		l, err := severity.ParseLevel(s)
		fmt.Printf("%q: %v %v\n", s, l, err)
	}
	// Output:
	// "a": A <nil>
	// "Sev B": B <nil>
	// "Severity 1": 1 <nil>
	// "sev-c": C <nil>
	// "심각도 A": A <nil>
	// "2":  severity: invalid level: "2" is not a severity level (want 1, A, B or C, also written "Sev A", "Severity A", "sev-a" or "심각도 A")
}

// A desk's list of the plans a customer holds, in its own spellings.
func ExampleParsePlans() {
	ps, err := severity.ParsePlans("UER, Azure Rapid Response + aem")
	fmt.Println(ps, err)
	_, err = severity.ParsePlans("UER, Premier")
	fmt.Println(err)
	// Output:
	// [Unified Enhanced Response Rapid Response Azure Event Management] <nil>
	// severity: invalid plan: "Premier" is not a response plan (want Standard (STD), Unified Enhanced Response (UER), Azure Rapid Response (Rapid Response, RR), Azure Event Management (AEM), or their text forms standard, enhanced-response, rapid-response, event-management)
}
