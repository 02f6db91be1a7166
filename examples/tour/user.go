package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/calendar/kr"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/enhanced"
	"github.com/supportrules/unified/severity"
)

// The sections below evaluate the caller's own files; the sample's sections
// are in the other files of this command.

// locationCalendar returns the business-hours calendar of a support
// location: Korea's with its public holidays, elsewhere the default hours in
// the location's zone without holidays (the module ships Korea's holidays
// only; a service supplies its own with calendar.WithHolidays).
func locationCalendar(l contract.Location) (*calendar.Calendar, string, error) {
	if l.Country == "KR" && (l.TimeZone == "" || l.TimeZone == "Asia/Seoul") {
		cal, err := kr.Calendar()
		return cal, "[09:00-17:30] on Monday–Friday in Asia/Seoul, minus Korea's public holidays", err
	}
	zone, err := l.Zone()
	if err != nil {
		return nil, "", err
	}
	cal, err := calendar.New(zone)
	return cal, "[09:00-17:30] on Monday–Friday in " + zone.String() + ", no holiday list given", err
}

// calendars returns the calendar of every location of the caller's Work
// Order, or Seoul's alone when only incidents were given.
func calendars(in input) (map[string]*calendar.Calendar, string, error) {
	cals := map[string]*calendar.Calendar{}
	if in.workOrder == nil {
		cal, err := kr.Calendar()
		cals["Seoul"] = cal
		return cals, "Seoul", err
	}
	host := ""
	for _, l := range in.workOrder.wo.Locations {
		cal, _, err := locationCalendar(l)
		if err != nil {
			return nil, "", fmt.Errorf("%w: location %q: %v", errInput, l.Name, err)
		}
		cals[l.Name] = cal
		if host == "" || l.Role == contract.Host {
			host = l.Name
		}
	}
	return cals, host, nil
}

func userCalendar(w io.Writer, in input) error {
	wo := in.workOrder.wo
	for _, l := range wo.Locations {
		_, desc, err := locationCalendar(l)
		if err != nil {
			return fmt.Errorf("%w: location %q: %v", errInput, l.Name, err)
		}
		fmt.Fprintf(w, "%s business hours: %s  [D-CAL, SEV-STD-21]\n", l.Name, desc)
	}
	for n := 1; ; n++ {
		p, ok := calendar.ContractYear(wo.Term.Start, n)
		if !ok || p.Start.After(wo.Term.End) {
			break
		}
		fmt.Fprintf(w, "contract year %d: [%v, %v)  [D-FLEX-2]\n", n, p.Start, p.End)
	}
	return nil
}

func userContract(w io.Writer, in input) error {
	wo := in.workOrder.wo
	fmt.Fprintf(w, "%s (%s): term %v (end inclusive; forfeited from %v)  [TERM-7]\n",
		wo.Customer, in.workOrder.name, wo.Term, wo.Term.End.AddDays(1))
	for _, l := range wo.Locations {
		fmt.Fprintf(w, "  %-10s %-8s %s %s %s  [MC-2, MC-3]\n", l.Role, l.Name, l.Country, l.TimeZone, l.Currency)
	}
	fmt.Fprintln(w, "Purchases and their catalogue entries:")
	for i, p := range wo.Purchases {
		svc, ok := catalogue.Lookup(p.Service)
		if !ok {
			fmt.Fprintf(w, "  Purchases[%d]: %q is not a service of the catalogue  [DOC-1, BUY-5]\n", i, p.Service)
			continue
		}
		qty := fmt.Sprint(p.Quantity)
		if p.Unit != catalogue.UnitService {
			qty += " " + p.Unit.String()
		}
		term := "-"
		if ct, err := wo.EffectiveTerm(p); err == nil {
			term = fmt.Sprintf("%v [%s]", ct.Term, ct.Rules)
		}
		fmt.Fprintf(w, "  %-2s %-40s %-14s %-8s %s [%s]\n", svc.Marking().Symbol(), svc.EnglishName(), qty, p.Location,
			term, svc.Rules(catalogue.FactMarking))
	}
	vs := wo.Violations()
	fmt.Fprintf(w, "Validate: %d violation(s)\n", len(vs))
	for _, v := range vs {
		fmt.Fprintf(w, "  %-7s %-26s %s  [%s]\n", v.Grade, v.Field, v.Detail, v.Rules)
	}
	fmt.Fprintln(w, "Key dates:")
	if req, err := wo.Term.CheckRequest(wo.Term.Start); err == nil {
		fmt.Fprintf(w, "  proactive and enhanced requests due by %v  [%s]\n", req.Deadline, req.Rules)
	}
	for _, id := range []catalogue.ServiceID{catalogue.UnifiedEnhancedResponse, catalogue.AzureEngineeringDirect} {
		if !slices.ContainsFunc(wo.Purchases, func(p contract.Purchase) bool { return p.Service == id }) {
			continue
		}
		o, err := enhanced.OnboardingOf(wo, id)
		if err != nil {
			fmt.Fprintf(w, "  %v onboarding: %v\n", id, err)
			continue
		}
		fmt.Fprintf(w, "  %v onboarding %v  [%s]\n", id, o.Period, o.Rules)
	}
	for _, l := range wo.Locations {
		if l.Role == contract.Downstream {
			c := enhanced.UERCoverage(wo, l.Name)
			fmt.Fprintf(w, "  %s covered by UER: %v  [%s]\n", l.Name, c.Allowed, c.Rules)
		}
	}
	return nil
}

// userSeverity shows where each of the caller's incidents stands at the
// report's instant, then the desk's view: what is breached, and what will
// breach within 30 minutes of counted time.
func userSeverity(w io.Writer, in input) error {
	cals, host, err := calendars(in)
	if err != nil {
		return err
	}
	rows := in.incidents.rows
	asOf := in.asOf
	if asOf.IsZero() {
		asOf = latestInstant(rows)
	}
	noun := "incidents"
	if len(rows) == 1 {
		noun = "incident"
	}
	fmt.Fprintf(w, "%d %s from %s, as of %s\n", len(rows), noun, in.incidents.name, asOf.Format(time.RFC3339))
	const layout = "Mon 01-02 15:04 MST"
	var breached, atRisk []string
	for _, r := range rows {
		loc := r.Location
		if loc == "" {
			loc = host
		}
		cal, ok := cals[loc]
		if !ok {
			return fmt.Errorf("%w: incident %q: location %q is not a location of the Work Order", errInput, r.ID, loc)
		}
		st, err := severity.StatusAt(r.Incident, r.Changes, r.Responded, asOf, cal)
		if err != nil {
			fmt.Fprintf(w, "  %-8s %v\n", r.ID, err)
			continue
		}
		due := st.Due.In(cal.Location())
		fmt.Fprintf(w, "  %-8s %-2v %-26.26q %-25v within %-6v due %s  %-8v", r.ID, r.Incident.Level, r.Incident.Product,
			st.Target.Plan, st.Target.Within, due.Format(layout), st.State)
		switch st.State {
		case severity.Pending:
			fmt.Fprintf(w, " %v left", st.Remaining)
		case severity.Breached:
			fmt.Fprintf(w, " %v overdue", st.Overdue)
			breached = append(breached, r.ID)
		}
		fmt.Fprintf(w, "  [%s; %s]\n", st.Target.Rules, st.Rules)
		if st.AtRisk(30 * time.Minute) {
			atRisk = append(atRisk, r.ID)
		}
	}
	fmt.Fprintf(w, "Breached: %s\n", listOrNone(breached))
	fmt.Fprintf(w, "At risk within 30 minutes of counted time: %s  [D-CLOCK]\n", listOrNone(atRisk))
	return nil
}

func latestInstant(rows []incidentRow) time.Time {
	var t time.Time
	for _, r := range rows {
		for _, u := range []time.Time{r.Incident.Opened, r.Responded} {
			if u.After(t) {
				t = u
			}
		}
		for _, c := range r.Changes {
			if c.At.After(t) {
				t = c.At
			}
		}
	}
	return t
}

func listOrNone(ids []string) string {
	if len(ids) == 0 {
		return "none"
	}
	return strings.Join(ids, ", ")
}
