package examples_test

import (
	"errors"
	"fmt"
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

// threeLocationWorkOrder is Contoso Korea's Work Order with a third support
// location, Jakarta, which this Work Order marks as an exception
// (tax-exception) country. Proactive Credits are bought per location (MC-4).
func threeLocationWorkOrder() contract.WorkOrder {
	term := contract.Term{Start: calendar.MustParseDate("2026-01-01"), End: calendar.MustParseDate("2028-12-31")}
	return contract.WorkOrder{
		Customer: "Contoso Korea", Term: term, Unified: term, MultiCountry: true,
		Locations: []contract.Location{
			{Name: "Seoul", Country: "KR", Role: contract.Host, TimeZone: "Asia/Seoul", Currency: currency.KRW},
			{Name: "Tokyo", Country: "JP", Role: contract.Downstream, TimeZone: "Asia/Tokyo", Currency: currency.JPY},
			{Name: "Jakarta", Country: "ID", Role: contract.Downstream, TimeZone: "Asia/Jakarta", Currency: currency.IDR, Exception: true},
		},
		Purchases: []contract.Purchase{
			{Service: catalogue.ProactiveCredits, Quantity: 40, Unit: catalogue.UnitCredits, Location: "Seoul"},
			{Service: catalogue.ProactiveCredits, Quantity: 5, Unit: catalogue.UnitCredits, Location: "Tokyo"},
			{Service: catalogue.ProactiveCredits, Quantity: 10, Unit: catalogue.UnitCredits, Location: "Jakarta"},
			{Service: catalogue.Workshops, Quantity: 4, Location: "Seoul"},
			{Service: catalogue.DesignatedEngineering, Quantity: 1, Location: "Tokyo"},
			{Service: catalogue.UnifiedEnhancedResponse, Quantity: 1, Location: "Seoul"},
		},
		FlexAllowance: money.MustParse("300000.00 USD"),
		Contacts: []contract.Contact{
			{Name: "Kim Min-jun", Role: contract.SupportServicesManager, Location: "Seoul"},
			{Name: "Sato Yui", Role: contract.ReactiveContact, Location: "Tokyo"},
			{Name: "Dewi Lestari", Role: contract.ReactiveContact, Location: "Jakarta"},
		},
	}
}

// openLocationLedger opens the Proactive Credits ledger of one location of
// wo with the credits the Work Order buys for it (CRED-1, MC-4).
func openLocationLedger(wo contract.WorkOrder, name string) credits.Ledger {
	loc, ok := wo.Location(name)
	if !ok {
		panic("no location " + name)
	}
	cur := loc.Currency
	var n int64
	for _, p := range wo.Purchases {
		if p.Service == catalogue.ProactiveCredits && p.Location == name {
			n += int64(p.Quantity)
		}
	}
	l, err := credits.Open(credits.Account{Location: name, Currency: cur, Start: wo.Term.Start, End: wo.Term.End}, n)
	if err != nil {
		panic(err)
	}
	return l
}

// In June 2026 Contoso Korea's Tokyo team needs more Proactive Credits than
// the 5 its Work Order bought for Tokyo, and Seoul, the host, has 40.
//
// Credits move only between locations the Work Order lists (MC-15), at each
// location's current credit price and the current currency rate (MC-16): 12
// Seoul credits at 5,000,000 KRW, at 0.1083 JPY per KRW, are worth 6,498,000
// JPY, which is 10.83 Tokyo credits at 600,000 JPY, rounded half up once to
// 11 (MC-17, D-CRED-2). The single rounding adds 102,000 JPY of value, less
// than half a Tokyo credit. The same transfer record is written to both
// ledgers. Tokyo then redeems them for a workshop priced 3,300,000 JPY, worth
// 5.5 credits and so 6 (CRED-3, D-CRED-1).
//
// Jakarta is an exception country in this Work Order, so no credits move to
// or from it (MC-18, D-CRED-2), and a location the Work Order does not list
// cannot receive any (MC-15).
//
// Finally, where may three of Contoso's services be delivered? Workshops were
// bought for Seoul (MC-8; Tokyo's staff may join remotely only if Microsoft
// agrees, MC-14, and an exception location gets only the proactive services
// its Work Order lists, MC-9); Designated Engineering for Tokyo alone (DE-5);
// Unified Enhanced Response for the host, which covers every location
// (UER-23, UER-24, D-UER).
//
// Packages: contract (the Work Order, its locations and purchases), credits
// (the ledgers), multicountry (the exchange and the delivery decisions).
//
// Rules CRED-1, CRED-3, D-CRED-1, MC-4, MC-8, MC-9, MC-14, MC-15, MC-16,
// MC-17, MC-18, D-CRED-2, DE-5, UER-23, UER-24, D-UER (§2.3 table 8, §2.4,
// §2.5).
func Example_multicountryCredits() {
	wo := threeLocationWorkOrder()
	support, err := multicountry.New(wo, nil)
	if err != nil {
		panic(err)
	}
	for _, st := range support.Sites() {
		fmt.Println(st)
	}
	// The then-current credit prices (MC-16), given where credits move.
	seoulPrice, tokyoPrice, jakartaPrice := money.MustParse("5000000 KRW"), money.MustParse("600000 JPY"), money.MustParse("58000000 IDR")
	seoul, tokyo, jakarta := openLocationLedger(wo, "Seoul"), openLocationLedger(wo, "Tokyo"), openLocationLedger(wo, "Jakarta")
	fmt.Printf("opening balances: Seoul %d, Tokyo %d, Jakarta %d  [%v]\n", seoul.Balance(), tokyo.Balance(), jakarta.Balance(), seoul.Last().Rules)

	// Seoul → Tokyo.
	x, err := support.Exchange(multicountry.ExchangeRequest{
		ID: "KR-JP-2026-001", On: calendar.MustParseDate("2026-06-01"),
		From: "Seoul", To: "Tokyo", Credits: 12, FX: decimal.RequireFromString("0.1083"),
		FromPrice: seoulPrice, ToPrice: tokyoPrice,
	}, seoul, tokyo)
	if err != nil {
		panic(err)
	}
	fmt.Printf("%s: %d Seoul credits → %d Tokyo credits; value %s JPY, the rounding adds %s JPY  [%v]\n",
		x.Transfer.ID, x.Transfer.Sent, x.Transfer.Received, x.Value().StringFixed(0), x.Rounding().StringFixed(0), x.Rules)
	seoul, tokyo = x.From, x.To
	for _, l := range []credits.Ledger{seoul, tokyo} {
		e := l.Last()
		fmt.Printf("  %-5s #%d %v %-12v %+3d → %2d  [%v]\n", l.Account().Location, e.Seq, e.Date, e.Kind, e.Change, e.Balance, e.Rules)
	}
	if tokyo, err = tokyo.Redeem(calendar.MustParseDate("2026-06-22"), catalogue.Workshops, money.MustParse("3300000 JPY"), tokyoPrice, credits.Reference{}); err != nil {
		panic(err)
	}
	e := tokyo.Last()
	fmt.Printf("  Tokyo workshop %s JPY ÷ %s JPY/credit = %s → %d credits, %d left  [%v]\n",
		e.Price.Decimal().StringFixed(0), e.Rate.Decimal().StringFixed(0), e.Value.String(), -e.Change, e.Balance, e.Rules)

	// Refused exchanges.
	for _, r := range []multicountry.ExchangeRequest{
		{ID: "KR-ID-2026-001", On: calendar.MustParseDate("2026-07-01"), From: "Seoul", To: "Jakarta", Credits: 5, FX: decimal.RequireFromString("11.5"),
			FromPrice: seoulPrice, ToPrice: jakartaPrice},
		{ID: "KR-SG-2026-001", On: calendar.MustParseDate("2026-07-01"), From: "Seoul", To: "Singapore", Credits: 5, FX: decimal.RequireFromString("0.00093"),
			FromPrice: seoulPrice, ToPrice: money.MustParse("3700 SGD")},
	} {
		_, err := support.Exchange(r, seoul, jakarta)
		fmt.Printf("%s refused: exception country %t, unknown location %t\n  %v\n", r.ID,
			errors.Is(err, multicountry.ErrExceptionCountry), errors.Is(err, multicountry.ErrUnknownLocation), err)
	}

	// Where three services may be delivered.
	for _, svc := range []catalogue.ServiceID{catalogue.Workshops, catalogue.DesignatedEngineering, catalogue.UnifiedEnhancedResponse} {
		for _, loc := range []string{"Seoul", "Tokyo", "Jakarta"} {
			d, err := support.Delivery(svc, loc)
			if err != nil {
				panic(err)
			}
			mode := "-"
			if d.Mode.IsValid() {
				mode = d.Mode.String()
			}
			fmt.Printf("%-25v %-7s %-15v %-6s [%v]\n", svc, loc, d.Reach, mode, d.Rules)
		}
	}
	// Output:
	// Seoul (KR, host)
	// Tokyo (JP, downstream)
	// Jakarta (ID, downstream, exception country)
	// opening balances: Seoul 40, Tokyo 5, Jakarta 10  [CRED-1]
	// KR-JP-2026-001: 12 Seoul credits → 11 Tokyo credits; value 6498000 JPY, the rounding adds 102000 JPY  [MC-15, MC-16, MC-17, MC-18, D-CRED-2, AMB-23, AMB-4]
	//   Seoul #2 2026-06-01 transfer-out -12 → 28  [MC-15, D-CRED-2, D-CRED-1]
	//   Tokyo #2 2026-06-01 transfer-in  +11 → 16  [MC-15, MC-17, D-CRED-2]
	//   Tokyo workshop 3300000 JPY ÷ 600000 JPY/credit = 5.5 → 6 credits, 10 left  [CRED-2, CRED-3, D-CRED-1]
	// KR-ID-2026-001 refused: exception country true, unknown location false
	//   multicountry: exception country: exchange "KR-ID-2026-001" to "Jakarta" (ID): Proactive Credits cannot be exchanged with an exception country (MC-18, D-CRED-2)
	// KR-SG-2026-001 refused: exception country false, unknown location true
	//   multicountry: exchange "KR-SG-2026-001" to: multicountry: location not in the Work Order: "Singapore" (MC-4)
	// workshops                 Seoul   deliverable     online [MC-8, MC-13, TERM-2]
	// workshops                 Tokyo   needs-agreement remote [MC-14, MC-8, MC-13]
	// workshops                 Jakarta not-deliverable -      [MC-9, AMB-23, MC-8, MC-13]
	// designated-engineering    Seoul   not-deliverable -      [DE-5, AMB-34, MC-8, MC-13]
	// designated-engineering    Tokyo   deliverable     remote [DE-5, AMB-34, MC-8, MC-13]
	// designated-engineering    Jakarta not-deliverable -      [MC-9, AMB-23, DE-5, AMB-34]
	// unified-enhanced-response Seoul   deliverable     remote [UER-23, UER-24, D-UER, MC-12]
	// unified-enhanced-response Tokyo   deliverable     remote [UER-23, UER-24, D-UER, MC-12]
	// unified-enhanced-response Jakarta deliverable     remote [UER-23, UER-24, D-UER, MC-12]
}
