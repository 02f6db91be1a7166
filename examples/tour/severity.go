package main

import (
	"fmt"
	"io"
	"time"

	"github.com/supportrules/unified/contract/enhanced"
	"github.com/supportrules/unified/severity"
)

// tourSeverity prints the first-response targets and deadlines of a few
// Contoso Korea incidents, supported from Seoul, with the rules that
// decided them. Contoso holds Unified Enhanced Response and Rapid Response
// besides the Standard chart.
func tourSeverity(w io.Writer, sm *sample) error {
	cal, seoul := sm.cal, sm.cal.Location() // Seoul: 09:00-17:30, Monday-Friday, minus Korea's public holidays
	plans := []severity.Plan{severity.EnhancedResponse, severity.RapidResponse}
	const layout = "Mon 01-02 15:04"
	incidents := []struct {
		what string
		inc  severity.Incident
	}{
		{"B, Exchange Server, eve of 추석", severity.Incident{Level: severity.SevB, Product: "Exchange Server",
			Opened: at(seoul, 2026, time.September, 23, 16, 0)}},
		{"1, Azure 통신 서비스, Saturday night", severity.Incident{Level: severity.Sev1, Azure: true, Product: "Azure 통신 서비스",
			Opened: at(seoul, 2026, time.September, 19, 3, 0)}},
		{"1, SQL Server", severity.Incident{Level: severity.Sev1, Product: "SQL Server",
			Opened: at(seoul, 2026, time.September, 21, 11, 0)}},
		{"A, Azure Stack (not Rapid Response)", severity.Incident{Level: severity.SevA, Azure: true, Product: "Azure Stack",
			Opened: at(seoul, 2026, time.September, 21, 11, 0)}},
		{"A, Azure Kubernetes Service", severity.Incident{Level: severity.SevA, Azure: true, Product: "Azure Kubernetes Service",
			Opened: at(seoul, 2026, time.September, 21, 11, 0)}},
		{"C, Windows Server, Friday 17:29", severity.Incident{Level: severity.SevC, Product: "Windows Server",
			Opened: at(seoul, 2026, time.October, 2, 17, 29)}},
	}
	for _, x := range incidents {
		x.inc.Plans = plans
		t, err := severity.TargetFor(x.inc)
		if err != nil {
			return err
		}
		due, err := severity.Deadline(x.inc, cal)
		if err != nil {
			return err
		}
		clock := "24x7"
		if t.BusinessHours {
			clock = "business hours"
		}
		note := ""
		if t.NotFromSeed {
			note = " (15 minutes: not from the seed)"
		}
		fmt.Fprintf(w, "%-36s %-25v %-16v within %-6v %-14s opened %s, due %s  [%v]%s\n",
			x.what, t.Plan, t.Class, t.Within, clock, x.inc.Opened.Format(layout), due.Format(layout), t.Rules, note)
	}

	// What each chart alone says for the Severity C incident: UER has no C
	// row and falls back to Standard's; Rapid Response covers Azure only.
	c := incidents[5].inc
	for _, p := range []severity.Plan{severity.Standard, severity.EnhancedResponse, severity.RapidResponse} {
		t, err := severity.ChartTarget(c, p)
		if err != nil {
			fmt.Fprintf(w, "  chart %-4s: %v\n", p.Abbrev(), err)
			continue
		}
		fmt.Fprintf(w, "  chart %-4s: within %v, fallback %t  [%v]\n", p.Abbrev(), t.Within, t.Fallback, t.Rules)
	}

	// Contoso's side of the Severity B incident.
	duties, err := severity.CustomerDuties(incidents[0].inc, cal)
	if err != nil {
		return err
	}
	for _, d := range duties {
		if d.Due.IsZero() {
			continue
		}
		fmt.Fprintf(w, "Contoso's %v for the B incident is due %s  [%v]\n", d.Duty, d.Due.Format(layout), d.Rules)
	}

	// Half an hour later Contoso asks to raise the B incident to severity 1.
	b := incidents[0].inc
	b.Plans = plans
	raised := b.Opened.Add(30 * time.Minute)
	r, err := severity.Retarget(b, severity.Change{At: raised, To: severity.Sev1}, cal)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "B raised to 1 at %s: first response due %s instead of %s  [%v; target %v]\n",
		raised.Format(layout), r.Due.Format(layout), r.Previous.Format(layout), r.Rules, r.Target.Rules)

	// The first call came at 16:50, after the severity 1 target's 16:30:
	// the verdict is the Retargeted's own, whichever due time stands.
	called := at(seoul, 2026, time.September, 23, 16, 50)
	v, err := r.IsOnTime(called)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "engineer called %s: on time %t  [%v]\n", called.Format(layout), v.Allowed, v.Rules)

	// A desk's view on Monday 28 September at 09:00, after 추석: where each
	// open first response stands, in counted time on its own clock (the
	// document promises a first response only: there is no pause clock).
	asOf := at(seoul, 2026, time.September, 28, 9, 0)
	desk := []struct {
		id      string
		inc     severity.Incident
		changes []severity.Change
	}{
		{"INC-1", incidents[0].inc, nil},
		{"INC-2", severity.Incident{Level: severity.SevC, Product: "Windows Server",
			Opened: at(seoul, 2026, time.September, 23, 9, 0)},
			[]severity.Change{{At: at(seoul, 2026, time.September, 23, 11, 30), To: severity.SevB}}},
		{"INC-3", severity.Incident{Level: severity.SevB, Product: "SQL Server",
			Opened: at(seoul, 2026, time.September, 23, 17, 0)}, nil},
	}
	const atRisk = 30 * time.Minute
	fmt.Fprintf(w, "desk view at %s (at risk: %v or less left):\n", asOf.Format(layout), atRisk)
	for _, x := range desk {
		x.inc.Plans = plans
		st, err := severity.StatusAt(x.inc, x.changes, time.Time{}, asOf, cal)
		if err != nil {
			return err
		}
		note := ""
		switch {
		case st.State == severity.Breached:
			note = fmt.Sprintf("overdue %v", st.Overdue)
		case st.AtRisk(atRisk):
			note = fmt.Sprintf("AT RISK, %v left", st.Remaining)
		default:
			note = fmt.Sprintf("%v left", st.Remaining)
		}
		fmt.Fprintf(w, "  %s severity %v, due %s: %v, %s  [%v]\n", x.id, st.Target.Level, st.Due.Format(layout), st.State, note, st.Rules)
	}

	// Root Cause Analysis must be asked for before the incident closes.
	closed := at(seoul, 2026, time.September, 29, 18, 0)
	for _, req := range []time.Time{closed.Add(-time.Hour), closed.Add(time.Hour)} {
		v, err := enhanced.RCARequest(req, closed)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "RCA requested %s, incident closed %s: allowed %t  [%v]\n", req.Format(layout), closed.Format(layout), v.Allowed, v.Rules)
	}
	return nil
}
