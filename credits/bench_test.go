package credits_test

import (
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/credits"
)

func BenchmarkRedeem(b *testing.B) {
	for _, bm := range []struct{ name, price, rate string }{
		{"whole", "15000000", "5000000"},
		{"half", "12500000", "5000000"},
		{"repeating", "10000000", "3000000"},
		{"cents", "1234567.89", "4999.99"},
	} {
		price, rate := dec(bm.price), dec(bm.rate)
		b.Run(bm.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := credits.Redeem(1000, price, rate); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkExchange(b *testing.B) {
	from, fx, to := dec("1000000"), dec("0.1085"), dec("110000")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := credits.Exchange(10, from, fx, to); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLedgerYear records a year of one location's credits: an
// opening balance and 100 redemptions, the history of a busy Work Order.
func BenchmarkLedgerYear(b *testing.B) {
	price, rate := dec("12500000"), dec("5000000")
	b.ReportAllocs()
	for b.Loop() {
		l, err := credits.Open(seoulAccount, 10_000)
		if err != nil {
			b.Fatal(err)
		}
		on := seoulAccount.Start
		for i := range 100 {
			if l, err = l.Redeem(on.AddDays(i*3), catalogue.Workshops, price, rate); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkReplay replays a year of redemptions and cancellations.
func BenchmarkReplay(b *testing.B) {
	l := yearOfRedemptions(b)
	history := l.Entries()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := credits.Replay(l.Account(), history); err != nil {
			b.Fatal(err)
		}
	}
}

func yearOfRedemptions(b *testing.B) credits.Ledger {
	loc := must(time.LoadLocation("Asia/Seoul"))
	l := must(credits.Open(seoulAccount, 10_000))
	on := seoulAccount.Start
	for i := range 66 {
		on = on.AddDays(5)
		l = must(l.Redeem(on, catalogue.Workshops, decimal.New(int64(1_000_000+i*250_000), 0), dec("1000000")))
		if i%2 == 0 {
			start := time.Date(on.Year, on.Month, on.Day+i%20, 9, 0, 0, 0, loc)
			l = must(l.Cancel(l.Last().Seq, start, on.In(loc)))
		}
	}
	if l.Len() != 100 {
		b.Fatalf("%d entries", l.Len())
	}
	return l
}
