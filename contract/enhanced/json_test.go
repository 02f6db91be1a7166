package enhanced_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/enhanced"
)

// roundTrip encodes v, decodes it into a new T, and reports any difference.
func roundTrip[T any](t *testing.T, name string, v T, want string) {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("%s: marshal: %v", name, err)
	}
	if want != "" && string(b) != want {
		t.Errorf("%s: JSON\n got %s\nwant %s", name, b, want)
	}
	var back T
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("%s: unmarshal %s: %v", name, b, err)
	}
	if diff := cmp.Diff(v, back, cmp.AllowUnexported(enhanced.HourBlock{})); diff != "" {
		t.Errorf("%s: round trip of %s (-want +got):\n%s", name, b, diff)
	}
}

// TestEveryResultRoundTrips: every result type of the package has a JSON
// form in the module's convention (camelCase keys, dates "2026-09-23",
// durations ISO 8601, enums as text) and reads back equal.
func TestEveryResultRoundTrips(t *testing.T) {
	w := contoso()
	sip, err := enhanced.CheckSIPRequest(d("2026-03-01"), []calendar.Date{d("2026-04-01")}, d("2026-09-01"))
	if err != nil {
		t.Fatal(err)
	}
	roundTrip(t, "SIPCheck", sip, `{"allowed":true,"rules":["AED-23","D-AED-3"],"period":{"start":"2026-03-01","end":"2027-02-28"},"index":1,"earlier":1,"remaining":0}`)
	plan, err := enhanced.PlanAEM(2, term("2026-11-27", "2026-12-02"), d("2026-10-20"))
	if err != nil {
		t.Fatal(err)
	}
	roundTrip(t, "AEMPlan", plan, `{"solutions":2,"period":{"start":"2026-11-27","end":"2026-12-02"},"days":6,"eventsPerSolution":2,"events":4,"noticeDays":38,"needsAgreement":true,"rules":["AEM-11","AEM-12","AEM-14","D-AEM","AEM-7","AEM-9","AEM-15"]}`)
	rca, err := enhanced.AEDRootCauseAnalysis(seoulCalendar(t), aedRCA("2026-02-20", "2026-02-20", "2026-02-19"))
	if err != nil {
		t.Fatal(err)
	}
	roundTrip(t, "RCA", rca, `{"requestBy":"2026-02-27","from":"2026-02-20","due":"2026-03-06","rules":["AED-18","AED-20","AED-21","D-AED-2","D-DAYS"]}`)
	roundTrip(t, "RCA refused", enhanced.RCA{RequestBy: d("2026-02-27")}, `{"requestBy":"2026-02-27","rules":[]}`)
	roundTrip(t, "AEDRCARequest", aedRCA("2026-02-20", "2026-02-21", "2026-02-19"),
		`{"closed":"2026-02-20","mitigated":"2026-02-19","requested":"2026-02-21","impact":"production","channel":"aligned-aed-engineer"}`)
	roundTrip(t, "AEDRCARequest unstated", enhanced.AEDRCARequest{Closed: d("2026-02-20"), Mitigated: d("2026-02-19"), Requested: d("2026-02-21")},
		`{"closed":"2026-02-20","mitigated":"2026-02-19","requested":"2026-02-21","impact":"","channel":""}`)
	for _, id := range []catalogue.ServiceID{catalogue.AzureEngineeringDirect, catalogue.UnifiedEnhancedResponse} {
		o, err := enhanced.OnboardingOf(w, id)
		if err != nil {
			t.Fatal(err)
		}
		roundTrip(t, "Onboarding "+id.String(), o, "")
	}
	roundTrip(t, "LocationCover", enhanced.UERCoverage(w, "Tokyo"), `{"allowed":true,"rules":["UER-23","UER-24","D-UER"],"purchase":0}`)
	on, err := enhanced.UERCoverageOn(w, "Tokyo", d("2027-01-01"))
	if err != nil {
		t.Fatal(err)
	}
	roundTrip(t, "LocationCover on a date", on, `{"allowed":true,"rules":["UER-23","UER-24","D-UER"],"purchase":0,"term":{"start":"2026-01-01","end":"2028-12-31"}}`)
	h, err := enhanced.NewHourBlock(catalogue.EnhancedDesignatedEngineering, 400*time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if h, err = h.Deduct(7*time.Hour + 30*time.Minute); err != nil {
		t.Fatal(err)
	}
	roundTrip(t, "HourBlock", h, `{"service":"enhanced-designated-engineering","purchased":"PT400H","used":"PT7H30M"}`)
	s, err := enhanced.NewMSCIREarlyStart(d("2026-05-04"), d("2026-05-11"))
	if err != nil {
		t.Fatal(err)
	}
	roundTrip(t, "MSCIREarlyStart", s, "")
	for a := enhanced.ActivityUnstated; a <= enhanced.ActivityReactive; a++ {
		roundTrip(t, "AEDActivity "+a.String(), a, "")
	}
}

// TestHourBlockDecodingChecksTheBlock (EDE-3, REDE-4, AMB-43): a decoded
// HourBlock is one NewHourBlock and Deduct could give; anything else is
// refused with the package's sentinel and leaves the block unchanged.
func TestHourBlockDecodingChecksTheBlock(t *testing.T) {
	tests := []struct {
		name    string
		json    string
		wantErr error
	}{
		{"all used", `{"service":"enhanced-designated-engineering","purchased":"PT1H","used":"PT1H"}`, nil},
		{"used beyond purchased", `{"service":"enhanced-designated-engineering","purchased":"PT1H","used":"PT1H1M"}`, enhanced.ErrInsufficientHours},
		{"fraction of a minute", `{"service":"enhanced-designated-engineering","purchased":"PT1H0.5S","used":"PT0S"}`, enhanced.ErrInvalidHours},
		{"negative used", `{"service":"enhanced-designated-engineering","purchased":"PT1H","used":"-PT1M"}`, enhanced.ErrInvalidHours},
		{"not sold in hours", `{"service":"workshops","purchased":"PT1H","used":"PT0S"}`, enhanced.ErrInvalidHours},
		{"unknown service", `{"service":"nothing","purchased":"PT1H","used":"PT0S"}`, enhanced.ErrInvalidHours},
		{"not a duration", `{"service":"enhanced-designated-engineering","purchased":"400","used":"PT0S"}`, enhanced.ErrInvalidHours},
		{"used not a duration", `{"service":"enhanced-designated-engineering","purchased":"PT1H","used":"1h"}`, enhanced.ErrInvalidHours},
		{"missing fields", `{}`, enhanced.ErrInvalidHours},
		{"wrong type", `[1]`, enhanced.ErrInvalidHours},
		{"exactly a century, all used", `{"service":"enhanced-designated-engineering","purchased":"PT878400H","used":"PT878400H"}`, nil},
		{"beyond a century", `{"service":"enhanced-designated-engineering","purchased":"PT878401H","used":"PT0S"}`, enhanced.ErrInvalidHours},
	}
	for _, tt := range tests {
		h, err := enhanced.NewHourBlock(catalogue.ReactiveEnhancedDesignatedEngineering, time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		before := h
		err = json.Unmarshal([]byte(tt.json), &h)
		if !errors.Is(err, tt.wantErr) {
			t.Errorf("%s: %v, want %v", tt.name, err, tt.wantErr)
		}
		if tt.name == "not sold in hours" && (err == nil || !strings.Contains(err.Error(), "is not sold in hours")) {
			t.Errorf("%s: %v does not say why", tt.name, err)
		}
		if tt.wantErr != nil && h != before {
			t.Errorf("%s: the block changed on error: %+v", tt.name, h)
		}
		if tt.wantErr == nil && (h.Remaining() != 0 || h.Service() != catalogue.EnhancedDesignatedEngineering) {
			t.Errorf("%s: decoded %+v", tt.name, h)
		}
	}
	if _, err := json.Marshal(enhanced.HourBlock{}); !errors.Is(err, enhanced.ErrInvalidHours) {
		t.Errorf("marshal the zero HourBlock: %v", err)
	}
}

// TestEnumsFollowTheModulePattern: Impact, RCAChannel and AEDActivity
// parse case-insensitively, have a zero value that is not valid and reads
// back from empty text, and refuse other text and out-of-range values with
// contract.ErrInvalidEnum.
func TestEnumsFollowTheModulePattern(t *testing.T) {
	type enum interface {
		String() string
		IsValid() bool
		AppendText([]byte) ([]byte, error)
	}
	check := func(name string, zero enum, values []enum, parse func(string) (enum, error), out enum) {
		t.Helper()
		if zero.IsValid() || zero.String() != "" {
			t.Errorf("%s: zero value %q valid %v", name, zero.String(), zero.IsValid())
		}
		if v, err := parse(""); err != nil || v != zero {
			t.Errorf("%s: Parse(\"\") = %v, %v", name, v, err)
		}
		for _, v := range values {
			if !v.IsValid() {
				t.Errorf("%s: %v not valid", name, v)
			}
			for _, s := range []string{v.String(), strings.ToUpper(v.String()), " " + v.String() + " "} {
				if p, err := parse(s); err != nil || p != v {
					t.Errorf("%s: Parse(%q) = %v, %v", name, s, p, err)
				}
			}
			if b, err := v.AppendText([]byte("x")); err != nil || string(b) != "x"+v.String() {
				t.Errorf("%s: AppendText = %q, %v", name, b, err)
			}
		}
		if _, err := parse("nonsense"); !errors.Is(err, contract.ErrInvalidEnum) {
			t.Errorf("%s: Parse(nonsense) = %v", name, err)
		}
		if out.IsValid() {
			t.Errorf("%s: %v valid", name, out)
		}
		if _, err := out.AppendText(nil); !errors.Is(err, contract.ErrInvalidEnum) {
			t.Errorf("%s: AppendText of %v = %v", name, out, err)
		}
	}
	check("Impact", enhanced.ImpactUnstated, []enum{enhanced.ImpactProduction, enhanced.ImpactNonProduction},
		func(s string) (enum, error) { return enhanced.ParseImpact(s) }, enhanced.Impact(3))
	check("RCAChannel", enhanced.ChannelUnstated, []enum{enhanced.ChannelAlignedEngineer, enhanced.ChannelOther},
		func(s string) (enum, error) { return enhanced.ParseRCAChannel(s) }, enhanced.RCAChannel(3))
	check("AEDActivity", enhanced.ActivityUnstated, []enum{enhanced.ActivityOnboarding, enhanced.ActivityDiscovery, enhanced.ActivityProactive, enhanced.ActivityReactive},
		func(s string) (enum, error) { return enhanced.ParseAEDActivity(s) }, enhanced.AEDActivity(5))
	var r enhanced.AEDRCARequest
	if err := json.Unmarshal([]byte(`{"impact":"PRODUCTION","channel":"Aligned-AED-Engineer"}`), &r); err != nil ||
		r.Impact != enhanced.ImpactProduction || r.Channel != enhanced.ChannelAlignedEngineer {
		t.Errorf("decode case-insensitive enums: %+v, %v", r, err)
	}
	if err := json.Unmarshal([]byte(`{"impact":"severe"}`), &r); !errors.Is(err, contract.ErrInvalidEnum) {
		t.Errorf("decode an unknown impact: %v", err)
	}
	if _, err := json.Marshal(enhanced.AEDRCARequest{Channel: 9}); !errors.Is(err, contract.ErrInvalidEnum) {
		t.Errorf("encode a channel out of range: %v", err)
	}
}
