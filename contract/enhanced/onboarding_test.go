package enhanced_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/supportrules/unified/contract/rule"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/enhanced"
)

// TestOnboardingWindows (UER-16, AED-7, AED-8, AED-32, AED-33, D-AED-3,
// AMB-10): sixty days from the add-on start, monitors due thirty days
// after (day 90).
func TestOnboardingWindows(t *testing.T) {
	tests := []struct {
		id              catalogue.ServiceID
		start, end, due string
		inside, outside string
	}{
		{catalogue.AzureEngineeringDirect, "2026-03-01", "2026-04-29", "2026-05-29", "2026-04-29", "2026-04-30"},
		{catalogue.AzureEngineeringDirect, "2028-01-01", "2028-02-29", "2028-03-30", "2028-02-29", "2028-03-01"}, // leap year
		{catalogue.UnifiedEnhancedResponse, "2026-01-01", "2026-03-01", "", "2026-01-01", "2026-03-02"},
	}
	for _, tt := range tests {
		o, err := enhanced.NewOnboarding(tt.id, d(tt.start))
		if err != nil {
			t.Fatal(err)
		}
		if o.Period != term(tt.start, tt.end) || o.Period.Days() != 60 {
			t.Errorf("%v onboarding from %s = %v, want ..%s", tt.id, tt.start, o.Period, tt.end)
		}
		var due calendar.Date
		if tt.due != "" {
			due = d(tt.due)
		}
		if o.MonitorsDue != due {
			t.Errorf("%v MonitorsDue = %v, want %v", tt.id, o.MonitorsDue, due)
		}
		if !o.IsOnboarding(d(tt.inside)) || o.IsOnboarding(d(tt.outside)) || o.IsOnboarding(d(tt.start).AddDays(-1)) {
			t.Errorf("%v IsOnboarding wrong at the edges of %v", tt.id, o.Period)
		}
		if !o.Rules.Has("D-AED-3") {
			t.Errorf("rules %v", o.Rules)
		}
	}
	if _, err := enhanced.NewOnboarding(catalogue.RapidResponse, d("2026-01-01")); !errors.Is(err, catalogue.ErrUnknownService) {
		t.Errorf("Rapid Response onboarding: %v", err)
	}
	for _, tt := range []struct {
		name  string
		id    catalogue.ServiceID
		start calendar.Date
	}{
		{"AED zero start", catalogue.AzureEngineeringDirect, calendar.Date{}},
		{"AED 30 February", catalogue.AzureEngineeringDirect, calendar.Date{Year: 2026, Month: 2, Day: 30}},
		{"UER 30 February", catalogue.UnifiedEnhancedResponse, calendar.Date{Year: 2026, Month: 2, Day: 30}},
		{"UER onboarding past 9999", catalogue.UnifiedEnhancedResponse, d("9999-12-01")},
		{"AED monitors due past 9999", catalogue.AzureEngineeringDirect, d("9999-11-01")},
	} {
		if o, err := enhanced.NewOnboarding(tt.id, tt.start); !errors.Is(err, contract.ErrInvalidTerm) {
			t.Errorf("%s: %+v, %v", tt.name, o, err)
		}
	}
	// The last starts that fit the calendar: UER's sixty days, AED's
	// ninety.
	if o, err := enhanced.NewOnboarding(catalogue.UnifiedEnhancedResponse, d("9999-11-02")); err != nil || o.Period.End != d("9999-12-31") {
		t.Errorf("UER onboarding to 9999-12-31: %+v, %v", o, err)
	}
	if o, err := enhanced.NewOnboarding(catalogue.AzureEngineeringDirect, d("9999-10-03")); err != nil || o.MonitorsDue != d("9999-12-31") {
		t.Errorf("AED monitors due 9999-12-31: %+v, %v", o, err)
	}
	// The Work Order's AED starts 2026-03-01; its UER defaults to the term start.
	w := contoso()
	if o, err := enhanced.OnboardingOf(w, catalogue.AzureEngineeringDirect); err != nil || o.MonitorsDue != d("2026-05-29") {
		t.Errorf("WorkOrder.Onboarding(AED) = %+v, %v", o, err)
	}
	if o, err := enhanced.OnboardingOf(w, catalogue.UnifiedEnhancedResponse); err != nil || o.Period.Start != d("2026-01-01") {
		t.Errorf("WorkOrder.Onboarding(UER) = %+v, %v", o, err)
	}
	if _, err := enhanced.OnboardingOf(w, catalogue.DesignatedEngineering); !errors.Is(err, catalogue.ErrUnknownService) {
		t.Errorf("WorkOrder.Onboarding(DE) = %v", err)
	}
}

// TestAEDFirstSixtyDaysAreOnboardingAndDiscovery (AED-8, D-AED-3, AMB-10;
// seed lines 1432-1436): in the first sixty days of AED, activity is
// limited to onboarding and discovery, so proactive work is reported;
// reactive work is not limited (reading (a)); from day 61 all is allowed.
func TestAEDFirstSixtyDaysAreOnboardingAndDiscovery(t *testing.T) {
	o, err := enhanced.NewOnboarding(catalogue.AzureEngineeringDirect, d("2026-03-01")) // days 2026-03-01..2026-04-29
	if err != nil {
		t.Fatal(err)
	}
	refused := rule.Deny("AED-8", "D-AED-3", "AMB-10")
	allowed := rule.Allow("AED-8", "D-AED-3", "AMB-10")
	tests := []struct {
		name string
		a    enhanced.AEDActivity
		on   string
		want rule.Verdict
	}{
		{"AED-8 proactive on day 1", enhanced.ActivityProactive, "2026-03-01", refused},
		{"AED-8 proactive on day 60", enhanced.ActivityProactive, "2026-04-29", refused},
		{"AED-8 proactive on day 61", enhanced.ActivityProactive, "2026-04-30", allowed},
		{"AED-8 proactive the day before the AED start", enhanced.ActivityProactive, "2026-02-28", allowed},
		{"AED-8 onboarding on day 1", enhanced.ActivityOnboarding, "2026-03-01", allowed},
		{"AED-8 discovery on day 60", enhanced.ActivityDiscovery, "2026-04-29", allowed},
		{"AMB-10 reactive on day 1 (reading a)", enhanced.ActivityReactive, "2026-03-01", allowed},
		{"AED-8 onboarding on day 61", enhanced.ActivityOnboarding, "2026-04-30", allowed},
	}
	for _, tt := range tests {
		got, err := o.CheckActivity(tt.a, d(tt.on))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
	uer, err := enhanced.NewOnboarding(catalogue.UnifiedEnhancedResponse, d("2026-03-01"))
	if err != nil {
		t.Fatal(err)
	}
	bad := []struct {
		name    string
		o       enhanced.Onboarding
		a       enhanced.AEDActivity
		on      calendar.Date
		wantErr error
	}{
		{"UER's onboarding has no AED-8 limit", uer, enhanced.ActivityProactive, d("2026-03-01"), catalogue.ErrUnknownService},
		{"zero onboarding", enhanced.Onboarding{}, enhanced.ActivityProactive, d("2026-03-01"), catalogue.ErrUnknownService},
		{"activity not stated", o, enhanced.ActivityUnstated, d("2026-03-01"), contract.ErrInvalidEnum},
		{"activity out of range", o, enhanced.AEDActivity(5), d("2026-03-01"), contract.ErrInvalidEnum},
		{"zero date", o, enhanced.ActivityProactive, calendar.Date{}, contract.ErrInvalidTerm},
	}
	for _, tt := range bad {
		if v, err := tt.o.CheckActivity(tt.a, tt.on); !errors.Is(err, tt.wantErr) || !cmp.Equal(v, rule.Verdict{}) {
			t.Errorf("%s: CheckActivity = %v, %v; want %v", tt.name, v, err, tt.wantErr)
		}
	}
}
