package contract_test

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/text/currency"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/contract/rule"
)

// found is what a test checks of a violation.
type found struct {
	Severity contract.Grade
	Field    string
	Err      error
	Rule     rule.ID
}

func summarize(vs []contract.Violation) []found {
	var out []found
	for _, v := range vs {
		out = append(out, found{v.Grade, v.Field, v.Err, v.Rule()})
	}
	return out
}

var (
	E = contract.GradeError
	W = contract.GradeWarning
)

// TestValidateReportsEachRule mutates the valid sample Work Order so that
// it breaks exactly one rule, and checks that exactly that violation is
// reported, with its field, sentinel and deciding rule.
func TestValidateReportsEachRule(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(w *contract.WorkOrder)
		want   []found
	}{
		// MARK-3, D-MARK, DEV-1: "+1" needs a stated maximum.
		{"MARK-3 D-MARK no stated maximum", func(w *contract.WorkOrder) { w.Purchases[4].Maximum = 0 },
			[]found{{E, "purchases[4].maximum", contract.ErrNoStatedMaximum, "MARK-3"}}},
		// DEV-1: one above the maximum is a violation …
		{"DEV-1 above maximum", func(w *contract.WorkOrder) { w.Purchases[4].Quantity = 5 },
			[]found{{E, "purchases[4].quantity", contract.ErrAboveMaximum, "MARK-3"}}},
		// … exactly the maximum is not.
		{"DEV-1 at maximum", func(w *contract.WorkOrder) { w.Purchases[4].Quantity = 4 }, nil},
		{"MC-8 negative maximum", func(w *contract.WorkOrder) { w.Purchases[4].Maximum = -1 },
			[]found{{E, "purchases[4].maximum", contract.ErrNegativeQuantity, "MARK-3"}}},
		{"MC-8 negative quantity", func(w *contract.WorkOrder) { w.Purchases[5].Quantity = -1 },
			[]found{{E, "purchases[5].quantity", contract.ErrNegativeQuantity, "MC-8"}}},
		{"BUY-5 unknown service", func(w *contract.WorkOrder) { w.Purchases[5].Service = 200 },
			[]found{{E, "purchases[5].service", catalogue.ErrUnknownService, "DOC-1"}}},
		// … and what else is wrong with the line is reported too
		// (regression: an unknown service hid the rest of its line).
		{"BUY-5 unknown service with a negative quantity at an unknown location", func(w *contract.WorkOrder) {
			w.Purchases[5].Service = 200
			w.Purchases[5].Quantity = -1
			w.Purchases[5].Maximum = -1
			w.Purchases[5].Location = "Osaka"
			w.Purchases[5].End = d("2029-01-01")
		}, []found{
			{E, "purchases[5].service", catalogue.ErrUnknownService, "DOC-1"},
			{E, "purchases[5].quantity", contract.ErrNegativeQuantity, "MC-8"},
			{E, "purchases[5].maximum", contract.ErrNegativeQuantity, "MARK-3"},
			{E, "purchases[5]", contract.ErrOutsideTerm, "BUY-7"},
			{E, "purchases[5].location", contract.ErrUnknownLocation, "MC-4"},
		}},
		{"BUY-5 zero service", func(w *contract.WorkOrder) { w.Purchases[5].Service = 0 },
			[]found{{E, "purchases[5].service", catalogue.ErrUnknownService, "DOC-1"}}},
		{"AEM-11 unit the service is not sold in", func(w *contract.WorkOrder) { w.Purchases[6].Unit = catalogue.UnitHours },
			[]found{{E, "purchases[6].unit", catalogue.ErrInvalidUnit, "AEM-11"}}},
		{"unit out of range", func(w *contract.WorkOrder) { w.Purchases[5].Unit = 99 },
			[]found{{E, "purchases[5].unit", catalogue.ErrInvalidUnit, "MC-8"}}},
		// DE-2, EDE-8, D-TERM-3: no Unified contract at all.
		{"EDE-8 D-TERM-3 no Unified contract", func(w *contract.WorkOrder) {
			w.Unified = contract.Term{}
			w.Purchases = w.Purchases[3:4]
		}, []found{{E, "purchases[0]", contract.ErrNoUnifiedContract, "EDE-8"}}},
		{"DE-2 REDE-13 SFMC-4 UER-4 MSCIR-3 no Unified contract", func(w *contract.WorkOrder) {
			w.Unified = contract.Term{}
			w.Purchases = []contract.Purchase{
				{Service: catalogue.DesignatedEngineering, Location: "Seoul"},
				{Service: catalogue.ReactiveEnhancedDesignatedEngineering, Location: "Seoul"},
				{Service: catalogue.SupportForMissionCritical, Location: "Seoul"},
				{Service: catalogue.UnifiedEnhancedResponse, Location: "Seoul"},
				{Service: catalogue.CybersecurityIncidentResponse, Location: "Seoul"},
			}
		}, []found{
			{E, "purchases[0]", contract.ErrNoUnifiedContract, "DE-2"},
			{E, "purchases[1]", contract.ErrNoUnifiedContract, "REDE-13"},
			{E, "purchases[2]", contract.ErrNoUnifiedContract, "SFMC-4"},
			{E, "purchases[3]", contract.ErrNoUnifiedContract, "UER-4"},
			{E, "purchases[4]", contract.ErrNoUnifiedContract, "MSCIR-3"},
		}},
		// D-TERM-3: the Unified contract ends a day before EDE.
		{"D-TERM-3 EDE outlives Unified", func(w *contract.WorkOrder) {
			w.Unified.End = d("2028-12-30")
			w.Purchases = w.Purchases[3:4]
		}, []found{{E, "purchases[0].end", contract.ErrOutlivesParent, "EDE-8"}}},
		// … ending the same day is fine.
		{"D-TERM-3 EDE ends with Unified", func(w *contract.WorkOrder) {
			w.Unified.End = d("2028-06-30")
			w.Purchases[3].End = d("2028-06-30")
			w.Purchases = w.Purchases[3:4]
		}, nil},
		{"D-TERM-3 EDE starts before Unified", func(w *contract.WorkOrder) {
			w.Unified.Start = d("2026-01-02")
			w.Purchases = w.Purchases[3:4]
		}, []found{{E, "purchases[0].start", contract.ErrNoUnifiedContract, "EDE-8"}}},
		// AED-39, D-TERM-3: AED needs Rapid Response.
		{"AED-39 no Rapid Response", func(w *contract.WorkOrder) { w.Purchases[1].Service = catalogue.Hackathon },
			[]found{{E, "purchases[2]", contract.ErrNoRapidResponse, "AED-39"}}},
		// … reported even when AED's own dates are broken: a missing Rapid
		// Response does not depend on them (regression: it was skipped).
		{"AED-39 no Rapid Response and a non-existent start", func(w *contract.WorkOrder) {
			w.Purchases[1].Service = catalogue.Hackathon
			w.Purchases[2].Start = calendar.Date{Year: 2026, Month: 2, Day: 30}
		}, []found{
			{E, "purchases[2].start", contract.ErrInvalidTerm, "BUY-7"},
			{E, "purchases[2]", contract.ErrNoRapidResponse, "AED-39"},
		}},
		{"AED-39 Rapid Response starts after AED", func(w *contract.WorkOrder) { w.Purchases[1].Start = d("2026-03-02") },
			[]found{{E, "purchases[2].start", contract.ErrNoRapidResponse, "AED-39"}}},
		{"AED-39 D-TERM-3 AED outlives Rapid Response", func(w *contract.WorkOrder) { w.Purchases[1].End = d("2028-12-30") },
			[]found{{E, "purchases[2].end", contract.ErrOutlivesParent, "AED-39"}}},
		{"AED-39 D-TERM-3 AED outlives Unified", func(w *contract.WorkOrder) {
			w.Unified.End = d("2027-12-31")
			w.Purchases = w.Purchases[1:3]
		}, []found{{E, "purchases[1].end", contract.ErrOutlivesParent, "AED-39"}}},
		// DE-5, EDE-11: a single support location.
		{"EDE-11 two locations", func(w *contract.WorkOrder) {
			w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.EnhancedDesignatedEngineering, Quantity: 100, Unit: catalogue.UnitHours, Location: "Tokyo"})
		}, []found{{E, "purchases[7].location", contract.ErrSingleLocation, "EDE-11"}}},
		{"DE-5 two locations", func(w *contract.WorkOrder) {
			w.Purchases = append(w.Purchases,
				contract.Purchase{Service: catalogue.DesignatedEngineering, Location: "Seoul"},
				contract.Purchase{Service: catalogue.DesignatedEngineering, Location: "Seoul"},
				contract.Purchase{Service: catalogue.DesignatedEngineering, Location: "Tokyo"})
		}, []found{{E, "purchases[9].location", contract.ErrSingleLocation, "DE-5"}}},
		{"EDE-7 no location in a multi-country Work Order", func(w *contract.WorkOrder) { w.Purchases[3].Location = "" },
			[]found{{E, "purchases[3].location", contract.ErrLocationRequired, "EDE-7"}}},
		{"REDE-16 several locations allowed", func(w *contract.WorkOrder) {
			w.Purchases = append(w.Purchases,
				contract.Purchase{Service: catalogue.ReactiveEnhancedDesignatedEngineering, Location: "Seoul"},
				contract.Purchase{Service: catalogue.ReactiveEnhancedDesignatedEngineering, Location: "Tokyo"})
		}, nil},
		// DE-5, EDE-11: in a Work Order with one location, a line naming no
		// location and a line naming it are bought for the same location
		// (regression: the names "" and "Seoul" were compared).
		{"DE-5 EDE-11 the only location, implied or named, is one location", func(w *contract.WorkOrder) {
			w.MultiCountry = false
			w.Locations = w.Locations[:1]
			w.Contacts = w.Contacts[:1]
			w.Purchases = []contract.Purchase{
				{Service: catalogue.DesignatedEngineering},
				{Service: catalogue.DesignatedEngineering, Location: "Seoul"},
				{Service: catalogue.EnhancedDesignatedEngineering, Quantity: 100, Unit: catalogue.UnitHours, Location: "Seoul"},
				{Service: catalogue.EnhancedDesignatedEngineering, Quantity: 100, Unit: catalogue.UnitHours},
			}
		}, nil},
		// MARK-3, DEV-1, D-MARK: the stated maximum limits what the Work
		// Order buys, however many lines it is split into (regression: each
		// line was checked alone).
		{"DEV-1 lines add up above the maximum", func(w *contract.WorkOrder) {
			w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.DeveloperSupport, Quantity: 3, Maximum: 4, Location: "Seoul"})
		}, []found{{E, "purchases[7].quantity", contract.ErrAboveMaximum, "MARK-3"}}},
		{"DEV-1 lines add up to the maximum", func(w *contract.WorkOrder) {
			w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.DeveloperSupport, Quantity: 2, Maximum: 4, Location: "Seoul"})
		}, nil},
		// AED-39, D-TERM-3: Rapid Response renewed the day after it ends is
		// active without a break, so AED is not cut (regression: only the
		// Rapid Response line active on AED's start counted).
		{"AED-39 Rapid Response renewed without a gap", func(w *contract.WorkOrder) {
			w.Purchases[1].End = d("2026-12-31")
			w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.RapidResponse, Quantity: 1, Start: d("2027-01-01"), Location: "Seoul"})
		}, nil},
		// … a one-day gap is a break: AED outlives the first line.
		{"AED-39 D-TERM-3 Rapid Response renewed after a gap", func(w *contract.WorkOrder) {
			w.Purchases[1].End = d("2026-12-31")
			w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.RapidResponse, Quantity: 1, Start: d("2027-01-02"), Location: "Seoul"})
		}, []found{{E, "purchases[2].end", contract.ErrOutlivesParent, "AED-39"}}},
		// D-TERM-3: a part ends with the service it belongs to; dates it
		// states must fall within that service's (regression: not checked).
		{"D-TERM-3 AED capability ends after AED", func(w *contract.WorkOrder) {
			w.Purchases[2].End = d("2027-12-31")
			w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.AEDPlatformMonitoring, End: d("2028-01-01"), Location: "Seoul"})
		}, []found{{E, "purchases[7].end", contract.ErrOutlivesParent, "D-TERM-3"}}},
		{"D-TERM-3 AED capability ends with AED", func(w *contract.WorkOrder) {
			w.Purchases[2].End = d("2027-12-31")
			w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.AEDPlatformMonitoring, End: d("2027-12-31"), Location: "Seoul"})
		}, nil},
		{"D-TERM-3 AED capability starts before AED", func(w *contract.WorkOrder) {
			w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.AEDInsights, Start: d("2026-02-28"), Location: "Seoul"})
		}, []found{{E, "purchases[7].start", contract.ErrPartWithoutWhole, "D-TERM-3"}}},
		{"BUY-7 a start that is no date, after the term", func(w *contract.WorkOrder) { w.Purchases[5].Start = calendar.Date{Year: 2030, Month: 2, Day: 30} },
			[]found{{E, "purchases[5].start", contract.ErrInvalidTerm, "BUY-7"}}},
		{"BUY-7 an end that is no date, after the term", func(w *contract.WorkOrder) { w.Purchases[5].End = calendar.Date{Year: 2030, Month: 2, Day: 30} },
			[]found{{E, "purchases[5].end", contract.ErrInvalidTerm, "BUY-7"}}},
		{"D-TERM-3 AED capability of an AED with reversed dates", func(w *contract.WorkOrder) {
			w.Purchases[2].End = d("2026-02-01")
			w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.AEDInsights, Start: d("2026-03-05"), Location: "Seoul"})
		}, []found{{E, "purchases[2].end", contract.ErrInvalidTerm, "BUY-7"}}},
		{"D-TERM-3 AED capability starts with AED", func(w *contract.WorkOrder) {
			w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.AEDInsights, Start: d("2026-03-01"), Location: "Seoul"})
		}, nil},
		// D-UER, UER-23: UER for a downstream location is a warning.
		{"D-UER downstream UER", func(w *contract.WorkOrder) { w.Purchases[0].Location = "Tokyo" },
			[]found{{W, "purchases[0].location", contract.ErrUnnecessaryPurchase, "D-UER"}}},
		{"D-UER downstream UER beside the host's", func(w *contract.WorkOrder) {
			w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.UnifiedEnhancedResponse, Quantity: 1, Location: "Tokyo"})
		}, []found{{W, "purchases[7].location", contract.ErrUnnecessaryPurchase, "D-UER"}}},
		{"D-UER UER for the host only", func(w *contract.WorkOrder) {}, nil},
		// RESP-14, D-TERM-1: proactive services and enhanced solutions are
		// requested no later than 60 days before the Work Order expires on
		// 2028-12-31, that is by 2028-11-01.
		{"D-TERM-1 proactive request 60 days before expiry", func(w *contract.WorkOrder) { w.Purchases[5].Requested = d("2028-11-01") }, nil},
		{"D-TERM-1 proactive request 59 days before expiry", func(w *contract.WorkOrder) { w.Purchases[5].Requested = d("2028-11-02") },
			[]found{{E, "purchases[5].requested", contract.ErrLateRequest, "RESP-14"}}},
		{"D-TERM-1 enhanced request 60 days before expiry", func(w *contract.WorkOrder) { w.Purchases[0].Requested = d("2028-11-01") }, nil},
		{"D-TERM-1 enhanced request on the last day", func(w *contract.WorkOrder) { w.Purchases[0].Requested = d("2028-12-31") },
			[]found{{E, "purchases[0].requested", contract.ErrLateRequest, "RESP-14"}}},
		{"D-TERM-1 enhanced request after expiry", func(w *contract.WorkOrder) { w.Purchases[3].Requested = d("2029-01-02") },
			[]found{{E, "purchases[3].requested", contract.ErrLateRequest, "RESP-14"}}},
		{"D-TERM-1 request long before the term", func(w *contract.WorkOrder) { w.Purchases[5].Requested = d("2025-06-01") }, nil},
		{"D-TERM-1 reactive request is not checked", func(w *contract.WorkOrder) {
			w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.RootCauseAnalysis, Quantity: 1, Location: "Seoul", Requested: d("2028-12-30")})
		}, nil},
		{"D-TERM-1 request on no date", func(w *contract.WorkOrder) { w.Purchases[5].Requested = calendar.Date{Year: 2028, Month: 2, Day: 30} },
			[]found{{E, "purchases[5].requested", contract.ErrInvalidTerm, "RESP-14"}}},
		// CRED-1, FLEX-1: the credits stated and the credits the lines buy
		// agree when the Work Order states both.
		{"CRED-1 credits stated twice, 7 vs 20", func(w *contract.WorkOrder) {
			w.ProactiveCredits = 7
			w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.ProactiveCredits, Quantity: 20, Unit: catalogue.UnitCredits, Location: "Seoul"})
		}, []found{{E, "proactiveCredits", contract.ErrCreditsMismatch, "CRED-1"}}},
		{"CRED-1 credits stated twice, equal over two lines", func(w *contract.WorkOrder) {
			w.ProactiveCredits = 20
			w.Purchases = append(w.Purchases,
				contract.Purchase{Service: catalogue.ProactiveCredits, Quantity: 12, Unit: catalogue.UnitCredits, Location: "Seoul"},
				contract.Purchase{Service: catalogue.ProactiveCredits, Quantity: 8, Unit: catalogue.UnitCredits, Location: "Tokyo"})
		}, nil},
		{"CRED-1 credits stated twice, one more in the lines", func(w *contract.WorkOrder) {
			w.ProactiveCredits = 20
			w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.ProactiveCredits, Quantity: 21, Unit: catalogue.UnitCredits, Location: "Seoul"})
		}, []found{{E, "proactiveCredits", contract.ErrCreditsMismatch, "CRED-1"}}},
		{"CRED-1 credits stated twice, a line of none", func(w *contract.WorkOrder) {
			w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.ProactiveCredits, Quantity: 0, Unit: catalogue.UnitCredits, Location: "Seoul"})
		}, []found{{E, "proactiveCredits", contract.ErrCreditsMismatch, "CRED-1"}}},
		{"BUY-7 a part with reversed dates is reported once, not also against its service", func(w *contract.WorkOrder) {
			w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.AEDInsights, Start: d("2026-02-15"), End: d("2026-02-01"), Location: "Seoul"})
		}, []found{{E, "purchases[7].end", contract.ErrInvalidTerm, "BUY-7"}}},
		{"D-TERM-3 AED capability across two AED lines that follow each other", func(w *contract.WorkOrder) {
			w.Purchases[2].End = d("2027-06-30")
			w.Purchases = append(w.Purchases,
				contract.Purchase{Service: catalogue.AzureEngineeringDirect, Quantity: 1, Start: d("2027-07-01"), Location: "Seoul"},
				contract.Purchase{Service: catalogue.AEDInsights, Start: d("2027-06-01"), End: d("2027-12-31"), Location: "Seoul"})
		}, nil},
		{"D-TERM-3 AED capability across two AED lines with a gap", func(w *contract.WorkOrder) {
			w.Purchases[2].End = d("2027-06-30")
			w.Purchases = append(w.Purchases,
				contract.Purchase{Service: catalogue.AzureEngineeringDirect, Quantity: 1, Start: d("2027-07-02"), Location: "Seoul"},
				contract.Purchase{Service: catalogue.AEDInsights, Start: d("2027-06-01"), End: d("2027-12-31"), Location: "Seoul"})
		}, []found{{E, "purchases[8].end", contract.ErrOutlivesParent, "D-TERM-3"}}},
		{"MARK-3 DEV-1 lines of a +1 service whose total passes any int", func(w *contract.WorkOrder) {
			for range 2 { // each line within its maximum; 2 + (MaxInt-1) is above it, and so is the next sum
				w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.DeveloperSupport, Quantity: math.MaxInt - 1, Maximum: math.MaxInt - 1, Location: "Tokyo"})
			}
		}, []found{{E, "purchases[7].quantity", contract.ErrAboveMaximum, "MARK-3"}, {E, "purchases[8].quantity", contract.ErrAboveMaximum, "MARK-3"}}},
		{"MARK-3 DEV-1 a maximum above 2^40 reached exactly", func(w *contract.WorkOrder) {
			w.Purchases[4].Quantity, w.Purchases[4].Maximum = 1<<40, 1<<40+5
			w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.DeveloperSupport, Quantity: 5, Maximum: 1<<40 + 5, Location: "Tokyo"})
		}, nil},
		{"MARK-3 DEV-1 a maximum above 2^40 passed by one", func(w *contract.WorkOrder) {
			w.Purchases[4].Quantity, w.Purchases[4].Maximum = 1<<40, 1<<40+5
			w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.DeveloperSupport, Quantity: 6, Maximum: 1<<40 + 5, Location: "Tokyo"})
		}, []found{{E, "purchases[7].quantity", contract.ErrAboveMaximum, "MARK-3"}}},
		{"CRED-1 credits stated twice, a line of none beside one of all", func(w *contract.WorkOrder) {
			w.ProactiveCredits = 20
			w.Purchases = append(w.Purchases,
				contract.Purchase{Service: catalogue.ProactiveCredits, Quantity: 20, Unit: catalogue.UnitCredits, Location: "Seoul"},
				contract.Purchase{Service: catalogue.ProactiveCredits, Quantity: 0, Unit: catalogue.UnitCredits, Location: "Tokyo"})
		}, nil},
		{"CRED-1 credits stated twice, more than 2^40, equal", func(w *contract.WorkOrder) {
			w.ProactiveCredits = 1<<40 + 5
			w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.ProactiveCredits, Quantity: 1<<40 + 5, Unit: catalogue.UnitCredits, Location: "Seoul"})
		}, nil},
		{"CRED-1 credits stated as many as int holds, lines above it", func(w *contract.WorkOrder) {
			w.ProactiveCredits = math.MaxInt64
			for range 3 {
				w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.ProactiveCredits, Quantity: math.MaxInt, Unit: catalogue.UnitCredits, Location: "Seoul"})
			}
		}, []found{{E, "proactiveCredits", contract.ErrCreditsMismatch, "CRED-1"}}},
		{"CRED-1 credits in lines whose total overflows", func(w *contract.WorkOrder) {
			w.ProactiveCredits = 1
			for _, q := range []int{math.MaxInt, math.MaxInt, 3} { // wraps around to 1 without a bound
				w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.ProactiveCredits, Quantity: q, Unit: catalogue.UnitCredits, Location: "Seoul"})
			}
		}, []found{{E, "proactiveCredits", contract.ErrCreditsMismatch, "CRED-1"}}},
		{"D-TERM-1 request under a reversed term", func(w *contract.WorkOrder) {
			w.Term.End = d("2025-12-31")
			w.Purchases = w.Purchases[5:6]
			w.Purchases[0].Requested = d("2025-12-30")
		}, []found{{E, "term", contract.ErrInvalidTerm, "TERM-7"}}},
		{"BUY-5 unknown service for the host", func(w *contract.WorkOrder) {
			w.Purchases = append(w.Purchases, contract.Purchase{Service: 200, Quantity: 1, Location: "Seoul"})
		}, []found{{E, "purchases[7].service", catalogue.ErrUnknownService, "DOC-1"}}},
		{"CRED-1 credits stated twice, with a line of none", func(w *contract.WorkOrder) {
			w.ProactiveCredits = 20
			w.Purchases = append(w.Purchases,
				contract.Purchase{Service: catalogue.ProactiveCredits, Quantity: 0, Unit: catalogue.UnitCredits, Location: "Seoul"},
				contract.Purchase{Service: catalogue.ProactiveCredits, Quantity: 20, Unit: catalogue.UnitCredits, Location: "Seoul"})
		}, nil},
		{"DEV-1 a line of none and one at the maximum", func(w *contract.WorkOrder) {
			w.Purchases[4].Quantity = 0
			w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.DeveloperSupport, Quantity: 4, Maximum: 4, Location: "Tokyo"})
		}, nil},
		{"RESP-2 a Support Services Manager without a location in a multi-location Work Order", func(w *contract.WorkOrder) {
			w.Contacts[0].Location = ""
		}, []found{{E, "contacts", contract.ErrNoSupportServicesManager, "RESP-2"}}},
		{"RESP-2 a Support Services Manager without a location in a one-location multi-country Work Order", func(w *contract.WorkOrder) {
			w.Locations = w.Locations[:1]
			w.Purchases = w.Purchases[:4]
			w.Contacts = []contract.Contact{{Name: "Kim", Role: contract.SupportServicesManager}}
		}, nil},
		{"CRED-1 credits in the lines only", func(w *contract.WorkOrder) {
			w.ProactiveCredits = 0
			w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.ProactiveCredits, Quantity: 20, Unit: catalogue.UnitCredits, Location: "Seoul"})
		}, nil},
		{"CRED-1 credits in a negative line", func(w *contract.WorkOrder) {
			w.ProactiveCredits = 20
			w.Purchases = append(w.Purchases,
				contract.Purchase{Service: catalogue.ProactiveCredits, Quantity: 21, Unit: catalogue.UnitCredits, Location: "Seoul"},
				contract.Purchase{Service: catalogue.ProactiveCredits, Quantity: -1, Unit: catalogue.UnitCredits, Location: "Seoul"})
		}, []found{
			{E, "purchases[8].quantity", contract.ErrNegativeQuantity, "MC-8"},
			{E, "proactiveCredits", contract.ErrCreditsMismatch, "CRED-1"},
		}},
		// AEM-17, AEM-18.
		{"AEM-18 government cloud", func(w *contract.WorkOrder) { w.GovernmentCloud = true },
			[]found{{E, "purchases[6]", contract.ErrCloudNotEligible, "AEM-18"}}},
		{"AEM-18 sovereign cloud", func(w *contract.WorkOrder) { w.SovereignCloud = true },
			[]found{{E, "purchases[6]", contract.ErrCloudNotEligible, "AEM-18"}}},
		// AED-27, D-AED-1.
		{"AED-27 extended capability below the threshold", func(w *contract.WorkOrder) {
			w.AssessedProductSpend = usd("59999999.99")
			w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.AEDPlatformMonitoring, Location: "Seoul"})
		}, []found{{E, "purchases[7]", contract.ErrNotExtendedCustomer, "AED-27"}}},
		{"AED-5 extended capability by opt-in", func(w *contract.WorkOrder) {
			w.AssessedProductSpend = money.Amount{}
			w.ExtendedCapabilitiesOptIn = contract.OptedIn
			w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.AEDPlatformMonitoring, Location: "Seoul"})
		}, nil},
		{"part without its service", func(w *contract.WorkOrder) {
			w.Purchases = append(w.Purchases[:2], w.Purchases[3:]...) // drop AED
			w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.AEDInsights, Location: "Seoul"})
		}, []found{{E, "purchases[6].service", contract.ErrPartWithoutWhole, "BUY-5"}}},
		{"OPT-3 Developer Services part sold in hours", func(w *contract.WorkOrder) {
			w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.DevelopmentAdvisorySupport, Quantity: 40, Unit: catalogue.UnitHours, Location: "Tokyo"})
		}, nil},
		{"MARK-1 included service bought", func(w *contract.WorkOrder) {
			w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.Webcasts, Location: "Tokyo"})
		}, []found{{W, "purchases[7].service", contract.ErrUnnecessaryPurchase, "MARK-1"}}},
		// MAINT-5: On-demand Assessment is ✓, but its optional support days
		// are bought for a fee, so buying it is no MARK-1 warning (a mutant
		// that warned survived the suite).
		{"MAINT-5 On-demand Assessment support days bought", func(w *contract.WorkOrder) {
			w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.OnDemandAssessment, Quantity: 2, Location: "Tokyo"})
		}, nil},
		// Dates.
		{"TERM-7 zero term", func(w *contract.WorkOrder) { w.Term = contract.Term{} },
			[]found{{E, "term", contract.ErrInvalidTerm, "TERM-7"}}},
		{"TERM-7 reversed term", func(w *contract.WorkOrder) { w.Term.End = d("2025-12-31") },
			[]found{{E, "term", contract.ErrInvalidTerm, "TERM-7"}}},
		{"TERM-7 one-day term", func(w *contract.WorkOrder) {
			w.Term = term("2026-01-01", "2026-01-01")
			w.Unified = w.Term
			w.Purchases = w.Purchases[3:4]
		}, nil},
		{"reversed Unified", func(w *contract.WorkOrder) { w.Unified.End = d("2025-01-01") },
			[]found{{E, "unified", contract.ErrInvalidTerm, "TERM-7"}}},
		{"BUY-7 add-on before the term", func(w *contract.WorkOrder) { w.Purchases[5].Start = d("2025-12-31") },
			[]found{{E, "purchases[5]", contract.ErrOutsideTerm, "BUY-7"}}},
		{"TERM-7 add-on after the term", func(w *contract.WorkOrder) { w.Purchases[5].End = d("2029-01-01") },
			[]found{{E, "purchases[5]", contract.ErrOutsideTerm, "BUY-7"}}},
		// A start after the term with the end left to default: the start
		// is the mistake (regression: reported as an end before the start,
		// on a field the line does not set).
		{"BUY-7 add-on starts after the term", func(w *contract.WorkOrder) { w.Purchases[5].Start = d("2029-01-01") },
			[]found{{E, "purchases[5].start", contract.ErrOutsideTerm, "BUY-7"}}},
		{"BUY-7 add-on starts on the term's last day", func(w *contract.WorkOrder) { w.Purchases[5].Start = d("2028-12-31") }, nil},
		{"TERM-7 add-on ends before the term", func(w *contract.WorkOrder) { w.Purchases[5].End = d("2025-12-31") },
			[]found{{E, "purchases[5].end", contract.ErrOutsideTerm, "BUY-7"}}},
		{"TERM-7 add-on ends on the term's first day", func(w *contract.WorkOrder) { w.Purchases[5].End = d("2026-01-01") }, nil},
		{"add-on reversed", func(w *contract.WorkOrder) {
			w.Purchases[5].Start = d("2027-01-02")
			w.Purchases[5].End = d("2027-01-01")
		}, []found{{E, "purchases[5].end", contract.ErrInvalidTerm, "BUY-7"}}},
		{"add-on non-existent date", func(w *contract.WorkOrder) {
			w.Purchases[5].Start.Day = 31
			w.Purchases[5].Start.Month = 2
			w.Purchases[5].Start.Year = 2027
		},
			[]found{{E, "purchases[5].start", contract.ErrInvalidTerm, "BUY-7"}}},
		// Locations.
		{"MC-1 no location", func(w *contract.WorkOrder) {
			w.Locations = nil
			w.Purchases = nil
			w.Contacts = []contract.Contact{{Name: "x", Role: contract.SupportServicesManager}}
			w.MultiCountry = false
		}, []found{{E, "locations", contract.ErrInvalidLocation, "MC-1"}}},
		{"MC-4 duplicate location", func(w *contract.WorkOrder) {
			dup := tokyo
			dup.Name = "Seoul"
			w.Locations = append(w.Locations, dup)
		}, []found{{E, "locations[2].name", contract.ErrDuplicateLocation, "MC-1"}}},
		{"MC-2 no host", func(w *contract.WorkOrder) { w.Locations[0].Role = contract.Downstream },
			[]found{
				{E, "locations", contract.ErrNoHost, "MC-2"},
				{W, "purchases[0].location", contract.ErrUnnecessaryPurchase, "D-UER"}, // Seoul is now downstream
			}},
		{"MC-2 two hosts", func(w *contract.WorkOrder) { w.Locations[1].Role = contract.Host },
			[]found{{E, "locations", contract.ErrNoHost, "MC-2"}}},
		{"BUY-9 several locations without multi-country", func(w *contract.WorkOrder) { w.MultiCountry = false },
			[]found{
				{E, "locations[1].role", contract.ErrNotMultiCountry, "BUY-9"},
				{E, "locations", contract.ErrNotMultiCountry, "BUY-9"},
			}},
		{"MC-4 unknown purchase location", func(w *contract.WorkOrder) { w.Purchases[5].Location = "Osaka" },
			[]found{{E, "purchases[5].location", contract.ErrUnknownLocation, "MC-4"}}},
		{"invalid location fields", func(w *contract.WorkOrder) {
			w.Locations[1] = contract.Location{Name: "Tokyo", Country: "jp", Role: 7, TimeZone: "Asia/Atlantis", Currency: currency.Unit{}}
		}, []found{
			{E, "locations[1].country", contract.ErrInvalidLocation, "MC-1"},
			{E, "locations[1].role", contract.ErrInvalidLocation, "MC-2"},
			{E, "locations[1].timeZone", contract.ErrInvalidLocation, "MC-1"},
			{E, "locations[1].currency", contract.ErrInvalidLocation, "MC-1"},
		}},
		// Amounts.
		{"FLEX-1 negative Flex Allowance", func(w *contract.WorkOrder) { w.FlexAllowance = usd("-0.01") },
			[]found{{E, "flexAllowance", money.ErrNegative, "FLEX-1"}}},
		{"FLEX-1 zero Flex Allowance", func(w *contract.WorkOrder) { w.FlexAllowance = money.Amount{} }, nil},
		{"D-FLEX-1 Flex Allowance in KRW", func(w *contract.WorkOrder) { w.FlexAllowance = money.MustParse("300000 KRW") },
			[]found{{E, "flexAllowance", money.ErrCurrency, "FLEX-1"}}},
		{"D-FLEX-1 zero Flex Allowance in KRW", func(w *contract.WorkOrder) { w.FlexAllowance = money.MustParse("0 KRW") },
			[]found{{E, "flexAllowance", money.ErrCurrency, "FLEX-1"}}},
		{"CRED-1 negative credits", func(w *contract.WorkOrder) { w.ProactiveCredits = -1 },
			[]found{{E, "proactiveCredits", money.ErrNegative, "CRED-1"}}},
		{"AED-4 negative spend", func(w *contract.WorkOrder) { w.AssessedProductSpend = usd("-1") },
			[]found{{E, "assessedProductSpend", money.ErrNegative, "AED-4"}}},
		{"AED-5 spend in EUR", func(w *contract.WorkOrder) { w.AssessedProductSpend = money.MustParse("75000000 EUR") },
			[]found{{E, "assessedProductSpend", money.ErrCurrency, "AED-4"}}},
		// Contacts.
		{"RESP-1 no Support Services Manager", func(w *contract.WorkOrder) { w.Contacts = w.Contacts[2:] },
			[]found{{E, "contacts", contract.ErrNoSupportServicesManager, "RESP-1"}}},
		{"RESP-2 no host Support Services Manager", func(w *contract.WorkOrder) { w.Contacts = w.Contacts[1:] },
			[]found{{E, "contacts", contract.ErrNoSupportServicesManager, "RESP-2"}}},
		{"contact at an unknown location", func(w *contract.WorkOrder) { w.Contacts[2].Location = "Busan" },
			[]found{{E, "contacts[2].location", contract.ErrUnknownLocation, "RESP-2"}}},
		{"contact without name or role", func(w *contract.WorkOrder) { w.Contacts[2] = contract.Contact{Location: "Seoul"} },
			[]found{
				{E, "contacts[2].name", contract.ErrInvalidContact, "RESP-1"},
				{E, "contacts[2].role", contract.ErrInvalidContact, "RESP-1"},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := contoso()
			tt.mutate(&w)
			got := summarize(w.Violations())
			if diff := cmp.Diff(tt.want, got, cmpErrors); diff != "" {
				t.Errorf("Violations() (-want +got):\n%s\nall: %v", diff, w.Violations())
			}
		})
	}
}

var (
	cmpErrors = cmp.Comparer(func(a, b error) bool { return a == b })
	// cmpRules compares Rules with ==, which is what it means.
	cmpRules = cmpopts.EquateComparable(rule.Set{})
)

// TestValidateReportsEveryViolationAtOnce: Validate joins all the errors
// (not the warnings), each matchable with errors.Is and errors.As.
func TestValidateReportsEveryViolationAtOnce(t *testing.T) {
	w := contoso()
	w.Purchases[4].Maximum = 0                   // MARK-3
	w.Purchases[0].Location = "Tokyo"            // D-UER warning
	w.Purchases[1].Service = catalogue.Hackathon // AED-39
	w.Locations[1].Currency = currency.Unit{}    // MC-1
	w.FlexAllowance = usd("-1")                  // FLEX-1
	err := w.Validate()
	for _, want := range []error{contract.ErrNoStatedMaximum, contract.ErrNoRapidResponse, contract.ErrInvalidLocation, money.ErrNegative} {
		if !errors.Is(err, want) {
			t.Errorf("Validate() = %v; errors.Is(%v) = false", err, want)
		}
	}
	if errors.Is(err, contract.ErrUnnecessaryPurchase) {
		t.Errorf("Validate() includes a warning: %v", err)
	}
	var v contract.Violation
	if !errors.As(err, &v) || v.Field == "" || v.Rules.Len() == 0 {
		t.Errorf("errors.As(Violation) = %+v", v)
	}
	if n := len(strings.Split(err.Error(), "\n")); n != 4 {
		t.Errorf("Validate() has %d lines, want 4:\n%v", n, err)
	}
}

// TestDownstreamUERMessageIsTrue_D_UER: UER bought for a downstream
// location is a warning whether or not the host has UER (D-UER), and the
// message says which is the case, never that a host purchase covers every
// location when the host has none (UER-23, seed lines 1139-1141).
func TestDownstreamUERMessageIsTrue_D_UER(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(w *contract.WorkOrder)
		want   string
	}{
		{"host has none", func(w *contract.WorkOrder) { w.Purchases[0].Location = "Tokyo" },
			`unified-enhanced-response bought for downstream "Tokyo": under multi-country support it needs to be bought only for the host "Seoul", whose purchase would cover every location; the host has none`},
		{"host has it", func(w *contract.WorkOrder) {
			w.Purchases = append(w.Purchases, contract.Purchase{Service: catalogue.UnifiedEnhancedResponse, Quantity: 1, Location: "Tokyo"})
		}, `unified-enhanced-response bought for downstream "Tokyo" is unnecessary: the host "Seoul" buys it, which covers every location`},
		{"no host", func(w *contract.WorkOrder) {
			w.Purchases[0].Location = "Tokyo"
			w.Locations[0].Role = contract.Downstream
		}, `unified-enhanced-response bought for downstream "Tokyo": under multi-country support it needs to be bought only for the host location`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := contoso()
			tt.mutate(&w)
			var got []string
			for _, v := range w.Violations() {
				if errors.Is(v, contract.ErrUnnecessaryPurchase) {
					got = append(got, v.Detail)
				}
			}
			if diff := cmp.Diff([]string{tt.want}, got); diff != "" {
				t.Errorf("warnings (-want +got):\n%s\nall: %v", diff, w.Violations())
			}
		})
	}
}

// TestViolationMessage is the one test of the full message format.
func TestViolationMessage(t *testing.T) {
	w := contoso()
	w.Purchases[4].Maximum = 0
	w.Purchases[0].Location = "Tokyo"
	var got []string
	for _, v := range w.Violations() {
		got = append(got, v.Error())
	}
	want := []string{
		`contract: warning: purchases[0].location: unified-enhanced-response bought for downstream "Tokyo": under multi-country support it needs to be bought only for the host "Seoul", whose purchase would cover every location; the host has none (D-UER, UER-23, UER-24, AMB-11)`,
		`contract: purchases[4].maximum: developer-support is "+1": the Work Order must state its maximum quantity (MARK-3, D-MARK, DEV-1, AMB-27)`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("messages (-want +got):\n%s", diff)
	}
}

// The details of the running totals name the lines and totals they
// compared: the credits lines (CRED-1) and a "+1" service's total (MARK-3).
func TestRunningTotalDetails(t *testing.T) {
	w := contoso()
	w.ProactiveCredits = 7
	w.Purchases = append(w.Purchases,
		contract.Purchase{Service: catalogue.ProactiveCredits, Quantity: 12, Unit: catalogue.UnitCredits, Location: "Seoul"},
		contract.Purchase{Service: catalogue.ProactiveCredits, Quantity: 8, Unit: catalogue.UnitCredits, Location: "Tokyo"},
		contract.Purchase{Service: catalogue.DeveloperSupport, Quantity: 3, Maximum: 4, Location: "Tokyo"})
	var got []string
	for _, v := range w.Violations() {
		got = append(got, v.Detail)
	}
	want := []string{
		"developer-support: quantity 3 brings the total bought to 5, above the stated maximum 4",
		"the Work Order states 7 Proactive Credits; its 2 line(s) of proactive-credits buy 20",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("details (-want +got):\n%s", diff)
	}
}

// TestGradeText: the Grade enum's names round-trip; bad ones fail.
func TestGradeText(t *testing.T) {
	for _, s := range []contract.Grade{contract.GradeError, contract.GradeWarning} {
		b, err := s.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var got contract.Grade
		if err := got.UnmarshalText(b); err != nil || got != s {
			t.Errorf("round trip %v: %v, %v", s, got, err)
		}
	}
	if _, err := contract.ParseGrade("fatal"); !errors.Is(err, contract.ErrInvalidEnum) {
		t.Errorf("ParseGrade(fatal) = %v", err)
	}
	if _, err := contract.Grade(9).MarshalText(); err == nil {
		t.Errorf("MarshalText(9) succeeded")
	}
	if got := fmt.Sprint(contract.Grade(9)); got != "violation grade(9)" {
		t.Errorf("String = %q", got)
	}
	if b, _ := contract.Grade(0).MarshalText(); len(b) != 0 {
		t.Errorf("zero Grade text = %q", b)
	}
}

// TestCheckAvailability (TERM-12, DOC-2, AMB-44): purchases for a country
// where the caller says the service is not offered are reported.
func TestCheckAvailability(t *testing.T) {
	w := contoso()
	notInJapan := func(id catalogue.ServiceID, country string) bool {
		return !(country == "JP" && (id == catalogue.Workshops || id == catalogue.RapidResponse))
	}
	got := summarize(w.CheckAvailability(notInJapan))
	want := []found{{E, "purchases[5].location", contract.ErrUnavailable, "TERM-12"}}
	if diff := cmp.Diff(want, got, cmpErrors); diff != "" {
		t.Errorf("CheckAvailability (-want +got):\n%s", diff)
	}
	w.Purchases[1].Location = "Tokyo"
	vs := w.CheckAvailability(notInJapan)
	if len(vs) != 2 || !vs[0].Rules.Has("RR-8") || !vs[0].Rules.Has("MC-12") {
		t.Errorf("Rapid Response in Tokyo: %v", vs)
	}
	if vs := w.CheckAvailability(nil); vs != nil {
		t.Errorf("nil list: %v", vs)
	}
}

// TestManyLocations_MC_4: Work Orders with more locations than a linear
// scan serves (above 8) find locations by name as those with few do: the
// first of two locations with one name is the one, the second is a
// duplicate (MC-1, MC-4), unknown names are reported, known ones resolve.
func TestManyLocations_MC_4(t *testing.T) {
	all := []contract.Location{
		{Name: "Seoul", Country: "KR", Role: contract.Host, TimeZone: "Asia/Seoul", Currency: currency.KRW},
		{Name: "Tokyo", Country: "JP", Role: contract.Downstream, TimeZone: "Asia/Tokyo", Currency: currency.JPY},
		{Name: "Sydney", Country: "AU", Role: contract.Downstream, TimeZone: "Australia/Sydney", Currency: currency.AUD},
		{Name: "Berlin", Country: "DE", Role: contract.Downstream, TimeZone: "Europe/Berlin", Currency: currency.EUR},
		{Name: "New York", Country: "US", Role: contract.Downstream, TimeZone: "America/New_York", Currency: currency.USD},
		{Name: "Paris", Country: "FR", Role: contract.Downstream, TimeZone: "Europe/Paris", Currency: currency.EUR},
		{Name: "London", Country: "GB", Role: contract.Downstream, TimeZone: "Europe/London", Currency: currency.GBP},
		{Name: "Toronto", Country: "CA", Role: contract.Downstream, TimeZone: "America/Toronto", Currency: currency.CAD},
		{Name: "Madrid", Country: "ES", Role: contract.Downstream, TimeZone: "Europe/Madrid", Currency: currency.EUR},
		{Name: "Rome", Country: "IT", Role: contract.Downstream, TimeZone: "Europe/Rome", Currency: currency.EUR},
	}
	for _, n := range []int{8, 9, 10} { // 8: a linear scan; 9 and 10: the index by name
		t.Run(fmt.Sprint(n, " locations"), func(t *testing.T) {
			w := contoso()
			w.Locations = slices.Clone(all[:n])
			last := n - 1
			w.Purchases = []contract.Purchase{
				{Service: catalogue.Workshops, Quantity: 1, Location: w.Locations[last].Name},
				{Service: catalogue.Workshops, Quantity: 1, Location: "Busan"},
			}
			w.Contacts = append(w.Contacts, contract.Contact{Name: "Ana", Role: contract.ReactiveContact, Location: w.Locations[last].Name})
			w.Locations[last].Name = w.Locations[2].Name // a duplicate of Sydney
			w.Locations[last].Country = "NZ"
			got := summarize(w.Violations())
			want := []found{
				{E, fmt.Sprintf("locations[%d].name", last), contract.ErrDuplicateLocation, "MC-1"},
				{E, "purchases[0].location", contract.ErrUnknownLocation, "MC-4"},
				{E, "purchases[1].location", contract.ErrUnknownLocation, "MC-4"},
				{E, "contacts[3].location", contract.ErrUnknownLocation, "RESP-2"},
			}
			if diff := cmp.Diff(want, got, cmpErrors); diff != "" {
				t.Errorf("Violations() (-want +got):\n%s\nall: %v", diff, w.Violations())
			}
			for _, v := range w.Violations() {
				if v.Field == fmt.Sprintf("locations[%d].name", last) && !strings.Contains(v.Detail, "also Locations[2]") {
					t.Errorf("duplicate names the wrong first location: %v", v)
				}
			}
			// The purchase for the duplicate's name resolves to the first.
			w.Purchases[0].Location = "Sydney"
			w.Purchases = w.Purchases[:1]
			w.Contacts = w.Contacts[:3]
			w.Locations[last].Name = "Auckland"
			if vs := w.Violations(); len(vs) != 0 {
				t.Errorf("Violations() = %v, want none", vs)
			}
		})
	}
}

// TestViolationErrorForms: a violation's message names its field and
// rules only when it has them, and marks warnings.
func TestViolationErrorForms(t *testing.T) {
	tests := []struct {
		v    contract.Violation
		want string
	}{
		{contract.Violation{Grade: E, Detail: "no term"}, "contract: no term"},
		{contract.Violation{Grade: W, Field: "purchases[0]", Detail: "odd"}, "contract: warning: purchases[0]: odd"},
		{contract.Violation{Grade: E, Field: "term", Rules: rule.Cite("TERM-7"), Detail: "no dates"}, "contract: term: no dates (TERM-7)"},
	}
	for _, tt := range tests {
		if got := tt.v.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
	if (contract.Violation{}).Rule() != "" {
		t.Errorf("the deciding rule of a violation without rules is not empty")
	}
}
