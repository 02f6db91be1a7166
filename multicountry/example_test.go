package multicountry_test

import (
	"encoding/json"
	"errors"
	"fmt"
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

// contosoWorkOrder is Contoso Korea's Work Order: host Seoul (KRW),
// downstream Tokyo (JPY), term 2026-01-01 to 2028-12-31.
func contosoWorkOrder() contract.WorkOrder {
	term := contract.Term{Start: calendar.MustParseDate("2026-01-01"), End: calendar.MustParseDate("2028-12-31")}
	return contract.WorkOrder{
		Customer: "Contoso Korea", Term: term, Unified: term, MultiCountry: true,
		Locations: []contract.Location{
			{Name: "Seoul", Country: "KR", Role: contract.Host, TimeZone: "Asia/Seoul", Currency: currency.KRW},
			{Name: "Tokyo", Country: "JP", Role: contract.Downstream, TimeZone: "Asia/Tokyo", Currency: currency.JPY},
		},
		Purchases: []contract.Purchase{
			{Service: catalogue.Workshops, Quantity: 4, Location: "Seoul"},
			{Service: catalogue.DesignatedEngineering, Quantity: 1, Location: "Tokyo"},
			{Service: catalogue.UnifiedEnhancedResponse, Quantity: 1, Location: "Seoul"},
		},
		FlexAllowance: money.MustParse("300000.00 USD"),
		Contacts: []contract.Contact{
			{Name: "Kim Min-jun", Role: contract.SupportServicesManager, Location: "Seoul"},
			{Name: "Sato Yuki", Role: contract.ReactiveContact, Location: "Tokyo"},
		},
	}
}

// Contoso Korea's locations, for SLA work: roles, countries and calendars,
// with no billing data (MC-2, MC-3, D-CAL). Seoul keeps 1 March's
// substitute holiday; Tokyo keeps the default of D-CAL.
func ExampleNew() {
	seoulZone, err := time.LoadLocation("Asia/Seoul")
	if err != nil {
		panic(err)
	}
	seoul, err := calendar.New(seoulZone, calendar.WithHolidays(calendar.MustParseDate("2026-03-02")))
	if err != nil {
		panic(err)
	}
	s, err := multicountry.New(contosoWorkOrder(), map[string]*calendar.Calendar{"Seoul": seoul})
	if err != nil {
		panic(err)
	}
	for _, st := range s.Sites() {
		fmt.Println(st, st.Calendar.Location(), st.Calendar.IsHoliday(calendar.MustParseDate("2026-03-02")))
	}
	// A calendar whose zone is named Asia/Seoul but runs on UTC is refused.
	utc, err := calendar.New(time.FixedZone("Asia/Seoul", 0))
	if err != nil {
		panic(err)
	}
	_, err = multicountry.New(contosoWorkOrder(), map[string]*calendar.Calendar{"Seoul": utc})
	fmt.Println(errors.Is(err, multicountry.ErrCalendar))
	// Output:
	// Seoul (KR, host) Asia/Seoul true
	// Tokyo (JP, downstream) Asia/Tokyo false
	// true
}

// Workshops bought for Seoul are delivered on site only with a written
// agreement (PRO-4, TERM-2), and never where Microsoft does not offer
// on-site delivery (MAINT-6).
func ExampleSupport_DeliveryOnSite() {
	s, err := multicountry.New(contosoWorkOrder(), nil)
	if err != nil {
		panic(err)
	}
	for _, r := range []multicountry.OnSite{
		{Service: catalogue.Workshops, Location: "Seoul"},
		{Service: catalogue.Workshops, Location: "Seoul", Agreed: calendar.MustParseDate("2026-02-01")},
		{Service: catalogue.OnDemandAssessment, Location: "Tokyo", Agreed: calendar.MustParseDate("2026-02-01"), NotOffered: true},
	} {
		d, err := s.DeliveryOnSite(r)
		if err != nil {
			panic(err)
		}
		fmt.Println(r.Service, d.Allowed, d.Mode, d.Rules)
	}
	// Output:
	// workshops false online MC-8, MC-13, TERM-2, EDU-6, PRO-4
	// workshops true onsite MC-8, MC-13, TERM-2, EDU-6, PRO-4
	// on-demand-assessment false on-demand MC-6, MC-5, TERM-1, AMB-46, MAINT-6, DOC-2
}

// Where three of Contoso Korea's services may be delivered, and by which
// rules: workshops bought for Seoul (MC-8; Tokyo's staff may join them
// remotely only if Microsoft agrees, MC-14), Designated Engineering bought
// for Tokyo (DE-5: one location), and UER bought for the host, which covers
// Tokyo too (UER-23, UER-24, D-UER).
func ExampleSupport_Delivery() {
	s, err := multicountry.New(contosoWorkOrder(), nil)
	if err != nil {
		panic(err)
	}
	for _, svc := range []catalogue.ServiceID{catalogue.Workshops, catalogue.DesignatedEngineering, catalogue.UnifiedEnhancedResponse} {
		for _, loc := range []string{"Seoul", "Tokyo"} {
			d, err := s.Delivery(svc, loc)
			if err != nil {
				panic(err)
			}
			fmt.Printf("%-25s %-5s %-15s %s\n", svc, loc, d.Reach, d.Rules)
		}
	}
	// Output:
	// workshops                 Seoul deliverable     MC-8, MC-13, TERM-2
	// workshops                 Tokyo needs-agreement MC-14, MC-8, MC-13
	// designated-engineering    Seoul not-deliverable DE-5, AMB-34, MC-8, MC-13
	// designated-engineering    Tokyo deliverable     DE-5, AMB-34, MC-8, MC-13
	// unified-enhanced-response Seoul deliverable     UER-23, UER-24, D-UER, MC-12
	// unified-enhanced-response Tokyo deliverable     UER-23, UER-24, D-UER, MC-12
}

// Ten credits move from Seoul's ledger to Tokyo's at 0.11 JPY per KRW: 10 ×
// 1,300,000 KRW × 0.11 = 1,430,000 JPY, which is 9.53 Tokyo credits at
// 150,000 JPY, rounded half up once to 10. The rounding added 70,000 JPY of
// value, less than half a Tokyo credit (MC-15, MC-16, MC-17, D-CRED-2).
func ExampleSupport_Exchange() {
	s, err := multicountry.New(contosoWorkOrder(), nil)
	if err != nil {
		panic(err)
	}
	open := func(loc, cur string, n int64) credits.Ledger {
		l, err := credits.Open(credits.Account{Location: loc, Currency: currency.MustParseISO(cur),
			Start: calendar.MustParseDate("2026-01-01"), End: calendar.MustParseDate("2028-12-31")}, n)
		if err != nil {
			panic(err)
		}
		return l
	}
	seoul, tokyo := open("Seoul", "KRW", 100), open("Tokyo", "JPY", 20)
	x, err := s.Exchange(multicountry.ExchangeRequest{
		ID: "KR-JP-2026-001", On: calendar.MustParseDate("2026-06-01"),
		From: "Seoul", To: "Tokyo", Credits: 10, FX: decimal.RequireFromString("0.11"),
		FromPrice: money.MustParse("1300000 KRW"), ToPrice: money.MustParse("150000 JPY"),
	}, seoul, tokyo)
	if err != nil {
		panic(err)
	}
	fmt.Println("sent", x.Transfer.Sent, "received", x.Transfer.Received)
	fmt.Println("value", x.Value(), "JPY, rounding", x.Rounding(), "JPY")
	fmt.Println("balances: Seoul", x.From.Balance(), "Tokyo", x.To.Balance())
	fmt.Println(x.Rules)
	// Output:
	// sent 10 received 10
	// value 1430000 JPY, rounding 70000 JPY
	// balances: Seoul 90 Tokyo 30
	// MC-15, MC-16, MC-17, MC-18, D-CRED-2, AMB-23, AMB-4
}

// An incident raised by Contoso Korea's Tokyo contact on Friday 13 March 2026
// at 16:00 runs on Tokyo's business hours: two business hours later is
// Monday 09:30 in Tokyo (D-CAL, D-CLOCK).
func ExampleSupport_GoverningCalendar() {
	s, err := multicountry.New(contosoWorkOrder(), nil)
	if err != nil {
		panic(err)
	}
	g, err := s.GoverningCalendar("Sato Yuki")
	if err != nil {
		panic(err)
	}
	tokyo := g.Calendar.Location()
	due := g.Calendar.Add(time.Date(2026, time.March, 13, 16, 0, 0, 0, tokyo), 2*time.Hour)
	fmt.Println(g.Location, due.Format("Mon 2006-01-02 15:04 MST"))
	fmt.Println(g.Rules)
	// Output:
	// Tokyo Mon 2026-03-16 09:30 JST
	// D-CAL, AMB-18, SEV-STD-21, TERM-1, RESP-2, MC-3
}

// A quarter's lines, each a quantity at a unit price, split into one
// invoice per customer location; totals are exact per currency (MC-21).
func ExampleSplitInvoices() {
	line := func(desc string, svc catalogue.ServiceID, loc, on, qty, unit string) multicountry.InvoiceLine {
		l, err := multicountry.NewInvoiceLine(desc, svc, loc, calendar.MustParseDate(on), decimal.RequireFromString(qty), money.MustParse(unit))
		if err != nil {
			panic(err)
		}
		return l
	}
	lines := []multicountry.InvoiceLine{
		line("Security workshop, 2 days", catalogue.Workshops, "Seoul", "2026-02-10", "2", "2600000 KRW"),
		line("Designated Engineering, hours", catalogue.DesignatedEngineering, "Tokyo", "2026-02-10", "1.5", "300000 JPY"),
		line("Unified Enhanced Response, March", catalogue.UnifiedEnhancedResponse, "Seoul", "2026-03-01", "1", "9100000 KRW"),
	}
	invs, err := multicountry.SplitInvoices(lines, multicountry.ByLocation)
	if err != nil {
		panic(err)
	}
	for _, inv := range invs {
		fmt.Println(inv.Key.Location, len(inv.Lines), "lines", inv.Total)
	}
	b, err := json.Marshal(lines[1])
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))
	// Output:
	// Tokyo 1 lines 450000 JPY
	// Seoul 2 lines 14300000 KRW
	// {"description":"Designated Engineering, hours","service":"designated-engineering","location":"Tokyo","delivered":"2026-02-10","quantity":"1.5","unitPrice":{"amount":"300000","currency":"JPY"},"amount":{"amount":"450000","currency":"JPY"}}
}
