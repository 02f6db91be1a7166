package contract_test

// The guarantees of the Work Order, its validation and the term rules,
// stated as rapid properties. Each property's doc comment names the rules
// and paraphrases the clause; a shrunk counterexample reads in the
// contract's words through the draw labels.

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"
	"pgregory.net/rapid"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/money"
)

// genDate draws a valid date from 2020 to 2040.
func genDate(t *rapid.T, label string) calendar.Date {
	base := calendar.Date{Year: 2020, Month: time.January, Day: 1}
	return base.AddDays(rapid.IntRange(0, 21*365).Draw(t, label))
}

// genTerm draws a valid term of 1 day to 6 years.
func genTerm(t *rapid.T, label string) contract.Term {
	start := genDate(t, label+"Start")
	return contract.Term{Start: start, End: start.AddDays(rapid.IntRange(0, 6*366).Draw(t, label+"Days"))}
}

// locationPool is the support locations a generated Work Order draws
// from, host first.
var locationPool = []contract.Location{
	{Name: "Seoul", Country: "KR", TimeZone: "Asia/Seoul", Currency: currency.KRW},
	{Name: "Tokyo", Country: "JP", TimeZone: "Asia/Tokyo", Currency: currency.JPY},
	{Name: "Sydney", Country: "AU", TimeZone: "Australia/Sydney", Currency: currency.AUD},
	{Name: "Berlin", Country: "DE", TimeZone: "Europe/Berlin", Currency: currency.EUR, Exception: true},
	{Name: "New York", Country: "US", TimeZone: "America/New_York", Currency: currency.USD},
}

// plainServices are purchasable ("+") services that depend on nothing and
// nothing depends on: adding one is unrelated to every other line.
var plainServices = []catalogue.ServiceID{
	catalogue.ProofOfConcept, catalogue.ArchitectureServices, catalogue.OnboardingServices,
	catalogue.AssessmentProgram, catalogue.OfflineAssessment, catalogue.ProactiveMonitoring,
	catalogue.AdoptionServices, catalogue.ITServiceManagement, catalogue.SecurityServices,
	catalogue.Hackathon, catalogue.TechnologyUpdateBriefing, catalogue.ChalkTalk, catalogue.Workshops,
	catalogue.CustomProactiveServices, catalogue.SupportTechnicalAdvisory, catalogue.RootCauseAnalysis,
	catalogue.O365EngineeringDirect, catalogue.GitHubEngineeringDirect,
}

// genPurchase draws a valid purchase of a plain service, within term, for
// one of locs.
func genPurchase(t *rapid.T, term contract.Term, locs []contract.Location, label string) contract.Purchase {
	p := contract.Purchase{
		Service:  rapid.SampledFrom(plainServices).Draw(t, label+"Service"),
		Quantity: rapid.IntRange(0, 1000).Draw(t, label+"Quantity"),
		Location: rapid.SampledFrom(locs).Draw(t, label+"Location").Name,
	}
	if rapid.Bool().Draw(t, label+"AddedDuringTerm") {
		p.Start = term.Start.AddDays(rapid.IntRange(0, term.Days()-1).Draw(t, label+"StartOffset"))
	}
	if rapid.Bool().Draw(t, label+"Requested") { // on time: at least 60 days before expiry (D-TERM-1)
		p.Requested = term.End.AddDays(-contract.RequestLeadDays - rapid.IntRange(0, 800).Draw(t, label+"RequestedEarlier"))
	}
	return p
}

// isProactiveOrEnhanced reports whether id is a proactive service or an
// enhanced solution, whose requests D-TERM-1 times.
func isProactiveOrEnhanced(id catalogue.ServiceID) bool {
	s, _ := catalogue.Lookup(id)
	return s.Kind() == catalogue.KindProactive || s.Kind() == catalogue.KindEnhancedSolution
}

// genWorkOrder draws a valid Work Order: a term, a host and up to three
// downstream locations, plain purchases, possibly Developer Support within
// its stated maximum and EDE, UER, Rapid Response and AED under a Unified
// contract covering the term.
func genWorkOrder(t *rapid.T) contract.WorkOrder {
	term := genTerm(t, "term")
	n := rapid.IntRange(1, 4).Draw(t, "locations")
	locs := slices.Clone(locationPool[:n])
	locs[0].Role = contract.Host
	for i := 1; i < n; i++ {
		locs[i].Role = contract.Downstream
	}
	w := contract.WorkOrder{
		Customer:         rapid.StringMatching(`[A-Za-z ]{0,20}`).Draw(t, "customer"),
		Term:             term,
		MultiCountry:     n > 1 || rapid.Bool().Draw(t, "multiCountry"),
		Locations:        locs,
		FlexAllowance:    must(money.FromMinor(rapid.Int64Range(0, 100_000_000_00).Draw(t, "flexCents"), currency.USD)),
		ProactiveCredits: rapid.Int64Range(0, 10_000).Draw(t, "credits"),
		Contacts:         []contract.Contact{{Name: "SSM", Role: contract.SupportServicesManager, Location: locs[0].Name}},
	}
	for i := range rapid.IntRange(0, 8).Draw(t, "purchases") {
		w.Purchases = append(w.Purchases, genPurchase(t, term, locs, fmt.Sprint("p", i)))
	}
	if rapid.Bool().Draw(t, "creditLines") { // lines of credits adding up to the number stated (CRED-1)
		w.ProactiveCredits = 0
		for i := range rapid.IntRange(1, 3).Draw(t, "creditLineCount") {
			q := rapid.IntRange(1, 500).Draw(t, fmt.Sprint("creditLine", i))
			w.ProactiveCredits += int64(q)
			w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.ProactiveCredits, Quantity: q,
				Unit: catalogue.UnitCredits, Location: rapid.SampledFrom(locs).Draw(t, fmt.Sprint("creditLineLocation", i)).Name})
		}
	}
	if rapid.Bool().Draw(t, "developerSupport") {
		max := rapid.IntRange(1, 10).Draw(t, "stated maximum")
		w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.DeveloperSupport,
			Quantity: rapid.IntRange(0, max).Draw(t, "developerSupportQuantity"), Maximum: max, Location: locs[0].Name})
	}
	if rapid.Bool().Draw(t, "enhanced") {
		w.Unified = contract.Term{Start: term.Start.AddDays(-rapid.IntRange(0, 400).Draw(t, "unifiedBefore")), End: term.End}
		w.Purchases = append(w.Purchases,
			contract.Purchase{Service: catalogue.EnhancedDesignatedEngineering, Quantity: 400, Unit: catalogue.UnitHours, Location: locs[0].Name},
			contract.Purchase{Service: catalogue.UnifiedEnhancedResponse, Quantity: 1, Location: locs[0].Name},
			contract.Purchase{Service: catalogue.RapidResponse, Quantity: 1, Location: locs[0].Name},
			contract.Purchase{Service: catalogue.AzureEngineeringDirect, Quantity: 1, Location: locs[0].Name},
		)
		w.AssessedProductSpend = must(money.New(decimal.New(rapid.Int64Range(0, 100_000_000).Draw(t, "assessedSpend"), 0), currency.USD))
		w.ExtendedCapabilitiesOptIn = rapid.SampledFrom([]contract.OptIn{contract.NotOptedIn, contract.OptedIn}).Draw(t, "optIn")
	}
	return w
}

// TestValidWorkOrderRoundTripsThroughJSON: a valid Work Order encodes to
// JSON and decodes to the same Work Order, amounts exact (DOC-1, MC-4).
func TestValidWorkOrderRoundTripsThroughJSON(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := genWorkOrder(t)
		if err := w.Validate(); err != nil {
			t.Fatalf("generator drew an invalid Work Order: %v", err)
		}
		b, err := json.Marshal(w)
		if err != nil {
			t.Fatalf("Marshal: %v", err)
		}
		var got contract.WorkOrder
		if err := json.Unmarshal(b, &got); err != nil {
			t.Fatalf("Unmarshal(%s): %v", b, err)
		}
		if diff := cmp.Diff(w, got, cmpUnits); diff != "" {
			t.Fatalf("the Work Order changed through JSON (-want +got):\n%s", diff)
		}
	})
}

// key identifies a violation for comparing two validations.
func key(v contract.Violation) string { return fmt.Sprint(v.Grade, v.Field, v.Err, v.Rules) }

// genAnyWorkOrder draws a Work Order that may break any rule: the valid
// generator's output, mutated.
func genAnyWorkOrder(t *rapid.T) contract.WorkOrder {
	w := genWorkOrder(t)
	for i := range rapid.IntRange(0, 4).Draw(t, "mutations") {
		switch rapid.IntRange(0, 16).Draw(t, fmt.Sprint("mutation", i)) {
		case 0:
			w.Unified = contract.Term{}
		case 1:
			w.MultiCountry = !w.MultiCountry
		case 2:
			w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.DeveloperSupport, Quantity: 3, Location: w.Locations[0].Name})
		case 3:
			w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.AzureEngineeringDirect, Location: w.Locations[0].Name})
		case 4:
			w.SovereignCloud = true
			w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.AzureEventManagement, Location: w.Locations[0].Name})
		case 5:
			w.Locations = append(w.Locations, w.Locations[0])
		case 6:
			w.Term.End = w.Term.Start.AddDays(-1)
		case 7:
			w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.UnifiedEnhancedResponse, Location: w.Locations[len(w.Locations)-1].Name})
		case 8:
			w.Contacts = nil
		case 9:
			w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.DesignatedEngineering, Quantity: -1})
		case 10: // a capability ending after the term, or starting before AED (D-TERM-3)
			w.Purchases = append(w.Purchases,
				contract.Purchase{Service: catalogue.AEDInsights, Start: w.Term.Start.AddDays(-1), Location: w.Locations[0].Name},
				contract.Purchase{Service: catalogue.AEDKnowMe, End: w.Term.End.AddDays(1), Location: w.Locations[0].Name})
		case 11: // Rapid Response with a gap (AED-39)
			w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.RapidResponse,
				Start: w.Term.Start.AddDays(2), Location: w.Locations[0].Name})
		case 12: // Developer Support split across lines above its maximum (MARK-3)
			w.Purchases = append(w.Purchases,
				contract.Purchase{Service: catalogue.DeveloperSupport, Quantity: 2, Maximum: 3, Location: w.Locations[0].Name},
				contract.Purchase{Service: catalogue.DeveloperSupport, Quantity: 2, Maximum: 3, Location: w.Locations[0].Name})
		case 14: // a service the catalogue does not have, on a line broken otherwise too (BUY-5)
			w.Purchases = append(w.Purchases, contract.Purchase{
				Service:  catalogue.ServiceID(rapid.IntRange(catalogue.NumServiceIDs+1, 255).Draw(t, "unknownService")),
				Quantity: -1, Maximum: -1, Start: w.Term.End.AddDays(1), Location: "Nowhere"})
		case 15: // a request less than 60 days before expiry (D-TERM-1)
			w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.Workshops,
				Requested: w.Term.End.AddDays(-rapid.IntRange(-10, contract.RequestLeadDays-1).Draw(t, "lateBy")), Location: w.Locations[0].Name})
		case 16: // credits stated twice, differently (CRED-1)
			w.ProactiveCredits = rapid.Int64Range(1, 100).Draw(t, "statedCredits")
			w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.ProactiveCredits,
				Quantity: int(w.ProactiveCredits) + rapid.IntRange(1, 100).Draw(t, "moreCredits"), Unit: catalogue.UnitCredits, Location: w.Locations[0].Name})
		case 13: // DE for two locations (DE-5)
			w.Purchases = append(w.Purchases,
				contract.Purchase{Service: catalogue.DesignatedEngineering, Location: w.Locations[0].Name},
				contract.Purchase{Service: catalogue.DesignatedEngineering, Location: w.Locations[len(w.Locations)-1].Name})
		}
	}
	return w
}

// TestAddingAnUnrelatedServiceNeverRemovesAViolation: buying one more plain
// service — one that depends on nothing and nothing depends on — keeps
// every violation the Work Order had (DOC-1, BUY-5, D-TERM-3).
func TestAddingAnUnrelatedServiceNeverRemovesAViolation(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := genAnyWorkOrder(t)
		before := w.Violations()
		extra := contract.Purchase{
			Service:  rapid.SampledFrom(plainServices).Draw(t, "addedService"),
			Quantity: rapid.IntRange(0, 100).Draw(t, "addedQuantity"),
			Location: rapid.SampledFrom(w.Locations).Draw(t, "addedLocation").Name,
		}
		w.Purchases = append(slices.Clip(w.Purchases), extra)
		after := map[string]int{}
		for _, v := range w.Violations() {
			after[key(v)]++
		}
		for _, v := range before {
			if after[key(v)] == 0 {
				t.Fatalf("adding %v removed the violation %v", extra.Service, v)
			}
			after[key(v)]--
		}
	})
}

// TestValidateJoinsExactlyTheErrors: Validate is nil iff Violations has no
// error, and every error violation is found in it.
func TestValidateJoinsExactlyTheErrors(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := genAnyWorkOrder(t)
		err := w.Validate()
		n := 0
		for _, v := range w.Violations() {
			if !v.Grade.IsValid() || v.Rules.Len() == 0 || v.Field == "" || v.Err == nil {
				t.Fatalf("violation without severity, rule, field or sentinel: %#v", v)
			}
			if v.Grade == contract.GradeError {
				n++
				if !errors.Is(err, v.Err) {
					t.Fatalf("Validate() = %v lacks %v", err, v)
				}
			}
		}
		if (n == 0) != (err == nil) {
			t.Fatalf("%d error violations but Validate() = %v", n, err)
		}
	})
}

// TestCoTerminatedEndsNeverExceedTheParentsEnd (D-TERM-3, AMB-28): a
// dependent service never outlives any of its parents, never starts
// later, and is cut only when a parent ends first.
func TestCoTerminatedEndsNeverExceedTheParentsEnd(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		child := genTerm(t, "child")
		var parents []contract.Term
		for i := range rapid.IntRange(0, 3).Draw(t, "parents") {
			parents = append(parents, genTerm(t, fmt.Sprint("parent", i)))
		}
		ct, err := contract.CoTerminate(child, parents...)
		if err != nil {
			if !errors.Is(err, contract.ErrParentEnded) {
				t.Fatalf("CoTerminate: %v", err)
			}
			return
		}
		if ct.Term.Start != child.Start || ct.Term.End.After(child.End) || !ct.Term.IsValid() {
			t.Fatalf("co-terminated %v of %v", ct.Term, child)
		}
		cut := false
		for _, p := range parents {
			if ct.Term.End.After(p.End) {
				t.Fatalf("co-terminated end %v is after the parent's end %v", ct.Term.End, p.End)
			}
			cut = cut || p.End.Before(child.End)
		}
		if ct.Cut != cut {
			t.Fatalf("Cut = %v, want %v", ct.Cut, cut)
		}
	})
}

// TestEffectiveTermWithinWorkOrderAndParents (TERM-7, D-TERM-3): every
// purchase of a valid Work Order is usable within the Work Order term and,
// when it depends on the Unified contract, within it too.
func TestEffectiveTermWithinWorkOrderAndParents(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := genWorkOrder(t)
		for _, p := range w.Purchases {
			ct, err := w.EffectiveTerm(p)
			if err != nil {
				t.Fatalf("EffectiveTerm(%v): %v", p.Service, err)
			}
			if !w.Term.Covers(ct.Term) {
				t.Fatalf("%v usable %v outside the term %v", p.Service, ct.Term, w.Term)
			}
			if svc, _ := catalogue.Lookup(p.Service); svc.Prerequisites().Has(catalogue.NeedsUnifiedContract) && !w.Unified.Covers(ct.Term) {
				t.Fatalf("%v usable %v outside the Unified contract %v", p.Service, ct.Term, w.Unified)
			}
		}
	})
}

// TestForfeitedExactlyAfterTheEnd (TERM-7, D-TERM-2): a service is
// forfeited on a date if and only if the date is after the term's end.
func TestForfeitedExactlyAfterTheEnd(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		tm := genTerm(t, "term")
		on := genDate(t, "on")
		f, err := tm.Forfeiture(on)
		if err != nil {
			t.Fatal(err)
		}
		if f.Forfeited != on.After(tm.End) || f.ForfeitedOn != tm.End.AddDays(1) {
			t.Fatalf("Forfeiture(%v) of %v = %+v", on, tm, f)
		}
	})
}

// TestEarlierRequestsAreNeverLater (RESP-14, D-TERM-1): if a request is on
// time, any request submitted earlier is on time too; and on time means
// at least 60 days before expiry.
func TestEarlierRequestsAreNeverLater(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		tm := genTerm(t, "term")
		later := genDate(t, "later")
		earlier := later.AddDays(-rapid.IntRange(0, 400).Draw(t, "daysEarlier"))
		a, _ := tm.CheckRequest(earlier)
		b, _ := tm.CheckRequest(later)
		if b.OnTime && !a.OnTime {
			t.Fatalf("%v on time but earlier %v late (term %v)", later, earlier, tm)
		}
		if b.OnTime != (later.DaysUntil(tm.End) >= 60) {
			t.Fatalf("CheckRequest(%v) = %+v for %v", later, b, tm)
		}
	})
}

// TestSplittingAPlusOnePurchaseNeverHidesItsExcess (MARK-3, DEV-1, D-MARK):
// Developer Support bought above its stated maximum is a violation however
// the quantity is split into lines, each within the maximum on its own.
func TestSplittingAPlusOnePurchaseNeverHidesItsExcess(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := genWorkOrder(t)
		w.Purchases = slices.DeleteFunc(slices.Clone(w.Purchases), func(p contract.Purchase) bool { return p.Service == catalogue.DeveloperSupport })
		max := rapid.IntRange(1, 10).Draw(t, "statedMaximum")
		total := rapid.IntRange(max+1, 5*max).Draw(t, "totalBought")
		for left := total; left > 0; {
			q := rapid.IntRange(1, min(left, max)).Draw(t, "lineQuantity")
			w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.DeveloperSupport, Quantity: q, Maximum: max, Location: w.Locations[0].Name})
			left -= q
		}
		if err := w.Validate(); !errors.Is(err, contract.ErrAboveMaximum) {
			t.Fatalf("%d bought against a maximum of %d in lines of at most %d: Validate() = %v", total, max, max, err)
		}
	})
}

// TestASeamlessRapidResponseRenewalIsOnePurchase (AED-39, D-TERM-3): Rapid
// Response bought as two lines, the second starting the day after the
// first ends, keeps AED exactly as one line over the same days would.
func TestASeamlessRapidResponseRenewalIsOnePurchase(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := genWorkOrder(t)
		w.Unified = w.Term
		w.Purchases = []contract.Purchase{
			{Service: catalogue.RapidResponse, Quantity: 1, Location: w.Locations[0].Name},
			{Service: catalogue.AzureEngineeringDirect, Quantity: 1, Location: w.Locations[0].Name},
		}
		if w.Term.Days() < 2 {
			return
		}
		cut := w.Term.Start.AddDays(rapid.IntRange(0, w.Term.Days()-2).Draw(t, "renewalAfterDays"))
		split := w
		split.Purchases = []contract.Purchase{
			{Service: catalogue.RapidResponse, Quantity: 1, End: cut, Location: w.Locations[0].Name},
			w.Purchases[1],
			{Service: catalogue.RapidResponse, Quantity: 1, Start: cut.AddDays(1), Location: w.Locations[0].Name},
		}
		one, errOne := w.EffectiveTerm(w.Purchases[1])
		two, errTwo := split.EffectiveTerm(split.Purchases[1])
		if errOne != nil || errTwo != nil || one.Term != two.Term {
			t.Fatalf("AED under one Rapid Response line: %v, %v; renewed after %v: %v, %v", one.Term, errOne, cut, two.Term, errTwo)
		}
		if err := split.Validate(); err != nil {
			t.Fatalf("renewed after %v: %v", cut, err)
		}
	})
}

// TestLateRequestsAreReportedExactly_D_TERM_1: a proactive service or
// enhanced solution requested d days before the Work Order expires is
// reported late exactly when d < 60 (RESP-14, D-TERM-1); other services'
// request dates are not timed.
func TestLateRequestsAreReportedExactly_D_TERM_1(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := genWorkOrder(t)
		if len(w.Purchases) == 0 {
			return
		}
		i := rapid.IntRange(0, len(w.Purchases)-1).Draw(t, "line")
		days := rapid.IntRange(-30, 200).Draw(t, "daysBeforeExpiry")
		w.Purchases[i].Requested = w.Term.End.AddDays(-days)
		field := fmt.Sprintf("purchases[%d].requested", i)
		late := false
		for _, v := range w.Violations() {
			if v.Field == field && errors.Is(v, contract.ErrLateRequest) && v.Rules.Has("D-TERM-1") {
				late = true
			} else if v.Field == field {
				t.Fatalf("unexpected %v", v)
			}
		}
		if want := days < contract.RequestLeadDays && isProactiveOrEnhanced(w.Purchases[i].Service); late != want {
			t.Fatalf("%v requested %d days before expiry: reported late %v, want %v", w.Purchases[i].Service, days, late, want)
		}
	})
}

// TestStatedCreditsAgreeWithTheirLines_CRED_1: when a Work Order states a
// number of Proactive Credits and also lists lines of them, a violation at
// ProactiveCredits is reported exactly when the two differ (CRED-1,
// FLEX-1).
func TestStatedCreditsAgreeWithTheirLines_CRED_1(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := genWorkOrder(t)
		w.Purchases = slices.DeleteFunc(w.Purchases, func(p contract.Purchase) bool { return p.Service == catalogue.ProactiveCredits })
		var sum int64
		for i := range rapid.IntRange(1, 4).Draw(t, "lines") {
			q := rapid.IntRange(0, 1000).Draw(t, fmt.Sprint("credits", i))
			sum += int64(q)
			w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.ProactiveCredits, Quantity: q,
				Unit: catalogue.UnitCredits, Location: w.Locations[0].Name})
		}
		w.ProactiveCredits = rapid.Int64Range(0, 4000).Draw(t, "stated")
		if rapid.Bool().Draw(t, "agree") {
			w.ProactiveCredits = sum
		}
		reported := false
		for _, v := range w.Violations() {
			if errors.Is(v, contract.ErrCreditsMismatch) && v.Field == "proactiveCredits" && v.Rules.Has("CRED-1") {
				reported = true
			}
		}
		if want := w.ProactiveCredits > 0 && w.ProactiveCredits != sum; reported != want {
			t.Fatalf("stated %d, lines %d: reported %v, want %v", w.ProactiveCredits, sum, reported, want)
		}
	})
}
