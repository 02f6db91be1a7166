package flex_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/flex"
	"golang.org/x/text/currency"
)

var sentinels = []error{
	flex.ErrInvalidUse, flex.ErrIneligible, flex.ErrOverCap, flex.ErrOverAllowance,
	money.ErrNegative, money.ErrCurrency, flex.ErrAmountTooLarge, flex.ErrFractionalCent,
}

func wrapsSentinel(err error) bool {
	for _, s := range sentinels {
		if errors.Is(err, s) {
			return true
		}
	}
	return false
}

// FuzzAllocate feeds Allocate arbitrary allowances, uses and amounts, read
// with money's bounded parser (so that no input makes the check itself
// evaluate an absurd exponent). It must never panic or hang; every error
// wraps a sentinel; every allocation keeps allocated + forfeited =
// allowance and capped ≤ cap ≤ allowance (FLEX-2, FLEX-7, D-FLEX-1).
func FuzzAllocate(f *testing.F) {
	f.Add("300000", uint8(3), "60000", uint8(2), "240000", uint8(5), "0")
	f.Add("250000", uint8(4), "50000.01", uint8(1), "1", uint8(0), "1")
	f.Add("249999.99", uint8(3), "1e-40", uint8(9), "-1", uint8(1), "1e2000000000")
	f.Add("0.010000000000000000", uint8(3), "0.01", uint8(1), "0", uint8(1), "0")
	f.Fuzz(func(t *testing.T, allowance string, u1 uint8, a1 string, u2 uint8, a2 string, u3 uint8, a3 string) {
		al, err := money.ParseIn(allowance, currency.USD)
		if err != nil {
			return
		}
		var reqs []flex.Request
		for _, p := range []struct {
			u uint8
			a string
		}{{u1, a1}, {u2, a2}, {u3, a3}} {
			d, err := money.ParseIn(p.a, currency.USD)
			if err != nil {
				continue
			}
			reqs = append(reqs, flex.Request{Use: flex.Use(p.u), Amount: d})
		}
		got, err := flex.Allocate(al, reqs)
		if err != nil {
			if !wrapsSentinel(err) {
				t.Fatalf("Allocate(%s, %v): error %v wraps no sentinel", allowance, reqs, err)
			}
			return
		}
		if sum, err := got.Allocated.Add(got.Forfeited); err != nil || !sum.Equal(al) {
			t.Fatalf("allocated %s + forfeited %s != allowance %s", got.Allocated, got.Forfeited, al)
		}
		c1, _ := got.Capped.Cmp(got.CreditsCap)
		c2, _ := got.CreditsCap.Cmp(al)
		if c1 > 0 || c2 > 0 || got.Forfeited.Sign() < 0 {
			t.Fatalf("capped %s, cap %s, allowance %s, forfeited %s", got.Capped, got.CreditsCap, al, got.Forfeited)
		}
	})
}

// FuzzCreditsCap: any text that money reads as a USD amount gives a cap
// between min(A, 50,000) and A, or an error wrapping a sentinel; never a
// panic. The input is read with money's bounded parser and compared with
// money's integer arithmetic, so no input can make the check itself hang
// (issue 14: decimal computed 10^80,000,000 for "00E0000000080000000").
func FuzzCreditsCap(f *testing.F) {
	for _, s := range []string{"0", "50000", "250000", "250000.01", "-1", "0.001", "1000000000", "1e-2147483648", "00E0000000080000000"} {
		f.Add(s)
	}
	floor := money.MustParse("50000 USD")
	f.Fuzz(func(t *testing.T, s string) {
		a, err := money.ParseIn(s, currency.USD)
		if err != nil {
			return
		}
		c, err := flex.CreditsCap(a)
		if err != nil {
			if !wrapsSentinel(err) {
				t.Fatalf("CreditsCap(%s): error %v wraps no sentinel", s, err)
			}
			return
		}
		lo := a
		if lt, _ := floor.Cmp(a); lt < 0 {
			lo = floor
		}
		above, _ := c.Cmp(a)
		below, _ := c.Cmp(lo)
		if above > 0 || below < 0 {
			t.Fatalf("CreditsCap(%s) = %s", s, c)
		}
	})
}

// FuzzParseUse: ParseUse never panics, and whatever it accepts prints back
// as the canonical name that parses to the same Use.
func FuzzParseUse(f *testing.F) {
	for _, s := range []string{"proactive-credits", " Custom-Proactive ", "", "flex.Use(0)", "success-management"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		u, err := flex.ParseUse(s)
		if err != nil {
			if !errors.Is(err, flex.ErrInvalidUse) {
				t.Fatalf("ParseUse(%q): %v", s, err)
			}
			return
		}
		if v, err := flex.ParseUse(u.String()); err != nil || v != u {
			t.Fatalf("ParseUse(%q) = %v, but ParseUse(%q) = %v, %v", s, u, u.String(), v, err)
		}
	})
}

// FuzzDecodeJSON feeds every decoder of the package (Request, Allocation,
// YearRequests, Schedule) the same bytes: each accepts them or refuses
// them with an error wrapping ErrDecode (or encoding/json's syntax error,
// before any decoder runs); never a panic (issue 14). A Request that
// decodes encodes back to JSON that decodes to an Equal Request.
func FuzzDecodeJSON(f *testing.F) {
	f.Add([]byte(`{"use":"proactive-credits","amount":{"amount":"60000.00","currency":"USD"},"service":"x"}`))
	f.Add([]byte(`{"allowance":{"amount":"300000","currency":"USD"},"granted":[{"use":"custom-proactive"}],"rules":["FLEX-1"]}`))
	f.Add([]byte(`{"term":{"start":"2026-01-01","end":"2027-12-31"},"years":[{"year":1}]}`))
	f.Add([]byte(`{"use":5,"amount":{"amount":"NaN","currency":"USD"}}`))
	f.Add([]byte(`{"allowance":{"amount":"1e-2147483648","currency":"USD"},"requests":null}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		check := func(what string, err error) {
			var syn *json.SyntaxError
			if err != nil && !errors.As(err, &syn) && !errors.Is(err, flex.ErrDecode) {
				t.Fatalf("%s: %q: error %v wraps no sentinel", what, b, err)
			}
		}
		var r flex.Request
		err := json.Unmarshal(b, &r)
		check("Request", err)
		if err == nil {
			j, err := json.Marshal(r)
			if err == nil { // an invalid Use does not encode
				var back flex.Request
				if err := json.Unmarshal(j, &back); err != nil || !back.Equal(r) {
					t.Fatalf("%q → %+v → %s → %+v, %v", b, r, j, back, err)
				}
			}
		}
		var a flex.Allocation
		check("Allocation", json.Unmarshal(b, &a))
		var y flex.YearRequests
		check("YearRequests", json.Unmarshal(b, &y))
		var s flex.Schedule
		check("Schedule", json.Unmarshal(b, &s))
	})
}
