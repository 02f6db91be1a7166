package severity_test

import (
	"fmt"
	"time"

	"github.com/supportrules/unified/severity"
)

// A support desk's morning view in Seoul at 09:00 on Monday 11 May 2026:
// which first responses are breached, and which will breach within the
// next 30 minutes of counted time, so that engineers pick them up first.
// Remaining and Overdue count business hours for Severity B and C and
// every instant for 1 and A (D-SEV-1, D-CLOCK).
func ExampleStatusAt() {
	seoul, cal := seoulSupport()
	asOf := time.Date(2026, time.May, 11, 9, 0, 0, 0, seoul) // Monday 09:00
	type ticket struct {
		id        string
		inc       severity.Incident
		changes   []severity.Change
		responded time.Time
	}
	tickets := []ticket{
		{"INC-101", severity.Incident{Level: severity.SevB, Product: "Exchange Server",
			Opened: time.Date(2026, time.May, 8, 16, 0, 0, 0, seoul)}, nil, time.Time{}},
		{"INC-102", severity.Incident{Level: severity.SevC, Product: "Windows Server",
			Opened: time.Date(2026, time.May, 8, 14, 0, 0, 0, seoul)}, nil, time.Time{}},
		{"INC-103", severity.Incident{Level: severity.SevA, Azure: true, Product: "Azure SQL Database",
			Opened: time.Date(2026, time.May, 11, 8, 40, 0, 0, seoul), Plans: []severity.Plan{severity.EnhancedResponse}}, nil, time.Time{}},
		{"INC-104", severity.Incident{Level: severity.SevC, Product: "SharePoint Server",
			Opened: time.Date(2026, time.May, 8, 10, 0, 0, 0, seoul)},
			[]severity.Change{{At: time.Date(2026, time.May, 8, 11, 0, 0, 0, seoul), To: severity.SevB}},
			time.Date(2026, time.May, 8, 13, 20, 0, 0, seoul)},
		{"INC-105", severity.Incident{Level: severity.SevB, Product: "SQL Server",
			Opened: time.Date(2026, time.May, 8, 17, 10, 0, 0, seoul)}, nil, time.Time{}},
	}
	for _, tk := range tickets {
		st, err := severity.StatusAt(tk.inc, tk.changes, tk.responded, asOf, cal)
		if err != nil {
			panic(err)
		}
		switch {
		case st.State == severity.Breached:
			fmt.Printf("%s BREACHED  sev %v, due %s, overdue %v\n", tk.id, st.Target.Level, st.Due.Format("Mon 15:04"), st.Overdue)
		case st.AtRisk(30 * time.Minute):
			fmt.Printf("%s AT RISK   sev %v, due %s, %v left\n", tk.id, st.Target.Level, st.Due.Format("Mon 15:04"), st.Remaining)
		default:
			fmt.Printf("%s %-9s sev %v, due %s, %v left\n", tk.id, st.State, st.Target.Level, st.Due.Format("Mon 15:04"), st.Remaining)
		}
	}
	// Output:
	// INC-101 AT RISK   sev B, due Mon 09:30, 30m0s left
	// INC-102 AT RISK   sev C, due Mon 09:30, 30m0s left
	// INC-103 AT RISK   sev A, due Mon 09:10, 10m0s left
	// INC-104 BREACHED  sev B, due Fri 13:00, overdue 20m0s
	// INC-105 pending   sev B, due Mon 10:40, 1h40m0s left
}

// Counted time and wall-clock time differ outside business hours: at
// 17:30 on Friday a Severity B response due Monday 09:30 has 30 minutes of
// business time left, and 64 wall-clock hours. AtRisk measures counted
// time, the measure the document's promise is made in, so the desk is
// warned before it closes for the weekend; a desk that wants the
// wall-clock measure computes it from Due.
func ExampleStatus_AtRisk() {
	seoul, cal := seoulSupport()
	inc := severity.Incident{Level: severity.SevB, Product: "Exchange Server",
		Opened: time.Date(2026, time.May, 8, 16, 0, 0, 0, seoul)}
	asOf := time.Date(2026, time.May, 8, 17, 30, 0, 0, seoul)
	st, err := severity.StatusAt(inc, nil, time.Time{}, asOf, cal)
	if err != nil {
		panic(err)
	}
	wall := st.Due.Sub(asOf)
	fmt.Printf("due %s: counted %v left, at risk within 30m: %t\n", st.Due.Format("Mon 15:04"), st.Remaining, st.AtRisk(30*time.Minute))
	fmt.Printf("wall clock: %v left, within 30m: %t\n", wall, wall <= 30*time.Minute)
	// Output:
	// due Mon 09:30: counted 30m0s left, at risk within 30m: true
	// wall clock: 64h0m0s left, within 30m: false
}
