package credits_test

import (
	"errors"
	"testing"
	_ "time/tzdata"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/contract/rule"
	"github.com/supportrules/unified/credits"
	"golang.org/x/text/currency"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// TestRedeemRoundsHalfUpToWholeCredits puts a row on each side of every
// half credit (D-CRED-1, AMB-4): exactly x.5 rounds up, x.5 less the
// smallest amount rounds down, x.5 plus it rounds up, including quotients
// that do not terminate and ones whose distance from x.5 is below 10^-18.
func TestRedeemRoundsHalfUpToWholeCredits(t *testing.T) {
	tests := []struct {
		name         string
		balance      int64
		price, rate  string
		deducted     int64
		value        string
		insufficient bool
	}{
		{"exactly 2.5 credits rounds up", 10, "12500000", "5000000", 3, "2.5", false},
		{"exactly 0.5 credits rounds up", 10, "500", "1000", 1, "0.5", false},
		{"2.5 less 1 won (2.4999998) rounds down", 10, "12499999", "5000000", 2, "2.4999998", false},
		{"2.5 plus 1 won rounds up", 10, "12500001", "5000000", 3, "2.5000002", false},
		{"x.5 less 10^-18 rounds down", 10, "2.499999999999999999", "1", 2, "2.499999999999999999", false},
		{"x.5 plus 10^-18 rounds up", 10, "2.500000000000000001", "1", 3, "2.500000000000000001", false},
		// (22.5 − 10^-18) ÷ 3 = 7.5 − 3.33…×10^-19: closer to 7.5 than the
		// 18th place can show, and it does not terminate. Truncation keeps
		// it below 7.5, so it rounds down, as the exact quotient does.
		{"7.5 less 3.3×10^-19, a non-terminating quotient", 10, "22.499999999999999999", "3", 7, "7.499999999999999999", false},
		{"7.5 plus 3.3×10^-19", 10, "22.500000000000000001", "3", 8, "7.5", false},
		{"x.5 of a repeating quotient: 5/3 = 1.666…", 10, "5", "3", 2, "1.666666666666666666", false},
		{"1/3 rounds down to 0", 10, "1", "3", 0, "0.333333333333333333", false},
		{"whole credits", 10, "300", "100", 3, "3", false},
		{"a free service", 10, "0", "100", 0, "0", false},
		{"the whole balance", 3, "300", "100", 3, "3", false},
		{"half a credit rounds up past the balance", 2, "250", "100", 0, "", true},
		{"a zero balance still buys a service worth 0.4 credits", 0, "40", "100", 0, "0.4", false},
		{"a zero balance cannot buy 0.5 credits", 0, "50", "100", 0, "", true},
		{"a rate with trailing zeros", 10, "250", "100.000000000000000000000", 3, "2.5", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := credits.Redeem(tt.balance, won(dec(tt.price)), won(dec(tt.rate)))
			if tt.insufficient {
				var ie *credits.InsufficientError
				if !errors.Is(err, credits.ErrInsufficient) || !errors.As(err, &ie) || ie.Balance != tt.balance {
					t.Fatalf("Redeem(%d, %s, %s) = %+v, %v; want ErrInsufficient", tt.balance, tt.price, tt.rate, got, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Redeem(%d, %s, %s) error: %v", tt.balance, tt.price, tt.rate, err)
			}
			if got.Deducted != tt.deducted || got.Remaining != tt.balance-tt.deducted || !got.Value().Equal(dec(tt.value)) ||
				got.Rules != rule.Cite("CRED-2", "CRED-3", "D-CRED-1") {
				t.Errorf("Redeem(%d, %s, %s) = %d, %d, value %v, %v; want %d, value %s", tt.balance, tt.price, tt.rate,
					got.Deducted, got.Remaining, got.Value(), got.Rules, tt.deducted, tt.value)
			}
		})
	}
}

// TestRedeemRejectsBadInput: non-positive rates, negative prices and
// balances, and amounts beyond any real contract are errors wrapping a
// sentinel, never a panic.
func TestRedeemRejectsBadInput(t *testing.T) {
	tests := []struct {
		name        string
		balance     int64
		price, rate string
		want        error
	}{
		{"zero rate", 10, "100", "0", credits.ErrInvalidRate},
		{"negative rate", 10, "100", "-1", credits.ErrInvalidRate},
		{"negative price", 10, "-0.01", "1", money.ErrNegative},
		{"negative balance", -1, "1", "1", money.ErrNegative},
		{"balance above MaxCredits", credits.MaxCredits + 1, "1", "1", credits.ErrOutOfRange},
		// Amounts above 10^18 or with more than 18 places are refused by
		// package money when they are made (money.ErrRange).
		{"a deduction above MaxCredits", credits.MaxCredits, "1e18", "0.000001", credits.ErrOutOfRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := credits.Redeem(tt.balance, won(dec(tt.price)), won(dec(tt.rate)))
			if !errors.Is(err, tt.want) {
				t.Errorf("Redeem(%d, %s, %s) = %+v, %v; want %v", tt.balance, tt.price, tt.rate, got, err, tt.want)
			}
		})
	}
	// The worst finding of issue 13: a USD price at a KRW rate used to be
	// worth 0 credits. It is an error wrapping money.ErrCurrency, and so is
	// a price in another currency than the ledger's.
	usd := must(money.New(dec("1872.00"), currency.USD))
	if r, err := credits.Redeem(10, usd, won(dec("1300000"))); !errors.Is(err, money.ErrCurrency) {
		t.Errorf("Redeem(USD price, KRW rate) = %+v, %v; want money.ErrCurrency", r, err)
	}
	l := must(credits.Open(seoulAccount, 10))
	if _, err := l.Redeem(d("2026-02-01"), catalogue.Workshops, usd, won(dec("1300000")), credits.Reference{}); !errors.Is(err, money.ErrCurrency) {
		t.Errorf("Ledger.Redeem(USD price on a KRW ledger): %v; want money.ErrCurrency", err)
	}
	if _, err := l.Redeem(d("2026-02-01"), catalogue.Workshops, yen(dec("300000")), yen(dec("150000")), credits.Reference{}); !errors.Is(err, money.ErrCurrency) {
		t.Errorf("Ledger.Redeem(JPY price and rate on a KRW ledger): %v; want money.ErrCurrency", err)
	}
	// A free service costs no credits whatever the zero's currency.
	if r, err := credits.Redeem(10, money.Amount{}, won(dec("1300000"))); err != nil || r.Deducted != 0 {
		t.Errorf("Redeem(zero, KRW rate) = %+v, %v", r, err)
	}
}

// TestRedeemAcceptsTheLimits: the largest balance, price and rate work.
func TestRedeemAcceptsTheLimits(t *testing.T) {
	got, err := credits.Redeem(credits.MaxCredits, won(dec("1e18")), won(dec("1000000")))
	if err != nil || got.Deducted != credits.MaxCredits || got.Remaining != 0 {
		t.Errorf("Redeem(MaxCredits, 10^18, 10^6) = %+v, %v", got, err)
	}
	got, err = credits.Redeem(1, won(dec("0.000000000000000001")), won(dec("1e18")))
	if err != nil || got.Deducted != 0 || !got.Value().IsZero() {
		t.Errorf("Redeem(1, 10^-18, 10^18) = %+v, %v", got, err)
	}
}

// TestInsufficientErrorMessage keeps the one check of a message's full text.
func TestInsufficientErrorMessage(t *testing.T) {
	_, err := credits.Redeem(2, won(dec("3")), won(dec("1")))
	const want = "credits: insufficient balance: 3 credits needed, 2 available (D-CRED-1)"
	if err == nil || err.Error() != want {
		t.Errorf("Redeem(2, 3, 1) error = %q, want %q", err, want)
	}
}

// TestRedemptionZeroValue: the zero Redemption deducts nothing and cites
// nothing.
func TestRedemptionZeroValue(t *testing.T) {
	var r credits.Redemption
	if r.Deducted != 0 || r.Remaining != 0 || !r.Value().IsZero() || r.Rules.Len() != 0 || !r.Equal(credits.Redemption{}) {
		t.Errorf("zero Redemption = %+v", r)
	}
}

// TestExchange checks D-CRED-2 rows: exact arithmetic, one half-up
// rounding at the end (MC-16, MC-17).
func TestExchange(t *testing.T) {
	tests := []struct {
		name                     string
		sent                     int64
		fromRate, fxRate, toRate string
		received                 int64
		value                    string
	}{
		// 10 Seoul credits at 1,000,000 KRW, 0.11 JPY per KRW, Tokyo credit
		// 110,000 JPY: 10 × 1,000,000 × 0.11 ÷ 110,000 = 10.
		{"Seoul to Tokyo, whole", 10, "1000000", "0.11", "110000", 10, "10"},
		{"exactly x.5 rounds up", 1, "150", "1", "100", 2, "1.5"},
		{"just below x.5 rounds down", 1, "149.999999", "1", "100", 1, "1.49999999"},
		{"a third", 1, "1", "1", "3", 0, "0.333333333333333333"},
		{"nothing sent", 0, "1", "1", "1", 0, "0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := credits.Exchange(tt.sent, won(dec(tt.fromRate)), dec(tt.fxRate), yen(dec(tt.toRate)))
			if err != nil {
				t.Fatal(err)
			}
			if got.Received != tt.received || !got.Value().Equal(dec(tt.value)) || got.Rules != rule.Cite("MC-16", "MC-17", "D-CRED-2") {
				t.Errorf("Exchange(%d, %s, %s, %s) = %d from %v %v, want %d from %s citing MC-16, MC-17, D-CRED-2",
					tt.sent, tt.fromRate, tt.fxRate, tt.toRate, got.Received, got.Value(), got.Rules, tt.received, tt.value)
			}
		})
	}
	for _, bad := range [][3]string{{"0", "1", "1"}, {"1", "-1", "1"}, {"1", "1", "0"}} {
		if _, err := credits.Exchange(1, won(dec(bad[0])), dec(bad[1]), yen(dec(bad[2]))); !errors.Is(err, credits.ErrInvalidRate) {
			t.Errorf("Exchange(1, %v) error = %v, want ErrInvalidRate", bad, err)
		}
	}
	if _, err := credits.Exchange(-1, won(dec("1")), dec("1"), yen(dec("1"))); !errors.Is(err, money.ErrNegative) {
		t.Errorf("Exchange(-1) error = %v, want ErrNegativeAmount", err)
	}
}

// TestZeroWithAbsurdExponent: a zero written as "0e8000000" is a free
// service, not a reason to compute 10^8000000 (found while fuzzing
// cancellation.Assess).
func TestZeroWithAbsurdExponent(t *testing.T) {
	for _, p := range []string{"0e8000000", "0e-8000000"} {
		r, err := credits.Redeem(5, won(dec(p)), won(dec("1")))
		if err != nil || r.Deducted != 0 || r.Remaining != 5 {
			t.Errorf("Redeem(5, %s, 1) = %+v, %v", p, r, err)
		}
	}
}

// won and yen turn a test table's decimal into an amount; they panic on
// an amount money refuses, which no table row holds.
func won(d decimal.Decimal) money.Amount { return must(money.New(d, currency.KRW)) }
func yen(d decimal.Decimal) money.Amount { return must(money.New(d, currency.JPY)) }
