package credits_test

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/cancellation"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/credits"
	"golang.org/x/text/currency"
)

// A workshop priced 12,500,000 KRW, at a then-current rate of 5,000,000
// KRW per credit, is worth 2.5 credits; 반올림 rounds it half up to 3
// (CRED-2, CRED-3, D-CRED-1, §2.3 table 8).
func ExampleRedeem() {
	r, err := credits.Redeem(10, won(decimal.RequireFromString("12500000")), won(decimal.RequireFromString("5000000")))
	if err != nil {
		panic(err)
	}
	fmt.Println(r.Value(), r.Deducted, r.Remaining, r.Rules)
	// Output: 2.5 3 7 CRED-2, CRED-3, D-CRED-1
}

// Half a credit either way: values just below x.5 round down, x.5 and
// above round up, and a redemption that needs more than the balance is
// refused (D-CRED-1).
func ExampleRedeem_rounding() {
	rate := decimal.RequireFromString("3")
	for _, price := range []string{"7.499999999999999999", "7.5", "22.499999999999999999", "22.5", "30"} {
		r, err := credits.Redeem(8, won(decimal.RequireFromString(price)), won(rate))
		if err != nil {
			fmt.Printf("%-22s → %v\n", price, err)
			continue
		}
		fmt.Printf("%-22s → value %v, %d credits\n", price, r.Value(), r.Deducted)
	}
	// Output:
	// 7.499999999999999999   → value 2.499999999999999999, 2 credits
	// 7.5                    → value 2.5, 3 credits
	// 22.499999999999999999  → value 7.499999999999999999, 7 credits
	// 22.5                   → value 7.5, 8 credits
	// 30                     → credits: insufficient balance: 10 credits needed, 8 available (D-CRED-1)
}

// Contoso Korea's Seoul ledger: 40 credits bought in the Work Order, two
// services redeemed at the then-current rates (CRED-1, CRED-2, CRED-3).
func ExampleLedger_Redeem() {
	seoul := credits.Account{Location: "Seoul", Currency: currency.KRW,
		Start: calendar.MustParseDate("2026-01-01"), End: calendar.MustParseDate("2028-12-31")}
	l, err := credits.Open(seoul, 40)
	if err != nil {
		panic(err)
	}
	l, err = l.Redeem(calendar.MustParseDate("2026-02-02"), catalogue.Workshops, won(decimal.RequireFromString("12500000")), won(decimal.RequireFromString("5000000")), credits.Reference{})

	if err != nil {
		panic(err)
	}
	l, err = l.Redeem(calendar.MustParseDate("2027-03-15"), catalogue.RiskHealthAssessment, won(decimal.RequireFromString("61200000")), won(decimal.RequireFromString("5100000")), credits.Reference{})

	if err != nil {
		panic(err)
	}
	for e := range l.All() {
		svc := "-"
		if e.Kind == credits.KindRedeem {
			svc = e.Service.String()
		}
		fmt.Printf("%d %v %-6s %-32s %+4d → %2d  %v\n", e.Seq, e.Date, e.Kind, svc, e.Change, e.Balance, e.Rules)
	}
	// Output:
	// 1 2026-01-01 open   -                                 +40 → 40  CRED-1
	// 2 2026-02-02 redeem workshops                          -3 → 37  CRED-2, CRED-3, D-CRED-1
	// 3 2027-03-15 redeem risk-health-assessment-program    -12 → 25  CRED-2, CRED-3, D-CRED-1
}

// A 7-credit workshop cancelled 10 days before it starts: the 50% fee on
// 7 credits is 3.5, rounded half up to 4, so 3 credits come back
// (CANCEL-2, D-CANCEL, D-CRED-1).
func ExampleLedger_Cancel() {
	loc, err := time.LoadLocation("Asia/Seoul")
	if err != nil {
		panic(err)
	}
	seoul := credits.Account{Location: "Seoul", Currency: currency.KRW,
		Start: calendar.MustParseDate("2026-01-01"), End: calendar.MustParseDate("2028-12-31")}
	l, err := credits.Open(seoul, 20)
	if err != nil {
		panic(err)
	}
	l, err = l.Redeem(calendar.MustParseDate("2026-02-02"), catalogue.Workshops, won(decimal.RequireFromString("35000000")), won(decimal.RequireFromString("5000000")), credits.Reference{})

	if err != nil {
		panic(err)
	}
	start := time.Date(2026, time.March, 16, 9, 0, 0, 0, loc)
	l, err = l.Cancel(l.Last().Seq, start, time.Date(2026, time.March, 6, 17, 0, 0, 0, loc), credits.Reference{})
	if err != nil {
		panic(err)
	}
	e := l.Last()
	fmt.Println(e.Date, e.NoticeDays, "days: fee", e.Fee, "restored", e.Change, "balance", e.Balance)
	fmt.Println(e.Rules)
	// Output:
	// 2026-03-06 10 days: fee 4 restored 3 balance 16
	// CANCEL-2, D-CANCEL, D-DAYS, D-CRED-1
}

// Credits not used by the Work Order's last day are forfeited; the ledger
// records the expiry and refuses every later operation (TERM-7, D-TERM-2).
func ExampleLedger_Expire() {
	seoul := credits.Account{Location: "Seoul", Currency: currency.KRW,
		Start: calendar.MustParseDate("2026-01-01"), End: calendar.MustParseDate("2028-12-31")}
	l, err := credits.Open(seoul, 25)
	if err != nil {
		panic(err)
	}
	if _, err := l.Expire(calendar.MustParseDate("2028-12-31")); err != nil {
		fmt.Println(err)
	}
	l, err = l.Expire(calendar.MustParseDate("2029-01-01"))
	if err != nil {
		panic(err)
	}
	fmt.Println(l.Last().Change, l.Balance(), l.Last().Rules)
	_, err = l.Redeem(calendar.MustParseDate("2029-01-02"), catalogue.Workshops, won(decimal.RequireFromString("1")), won(decimal.RequireFromString("1")), credits.Reference{})
	fmt.Println(err)
	// Output:
	// credits: Work Order term has not ended: credits are usable until 2028-12-31, so they cannot expire on 2028-12-31 (TERM-7)
	// -25 0 TERM-7, D-TERM-2
	// credits: Work Order term has ended: the balance expired on 2029-01-01 (TERM-7)
}

// 10 of Seoul's credits (1,000,000 KRW each) move to Tokyo (110,000 JPY
// each) at 0.1085 JPY per KRW: 10 × 1,000,000 × 0.1085 ÷ 110,000 =
// 9.8636…, rounded half up once to 10 (D-CRED-2). The same record leaves
// one ledger and arrives at the other.
func ExampleLedger_TransferOut() {
	term := func(a credits.Account) credits.Account {
		a.Start, a.End = calendar.MustParseDate("2026-01-01"), calendar.MustParseDate("2028-12-31")
		return a
	}
	kr, err := credits.Open(term(credits.Account{Location: "Seoul", Currency: currency.KRW}), 100)
	if err != nil {
		panic(err)
	}
	jp, err := credits.Open(term(credits.Account{Location: "Tokyo", Currency: currency.JPY}), 20)
	if err != nil {
		panic(err)
	}
	fromRate, fx, toRate := decimal.RequireFromString("1000000"), decimal.RequireFromString("0.1085"), decimal.RequireFromString("110000")
	c, err := credits.Exchange(10, won(fromRate), fx, yen(toRate))
	if err != nil {
		panic(err)
	}
	x := credits.Transfer{ID: "KR-JP-2026-001", From: "Seoul", To: "Tokyo", Sent: 10, Received: c.Received,
		FromRate: must(money.New(fromRate, currency.KRW)), ToRate: must(money.New(toRate, currency.JPY)), FXRate: fx,
		Rules: c.Rules}
	on := calendar.MustParseDate("2026-05-01")
	if kr, err = kr.TransferOut(on, x, credits.Reference{}); err != nil {
		panic(err)
	}
	if jp, err = jp.TransferIn(on, x, credits.Reference{}); err != nil {
		panic(err)
	}
	fmt.Println(c.Value(), "→", c.Received, c.Rules)
	fmt.Println("Seoul", kr.Balance(), "Tokyo", jp.Balance())
	// Output:
	// 9.863636363636363636 → 10 MC-16, MC-17, D-CRED-2
	// Seoul 90 Tokyo 30
}

// An auditor replays a stored history: a figure the rules do not reproduce
// is reported with its entry.
func ExampleReplay() {
	seoul := credits.Account{Location: "Seoul", Currency: currency.KRW,
		Start: calendar.MustParseDate("2026-01-01"), End: calendar.MustParseDate("2028-12-31")}
	l, err := credits.Open(seoul, 10)
	if err != nil {
		panic(err)
	}
	l, err = l.Redeem(calendar.MustParseDate("2026-02-02"), catalogue.Workshops, won(decimal.RequireFromString("12500000")), won(decimal.RequireFromString("5000000")), credits.Reference{})

	if err != nil {
		panic(err)
	}
	history := l.Entries()
	if r, err := credits.Replay(seoul, history); err == nil {
		fmt.Println("replayed: balance", r.Balance())
	}
	history[1].Change, history[1].Balance = -2, 8 // 2.5 credits rounded down
	_, err = credits.Replay(seoul, history)
	fmt.Println(err)
	// Output:
	// replayed: balance 7
	// credits: history does not replay: entry 2 (redeem): change recorded as -2, the rules give -3
}

// A ledger's JSON form carries its account and history; reading it back
// replays the history (CRED-1, CRED-3, D-CRED-1).
func ExampleLedger_MarshalJSON() {
	seoul := credits.Account{Location: "Seoul", Currency: currency.KRW,
		Start: calendar.MustParseDate("2026-01-01"), End: calendar.MustParseDate("2028-12-31")}
	l, err := credits.Open(seoul, 10)
	if err != nil {
		panic(err)
	}
	l, err = l.Redeem(calendar.MustParseDate("2026-02-02"), catalogue.Workshops, won(decimal.RequireFromString("12500000")), won(decimal.RequireFromString("5000000")), credits.Reference{})

	if err != nil {
		panic(err)
	}
	b, err := json.Marshal(l)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))
	var back credits.Ledger
	if err := json.Unmarshal(b, &back); err != nil {
		panic(err)
	}
	fmt.Println(back.Balance())
	// Output:
	// {"location":"Seoul","currency":"KRW","start":"2026-01-01","end":"2028-12-31","balance":7,"entries":[{"seq":1,"kind":"open","date":"2026-01-01","change":10,"balance":10,"rules":["CRED-1"]},{"seq":2,"kind":"redeem","date":"2026-02-02","change":-3,"balance":7,"service":"workshops","price":{"amount":"12500000","currency":"KRW"},"rate":{"amount":"5000000","currency":"KRW"},"value":"2.5","rules":["CRED-2","CRED-3","D-CRED-1"]}]}
	// 7
}

// Restore applies a cancellation outcome to the credits a service took:
// the fee in credits is rounded half up like every deduction (D-CANCEL,
// D-CRED-1).
func ExampleRestore() {
	for _, days := range []int{14, 10, 3} {
		o, err := cancellation.AssessNotice(days, money.Amount{})
		if err != nil {
			panic(err)
		}
		r, err := credits.Restore(o, 7)
		if err != nil {
			panic(err)
		}
		fmt.Printf("%2d days: fee %d, restored %d (%v)\n", days, r.Fee, r.Restored, r.Rules)
	}
	// Output:
	// 14 days: fee 0, restored 7 (CANCEL-1, D-CANCEL, D-CRED-1)
	// 10 days: fee 4, restored 3 (CANCEL-2, D-CANCEL, D-CRED-1)
	//  3 days: fee 7, restored 0 (CANCEL-3, D-CANCEL, D-CRED-1)
}

// Exchange converts credits between two locations' rates exactly and rounds
// once (D-CRED-2).
func ExampleExchange() {
	c, err := credits.Exchange(3, won(decimal.RequireFromString("150")), decimal.RequireFromString("1"), yen(decimal.RequireFromString("100")))
	if err != nil {
		panic(err)
	}
	fmt.Println(c.Value(), c.Received, c.Rules)
	// Output: 4.5 5 MC-16, MC-17, D-CRED-2
}
