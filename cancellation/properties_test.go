package cancellation_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/cancellation"
	"github.com/supportrules/unified/contract/money"
	"golang.org/x/text/currency"
	"pgregory.net/rapid"
)

// zoneNames are the delivery locations the generators draw from: Korea
// and Japan (no DST), zones with DST on either hemisphere, half-hour and
// 45-minute offsets, and both sides of the date line.
var zoneNames = []string{"Asia/Seoul", "Asia/Tokyo", "UTC", "America/New_York", "Europe/Berlin",
	"Australia/Sydney", "Asia/Kolkata", "Asia/Kathmandu", "Pacific/Kiritimati", "Pacific/Pago_Pago"}

func genZone(t *rapid.T, label string) *time.Location {
	name := rapid.SampledFrom(zoneNames).Draw(t, label)
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// genInstant draws an instant between 2020 and 2040, to the second, in a
// named zone.
func genInstant(t *rapid.T, label string) time.Time {
	sec := rapid.Int64Range(time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).Unix(),
		time.Date(2040, 1, 1, 0, 0, 0, 0, time.UTC).Unix()).Draw(t, label+"Unix")
	return time.Unix(sec, 0).In(genZone(t, label+"Zone"))
}

var currencies = []currency.Unit{currency.KRW, currency.JPY, currency.USD, currency.EUR, currency.MustParseISO("BHD")}

// genPrice draws a price in whole minor units of a currency: 0 to 10^12
// minor units (10,000,000,000.00 USD, 1,000,000,000,000 KRW).
func genPrice(t *rapid.T) money.Amount {
	cur := rapid.SampledFrom(currencies).Draw(t, "currency")
	p, err := money.FromMinor(rapid.Int64Range(0, 1_000_000_000_000).Draw(t, "priceMinorUnits"), cur)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func cmpAmounts(t *rapid.T, a, b money.Amount) int {
	c, err := a.Cmp(b)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// Rules CANCEL-1, CANCEL-2, CANCEL-3: giving more notice never costs more.
func TestMoreNoticeNeverCostsMore(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		price := genPrice(t)
		start := genInstant(t, "start")
		early := rapid.IntRange(-5, 60).Draw(t, "earlierNoticeDays")
		later := rapid.IntRange(-5, early).Draw(t, "laterNoticeDays")
		hour := time.Duration(rapid.IntRange(0, 23).Draw(t, "hourShift")) * time.Hour
		a, errA := cancellation.Assess(start, start.AddDate(0, 0, -early).Add(hour), price)
		b, errB := cancellation.Assess(start, start.AddDate(0, 0, -later).Add(hour), price)
		if errA != nil || errB != nil {
			t.Fatalf("Assess: %v, %v", errA, errB)
		}
		if a.NoticeDays < b.NoticeDays && cmpAmounts(t, a.Fee, b.Fee) > 0 {
			t.Fatalf("%d days' notice costs %v but %d days' costs %v", a.NoticeDays, a.Fee, b.NoticeDays, b.Fee)
		}
	})
}

// Rule D-CANCEL: fee + refund = price, exactly, in the price's currency,
// and the fee is price × 0, 0.5 or 1.
func TestFeePlusRefundIsPrice(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		price := genPrice(t)
		o, err := cancellation.Assess(genInstant(t, "start"), genInstant(t, "cancelled"), price)
		if err != nil {
			t.Fatal(err)
		}
		if p, err := o.Price(); err != nil || !p.Equal(price) {
			t.Fatalf("fee %v + refund %v = %v, %v; not the price %v", o.Fee, o.Refund, p, err, price)
		}
		want, err := price.Mul(o.FeeRate.Decimal())
		if err != nil || !o.Fee.Equal(want) || o.Fee.Sign() < 0 || o.Refund.Sign() < 0 {
			t.Fatalf("fee %v is not price %v × rate %v, or an amount is negative", o.Fee, price, o.FeeRate)
		}
	})
}

// Rule D-DAYS: the same instants written in other zones give the same
// outcome; only the delivery location counts.
func TestOutcomeDoesNotDependOnTheZonesOfTheInputs(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		loc := genZone(t, "deliveryZone")
		start, cancelled := genInstant(t, "start"), genInstant(t, "cancelled")
		price := genPrice(t)
		a, errA := cancellation.AssessIn(loc, start, cancelled, price)
		b, errB := cancellation.AssessIn(loc, start.In(genZone(t, "otherStartZone")), cancelled.In(genZone(t, "otherCancelZone")), price)
		c, errC := cancellation.Assess(start.In(loc), cancelled, price)
		if errA != nil || errB != nil || errC != nil {
			t.Fatal(errA, errB, errC)
		}
		if !a.Equal(b) || !a.Equal(c) {
			t.Fatalf("the same instants give %+v, %+v and %+v", a, b, c)
		}
	})
}

// slowNotice is a literal transcription of D-DAYS: step one calendar day
// at a time from the cancellation's date in loc to the start's date in loc.
func slowNotice(loc *time.Location, start, cancelled time.Time) int {
	y, m, d := cancelled.In(loc).Date()
	day := time.Date(y, m, d, 12, 0, 0, 0, time.UTC) // noon UTC: a civil date, no DST
	sy, sm, sd := start.In(loc).Date()
	target := time.Date(sy, sm, sd, 12, 0, 0, 0, time.UTC)
	n := 0
	for day.Before(target) {
		day = day.AddDate(0, 0, 1)
		n++
	}
	for day.After(target) {
		day = day.AddDate(0, 0, -1)
		n--
	}
	return n
}

// slowFeeRate is a literal transcription of the three sentences of §2.6:
// "at least 14 days" is free, "6 to 13 days" is 50%, "5 days or fewer" 100%.
func slowFeeRate(days int) string {
	if days >= 14 {
		return "0"
	}
	if 6 <= days && days <= 13 {
		return "0.5"
	}
	return "1"
}

// Rules CANCEL-1, CANCEL-2, CANCEL-3, D-DAYS: Assess agrees with the
// day-by-day reference for instants within 40 days of each other.
func TestAssessAgreesWithDayByDayReference(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		loc := genZone(t, "deliveryZone")
		start := genInstant(t, "start")
		before := time.Duration(rapid.Int64Range(-5*86400, 40*86400).Draw(t, "secondsBefore")) * time.Second
		cancelled := start.Add(-before).In(genZone(t, "cancelZone"))
		o, err := cancellation.AssessIn(loc, start, cancelled, money.MustParse("100 USD"))
		if err != nil {
			t.Fatal(err)
		}
		want := slowNotice(loc, start, cancelled)
		if o.NoticeDays != want || o.FeeRate.String() != slowFeeRate(want) {
			t.Fatalf("notice %d days, rate %v; the reference gives %d days, rate %s", o.NoticeDays, o.FeeRate, want, slowFeeRate(want))
		}
		if calendar.DateOf(start.In(loc)).AddDays(-o.NoticeDays) != calendar.DateOf(cancelled.In(loc)) {
			t.Fatalf("start date − %d days is not the cancellation date", o.NoticeDays)
		}
	})
}

// Rule D-CANCEL: settling keeps fee + refund = price, and the rounded fee
// is within half a minor unit of the exact fee.
func TestSettleConservesThePrice(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		price := genPrice(t)
		o, err := cancellation.AssessNotice(rapid.IntRange(-3, 30).Draw(t, "noticeDays"), price)
		if err != nil {
			t.Fatal(err)
		}
		s, err := o.Settle()
		if err != nil {
			t.Fatal(err)
		}
		sum, err := s.Fee.Add(s.Refund)
		if err != nil || !sum.Equal(price) || s.Refund.Sign() < 0 {
			t.Fatalf("price %v: fee %v (exact %v) + refund %v", price, s.Fee, o.Fee, s.Refund)
		}
		scale, _ := currency.Standard.Rounding(price.Currency())
		moved, err := s.Fee.Sub(o.Fee)
		if err != nil || moved.Abs().Decimal().Shift(int32(scale)+1).GreaterThan(money.MustParse("5 USD").Decimal()) {
			t.Fatalf("price %v: fee %v moved %v from the exact %v, more than half a minor unit", price, s.Fee, moved, o.Fee)
		}
	})
}

// Outcomes and settlements round-trip through JSON, whatever decimal's
// package settings say (D-CANCEL).
func TestOutcomeJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		o, err := cancellation.AssessNotice(rapid.IntRange(-3, 30).Draw(t, "noticeDays"), genPrice(t))
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(o)
		if err != nil {
			t.Fatal(err)
		}
		var back cancellation.Outcome
		if err := json.Unmarshal(b, &back); err != nil || !back.Equal(o) {
			t.Fatalf("%s → %+v, %v", b, back, err)
		}
		s, err := o.Settle()
		if err != nil {
			t.Fatal(err)
		}
		b, err = json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		var sb cancellation.Settlement
		if err := json.Unmarshal(b, &sb); err != nil || !sb.Equal(s) {
			t.Fatalf("%s → %+v, %v", b, sb, err)
		}
	})
}

// Equal is true exactly when every field is equal: changing any one field
// of an assessed Outcome makes it unequal.
func TestOutcomeEqualIsFieldwise(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		o, err := cancellation.AssessNotice(rapid.IntRange(-3, 30).Draw(t, "noticeDays"), genPrice(t))
		if err != nil {
			t.Fatal(err)
		}
		p := o
		one := money.MustParse("0.001 BHD") // a currency no generated fee has with this value
		switch rapid.IntRange(0, 4).Draw(t, "field") {
		case 0:
			p.NoticeDays += rapid.IntRange(1, 5).Draw(t, "noticeChange")
		case 1:
			p.FeeRate = (o.FeeRate + cancellation.Rate(rapid.IntRange(1, 2).Draw(t, "rateChange"))) % 3
		case 2:
			p.Fee, _ = o.Fee.Add(one)
			if o.Fee.Currency() != one.Currency() && !o.Fee.IsZero() {
				p.Fee = one
			}
		case 3:
			p.Refund = one
			if o.Refund.Equal(one) {
				p.Refund = money.Amount{}
			}
		case 4:
			p.Rules = o.Rules.With("AMB-9")
		}
		if o.Equal(p) || p.Equal(o) {
			t.Fatalf("%+v Equal %+v", o, p)
		}
		if q := o; !q.Equal(o) {
			t.Fatalf("%+v not Equal to its copy", o)
		}
	})
}

// Rules CANCEL-1, CANCEL-2, CANCEL-3, D-CANCEL: the differential test of
// the fixed-point path. For any price in money's domain — up to 10^18, up
// to 18 decimal places, in any currency — the fee is price × rate and the
// refund price − fee, computed here in shopspring/decimal, the oracle; and
// Assess refuses (money.ErrRange) exactly when that fee needs more than 18
// decimal places (half of a price whose 18th place is odd).
func TestAssessAgreesWithDecimalOracle(t *testing.T) {
	rates := map[string]decimal.Decimal{"0": decimal.Zero, "0.5": decimal.New(5, -1), "1": decimal.New(1, 0)}
	rapid.Check(t, func(t *rapid.T) {
		coef := rapid.OneOf(rapid.Int64Range(0, 1_000_000), rapid.Int64Range(0, 1_000_000_000_000_000_000)).Draw(t, "coefficient")
		exp := rapid.IntRange(-18, 0).Draw(t, "exponent")
		d := decimal.New(coef, int32(exp))
		price, err := money.New(d, rapid.SampledFrom(currencies).Draw(t, "currency"))
		if err != nil {
			t.Fatalf("money.New(%s): %v", d, err) // within money's domain by construction
		}
		notice := rapid.IntRange(-400, 400).Draw(t, "noticeDays")
		o, err := cancellation.AssessNotice(notice, price)
		wantFee := d.Mul(rates[slowFeeRate(notice)])
		if fits := wantFee.Equal(wantFee.Truncate(18)); !fits {
			if !errors.Is(err, money.ErrRange) {
				t.Fatalf("AssessNotice(%d, %v): error %v; the exact fee %s needs more than 18 places", notice, price, err, wantFee)
			}
			return
		}
		if err != nil {
			t.Fatalf("AssessNotice(%d, %v): %v", notice, price, err)
		}
		if want := slowFeeRate(notice); o.FeeRate.String() != want {
			t.Fatalf("notice %d: rate %v, want %s", notice, o.FeeRate, want)
		}
		if !o.Fee.Decimal().Equal(wantFee) || !o.Refund.Decimal().Equal(d.Sub(wantFee)) ||
			o.Fee.Currency() != price.Currency() || o.Refund.Currency() != price.Currency() {
			t.Fatalf("price %v at %v: fee %v, refund %v; the oracle gives %s and %s", price, o.FeeRate, o.Fee, o.Refund, wantFee, d.Sub(wantFee))
		}
	})
}

// Rule D-CANCEL: Settlement.Equal is true exactly when every field is
// equal: changing one field of a settled outcome — the fee, the refund or
// the rules — makes it unequal, each way round.
func TestSettlementEqualIsFieldwise(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		o, err := cancellation.AssessNotice(rapid.IntRange(-3, 30).Draw(t, "noticeDays"), genPrice(t))
		if err != nil {
			t.Fatal(err)
		}
		s, err := o.Settle()
		if err != nil {
			t.Fatal(err)
		}
		if c := s; !c.Equal(s) {
			t.Fatalf("%+v not Equal to its copy", s)
		}
		other := func(a money.Amount) money.Amount {
			// Another amount: one minor unit more, in the same currency.
			one, err := money.FromMinor(1, a.Currency())
			if err != nil {
				return money.MustParse("0.001 BHD") // a has no currency (the zero Amount)
			}
			b, err := a.Add(one)
			if err != nil {
				t.Fatal(err)
			}
			return b
		}
		u := s
		switch rapid.IntRange(0, 2).Draw(t, "field") {
		case 0:
			u.Fee = other(s.Fee)
		case 1:
			u.Refund = other(s.Refund)
		case 2:
			u.Rules = s.Rules.With("AMB-9")
		}
		if s.Equal(u) || u.Equal(s) {
			t.Fatalf("%+v Equal %+v", s, u)
		}
	})
}
