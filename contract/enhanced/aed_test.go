package enhanced_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/supportrules/unified/contract/rule"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/enhanced"
)

// TestSIPsPerTwelveMonths (AED-23, D-AED-3, AMB-24): at most two requests
// in each 12-month period from the AED start, no carry-over.
func TestSIPsPerTwelveMonths(t *testing.T) {
	start := d("2026-03-01")
	tests := []struct {
		name    string
		earlier []string
		request string
		allowed bool
		index   int
		period  contract.Term
		counted int
		left    int
	}{
		{"AED-23 first", nil, "2026-03-01", true, 1, term("2026-03-01", "2027-02-28"), 0, 1},
		{"AED-23 second", []string{"2026-04-01"}, "2026-09-01", true, 1, term("2026-03-01", "2027-02-28"), 1, 0},
		{"AED-23 third refused", []string{"2026-04-01", "2026-09-01"}, "2027-02-28", false, 1, term("2026-03-01", "2027-02-28"), 2, 0},
		{"D-AED-3 new period, no carry-over", []string{"2026-04-01", "2026-09-01"}, "2027-03-01", true, 2, term("2027-03-01", "2028-02-29"), 0, 1},
		{"D-AED-3 unused do not carry over", nil, "2027-03-01", true, 2, term("2027-03-01", "2028-02-29"), 0, 1},
		// Found by rapid: two earlier requests on the same day count.
		{"AED-23 same-day requests count", []string{"2026-03-01", "2026-03-01"}, "2026-03-01", false, 1, term("2026-03-01", "2027-02-28"), 2, 0},
		{"AED-23 later requests ignored", []string{"2026-10-01", "2026-11-01"}, "2026-09-01", true, 1, term("2026-03-01", "2027-02-28"), 0, 1},
		{"AED-23 invalid earlier dates ignored", []string{"2026-02-30"}, "2026-09-01", true, 1, term("2026-03-01", "2027-02-28"), 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var earlier []calendar.Date
			for _, e := range tt.earlier {
				var v calendar.Date
				if _, err := fmt.Sscanf(e, "%d-%d-%d", &v.Year, &v.Month, &v.Day); err != nil {
					t.Fatal(err)
				}
				earlier = append(earlier, v)
			}
			c, err := enhanced.CheckSIPRequest(start, earlier, d(tt.request))
			if err != nil {
				t.Fatal(err)
			}
			want := enhanced.SIPCheck{Verdict: rule.Verdict{Allowed: tt.allowed, Rules: rule.Cite("AED-23", "D-AED-3")},
				Period: tt.period, Index: tt.index, Earlier: tt.counted, Remaining: tt.left}
			if diff := cmp.Diff(want, c); diff != "" {
				t.Errorf("CheckSIPRequest (-want +got):\n%s", diff)
			}
		})
	}
	// A start on 29 February: the anniversary in a common year is 1 March
	// (D-FLEX-2), so 28 February 2029 is still in the first twelve months.
	c, err := enhanced.CheckSIPRequest(d("2028-02-29"), nil, d("2029-02-28"))
	if err != nil || c.Index != 1 || c.Period != term("2028-02-29", "2029-02-28") {
		t.Errorf("leap start, last day of the first period: %+v, %v", c, err)
	}
	c, err = enhanced.CheckSIPRequest(d("2028-02-29"), nil, d("2029-03-01"))
	if err != nil || c.Index != 2 || c.Period != term("2029-03-01", "2030-02-28") {
		t.Errorf("leap start, first day of the second period: %+v, %v", c, err)
	}
	if _, err := enhanced.CheckSIPRequest(start, nil, d("2026-02-28")); !errors.Is(err, contract.ErrInvalidTerm) {
		t.Errorf("request before start: %v", err)
	}
}

// TestMonitoringScenarioCap (AED-27, AED-30): at most 7 scenarios, only
// for an Extended Capabilities Customer.
func TestMonitoringScenarioCap(t *testing.T) {
	ext := contract.Eligibility{Extended: true}
	tests := []struct {
		e       contract.Eligibility
		n       int
		wantErr error
	}{
		{ext, 0, nil},
		{ext, 7, nil},
		{ext, 8, enhanced.ErrScenarioLimit},
		{ext, -1, contract.ErrNegativeQuantity},
		{contract.Eligibility{}, 1, contract.ErrNotExtendedCustomer},
		{contract.Eligibility{}, 0, nil},
	}
	for _, tt := range tests {
		if err := enhanced.CheckMonitoringScenarios(tt.e, tt.n); !errors.Is(err, tt.wantErr) {
			t.Errorf("CheckMonitoringScenarios(%v, %d) = %v, want %v", tt.e.Extended, tt.n, err, tt.wantErr)
		}
	}
}
