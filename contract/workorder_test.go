package contract_test

import (
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
	"time"
	_ "time/tzdata"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/text/currency"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/money"
)

// cmpUnits compares currencies, whose fields are unexported, with ==.
var cmpUnits = cmpopts.EquateComparable(currency.Unit{})

// usd returns the amount s in US dollars.
func usd(s string) money.Amount { return money.MustParse(s + " USD") }

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func d(s string) calendar.Date { return calendar.MustParseDate(s) }

func term(a, b string) contract.Term { return contract.Term{Start: d(a), End: d(b)} }

// sampleJSON is the sample Work Order of Contoso Korea, the one fixture
// that package contract's tests and package enhanced's share
// (contract/testdata/contoso.json): host Seoul, downstream Tokyo, term
// 2026-01-01..2028-12-31, valid.
var sampleJSON = func() []byte {
	b, err := os.ReadFile("testdata/contoso.json")
	if err != nil {
		panic(err)
	}
	return b
}()

// contoso returns a fresh copy of the sample Work Order, for a test to
// change.
func contoso() contract.WorkOrder {
	var w contract.WorkOrder
	if err := json.Unmarshal(sampleJSON, &w); err != nil {
		panic(err)
	}
	return w
}

// The sample's locations.
var (
	seoul = contoso().Locations[0]
	tokyo = contoso().Locations[1]
)

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
	for _, want := range []string{`"flexAllowance":{"amount":"300000.00","currency":"USD"}`, `"currency":"JPY"`, `"service":"developer-support"`, `"role":"downstream"`, `"start":"2026-03-01"`, `"unit":"hours"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("JSON %s lacks %s", b, want)
		}
	}
	var got contract.WorkOrder
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(w, got, cmpUnits); diff != "" {
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
		{"unknown role", `{"locations":[{"name":"Seoul","role":"guest"}]}`, contract.ErrInvalidEnum},
		{"unknown currency", `{"locations":[{"name":"Seoul","currency":"WON"}]}`, contract.ErrInvalidLocation},
		{"currency XXX", `{"locations":[{"name":"Seoul","currency":"XXX"}]}`, contract.ErrInvalidLocation},
		{"currency not a string", `{"locations":[{"name":"Seoul","currency":7}]}`, contract.ErrMalformed},
		{"unknown unit", `{"purchases":[{"service":"de","unit":"litres"}]}`, catalogue.ErrInvalidUnit},
		{"bad date", `{"term":{"start":"2026-02-30","end":"2026-12-31"}}`, calendar.ErrInvalidDate},
		{"exponent amount", `{"flexAllowance":{"amount":"1e1000000","currency":"USD"}}`, money.ErrSyntax},
		{"long amount", `{"flexAllowance":{"amount":"` + strings.Repeat("9", 41) + `","currency":"USD"}}`, money.ErrRange},
		{"megabyte amount", `{"flexAllowance":{"amount":"` + strings.Repeat("9", 1<<20) + `","currency":"USD"}}`, money.ErrRange},
		{"bad contact role", `{"contacts":[{"name":"x","role":"boss"}]}`, contract.ErrInvalidEnum},
		{"numeric amount", `{"flexAllowance":300000}`, money.ErrSyntax},
		{"amount string null", `{"flexAllowance":{"amount":"null","currency":"USD"}}`, money.ErrSyntax},
		{"truncated", `{"term":`, contract.ErrMalformed},
		{"not an object", `[]`, contract.ErrMalformed},
		{"wrong type", `{"proactiveCredits":"7"}`, contract.ErrMalformed},
		{"huge count", `{"proactiveCredits":1` + strings.Repeat("0", 30) + `}`, contract.ErrMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var w contract.WorkOrder
			err := w.UnmarshalJSON([]byte(tt.json))
			if err == nil {
				t.Fatalf("Unmarshal(%s) = nil, want an error", tt.json)
			}
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Unmarshal(%.80s) = %.200v, want %v", tt.json, err, tt.wantErr)
			}
		})
	}
	var w contract.WorkOrder
	if err := json.Unmarshal([]byte(`{"flexAllowance":null}`), &w); err != nil || !w.FlexAllowance.IsZero() {
		t.Errorf("JSON null amount: %v, %v", w.FlexAllowance, err)
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
	if l, ok := single.PurchaseLocation(contract.Purchase{}); !ok || l.Name != "Tokyo" {
		t.Errorf("PurchaseLocation of an unnamed purchase in a single-location Work Order = %v, %v; want Tokyo", l, ok)
	}
	if _, ok := single.PurchaseLocation(contract.Purchase{Location: "Seoul"}); ok {
		t.Errorf("PurchaseLocation of a purchase for an unlisted location succeeded")
	}
	if l, ok := w.Location("Tokyo"); !ok || l.Name != "Tokyo" {
		t.Errorf("Location(Tokyo) = %v, %v", l, ok)
	}
	if l, ok := w.Location("Busan"); ok || l != (contract.Location{}) {
		t.Errorf("Location(Busan) = %v, %v; want none", l, ok)
	}
	if got := w.Purchases[2].Term(w.Term); got != term("2026-03-01", "2028-12-31") {
		t.Errorf("Term = %v", got)
	}
	if got := w.Purchases[3].Term(w.Term); got != w.Term {
		t.Errorf("Term of a purchase without dates = %v, want the Work Order's", got)
	}
}

// A part's own dates, reversed, are an error of its effective term, not a
// term cut to its service's (D-TERM-3, TERM-7).
func TestEffectiveTermOfAPartWithReversedDates(t *testing.T) {
	w := contoso()
	p := contract.Purchase{Service: catalogue.AEDInsights, Start: d("2027-06-01"), End: d("2027-03-01"), Location: "Seoul"}
	if ct, err := w.EffectiveTerm(p); !errors.Is(err, contract.ErrInvalidTerm) {
		t.Errorf("EffectiveTerm = %v, %v; want ErrInvalidTerm", ct, err)
	}
}

// TestZeroWorkOrder: the zero Work Order is invalid, and says why: no
// term, no location, no Support Services Manager.
func TestZeroWorkOrder(t *testing.T) {
	var w contract.WorkOrder
	got := summarize(w.Violations())
	want := []found{
		{E, "term", contract.ErrInvalidTerm, "TERM-7"},
		{E, "locations", contract.ErrInvalidLocation, "MC-1"},
		{E, "contacts", contract.ErrNoSupportServicesManager, "RESP-1"},
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
// ISO 3166-1 alpha-2 code (249 of them).
func TestCountryCodes(t *testing.T) {
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
