package cancellation_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/supportrules/unified/cancellation"
	"github.com/supportrules/unified/contract/money"
	"golang.org/x/text/currency"
)

// FuzzAssess: any instants, zone and price give an outcome whose fee +
// refund is the price, or an error wrapping a sentinel; never a panic. The
// price is read with money's bounded parser, so no input makes the check
// itself evaluate an absurd exponent (the check used to hang on
// "00E0000000080000000", issue 14).
func FuzzAssess(f *testing.F) {
	f.Add(int64(1773619200), int64(1772400000), uint8(0), "12000.00")
	f.Add(int64(0), int64(-1), uint8(3), "0")
	f.Add(int64(-62135596800), int64(253402300799), uint8(7), "1000000000000000000")
	f.Add(int64(1), int64(2), uint8(1), "-1")
	f.Add(int64(1), int64(2), uint8(1), "1e-41")
	f.Add(int64(1), int64(2), uint8(1), "00E0000000080000000")
	f.Add(int64(1), int64(2), uint8(1), "0.000000000000000001")
	f.Fuzz(func(t *testing.T, start, cancelled int64, z uint8, price string) {
		p, err := money.ParseIn(price, currency.USD)
		if err != nil {
			return
		}
		loc, err := time.LoadLocation(zoneNames[int(z)%len(zoneNames)])
		if err != nil {
			t.Fatal(err)
		}
		o, err := cancellation.AssessIn(loc, time.Unix(start, 0), time.Unix(cancelled, 0), p)
		if err != nil {
			if !errors.Is(err, money.ErrNegative) && !errors.Is(err, money.ErrRange) && !errors.Is(err, cancellation.ErrZeroTime) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if sum, err := o.Price(); err != nil || !sum.Equal(p) {
			t.Fatalf("fee %v + refund %v = %v, %v; want the price %v", o.Fee, o.Refund, sum, err, p)
		}
		if _, err := o.Settle(); err != nil && !errors.Is(err, money.ErrRange) {
			t.Fatalf("Settle: unexpected error %v", err)
		}
	})
}

// FuzzOutcomeJSON: any JSON either decodes to an Outcome that settles or
// is refused with a sentinel, and what decodes encodes back to itself.
func FuzzOutcomeJSON(f *testing.F) {
	f.Add([]byte(`{"noticeDays":10,"feeRate":"0.5","fee":{"amount":"6172.5","currency":"KRW"},"refund":{"amount":"6172.5","currency":"KRW"},"rules":["CANCEL-2","D-CANCEL"]}`))
	f.Add([]byte(`{"noticeDays":1,"feeRate":"0.3","fee":{"amount":"1","currency":"USD"},"refund":{"amount":"1","currency":"USD"}}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var o cancellation.Outcome
		if err := json.Unmarshal(b, &o); err != nil {
			var syn *json.SyntaxError
			if !errors.As(err, &syn) && !errors.Is(err, cancellation.ErrInvalid) {
				t.Fatalf("Unmarshal(%q): %v wraps no sentinel", b, err)
			}
			return
		}
		j, err := json.Marshal(o)
		if err != nil {
			t.Fatal(err)
		}
		var back cancellation.Outcome
		if err := json.Unmarshal(j, &back); err != nil || !back.Equal(o) {
			t.Fatalf("%s → %+v → %s → %+v, %v", b, o, j, back, err)
		}
		if _, err := o.Settle(); err != nil && !errors.Is(err, money.ErrRange) {
			t.Fatalf("a decoded Outcome does not settle: %v", err)
		}
	})
}

// FuzzSettlementJSON: any JSON either decodes to a Settlement whose fee and
// refund are whole minor units of one currency, not negative, or is refused
// with ErrInvalid (issue 14); what decodes encodes back to itself.
func FuzzSettlementJSON(f *testing.F) {
	f.Add([]byte(`{"fee":{"amount":"6173","currency":"KRW"},"refund":{"amount":"6172","currency":"KRW"},"rules":["CANCEL-2","D-CANCEL"]}`))
	f.Add([]byte(`{"fee":{"amount":"0.001","currency":"USD"},"refund":{"amount":"1","currency":"USD"}}`))
	f.Add([]byte(`{"fee":{"amount":"1000000000000000000","currency":"USD"},"refund":{"amount":"1","currency":"USD"}}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var s cancellation.Settlement
		if err := json.Unmarshal(b, &s); err != nil {
			var syn *json.SyntaxError
			if !errors.As(err, &syn) && !errors.Is(err, cancellation.ErrInvalid) {
				t.Fatalf("Unmarshal(%q): %v wraps no sentinel", b, err)
			}
			return
		}
		if s.Fee.Sign() < 0 || s.Refund.Sign() < 0 || !s.Fee.RoundToMinor().Equal(s.Fee) || !s.Refund.RoundToMinor().Equal(s.Refund) {
			t.Fatalf("%q decodes to %+v", b, s)
		}
		if _, err := s.Fee.Add(s.Refund); err != nil {
			t.Fatalf("%q decodes to %+v, whose price is %v", b, s, err)
		}
		j, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		var back cancellation.Settlement
		if err := json.Unmarshal(j, &back); err != nil || !back.Equal(s) {
			t.Fatalf("%s → %+v → %s → %+v, %v", b, s, j, back, err)
		}
	})
}
