package examples_test

import (
	"encoding/json"
	"fmt"
	"time"
	_ "time/tzdata" // named zones without depending on the host's database

	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/credits"
	"github.com/supportrules/unified/multicountry"
)

// March 2026 of Contoso Korea's Proactive Credits, as a billing tool keeps
// it: host Seoul (KRW), downstream Tokyo (JPY), term 2026-01-01 to
// 2028-12-31.
//
//   - Opening: the Work Order applies 60,000 USD of Flex Allowance to
//     Proactive Credits (FLEX-1). At 1,300 KRW per USD and 1,560,000 KRW per
//     credit that buys exactly 50 credits, the opening balance (CRED-1).
//   - Rates: Seoul's rate card gives 1,560,000 KRW per credit from 1 January
//     and 1,600,000 KRW from 16 March; each redemption takes the rate of
//     its day (CRED-2).
//   - Redemptions, each with the purchase order it was billed on: a
//     workshop on 3 March (7,800,000 KRW: 5 credits), a Chalk Talk on 10
//     March (3,900,000 KRW: 2.5, rounded half up to 3, D-CRED-1) and a
//     workshop on 20 March (8,000,000 KRW at the new rate: 5 credits).
//   - A late cancellation: the Chalk Talk, scheduled for 30 March, was
//     cancelled on 12 March — 18 days' notice, no fee (CANCEL-1) — but the
//     billing tool learns of it only after the 20 March redemption. It is
//     recorded after it, effective on 12 March, so the balance on 15 March
//     already has its 3 credits back.
//   - An adjustment: the 20 March workshop ran over by half a day, billed as
//     one more credit, a signed correction citing a reason and the entry it
//     corrects.
//   - A transfer: 10 credits move from Seoul to Tokyo on 27 March at Seoul's
//     rate of the day, 0.11 JPY per KRW and 160,000 JPY per Tokyo credit:
//     1,760,000 JPY, 11 Tokyo credits (MC-16, MC-17, D-CRED-2).
//   - A service credits cannot pay for (Problem Resolution Support) and a
//     price in USD on the KRW ledger are refused, never billed.
//   - The invoice: one line per service delivered, quantity × unit price,
//     totals exact per currency (MC-21), as JSON.
//
// An auditor replays the ledger from its JSON: every figure is recomputed.
//
// Packages: money (amounts), credits (ledger, rate card, Flex funding),
// multicountry (the transfer and the invoice).
//
// Rules FLEX-1, CRED-1, CRED-2, CRED-3, D-CRED-1, CANCEL-1, D-CANCEL,
// MC-16, MC-17, D-CRED-2, MC-21 (§2.2, §2.3, §2.5, §2.6).
func Example_monthOfBilling() {
	must := func(err error) {
		if err != nil {
			panic(err)
		}
	}
	date := calendar.MustParseDate
	seoulZone, err := time.LoadLocation("Asia/Seoul")
	must(err)
	term := contract.Term{Start: date("2026-01-01"), End: date("2028-12-31")}

	// Opening balance from the Flex Allowance.
	funding, err := credits.FundedCredits(money.MustParse("60000.00 USD"), decimal.RequireFromString("1300"), money.MustParse("1560000 KRW"))
	must(err)
	seoul, err := credits.OpenWith(credits.Account{Location: "Seoul", Currency: currency.KRW, Start: term.Start, End: term.End},
		funding.Credits, credits.Reference{Memo: "Flex Allowance 60,000 USD", External: "WO-2026-KR-001"})
	must(err)
	fmt.Printf("opening balance %d credits, worth %v  [%v]\n", funding.Credits, funding.Value, funding.Rules)

	card, err := credits.NewRateCard(
		credits.DatedRate{From: date("2026-01-01"), Price: money.MustParse("1560000 KRW")},
		credits.DatedRate{From: date("2026-03-16"), Price: money.MustParse("1600000 KRW")})
	must(err)

	for _, r := range []struct {
		on, price, po string
		svc           catalogue.ServiceID
	}{
		{"2026-03-03", "7800000", "PO-1001", catalogue.Workshops},
		{"2026-03-10", "3900000", "PO-1002", catalogue.ChalkTalk},
		{"2026-03-20", "8000000", "PO-1003", catalogue.Workshops},
	} {
		seoul, err = seoul.RedeemAt(date(r.on), r.svc, money.MustParse(r.price+" KRW"), card, credits.Reference{External: r.po})
		must(err)
	}
	// The Chalk Talk's cancellation, learnt of after the 20 March redemption.
	seoul, err = seoul.Cancel(3, time.Date(2026, time.March, 30, 9, 0, 0, 0, seoulZone),
		time.Date(2026, time.March, 12, 14, 0, 0, 0, seoulZone), credits.Reference{External: "CN-0312"})
	must(err)
	seoul, err = seoul.Adjust(date("2026-03-20"), -1, 4, "workshop of 20 March ran over by half a day", credits.Reference{External: "PO-1003"})
	must(err)

	// Refused: what credits cannot buy, and a price in another currency.
	_, err = seoul.RedeemAt(date("2026-03-24"), catalogue.ProblemResolutionSupport, money.MustParse("1600000 KRW"), card, credits.Reference{})
	fmt.Println("refused:", err)
	_, err = seoul.Redeem(date("2026-03-24"), catalogue.Workshops, money.MustParse("1200.00 USD"), money.MustParse("1600000 KRW"), credits.Reference{})
	fmt.Println("refused:", err)

	// The transfer to Tokyo.
	wo := contract.WorkOrder{Customer: "Contoso Korea", Term: term, Unified: term, MultiCountry: true,
		Locations: []contract.Location{
			{Name: "Seoul", Country: "KR", Role: contract.Host, TimeZone: "Asia/Seoul", Currency: currency.KRW},
			{Name: "Tokyo", Country: "JP", Role: contract.Downstream, TimeZone: "Asia/Tokyo", Currency: currency.JPY},
		}}
	support, err := multicountry.New(wo, nil)
	must(err)
	tokyo, err := credits.Open(credits.Account{Location: "Tokyo", Currency: currency.JPY, Start: term.Start, End: term.End}, 0)
	must(err)
	x, err := support.Exchange(multicountry.ExchangeRequest{ID: "KR-JP-2026-003", On: date("2026-03-27"), From: "Seoul", To: "Tokyo",
		Credits: 10, FromRates: card, ToPrice: money.MustParse("160000 JPY"), FX: decimal.RequireFromString("0.11")}, seoul, tokyo)
	must(err)
	seoul, tokyo = x.From, x.To

	for _, e := range seoul.Entries() {
		ref := e.Reference.External
		if ref == "" {
			ref = "-"
		}
		svc := "-"
		if e.Service.IsValid() {
			svc = e.Service.String()
		}
		fmt.Printf("#%d %v %-12v %-10s %+3d → %2d  %-14s [%v]\n", e.Seq, e.Date, e.Kind, svc, e.Change, e.Balance, ref, e.Rules)
	}
	fmt.Printf("balance on 15 March %d, on 31 March %d; Tokyo %d\n", seoul.BalanceAt(date("2026-03-15")), seoul.BalanceAt(date("2026-03-31")), tokyo.Balance())

	// The auditor's replay, from JSON.
	data, err := json.Marshal(seoul)
	must(err)
	var audited credits.Ledger
	must(json.Unmarshal(data, &audited))
	fmt.Println("replayed:", audited.Len(), "entries, balance", audited.Balance())

	// The month's invoice: the services delivered and not cancelled.
	var lines []multicountry.InvoiceLine
	for _, e := range seoul.Entries() {
		if e.Kind != credits.KindRedeem || e.Seq == 3 {
			continue
		}
		l, err := multicountry.NewInvoiceLine(fmt.Sprintf("%v, %s", e.Service, e.Reference.External), e.Service, "Seoul", e.Date,
			decimal.New(1, 0), e.Price)
		must(err)
		lines = append(lines, l)
	}
	invs, err := multicountry.SplitInvoices(lines, multicountry.ByLocation)
	must(err)
	out, err := json.MarshalIndent(invs, "", " ")
	must(err)
	fmt.Println(string(out))
	// Output:
	// opening balance 50 credits, worth 78000000 KRW  [FLEX-1, CRED-1, CRED-2]
	// refused: credits: service cannot be paid with credits: problem-resolution-support (CRED-2, SVC-1, CAT-8, REACT-1)
	// refused: money: currency mismatch: price 1200.00 USD on a ledger in KRW (CRED-2)
	// #1 2026-01-01 open         -          +50 → 50  WO-2026-KR-001 [CRED-1]
	// #2 2026-03-03 redeem       workshops   -5 → 45  PO-1001        [CRED-2, CRED-3, D-CRED-1]
	// #3 2026-03-10 redeem       chalk-talk  -3 → 42  PO-1002        [CRED-2, CRED-3, D-CRED-1]
	// #4 2026-03-20 redeem       workshops   -5 → 37  PO-1003        [CRED-2, CRED-3, D-CRED-1]
	// #5 2026-03-12 refund       chalk-talk  +3 → 40  CN-0312        [CANCEL-1, D-CANCEL, D-DAYS, D-CRED-1]
	// #6 2026-03-20 adjust       -           -1 → 39  PO-1003        [CRED-3, D-CRED-1]
	// #7 2026-03-27 transfer-out -          -10 → 29  KR-JP-2026-003 [MC-15, D-CRED-2, D-CRED-1]
	// balance on 15 March 45, on 31 March 29; Tokyo 11
	// replayed: 7 entries, balance 29
	// [
	//  {
	//   "key": {
	//    "currency": "KRW",
	//    "location": "Seoul"
	//   },
	//   "lines": [
	//    {
	//     "description": "workshops, PO-1001",
	//     "service": "workshops",
	//     "location": "Seoul",
	//     "delivered": "2026-03-03",
	//     "quantity": "1",
	//     "unitPrice": {
	//      "amount": "7800000",
	//      "currency": "KRW"
	//     },
	//     "amount": {
	//      "amount": "7800000",
	//      "currency": "KRW"
	//     }
	//    },
	//    {
	//     "description": "workshops, PO-1003",
	//     "service": "workshops",
	//     "location": "Seoul",
	//     "delivered": "2026-03-20",
	//     "quantity": "1",
	//     "unitPrice": {
	//      "amount": "8000000",
	//      "currency": "KRW"
	//     },
	//     "amount": {
	//      "amount": "8000000",
	//      "currency": "KRW"
	//     }
	//    }
	//   ],
	//   "total": {
	//    "amount": "15800000",
	//    "currency": "KRW"
	//   },
	//   "rules": [
	//    "MC-21"
	//   ]
	//  }
	// ]
}
