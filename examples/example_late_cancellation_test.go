package examples_test

import (
	"errors"
	"fmt"
	"time"
	_ "time/tzdata" // named zones without depending on the host's database

	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/calendar/kr"
	"github.com/supportrules/unified/cancellation"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/credits"
)

// seoulCreditsAccount is the Seoul support location's Proactive Credits
// account under Contoso Korea's Work Order: prices and credit rates in KRW,
// usable from the term's first day through its last, 2028-12-31 (TERM-7).
func seoulCreditsAccount(term contract.Term) credits.Account {
	return credits.Account{Location: "Seoul", Currency: currency.KRW, Start: term.Start, End: term.End}
}

// krw reads an exact amount of won.
func krw(s string) money.Amount { return money.MustParse(s + " KRW") }

// Contoso Korea's Work Order shows 40 Proactive Credits for Seoul (CRED-1).
// In August 2026, at the then-current rate of 5,000,000 KRW per credit
// (CRED-2), Contoso redeems credits for two workshops: an Azure landing-zone
// workshop priced 34,000,000 KRW, worth 6.8 credits and so 7 (CRED-3, D-CRED-1:
// half up, once, before deduction), and a security workshop priced
// 12,500,000 KRW, worth exactly 2.5 credits and so 3.
//
// The landing-zone workshop starts on Monday 12 October 2026 at 09:00 in
// Seoul. Contoso cancels it on Friday 2 October: 10 calendar days' notice,
// although 개천절's substitute day and 한글날 leave only 4 business days in
// between. Notice counts calendar days in the delivery location's zone
// (D-CANCEL, D-DAYS), so the fee is 50% (CANCEL-2): half of 7 credits is 3.5,
// rounded half up to 4 credits kept, 3 restored (D-CRED-1). Cancelling by 28
// September would have been free (CANCEL-1).
//
// The security workshop starts on Thursday 19 November at 09:00 in Seoul.
// Contoso's cancellation e-mail is stamped 23:30 UTC on 15 November, which is
// already 08:30 on the 16th in Seoul: 3 days' notice, a 100% fee (CANCEL-3),
// and no credit comes back. A second cancellation of the same workshop is
// refused.
//
// Finally an auditor replays the ledger from its entries: every balance,
// deduction and fee is recomputed by the rules, and a history whose fee was
// edited no longer replays.
//
// Packages: contract (the Work Order's credits and services), calendar/kr
// (business days, only for contrast), cancellation (the fee bands), credits
// (redemption, restoration and replay).
//
// Rules CRED-1, CRED-2, CRED-3, D-CRED-1, CANCEL-1, CANCEL-2, CANCEL-3,
// D-CANCEL, D-DAYS (§2.3 table 8, §2.6).
func Example_lateCancellation() {
	term := contract.Term{Start: calendar.MustParseDate("2026-01-01"), End: calendar.MustParseDate("2028-12-31")}
	wo := contract.WorkOrder{ProactiveCredits: 40, Term: term}
	acct := seoulCreditsAccount(wo.Term)
	ledger, err := credits.Open(acct, wo.ProactiveCredits)
	if err != nil {
		panic(err)
	}
	seoulHours, err := kr.Calendar()
	if err != nil {
		panic(err)
	}
	seoul := seoulHours.Location()

	// Two redemptions at the then-current rate.
	rate := krw("5000000")
	if ledger, err = ledger.Redeem(calendar.MustParseDate("2026-08-03"), catalogue.Workshops, krw("34000000"), rate, credits.Reference{}); err != nil {
		panic(err)
	}
	landingZone := ledger.Last()
	if ledger, err = ledger.Redeem(calendar.MustParseDate("2026-08-10"), catalogue.Workshops, krw("12500000"), rate, credits.Reference{}); err != nil {
		panic(err)
	}
	security := ledger.Last()
	for _, e := range []credits.Entry{landingZone, security} {
		fmt.Printf("redeemed #%d: %s KRW ÷ %s KRW/credit = %s → %d credits  [%v]\n",
			e.Seq, e.Price.Decimal().StringFixed(0), e.Rate.Decimal().StringFixed(0), e.Value.String(), -e.Change, e.Rules)
	}

	// The landing-zone workshop, cancelled 10 days before it starts.
	start := time.Date(2026, time.October, 12, 9, 0, 0, 0, seoul)
	cancelled := time.Date(2026, time.October, 2, 15, 0, 0, 0, seoul)
	price := landingZone.Price
	o, err := cancellation.Assess(start, cancelled, price)
	if err != nil {
		panic(err)
	}
	r, err := credits.Restore(o, -landingZone.Change)
	if err != nil {
		panic(err)
	}
	fmt.Printf("cancel #%d on %s for %s: %d calendar days (%d business days), fee %s%%  [%v]\n",
		landingZone.Seq, cancelled.Format("Mon 01-02"), start.Format("Mon 01-02 15:04 MST"), o.NoticeDays,
		seoulHours.BusinessDaysBetween(calendar.DateOf(cancelled), calendar.DateOf(start)), o.FeeRate.Decimal().Shift(2).StringFixed(0), o.Rules)
	fmt.Printf("  %d credits: fee %s → %d kept, %d restored  [%v]\n",
		-landingZone.Change, decimal.NewFromInt(-landingZone.Change).Mul(o.FeeRate.Decimal()), r.Fee, r.Restored, r.Rules)
	lastFree := calendar.DateOf(start).AddDays(-cancellation.FreeNoticeDays)
	free, err := cancellation.Assess(start, lastFree.In(seoul).Add(23*time.Hour+59*time.Minute), price)
	if err != nil {
		panic(err)
	}
	fmt.Printf("  free until %v 23:59 KST: %d days' notice, fee %d credits  [%v]\n", lastFree, free.NoticeDays, free.FeeRate.FeeInCredits(-landingZone.Change), free.Rules)
	if ledger, err = ledger.Cancel(landingZone.Seq, start, cancelled, credits.Reference{}); err != nil {
		panic(err)
	}

	// The security workshop, cancelled by an e-mail stamped in UTC.
	start = time.Date(2026, time.November, 19, 9, 0, 0, 0, seoul)
	cancelled = time.Date(2026, time.November, 15, 23, 30, 0, 0, time.UTC)
	if ledger, err = ledger.Cancel(security.Seq, start, cancelled, credits.Reference{}); err != nil {
		panic(err)
	}
	refund := ledger.Last()
	fmt.Printf("cancel #%d at %s (%s in Seoul): %d days' notice, fee %d of %d credits  [%v]\n",
		security.Seq, cancelled.Format("01-02 15:04 MST"), cancelled.In(seoul).Format("01-02 15:04"),
		refund.NoticeDays, refund.Fee, -security.Change, refund.Rules)
	_, err = ledger.Cancel(security.Seq, start, cancelled.Add(time.Hour), credits.Reference{})
	fmt.Printf("cancelling #%d again: ErrRefunded %t: %v\n", security.Seq, errors.Is(err, credits.ErrRefunded), err)

	// The ledger, as recorded.
	for e := range ledger.All() {
		fmt.Printf("  #%d %v %-6v %+3d → %2d  [%v]\n", e.Seq, e.Date, e.Kind, e.Change, e.Balance, e.Rules)
	}

	// An auditor replays it, then a copy whose first refund fee was edited.
	if _, err := credits.Replay(acct, ledger.Entries()); err != nil {
		panic(err)
	}
	fmt.Println("replayed: every figure reproduced by the rules")
	edited := ledger.Entries()
	first := &edited[3] // entry #4, the landing-zone refund: claim a fee of 3 credits and 4 restored
	first.Fee, first.Change, first.Balance = 3, 4, first.Balance+1
	_, err = credits.Replay(acct, edited)
	fmt.Println("edited history replays:", err == nil, "| ErrReplay:", errors.Is(err, credits.ErrReplay))
	// Output:
	// redeemed #2: 34000000 KRW ÷ 5000000 KRW/credit = 6.8 → 7 credits  [CRED-2, CRED-3, D-CRED-1]
	// redeemed #3: 12500000 KRW ÷ 5000000 KRW/credit = 2.5 → 3 credits  [CRED-2, CRED-3, D-CRED-1]
	// cancel #2 on Fri 10-02 for Mon 10-12 09:00 KST: 10 calendar days (4 business days), fee 50%  [CANCEL-2, D-CANCEL, D-DAYS]
	//   7 credits: fee 3.5 → 4 kept, 3 restored  [CANCEL-2, D-CANCEL, D-DAYS, D-CRED-1]
	//   free until 2026-09-28 23:59 KST: 14 days' notice, fee 0 credits  [CANCEL-1, D-CANCEL, D-DAYS]
	// cancel #3 at 11-15 23:30 UTC (11-16 08:30 in Seoul): 3 days' notice, fee 3 of 3 credits  [CANCEL-3, D-CANCEL, D-DAYS, D-CRED-1]
	// cancelling #3 again: ErrRefunded true: credits: redemption already cancelled: redemption 3, by entry 5
	//   #1 2026-01-01 open   +40 → 40  [CRED-1]
	//   #2 2026-08-03 redeem  -7 → 33  [CRED-2, CRED-3, D-CRED-1]
	//   #3 2026-08-10 redeem  -3 → 30  [CRED-2, CRED-3, D-CRED-1]
	//   #4 2026-10-02 refund  +3 → 33  [CANCEL-2, D-CANCEL, D-DAYS, D-CRED-1]
	//   #5 2026-11-16 refund  +0 → 33  [CANCEL-3, D-CANCEL, D-DAYS, D-CRED-1]
	// replayed: every figure reproduced by the rules
	// edited history replays: false | ErrReplay: true
}
