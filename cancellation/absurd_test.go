package cancellation_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/supportrules/unified/cancellation"
	"github.com/supportrules/unified/contract/money"
)

// TestOutcomeJSONRefusesWhatNoAssessmentGives: a decoded Outcome has a
// band's fee rate (0, 0.5 or 1; CANCEL-1, CANCEL-2, CANCEL-3), amounts in
// the JSON convention within money's bounds, one currency, and a fee that
// is exactly the price times the rate (D-CANCEL). Every refusal wraps
// ErrInvalid and, where an amount is the cause, money's sentinel.
func TestOutcomeJSONRefusesWhatNoAssessmentGives(t *testing.T) {
	usd := func(s string) string { return `{"amount":"` + s + `","currency":"USD"}` }
	tests := []struct {
		name string
		in   string
		also error
	}{
		{"absurd exponent", `{"feeRate":"1","fee":` + usd("1e-2147483648") + `,"refund":` + usd("0") + `}`, money.ErrSyntax},
		{"a megabyte of digits", `{"feeRate":"1","fee":` + usd(strings.Repeat("9", 1<<20)) + `,"refund":` + usd("0") + `}`, money.ErrRange},
		{"decimal as a number", `{"feeRate":"1","fee":{"amount":5,"currency":"USD"},"refund":` + usd("0") + `}`, money.ErrSyntax},
		{"NaN", `{"feeRate":"1","fee":` + usd("NaN") + `,"refund":` + usd("0") + `}`, money.ErrSyntax},
		{"rate 0.3", `{"feeRate":"0.3","fee":` + usd("5") + `,"refund":` + usd("5") + `}`, nil},
		{"rate as a number", `{"feeRate":0.5,"fee":` + usd("5") + `,"refund":` + usd("5") + `}`, nil},
		{"fee is not price × rate", `{"feeRate":"0.5","fee":` + usd("4") + `,"refund":` + usd("6") + `}`, nil},
		{"negative fee", `{"feeRate":"1","fee":` + usd("-5") + `,"refund":` + usd("0") + `}`, money.ErrNegative},
		{"two currencies", `{"feeRate":"0.5","fee":` + usd("5") + `,"refund":{"amount":"5","currency":"EUR"}}`, money.ErrCurrency},
		{"fee + refund above 10^18", `{"feeRate":"0.5","fee":` + usd("1000000000000000000") + `,"refund":` + usd("1000000000000000000") + `}`, money.ErrRange},
		{"not an object", `[1]`, nil},
		{"notice beyond int", `{"noticeDays":1e400}`, nil},
	}
	for _, tt := range tests {
		var o cancellation.Outcome
		err := json.Unmarshal([]byte(tt.in), &o)
		if !errors.Is(err, cancellation.ErrInvalid) || tt.also != nil && !errors.Is(err, tt.also) {
			t.Errorf("%s: Unmarshal error %v, want ErrInvalid and %v", tt.name, err, tt.also)
		}
		if err != nil && len(err.Error()) > 400 {
			t.Errorf("%s: the message has %d bytes", tt.name, len(err.Error()))
		}
	}
	for _, in := range []string{
		`{"fee":` + usd("0.001") + `,"refund":` + usd("1") + `}`, // finer than a cent
		`{"fee":` + usd("-1") + `,"refund":` + usd("1") + `}`,
		`{"fee":` + usd("1") + `,"refund":{"amount":"1","currency":"KRW"}}`,
		`{"fee":"1"}`,
		`{"fee":` + usd("1") + `,"refund":` + usd("0.001") + `}`, // a refund finer than a cent
		`{"fee":` + usd("1") + `,"refund":` + usd("-1") + `}`,
		`{"fee":` + usd("1000000000000000000") + `,"refund":` + usd("1") + `}`, // a price above 10^18
	} {
		var s cancellation.Settlement
		if err := json.Unmarshal([]byte(in), &s); !errors.Is(err, cancellation.ErrInvalid) {
			t.Errorf("Settlement Unmarshal(%s) error %v, want ErrInvalid", in, err)
		}
	}
}

// TestJSONForm keeps the one check of the full JSON text: camelCase keys,
// the rate and amounts as strings, amounts with their currency.
func TestJSONForm(t *testing.T) {
	o, err := cancellation.AssessNotice(10, money.MustParse("12345 KRW"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(o)
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"noticeDays":10,"feeRate":"0.5","fee":{"amount":"6172.5","currency":"KRW"},"refund":{"amount":"6172.5","currency":"KRW"},"rules":["CANCEL-2","D-CANCEL"]}`
	if string(b) != want {
		t.Errorf("JSON = %s\nwant   %s", b, want)
	}
	s, err := o.Settle()
	if err != nil {
		t.Fatal(err)
	}
	b, err = json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	const wantS = `{"fee":{"amount":"6173","currency":"KRW"},"refund":{"amount":"6172","currency":"KRW"},"rules":["CANCEL-2","D-CANCEL"]}`
	if string(b) != wantS {
		t.Errorf("JSON = %s\nwant   %s", b, wantS)
	}
}

// TestJSONLengthBound: an Outcome or a Settlement whose JSON is longer than
// 4,096 bytes is refused before it is parsed (ErrInvalid, money.ErrRange),
// so that a megabyte of digits costs encoding/json one scan (issue 14); a
// valid form padded with white space to exactly 4,096 bytes still reads.
func TestJSONLengthBound(t *testing.T) {
	o, err := cancellation.AssessNotice(10, money.MustParse("12345 KRW"))
	if err != nil {
		t.Fatal(err)
	}
	s, err := o.Settle()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		v    any
		into func() json.Unmarshaler
	}{
		{"outcome", o, func() json.Unmarshaler { return new(cancellation.Outcome) }},
		{"settlement", s, func() json.Unmarshaler { return new(cancellation.Settlement) }},
	} {
		b, err := json.Marshal(tt.v)
		if err != nil {
			t.Fatal(err)
		}
		pad := func(n int) []byte { return append([]byte(strings.Repeat(" ", n-len(b))), b...) }
		if err := tt.into().UnmarshalJSON(pad(4096)); err != nil {
			t.Errorf("%s of 4096 bytes: %v", tt.name, err)
		}
		if err := tt.into().UnmarshalJSON(pad(4097)); !errors.Is(err, cancellation.ErrInvalid) || !errors.Is(err, money.ErrRange) {
			t.Errorf("%s of 4097 bytes: error %v, want ErrInvalid and money.ErrRange", tt.name, err)
		}
	}
}
