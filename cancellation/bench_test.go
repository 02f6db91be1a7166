package cancellation_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/supportrules/unified/cancellation"
	"github.com/supportrules/unified/contract/money"
)

func BenchmarkAssess(b *testing.B) {
	seoul, err := time.LoadLocation("Asia/Seoul")
	if err != nil {
		b.Fatal(err)
	}
	start := time.Date(2026, time.March, 16, 9, 0, 0, 0, seoul)
	price := money.MustParse("12000000 KRW")
	for _, bm := range []struct {
		name      string
		cancelled time.Time
	}{
		{"free", start.AddDate(0, 0, -30)},
		{"half", start.AddDate(0, 0, -10)},
		{"fullUTC", start.AddDate(0, 0, -2).UTC()},
	} {
		b.Run(bm.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := cancellation.Assess(start, bm.cancelled, price); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkSettle(b *testing.B) {
	out, err := cancellation.AssessNotice(10, money.MustParse("12345 KRW"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := out.Settle(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCovers(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = cancellation.Covers(cancellation.WorkshopMinimumRegistration)
	}
}

func BenchmarkAssessIn(b *testing.B) {
	seoul, err := time.LoadLocation("Asia/Seoul")
	if err != nil {
		b.Fatal(err)
	}
	start := time.Date(2026, time.March, 16, 0, 0, 0, 0, time.UTC)
	cancelled := start.AddDate(0, 0, -10)
	price := money.MustParse("12345.67 USD")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := cancellation.AssessIn(seoul, start, cancelled, price); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAssessNotice(b *testing.B) {
	price := money.MustParse("12345 KRW")
	for _, bm := range []struct {
		name   string
		notice int
	}{{"free", 14}, {"half", 10}, {"full", 0}} {
		b.Run(bm.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := cancellation.AssessNotice(bm.notice, price); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkFeeInCredits(b *testing.B) {
	b.ReportAllocs()
	var sum int64
	for b.Loop() {
		sum += cancellation.HalfFee.FeeInCredits(3)
	}
	if sum == 0 {
		b.Fatal("no fee")
	}
}

func BenchmarkParseRate(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := cancellation.ParseRate("0.5"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseInitiator(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := cancellation.ParseInitiator("AEM-Customer-Resources"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkOutcomeJSON(b *testing.B) {
	o, err := cancellation.AssessNotice(10, money.MustParse("12345 KRW"))
	if err != nil {
		b.Fatal(err)
	}
	data, err := json.Marshal(o)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("marshal", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := json.Marshal(o); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("unmarshal", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var back cancellation.Outcome
			if err := json.Unmarshal(data, &back); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkSettlementJSON(b *testing.B) {
	o, err := cancellation.AssessNotice(10, money.MustParse("12345 KRW"))
	if err != nil {
		b.Fatal(err)
	}
	s, err := o.Settle()
	if err != nil {
		b.Fatal(err)
	}
	data, err := json.Marshal(s)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		var back cancellation.Settlement
		if err := json.Unmarshal(data, &back); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRefuseMegabyteOfDigits: a megabyte of digits in a fee is
// refused by its length before any parsing (issue 14: under 10 ms).
func BenchmarkRefuseMegabyteOfDigits(b *testing.B) {
	data := []byte(`{"feeRate":"1","fee":{"amount":"` + strings.Repeat("9", 1<<20) + `","currency":"USD"},"refund":{"amount":"0","currency":"USD"}}`)
	b.ReportAllocs()
	for b.Loop() {
		var o cancellation.Outcome
		if err := json.Unmarshal(data, &o); err == nil {
			b.Fatal("a megabyte of digits was accepted")
		}
	}
}
