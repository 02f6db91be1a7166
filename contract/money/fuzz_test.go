package money_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/supportrules/unified/contract/money"
)

// FuzzParse: any text either parses to an amount whose text form reads
// back equal, or is refused with one of the sentinels.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"12.50 USD", "-3 KRW", "0 USD", "1e5 USD", "1000000000000000000 KRW",
		"999999999999999999.999999999999999999 USD", "0.0000000000000000001 USD", "NaN USD", "", "12.50 XXX",
		"00E0000000080000000 USD"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := money.Parse(s)
		if err != nil {
			if !errors.Is(err, money.ErrSyntax) && !errors.Is(err, money.ErrRange) && !errors.Is(err, money.ErrCurrency) {
				t.Fatalf("Parse(%q): %v wraps no sentinel", s, err)
			}
			return
		}
		b, err := money.Parse(a.String())
		if err != nil || !b.Equal(a) {
			t.Fatalf("Parse(%q) = %v, which reads back as %v, %v", s, a, b, err)
		}
	})
}

// FuzzUnmarshalJSON: any JSON either decodes to an amount that encodes and
// decodes back equal, or is refused with one of the sentinels.
func FuzzUnmarshalJSON(f *testing.F) {
	for _, s := range []string{`{"amount":"12.50","currency":"USD"}`, `{"amount":"0","currency":""}`, `{}`, `null`,
		`{"amount":"NaN","currency":"USD"}`, `{"amount":12.5,"currency":"USD"}`, `{"amount":"1e400","currency":"USD"}`,
		`{"amount":"1","amount":"2","currency":"KRW"}`, `[[[[[[]]]]]]`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var a money.Amount
		if err := json.Unmarshal(b, &a); err != nil {
			var syn *json.SyntaxError
			if !errors.As(err, &syn) && !errors.Is(err, money.ErrSyntax) && !errors.Is(err, money.ErrRange) && !errors.Is(err, money.ErrCurrency) {
				t.Fatalf("Unmarshal(%q): %v wraps no sentinel", b, err)
			}
			return
		}
		j, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		var back money.Amount
		if err := json.Unmarshal(j, &back); err != nil || !back.Equal(a) {
			t.Fatalf("%s → %v → %s → %v, %v", b, a, j, back, err)
		}
	})
}
