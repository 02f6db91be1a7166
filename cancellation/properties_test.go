package cancellation_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/cancellation"
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

// genPrice draws a price from 0.00 to 10,000,000,000.00 in whole cents.
func genPrice(t *rapid.T) decimal.Decimal {
	return decimal.New(rapid.Int64Range(0, 1_000_000_000_000).Draw(t, "priceCents"), -2)
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
		if a.NoticeDays < b.NoticeDays && a.Fee.GreaterThan(b.Fee) {
			t.Fatalf("%d days' notice costs %v but %d days' costs %v", a.NoticeDays, a.Fee, b.NoticeDays, b.Fee)
		}
	})
}

// Rule D-CANCEL: fee + refund = price, exactly, and the fee is price × 0,
// 0.5 or 1.
func TestFeePlusRefundIsPrice(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		price := genPrice(t)
		o, err := cancellation.Assess(genInstant(t, "start"), genInstant(t, "cancelled"), price)
		if err != nil {
			t.Fatal(err)
		}
		if !o.Fee.Add(o.Refund).Equal(price) {
			t.Fatalf("fee %v + refund %v = %v, not the price %v", o.Fee, o.Refund, o.Fee.Add(o.Refund), price)
		}
		if !o.Fee.Equal(price.Mul(o.FeeRate)) || o.Fee.IsNegative() || o.Refund.IsNegative() {
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
		o, err := cancellation.AssessIn(loc, start, cancelled, decimal.New(100, 0))
		if err != nil {
			t.Fatal(err)
		}
		want := slowNotice(loc, start, cancelled)
		if o.NoticeDays != want || !o.FeeRate.Equal(decimal.RequireFromString(slowFeeRate(want))) {
			t.Fatalf("notice %d days, rate %v; the reference gives %d days, rate %s", o.NoticeDays, o.FeeRate, want, slowFeeRate(want))
		}
		if calendar.DateOf(start.In(loc)).AddDays(-o.NoticeDays) != calendar.DateOf(cancelled.In(loc)) {
			t.Fatalf("start date − %d days is not the cancellation date", o.NoticeDays)
		}
	})
}

// Rule D-CANCEL: settling in a currency keeps fee + refund = price, and the
// rounded fee is within half a minor unit of the exact fee.
func TestSettleConservesThePrice(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		cur := rapid.SampledFrom([]currency.Unit{currency.KRW, currency.JPY, currency.USD, currency.EUR}).Draw(t, "currency")
		scale, _ := currency.Standard.Rounding(cur)
		price := decimal.New(rapid.Int64Range(0, 1_000_000_000_000).Draw(t, "priceMinorUnits"), -int32(scale))
		o, err := cancellation.AssessNotice(rapid.IntRange(-3, 30).Draw(t, "noticeDays"), price)
		if err != nil {
			t.Fatal(err)
		}
		s, err := o.Settle(cur)
		if err != nil {
			t.Fatal(err)
		}
		half := decimal.New(5, -int32(scale)-1)
		if !s.Fee.Add(s.Refund).Equal(price) || s.Fee.Sub(o.Fee).Abs().GreaterThan(half) || s.Refund.IsNegative() {
			t.Fatalf("price %v %v: fee %v (exact %v) + refund %v", price, cur, s.Fee, o.Fee, s.Refund)
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
		s, err := o.Settle(currency.USD)
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
