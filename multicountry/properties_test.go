package multicountry_test

import (
	"encoding/json"
	"errors"
	"math/big"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/credits"
	"github.com/supportrules/unified/multicountry"
	"golang.org/x/text/currency"
	"pgregory.net/rapid"
)

// What package multicountry promises, one property per guarantee.

// Rules MC-16, MC-17, D-CRED-2: the exchange has one implementation,
// credits.Exchange; Support.Exchange moves exactly what it gives, which is
// the exact rational value rounded half up once (the oracle).
func TestSupportExchangeAgreesWithCreditsAndTheExactValue(t *testing.T) {
	s := mustSupport(t)
	rapid.Check(t, func(t *rapid.T) {
		sp := decimal.New(rapid.Int64Range(1, 10_000_000_000).Draw(t, "seoulPriceMinorUnits"), -rapid.Int32Range(0, 6).Draw(t, "seoulPricePlaces"))
		tp := decimal.New(rapid.Int64Range(1, 10_000_000_000).Draw(t, "tokyoPriceMinorUnits"), -rapid.Int32Range(0, 6).Draw(t, "tokyoPricePlaces"))
		seoulPrice, tokyoPrice := must(money.New(sp, currency.KRW)), must(money.New(tp, currency.JPY))
		fx := decimal.New(rapid.Int64Range(1, 9_999_999_999).Draw(t, "fxDigits"), -rapid.Int32Range(0, 12).Draw(t, "fxPlaces"))
		n := rapid.Int64Range(0, 1_000_000).Draw(t, "credits")
		seoul, tokyo := ledgers(t, n, 0)
		x, err := s.Exchange(multicountry.ExchangeRequest{ID: "A-1", On: day("2026-06-01"), From: "Seoul", To: "Tokyo",
			Credits: n, FromPrice: seoulPrice, ToPrice: tokyoPrice, FX: fx}, seoul, tokyo)
		c, cerr := credits.Exchange(n, seoulPrice, fx, tokyoPrice)
		if errors.Is(cerr, credits.ErrOutOfRange) {
			if !errors.Is(err, credits.ErrOutOfRange) {
				t.Fatalf("credits refuses %v, Support.Exchange gives %v", cerr, err)
			}
			return
		}
		if err != nil || cerr != nil {
			t.Fatalf("Support.Exchange: %v; credits.Exchange: %v", err, cerr)
		}
		exact := new(big.Rat).SetInt64(n)
		exact.Mul(exact, sp.Rat()).Mul(exact, fx.Rat()).Quo(exact, tp.Rat()).Add(exact, big.NewRat(1, 2))
		oracle := new(big.Int).Quo(exact.Num(), exact.Denom())
		if x.Transfer.Received != c.Received || !oracle.IsInt64() || oracle.Int64() != c.Received || x.To.Balance() != c.Received {
			t.Fatalf("%d credits: Support.Exchange %d, credits.Exchange %d, exact half-up %v", n, x.Transfer.Received, c.Received, oracle)
		}
	})
}

// Rules MC-15, MC-17, D-CRED-2: across the two ledgers of a Work-Order
// exchange, the total value of the credits — valued in the destination's
// currency — changes by exactly the one rounding, which is at most half a
// destination credit. No other credit is created or lost: the source loses
// exactly what was sent, the destination gains exactly what was received.
func TestExchangeNeverGrowsValueBeyondOneRounding(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		seoulPrice := must(money.New(decimal.New(rapid.Int64Range(1, 10_000_000).Draw(t, "seoulCreditPriceKRW"), 0), currency.KRW))
		tokyoPrice := must(money.New(decimal.New(rapid.Int64Range(1, 1_000_000).Draw(t, "tokyoCreditPriceJPY"), 0), currency.JPY))
		s := mustSupport(t)
		seoulBalance := rapid.Int64Range(0, 1_000_000).Draw(t, "seoulBalance")
		tokyoBalance := rapid.Int64Range(0, 1_000_000).Draw(t, "tokyoBalance")
		seoul, tokyo := ledgers(t, seoulBalance, tokyoBalance)
		from, to, fromL, toL, fromPrice, toPrice := "Seoul", "Tokyo", seoul, tokyo, seoulPrice, tokyoPrice
		if rapid.Bool().Draw(t, "tokyoToSeoul") {
			from, to, fromL, toL, fromPrice, toPrice = "Tokyo", "Seoul", tokyo, seoul, tokyoPrice, seoulPrice
		}
		fx := decimal.New(rapid.Int64Range(1, 100_000_000).Draw(t, "fxDigits"), -rapid.Int32Range(0, 8).Draw(t, "fxPlaces"))
		sent := rapid.Int64Range(0, fromL.Balance()).Draw(t, "sent")
		x, err := s.Exchange(multicountry.ExchangeRequest{ID: "P-1", On: day("2026-06-01"), From: from, To: to, Credits: sent,
			FromPrice: fromPrice, ToPrice: toPrice, FX: fx}, fromL, toL)
		if errors.Is(err, credits.ErrOutOfRange) {
			return
		}
		if err != nil {
			t.Fatalf("Exchange: %v", err)
		}
		if x.From.Balance() != fromL.Balance()-sent || x.To.Balance() != toL.Balance()+x.Transfer.Received {
			t.Fatalf("balances %d → %d and %d → %d for %d sent, %d received",
				fromL.Balance(), x.From.Balance(), toL.Balance(), x.To.Balance(), sent, x.Transfer.Received)
		}
		value := func(fromBal, toBal int64) decimal.Decimal { // in the destination's currency
			return decimal.New(fromBal, 0).Mul(fromPrice.Decimal()).Mul(fx).Add(decimal.New(toBal, 0).Mul(toPrice.Decimal()))
		}
		growth := value(x.From.Balance(), x.To.Balance()).Sub(value(fromL.Balance(), toL.Balance()))
		if !growth.Equal(x.Rounding()) {
			t.Fatalf("total value changed by %v, but the rounding was %v", growth, x.Rounding())
		}
		if x.Rounding().Abs().Mul(decimal.New(2, 0)).GreaterThan(toPrice.Decimal()) {
			t.Fatalf("the rounding %v is more than half a destination credit (%v)", x.Rounding(), toPrice)
		}
	})
}

// Rules MC-8, MC-10, MC-11, MC-12, MC-13, DE-5, REDE-16, UER-23: whatever
// the Work Order buys for a location is deliverable at that location, and a
// purchased ("+") service it buys for no location is deliverable nowhere.
func TestPurchasedServicesAreDeliverableWhereBought(t *testing.T) {
	buyable := []catalogue.ServiceID{
		catalogue.Workshops, catalogue.Hackathon, catalogue.ChalkTalk, catalogue.SupportTechnicalAdvisory,
		catalogue.RiskHealthAssessment, catalogue.CustomProactiveServices, catalogue.RootCauseAnalysis,
		catalogue.ReactiveEnhancedDesignatedEngineering, catalogue.UnifiedEnhancedResponse, catalogue.SupportAssistanceAddOn,
	}
	rapid.Check(t, func(t *rapid.T) {
		wo := contosoKorea()
		wo.Purchases = nil
		for _, svc := range buyable {
			for _, loc := range []string{"Seoul", "Tokyo"} {
				if rapid.Bool().Draw(t, svc.String()+"@"+loc) {
					wo.Purchases = append(wo.Purchases, contract.Purchase{Service: svc, Quantity: 1, Location: loc})
				}
			}
		}
		de := rapid.SampledFrom([]string{"", "Seoul", "Tokyo"}).Draw(t, "designatedEngineeringAt")
		if de != "" {
			wo.Purchases = append(wo.Purchases, contract.Purchase{Service: catalogue.DesignatedEngineering, Quantity: 1, Location: de})
		}
		s, err := multicountry.New(wo, nil)
		if err != nil {
			t.Fatalf("New: %v", err)
		}
		for _, svc := range append(buyable, catalogue.DesignatedEngineering) {
			boughtAnywhere := false
			for _, p := range wo.Purchases {
				if p.Service == svc {
					boughtAnywhere = true
					if d, err := s.Delivery(svc, p.Location); err != nil || d.Reach != multicountry.Deliverable || !d.Allowed {
						t.Fatalf("%v bought for %s: Delivery = %v, %v; want deliverable", svc, p.Location, d, err)
					}
				}
			}
			if boughtAnywhere {
				continue
			}
			for _, loc := range []string{"Seoul", "Tokyo"} {
				if d, err := s.Delivery(svc, loc); err != nil || d.Reach != multicountry.NotPurchased || d.Allowed {
					t.Fatalf("%v bought nowhere: Delivery(%s) = %v, %v; want not-purchased", svc, loc, d, err)
				}
			}
		}
	})
}

// Rules MC-6, MC-7, TERM-1: Base Package reactive services are deliverable
// at every location of every Work Order.
func TestBaseReactiveServicesReachEveryLocation(t *testing.T) {
	s := mustSupport(t)
	for svc := range catalogue.All() {
		if svc.Kind() != catalogue.KindReactive || svc.PurchaseMarking() != catalogue.MarkingIncluded {
			continue
		}
		for _, loc := range []string{"Seoul", "Tokyo"} {
			if d, err := s.Delivery(svc.ID(), loc); err != nil || d.Reach != multicountry.Deliverable || !d.Allowed || !d.Rules.Has("MC-7") {
				t.Errorf("Delivery(%v, %s) = %v, %v; want deliverable by MC-7", svc.ID(), loc, d, err)
			}
		}
	}
}

// Rule MC-21: splitting never loses, duplicates or mixes lines: every line
// is on exactly one invoice, an invoice holds one currency, and the totals
// of each currency add up exactly to the transaction's.
func TestSplitInvoicesConservesEveryLine(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		services := []catalogue.ServiceID{catalogue.Workshops, catalogue.SupportTechnicalAdvisory, catalogue.UnifiedEnhancedResponse, catalogue.ProblemResolutionSupport, catalogue.SuccessManagement}
		n := rapid.IntRange(0, 30).Draw(t, "lines")
		lines := make([]multicountry.InvoiceLine, n)
		for i := range lines {
			c := rapid.SampledFrom(currencies).Draw(t, "currency")
			lines[i] = genLine(t, rapid.SampledFrom(services).Draw(t, "service"),
				rapid.SampledFrom([]string{"Seoul", "Tokyo", "Busan"}).Draw(t, "location"), c.code, c.minor)
		}
		by := multicountry.Split(rapid.IntRange(0, 7).Draw(t, "split"))
		invs, err := multicountry.SplitInvoices(lines, by)
		if err != nil {
			t.Fatalf("SplitInvoices: %v", err)
		}
		count := 0
		totals := map[string]decimal.Decimal{}
		for _, inv := range invs {
			sum := decimal.Zero
			for _, l := range inv.Lines {
				if l.Amount.Currency().String() != inv.Key.Currency || inv.Total.Currency() != l.Amount.Currency() {
					t.Fatalf("a %v line on a %s invoice totalling %v", l.Amount, inv.Key.Currency, inv.Total)
				}
				sum = sum.Add(l.Amount.Decimal())
			}
			if !sum.Equal(inv.Total.Decimal()) {
				t.Fatalf("invoice %v totals %v, its lines %v", inv.Key, inv.Total, sum)
			}
			totals[inv.Key.Currency] = totals[inv.Key.Currency].Add(inv.Total.Decimal())
			count += len(inv.Lines)
		}
		if count != n {
			t.Fatalf("%d lines in, %d on invoices", n, count)
		}
		want := map[string]decimal.Decimal{}
		for _, l := range lines {
			cur := l.Amount.Currency().String()
			want[cur] = want[cur].Add(l.Amount.Decimal())
		}
		for cur, w := range want {
			if !totals[cur].Equal(w) {
				t.Fatalf("%s invoices total %v, lines %v", cur, totals[cur], w)
			}
		}
	})
}

// Rule MC-21: each invoice keeps its lines in the order of the transaction,
// however many lines share an invoice (a line's amount is its position, so
// every line is told apart).
func TestSplitInvoicesKeepsEachInvoicesLinesInOrder(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(0, 200).Draw(t, "lines")
		lines := make([]multicountry.InvoiceLine, n)
		for i := range lines {
			cur := currency.MustParseISO(rapid.SampledFrom([]string{"KRW", "JPY"}).Draw(t, "currency"))
			lines[i] = must(multicountry.NewInvoiceLine("line", rapid.SampledFrom([]catalogue.ServiceID{catalogue.Workshops, catalogue.ProblemResolutionSupport}).Draw(t, "service"),
				rapid.SampledFrom([]string{"Seoul", "Tokyo"}).Draw(t, "location"), day("2026-01-01").AddDays(rapid.IntRange(0, 1).Draw(t, "deliveryDay")),
				dec("1"), must(money.New(decimal.New(int64(i), 0), cur))))
		}
		by := multicountry.Split(rapid.IntRange(0, 7).Draw(t, "split"))
		invs, err := multicountry.SplitInvoices(lines, by)
		if err != nil {
			t.Fatalf("SplitInvoices: %v", err)
		}
		for _, inv := range invs {
			for i := 1; i < len(inv.Lines); i++ {
				if !inv.Lines[i-1].Amount.Decimal().LessThan(inv.Lines[i].Amount.Decimal()) {
					t.Fatalf("invoice %v lists line %v before line %v", inv.Key, inv.Lines[i-1].Amount, inv.Lines[i].Amount)
				}
			}
		}
	})
}

// Rules MC-21, MC-16: split invoices and exchange requests round-trip
// through JSON, with every amount and rate written as a JSON string, so the
// encoding never depends on decimal's package settings.
func TestInvoicesAndExchangeRequestsJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(1, 10).Draw(t, "lines")
		lines := make([]multicountry.InvoiceLine, n)
		for i := range lines {
			c := rapid.SampledFrom(currencies).Draw(t, "currency")
			lines[i] = genLine(t, rapid.SampledFrom([]catalogue.ServiceID{catalogue.Workshops, catalogue.UnifiedEnhancedResponse}).Draw(t, "service"),
				rapid.SampledFrom([]string{"Seoul", "Tokyo"}).Draw(t, "location"), c.code, c.minor)
		}
		invs, err := multicountry.SplitInvoices(lines, multicountry.Split(rapid.IntRange(0, 7).Draw(t, "split")))
		if err != nil {
			t.Fatalf("SplitInvoices: %v", err)
		}
		from := rapid.SampledFrom([]string{"Seoul", "Tokyo"}).Draw(t, "from")
		req := multicountry.ExchangeRequest{ID: "KR-JP-1", On: day("2026-01-01").AddDays(rapid.IntRange(0, 900).Draw(t, "exchangeDay")),
			From: from, To: "Busan", Credits: rapid.Int64Range(0, 1_000_000).Draw(t, "credits"),
			FromPrice: must(money.New(decimal.New(rapid.Int64Range(1, 1_000_000_000).Draw(t, "fromPriceDigits"), -rapid.Int32Range(0, 4).Draw(t, "fromPricePlaces")), currency.KRW)),
			ToRates:   must(credits.NewRateCard(credits.DatedRate{From: day("2026-01-01"), Price: must(money.New(decimal.New(rapid.Int64Range(1, 1_000_000_000).Draw(t, "toPriceDigits"), -rapid.Int32Range(0, 4).Draw(t, "toPricePlaces")), currency.JPY))})),
			FX:        decimal.New(rapid.Int64Range(1, 1_000_000_000).Draw(t, "fxDigits"), -rapid.Int32Range(0, 12).Draw(t, "fxPlaces"))}

		b, err := json.Marshal(struct {
			Invoices []multicountry.Invoice       `json:"invoices"`
			Request  multicountry.ExchangeRequest `json:"request"`
		}{invs, req})
		if err != nil {
			t.Fatalf("Marshal: %v", err)
		}
		var raw struct {
			Invoices []struct {
				Total json.RawMessage `json:"total"`
				Lines []struct {
					Amount json.RawMessage `json:"amount"`
				} `json:"lines"`
			} `json:"invoices"`
			Request struct {
				FX json.RawMessage `json:"fx"`
			} `json:"request"`
		}
		if err := json.Unmarshal(b, &raw); err != nil {
			t.Fatalf("Unmarshal raw: %v", err)
		}
		quoted := func(m json.RawMessage) bool { return len(m) > 1 && m[0] == '"' }
		isAmount := func(m json.RawMessage) bool {
			var a struct{ Amount, Currency json.RawMessage }
			return json.Unmarshal(m, &a) == nil && quoted(a.Amount) && quoted(a.Currency)
		}
		for _, inv := range raw.Invoices {
			for _, l := range inv.Lines {
				if !isAmount(l.Amount) {
					t.Fatalf("line amount %s is not {amount, currency} with strings in %s", l.Amount, b)
				}
			}
			if !isAmount(inv.Total) {
				t.Fatalf("invoice total %s is not {amount, currency} with strings in %s", inv.Total, b)
			}
		}
		if !quoted(raw.Request.FX) {
			t.Fatalf("rate %s is not a JSON string in %s", raw.Request.FX, b)
		}
		var got struct {
			Invoices []multicountry.Invoice       `json:"invoices"`
			Request  multicountry.ExchangeRequest `json:"request"`
		}
		if err := json.Unmarshal(b, &got); err != nil {
			t.Fatalf("Unmarshal(%s): %v", b, err)
		}
		if diff := cmp.Diff(invs, got.Invoices); diff != "" {
			t.Fatalf("invoices through %s (-want +got):\n%s", b, diff)
		}
		if diff := cmp.Diff(req, got.Request); diff != "" {
			t.Fatalf("exchange request through %s (-want +got):\n%s", b, diff)
		}
	})
}

// genLine draws an invoice line in currency code with minor places: a
// quantity of 1 to 10 (in halves) at a unit price in minor units.
func genLine(t *rapid.T, svc catalogue.ServiceID, loc, code string, minor int32) multicountry.InvoiceLine {
	halves := rapid.Int64Range(1, 20).Draw(t, "quantityInHalves")
	units := rapid.Int64Range(0, 100_000_000).Draw(t, "unitPriceMinorUnits")
	if halves%2 == 1 {
		units -= units % 2 // half a unit at an odd price would be half a minor unit, which no line may bill
	}
	unit := must(money.New(decimal.New(units, -minor), currency.MustParseISO(code)))
	qty := decimal.New(halves, 0).Mul(decimal.New(5, -1))
	return must(multicountry.NewInvoiceLine("line", svc, loc, day("2026-01-01").AddDays(rapid.IntRange(0, 90).Draw(t, "deliveryDay")), qty, unit))
}

// TestSubMinorAmountsAreRefused_MC21: outside the domain. A line whose
// exact amount is finer than its currency's minor unit — k + ½ units at
// an odd number of minor units — is refused by NewInvoiceLine and, built
// by hand, by SplitInvoices, each with ErrInvoice: nothing is rounded.
func TestSubMinorAmountsAreRefused_MC21(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := rapid.SampledFrom(currencies).Draw(t, "currency")
		odd := 2*rapid.Int64Range(0, 50_000_000).Draw(t, "halfOfTheUnitPriceInMinorUnits") + 1
		unit := must(money.New(decimal.New(odd, -c.minor), currency.MustParseISO(c.code)))
		qty := decimal.New(2*rapid.Int64Range(0, 20).Draw(t, "wholeUnits")+1, -1).Mul(decimal.New(5, 0)) // k + ½
		if _, err := multicountry.NewInvoiceLine("x", catalogue.Workshops, "Seoul", day("2026-01-01"), qty, unit); !errors.Is(err, multicountry.ErrInvoice) {
			t.Fatalf("NewInvoiceLine(%s × %v): %v, want %v", qty, unit, err, multicountry.ErrInvoice)
		}
		l := multicountry.InvoiceLine{Description: "x", Service: catalogue.Workshops, Location: "Seoul", Delivered: day("2026-01-01"),
			Quantity: qty, UnitPrice: unit, Amount: must(unit.Mul(qty))}
		if invs, err := multicountry.SplitInvoices([]multicountry.InvoiceLine{l}, 0); invs != nil || !errors.Is(err, multicountry.ErrInvoice) {
			t.Fatalf("SplitInvoices(%v): %v, %v; want %v", l.Amount, invs, err, multicountry.ErrInvoice)
		}
	})
}
