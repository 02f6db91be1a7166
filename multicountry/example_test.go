package multicountry_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/credits"
	"github.com/supportrules/unified/multicountry"
	"golang.org/x/text/currency"
)

// Five credits move from Seoul, where one costs 1,300,000 KRW, to New York,
// where one costs 1,872.00 USD, at 0.00072 USD per KRW: 5 × 1,300,000 ×
// 0.00072 = 4,680 USD, which is exactly 2.5 New York credits, rounded half
// up once to 3 (MC-16, MC-17, D-CRED-2). An exception country never
// exchanges (MC-18).
func ExampleExchange() {
	seoul := multicountry.Location{Name: "Seoul", Country: "KR", Host: true, Currency: "KRW", CreditPrice: decimal.RequireFromString("1300000")}
	newYork := multicountry.Location{Name: "New York", Country: "US", Currency: "USD", CreditPrice: decimal.RequireFromString("1872.00")}
	n, err := multicountry.Exchange(5, seoul, newYork, decimal.RequireFromString("0.00072"))
	if err != nil {
		panic(err)
	}
	fmt.Println(n)

	newYork.Exception = true
	_, err = multicountry.Exchange(5, seoul, newYork, decimal.RequireFromString("0.00072"))
	fmt.Println(errors.Is(err, multicountry.ErrExceptionCountry))
	// Output:
	// 3
	// true
}

// contosoWorkOrder is Contoso Korea's Work Order: host Seoul (KRW),
// downstream Tokyo (JPY), term 2026-01-01 to 2028-12-31.
func contosoWorkOrder() contract.WorkOrder {
	term := contract.Term{Start: calendar.MustParseDate("2026-01-01"), End: calendar.MustParseDate("2028-12-31")}
	return contract.WorkOrder{
		Customer: "Contoso Korea", Term: term, Unified: term, MultiCountry: true,
		Locations: []contract.Location{
			{Name: "Seoul", Country: "KR", Role: contract.Host, TimeZone: "Asia/Seoul", Currency: "KRW"},
			{Name: "Tokyo", Country: "JP", Role: contract.Downstream, TimeZone: "Asia/Tokyo", Currency: "JPY"},
		},
		Purchases: []contract.Purchase{
			{Service: catalogue.Workshops, Quantity: 4, Location: "Seoul"},
			{Service: catalogue.DesignatedEngineering, Quantity: 1, Location: "Tokyo"},
			{Service: catalogue.UnifiedEnhancedResponse, Quantity: 1, Location: "Seoul"},
		},
		FlexAllowance: decimal.RequireFromString("300000.00"),
		Contacts: []contract.Contact{
			{Name: "Kim Min-jun", Role: contract.SupportServicesManager, Location: "Seoul"},
			{Name: "Sato Yuki", Role: contract.ReactiveContact, Location: "Tokyo"},
		},
	}
}

// Contoso Korea's locations, with a credit price for each (MC-2, MC-3,
// MC-16).
func ExampleNew() {
	s, err := multicountry.New(contosoWorkOrder(),
		multicountry.Site{Location: "Seoul", CreditPrice: decimal.RequireFromString("1300000")},
		multicountry.Site{Location: "Tokyo", CreditPrice: decimal.RequireFromString("150000")},
	)
	if err != nil {
		panic(err)
	}
	for _, l := range s.Locations() {
		fmt.Println(l)
	}
	// Output:
	// Seoul (KR, host, 1 credit = 1300000 KRW)
	// Tokyo (JP, downstream, 1 credit = 150000 JPY)
}

// Where three of Contoso Korea's services may be delivered, and by which
// rules: workshops bought for Seoul (MC-8; Tokyo's staff may join them
// remotely only if Microsoft agrees, MC-14), Designated Engineering bought
// for Tokyo (DE-5: one location), and UER bought for the host, which covers
// Tokyo too (UER-23, UER-24, D-UER).
func ExampleSupport_Delivery() {
	s, err := multicountry.New(contosoWorkOrder(),
		multicountry.Site{Location: "Seoul", CreditPrice: decimal.RequireFromString("1300000")},
		multicountry.Site{Location: "Tokyo", CreditPrice: decimal.RequireFromString("150000")},
	)
	if err != nil {
		panic(err)
	}
	for _, svc := range []catalogue.ServiceID{catalogue.Workshops, catalogue.DesignatedEngineering, catalogue.UnifiedEnhancedResponse} {
		for _, loc := range []string{"Seoul", "Tokyo"} {
			d, err := s.Delivery(svc, loc)
			if err != nil {
				panic(err)
			}
			fmt.Printf("%-25s %-5s %-15s %s\n", svc, loc, d.Verdict, d.Rules)
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
	s, err := multicountry.New(contosoWorkOrder(),
		multicountry.Site{Location: "Seoul", CreditPrice: decimal.RequireFromString("1300000")},
		multicountry.Site{Location: "Tokyo", CreditPrice: decimal.RequireFromString("150000")},
	)
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
	}, seoul, tokyo)
	if err != nil {
		panic(err)
	}
	fmt.Println("sent", x.Transfer.Sent, "received", x.Transfer.Received)
	fmt.Println("value", x.Value, "JPY, rounding", x.Rounding, "JPY")
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
	s, err := multicountry.New(contosoWorkOrder(),
		multicountry.Site{Location: "Seoul", CreditPrice: decimal.RequireFromString("1300000")},
		multicountry.Site{Location: "Tokyo", CreditPrice: decimal.RequireFromString("150000")},
	)
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

// A quarter's lines split into one invoice per customer location (MC-21).
func ExampleSplitInvoices() {
	lines := []multicountry.InvoiceLine{
		{Service: catalogue.Workshops, Location: "Seoul", Delivered: calendar.MustParseDate("2026-02-10"), Amount: decimal.RequireFromString("5200000"), Currency: "KRW"},
		{Service: catalogue.DesignatedEngineering, Location: "Tokyo", Delivered: calendar.MustParseDate("2026-02-10"), Amount: decimal.RequireFromString("450000"), Currency: "JPY"},
		{Service: catalogue.UnifiedEnhancedResponse, Location: "Seoul", Delivered: calendar.MustParseDate("2026-03-01"), Amount: decimal.RequireFromString("9100000"), Currency: "KRW"},
	}
	invs, err := multicountry.SplitInvoices(lines, multicountry.ByLocation)
	if err != nil {
		panic(err)
	}
	for _, inv := range invs {
		fmt.Println(inv.Key.Location, len(inv.Lines), "lines", inv.Total, inv.Key.Currency)
	}
	// Output:
	// Tokyo 1 lines 450000 JPY
	// Seoul 2 lines 14300000 KRW
}

// Validate reports everything wrong with a location at once.
func ExampleLocation_Validate() {
	l := multicountry.Location{Name: "London", Country: "UK", Currency: "GBP", CreditPrice: decimal.RequireFromString("0")}
	err := l.Validate()
	fmt.Println(errors.Is(err, multicountry.ErrCountry), errors.Is(err, multicountry.ErrCreditPrice), errors.Is(err, multicountry.ErrCurrency))
	// Output: true true false
}
