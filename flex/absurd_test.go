package flex_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/flex"
)

// TestAmountsThatWouldWrapAroundAreTooLarge: amounts are converted to int64
// cents; an amount whose cents overflow int64 must be refused as too large,
// not wrapped around to a small sum (FLEX-1, FLEX-2: the allowance and the
// cap bound real money). 92,233,720,368,547,758.08 USD is 2^63 cents.
func TestAmountsThatWouldWrapAroundAreTooLarge(t *testing.T) {
	for _, s := range []string{"92233720368547758.08", "999999999999999999", "1000000000.01"} {
		if _, err := flex.CreditsCap(usd(s)); !errors.Is(err, flex.ErrAmountTooLarge) {
			t.Errorf("CreditsCap(%s) error %v, want ErrAmountTooLarge", s, err)
		}
		_, err := flex.Allocate(usd("300000"), []flex.Request{{Use: flex.ProactiveServices, Amount: usd(s)}})
		if !errors.Is(err, flex.ErrAmountTooLarge) {
			t.Errorf("Allocate(300000, [%s]) error %v, want ErrAmountTooLarge", s, err)
		}
	}
}

// TestDecodersWrapSentinels: every decoding error wraps ErrDecode, and the
// sentinel of what is wrong where there is one: money's for amounts (NaN,
// exponents, numbers where the convention wants strings, a megabyte of
// digits refused by its length), ErrInvalidUse for an unknown use (issue
// 14: {"amount":"NaN"} and {"use":5} wrapped none).
func TestDecodersWrapSentinels(t *testing.T) {
	amt := func(s string) string { return `{"amount":"` + s + `","currency":"USD"}` }
	tests := []struct {
		in   string
		also error
	}{
		{`{"amount":"NaN"}`, money.ErrSyntax},
		{`{"use":"proactive-services","amount":` + amt("NaN") + `}`, money.ErrSyntax},
		{`{"use":"proactive-services","amount":` + amt("1e-2147483648") + `}`, money.ErrSyntax},
		{`{"use":"proactive-services","amount":` + amt(strings.Repeat("9", 1<<20)) + `}`, money.ErrRange},
		{`{"use":"proactive-services","amount":{"amount":12.5,"currency":"USD"}}`, money.ErrSyntax},
		{`{"use":"proactive-services","amount":{"amount":"12.5","currency":"US"}}`, money.ErrCurrency},
		{`{"use":5}`, nil},
		{`{"use":"credits"}`, flex.ErrInvalidUse},
		{`[]`, nil},
	}
	for _, tt := range tests {
		var r flex.Request
		err := json.Unmarshal([]byte(tt.in), &r)
		if !errors.Is(err, flex.ErrDecode) || tt.also != nil && !errors.Is(err, tt.also) {
			t.Errorf("Unmarshal(%.60s) error %v, want ErrDecode and %v", tt.in, err, tt.also)
		}
	}
	for _, in := range []string{`{"allowance":5}`, `{"granted":{}}`, `{"allowance":` + amt("x") + `}`} {
		var a flex.Allocation
		if err := json.Unmarshal([]byte(in), &a); !errors.Is(err, flex.ErrDecode) {
			t.Errorf("Allocation Unmarshal(%s): %v", in, err)
		}
	}
	for _, in := range []string{`{"allowance":5}`, `{"requests":{}}`, `{"allowance":` + amt("x") + `}`} {
		var y flex.YearRequests
		if err := json.Unmarshal([]byte(in), &y); !errors.Is(err, flex.ErrDecode) {
			t.Errorf("YearRequests Unmarshal(%s): %v", in, err)
		}
	}
	var s flex.Schedule
	if err := json.Unmarshal([]byte(`{"allocated":"1"}`), &s); !errors.Is(err, flex.ErrDecode) {
		t.Errorf("Schedule Unmarshal: %v", err)
	}
}

// TestAmountsReadBackFromJSON: every Allocation that Allocate returns reads
// back from its JSON in the module's convention (FLEX-1).
func TestAmountsReadBackFromJSON(t *testing.T) {
	a, err := flex.Allocate(usd("300000.000"), []flex.Request{{Use: flex.ProactiveServices, Amount: usd("100.00")}, {Use: flex.ProactiveCredits}})
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"allowance":{"amount":"300000.00","currency":"USD"},"allocated":{"amount":"100.00","currency":"USD"},` +
		`"forfeited":{"amount":"299900.00","currency":"USD"},"creditsCap":{"amount":"60000.00","currency":"USD"},` +
		`"capped":{"amount":"0.00","currency":"USD"},"granted":[{"use":"proactive-services","amount":{"amount":"100.00","currency":"USD"}},` +
		`{"use":"proactive-credits","amount":{"amount":"0.00","currency":"USD"}}],"rules":["FLEX-1","FLEX-2","D-FLEX-1","FLEX-5","D-FLEX-3","FLEX-7","D-FLEX-2"]}`
	if string(b) != want {
		t.Errorf("JSON = %s\nwant   %s", b, want)
	}
	var back flex.Allocation
	if err := json.Unmarshal(b, &back); err != nil || !back.Equal(a) {
		t.Fatalf("JSON round trip of %s: %v", b, err)
	}
}

// TestRequestJSONLengthBound: a Request whose JSON is longer than 4,096
// bytes is refused before it is parsed (ErrDecode, money.ErrRange), so that
// a megabyte of digits costs encoding/json one scan (issue 14); a valid
// form padded with white space to exactly 4,096 bytes still reads.
func TestRequestJSONLengthBound(t *testing.T) {
	b, err := json.Marshal(flex.Request{Use: flex.ProactiveCredits, Amount: usd("60000.00"), Service: "proactive-credits"})
	if err != nil {
		t.Fatal(err)
	}
	pad := func(n int) []byte { return append([]byte(strings.Repeat(" ", n-len(b))), b...) }
	var r flex.Request
	if err := r.UnmarshalJSON(pad(4096)); err != nil || r.Use != flex.ProactiveCredits {
		t.Errorf("a request of 4096 bytes: %+v, %v", r, err)
	}
	if err := r.UnmarshalJSON(pad(4097)); !errors.Is(err, flex.ErrDecode) || !errors.Is(err, money.ErrRange) {
		t.Errorf("a request of 4097 bytes: error %v, want ErrDecode and money.ErrRange", err)
	}
}
