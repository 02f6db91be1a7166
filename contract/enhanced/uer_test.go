package enhanced_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/enhanced"
	"github.com/supportrules/unified/contract/rule"
)

// TestUERBoughtForHostCoversAll (UER-23, UER-24, MC-12, D-UER, AMB-11;
// seed lines 1139-1145).
func TestUERBoughtForHostCoversAll(t *testing.T) {
	w := contoso()
	hostCover := enhanced.LocationCover{Verdict: rule.Allow("UER-23", "UER-24", "D-UER"), Purchase: 0}
	for _, loc := range []string{"Seoul", "Tokyo"} {
		if diff := cmp.Diff(hostCover, enhanced.UERCoverage(w, loc)); diff != "" {
			t.Errorf("UER-23 host purchase, %s (-want +got):\n%s", loc, diff)
		}
	}
	// Bought for Tokyo only: Tokyo is covered, Seoul is not.
	w.Purchases[0].Location = "Tokyo"
	tests := []struct {
		name     string
		location string
		want     enhanced.LocationCover
	}{
		{"MC-12 downstream purchase covers its location", "Tokyo", enhanced.LocationCover{Verdict: rule.Allow("MC-12", "D-UER"), Purchase: 0}},
		{"UER-23 downstream purchase does not cover the host", "Seoul", enhanced.LocationCover{Verdict: rule.Deny("UER-23", "D-UER"), Purchase: -1}},
		{"MC-4 unknown location", "Osaka", enhanced.LocationCover{Verdict: rule.Deny("MC-4"), Purchase: -1}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, enhanced.UERCoverage(w, tt.location)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
	// A second purchase for Tokyo does not displace the first.
	w.Purchases = append(w.Purchases, w.Purchases[0])
	if c := enhanced.UERCoverage(w, "Tokyo"); c.Purchase != 0 {
		t.Errorf("two Tokyo purchases: %+v", c)
	}
	// A host purchase after a downstream one wins for every location.
	w.Purchases[len(w.Purchases)-1].Location = "Seoul"
	if c := enhanced.UERCoverage(w, "Tokyo"); c.Purchase != len(w.Purchases)-1 || !c.Rules.Has("UER-24") {
		t.Errorf("host purchase listed last: %+v", c)
	}
	w = contoso()
	w.Purchases = w.Purchases[1:]
	if c := enhanced.UERCoverage(w, "Seoul"); c.Allowed || c.Purchase != -1 {
		t.Errorf("no UER, covered: %+v", c)
	}
	// A single-location Work Order: its one location is the host.
	w = contoso()
	w.MultiCountry, w.Locations = false, w.Locations[:1]
	w.Locations[0].Role = contract.Host
	if c := enhanced.UERCoverage(w, "Seoul"); !c.Allowed || c.Purchase != 0 {
		t.Errorf("single location: %+v", c)
	}
}

// TestUERCoverageByDate (UER-4, UER-23, MC-12, D-UER, D-TERM-3; seed
// lines 1007-1011, 1139-1145): a UER line added during the term covers a
// location from its start date, not before, and not after its end.
func TestUERCoverageByDate(t *testing.T) {
	w := contoso()
	w.Purchases[0].Start = d("2027-03-15") // the host's UER added mid-term
	w.Purchases[0].End = d("2028-06-30")
	tests := []struct {
		name     string
		location string
		on       string
		want     enhanced.LocationCover
	}{
		{"UER-4 the day before the line starts", "Tokyo", "2027-03-14", enhanced.LocationCover{Verdict: rule.Deny("UER-23", "D-UER", "UER-4", "D-TERM-3"), Purchase: -1}},
		{"UER-4 the line's start date", "Tokyo", "2027-03-15", enhanced.LocationCover{Verdict: rule.Allow("UER-23", "UER-24", "D-UER"), Purchase: 0, Term: term("2027-03-15", "2028-06-30")}},
		{"UER-4 the host on the start date", "Seoul", "2027-03-15", enhanced.LocationCover{Verdict: rule.Allow("UER-23", "UER-24", "D-UER"), Purchase: 0, Term: term("2027-03-15", "2028-06-30")}},
		{"D-TERM-3 the line's last day", "Seoul", "2028-06-30", enhanced.LocationCover{Verdict: rule.Allow("UER-23", "UER-24", "D-UER"), Purchase: 0, Term: term("2027-03-15", "2028-06-30")}},
		{"D-TERM-3 the day after the line ends", "Seoul", "2028-07-01", enhanced.LocationCover{Verdict: rule.Deny("UER-23", "D-UER", "UER-4", "D-TERM-3"), Purchase: -1}},
		{"MC-4 unknown location", "Osaka", "2027-03-15", enhanced.LocationCover{Verdict: rule.Deny("MC-4"), Purchase: -1}},
	}
	for _, tt := range tests {
		got, err := enhanced.UERCoverageOn(w, tt.location, d(tt.on))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
	// A downstream line from the term's start covers Tokyo before the
	// host's line starts; from then on the host's covers it.
	w.Purchases = append(w.Purchases, contract.Purchase{Service: w.Purchases[0].Service, Quantity: 1, Location: "Tokyo"})
	own := len(w.Purchases) - 1
	if c, err := enhanced.UERCoverageOn(w, "Tokyo", d("2027-03-14")); err != nil || c.Purchase != own || !c.Rules.Has("MC-12") || c.Term != w.Term {
		t.Errorf("MC-12 Tokyo's own line before the host's: %+v, %v", c, err)
	}
	if c, err := enhanced.UERCoverageOn(w, "Tokyo", d("2027-03-15")); err != nil || c.Purchase != 0 {
		t.Errorf("UER-24 the host's line from its start: %+v, %v", c, err)
	}
	// A line with no Unified contract to depend on (UER-4) and an invalid
	// date are errors.
	if c, err := enhanced.UERCoverageOn(w, "Tokyo", calendar.Date{}); !errors.Is(err, contract.ErrInvalidTerm) || !cmp.Equal(c, enhanced.LocationCover{Purchase: -1}) {
		t.Errorf("zero date: %v", err)
	}
	w.Unified = contract.Term{}
	if c, err := enhanced.UERCoverageOn(w, "Tokyo", d("2027-03-15")); !errors.Is(err, contract.ErrNoUnifiedContract) || !cmp.Equal(c, enhanced.LocationCover{Purchase: -1}) {
		t.Errorf("no Unified contract: %v", err)
	}
	// Without UER nothing is covered, and no date is asked about.
	w = contoso()
	w.Purchases = w.Purchases[1:]
	if c, err := enhanced.UERCoverageOn(w, "Seoul", d("2027-03-15")); err != nil || c.Allowed || c.Rules.Has("UER-4") {
		t.Errorf("no UER: %+v, %v", c, err)
	}
}
