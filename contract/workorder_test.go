package contract_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"
	_ "time/tzdata"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
)

func d(s string) calendar.Date { return calendar.MustParseDate(s) }

func term(a, b string) contract.Term { return contract.Term{Start: d(a), End: d(b)} }

var (
	seoul = contract.Location{Name: "Seoul", Country: "KR", Role: contract.Host, TimeZone: "Asia/Seoul", Currency: "KRW"}
	tokyo = contract.Location{Name: "Tokyo", Country: "JP", Role: contract.Downstream, TimeZone: "Asia/Tokyo", Currency: "JPY"}
)

// contoso returns the sample Work Order of Contoso Korea: host Seoul,
// downstream Tokyo, term 2026-01-01..2028-12-31, valid.
func contoso() contract.WorkOrder {
	return contract.WorkOrder{
		Customer:     "Contoso Korea",
		Term:         term("2026-01-01", "2028-12-31"),
		Unified:      term("2026-01-01", "2028-12-31"),
		MultiCountry: true,
		Locations:    []contract.Location{seoul, tokyo},
		Purchases: []contract.Purchase{
			{Service: catalogue.UnifiedEnhancedResponse, Quantity: 1, Location: "Seoul"},
			{Service: catalogue.RapidResponse, Quantity: 1, Location: "Seoul"},
			{Service: catalogue.AzureEngineeringDirect, Quantity: 1, Start: d("2026-03-01"), Location: "Seoul"},
			{Service: catalogue.EnhancedDesignatedEngineering, Quantity: 400, Unit: catalogue.UnitHours, Location: "Seoul"},
			{Service: catalogue.DeveloperSupport, Quantity: 2, Maximum: 4, Location: "Tokyo"},
			{Service: catalogue.Workshops, Quantity: 20, Unit: catalogue.UnitAttendees, Location: "Tokyo"},
			{Service: catalogue.AzureEventManagement, Quantity: 3, Unit: catalogue.UnitEvents, Location: "Seoul"},
		},
		FlexAllowance:        decimal.RequireFromString("300000.00"),
		ProactiveCredits:     120,
		AssessedProductSpend: decimal.RequireFromString("75000000"),
		Contacts: []contract.Contact{
			{Name: "Kim Min-jun", Email: "minjun.kim@contoso.example", Role: contract.SupportServicesManager, Location: "Seoul"},
			{Name: "Sato Yui", Email: "yui.sato@contoso.example", Role: contract.SupportServicesManager, Location: "Tokyo"},
			{Name: "Lee Ji-woo", Role: contract.CloudAdministrator, Location: "Seoul"},
		},
	}
}

// TestSampleWorkOrderIsValid checks the fixture every other test mutates.
func TestSampleWorkOrderIsValid(t *testing.T) {
	if vs := contoso().Violations(); len(vs) != 0 {
		t.Fatalf("Violations() = %v, want none", vs)
	}
	if err := contoso().Validate(); err != nil {
		t.Fatalf("Validate() = %v", err)
	}
}

// TestWorkOrderJSONRoundTrip: a Work Order decodes to what was encoded,
// amounts exact and independent of decimal's package settings.
func TestWorkOrderJSONRoundTrip(t *testing.T) {
	w := contoso()
	b, err := json.Marshal(w)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"flexAllowance":"300000"`, `"service":"developer-support"`, `"role":"downstream"`, `"start":"2026-03-01"`, `"unit":"hours"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("JSON %s lacks %s", b, want)
		}
	}
	var got contract.WorkOrder
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(w, got); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

// TestWorkOrderJSONErrors: malformed JSON and unknown names are errors
// that say what is wrong, never panics.
func TestWorkOrderJSONErrors(t *testing.T) {
	tests := []struct {
		name, json string
		wantErr    error
	}{
		{"unknown service", `{"purchases":[{"service":"coffee"}]}`, catalogue.ErrUnknownService},
		{"unknown role", `{"locations":[{"name":"Seoul","role":"guest"}]}`, contract.ErrInvalidRole},
		{"unknown unit", `{"purchases":[{"service":"de","unit":"litres"}]}`, catalogue.ErrInvalidUnit},
		{"bad date", `{"term":{"start":"2026-02-30","end":"2026-12-31"}}`, calendar.ErrInvalidDate},
		{"exponent amount", `{"flexAllowance":"1e1000000"}`, contract.ErrInvalidAmount},
		{"long amount", `{"flexAllowance":"` + strings.Repeat("9", 41) + `"}`, contract.ErrInvalidAmount},
		{"bad contact role", `{"contacts":[{"name":"x","role":"boss"}]}`, contract.ErrInvalidContactRole},
		{"numeric amount with exponent", `{"flexAllowance":1e3}`, contract.ErrInvalidAmount},
		// The string "null" is no amount (regression: it decoded as zero).
		{"amount string null", `{"flexAllowance":"null"}`, contract.ErrInvalidAmount},
		{"amount string empty", `{"assessedProductSpend":""}`, contract.ErrInvalidAmount},
		{"truncated", `{"term":`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var w contract.WorkOrder
			err := json.Unmarshal([]byte(tt.json), &w)
			if err == nil {
				t.Fatalf("Unmarshal(%s) = nil, want an error", tt.json)
			}
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Fatalf("Unmarshal(%s) = %v, want %v", tt.json, err, tt.wantErr)
			}
		})
	}
	var w contract.WorkOrder
	if err := json.Unmarshal([]byte(`{"flexAllowance":null}`), &w); err != nil || !w.FlexAllowance.IsZero() {
		t.Errorf("JSON null amount: %v, %v", w.FlexAllowance, err)
	}
	if err := json.Unmarshal([]byte(`{"flexAllowance":300000.50}`), &w); err != nil || !w.FlexAllowance.Equal(decimal.RequireFromString("300000.5")) {
		t.Errorf("numeric amount: %v, %v", w.FlexAllowance, err)
	}
}

// TestHostAndLocations: Host finds the single host, or the only location;
// PurchaseLocation resolves names (MC-2, MC-4).
func TestHostAndLocations(t *testing.T) {
	w := contoso()
	if h, ok := w.Host(); !ok || h.Name != "Seoul" {
		t.Errorf("Host() = %v, %v", h, ok)
	}
	single := contract.WorkOrder{Locations: []contract.Location{tokyo}}
	if h, ok := single.Host(); !ok || h.Name != "Tokyo" {
		t.Errorf("single Host() = %v, %v", h, ok)
	}
	none := contract.WorkOrder{Locations: []contract.Location{tokyo, tokyo}}
	if _, ok := none.Host(); ok {
		t.Errorf("Host() of two downstreams reported a host")
	}
	if l, ok := w.PurchaseLocation(w.Purchases[4]); !ok || l.Name != "Tokyo" {
		t.Errorf("PurchaseLocation = %v, %v", l, ok)
	}
	if _, ok := w.PurchaseLocation(contract.Purchase{}); ok {
		t.Errorf("PurchaseLocation of an unnamed purchase in a two-location Work Order succeeded")
	}
	if got := w.Purchases[2].Period(w.Term); got != term("2026-03-01", "2028-12-31") {
		t.Errorf("Period = %v", got)
	}
}

// TestZeroWorkOrder: the zero Work Order is invalid, and says why: no
// term, no location, no Support Services Manager.
func TestZeroWorkOrder(t *testing.T) {
	var w contract.WorkOrder
	got := summarize(w.Violations())
	want := []found{
		{E, "Term", contract.ErrInvalidTerm, "TERM-7"},
		{E, "Locations", contract.ErrInvalidLocation, "MC-1"},
		{E, "Contacts", contract.ErrNoSupportServicesManager, "RESP-1"},
	}
	if diff := cmp.Diff(want, got, cmpErrors); diff != "" {
		t.Errorf("zero WorkOrder (-want +got):\n%s", diff)
	}
	if _, ok := w.Host(); ok {
		t.Errorf("zero WorkOrder has a host")
	}
	if _, err := w.EffectiveTerm(contract.Purchase{Service: catalogue.Workshops}); err == nil {
		t.Errorf("EffectiveTerm on the zero WorkOrder succeeded")
	}
}

// Rules MC-1, MC-2: a support location's country is an officially assigned
// ISO 3166-1 alpha-2 code (249 of them), and its currency an ISO 4217 code.
func TestCountryAndCurrencyCodes(t *testing.T) {
	n := 0
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			if contract.IsCountryCode(string([]rune{a, b})) {
				n++
			}
		}
	}
	if n != 249 {
		t.Errorf("%d codes accepted, ISO 3166-1 assigns 249", n)
	}
	for code, want := range map[string]bool{
		"KR": true, "JP": true, "US": true, "AQ": true, "GB": true,
		"UK": false, "EU": false, "UN": false, "SU": false, "XK": false, "kr": false, "KOR": false, "": false,
	} {
		if got := contract.IsCountryCode(code); got != want {
			t.Errorf("IsCountryCode(%q) = %v, want %v", code, got, want)
		}
	}
	for code, want := range map[string]bool{"KRW": true, "JPY": true, "USD": true, "XXX": false, "krw": false, "KR": false, "ABC": false} {
		if got := contract.IsCurrencyCode(code); got != want {
			t.Errorf("IsCurrencyCode(%q) = %v, want %v", code, got, want)
		}
	}
}

func seoulCalendar(t testing.TB, holidays ...calendar.Date) *calendar.Calendar {
	t.Helper()
	loc, err := time.LoadLocation("Asia/Seoul")
	if err != nil {
		t.Fatal(err)
	}
	cal, err := calendar.New(loc, calendar.WithHolidays(holidays...))
	if err != nil {
		t.Fatal(err)
	}
	return cal
}
