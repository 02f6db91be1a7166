package flex_test

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
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/contract/rule"
	"github.com/supportrules/unified/flex"
)

func usd(s string) money.Amount { return money.MustParse(s + " USD") }

func req(u flex.Use, amount, service string) flex.Request {
	return flex.Request{Use: u, Amount: usd(amount), Service: service}
}

func date(y int, m time.Month, d int) calendar.Date { return calendar.Date{Year: y, Month: m, Day: d} }

// TestCreditsCapBoundaries puts a row on every edge D-FLEX-1 draws:
// min(A, max(20% × A, 50,000)). Rules FLEX-2, D-FLEX-1.
func TestCreditsCapBoundaries_FLEX2(t *testing.T) {
	tests := []struct {
		name      string
		allowance string
		want      string
	}{
		{"zero allowance, zero cap", "0", "0"},
		{"one cent: the cap is the whole allowance", "0.01", "0.01"},
		{"below the floor: the cap is the allowance", "30000", "30000"},
		{"one cent below the floor", "49999.99", "49999.99"},
		{"exactly the floor", "50000", "50000"},
		{"one cent above the floor: the floor binds", "50000.01", "50000"},
		{"20% is far below the floor", "100000", "50000"},
		{"one cent below where 20% reaches the floor", "249999.99", "50000"},
		{"20% is exactly the floor", "250000", "50000"},
		{"one cent above: 20% binds, exactly, with a tenth of a cent", "250000.01", "50000.002"},
		{"Contoso Korea's allowance", "300000", "60000"},
		{"20% of a whole-cent amount ending in a tenth of a cent", "300000.01", "60000.002"},
		{"20% in mills, a multiple of 11 but not of 10", "250000.08", "50000.016"},
		{"the largest accepted allowance", "1000000000", "200000000"},
		{"trailing zeros change nothing", "250000.000000", "50000"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := flex.CreditsCap(usd(tt.allowance))
			if err != nil {
				t.Fatalf("CreditsCap(%s): %v", tt.allowance, err)
			}
			if !got.Equal(usd(tt.want)) {
				t.Errorf("CreditsCap(%s) = %s, want %s", tt.allowance, got, tt.want)
			}
		})
	}
}

// TestCreditsCapRefusesBadAllowance: negative, finer than a cent, beyond
// any real contract, or in another currency are errors wrapping their
// sentinels, never a panic.
func TestCreditsCapRefusesBadAllowance(t *testing.T) {
	tests := []struct {
		allowance string
		want      error
	}{
		{"-0.01 USD", money.ErrNegative},
		{"-300000 USD", money.ErrNegative},
		{"0.001 USD", flex.ErrFractionalCent},
		{"300000.005 USD", flex.ErrFractionalCent},
		{"0.000000000000000001 USD", flex.ErrFractionalCent},
		{"123456789.123456789123 USD", flex.ErrFractionalCent}, // money's decimal form
		{"1000000000.01 USD", flex.ErrAmountTooLarge},
		{"1000000000000 USD", flex.ErrAmountTooLarge},
		{"1000000000000000000 USD", flex.ErrAmountTooLarge},
		{"300000 KRW", money.ErrCurrency}, // D-FLEX-1: the floor is in USD
		{"300000 EUR", money.ErrCurrency},
	}
	for _, tt := range tests {
		_, err := flex.CreditsCap(money.MustParse(tt.allowance))
		if !errors.Is(err, tt.want) {
			t.Errorf("CreditsCap(%s) error = %v, want %v", tt.allowance, err, tt.want)
		}
	}
}

// TestAmountsInUnusualForms: the same whole-cent amount written with
// trailing zeros, or as the zero Amount, is accepted and exact.
func TestAmountsInUnusualForms(t *testing.T) {
	for _, a := range []money.Amount{
		usd("0.010000000000000000"), // 1 cent with 18 places written
		usd("1000000000.000000000"), // exactly the bound, long form
		usd("300000"),               // no places
		{},                          // the zero Amount: 0 USD
	} {
		got, err := flex.Allocate(a, nil)
		if err != nil {
			t.Errorf("Allocate(%v, nil): %v", a, err)
			continue
		}
		if got.Forfeited.Decimal().Cmp(a.Decimal()) != 0 || got.Forfeited.Currency() != usd("1").Currency() {
			t.Errorf("Allocate(%v, nil).Forfeited = %v, want %v", a, got.Forfeited, a)
		}
	}
}

// TestAllocateCapBoundaries_FLEX2 checks the credits cap at its edges:
// a request exactly at the cap is granted (the cap is inclusive,
// D-FLEX-1), one cent over is refused with ErrOverCap, and the cap is one
// cap for Proactive Credits and Custom Proactive Services together.
func TestAllocateCapBoundaries_FLEX2(t *testing.T) {
	tests := []struct {
		name      string
		allowance string
		reqs      []flex.Request
		wantErr   error
	}{
		{"credits exactly at the 20% cap", "300000",
			[]flex.Request{req(flex.ProactiveCredits, "60000", "")}, nil},
		{"credits one cent over the 20% cap", "300000",
			[]flex.Request{req(flex.ProactiveCredits, "60000.01", "")}, flex.ErrOverCap},
		{"credits exactly at the floor", "250000",
			[]flex.Request{req(flex.ProactiveCredits, "50000", "")}, nil},
		{"credits one cent over the floor", "250000",
			[]flex.Request{req(flex.ProactiveCredits, "50000.01", "")}, flex.ErrOverCap},
		{"credits one cent over the floor, allowance 249,999.99", "249999.99",
			[]flex.Request{req(flex.ProactiveCredits, "50000.01", "")}, flex.ErrOverCap},
		{"credits at 20% of 250,000.01 (the cap is 50,000.002)", "250000.01",
			[]flex.Request{req(flex.ProactiveCredits, "50000", "")}, nil},
		{"credits a cent over 20% of 250,000.01", "250000.01",
			[]flex.Request{req(flex.ProactiveCredits, "50000.01", "")}, flex.ErrOverCap},
		{"whole allowance to credits below the floor", "40000",
			[]flex.Request{req(flex.ProactiveCredits, "40000", "")}, nil},
		{"whole allowance to credits at the floor", "50000",
			[]flex.Request{req(flex.CustomProactive, "50000", "")}, nil},
		{"one combined cap: credits and custom together at the cap", "300000",
			[]flex.Request{req(flex.ProactiveCredits, "30000", ""), req(flex.CustomProactive, "30000", "")}, nil},
		{"one combined cap: together one cent over", "300000",
			[]flex.Request{req(flex.ProactiveCredits, "30000", ""), req(flex.CustomProactive, "30000.01", "")}, flex.ErrOverCap},
		{"uncapped uses may take the rest", "300000",
			[]flex.Request{req(flex.ProactiveCredits, "60000", ""), req(flex.EnhancedSolutions, "240000", "")}, nil},
		{"zero allowance, zero request", "0",
			[]flex.Request{req(flex.ProactiveCredits, "0", "")}, nil},
		{"zero allowance, a cent of credits", "0",
			[]flex.Request{req(flex.ProactiveCredits, "0.01", "")}, flex.ErrOverCap},
		// Found by rapid: a plan already over the allowance must still report
		// the credits that break the cap.
		{"over the allowance first, then over the cap", "0",
			[]flex.Request{req(flex.ProactiveServices, "0.01", ""), req(flex.ProactiveCredits, "0.01", "")}, flex.ErrOverCap},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := flex.Allocate(usd(tt.allowance), tt.reqs)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Allocate(%s, %d requests) error = %v, want %v", tt.allowance, len(tt.reqs), err, tt.wantErr)
			}
		})
	}
}

// TestAllocateForfeitsTheRemainder_FLEX7: whatever is not allocated at
// execution is forfeited; exactly the allowance may be allocated, and one
// cent more is refused (FLEX-1).
func TestAllocateForfeitsTheRemainder_FLEX7(t *testing.T) {
	tests := []struct {
		name          string
		allowance     string
		reqs          []flex.Request
		wantAllocated string
		wantForfeited string
		wantErr       error
	}{
		{"nothing requested: everything forfeited", "300000", nil, "0", "300000", nil},
		{"part requested", "300000",
			[]flex.Request{req(flex.EnhancedSolutions, "200000", "UER"), req(flex.ProactiveServices, "50000", "workshops")},
			"250000", "50000", nil},
		{"exactly the allowance: nothing forfeited", "300000",
			[]flex.Request{req(flex.EnhancedSolutions, "240000", ""), req(flex.ProactiveCredits, "60000", "")},
			"300000", "0", nil},
		{"one cent over the allowance", "300000",
			[]flex.Request{req(flex.EnhancedSolutions, "240000.01", ""), req(flex.ProactiveCredits, "60000", "")},
			"", "", flex.ErrOverAllowance},
		{"cents are kept exactly", "250000.01",
			[]flex.Request{req(flex.ProactiveServices, "0.01", "")}, "0.01", "250000", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := flex.Allocate(usd(tt.allowance), tt.reqs)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Allocate error = %v, want %v", err, tt.wantErr)
			}
			if err != nil {
				return
			}
			if !got.Allocated.Equal(usd(tt.wantAllocated)) || !got.Forfeited.Equal(usd(tt.wantForfeited)) {
				t.Errorf("Allocate(%s) allocated %s, forfeited %s; want %s, %s",
					tt.allowance, got.Allocated, got.Forfeited, tt.wantAllocated, tt.wantForfeited)
			}
			if !got.Rules.Has("FLEX-7") || !got.Rules.Has("D-FLEX-2") {
				t.Errorf("Rules = %v, want FLEX-7 and D-FLEX-2 among them", got.Rules)
			}
		})
	}
}

// TestAllocateRefusesManagementServices_FLEX5: Flex Allowance cannot pay
// for Success Management nor service delivery management (D-FLEX-3, one
// family), whatever the amount.
func TestAllocateRefusesManagementServices_FLEX5(t *testing.T) {
	for _, u := range []flex.Use{flex.SuccessManagement, flex.ServiceDeliveryManagement} {
		for _, amount := range []string{"0", "1", "10000"} {
			_, err := flex.Allocate(usd("300000"), []flex.Request{
				req(flex.EnhancedSolutions, "100", ""),
				req(u, amount, "CSAM"),
			})
			var re *flex.RequestError
			if !errors.Is(err, flex.ErrIneligible) || !errors.As(err, &re) {
				t.Fatalf("Allocate(%v %s) error = %v, want a RequestError wrapping ErrIneligible", u, amount, err)
			}
			if re.Index != 1 || !re.Rules.Has("FLEX-5") || !re.Rules.Has("D-FLEX-3") {
				t.Errorf("RequestError index %d rules %v, want index 1 and FLEX-5, D-FLEX-3", re.Index, re.Rules)
			}
		}
	}
}

// TestAllocateIsAllOrNothing: one refused request refuses the whole call,
// and every refused request is reported, each with its index.
func TestAllocateIsAllOrNothing(t *testing.T) {
	reqs := []flex.Request{
		req(flex.EnhancedSolutions, "100000", "UER"),      // 0: fine
		req(flex.SuccessManagement, "5000", "CSAM"),       // 1: ineligible
		{Use: 0, Amount: usd("10")},                       // 2: invalid use
		req(flex.ProactiveServices, "-1", "workshop"),     // 3: negative
		req(flex.ProactiveCredits, "70000", "credits"),    // 4: over the 60,000 cap
		req(flex.ProactiveServices, "0.001", "hackathon"), // 5: finer than a cent
		req(flex.EnhancedSolutions, "200000", "AED"),      // 6: over the allowance
		req(flex.EnhancedSolutions, "1", "AEM"),           // 7: over, but reported once
	}
	a, err := flex.Allocate(usd("300000"), reqs)
	if err == nil {
		t.Fatalf("Allocate = %+v, want an error", a)
	}
	want := map[int]error{
		1: flex.ErrIneligible, 2: flex.ErrInvalidUse, 3: money.ErrNegative,
		4: flex.ErrOverCap, 5: flex.ErrFractionalCent, 6: flex.ErrOverAllowance,
	}
	got := map[int]error{}
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var re *flex.RequestError
		if !errors.As(e, &re) {
			t.Fatalf("joined error %v is not a RequestError", e)
		}
		got[re.Index] = re.Err
	}
	if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b error) bool { return a == b })); diff != "" {
		t.Errorf("refused requests (-want +got):\n%s", diff)
	}
	if !a.Equal(flex.Allocation{}) {
		t.Errorf("Allocate returned %+v with its error, want the zero Allocation", a)
	}
}

// TestRequestErrorMessage is the one test of the message format.
func TestRequestErrorMessage(t *testing.T) {
	_, err := flex.Allocate(usd("300000"), []flex.Request{
		req(flex.ProactiveServices, "1000", ""),
		req(flex.ProactiveServices, "2000", ""),
		req(flex.SuccessManagement, "10000", "CSAM"),
	})
	const want = `flex: ineligible use: request 2 (success-management "CSAM", 10000.00 USD): ` +
		`Flex Allowance cannot pay for success or service delivery management (FLEX-5, D-FLEX-3)`
	if err == nil || err.Error() != want {
		t.Errorf("error = %v\nwant    %s", err, want)
	}
	// A hand-built RequestError with no sentinel and no rules still says
	// that the request was refused.
	const wantBare = `flex: refused: request 0 (, 0)`
	if got := (&flex.RequestError{}).Error(); got != wantBare {
		t.Errorf("the zero RequestError says %q, want %q", got, wantBare)
	}
}

// TestZeroAllocationJSON: the zero Allocation encodes its granted requests
// as an empty list, never null, and reads back Equal.
func TestZeroAllocationJSON(t *testing.T) {
	b, err := json.Marshal(flex.Allocation{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"granted":[]`) {
		t.Errorf("the zero Allocation encodes as %s, want \"granted\":[]", b)
	}
	var back flex.Allocation
	if err := json.Unmarshal(b, &back); err != nil || !back.Equal(flex.Allocation{}) {
		t.Errorf("%s reads back as %+v, %v", b, back, err)
	}
}

// TestEachLimitIsReportedOnce_FLEX1_FLEX2: a plan over the credits cap is
// refused at the first capped request that crosses it, and only there;
// likewise the allowance. The message of a one-rule refusal names its rule.
func TestEachLimitIsReportedOnce_FLEX1_FLEX2(t *testing.T) {
	_, err := flex.Allocate(usd("300000"), []flex.Request{
		req(flex.ProactiveCredits, "60000.01", ""),
		req(flex.CustomProactive, "10", ""),
		req(flex.EnhancedSolutions, "250000", ""),
		req(flex.EnhancedSolutions, "1", ""),
	})
	var got []int
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var re *flex.RequestError
		if errors.As(e, &re) {
			got = append(got, re.Index)
		}
	}
	if diff := cmp.Diff([]int{0, 2}, got); diff != "" {
		t.Errorf("refused indexes (-want +got):\n%s", diff)
	}
	if !strings.Contains(err.Error(), "above the allowance of 300000.00 USD (FLEX-1)") {
		t.Errorf("message %q does not name FLEX-1", err)
	}
}

// TestCapRemaining_FLEX2: what is left under the cap is zero when the cap
// is used up, and the zero Amount for a hand-built Allocation over its cap
// or in two currencies.
func TestCapRemaining_FLEX2(t *testing.T) {
	a, err := flex.Allocate(usd("300000"), []flex.Request{req(flex.ProactiveCredits, "60000", "")})
	if err != nil {
		t.Fatal(err)
	}
	if r := a.CapRemaining(); !r.Equal(usd("0")) {
		t.Errorf("CapRemaining at the cap = %v, want 0.00 USD", r)
	}
	a.Capped = usd("60000.01")
	if r := a.CapRemaining(); !r.Equal(money.Amount{}) {
		t.Errorf("CapRemaining over the cap = %v, want the zero Amount", r)
	}
	a.Capped = money.MustParse("1 EUR")
	if r := a.CapRemaining(); !r.Equal(money.Amount{}) {
		t.Errorf("CapRemaining in two currencies = %v, want the zero Amount", r)
	}
}

// TestAllocateCopiesRequests: the result does not alias the caller's slice.
func TestAllocateCopiesRequests(t *testing.T) {
	reqs := []flex.Request{req(flex.ProactiveCredits, "100", "x")}
	a, err := flex.Allocate(usd("300000"), reqs)
	if err != nil {
		t.Fatal(err)
	}
	reqs[0].Amount = usd("999999")
	if !a.Granted[0].Amount.Equal(usd("100")) {
		t.Errorf("changing the caller's slice changed the allocation: %v", a.Granted[0].Amount)
	}
}

// TestAllocationByUse sums the granted amounts of each use, and
// CapRemaining is the cap less what the capped uses took.
func TestAllocationByUse(t *testing.T) {
	a, err := flex.Allocate(usd("300000"), []flex.Request{
		req(flex.ProactiveCredits, "20000", ""),
		req(flex.EnhancedSolutions, "100000", ""),
		req(flex.CustomProactive, "15000.50", ""),
		req(flex.ProactiveCredits, "5000", ""),
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		u    flex.Use
		want string
	}{
		{flex.ProactiveCredits, "25000"}, {flex.EnhancedSolutions, "100000"},
		{flex.CustomProactive, "15000.50"}, {flex.ProactiveServices, "0"},
	} {
		if got := a.ByUse(c.u); !got.Equal(usd(c.want)) {
			t.Errorf("ByUse(%v) = %s, want %s", c.u, got, c.want)
		}
	}
	if !a.Capped.Equal(usd("40000.50")) || !a.CapRemaining().Equal(usd("19999.50")) {
		t.Errorf("Capped %s, CapRemaining %s; want 40000.50, 19999.50", a.Capped, a.CapRemaining())
	}
}

// TestAllocationJSONRoundTrip: an Allocation survives JSON unchanged.
func TestAllocationJSONRoundTrip(t *testing.T) {
	a, err := flex.Allocate(usd("300000"), []flex.Request{
		req(flex.ProactiveCredits, "60000", "credits"),
		req(flex.EnhancedSolutions, "200000.25", "UER"),
	})
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var back flex.Allocation
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("Unmarshal(%s): %v", b, err)
	}
	if diff := cmp.Diff(a, back); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s\n%s", diff, b)
	}
	if !strings.Contains(string(b), `"use":"proactive-credits"`) {
		t.Errorf("JSON %s does not name the use by its text form", b)
	}
}

// TestUseText checks the enum's names, the zero value and bad input.
func TestUseText(t *testing.T) {
	tests := []struct {
		u    flex.Use
		text string
	}{
		{flex.ProactiveServices, "proactive-services"},
		{flex.EnhancedSolutions, "enhanced-solutions"},
		{flex.ProactiveCredits, "proactive-credits"},
		{flex.CustomProactive, "custom-proactive"},
		{flex.SuccessManagement, "success-management"},
		{flex.ServiceDeliveryManagement, "service-delivery-management"},
	}
	for _, tt := range tests {
		if got := tt.u.String(); got != tt.text {
			t.Errorf("%d.String() = %q, want %q", tt.u, got, tt.text)
		}
		if got, err := flex.ParseUse(strings.ToUpper(tt.text)); err != nil || got != tt.u {
			t.Errorf("ParseUse(%q) = %v, %v; want %v", strings.ToUpper(tt.text), got, err, tt.u)
		}
		if !tt.u.IsValid() {
			t.Errorf("%v.IsValid() = false", tt.u)
		}
	}
	var zero flex.Use
	if zero.IsValid() || zero.IsEligible() || zero.String() != "" {
		t.Errorf("zero Use: IsValid %v, IsEligible %v, String %q", zero.IsValid(), zero.IsEligible(), zero.String())
	}
	if b, err := zero.MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("zero Use MarshalText = %q, %v; want empty", b, err)
	}
	if _, err := flex.Use(7).MarshalText(); !errors.Is(err, flex.ErrInvalidUse) {
		t.Errorf("Use(7).MarshalText error = %v, want ErrInvalidUse", err)
	}
	if flex.Use(200).String() != "flex use(200)" {
		t.Errorf("Use(200).String() = %q", flex.Use(200).String())
	}
	for _, s := range []string{"credits", "proactive_credits", "flex use(0)"} {
		if _, err := flex.ParseUse(s); !errors.Is(err, flex.ErrInvalidUse) {
			t.Errorf("ParseUse(%q) error = %v, want ErrInvalidUse", s, err)
		}
	}
	// The zero Use is "not stated": empty text, which reads back as it.
	if u, err := flex.ParseUse(""); err != nil || u != 0 {
		t.Errorf("ParseUse(\"\") = %v, %v; want the zero Use", u, err)
	}
	var u flex.Use
	if err := json.Unmarshal([]byte(`"nope"`), &u); !errors.Is(err, flex.ErrInvalidUse) {
		t.Errorf("Unmarshal nope error = %v, want ErrInvalidUse", err)
	}
}

// TestUseOfCatalogue_FLEX1 maps catalogue services to their Flex use
// (FLEX-1, FLEX-8): "+" proactive services, enhanced solutions, credits and
// custom proactive services have one; reactive and ✓ services do not;
// Success Management has a Use that Allocate refuses (FLEX-5).
func TestUseOfCatalogue_FLEX1(t *testing.T) {
	tests := []struct {
		id      catalogue.ServiceID
		want    flex.Use
		wantErr error
	}{
		{catalogue.Workshops, flex.ProactiveServices, nil},
		{catalogue.DesignatedEngineering, flex.ProactiveServices, nil},
		{catalogue.CustomProactiveServices, flex.CustomProactive, nil},
		{catalogue.ProactiveCredits, flex.ProactiveCredits, nil},
		{catalogue.UnifiedEnhancedResponse, flex.EnhancedSolutions, nil},
		{catalogue.CybersecurityIncidentResponse, flex.EnhancedSolutions, nil},
		{catalogue.SuccessManagement, flex.SuccessManagement, nil},
		{catalogue.Webcasts, 0, flex.ErrIneligible},                 // ✓, already in the Base Package
		{catalogue.ProblemResolutionSupport, 0, flex.ErrIneligible}, // reactive
		{catalogue.RootCauseAnalysis, 0, flex.ErrIneligible},        // reactive, even though "+"
		{0, 0, catalogue.ErrUnknownService},
		{catalogue.ServiceID(250), 0, catalogue.ErrUnknownService},
	}
	for _, tt := range tests {
		got, err := flex.UseOf(tt.id)
		if got != tt.want || !errors.Is(err, tt.wantErr) {
			t.Errorf("UseOf(%v) = %v, %v; want %v, %v", tt.id, got, err, tt.want, tt.wantErr)
		}
	}
	if got := flex.ServiceDeliveryManagement.Services(); len(got) != 0 {
		t.Errorf("ServiceDeliveryManagement.Services() = %v, want none (AMB-3: not in the catalogue)", got)
	}
	if got := flex.Use(0).Services(); len(got) != 0 {
		t.Errorf("Use(0).Services() = %v, want none", got)
	}
	if got := flex.ProactiveCredits.Services(); !cmp.Equal(got, []catalogue.ServiceID{catalogue.ProactiveCredits}) {
		t.Errorf("ProactiveCredits.Services() = %v", got)
	}
}

// TestExchangeForEqualValue_FLEX6: an agreed exchange moves the funded
// amount to the substitute and changes neither Allocated nor Forfeited
// (FLEX-6, TERM-13, AMB-41); an unagreed one, an ineligible substitute and
// one that breaks the credits cap are refused.
func TestExchangeForEqualValue_FLEX6(t *testing.T) {
	a, err := flex.Allocate(usd("300000"), []flex.Request{
		req(flex.EnhancedSolutions, "200000", "UER"),
		req(flex.ProactiveServices, "30000", "workshops"),
		req(flex.ProactiveCredits, "40000", "credits"),
	})
	if err != nil {
		t.Fatal(err)
	}
	b, err := a.Exchange(flex.Exchange{Index: 1, Use: flex.ProactiveServices, Service: "hackathon", Agreed: true})
	if err != nil {
		t.Fatalf("Exchange: %v", err)
	}
	if !b.Allocated.Equal(a.Allocated) || !b.Forfeited.Equal(a.Forfeited) {
		t.Errorf("Exchange changed the totals: %s/%s, was %s/%s", b.Allocated, b.Forfeited, a.Allocated, a.Forfeited)
	}
	want := req(flex.ProactiveServices, "30000", "hackathon")
	if !b.Granted[1].Equal(want) || !a.Granted[1].Equal(req(flex.ProactiveServices, "30000", "workshops")) {
		t.Errorf("Exchange: granted %+v (original now %+v), want %+v and the original unchanged", b.Granted[1], a.Granted[1], want)
	}
	for _, id := range []rule.ID{"FLEX-6", "TERM-13", "AMB-41"} {
		if !b.Rules.Has(id) {
			t.Errorf("Exchange rules %v lack %s", b.Rules, id)
		}
	}

	refused := []struct {
		name string
		x    flex.Exchange
		want error
	}{
		{"not agreed", flex.Exchange{Index: 1, Use: flex.ProactiveServices, Agreed: false}, flex.ErrNotAgreed},
		{"to success management", flex.Exchange{Index: 1, Use: flex.SuccessManagement, Agreed: true}, flex.ErrIneligible},
		{"to an invalid use", flex.Exchange{Index: 1, Use: 99, Agreed: true}, flex.ErrInvalidUse},
		{"credits would reach 70,000 over the 60,000 cap", flex.Exchange{Index: 1, Use: flex.CustomProactive, Agreed: true}, flex.ErrOverCap},
		{"no such request", flex.Exchange{Index: 3, Use: flex.ProactiveServices, Agreed: true}, flex.ErrNoRequest},
		{"negative index", flex.Exchange{Index: -1, Use: flex.ProactiveServices, Agreed: true}, flex.ErrNoRequest},
	}
	for _, tt := range refused {
		t.Run(tt.name, func(t *testing.T) {
			_, err := a.Exchange(tt.x)
			var re *flex.RequestError
			if !errors.Is(err, tt.want) || !errors.As(err, &re) || re.Index != tt.x.Index {
				t.Errorf("Exchange(%+v) error = %v, want a RequestError for index %d wrapping %v", tt.x, err, tt.x.Index, tt.want)
			}
			// FLEX-6, TERM-13, MC-20: an exchange needs the agreement of the
			// delivery resource, in writing where Microsoft requires it.
			if tt.want == flex.ErrNotAgreed && re != nil && !(re.Rules.Has("FLEX-6") && re.Rules.Has("MC-20")) {
				t.Errorf("refusal without agreement cites %v, want FLEX-6 and MC-20", re.Rules)
			}
		})
	}
	// Credits to credits: 20,000 of Enhanced Solutions cannot become credits
	// beyond the cap, but the credits request itself can become a workshop.
	c, err := a.Exchange(flex.Exchange{Index: 2, Use: flex.ProactiveServices, Service: "workshops", Agreed: true})
	if err != nil || !c.Capped.IsZero() {
		t.Errorf("exchanging credits for a workshop: capped %v, err %v; want 0, nil", c.Capped, err)
	}
}

// TestExchangeOfZeroAllocation: the zero Allocation has nothing to exchange.
func TestExchangeOfZeroAllocation(t *testing.T) {
	_, err := flex.Allocation{}.Exchange(flex.Exchange{Use: flex.ProactiveServices, Agreed: true})
	if !errors.Is(err, flex.ErrNoRequest) {
		t.Errorf("error = %v, want ErrNoRequest", err)
	}
}

// TestAdversarialAmounts: the edges of the cents conversion — the bound in
// cents, one cent, and amounts that cannot be whole cents — are classified
// exactly, and the error messages stay short.
func TestAdversarialAmounts(t *testing.T) {
	tests := []struct {
		amount string
		want   error
		cents  int64
	}{
		{"0.009 USD", flex.ErrFractionalCent, 0},
		{"0.000000000000000009 USD", flex.ErrFractionalCent, 0},
		{"999999999999999999.99 USD", flex.ErrAmountTooLarge, 0},
		{"92233720368547758.07 USD", flex.ErrAmountTooLarge, 0}, // 2^63 − 1 cents
		{"0.01 USD", nil, 1},
		{"1000000000.00 USD", nil, 100000000000}, // the bound, in cents
	}
	for _, tt := range tests {
		a, err := flex.Allocate(money.MustParse(tt.amount), nil)
		if !errors.Is(err, tt.want) {
			t.Errorf("Allocate(%s) error = %v, want %v", tt.amount, err, tt.want)
			continue
		}
		if err != nil && len(err.Error()) > 200 {
			t.Errorf("Allocate(%s) error message is %d bytes long", tt.amount, len(err.Error()))
		}
		if n, _ := a.Forfeited.MinorUnits(); err == nil && n != tt.cents {
			t.Errorf("Allocate(%s).Forfeited = %s, want %d cents", tt.amount, a.Forfeited, tt.cents)
		}
	}
}

// TestZeroValues: the zero Allocation has zero amounts and nothing granted;
// the zero Year is usable on no date; the zero Request is refused.
func TestZeroValues(t *testing.T) {
	var a flex.Allocation
	for _, d := range []money.Amount{a.Allowance, a.Allocated, a.Forfeited, a.CreditsCap, a.Capped, a.CapRemaining(), a.ByUse(flex.ProactiveCredits)} {
		if !d.IsZero() {
			t.Errorf("zero Allocation has a non-zero amount %s", d)
		}
	}
	if len(a.Granted) != 0 || a.Rules.Len() != 0 {
		t.Errorf("zero Allocation: granted %v, rules %v", a.Granted, a.Rules)
	}
	var y flex.Year
	for _, d := range []calendar.Date{{}, date(2026, 1, 1), date(1, 1, 1)} {
		if y.IsUsableOn(d) {
			t.Errorf("the zero Year is usable on %v", d)
		}
	}
	if _, err := flex.Allocate(usd("300000"), []flex.Request{{}}); !errors.Is(err, flex.ErrInvalidUse) {
		t.Errorf("Allocate with a zero Request: error %v, want ErrInvalidUse", err)
	}
}

// TestNoAllocations: checking an ordinary amount does not allocate, so
// CreditsCap of an allowance whose cap is exactly the floor allocates
// nothing at all, and UseOf allocates nothing.
func TestNoAllocations(t *testing.T) {
	a := usd("250000.00")
	if n := testing.AllocsPerRun(100, func() {
		if _, err := flex.CreditsCap(a); err != nil {
			t.Fatal(err)
		}
	}); n != 0 {
		t.Errorf("CreditsCap(250000.00) allocates %v times, want 0", n)
	}
	if n := testing.AllocsPerRun(100, func() {
		if _, err := flex.UseOf(catalogue.Workshops); err != nil {
			t.Fatal(err)
		}
	}); n != 0 {
		t.Errorf("UseOf allocates %v times, want 0", n)
	}
}

// TestConcurrentUse: Allocate, Exchange and the Use methods share no
// mutable state (run with -race).
func TestConcurrentUse(t *testing.T) {
	reqs := []flex.Request{req(flex.ProactiveCredits, "60000", ""), req(flex.EnhancedSolutions, "100000", "")}
	base, err := flex.Allocate(usd("300000"), reqs)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error)
	for range 8 {
		go func() {
			var err error
			for range 100 {
				if _, err = flex.Allocate(usd("300000"), reqs); err != nil {
					break
				}
				if _, err = base.Exchange(flex.Exchange{Index: 1, Use: flex.ProactiveServices, Agreed: true}); err != nil {
					break
				}
				_ = flex.CustomProactive.Services()
			}
			done <- err
		}()
	}
	for range 8 {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

// TestJSONIgnoresDecimalSettings: amounts are written by the money
// package, as {"amount":"12500.50","currency":"USD"} strings of their exact
// text whatever the process's decimal settings (this test reads decimal's
// global only to show it; it does not change it). Numbers where the
// convention wants strings are refused.
func TestJSONIgnoresDecimalSettings(t *testing.T) {
	r := req(flex.CustomProactive, "12500.50", "")
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"use":"custom-proactive","amount":{"amount":"12500.50","currency":"USD"}}`; string(b) != want {
		t.Errorf("Marshal = %s, want %s (MarshalJSONWithoutQuotes is %v)", b, want, decimal.MarshalJSONWithoutQuotes)
	}
	var back flex.Request
	if err := json.Unmarshal(b, &back); err != nil || !back.Equal(r) {
		t.Errorf("Unmarshal = %+v, %v; want %+v", back, err, r)
	}
	for _, bad := range []string{`{"use":"credits","amount":{"amount":"1","currency":"USD"}}`,
		`{"use":"custom-proactive","amount":{"amount":12500.50,"currency":"USD"}}`,
		`{"use":"custom-proactive","amount":"12500.50"}`, `[]`} {
		if err := json.Unmarshal([]byte(bad), &back); !errors.Is(err, flex.ErrDecode) {
			t.Errorf("Unmarshal(%s) = %v, want ErrDecode", bad, err)
		}
	}
}
