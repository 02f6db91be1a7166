package severity_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract/rule"
	"github.com/supportrules/unified/severity"
)

// The customer's side of each row with its deadlines: the Severity B
// change manager within 4 business hours, the Severity C response within
// 24 wall-clock hours, and the channels to submit through.
// Rules SEV-STD-7, SEV-STD-11, SEV-STD-14, SEV-STD-17, SEV-UER-7,
// SEV-UER-11, SEV-RR-7, SEV-AEM-7, SEV-AEM-1, RR-3, D-SEV-1, D-SEV-2,
// AMB-14.
func TestCustomerDutiesAndTheirDeadlines(t *testing.T) {
	cal := seoulCal(t)
	fri := at(2026, 5, 8, 16, 0)
	type want struct {
		duty severity.Duty
		due  time.Time
	}
	tests := []struct {
		name  string
		inc   severity.Incident
		rule  rule.ID
		want  []want
		chans severity.Channels
		// submit: the rules of the Submit duty, exactly: the row's customer
		// column, or the plan's channel rule; D-SEV-2 when the customer
		// column is the Standard row's.
		submit rule.Set
	}{
		{"standard 1", severity.Incident{Level: severity.Sev1, Opened: fri}, "SEV-STD-7",
			[]want{{severity.NotifyExecutives, time.Time{}}, {severity.SustainEffort, time.Time{}}, {severity.RapidAccess, time.Time{}}, {severity.Submit, time.Time{}}},
			severity.Phone | severity.Web, rule.Cite("SEV-STD-7")},
		{"standard A", severity.Incident{Level: severity.SevA, Opened: fri}, "SEV-STD-11",
			[]want{{severity.SustainEffort, time.Time{}}, {severity.RapidAccess, time.Time{}}, {severity.Submit, time.Time{}}},
			severity.Phone | severity.Web, rule.Cite("SEV-STD-11")},
		// Friday 16:00 + 4 business hours: 1h30 Friday, 2h30 Monday.
		{"standard B, change manager by Monday 11:30", severity.Incident{Level: severity.SevB, Opened: fri}, "SEV-STD-14",
			[]want{{severity.AssignStaff, time.Time{}}, {severity.ChangeManagerResponse, at(2026, 5, 11, 11, 30)}, {severity.Submit, time.Time{}}},
			severity.Phone | severity.Web, rule.Cite("SEV-STD-14")},
		// Friday 16:00 + 24 wall-clock hours: Saturday 16:00 (D-SEV-1).
		{"standard C, respond by Saturday 16:00", severity.Incident{Level: severity.SevC, Opened: fri}, "SEV-STD-17",
			[]want{{severity.ContactInformation, time.Time{}}, {severity.Respond, at(2026, 5, 9, 16, 0)}, {severity.Submit, time.Time{}}},
			severity.Phone | severity.Web, rule.Cite("SEV-STD-17")},
		{"UER 1", severity.Incident{Level: severity.Sev1, Opened: fri, Plans: []severity.Plan{severity.EnhancedResponse}}, "SEV-UER-7",
			[]want{{severity.NotifyExecutives, time.Time{}}, {severity.SustainEffort, time.Time{}}, {severity.RapidAccess, time.Time{}}, {severity.Submit, time.Time{}}},
			severity.Phone | severity.Web, rule.Cite("SEV-UER-7")},
		{"UER A", severity.Incident{Level: severity.SevA, Opened: fri, Plans: []severity.Plan{severity.EnhancedResponse}}, "SEV-UER-11",
			[]want{{severity.SustainEffort, time.Time{}}, {severity.RapidAccess, time.Time{}}, {severity.Submit, time.Time{}}},
			severity.Phone | severity.Web, rule.Cite("SEV-UER-11")},
		// ACS is off Standard's Azure row, so Rapid Response's 15 minutes win.
		{"RR 1", severity.Incident{Level: severity.Sev1, Azure: true, Product: "Azure Communication Services", Opened: fri, Plans: []severity.Plan{severity.RapidResponse}}, "SEV-RR-7",
			[]want{{severity.NotifyExecutives, time.Time{}}, {severity.SustainEffort, time.Time{}}, {severity.RapidAccess, time.Time{}}, {severity.Submit, time.Time{}}},
			severity.CloudPortal, rule.Cite("RR-3")},
		// RR A is cut off before its customer column: Standard A's duties.
		{"RR A", severity.Incident{Level: severity.SevA, Azure: true, Opened: fri, Plans: []severity.Plan{severity.RapidResponse}}, "SEV-STD-11",
			[]want{{severity.SustainEffort, time.Time{}}, {severity.RapidAccess, time.Time{}}, {severity.Submit, time.Time{}}},
			severity.CloudPortal, rule.Cite("RR-3", "D-SEV-2")},
		{"AEM 1", severity.Incident{Level: severity.Sev1, Azure: true, Product: "Azure StorSimple", Opened: fri, Plans: []severity.Plan{severity.EventManagement}}, "SEV-AEM-7",
			[]want{{severity.NotifyExecutives, time.Time{}}, {severity.SustainEffort, time.Time{}}, {severity.RapidAccess, time.Time{}}, {severity.Submit, time.Time{}}},
			severity.AzurePortal, rule.Cite("SEV-AEM-1")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := severity.CustomerDuties(tt.inc, cal)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("CustomerDuties = %+v, want %d duties", got, len(tt.want))
			}
			for i, w := range tt.want {
				g := got[i]
				if g.Duty != w.duty || !g.Due.Equal(w.due) {
					t.Errorf("duty %d = %v due %v, want %v due %v", i, g.Duty, g.Due, w.duty, w.due)
				}
				if g.Duty == severity.Submit {
					if g.Channels != tt.chans || g.Rules != tt.submit {
						t.Errorf("Submit = channels %v, rules %v; want %v, %v", g.Channels, g.Rules, tt.chans, tt.submit)
					}
					continue
				}
				if !g.Rules.Has(tt.rule) {
					t.Errorf("duty %v rules = %v, want %s", g.Duty, g.Rules, tt.rule)
				}
				// A duty read from another chart's column says so (D-SEV-2).
				if fromStandard := tt.rule[:8] == "SEV-STD-" && len(tt.inc.Plans) > 0; g.Rules.Has("D-SEV-2") != fromStandard {
					t.Errorf("duty %v rules = %v: D-SEV-2 cited iff the Standard column stands in (%t)", g.Duty, g.Rules, fromStandard)
				}
			}
		})
	}
	if _, err := severity.CustomerDuties(severity.Incident{Level: severity.SevB, Opened: fri}, nil); !errors.Is(err, calendar.ErrNoCalendar) {
		t.Errorf("CustomerDuties(B, nil calendar) error = %v, want ErrNoCalendar", err)
	}
	if _, err := severity.CustomerDuties(severity.Incident{Level: severity.SevC, Opened: fri}, nil); err != nil {
		t.Errorf("CustomerDuties(C, nil calendar): %v (24 wall-clock hours need no calendar)", err)
	}
	if _, err := severity.CustomerDuties(severity.Incident{Opened: fri}, cal); !errors.Is(err, severity.ErrInvalidLevel) {
		t.Errorf("CustomerDuties(level 0) error = %v", err)
	}
}

// A severity change re-targets the first response from the change, never
// later than it was due, unless the response was already made; the
// retroactive option measures from the opening instead.
// Rules PRS-6, D-SEV-6, D-SEV-5, AMB-42.
func TestSeverityChangeRetargets(t *testing.T) {
	cal := seoulCal(t)
	opened := at(2026, 5, 12, 10, 0)                                // Tuesday
	incB := severity.Incident{Level: severity.SevB, Opened: opened} // due 12:00
	inc1 := severity.Incident{Level: severity.Sev1, Opened: opened} // due 11:00
	incA := severity.Incident{Level: severity.SevA, Opened: opened} // due 11:00
	tests := []struct {
		name string
		inc  severity.Incident
		ch   severity.Change
		due  time.Time
		kept bool
	}{
		{"B raised to 1 at 10:30: due 11:30 from the change, but B was due 12:00",
			incB, severity.Change{At: at(2026, 5, 12, 10, 30), To: severity.Sev1}, at(2026, 5, 12, 11, 30), false},
		{"B raised to 1 at 11:30: 12:30 is later than B's 12:00, which stands",
			incB, severity.Change{At: at(2026, 5, 12, 11, 30), To: severity.Sev1}, at(2026, 5, 12, 12, 0), true},
		{"B raised to 1 after the first response: the new level's own response",
			incB, severity.Change{At: at(2026, 5, 12, 11, 30), To: severity.Sev1, FirstResponse: at(2026, 5, 12, 11, 0)}, at(2026, 5, 12, 12, 30), false},
		// Boundary: a response at the very instant of the change was
		// already made by then (D-SEV-6).
		{"a response at the instant of the change counts as made",
			incB, severity.Change{At: at(2026, 5, 12, 11, 30), To: severity.Sev1, FirstResponse: at(2026, 5, 12, 11, 30)}, at(2026, 5, 12, 12, 30), false},
		// Boundary: equal due times; nothing earlier was kept.
		{"a change that leaves the due time where it was keeps nothing",
			incB, severity.Change{At: opened, To: severity.SevB}, at(2026, 5, 12, 12, 0), false},
		{"B raised to A at 11:00: due 12:00 from the change ties with B's 12:00",
			incB, severity.Change{At: at(2026, 5, 12, 11, 0), To: severity.SevA}, at(2026, 5, 12, 12, 0), false},
		{"a response after the change does not count as made",
			incB, severity.Change{At: at(2026, 5, 12, 11, 30), To: severity.Sev1, FirstResponse: at(2026, 5, 12, 11, 45)}, at(2026, 5, 12, 12, 0), true},
		{"retroactive: 1 measured from the opening",
			incB, severity.Change{At: at(2026, 5, 12, 11, 30), To: severity.Sev1, Anchor: severity.Retroactive}, at(2026, 5, 12, 11, 0), false},
		{"1 downgraded to A at 10:15: never later than 11:00",
			inc1, severity.Change{At: at(2026, 5, 12, 10, 15), To: severity.SevA}, at(2026, 5, 12, 11, 0), true},
		{"A downgraded to B at 10:59: B's 2 business hours would run to 12:59; 11:00 stands",
			incA, severity.Change{At: at(2026, 5, 12, 10, 59), To: severity.SevB}, at(2026, 5, 12, 11, 0), true},
		{"A downgraded to B retroactively: 2 business hours from opening",
			incA, severity.Change{At: at(2026, 5, 12, 10, 59), To: severity.SevB, Anchor: severity.Retroactive}, at(2026, 5, 12, 12, 0), false},
		// Boundary: a retroactive change after the due time passed
		// unanswered never undoes the breach (D-SEV-6).
		{"D-SEV-6: A downgraded to B retroactively at 11:01, after A was due at 11:00: the breach stands",
			incA, severity.Change{At: at(2026, 5, 12, 11, 1), To: severity.SevB, Anchor: severity.Retroactive}, at(2026, 5, 12, 11, 0), true},
		{"D-SEV-6: A downgraded to B retroactively at 11:00 exactly, A's due instant: still pending, B replaces it",
			incA, severity.Change{At: at(2026, 5, 12, 11, 0), To: severity.SevB, Anchor: severity.Retroactive}, at(2026, 5, 12, 12, 0), false},
		{"C raised to B on a Saturday: B runs from Monday's opening, C was due Monday 12:30",
			severity.Incident{Level: severity.SevC, Opened: at(2026, 5, 8, 17, 0)}, severity.Change{At: at(2026, 5, 9, 10, 0), To: severity.SevB}, at(2026, 5, 11, 11, 0), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := severity.Retarget(tt.inc, tt.ch, cal)
			if err != nil {
				t.Fatal(err)
			}
			if !got.Due.Equal(tt.due) || got.Kept != tt.kept || got.Target.Level != tt.ch.To || !got.Rules.Has("D-SEV-6") {
				t.Errorf("Retarget = due %v kept %t (%v), want due %v kept %t", got.Due, got.Kept, got.Rules, tt.due, tt.kept)
			}
			if down := tt.ch.To.Compare(tt.inc.Level) > 0; down != got.Rules.Has("D-SEV-5") {
				t.Errorf("Retarget rules = %v; D-SEV-5 cited iff a downgrade (%t)", got.Rules, down)
			}
		})
	}
	bad := []struct {
		name string
		ch   severity.Change
		want error
	}{
		{"zero change time", severity.Change{To: severity.Sev1}, severity.ErrZeroTime},
		{"change before opening", severity.Change{At: opened.Add(-time.Minute), To: severity.Sev1}, severity.ErrOutOfOrder},
		{"invalid level", severity.Change{At: opened, To: 9}, severity.ErrInvalidLevel},
		{"invalid anchor", severity.Change{At: opened, To: severity.Sev1, Anchor: 7}, severity.ErrInvalidValue},
		// Regression: a first response cannot precede the incident (D-SEV-6).
		{"first response before opening", severity.Change{At: opened.Add(time.Hour), To: severity.Sev1, FirstResponse: opened.Add(-time.Nanosecond)}, severity.ErrOutOfOrder},
	}
	for _, tt := range bad {
		if _, err := severity.Retarget(incB, tt.ch, cal); !errors.Is(err, tt.want) {
			t.Errorf("%s: Retarget error = %v, want %v", tt.name, err, tt.want)
		}
	}
	if _, err := severity.Retarget(incB, severity.Change{At: opened, To: severity.SevC}, nil); !errors.Is(err, calendar.ErrNoCalendar) {
		t.Errorf("Retarget without calendar error = %v", err)
	}
}

// The REDE engineer joins severity 1 and A incidents, others only on
// request, and never changes a response time.
// Rules REDE-6, REDE-7, REDE-18.
func TestREDEEngagement(t *testing.T) {
	always, onRequest := rule.Cite("REDE-6", "REDE-18"), rule.Cite("REDE-7", "REDE-18")
	for _, tt := range []struct {
		level severity.Level
		asked severity.REDERequest
		want  rule.Verdict
	}{
		{severity.Sev1, severity.NotRequested, rule.Verdict{Allowed: true, Rules: always}},
		{severity.SevA, severity.NotRequested, rule.Verdict{Allowed: true, Rules: always}},
		{severity.SevA, severity.Requested, rule.Verdict{Allowed: true, Rules: always}},
		{severity.SevB, severity.NotRequested, rule.Verdict{Rules: onRequest}},
		{severity.SevB, severity.Requested, rule.Verdict{Allowed: true, Rules: onRequest}},
		{severity.SevC, severity.NotRequested, rule.Verdict{Rules: onRequest}},
		{severity.SevC, severity.Requested, rule.Verdict{Allowed: true, Rules: onRequest}},
	} {
		got, err := severity.REDEEngages(tt.level, tt.asked)
		if err != nil || !got.Equal(tt.want) {
			t.Errorf("REDEEngages(%v, %v) = %v, %v; want %v", tt.level, tt.asked, got, err, tt.want)
		}
	}
	for _, tt := range []struct {
		level severity.Level
		asked severity.REDERequest
		want  error
	}{{0, severity.Requested, severity.ErrInvalidLevel}, {5, severity.NotRequested, severity.ErrInvalidLevel},
		{severity.Sev1, 2, severity.ErrInvalidValue}, {severity.SevB, 2, severity.ErrInvalidValue}} {
		if v, err := severity.REDEEngages(tt.level, tt.asked); !errors.Is(err, tt.want) || v.Allowed {
			t.Errorf("REDEEngages(%d, %d) = %v, %v; want %v", tt.level, tt.asked, v, err, tt.want)
		}
	}
	for _, r := range []severity.REDERequest{severity.NotRequested, severity.Requested} {
		var back severity.REDERequest = 7
		b, err := r.MarshalText()
		if err != nil || back.UnmarshalText(b) != nil || back != r {
			t.Errorf("REDERequest %v text round trip gave %v (%q, %v)", r, back, b, err)
		}
		if p, err := severity.ParseREDERequest(strings.ToUpper(r.String())); err != nil || p != r {
			t.Errorf("ParseREDERequest(%q) = %v, %v", strings.ToUpper(r.String()), p, err)
		}
	}
	if _, err := severity.ParseREDERequest("maybe"); !errors.Is(err, severity.ErrInvalidValue) {
		t.Errorf("ParseREDERequest(maybe) error = %v", err)
	}
	if severity.REDERequest(2).IsValid() || !severity.Requested.IsValid() {
		t.Error("REDERequest.IsValid edges")
	}
}

// Successive changes chain: each one's previous due time is the one the
// change before it left. Rules PRS-6, D-SEV-6.
func TestSuccessiveChanges(t *testing.T) {
	cal := seoulCal(t)
	opened := at(2026, 5, 12, 10, 0)
	inc := severity.Incident{Level: severity.SevC, Opened: opened} // due 14:00
	changes := []severity.Change{
		{At: at(2026, 5, 12, 10, 30), To: severity.SevB}, // B from 10:30: 12:30
		{At: at(2026, 5, 12, 12, 0), To: severity.Sev1},  // 1 from 12:00: 13:00, but 12:30 stands
		{At: at(2026, 5, 12, 12, 10), To: severity.SevA}, // explicit downgrade; 12:30 stands
	}
	got, err := severity.RetargetAll(inc, changes, cal)
	if err != nil {
		t.Fatal(err)
	}
	if want := at(2026, 5, 12, 12, 30); !got.Due.Equal(want) || !got.Kept || got.Target.Level != severity.SevA || !got.Rules.Has("D-SEV-5") {
		t.Errorf("RetargetAll = due %v kept %t level %v %v; want %v, kept, A, D-SEV-5", got.Due, got.Kept, got.Target.Level, got.Rules, want)
	}
	none, err := severity.RetargetAll(inc, nil, cal)
	if err != nil || !none.Due.Equal(at(2026, 5, 12, 14, 0)) {
		t.Errorf("RetargetAll(no changes) = %v, %v", none.Due, err)
	}
	backwards := []severity.Change{changes[1], changes[0]}
	if _, err := severity.RetargetAll(inc, backwards, cal); !errors.Is(err, severity.ErrOutOfOrder) {
		t.Errorf("RetargetAll(out of order) error = %v, want ErrOutOfOrder", err)
	}
}

// Regression: during an Azure Event Management event, an event-related
// Azure incident is raised through the Azure portal with "AEM" in the case
// description, even when another chart's time wins the tie (D-SEV-3) and
// decides the rest of the customer's duties; AEM does not cover other
// products, whose requests keep their own channels.
// Rules SEV-AEM-1, AEM-17, RR-3, D-SEV-3, D-SEV-4.
func TestEventRequestsAreRaisedThroughTheAzurePortal(t *testing.T) {
	fri := at(2026, 5, 8, 16, 0)
	aem := []severity.Plan{severity.EventManagement}
	tests := []struct {
		name  string
		inc   severity.Incident
		plan  severity.Plan // the chart whose time wins
		chans severity.Channels
		tag   string
		rules rule.Set
	}{
		{"D-SEV-3: 1 on an Azure VM: AEM's own 15-minute row wins the tie with Standard",
			severity.Incident{Level: severity.Sev1, Azure: true, Product: "Azure Virtual Machines", Opened: fri, Plans: aem},
			severity.EventManagement, severity.AzurePortal, "AEM", rule.Cite("SEV-AEM-1")},
		{"B on an Azure VM: AEM has no B row, Standard wins",
			severity.Incident{Level: severity.SevB, Azure: true, Product: "Azure Virtual Machines", Opened: fri, Plans: aem},
			severity.Standard, severity.AzurePortal, "AEM", rule.Cite("SEV-AEM-1")},
		{"A with Rapid Response too: its 15 minutes win",
			severity.Incident{Level: severity.SevA, Azure: true, Product: "Azure SQL", Opened: fri,
				Plans: []severity.Plan{severity.RapidResponse, severity.EventManagement}},
			severity.RapidResponse, severity.AzurePortal, "AEM", rule.Cite("SEV-AEM-1")},
		{"1 on Exchange Server: AEM does not cover it",
			severity.Incident{Level: severity.Sev1, Product: "Exchange Server", Opened: fri, Plans: aem},
			severity.Standard, severity.Phone | severity.Web, "", rule.Cite("SEV-STD-7")},
		{"A with Rapid Response alone: its cloud portal",
			severity.Incident{Level: severity.SevA, Azure: true, Product: "Azure SQL", Opened: fri, Plans: []severity.Plan{severity.RapidResponse}},
			severity.RapidResponse, severity.CloudPortal, "", rule.Cite("RR-3", "D-SEV-2")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tg, err := severity.TargetFor(tt.inc)
			if err != nil || tg.Plan != tt.plan {
				t.Fatalf("TargetFor = %v, %v; want a target from %v", tg, err, tt.plan)
			}
			duties, err := severity.CustomerDuties(tt.inc, seoulCal(t))
			if err != nil {
				t.Fatal(err)
			}
			got := duties[len(duties)-1]
			if got.Duty != severity.Submit || got.Channels != tt.chans || got.CaseDescription != tt.tag || got.Rules != tt.rules {
				t.Errorf("Submit = %v via %v, case description %q [%v]; want via %v, %q [%v]",
					got.Duty, got.Channels, got.CaseDescription, got.Rules, tt.chans, tt.tag, tt.rules)
			}
		})
	}
}

// D-SEV-3 with RR-6 (seed lines 1174-1178) and RR-3 (lines 1162-1164): a
// Rapid Response customer's Azure Severity 1 incident is decided by Rapid
// Response's own 15-minute row, which wins the tie with Standard, so the
// customer submits through the cloud services portal; without Rapid
// Response, UER's own row wins and brings its automatic Enhanced Incident
// Manager (UER-6). A plan that only falls back to Standard's row decides
// nothing.
// Rules D-SEV-3, RR-6, RR-3, UER-6, D-SEV-2.
func TestTiesGoToTheAddOnsOwnRow_DSEV3_RR6_seed1174to1178(t *testing.T) {
	fri := at(2026, 5, 8, 16, 0)
	cal := seoulCal(t)
	tests := []struct {
		name   string
		inc    severity.Incident
		plan   severity.Plan
		chans  severity.Channels
		rules  rule.Set
		senior bool // UER-6: a senior incident manager is assigned automatically
	}{
		{"RR-6 RR-3: Azure 1 with UER and RR: Rapid Response, cloud portal",
			severity.Incident{Level: severity.Sev1, Azure: true, Product: "Azure Virtual Machines", Opened: fri,
				Plans: []severity.Plan{severity.EnhancedResponse, severity.RapidResponse}},
			severity.RapidResponse, severity.CloudPortal, rule.Cite("RR-3"), false},
		{"UER-6: Azure 1 with UER alone: UER's own row, senior incident manager",
			severity.Incident{Level: severity.Sev1, Azure: true, Product: "Azure Virtual Machines", Opened: fri,
				Plans: []severity.Plan{severity.EnhancedResponse}},
			severity.EnhancedResponse, severity.Phone | severity.Web, rule.Cite("SEV-UER-7"), true},
		{"D-SEV-2: Azure B with RR: RR's fallback row takes no part, Standard's channels",
			severity.Incident{Level: severity.SevB, Azure: true, Product: "Azure Virtual Machines", Opened: fri,
				Plans: []severity.Plan{severity.RapidResponse}},
			severity.Standard, severity.Phone | severity.Web, rule.Cite("SEV-STD-14"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tg, err := severity.TargetFor(tt.inc)
			if err != nil || tg.Plan != tt.plan || tg.Fallback {
				t.Fatalf("TargetFor = %v, %v; want %v's own row", tg, err, tt.plan)
			}
			row, err := severity.ChartRow(tg.Plan, tg.Level)
			if err != nil || row.SeniorIncidentManager != tt.senior {
				t.Errorf("ChartRow(%v, %v) senior incident manager = %t, %v; want %t", tg.Plan, tg.Level, row.SeniorIncidentManager, err, tt.senior)
			}
			duties, err := severity.CustomerDuties(tt.inc, cal)
			if err != nil {
				t.Fatal(err)
			}
			got := duties[len(duties)-1]
			if got.Duty != severity.Submit || got.Channels != tt.chans || got.Rules != tt.rules {
				t.Errorf("Submit via %v [%v]; want via %v [%v]", got.Channels, got.Rules, tt.chans, tt.rules)
			}
		})
	}
}
