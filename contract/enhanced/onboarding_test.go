package enhanced_test

import (
	"errors"
	"testing"

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
	if _, err := enhanced.NewOnboarding(catalogue.AzureEngineeringDirect, calendar.Date{}); !errors.Is(err, contract.ErrInvalidTerm) {
		t.Errorf("zero start: %v", err)
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
