package cancellation_test

import (
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
