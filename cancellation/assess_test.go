package cancellation_test

import (
	"errors"
	"testing"
	"time"
	_ "time/tzdata"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/cancellation"
	"github.com/supportrules/unified/contract/rule"
	"golang.org/x/text/currency"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func zone(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// TestAssessBands puts a row on every boundary D-CANCEL draws: 14 days'
// notice is free (CANCEL-1), 13 and 6 cost half (CANCEL-2), 5, 0 and
// cancellations after the start cost everything (CANCEL-3). Days are
// calendar dates in the delivery location's zone (D-DAYS), so the hour of
// the cancellation never matters.
func TestAssessBands(t *testing.T) {
	seoul := zone(t, "Asia/Seoul")
	start := time.Date(2026, time.March, 16, 9, 0, 0, 0, seoul) // a Monday workshop in Seoul
	at := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, seoul) }
	price := dec("12000.00")
	tests := []struct {
		name      string
		cancelled time.Time
		notice    int
		rate      string
		rule      rule.ID
	}{
		{"60 days", at(2026, time.January, 15, 10, 0), 60, "0", "CANCEL-1"},
		{"15 days", at(2026, time.March, 1, 10, 0), 15, "0", "CANCEL-1"},
		{"14 days, first minute of the day", at(2026, time.March, 2, 0, 0), 14, "0", "CANCEL-1"},
		{"14 days, last minute of the day", at(2026, time.March, 2, 23, 59), 14, "0", "CANCEL-1"},
		{"13 days, first minute", at(2026, time.March, 3, 0, 0), 13, "0.5", "CANCEL-2"},
		{"13 days, 13 days and 1 hour before", at(2026, time.March, 3, 8, 0), 13, "0.5", "CANCEL-2"},
		{"10 days", at(2026, time.March, 6, 9, 0), 10, "0.5", "CANCEL-2"},
		{"6 days, last minute", at(2026, time.March, 10, 23, 59), 6, "0.5", "CANCEL-2"},
		{"5 days, first minute", at(2026, time.March, 11, 0, 0), 5, "1", "CANCEL-3"},
		{"1 day", at(2026, time.March, 15, 18, 0), 1, "1", "CANCEL-3"},
		{"same day, before the start", at(2026, time.March, 16, 8, 0), 0, "1", "CANCEL-3"},
		{"same day, after the start", at(2026, time.March, 16, 15, 0), 0, "1", "CANCEL-3"},
		{"the day after the start", at(2026, time.March, 17, 10, 0), -1, "1", "CANCEL-3"},
		{"a year after the start", at(2027, time.March, 16, 10, 0), -365, "1", "CANCEL-3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := cancellation.Assess(start, tt.cancelled, price)
			if err != nil {
				t.Fatalf("Assess(%v, %v) error: %v", start, tt.cancelled, err)
			}
			fee := price.Mul(dec(tt.rate))
			want := cancellation.Outcome{NoticeDays: tt.notice, FeeRate: dec(tt.rate), Fee: fee,
				Refund: price.Sub(fee), Rules: rule.Cite(tt.rule, "D-CANCEL", "D-DAYS")}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Assess(%v, %v) (-want +got):\n%s", start, tt.cancelled, diff)
			}
		})
	}
}

// TestAssessCountsDatesInTheDeliveryZone checks D-DAYS: the notice is
// counted in the start's zone, so a cancellation late in the evening UTC,
// already the next morning in Seoul, gives one day less notice, and that
// day can cross a band boundary (CANCEL-1 to CANCEL-2).
func TestAssessCountsDatesInTheDeliveryZone(t *testing.T) {
	seoul, ny := zone(t, "Asia/Seoul"), zone(t, "America/New_York")
	price := dec("1000")
	tests := []struct {
		name             string
		start, cancelled time.Time
		notice           int
		rule             rule.ID
	}{{
		// 2026-03-01 23:30 UTC is 2026-03-02 08:30 in Seoul: 14 days before
		// 16 March, not 15.
		name:      "late evening UTC is the next day in Seoul",
		start:     time.Date(2026, time.March, 16, 9, 0, 0, 0, seoul),
		cancelled: time.Date(2026, time.March, 1, 23, 30, 0, 0, time.UTC),
		notice:    14, rule: "CANCEL-1",
	}, {
		// 2026-03-02 15:30 UTC is 2026-03-03 00:30 in Seoul: 13 days, 50%,
		// although in UTC it is still the 14th day before.
		name:      "crossing CANCEL-1 into CANCEL-2 at Seoul midnight",
		start:     time.Date(2026, time.March, 16, 9, 0, 0, 0, seoul),
		cancelled: time.Date(2026, time.March, 2, 15, 30, 0, 0, time.UTC),
		notice:    13, rule: "CANCEL-2",
	}, {
		name:      "just before Seoul midnight is still 14 days",
		start:     time.Date(2026, time.March, 16, 9, 0, 0, 0, seoul),
		cancelled: time.Date(2026, time.March, 2, 14, 59, 59, 0, time.UTC),
		notice:    14, rule: "CANCEL-1",
	}, {
		// New York springs forward on 2026-03-08; the day has 23 hours
		// but still counts as one.
		name:      "across a DST change in New York",
		start:     time.Date(2026, time.March, 14, 9, 0, 0, 0, ny),
		cancelled: time.Date(2026, time.March, 8, 1, 30, 0, 0, ny),
		notice:    6, rule: "CANCEL-2",
	}, {
		// New York falls back on 2026-11-01; 25 hours, one day.
		name:      "across the fall-back in New York",
		start:     time.Date(2026, time.November, 6, 0, 30, 0, 0, ny),
		cancelled: time.Date(2026, time.October, 31, 23, 45, 0, 0, ny),
		notice:    6, rule: "CANCEL-2",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := cancellation.Assess(tt.start, tt.cancelled, price)
			if err != nil {
				t.Fatal(err)
			}
			if got.NoticeDays != tt.notice || !got.Rules.Has(tt.rule) {
				t.Errorf("Assess(%v, %v) = %d days (%v), want %d days (%v)", tt.start, tt.cancelled, got.NoticeDays, got.Rules, tt.notice, tt.rule)
			}
		})
	}
}

// TestAssessInIgnoresTheZonesOfItsInputs checks D-DAYS with an explicit
// location: the zones start and cancelled carry do not matter.
func TestAssessInIgnoresTheZonesOfItsInputs(t *testing.T) {
	seoul := zone(t, "Asia/Seoul")
	start := time.Date(2026, time.March, 16, 9, 0, 0, 0, seoul)
	cancelled := time.Date(2026, time.March, 2, 15, 30, 0, 0, time.UTC)
	a, err := cancellation.AssessIn(seoul, start.UTC(), cancelled, dec("10"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := cancellation.Assess(start, cancelled.In(seoul), dec("10"))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a, b); diff != "" || a.NoticeDays != 13 {
		t.Errorf("AssessIn and Assess disagree (-AssessIn +Assess):\n%s", diff)
	}
}

// TestAssessNoticeBands checks the integer bands of AMB-9 directly, for
// every notice from -3 to 20 days (CANCEL-1, CANCEL-2, CANCEL-3).
func TestAssessNoticeBands(t *testing.T) {
	for n := -3; n <= 20; n++ {
		o, err := cancellation.AssessNotice(n, dec("100"))
		if err != nil {
			t.Fatal(err)
		}
		want := "1"
		switch {
		case n >= 14:
			want = "0"
		case n >= 6:
			want = "0.5"
		}
		if !o.FeeRate.Equal(dec(want)) {
			t.Errorf("AssessNotice(%d) fee rate = %v, want %v", n, o.FeeRate, want)
		}
	}
}

// TestAssessRejectsBadInput: bad input is an error wrapping a sentinel,
// never a panic.
func TestAssessRejectsBadInput(t *testing.T) {
	seoul := zone(t, "Asia/Seoul")
	start := time.Date(2026, time.March, 16, 9, 0, 0, 0, seoul)
	tests := []struct {
		name             string
		loc              *time.Location
		start, cancelled time.Time
		price            decimal.Decimal
		want             error
	}{
		{"zero start", seoul, time.Time{}, start, dec("1"), cancellation.ErrZeroTime},
		{"zero cancellation", seoul, start, time.Time{}, dec("1"), cancellation.ErrZeroTime},
		{"nil location", nil, start, start, dec("1"), cancellation.ErrNilLocation},
		{"negative price", seoul, start, start, dec("-0.01"), cancellation.ErrNegativePrice},
		{"price above 10^18", seoul, start, start, dec("1000000000000000000.01"), cancellation.ErrOutOfRange},
		{"price with a huge exponent", seoul, start, start, dec("1e400"), cancellation.ErrOutOfRange},
		{"price with 19 decimal places", seoul, start, start, dec("0.0000000000000000001"), cancellation.ErrOutOfRange},
		{"price with a tiny exponent", seoul, start, start, dec("1e-400"), cancellation.ErrOutOfRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := cancellation.AssessIn(tt.loc, tt.start, tt.cancelled, tt.price)
			if !errors.Is(err, tt.want) {
				t.Errorf("AssessIn(%v, %v, %v, %v) error = %v, want %v", tt.loc, tt.start, tt.cancelled, tt.price, err, tt.want)
			}
		})
	}
}

// TestAssessAcceptsEdgeAmounts: a free service, the largest price, and
// trailing zeros beyond 18 places are all fine.
func TestAssessAcceptsEdgeAmounts(t *testing.T) {
	start := time.Date(2026, time.March, 16, 9, 0, 0, 0, time.UTC)
	for _, p := range []string{"0", "1000000000000000000", "1.00000000000000000000000", "0.000000000000000001"} {
		o, err := cancellation.Assess(start, start.AddDate(0, 0, -7), dec(p))
		if err != nil {
			t.Errorf("Assess(price %s) error: %v", p, err)
			continue
		}
		if !o.Fee.Add(o.Refund).Equal(dec(p)) {
			t.Errorf("Assess(price %s): fee %v + refund %v is not the price", p, o.Fee, o.Refund)
		}
	}
}

// TestErrorMessage keeps the one check of a message's full text.
func TestErrorMessage(t *testing.T) {
	_, err := cancellation.AssessIn(nil, time.Unix(0, 0), time.Unix(0, 0), dec("1"))
	const want = "cancellation: nil location: the delivery location's zone is required (D-DAYS)"
	if err == nil || err.Error() != want {
		t.Errorf("error = %q, want %q", err, want)
	}
}

// TestSettle applies outcomes to prepaid services in currencies with 0
// and 2 minor digits; the fee is rounded half up and fee + refund = price.
// Rule D-CANCEL.
func TestSettle(t *testing.T) {
	tests := []struct {
		name        string
		notice      int
		price       string
		cur         currency.Unit
		fee, refund string
	}{
		{"KRW, odd price at 50%: 6172.5 rounds up", 10, "12345", currency.KRW, "6173", "6172"},
		{"KRW, even price at 50%", 10, "12000000", currency.KRW, "6000000", "6000000"},
		{"JPY, odd price at 50%", 6, "999", currency.JPY, "500", "499"},
		{"USD, half a cent rounds up", 13, "20.01", currency.USD, "10.01", "10.00"},
		{"USD, free", 14, "20.01", currency.USD, "0", "20.01"},
		{"USD, full", 5, "20.01", currency.USD, "20.01", "0"},
		{"KRW, trailing zeros in the price", 10, "12000.00", currency.KRW, "6000", "6000"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o, err := cancellation.AssessNotice(tt.notice, dec(tt.price))
			if err != nil {
				t.Fatal(err)
			}
			got, err := o.Settle(tt.cur)
			if err != nil {
				t.Fatal(err)
			}
			want := cancellation.Settlement{Currency: tt.cur, Fee: dec(tt.fee), Refund: dec(tt.refund), Rules: o.Rules}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Settle(%v) (-want +got):\n%s", tt.cur, diff)
			}
		})
	}
}

// TestSettleRejectsBadCurrency: the zero currency, and a price finer than
// the currency's minor unit, are errors wrapping ErrCurrency.
func TestSettleRejectsBadCurrency(t *testing.T) {
	for _, tt := range []struct {
		price string
		cur   currency.Unit
	}{{"100", currency.Unit{}}, {"100.5", currency.KRW}, {"1.001", currency.USD}} {
		o, err := cancellation.AssessNotice(10, dec(tt.price))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := o.Settle(tt.cur); !errors.Is(err, cancellation.ErrCurrency) {
			t.Errorf("Settle(%s %v) error = %v, want ErrCurrency", tt.price, tt.cur, err)
		}
	}
}

// TestRoundFee checks the named rounding on both sides of each half unit.
func TestRoundFee(t *testing.T) {
	chf := currency.MustParseISO("CHF")
	tests := []struct {
		fee  string
		cur  currency.Unit
		want string
	}{
		{"6172.5", currency.KRW, "6173"},
		{"6172.4999", currency.KRW, "6172"},
		{"6172.5001", currency.KRW, "6173"},
		{"10.005", currency.USD, "10.01"},
		{"10.0049", currency.USD, "10"},
		{"0.5", currency.JPY, "1"},
		{"0", currency.JPY, "0"},
		{"1.005", chf, "1.01"}, // CHF's standard unit is the centime; cash rounding (0.05) is not used
	}
	for _, tt := range tests {
		got, err := cancellation.RoundFee(dec(tt.fee), tt.cur)
		if err != nil || !got.Equal(dec(tt.want)) {
			t.Errorf("RoundFee(%s, %v) = %v, %v, want %s", tt.fee, tt.cur, got, err, tt.want)
		}
	}
	if _, err := cancellation.RoundFee(dec("-1"), currency.USD); !errors.Is(err, cancellation.ErrNegativePrice) {
		t.Errorf("RoundFee(-1) error = %v, want ErrNegativePrice", err)
	}
}

// TestOutcomeZeroValue: the zero Outcome is no assessment and prices nothing.
func TestOutcomeZeroValue(t *testing.T) {
	var o cancellation.Outcome
	if o.NoticeDays != 0 || !o.Price().IsZero() || o.Rules.Len() != 0 {
		t.Errorf("zero Outcome = %+v", o)
	}
	if !o.Equal(cancellation.Outcome{}) {
		t.Error("zero Outcome is not Equal to itself")
	}
}
