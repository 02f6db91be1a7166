package main

import (
	"fmt"
	"io"
	"time"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/credits"
	"golang.org/x/text/currency"
)

// tourCredits prints Contoso Korea's Seoul Proactive Credits ledger: the
// credits of the Work Order, redemptions at the then-current rates, a
// cancelled workshop, and the expiry of the rest at the end of the term
// (the term's last day, 2028-12-31, is included; credits expire on
// 2029-01-01).
func tourCredits(w io.Writer, sm *sample) error {
	seoul := sm.cal.Location()
	wo := contosoWorkOrder() // the sample Work Order of the contract section
	acct := credits.Account{Location: "Seoul", Currency: currency.KRW, Start: wo.Term.Start, End: wo.Term.End}
	l, err := credits.Open(acct, wo.ProactiveCredits)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Contoso Korea, %s, %v, term %v to %v (last day included)\n", acct.Location, acct.Currency, acct.Start, acct.End)
	krw := func(s string) money.Amount { return money.MustParse(s + " KRW") }
	redemptions := []struct {
		on          calendar.Date
		svc         catalogue.ServiceID
		price, rate string
	}{
		{calendar.Date{Year: 2026, Month: time.February, Day: 2}, catalogue.Workshops, "12500000", "5000000"},
		{calendar.Date{Year: 2026, Month: time.February, Day: 9}, catalogue.ChalkTalk, "7400000", "5000000"},
	}
	for _, r := range redemptions {
		if l, err = l.Redeem(r.on, r.svc, krw(r.price), krw(r.rate), credits.Reference{}); err != nil {
			return err
		}
	}
	// The workshop (entry 2) starts on 16 March 2026 at 09:00 in Seoul; the
	// customer cancels it on 6 March, 10 days before.
	start, cancelled := at(seoul, 2026, time.March, 16, 9, 0), at(seoul, 2026, time.March, 6, 17, 0)
	if l, err = l.Cancel(2, start, cancelled, credits.Reference{}); err != nil {
		return err
	}
	fmt.Fprintf(w, "  the workshop of entry 2, starting %s, cancelled %s\n", start.Format("01-02 15:04 MST"), cancelled.Format("01-02 15:04 MST"))
	// A year later the rate has changed to 5,200,000 KRW per credit.
	if l, err = l.Redeem(calendar.Date{Year: 2027, Month: time.March, Day: 15}, catalogue.RiskHealthAssessment, krw("31200000"), krw("5200000"), credits.Reference{}); err != nil {
		return err
	}
	// A redemption larger than the balance is refused, never partly made.
	on := calendar.Date{Year: 2027, Month: time.April, Day: 1}
	if _, err := l.Redeem(on, catalogue.Workshops, krw("600000000"), krw("5200000"), credits.Reference{}); err != nil {
		fmt.Fprintf(w, "  refused on %v: 600,000,000 KRW at 5,200,000 KRW/credit: %v\n", on, err)
	}
	if l, err = l.Expire(acct.End.AddDays(1)); err != nil {
		return err
	}
	for e := range l.All() {
		what := ""
		switch e.Kind {
		case credits.KindRedeem:
			what = fmt.Sprintf("%v: %s KRW ÷ %s KRW/credit = %v", e.Service, e.Price, e.Rate, e.Value)
		case credits.KindRefund:
			what = fmt.Sprintf("cancelled entry %d, %d days' notice, fee %d credits", e.Target, e.NoticeDays, e.Fee)
		case credits.KindOpen:
			what = "the Work Order's Proactive Credits, held at the host"
		case credits.KindExpire:
			what = "unused at the end of the term"
		}
		fmt.Fprintf(w, "  %d %v %-6v %+4d → %3d  %s  [%v]\n", e.Seq, e.Date, e.Kind, e.Change, e.Balance, what, e.Rules)
	}
	if _, err := credits.Replay(l.Account(), l.Entries()); err != nil {
		return err
	}
	fmt.Fprintln(w, "  history replayed by credits.Replay: every figure reproduced")
	return nil
}
