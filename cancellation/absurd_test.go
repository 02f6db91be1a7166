package cancellation_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/supportrules/unified/cancellation"
	"golang.org/x/text/currency"
)

// TestSettleRefusesAbsurdFigures: Settle adds an Outcome's fee and refund.
// An Outcome built by hand or decoded may hold a figure such as
// 1e-2147483648; adding it to anything scales the other operand by
// 10^2147483648, and Settle used to run out of memory. Such figures are now
// an error, never a panic or a hang (DEVELOPERS §5; rule D-CANCEL).
func TestSettleRefusesAbsurdFigures(t *testing.T) {
	tests := []struct {
		name        string
		fee, refund string
		want        error
	}{
		{"fee with a huge negative exponent", "1e-2147483648", "1", cancellation.ErrOutOfRange},
		{"refund with a huge positive exponent", "1", "1e2147483647", cancellation.ErrOutOfRange},
		{"negative fee with a huge exponent", "-1e-2147483648", "1", cancellation.ErrNegativePrice},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := cancellation.Outcome{FeeRate: dec("1"), Fee: dec(tt.fee), Refund: dec(tt.refund)}
			_, err := o.Settle(currency.USD)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Settle(%s + %s) error %v, want one wrapping %v", tt.fee, tt.refund, err, tt.want)
			}
			if n := len(err.Error()); n > 200 {
				t.Errorf("the message has %d bytes", n)
			}
		})
	}
	// A zero written with an absurd exponent is still zero.
	o := cancellation.Outcome{FeeRate: dec("1"), Fee: dec("0e-2147483648"), Refund: dec("5")}
	s, err := o.Settle(currency.USD)
	if err != nil || !s.Fee.IsZero() || !s.Refund.Equal(dec("5")) {
		t.Errorf("Settle(0e-2147483648 + 5) = %v, %v; want fee 0, refund 5", s, err)
	}
}

// TestOutcomeJSONRefusesWhatNoAssessmentGives: a decoded Outcome has a
// band's fee rate (0, 0.5 or 1; CANCEL-1, CANCEL-2, CANCEL-3) and fee and
// refund figures that later sums can handle (D-CANCEL).
func TestOutcomeJSONRefusesWhatNoAssessmentGives(t *testing.T) {
	for _, in := range []string{
		`{"noticeDays":1,"feeRate":"1","fee":"1e-2147483648","refund":"5"}`,
		`{"noticeDays":1,"feeRate":"1","fee":"5","refund":"1e2147483647"}`,
		`{"noticeDays":1,"feeRate":"0.3","fee":"5","refund":"5"}`,
		`{"noticeDays":1,"feeRate":"5e-2147483649","fee":"5","refund":"5"}`,
		`{"noticeDays":1,"feeRate":"1","fee":"-5","refund":"5"}`,
	} {
		var o cancellation.Outcome
		if err := json.Unmarshal([]byte(in), &o); !errors.Is(err, cancellation.ErrOutOfRange) && !errors.Is(err, cancellation.ErrNegativePrice) {
			t.Errorf("Unmarshal(%s) error %v, want an error wrapping ErrOutOfRange or ErrNegativePrice", in, err)
		}
	}
	var s cancellation.Settlement
	in := `{"currency":"USD","fee":"1e-2147483648","refund":"1","rules":[]}`
	if err := json.Unmarshal([]byte(in), &s); !errors.Is(err, cancellation.ErrOutOfRange) {
		t.Errorf("Unmarshal(%s) error %v, want an error wrapping ErrOutOfRange", in, err)
	}
}

// TestEveryAssessedOutcomeSettles: any price Assess accepts gives an
// Outcome that Settle accepts when the price is whole cents — including a
// price written with 40 decimal places, whose half used to have an
// exponent (-41) that Settle's own check refused (rules CANCEL-2,
// D-CANCEL: fee + refund = price).
func TestEveryAssessedOutcomeSettles(t *testing.T) {
	for _, p := range []string{"1.0000000000000000000000000000000000000000", "12345.670000000000000000", "0.01"} {
		for _, days := range []int{14, 10, 0} {
			o, err := cancellation.AssessNotice(days, dec(p))
			if err != nil {
				t.Fatalf("AssessNotice(%d, %s): %v", days, p, err)
			}
			s, err := o.Settle(currency.USD)
			if err != nil {
				t.Fatalf("AssessNotice(%d, %s).Settle(USD): %v", days, p, err)
			}
			if !s.Fee.Add(s.Refund).Equal(dec(p)) {
				t.Errorf("AssessNotice(%d, %s).Settle(USD): fee %s + refund %s is not the price", days, p, s.Fee, s.Refund)
			}
			b, err := json.Marshal(o)
			if err != nil {
				t.Fatal(err)
			}
			var back cancellation.Outcome
			if err := json.Unmarshal(b, &back); err != nil || !back.Equal(o) {
				t.Errorf("JSON round trip of %s: %v, %v", b, back, err)
			}
		}
	}
}
