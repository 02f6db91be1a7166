package multicountry_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/multicountry"
)

// FuzzExchange: any input either gives an error or a result that agrees
// with the exact reference of D-CRED-2 — never a panic or a hang.
func FuzzExchange(f *testing.F) {
	f.Add(int64(5), "1300000", "KRW", "KR", "1872.00", "USD", "US", "0.00072", false)
	f.Add(int64(3), "1000", "KRW", "KR", "200", "JPY", "JP", "0.1", false)
	f.Add(int64(1), "1000.00", "USD", "US", "900000", "KRW", "KR", "1350", true)
	f.Add(int64(-1), "1e2147483647", "XXX", "UK", "0", "krw", "kr", "-1", false)
	f.Fuzz(func(t *testing.T, n int64, fromPrice, fromCur, fromCountry, toPrice, toCur, toCountry, fx string, exc bool) {
		parse := func(s string) decimal.Decimal {
			if len(s) > 64 {
				return decimal.Decimal{}
			}
			d, err := decimal.NewFromString(s)
			if err != nil {
				return decimal.Decimal{}
			}
			return d
		}
		from := multicountry.Location{Name: "from", Country: fromCountry, Currency: fromCur, CreditPrice: parse(fromPrice), Exception: exc}
		to := multicountry.Location{Name: "to", Country: toCountry, Currency: toCur, CreditPrice: parse(toPrice)}
		rate := parse(fx)
		got, err := multicountry.Exchange(n, from, to, rate)
		if err != nil {
			if got != 0 {
				t.Fatalf("Exchange = %d with error %v", got, err)
			}
			if exc && !errors.Is(err, multicountry.ErrExceptionCountry) {
				t.Fatalf("exception source: error %v, want ErrExceptionCountry", err)
			}
			return
		}
		if exc {
			t.Fatal("an exception country exchanged")
		}
		if ref := exchangeSlow(n, from, to, rate); !ref.IsInt64() || ref.Int64() != got {
			t.Fatalf("Exchange(%d, %v, %v, %v) = %d, reference %v", n, from, to, rate, got, ref)
		}
	})
}

// FuzzLocationJSON: decoding any text either fails or gives a Location
// that encodes and decodes to itself.
func FuzzLocationJSON(f *testing.F) {
	f.Add([]byte(`{"name":"Seoul","country":"KR","host":true,"currency":"KRW","creditPrice":"1300000"}`))
	f.Add([]byte(`{"creditPrice":"1e99999999"}`))
	f.Add([]byte(`{"creditPrice":12}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var l multicountry.Location
		if err := json.Unmarshal(b, &l); err != nil {
			return
		}
		out, err := json.Marshal(l)
		if err != nil {
			t.Fatalf("Marshal(%v): %v", l, err)
		}
		var again multicountry.Location
		if err := json.Unmarshal(out, &again); err != nil {
			t.Fatalf("Unmarshal(%s): %v", out, err)
		}
		if !again.Equal(l) {
			t.Fatalf("%v became %v through %s", l, again, out)
		}
	})
}

// FuzzDelivery: any service number and location name gives a decision with
// a valid verdict and its rules, or an error — never a panic.
func FuzzDelivery(f *testing.F) {
	s := mustSupport(f)
	f.Add(uint8(catalogue.Workshops), "Tokyo")
	f.Add(uint8(catalogue.UnifiedEnhancedResponse), "Seoul")
	f.Add(uint8(0), "")
	f.Add(uint8(255), "Osaka")
	f.Fuzz(func(t *testing.T, id uint8, loc string) {
		d, err := s.Delivery(catalogue.ServiceID(id), loc)
		if err != nil {
			if !errors.Is(err, multicountry.ErrService) && !errors.Is(err, multicountry.ErrUnknownLocation) {
				t.Fatalf("Delivery(%d, %q) error %v wraps no sentinel", id, loc, err)
			}
			return
		}
		if !d.Verdict.IsValid() || d.Rules.Len() == 0 {
			t.Fatalf("Delivery(%d, %q) = %+v", id, loc, d)
		}
	})
}
