package cancellation_test

import (
	"errors"
	"testing"
	"time"
	_ "time/tzdata"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/cancellation"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/contract/rule"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func amt(s string) money.Amount { return money.MustParse(s) }

func zone(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// mul is price × rate for the expected rows.
func mul(t testing.TB, price money.Amount, rate cancellation.Rate) money.Amount {
	t.Helper()
	f, err := price.Mul(rate.Decimal())
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func sub(t testing.TB, a, b money.Amount) money.Amount {
	t.Helper()
	d, err := a.Sub(b)
	if err != nil {
		t.Fatal(err)
	}
	return d
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
	price := amt("12000.00 USD")
	tests := []struct {
		name      string
		cancelled time.Time
		notice    int
		rate      cancellation.Rate
		rule      rule.ID
	}{
		{"60 days", at(2026, time.January, 15, 10, 0), 60, cancellation.NoFee, "CANCEL-1"},
		{"15 days", at(2026, time.March, 1, 10, 0), 15, cancellation.NoFee, "CANCEL-1"},
		{"14 days, first minute of the day", at(2026, time.March, 2, 0, 0), 14, cancellation.NoFee, "CANCEL-1"},
		{"14 days, last minute of the day", at(2026, time.March, 2, 23, 59), 14, cancellation.NoFee, "CANCEL-1"},
		{"13 days, first minute", at(2026, time.March, 3, 0, 0), 13, cancellation.HalfFee, "CANCEL-2"},
		{"13 days, 13 days and 1 hour before", at(2026, time.March, 3, 8, 0), 13, cancellation.HalfFee, "CANCEL-2"},
		{"10 days", at(2026, time.March, 6, 9, 0), 10, cancellation.HalfFee, "CANCEL-2"},
		{"6 days, last minute", at(2026, time.March, 10, 23, 59), 6, cancellation.HalfFee, "CANCEL-2"},
		{"5 days, first minute", at(2026, time.March, 11, 0, 0), 5, cancellation.FullFee, "CANCEL-3"},
		{"1 day", at(2026, time.March, 15, 18, 0), 1, cancellation.FullFee, "CANCEL-3"},
		{"same day, before the start", at(2026, time.March, 16, 8, 0), 0, cancellation.FullFee, "CANCEL-3"},
		{"same day, after the start", at(2026, time.March, 16, 15, 0), 0, cancellation.FullFee, "CANCEL-3"},
		{"the day after the start", at(2026, time.March, 17, 10, 0), -1, cancellation.FullFee, "CANCEL-3"},
		{"a year after the start", at(2027, time.March, 16, 10, 0), -365, cancellation.FullFee, "CANCEL-3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := cancellation.Assess(start, tt.cancelled, price)
			if err != nil {
				t.Fatalf("Assess(%v, %v) error: %v", start, tt.cancelled, err)
			}
			fee := mul(t, price, tt.rate)
			want := cancellation.Outcome{NoticeDays: tt.notice, FeeRate: tt.rate, Fee: fee,
				Refund: sub(t, price, fee), Rules: rule.Cite(tt.rule, "D-CANCEL", "D-DAYS")}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Assess(%v, %v) (-want +got):\n%s", start, tt.cancelled, diff)
			}
		})
	}
}

// TestMultiDayServiceCountsFromFirstDay_AMB9: a service over several days
// is assessed from its first day (AMB-9's presumed reading): 10 days before
// the first day of a three-day workshop is 50% although the last day is 12
// days away, and a cancellation on the second day is after the start, 100%
// (CANCEL-2, CANCEL-3).
func TestMultiDayServiceCountsFromFirstDay_AMB9(t *testing.T) {
	seoul := zone(t, "Asia/Seoul")
	first := time.Date(2026, time.March, 16, 9, 0, 0, 0, seoul)
	tests := []struct {
		name      string
		cancelled time.Time
		notice    int
		rate      cancellation.Rate
	}{
		{"14 days before the first day", first.AddDate(0, 0, -14), 14, cancellation.NoFee},
		{"13 days before the first day, 15 before the last", first.AddDate(0, 0, -13), 13, cancellation.HalfFee},
		{"5 days before the first day, 7 before the last", first.AddDate(0, 0, -5), 5, cancellation.FullFee},
		{"on the second day", first.AddDate(0, 0, 1), -1, cancellation.FullFee},
		{"on the last day", first.AddDate(0, 0, 2), -2, cancellation.FullFee},
	}
	for _, tt := range tests {
		o, err := cancellation.Assess(first, tt.cancelled, amt("3000000 KRW"))
		if err != nil || o.NoticeDays != tt.notice || o.FeeRate != tt.rate {
			t.Errorf("%s: %d days, rate %v, %v; want %d days, rate %v", tt.name, o.NoticeDays, o.FeeRate, err, tt.notice, tt.rate)
		}
	}
}

// TestCovers_TERM8_AEM16_AMB9: the policy covers cancellations the customer
// asks for; Microsoft's cancellations — a workshop under its minimum
// registration (TERM-8), AEM without the customer's resources (AEM-16) — and
// agreed reschedulings are outside it, each with its rule (D-CANCEL, AMB-9).
func TestCovers_TERM8_AEM16_AMB9(t *testing.T) {
	tests := []struct {
		by   cancellation.Initiator
		want rule.Verdict
	}{
		{cancellation.Customer, rule.Allow("CANCEL-1", "CANCEL-2", "CANCEL-3", "D-CANCEL")},
		{cancellation.WorkshopMinimumRegistration, rule.Deny("TERM-8", "D-CANCEL", "AMB-9")},
		{cancellation.AEMCustomerResources, rule.Deny("AEM-16", "D-CANCEL", "AMB-9")},
		{cancellation.Rescheduled, rule.Deny("D-CANCEL", "AMB-9")},
		{0, rule.Deny("D-CANCEL", "AMB-9")},   // not stated
		{200, rule.Deny("D-CANCEL", "AMB-9")}, // invalid
	}
	for _, tt := range tests {
		if got := cancellation.Covers(tt.by); !got.Equal(tt.want) {
			t.Errorf("Covers(%v) = %v, want %v", tt.by, got, tt.want)
		}
	}
}

// TestFeeInCredits_DCANCEL_DCRED1: a fee charged in credits is rounded half
// up to a whole credit. D-CANCEL's own case: 50% of 3 credits is a fee of
// 2 and a refund of 1.
func TestFeeInCredits_DCANCEL_DCRED1(t *testing.T) {
	tests := []struct {
		name    string
		rate    cancellation.Rate
		credits int64
		fee     int64
	}{
		{"D-CANCEL: 50% of 3 credits is 2", cancellation.HalfFee, 3, 2},
		{"50% of 7 credits is 4", cancellation.HalfFee, 7, 4},
		{"50% of 1 credit is 1", cancellation.HalfFee, 1, 1},
		{"50% of 2 credits is 1", cancellation.HalfFee, 2, 1},
		{"50% of 0 credits is 0", cancellation.HalfFee, 0, 0},
		{"50% of -3 credits mirrors 3", cancellation.HalfFee, -3, -2},
		{"50% of the most credits", cancellation.HalfFee, 1<<63 - 1, 1 << 62},
		{"100% of 3 credits", cancellation.FullFee, 3, 3},
		{"0% of 3 credits", cancellation.NoFee, 3, 0},
		{"an invalid rate takes nothing", 9, 3, 0},
	}
	for _, tt := range tests {
		if got := tt.rate.FeeInCredits(tt.credits); got != tt.fee {
			t.Errorf("%s: %v.FeeInCredits(%d) = %d, want %d", tt.name, tt.rate, tt.credits, got, tt.fee)
		}
	}
}

// TestAssessCountsDatesInTheDeliveryZone checks D-DAYS: the notice is
// counted in the start's zone, so a cancellation late in the evening UTC,
// already the next morning in Seoul, gives one day less notice, and that
// day can cross a band boundary (CANCEL-1 to CANCEL-2).
func TestAssessCountsDatesInTheDeliveryZone(t *testing.T) {
	seoul, ny := zone(t, "Asia/Seoul"), zone(t, "America/New_York")
	price := amt("1000 USD")
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
	a, err := cancellation.AssessIn(seoul, start.UTC(), cancelled, amt("10 USD"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := cancellation.Assess(start, cancelled.In(seoul), amt("10 USD"))
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
		o, err := cancellation.AssessNotice(n, amt("100 USD"))
		if err != nil {
			t.Fatal(err)
		}
		want := cancellation.FullFee
		switch {
		case n >= 14:
			want = cancellation.NoFee
		case n >= 6:
			want = cancellation.HalfFee
		}
		if o.FeeRate != want {
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
		price            money.Amount
		want             error
	}{
		{"zero start", seoul, time.Time{}, start, amt("1 USD"), cancellation.ErrZeroTime},
		{"zero cancellation", seoul, start, time.Time{}, amt("1 USD"), cancellation.ErrZeroTime},
		{"nil location", nil, start, start, amt("1 USD"), cancellation.ErrNilLocation},
		{"negative price", seoul, start, start, amt("-0.01 USD"), money.ErrNegative},
		// 10 days' notice: half of 18 places with an odd last digit needs 19.
		{"a fee that needs 19 places", seoul, start, start.AddDate(0, 0, -10), amt("0.000000000000000001 USD"), money.ErrRange},
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

// TestAssessAcceptsEdgeAmounts: a free service, the zero Amount, the
// largest price, and 18 places at 0% and 100% are all fine.
func TestAssessAcceptsEdgeAmounts(t *testing.T) {
	start := time.Date(2026, time.March, 16, 9, 0, 0, 0, time.UTC)
	for _, p := range []money.Amount{{}, amt("0 USD"), amt("1000000000000000000 KRW"), amt("0.000000000000000002 USD")} {
		for _, days := range []int{20, 7, 0} {
			o, err := cancellation.Assess(start, start.AddDate(0, 0, -days), p)
			if err != nil {
				t.Errorf("Assess(price %v, %d days) error: %v", p, days, err)
				continue
			}
			if price, err := o.Price(); err != nil || !price.Equal(p) {
				t.Errorf("Assess(price %v): fee %v + refund %v is not the price", p, o.Fee, o.Refund)
			}
		}
	}
}

// TestErrorMessage keeps the one check of a message's full text.
func TestErrorMessage(t *testing.T) {
	_, err := cancellation.AssessIn(nil, time.Unix(0, 0), time.Unix(0, 0), amt("1 USD"))
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
		fee, refund string
	}{
		{"D-CANCEL: KRW, odd price at 50%: 6172.5 rounds up", 10, "12345 KRW", "6173 KRW", "6172 KRW"},
		{"KRW, even price at 50%", 10, "12000000 KRW", "6000000 KRW", "6000000 KRW"},
		{"JPY, odd price at 50%", 6, "999 JPY", "500 JPY", "499 JPY"},
		{"USD, half a cent rounds up", 13, "20.01 USD", "10.01 USD", "10.00 USD"},
		{"USD, free", 14, "20.01 USD", "0 USD", "20.01 USD"},
		{"USD, full", 5, "20.01 USD", "20.01 USD", "0 USD"},
		{"BHD, half a fils rounds up", 10, "1.001 BHD", "0.501 BHD", "0.500 BHD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o, err := cancellation.AssessNotice(tt.notice, amt(tt.price))
			if err != nil {
				t.Fatal(err)
			}
			got, err := o.Settle()
			if err != nil {
				t.Fatal(err)
			}
			want := cancellation.Settlement{Fee: amt(tt.fee), Refund: amt(tt.refund), Rules: o.Rules}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Settle(%s) (-want +got):\n%s", tt.price, diff)
			}
		})
	}
}

// TestSettleRejectsWhatCannotBePaid: a price finer than the currency's
// minor unit is not a prepaid price (money.ErrRange); a hand-built outcome
// whose figures do not fit together is refused with the sentinel of what
// is wrong.
func TestSettleRejectsWhatCannotBePaid(t *testing.T) {
	for _, p := range []string{"100.5 KRW", "1.001 USD"} {
		o, err := cancellation.AssessNotice(10, amt(p))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := o.Settle(); !errors.Is(err, money.ErrRange) {
			t.Errorf("Settle(%s) error = %v, want ErrRange", p, err)
		}
	}
	tests := []struct {
		name string
		o    cancellation.Outcome
		want error
	}{
		{"invalid rate", cancellation.Outcome{FeeRate: 7, Fee: amt("1 USD"), Refund: amt("1 USD")}, cancellation.ErrInvalid},
		{"invalid rate, no fee", cancellation.Outcome{FeeRate: 7, Refund: amt("1 USD")}, cancellation.ErrInvalid},
		{"fee is not price × rate", cancellation.Outcome{FeeRate: cancellation.HalfFee, Fee: amt("1 USD"), Refund: amt("2 USD")}, cancellation.ErrInvalid},
		{"fee at NoFee", cancellation.Outcome{FeeRate: cancellation.NoFee, Fee: amt("1 USD"), Refund: amt("2 USD")}, cancellation.ErrInvalid},
		{"refund at FullFee", cancellation.Outcome{FeeRate: cancellation.FullFee, Fee: amt("1 USD"), Refund: amt("2 USD")}, cancellation.ErrInvalid},
		{"two currencies", cancellation.Outcome{FeeRate: cancellation.HalfFee, Fee: amt("1 USD"), Refund: amt("1 EUR")}, money.ErrCurrency},
		{"negative fee", cancellation.Outcome{FeeRate: cancellation.HalfFee, Fee: amt("-1 USD"), Refund: amt("-1 USD")}, money.ErrNegative},
		{"negative refund", cancellation.Outcome{FeeRate: cancellation.NoFee, Fee: amt("0 USD"), Refund: amt("-1 USD")}, money.ErrNegative},
	}
	for _, tt := range tests {
		if _, err := tt.o.Settle(); !errors.Is(err, tt.want) {
			t.Errorf("%s: Settle error = %v, want %v", tt.name, err, tt.want)
		}
	}
}

// TestSettleAcceptsAZeroFeeWithoutCurrency: a hand-built Outcome whose fee
// is the zero Amount (no currency) at the no-fee rate is consistent: zero
// in any currency is zero (D-CANCEL, CANCEL-1).
func TestSettleAcceptsAZeroFeeWithoutCurrency(t *testing.T) {
	o := cancellation.Outcome{FeeRate: cancellation.NoFee, Refund: amt("5 USD")}
	s, err := o.Settle()
	if err != nil || !s.Refund.Equal(amt("5 USD")) || !s.Fee.IsZero() {
		t.Errorf("Settle = %+v, %v", s, err)
	}
}

// TestOutcomeZeroValue: the zero Outcome prices nothing and settles to the
// zero Settlement.
func TestOutcomeZeroValue(t *testing.T) {
	var o cancellation.Outcome
	if p, err := o.Price(); o.NoticeDays != 0 || err != nil || !p.IsZero() || o.Rules.Len() != 0 || o.FeeRate != cancellation.NoFee {
		t.Errorf("zero Outcome = %+v", o)
	}
	if !o.Equal(cancellation.Outcome{}) {
		t.Error("zero Outcome is not Equal to itself")
	}
	if s, err := o.Settle(); err != nil || !s.Equal(cancellation.Settlement{}) {
		t.Errorf("zero Outcome settles to %+v, %v", s, err)
	}
}

// TestEqualTellsEveryFieldApart changes one field at a time: Equal is
// false for each change and true for the unchanged copy.
func TestEqualTellsEveryFieldApart(t *testing.T) {
	base := func() cancellation.Outcome {
		o, err := cancellation.AssessNotice(10, amt("100 USD"))
		if err != nil {
			t.Fatal(err)
		}
		return o
	}
	changes := map[string]func(*cancellation.Outcome){
		"NoticeDays": func(o *cancellation.Outcome) { o.NoticeDays++ },
		"FeeRate":    func(o *cancellation.Outcome) { o.FeeRate = cancellation.FullFee },
		"Fee":        func(o *cancellation.Outcome) { o.Fee = amt("51 USD") },
		"Refund":     func(o *cancellation.Outcome) { o.Refund = amt("51 USD") },
		"Rules":      func(o *cancellation.Outcome) { o.Rules = o.Rules.With("D-DAYS") },
	}
	if !base().Equal(base()) {
		t.Fatal("an Outcome is not Equal to its copy")
	}
	for name, change := range changes {
		o := base()
		change(&o)
		if base().Equal(o) || o.Equal(base()) {
			t.Errorf("Outcome.Equal ignores %s", name)
		}
	}
	sbase := func() cancellation.Settlement {
		s, err := base().Settle()
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	schanges := map[string]func(*cancellation.Settlement){
		"Fee":    func(s *cancellation.Settlement) { s.Fee = amt("51 USD") },
		"Refund": func(s *cancellation.Settlement) { s.Refund = amt("51 USD") },
		"Rules":  func(s *cancellation.Settlement) { s.Rules = s.Rules.With("D-DAYS") },
	}
	if !sbase().Equal(sbase()) {
		t.Fatal("a Settlement is not Equal to its copy")
	}
	for name, change := range schanges {
		s := sbase()
		change(&s)
		if sbase().Equal(s) || s.Equal(sbase()) {
			t.Errorf("Settlement.Equal ignores %s", name)
		}
	}
}

// TestEnumsRoundTrip: Rate and Initiator follow the module's enum pattern;
// the zero Rate is NoFee ("0"), the zero Initiator is empty text.
func TestEnumsRoundTrip(t *testing.T) {
	for _, r := range []cancellation.Rate{cancellation.NoFee, cancellation.HalfFee, cancellation.FullFee} {
		b, err := r.MarshalText()
		var back cancellation.Rate = 9
		if err != nil || back.UnmarshalText(b) != nil || back != r || !r.Decimal().Equal(dec(string(b))) {
			t.Errorf("Rate %v: %q, %v → %v", r, b, err, back)
		}
	}
	if r, err := cancellation.ParseRate("0.30"); err == nil || !errors.Is(err, cancellation.ErrInvalid) {
		t.Errorf("ParseRate(0.30) = %v, %v", r, err)
	}
	if !cancellation.Rate(9).Decimal().IsZero() || cancellation.Rate(9).IsValid() {
		t.Error("Rate(9) is valid or has a fraction")
	}
	for _, i := range []cancellation.Initiator{0, cancellation.Customer, cancellation.WorkshopMinimumRegistration, cancellation.AEMCustomerResources, cancellation.Rescheduled} {
		b, err := i.MarshalText()
		var back cancellation.Initiator = 9
		if err != nil || back.UnmarshalText(b) != nil || back != i {
			t.Errorf("Initiator %v: %q, %v → %v", i, b, err, back)
		}
		if p, err := cancellation.ParseInitiator(i.String()); err != nil || p != i || i.IsValid() != (i != 0) {
			t.Errorf("ParseInitiator(%q) = %v, %v", i.String(), p, err)
		}
	}
	if _, err := cancellation.ParseInitiator("microsoft"); !errors.Is(err, cancellation.ErrInvalid) {
		t.Errorf("ParseInitiator(microsoft): %v", err)
	}
}
