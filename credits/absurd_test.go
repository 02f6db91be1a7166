package credits_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/cancellation"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/credits"
	"golang.org/x/text/currency"
)

// TestAbsurdExponentsAreRefusedCheaply: bad input gets a short error, never
// a panic, a hang or gigabytes of memory (DEVELOPERS §5; rules CRED-2,
// D-CRED-1, D-CRED-2, D-CANCEL). A rate of -1e-2147483648 or
// 0e-2147483648 is a valid decimal.Decimal whose String has two billion
// digits; the messages that named an invalid rate or fee rate used to print
// it with %s, and Redeem, Exchange and Restore ran out of memory.
func TestAbsurdExponentsAreRefusedCheaply(t *testing.T) {
	one := dec("1")
	tests := []struct {
		name string
		call func() error
		want error
	}{
		// Prices and rates are money.Amounts: package money refuses absurd
		// exponents when the amount is made; its tests own those rows.
		{"Redeem: a rate money refuses", func() error {
			_, err := money.New(dec("-1e-2147483648"), currency.KRW)
			return err
		}, money.ErrRange},
		{"Exchange: negative currency rate, huge negative exponent", func() error {
			_, err := credits.Exchange(10, won(one), dec("-1e-2147483648"), yen(one))
			return err
		}, credits.ErrInvalidRate},
		{"Exchange: zero destination price, huge negative exponent", func() error {
			_, err := credits.Exchange(10, won(one), one, yen(dec("0e-2147483648")))
			return err
		}, credits.ErrInvalidRate},
		{"Exchange: currency rate with a huge positive exponent", func() error {
			_, err := credits.Exchange(10, won(one), dec("1e2147483647"), yen(one))
			return err
		}, credits.ErrOutOfRange},
		{"Restore: a fee rate just past the last", func() error {
			_, err := credits.Restore(cancellation.Outcome{FeeRate: 3}, 7)
			return err
		}, credits.ErrOutOfRange},
		{"Restore: the largest invalid fee rate", func() error {
			_, err := credits.Restore(cancellation.Outcome{FeeRate: 255}, 7)
			return err
		}, credits.ErrOutOfRange},
		{"Redemption JSON: value with a huge negative exponent", func() error {
			var r credits.Redemption
			return json.Unmarshal([]byte(`{"deducted":1,"remaining":1,"value":"1e-2147483648","rules":[]}`), &r)
		}, credits.ErrOutOfRange},
		{"Transfer JSON: rate with a huge positive exponent", func() error {
			var x credits.Transfer
			return json.Unmarshal([]byte(`{"id":"x","from":"Seoul","to":"Tokyo","sent":1,"received":1,`+
				`"fromRate":{"amount":"1","currency":"KRW"},"toRate":{"amount":"1","currency":"JPY"},"fxRate":"1e2147483647","rules":[]}`), &x)
		}, credits.ErrOutOfRange},
		{"Transfer JSON: a credit price money refuses", func() error {
			var x credits.Transfer
			return json.Unmarshal([]byte(`{"id":"x","fromRate":{"amount":"1e2147483647","currency":"KRW"}}`), &x)
		}, money.ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.call()
			if !errors.Is(err, tt.want) {
				t.Fatalf("error %v, want one wrapping %v", err, tt.want)
			}
			if n := len(err.Error()); n > 200 {
				t.Errorf("the message has %d bytes; it should name the figure as coefficient and exponent", n)
			}
		})
	}
}

// TestDecodedZeroIsCanonical: a zero read from JSON, whatever its exponent,
// is the plain zero, so comparing it is cheap (D-CRED-1).
func TestDecodedZeroIsCanonical(t *testing.T) {
	var r credits.Redemption
	if err := json.Unmarshal([]byte(`{"deducted":0,"remaining":5,"value":"0e-2147483648","rules":[]}`), &r); err != nil {
		t.Fatal(err)
	}
	if r.Value().Exponent() != 0 || !r.Value().Equal(decimal.Decimal{}) {
		t.Errorf("decoded value %s×10^%d, want the plain zero", r.Value().Coefficient(), r.Value().Exponent())
	}
}

// TestBalanceNeverPassesMaxCredits: every operation keeps the balance
// within 0 … MaxCredits, so the ledger stays usable and its history
// replays (D-CRED-1, D-CANCEL). A refund restored after credits arrived by
// transfer could take the balance above MaxCredits; every later
// redemption, and the replay of the history, then failed.
func TestBalanceNeverPassesMaxCredits(t *testing.T) {
	l := must(credits.Open(seoulAccount, credits.MaxCredits))
	l = must(l.Redeem(d("2026-02-01"), catalogue.Workshops, won(dec("5")), won(dec("1")), credits.Reference{}))
	x := credits.Transfer{ID: "JP-KR-1", From: "Tokyo", To: "Seoul", Sent: 5, Received: 5,
		FromRate: must(money.New(dec("1"), currency.JPY)), ToRate: must(money.New(dec("1"), currency.KRW)), FXRate: dec("1")}
	l = must(l.TransferIn(d("2026-02-02"), x, credits.Reference{}))
	start := time.Date(2026, time.June, 1, 9, 0, 0, 0, seoul(t))
	_, err := l.Cancel(2, start, start.AddDate(0, 0, -30), credits.Reference{})
	if !errors.Is(err, credits.ErrOutOfRange) {
		t.Fatalf("a refund to %d + 5 credits: %v, want an error wrapping ErrOutOfRange", l.Balance(), err)
	}
	if _, err := credits.Replay(l.Account(), l.Entries()); err != nil {
		t.Fatalf("the ledger does not replay: %v", err)
	}
}
