package multicountry_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/rule"
	"github.com/supportrules/unified/multicountry"
)

// Rules MC-5, MC-6, MC-7, MC-8, MC-10, MC-11, MC-12, MC-13, MC-14, TERM-1,
// TERM-2, UER-23, UER-24, D-UER, DE-5, EDE-11, REDE-16: where each service
// of Contoso Korea's Work Order may be delivered — host Seoul, downstream
// Tokyo — and by which rule. One row per location rule, on both sides of
// each purchase.
func TestDeliveryFollowsTheLocationRules(t *testing.T) {
	s := mustSupport(t)
	tests := []struct {
		name     string
		svc      catalogue.ServiceID
		location string
		want     multicountry.Reach
		wantRule rule.ID // one rule the decision must cite
	}{
		// MC-7: reactive services reach every location remotely.
		{"base reactive at the host", catalogue.ProblemResolutionSupport, "Seoul", multicountry.Deliverable, "MC-7"},
		{"base reactive downstream", catalogue.ProblemResolutionSupport, "Tokyo", multicountry.Deliverable, "MC-7"},
		{"advisory support downstream", catalogue.AdvisorySupport, "Tokyo", multicountry.Deliverable, "MC-7"},
		// A purchased reactive service nobody bought.
		{"additional SAM hours not bought", catalogue.SupportAssistanceAddOn, "Tokyo", multicountry.NotPurchased, "MC-7"},
		// MC-6, MC-5, TERM-1: Base Package services to the designated locations, as the host assigns.
		{"base proactive at the host", catalogue.OnDemandAssessment, "Seoul", multicountry.Deliverable, "MC-6"},
		{"base proactive downstream", catalogue.OnDemandAssessment, "Tokyo", multicountry.Deliverable, "MC-5"},
		{"success management downstream", catalogue.SuccessManagement, "Tokyo", multicountry.Deliverable, "TERM-1"},
		// MC-8, MC-13: purchased proactive services at the location bought for.
		{"workshops bought for Seoul, at Seoul", catalogue.Workshops, "Seoul", multicountry.Deliverable, "MC-8"},
		// MC-14: staff of another location may join a remote one only if Microsoft agrees.
		{"workshops bought for Seoul, at Tokyo", catalogue.Workshops, "Tokyo", multicountry.NeedsAgreement, "MC-14"},
		{"hackathon not bought", catalogue.Hackathon, "Seoul", multicountry.NotPurchased, "MC-8"},
		// MC-10: STA at its designated location.
		{"STA bought for Tokyo, at Tokyo", catalogue.SupportTechnicalAdvisory, "Tokyo", multicountry.Deliverable, "MC-10"},
		{"STA bought for Tokyo, at Seoul", catalogue.SupportTechnicalAdvisory, "Seoul", multicountry.NeedsAgreement, "MC-14"},
		// MC-11: Root Cause Analysis to staff at the designated location (AMB-30).
		{"RCA bought for Tokyo, at Tokyo", catalogue.RootCauseAnalysis, "Tokyo", multicountry.Deliverable, "MC-11"},
		{"RCA bought for Tokyo, at Seoul", catalogue.RootCauseAnalysis, "Seoul", multicountry.NotDeliverable, "MC-11"},
		// DE-5: DE at its single location.
		{"DE at its location", catalogue.DesignatedEngineering, "Tokyo", multicountry.Deliverable, "DE-5"},
		{"DE elsewhere", catalogue.DesignatedEngineering, "Seoul", multicountry.NotDeliverable, "DE-5"},
		// EDE-11: EDE at its single location.
		{"EDE at its location", catalogue.EnhancedDesignatedEngineering, "Seoul", multicountry.Deliverable, "EDE-11"},
		{"EDE elsewhere", catalogue.EnhancedDesignatedEngineering, "Tokyo", multicountry.NotDeliverable, "EDE-11"},
		// REDE-16: REDE at every location it was bought for.
		{"REDE at the host", catalogue.ReactiveEnhancedDesignatedEngineering, "Seoul", multicountry.Deliverable, "REDE-16"},
		{"REDE downstream", catalogue.ReactiveEnhancedDesignatedEngineering, "Tokyo", multicountry.Deliverable, "REDE-16"},
		// MC-12: other enhanced solutions where bought.
		{"Rapid Response not bought", catalogue.RapidResponse, "Seoul", multicountry.NotPurchased, "MC-12"},
		// UER-23, UER-24, D-UER: UER bought for the host covers every location, remotely.
		{"UER at the host", catalogue.UnifiedEnhancedResponse, "Seoul", multicountry.Deliverable, "UER-23"},
		{"UER downstream, covered by the host's", catalogue.UnifiedEnhancedResponse, "Tokyo", multicountry.Deliverable, "UER-24"},
		{"UER component downstream", catalogue.EnhancedIncidentManagement, "Tokyo", multicountry.Deliverable, "D-UER"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Delivery(tt.svc, tt.location)
			if err != nil {
				t.Fatalf("Delivery(%v, %q): %v", tt.svc, tt.location, err)
			}
			if got.Reach != tt.want || !got.Rules.Has(tt.wantRule) {
				t.Errorf("Delivery(%v, %q) = %v by %v, want %v by a decision citing %s", tt.svc, tt.location, got.Reach, got.Rules, tt.want, tt.wantRule)
			}
			if got.Service != tt.svc || got.Location != tt.location {
				t.Errorf("Delivery(%v, %q) names %v at %q", tt.svc, tt.location, got.Service, got.Location)
			}
			// TERM-1, TERM-2, MC-14: what is delivered or joined is remote (or online, or on
			// demand) unless stated otherwise in writing; a refusal has no mode.
			delivered := got.Reach == multicountry.Deliverable || got.Reach == multicountry.NeedsAgreement
			if delivered && (!got.Mode.IsValid() || got.Mode == catalogue.DeliveryOnsite) || !delivered && got.Mode != 0 {
				t.Errorf("Delivery(%v, %q).Mode = %v with verdict %v", tt.svc, tt.location, got.Mode, got.Reach)
			}
		})
	}
}

// Rule MC-9 (AMB-23): optional ("+") proactive services for a tax-exception
// downstream location are those its Work Order identifies; those bought
// for other locations do not reach it. MC-9 governs "+" services only (seed
// line 1903: 선택적 서비스(위의 지원 표에서 "+"로 표시됨)): Base Package (✓)
// proactive services — On-demand Assessment, Webcasts, On-demand Education —
// follow MC-6 there as at every designated location (issue 16, item 8).
// Reactive services reach it by MC-7.
func TestExceptionLocationGetsOnlyItsOwnProactiveServices(t *testing.T) {
	wo := contosoKorea()
	wo.Locations[1].Exception = true
	s, err := multicountry.New(wo, nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		svc  catalogue.ServiceID
		want multicountry.Reach
		rule rule.ID
	}{
		{catalogue.OnDemandAssessment, multicountry.Deliverable, "MC-6"},
		{catalogue.Webcasts, multicountry.Deliverable, "MC-6"},
		{catalogue.OnDemandEducation, multicountry.Deliverable, "MC-6"},
		{catalogue.SuccessManagement, multicountry.Deliverable, "MC-6"},
		{catalogue.Workshops, multicountry.NotDeliverable, "MC-9"},
		{catalogue.Hackathon, multicountry.NotPurchased, "MC-9"},
		{catalogue.SupportTechnicalAdvisory, multicountry.Deliverable, "MC-10"},
		{catalogue.ProblemResolutionSupport, multicountry.Deliverable, "MC-7"},
	}
	for _, tt := range tests {
		got, err := s.Delivery(tt.svc, "Tokyo")
		if err != nil {
			t.Fatal(err)
		}
		if got.Reach != tt.want || !got.Rules.Has(tt.rule) || got.Allowed != (tt.want == multicountry.Deliverable) ||
			got.Rules.Has("MC-9") == (tt.want == multicountry.Deliverable) {
			t.Errorf("Delivery(%v, exception Tokyo) = %v by %v, want %v by %s", tt.svc, got.Reach, got.Rules, tt.want, tt.rule)
		}
	}
}

// Rules MC-9, MC-6, MC-2 (AMB-23): MC-9 limits the proactive services of a
// tax-exception *downstream* location ("해당 다운스트림 계약"). A host in an
// exception country, or the only location of a single-country Work Order,
// keeps its Base Package proactive services; a purchased one still goes
// where it was bought.
func TestExceptionHostKeepsItsBasePackage(t *testing.T) {
	multi := contosoKorea()
	multi.Locations[0].Exception = true // Seoul, the host

	single := contosoKorea()
	single.MultiCountry = false
	single.Locations = single.Locations[:1]
	single.Locations[0].Exception = true
	single.Purchases = []contract.Purchase{{Service: catalogue.Workshops, Quantity: 1}}
	single.Contacts = single.Contacts[:1]

	for name, wo := range map[string]contract.WorkOrder{"exception host": multi, "single exception location": single} {
		s, err := multicountry.New(wo, nil)
		if err != nil {
			t.Fatalf("%s: New: %v", name, err)
		}
		for _, tt := range []struct {
			svc  catalogue.ServiceID
			want multicountry.Reach
			rule rule.ID
		}{
			{catalogue.OnDemandAssessment, multicountry.Deliverable, "MC-6"}, // Base Package proactive
			{catalogue.Workshops, multicountry.Deliverable, "MC-8"},          // bought for Seoul
			{catalogue.Hackathon, multicountry.NotPurchased, "BUY-5"},        // bought nowhere
		} {
			got, err := s.Delivery(tt.svc, "Seoul")
			if err != nil {
				t.Fatalf("%s: Delivery(%v): %v", name, tt.svc, err)
			}
			if got.Reach != tt.want || !got.Rules.Has(tt.rule) || got.Rules.Has("MC-9") {
				t.Errorf("%s: Delivery(%v, Seoul) = %v by %v, want %v by %s, not MC-9", name, tt.svc, got.Reach, got.Rules, tt.want, tt.rule)
			}
		}
	}
}

// Rules MC-7, MC-4 (AMB-46): a purchased reactive service — additional
// Support Assistance hours bought for Tokyo — is delivered remotely to any
// location of the Work Order, so the decision cites MC-7, not MC-13 (which
// would confine it to the location it was bought for).
func TestPurchasedReactiveServiceReachesEveryLocation(t *testing.T) {
	wo := contosoKorea()
	wo.Purchases = append(wo.Purchases, contract.Purchase{Service: catalogue.SupportAssistanceAddOn, Quantity: 10, Unit: catalogue.UnitHours, Location: "Tokyo"})
	s, err := multicountry.New(wo, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range []string{"Seoul", "Tokyo"} {
		got, err := s.Delivery(catalogue.SupportAssistanceAddOn, l)
		if err != nil {
			t.Fatal(err)
		}
		if got.Reach != multicountry.Deliverable || got.Mode != catalogue.DeliveryRemote || !got.Rules.Has("MC-7") || got.Rules.Has("MC-13") {
			t.Errorf("Delivery(additional SAM hours bought for Tokyo, %s) = %v %v by %v, want deliverable remotely by MC-7, not MC-13", l, got.Reach, got.Mode, got.Rules)
		}
	}
}

// D-UER (AMB-11): UER bought only for a downstream location covers that
// location and no other, and the purchase is reported as unnecessary (a
// warning, not an error).
func TestDownstreamUERCoversOnlyItsLocation(t *testing.T) {
	wo := contosoKorea()
	for i, p := range wo.Purchases {
		if p.Service == catalogue.UnifiedEnhancedResponse {
			wo.Purchases[i].Location = "Tokyo"
		}
	}
	s, err := multicountry.New(wo, nil)
	if err != nil {
		t.Fatal(err)
	}
	for loc, want := range map[string]multicountry.Reach{"Tokyo": multicountry.Deliverable, "Seoul": multicountry.NotDeliverable} {
		got, err := s.Delivery(catalogue.UnifiedEnhancedResponse, loc)
		if err != nil {
			t.Fatal(err)
		}
		if got.Reach != want || !got.Rules.Has("D-UER") {
			t.Errorf("Delivery(UER bought for Tokyo, %s) = %v by %v, want %v by D-UER", loc, got.Reach, got.Rules, want)
		}
	}
	ws := s.Warnings()
	if len(ws) != 1 || !errors.Is(ws[0], contract.ErrUnnecessaryPurchase) || !ws[0].Rules.Has("D-UER") {
		t.Errorf("Warnings() = %v, want one unnecessary-purchase warning citing D-UER", ws)
	}
	if ws := mustSupport(t).Warnings(); len(ws) != 0 {
		t.Errorf("Warnings() with UER at the host = %v, want none", ws)
	}
}

// Rules EDE-7, AMB-34: EDE must be assigned to its location before the
// service delivery plan is created; on the same day is too late.
func TestEDEAssignedBeforeTheServiceDeliveryPlan(t *testing.T) {
	s := mustSupport(t)
	tests := []struct {
		name           string
		assigned, plan string
		want           multicountry.Reach
	}{
		{"the day before", "2026-01-14", "2026-01-15", multicountry.Deliverable},
		{"the same day", "2026-01-15", "2026-01-15", multicountry.NotDeliverable},
		{"the day after", "2026-01-16", "2026-01-15", multicountry.NotDeliverable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.EDEAssignment(day(tt.assigned), day(tt.plan))
			if err != nil {
				t.Fatal(err)
			}
			want := multicountry.Decision{Service: catalogue.EnhancedDesignatedEngineering, Location: "Seoul", Reach: tt.want,
				Verdict: rule.Verdict{Allowed: tt.want == multicountry.Deliverable, Rules: rule.Cite("EDE-7", "EDE-11", "AMB-34")}}
			if tt.want == multicountry.Deliverable {
				want.Mode = catalogue.DeliveryRemote
			}
			if diff := cmp.Diff(want, got, cmpopts.EquateComparable(rule.Set{})); diff != "" {
				t.Errorf("EDEAssignment(%s, %s) (-want +got):\n%s", tt.assigned, tt.plan, diff)
			}
		})
	}
	wo := contosoKorea()
	wo.Purchases = wo.Purchases[:1]
	noEDE, err := multicountry.New(wo, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := noEDE.EDEAssignment(day("2026-01-14"), day("2026-01-15")); got.Reach != multicountry.NotPurchased {
		t.Errorf("EDEAssignment without EDE = %v, want %v", got.Reach, multicountry.NotPurchased)
	}
	if _, err := s.EDEAssignment(contract.Term{}.Start, day("2026-01-15")); !errors.Is(err, multicountry.ErrService) {
		t.Errorf("EDEAssignment(zero date) error = %v, want %v", err, multicountry.ErrService)
	}
}

// Bad questions get errors, never a panic: an unknown location, an invalid
// service, a nil Support.
func TestDeliveryRefusesBadInput(t *testing.T) {
	s := mustSupport(t)
	if _, err := s.Delivery(catalogue.Workshops, "Osaka"); !errors.Is(err, multicountry.ErrUnknownLocation) {
		t.Errorf("Delivery(Osaka) error = %v, want %v", err, multicountry.ErrUnknownLocation)
	}
	if _, err := s.Delivery(0, "Seoul"); !errors.Is(err, multicountry.ErrService) {
		t.Errorf("Delivery(0) error = %v, want %v", err, multicountry.ErrService)
	}
	if _, err := s.Delivery(catalogue.ServiceID(250), "Seoul"); !errors.Is(err, multicountry.ErrService) {
		t.Errorf("Delivery(250) error = %v, want %v", err, multicountry.ErrService)
	}
	var nilSupport *multicountry.Support
	if _, err := nilSupport.Delivery(catalogue.Workshops, "Seoul"); !errors.Is(err, multicountry.ErrUnknownLocation) {
		t.Errorf("nil Support: Delivery error = %v, want %v", err, multicountry.ErrUnknownLocation)
	}
}

// Every service of the catalogue has an answer at every location, with at
// least one rule and a valid verdict (totality of MC-5..MC-14).
func TestEveryServiceHasADeliveryAnswer(t *testing.T) {
	s := mustSupport(t)
	for svc := range catalogue.All() {
		for _, loc := range []string{"Seoul", "Tokyo"} {
			d, err := s.Delivery(svc.ID(), loc)
			if err != nil {
				t.Errorf("Delivery(%v, %s): %v", svc.ID(), loc, err)
				continue
			}
			if !d.Reach.IsValid() || d.Rules.Len() == 0 {
				t.Errorf("Delivery(%v, %s) = %+v, want a valid verdict and its rules", svc.ID(), loc, d)
			}
		}
	}
}

// A Reach's text form round-trips, in any case; the zero Reach is "not
// set" and round-trips as empty text; invalid ones are errors.
func TestReachText(t *testing.T) {
	for v := multicountry.Deliverable; v <= multicountry.NotPurchased; v++ {
		b, err := v.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var got multicountry.Reach
		if err := got.UnmarshalText(b); err != nil || got != v {
			t.Errorf("UnmarshalText(%s) = %v, %v, want %v", b, got, err, v)
		}
		if got, err := multicountry.ParseReach(strings.ToUpper(string(b))); err != nil || got != v {
			t.Errorf("ParseReach(%s) = %v, %v, want %v", strings.ToUpper(string(b)), got, err, v)
		}
	}
	if (multicountry.NotPurchased + 1).IsValid() {
		t.Error("a Reach after NotPurchased is valid")
	}
	if _, err := multicountry.Reach(9).MarshalText(); !errors.Is(err, multicountry.ErrReach) {
		t.Errorf("MarshalText(9) error = %v", err)
	}
	if got := multicountry.Reach(9).String(); got != "multicountry.Reach(9)" {
		t.Errorf("String() = %q", got)
	}
	if _, err := multicountry.ParseReach("maybe"); !errors.Is(err, multicountry.ErrReach) {
		t.Errorf("ParseReach(maybe) error = %v", err)
	}
	var zero multicountry.Reach
	if b, err := zero.MarshalText(); zero.IsValid() || err != nil || len(b) != 0 {
		t.Errorf("the zero Reach: valid %v, text %q, %v", zero.IsValid(), b, err)
	}
	back := multicountry.Deliverable
	if err := back.UnmarshalText(nil); err != nil || back != zero {
		t.Errorf("empty text → %v, %v", back, err)
	}
}

// Rules PRO-4, TERM-2, DE-6, MAINT-6: a service is delivered on site only
// when it can be, the location is entitled to it, a written agreement says
// so, and Microsoft offers on-site delivery in the country; each refusal
// names its rule (issue 16, on-site delivery).
func TestDeliveryOnSite(t *testing.T) {
	s := mustSupport(t)
	agreed := day("2026-02-01")
	tests := []struct {
		name     string
		r        multicountry.OnSite
		allowed  bool
		mode     catalogue.DeliveryMode
		wantRule rule.ID
	}{
		{"workshops at Seoul, agreed in writing", multicountry.OnSite{Service: catalogue.Workshops, Location: "Seoul", Agreed: agreed}, true, catalogue.DeliveryOnsite, "PRO-4"},
		{"workshops at Seoul, no agreement", multicountry.OnSite{Service: catalogue.Workshops, Location: "Seoul"}, false, catalogue.DeliveryOnline, "PRO-4"},
		{"DE at Tokyo, agreed in writing", multicountry.OnSite{Service: catalogue.DesignatedEngineering, Location: "Tokyo", Agreed: agreed}, true, catalogue.DeliveryOnsite, "DE-6"},
		{"DE at Tokyo, no agreement", multicountry.OnSite{Service: catalogue.DesignatedEngineering, Location: "Tokyo"}, false, catalogue.DeliveryRemote, "DE-6"},
		{"on-demand assessment where on-site is not offered", multicountry.OnSite{Service: catalogue.OnDemandAssessment, Location: "Tokyo", Agreed: agreed, NotOffered: true}, false, catalogue.DeliveryOnDemand, "MAINT-6"},
		{"on-demand assessment on site, agreed", multicountry.OnSite{Service: catalogue.OnDemandAssessment, Location: "Tokyo", Agreed: agreed}, true, catalogue.DeliveryOnsite, "MAINT-6"},
		{"reactive support is never on site", multicountry.OnSite{Service: catalogue.ProblemResolutionSupport, Location: "Seoul", Agreed: agreed}, false, catalogue.DeliveryRemote, "REACT-3"},
		{"webcasts are never on site", multicountry.OnSite{Service: catalogue.Webcasts, Location: "Seoul", Agreed: agreed}, false, catalogue.DeliveryOnline, "TERM-2"},
		{"DE where it was not bought", multicountry.OnSite{Service: catalogue.DesignatedEngineering, Location: "Seoul", Agreed: agreed}, false, 0, "DE-5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.DeliveryOnSite(tt.r)
			if err != nil {
				t.Fatal(err)
			}
			if got.Allowed != tt.allowed || got.Mode != tt.mode || !got.Rules.Has(tt.wantRule) {
				t.Errorf("DeliveryOnSite(%+v) = allowed %v, %v by %v; want %v, %v by %s", tt.r, got.Allowed, got.Mode, got.Rules, tt.allowed, tt.mode, tt.wantRule)
			}
		})
	}
	if _, err := s.DeliveryOnSite(multicountry.OnSite{Service: catalogue.Workshops, Location: "Seoul", Agreed: calendar.Date{Year: 2026, Month: 2, Day: 30}}); !errors.Is(err, multicountry.ErrService) {
		t.Errorf("an agreement dated 2026-02-30: %v", err)
	}
	if _, err := s.DeliveryOnSite(multicountry.OnSite{Service: catalogue.Workshops, Location: "Osaka"}); !errors.Is(err, multicountry.ErrUnknownLocation) {
		t.Errorf("Osaka: %v", err)
	}
}
