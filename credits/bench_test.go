package credits_test

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/credits"
)

func BenchmarkRedeem(b *testing.B) {
	for _, bm := range []struct{ name, price, rate string }{
		{"whole", "15000000", "5000000"},
		{"half", "12500000", "5000000"},
		{"repeating", "10000000", "3000000"},
		{"cents", "1234567.89", "4999.99"},
	} {
		price, rate := won(dec(bm.price)), won(dec(bm.rate))
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
	from, fx, to := won(dec("1000000")), dec("0.1085"), yen(dec("110000"))
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
	price, rate := won(dec("12500000")), won(dec("5000000"))
	b.ReportAllocs()
	for b.Loop() {
		l, err := credits.Open(seoulAccount, 10_000)
		if err != nil {
			b.Fatal(err)
		}
		on := seoulAccount.Start
		for i := range 100 {
			if l, err = l.Redeem(on.AddDays(i*3), catalogue.Workshops, price, rate, credits.Reference{}); err != nil {
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
		l = must(l.Redeem(on, catalogue.Workshops, won(decimal.New(int64(1_000_000+i*250_000), 0)), won(dec("1000000")), credits.Reference{}))
		if i%2 == 0 {
			start := time.Date(on.Year, on.Month, on.Day+i%20, 9, 0, 0, 0, loc)
			l = must(l.Cancel(l.Last().Seq, start, on.In(loc), credits.Reference{}))
		}
	}
	if l.Len() != 100 {
		b.Fatalf("%d entries", l.Len())
	}
	return l
}

// bigLedger returns a ledger of n redemptions, every other one cancelled
// (n/2 refunds), dated in order: about 1.5 n entries.
func bigLedger(tb testing.TB, n int) credits.Ledger {
	loc := must(time.LoadLocation("Asia/Seoul"))
	a := credits.Account{Location: "Seoul", Currency: seoulAccount.Currency, Start: d("2026-01-01"), End: d("2125-12-31")}
	l := must(credits.Open(a, int64(n)*10))
	on := a.Start
	for i := range n {
		on = on.AddDays(i % 2)
		l = must(l.Redeem(on, catalogue.Workshops, won(decimal.New(int64(1+i%7), 0)), won(dec("1")), credits.Reference{External: "PO-12345"}))
		if i%2 == 1 {
			start := time.Date(on.Year, on.Month, on.Day+i%20, 9, 0, 0, 0, loc)
			l = must(l.Cancel(l.Len(), start, on.In(loc), credits.Reference{Memo: "cancelled"}))
		}
	}
	return l
}

// BenchmarkCancel records 10,000 redemptions and then cancels each of
// them, latest first, in date order: finding the redemption is O(1), so
// the whole costs O(n) (issue 14: it was O(n²)). The ns/cancel figure
// stays flat as n grows.
func BenchmarkCancel(b *testing.B) {
	loc := must(time.LoadLocation("Asia/Seoul"))
	for _, n := range []int{1_000, 10_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			a := credits.Account{Location: "Seoul", Currency: seoulAccount.Currency, Start: d("2026-01-01"), End: d("2125-12-31")}
			l := must(credits.Open(a, int64(n)*10))
			on := a.Start
			for range n {
				l = must(l.Redeem(on, catalogue.Workshops, won(dec("3")), won(dec("1")), credits.Reference{}))
			}
			start := time.Date(on.Year, on.Month, on.Day+30, 9, 0, 0, 0, loc)
			b.ReportAllocs()
			for b.Loop() {
				c := l
				for seq := n + 1; seq >= 2; seq-- {
					c = must(c.Cancel(seq, start, on.In(loc), credits.Reference{}))
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/cancel")
		})
	}
}

// BenchmarkReplayLarge replays histories of about 1,500 and 15,000
// entries: the ns/entry figure stays flat, so replay is O(n).
func BenchmarkReplayLarge(b *testing.B) {
	for _, n := range []int{1_000, 10_000} {
		l := bigLedger(b, n)
		history := l.Entries()
		b.Run(fmt.Sprint(len(history)), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := credits.Replay(l.Account(), history); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(history)), "ns/entry")
		})
	}
}

// BenchmarkLedgerJSON10MB decodes, and so replays, a ledger whose JSON is
// over 10 MB.
func BenchmarkLedgerJSON10MB(b *testing.B) {
	l := bigLedger(b, 34_000)
	data := must(json.Marshal(l))
	if len(data) < 10<<20 {
		b.Fatalf("only %d bytes", len(data))
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var back credits.Ledger
		if err := json.Unmarshal(data, &back); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(l.Len()), "entries")
}

// BenchmarkFundedCredits turns 60,000 USD of Flex Allowance into the
// opening balance of a KRW ledger (FLEX-1, CRED-1).
func BenchmarkFundedCredits(b *testing.B) {
	funds, fx, price := money.MustParse("60000.00 USD"), dec("1300"), won(dec("1560000"))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := credits.FundedCredits(funds, fx, price); err != nil {
			b.Fatal(err)
		}
	}
}
