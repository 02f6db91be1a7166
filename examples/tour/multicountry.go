package main

import (
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/credits"
	"github.com/supportrules/unified/multicountry"
	"golang.org/x/text/currency"
)

// tourMulticountry prints Contoso Korea's two-country support: host Seoul
// (KRW) and downstream Tokyo (JPY) with their credit prices and calendars,
// an exchange of Proactive Credits between their ledgers, where three
// services may be delivered, whose calendar governs a deadline, and a split
// invoice. The Work Order term is 2026-01-01 to 2028-12-31, last day
// included.
func tourMulticountry(w io.Writer, sm *sample) error {
	seoulCal, tokyoZone := sm.cal, sm.tokyo
	// Japan's September 2026 holidays (the tour's data, not the library's):
	// Respect for the Aged Day, the citizens' holiday between, Autumnal
	// Equinox Day.
	tokyoCal, err := calendar.New(tokyoZone, calendar.WithHolidays(
		calendar.MustParseDate("2026-09-21"), calendar.MustParseDate("2026-09-22"), calendar.MustParseDate("2026-09-23")))
	if err != nil {
		return err
	}
	s, err := multicountry.New(contosoWorkOrder(), map[string]*calendar.Calendar{"Seoul": seoulCal, "Tokyo": tokyoCal})
	if err != nil {
		return err
	}
	for _, st := range s.Sites() {
		fmt.Fprintf(w, "%-24s business hours %v weekdays in %v  [MC-2, MC-3, D-CAL]\n", st, st.Calendar.Windows(time.Monday), st.Calendar.Location())
	}

	// An exchange of 10 credits from Seoul to Tokyo at 0.11 JPY per KRW.
	open := func(loc string, cur currency.Unit, n int64) (credits.Ledger, error) {
		return credits.Open(credits.Account{Location: loc, Currency: cur,
			Start: calendar.MustParseDate("2026-01-01"), End: calendar.MustParseDate("2028-12-31")}, n)
	}
	seoul, err := open("Seoul", currency.KRW, 100)
	if err != nil {
		return err
	}
	tokyo, err := open("Tokyo", currency.JPY, 20)
	if err != nil {
		return err
	}
	fx := decimal.RequireFromString("0.11")
	x, err := s.Exchange(multicountry.ExchangeRequest{ID: "KR-JP-2026-001", On: calendar.MustParseDate("2026-06-01"),
		From: "Seoul", To: "Tokyo", Credits: 10, FX: fx,
		FromPrice: money.MustParse("1300000 KRW"), ToPrice: money.MustParse("150000 JPY")}, seoul, tokyo)
	if err != nil {
		return err
	}
	// The credits figure is shown to 4 places for people; the exchange itself
	// rounds the exact value once, to a whole credit.
	fmt.Fprintf(w, "exchange %s on 2026-06-01: %d Seoul credits × 1300000 KRW × %s JPY/KRW = %s JPY = %s Tokyo credits, rounded half up once to %d  [%v]\n",
		x.Transfer.ID, x.Transfer.Sent, fx, x.Value(), x.Value().DivRound(decimal.RequireFromString("150000"), 4), x.Transfer.Received, x.Rules)
	fmt.Fprintf(w, "  the rounding added %s JPY (at most half a Tokyo credit, 75000 JPY); balances Seoul %d → %d, Tokyo %d → %d\n",
		x.Rounding(), seoul.Balance(), x.From.Balance(), tokyo.Balance(), x.To.Balance())
	withManila := contosoWorkOrder()
	withManila.Locations = append(withManila.Locations, contract.Location{Name: "Manila", Country: "PH", Role: contract.Downstream,
		TimeZone: "Asia/Manila", Currency: currency.MustParseISO("PHP"), Exception: true})
	mc, err := multicountry.New(withManila, nil)
	if err != nil {
		return err
	}
	manila, err := credits.Open(credits.Account{Location: "Manila", Currency: currency.MustParseISO("PHP"),
		Start: calendar.MustParseDate("2026-01-01"), End: calendar.MustParseDate("2028-12-31")}, 0)
	if err != nil {
		return err
	}
	if _, err := mc.Exchange(multicountry.ExchangeRequest{ID: "KR-PH-2026-001", On: calendar.MustParseDate("2026-06-01"),
		From: "Seoul", To: "Manila", Credits: 10, FX: decimal.RequireFromString("0.042"),
		FromPrice: money.MustParse("1300000 KRW"), ToPrice: money.MustParse("55000 PHP")}, x.From, manila); errors.Is(err, multicountry.ErrExceptionCountry) {
		fmt.Fprintf(w, "  refused: %v; Seoul keeps %d credits, Manila %d\n", err, x.From.Balance(), manila.Balance())
	}

	// Where three services may be delivered.
	for _, svc := range []catalogue.ServiceID{catalogue.Workshops, catalogue.EnhancedDesignatedEngineering, catalogue.UnifiedEnhancedResponse} {
		for _, loc := range []string{"Seoul", "Tokyo"} {
			d, err := s.Delivery(svc, loc)
			if err != nil {
				return err
			}
			mode := "-" // a refusal has no delivery mode
			if d.Mode.IsValid() {
				mode = d.Mode.String()
			}
			fmt.Fprintf(w, "%-32s at %-5s %-15s %-7s [%v]\n", svc, loc, d.Reach, mode, d.Rules)
		}
	}

	// The same incident time on two calendars: the contact's location decides.
	for _, contact := range []string{"Kim Min-jun", "Sato Yui"} {
		g, err := s.GoverningCalendar(contact)
		if err != nil {
			return err
		}
		opened := at(g.Calendar.Location(), 2026, time.September, 23, 16, 0)
		due := g.Calendar.Add(opened, 2*time.Hour)
		fmt.Fprintf(w, "severity B raised by %-11s (%s) %s: 2 business hours end %s  [%v]\n",
			contact, g.Location, opened.Format("Mon 01-02 15:04"), due.Format("Mon 01-02 15:04 MST"), g.Rules)
	}

	// One transaction, one invoice per location.
	date := calendar.MustParseDate
	invoiceLine := func(svc catalogue.ServiceID, loc, on, price string) multicountry.InvoiceLine {
		l, err := multicountry.NewInvoiceLine(svc.String(), svc, loc, date(on), decimal.New(1, 0), money.MustParse(price))
		if err != nil {
			panic(err) // the tour's own table
		}
		return l
	}
	lines := []multicountry.InvoiceLine{
		invoiceLine(catalogue.UnifiedEnhancedResponse, "Seoul", "2026-01-01", "195000000 KRW"),
		invoiceLine(catalogue.Workshops, "Tokyo", "2026-02-10", "3000000 JPY"),
		invoiceLine(catalogue.EnhancedDesignatedEngineering, "Seoul", "2026-02-10", "78000000 KRW"),
	}
	invs, err := multicountry.SplitInvoices(lines, multicountry.ByLocation)
	if err != nil {
		return err
	}
	for _, inv := range invs {
		fmt.Fprintf(w, "invoice %-5s %d line(s), %s %s  [%v]\n", inv.Key.Location, len(inv.Lines), inv.Total.Decimal(), inv.Key.Currency, inv.Rules)
	}
	return nil
}
