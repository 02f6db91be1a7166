package credits_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/credits"
	"golang.org/x/text/currency"
)

// FuzzRedeem: any balance, price and rate give a redemption that keeps the
// balance whole and non-negative, or an error wrapping a sentinel; never a
// panic (D-CRED-1).
func FuzzRedeem(f *testing.F) {
	f.Add(int64(10), "12500000", "5000000")
	f.Add(int64(0), "0", "0")
	f.Add(int64(-1), "-1", "-1")
	f.Add(int64(1_000_000_000_000), "1e18", "1e-18")
	f.Add(int64(5), "2.499999999999999999", "1")
	f.Add(int64(5), "1e2147483647", "1e-2147483648")
	f.Add(int64(5), "1", "-1e-2147483648") // used to print two billion digits in the message
	f.Add(int64(5), "1", "0e-2147483648")
	f.Fuzz(func(t *testing.T, balance int64, price, rate string) {
		p, err1 := money.ParseIn(price, currency.KRW)
		r, err2 := money.ParseIn(rate, currency.KRW)
		if err1 != nil || err2 != nil {
			return // package money's own fuzz targets cover its refusals
		}
		got, err := credits.Redeem(balance, p, r)
		if err != nil {
			for _, s := range []error{credits.ErrInsufficient, credits.ErrInvalidRate, money.ErrNegative, credits.ErrOutOfRange} {
				if errors.Is(err, s) {
					return
				}
			}
			t.Fatalf("Redeem(%d, %s, %s): error without a sentinel: %v", balance, price, rate, err)
		}
		if got.Remaining < 0 || got.Deducted < 0 || got.Deducted+got.Remaining != balance {
			t.Fatalf("Redeem(%d, %s, %s) = %+v", balance, price, rate, got)
		}
	})
}

// FuzzExchange: any credits and rates give the exact D-CRED-2 result —
// sent × fromRate × fxRate ÷ toRate rounded half up once, as math/big
// computes it — or an error wrapping a sentinel; never a panic or a hang.
func FuzzExchange(f *testing.F) {
	f.Add(int64(10), "1000000", "0.1085", "110000")
	f.Add(int64(10), "1234.5678", "0.00000000000000123", "0.00000000001")
	f.Add(int64(1_000_000_000_000), "1e18", "1e18", "1e-18")
	f.Add(int64(1), "1", "-1e-2147483648", "1")
	f.Add(int64(0), "0e-2147483648", "1", "1")
	f.Fuzz(func(t *testing.T, sent int64, from, fx, to string) {
		fa, err1 := money.ParseIn(from, currency.KRW)
		fc, err3 := money.ParseIn(to, currency.JPY)
		if err1 != nil || err3 != nil || len(fx) > 64 {
			return // package money's own fuzz targets cover its refusals
		}
		b, err2 := decimal.NewFromString(fx)
		if err2 != nil {
			return
		}
		a, c := fa.Decimal(), fc.Decimal()
		got, err := credits.Exchange(sent, fa, b, fc)
		if err != nil {
			for _, s := range []error{credits.ErrInvalidRate, money.ErrNegative, credits.ErrOutOfRange} {
				if errors.Is(err, s) {
					return
				}
			}
			t.Fatalf("Exchange(%d, %s, %s, %s): error without a sentinel: %v", sent, from, fx, to, err)
		}
		if want := exactReceived(sent, a, b, c); !want.IsInt64() || want.Int64() != got.Received {
			t.Fatalf("Exchange(%d, %s, %s, %s) = %d credits, want %v", sent, from, fx, to, got.Received, want)
		}
	})
}

// FuzzLedgerJSON: any bytes either fail to load, with a sentinel, or load a
// ledger that replays and encodes back to the same ledger.
func FuzzLedgerJSON(f *testing.F) {
	f.Add(string(must(json.Marshal(sampleLedger(f)))))
	f.Add(`{"currency":"KRW","start":"2026-01-01","end":"2028-12-31","balance":1,"entries":[{"seq":1,"kind":"open","date":"2026-01-01","change":1,"balance":1,"rules":["CRED-1"]}]}`)
	f.Add(`{}`)
	f.Fuzz(func(t *testing.T, s string) {
		var l credits.Ledger
		if err := json.Unmarshal([]byte(s), &l); err != nil {
			return
		}
		b, err := json.Marshal(l)
		if err != nil {
			t.Fatalf("a loaded ledger does not encode: %v", err)
		}
		var m credits.Ledger
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatalf("re-encoded ledger does not load: %v\n%s", err, b)
		}
		if m.Balance() != l.Balance() || m.Len() != l.Len() {
			t.Fatalf("round trip changed the ledger: %s", b)
		}
	})
}

// FuzzRateCardJSON: any bytes either fail to decode, with a sentinel, or
// give a card that encodes and decodes to itself and answers At for any
// day without panicking (CRED-2, MC-16).
func FuzzRateCardJSON(f *testing.F) {
	f.Add([]byte(`[{"from":"2026-01-01","price":{"amount":"5000000","currency":"KRW"}},{"from":"2027-01-01","price":{"amount":"5200000","currency":"KRW"}}]`))
	f.Add([]byte(`[{"from":"2026-01-01","price":{"amount":"1e99999999","currency":"KRW"}}]`))
	f.Add([]byte(`[{"from":"2026-01-01","price":{"amount":"1","currency":"KRW"}},{"from":"2026-01-01","price":{"amount":"2","currency":"KRW"}}]`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var c credits.RateCard
		if err := json.Unmarshal(b, &c); err != nil {
			var se *json.SyntaxError
			for _, s := range []error{credits.ErrInvalidRate, credits.ErrInvalidEntry, money.ErrCurrency, money.ErrRange, money.ErrSyntax} {
				if errors.Is(err, s) {
					return
				}
			}
			if errors.As(err, &se) {
				return
			}
			t.Fatalf("Unmarshal(%q): %v wraps no sentinel", b, err)
		}
		var back credits.RateCard
		if err := json.Unmarshal(must(json.Marshal(c)), &back); err != nil || !back.Equal(c) {
			t.Fatalf("round trip of %q: %v", b, err)
		}
		for _, r := range c.Rates() {
			if p, err := c.At(r.From); err != nil || !p.Equal(r.Price) {
				t.Fatalf("At(%v) = %v, %v; want %v", r.From, p, err, r.Price)
			}
		}
	})
}

// FuzzResultsJSON: any bytes decode into a Redemption, a Conversion, a
// Funding or an Account, or give an error wrapping a sentinel of this
// package or of money; what decodes encodes and decodes again to an equal
// value. Never a panic or a hang.
func FuzzResultsJSON(f *testing.F) {
	f.Add([]byte(`{"deducted":3,"remaining":7,"value":"2.5","rules":["CRED-2","CRED-3","D-CRED-1"]}`))
	f.Add([]byte(`{"received":10,"value":"9.863636363636363636","rules":["MC-16"]}`))
	f.Add([]byte(`{"credits":50,"value":{"amount":"78000000","currency":"KRW"},"rules":["FLEX-1"]}`))
	f.Add([]byte(`{"location":"Seoul","currency":"KRW","start":"2026-01-01","end":"2028-12-31"}`))
	f.Add([]byte(`{"value":"1e-2147483648","currency":"XYZ","rules":["NOPE"]}`))
	f.Add([]byte(`{"value":{"amount":"00000000000000000000000000000000000000000000000000000000000000001","currency":"USD"}}`))
	sentinels := []error{credits.ErrInvalidEntry, credits.ErrOutOfRange, money.ErrRange, money.ErrSyntax, money.ErrCurrency, money.ErrNegative}
	f.Fuzz(func(t *testing.T, b []byte) {
		roundTrip(t, b, sentinels, func(x, y credits.Redemption) bool { return x.Equal(y) })
		roundTrip(t, b, sentinels, func(x, y credits.Conversion) bool { return x.Equal(y) })
		roundTrip(t, b, sentinels, func(x, y credits.Funding) bool { return x.Equal(y) })
		roundTrip(t, b, sentinels, func(x, y credits.Account) bool { return x == y })
	})
}

// roundTrip decodes b into a T: an error must wrap one of sentinels (or be
// a JSON syntax error, which encoding/json reports before any decoder
// runs), and a decoded value must encode and decode to an equal one.
func roundTrip[T any](t *testing.T, b []byte, sentinels []error, equal func(x, y T) bool) {
	t.Helper()
	var v T
	if err := json.Unmarshal(b, &v); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return
		}
		for _, s := range sentinels {
			if errors.Is(err, s) {
				return
			}
		}
		t.Fatalf("Unmarshal(%q) into %T: %v wraps no sentinel", b, v, err)
	}
	out, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("Marshal(%+v): %v", v, err)
	}
	var again T
	if err := json.Unmarshal(out, &again); err != nil || !equal(v, again) {
		t.Fatalf("%T %s does not round-trip: %+v, %v", v, out, again, err)
	}
}
