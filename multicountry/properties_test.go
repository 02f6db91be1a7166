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
	"github.com/supportrules/unified/credits"
	"github.com/supportrules/unified/multicountry"
	"pgregory.net/rapid"
)

// What package multicountry promises, one property per guarantee.

// Rules MC-16, D-CRED-2: exchanging credits to a location with the same
// currency and the same credit price (rate 1) gives the same credits back.
func TestExchangeToTheSameCurrencyAndPriceGivesTheSameCredits(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		from := genLocation(t, "from")
		to := from
		to.Name, to.Host = "to", !from.Host
		n := rapid.Int64Range(0, 1_000_000_000_000).Draw(t, "credits")
		got, err := multicountry.Exchange(n, from, to, decimal.New(1, 0))
		if err != nil {
			t.Fatalf("Exchange: %v", err)
		}
		if got != n {
			t.Fatalf("%d credits at %v became %d at the same currency and price", n, from, got)
		}
	})
}

// Rules MC-17, D-CRED-2 (AMB-4): the credits received are within half a
// credit of the exact value — credits × source price × rate ÷ destination
// price — and exactly half a credit rounds up. Equivalently, Exchange agrees
// with a literal transcription of D-CRED-2 in exact rational arithmetic.
func TestExchangeIsWithinHalfACreditOfTheExactValue(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		from, to := genLocation(t, "from"), genLocation(t, "to")
		fx := genRate(t, from, to)
		n := rapid.Int64Range(0, 1_000_000_000).Draw(t, "credits")
		got, err := multicountry.Exchange(n, from, to, fx)
		if errors.Is(err, multicountry.ErrOverflow) {
			return // a value beyond int64 credits is refused, not rounded
		}
		if err != nil {
			t.Fatalf("Exchange: %v", err)
		}
		exact := new(big.Rat).SetInt64(n)
		exact.Mul(exact, from.CreditPrice.Rat())
		exact.Mul(exact, fx.Rat())
		exact.Quo(exact, to.CreditPrice.Rat())
		diff := new(big.Rat).Sub(new(big.Rat).SetInt64(got), exact) // got − exact
		if diff.Cmp(big.NewRat(1, 2)) > 0 || diff.Cmp(big.NewRat(-1, 2)) <= 0 {
			t.Fatalf("%d credits (%v → %v at %v) gave %d; exact value %s; want within (−½, +½]",
				n, from, to, fx, got, exact.FloatString(6))
		}
		if ref := exchangeSlow(n, from, to, fx); !ref.IsInt64() || ref.Int64() != got {
			t.Fatalf("Exchange = %d, reference = %v", got, ref)
		}
	})
}

// Rules MC-16, MC-17, D-CRED-2: multicountry's exchange and package
// credits' (which the ledgers use to check a transfer) give the same
// credits, within the range a ledger holds.
func TestExchangeAgreesWithPackageCredits(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		from, to := genLocation(t, "from"), genLocation(t, "to")
		fx := genRate(t, from, to)
		n := rapid.Int64Range(0, 1_000_000_000).Draw(t, "credits")
		got, err := multicountry.Exchange(n, from, to, fx)
		c, cerr := credits.Exchange(n, from.CreditPrice, fx, to.CreditPrice)
		if errors.Is(cerr, credits.ErrOutOfRange) {
			// Beyond what a ledger holds (10^12 credits, values up to
			// 10^18); Exchange itself computes any int64 result.
			return
		}
		if (err == nil) != (cerr == nil) {
			t.Fatalf("multicountry: %v; credits: %v", err, cerr)
		}
		if err == nil && got != c.Received {
			t.Fatalf("multicountry gives %d credits, credits gives %d", got, c.Received)
		}
	})
}

// Rule MC-17: a round trip — to another location and back at the inverse
// rate — loses at most one credit per rounding: the value lost, in the
// source's currency, is at most half a credit of each location. When the
// destination's credit is worth no more than the source's, that is at most
// one source credit.
func TestRoundTripLosesAtMostOneCreditPerRounding(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a, b := genLocation(t, "a"), genLocation(t, "b")
		fx, back := decimal.New(1, 0), decimal.New(1, 0)
		if a.Currency != b.Currency {
			fx, back = genInvertibleRate(t)
		}
		n := rapid.Int64Range(0, 1_000_000_000).Draw(t, "credits")
		there, err := multicountry.Exchange(n, a, b, fx)
		if errors.Is(err, multicountry.ErrOverflow) {
			return
		}
		if err != nil {
			t.Fatalf("Exchange there: %v", err)
		}
		again, err := multicountry.Exchange(there, b, a, back)
		if errors.Is(err, multicountry.ErrOverflow) {
			return
		}
		if err != nil {
			t.Fatalf("Exchange back: %v", err)
		}
		// |again − n| × a price ≤ ½ a price + ½ b price ÷ fx (b's price in a's currency).
		lost := decimal.New(again-n, 0).Abs().Mul(a.CreditPrice).Mul(fx)
		bound := a.CreditPrice.Mul(fx).Add(b.CreditPrice)
		if lost.Add(lost).GreaterThan(bound) {
			t.Fatalf("%d credits went to %d and came back as %d: more than one rounding each way", n, there, again)
		}
		if b.CreditPrice.LessThanOrEqual(a.CreditPrice.Mul(fx)) && (again-n > 1 || n-again > 1) {
			t.Fatalf("%d credits came back as %d through a cheaper credit: more than one credit lost", n, again)
		}
	})
}

// Rules MC-18, D-CRED-2 (AMB-23): an exchange to or from an exception
// country is always refused, whatever the numbers.
func TestExceptionLocationsAlwaysRefuse(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		from, to := genLocation(t, "from"), genLocation(t, "to")
		switch rapid.IntRange(0, 2).Draw(t, "exceptionSide") {
		case 0:
			from.Exception = true
		case 1:
			to.Exception = true
		default:
			from.Exception, to.Exception = true, true
		}
		n := rapid.Int64().Draw(t, "credits")
		fx := decimal.New(rapid.Int64().Draw(t, "fxDigits"), rapid.Int32Range(-30, 30).Draw(t, "fxExponent"))
		got, err := multicountry.Exchange(n, from, to, fx)
		if !errors.Is(err, multicountry.ErrExceptionCountry) || got != 0 {
			t.Fatalf("Exchange(%d, %v, %v, %v) = %d, %v; want a refusal wrapping ErrExceptionCountry", n, from, to, fx, got, err)
		}
	})
}

// Rules MC-17, D-CRED-2: sending more credits never gives fewer.
func TestExchangeIsMonotone(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		from, to := genLocation(t, "from"), genLocation(t, "to")
		fx := genRate(t, from, to)
		m := rapid.Int64Range(0, 1_000_000).Draw(t, "fewerCredits")
		n := rapid.Int64Range(m, 1_000_001).Draw(t, "moreCredits")
		a, errA := multicountry.Exchange(m, from, to, fx)
		b, errB := multicountry.Exchange(n, from, to, fx)
		if errA != nil || errB != nil {
			if errors.Is(errA, multicountry.ErrOverflow) || errors.Is(errB, multicountry.ErrOverflow) {
				return
			}
			t.Fatalf("Exchange: %v, %v", errA, errB)
		}
		if a > b {
			t.Fatalf("%d credits give %d but %d give %d", m, a, n, b)
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
		seoulPrice := decimal.New(rapid.Int64Range(1, 10_000_000).Draw(t, "seoulCreditPriceKRW"), 0)
		tokyoPrice := decimal.New(rapid.Int64Range(1, 1_000_000).Draw(t, "tokyoCreditPriceJPY"), 0)
		s, err := multicountry.New(contosoKorea(),
			multicountry.Site{Location: "Seoul", CreditPrice: seoulPrice},
			multicountry.Site{Location: "Tokyo", CreditPrice: tokyoPrice})
		if err != nil {
			t.Fatal(err)
		}
		seoulBalance := rapid.Int64Range(0, 1_000_000).Draw(t, "seoulBalance")
		tokyoBalance := rapid.Int64Range(0, 1_000_000).Draw(t, "tokyoBalance")
		seoul, tokyo := ledgers(t, seoulBalance, tokyoBalance)
		from, to, fromL, toL, fromPrice, toPrice := "Seoul", "Tokyo", seoul, tokyo, seoulPrice, tokyoPrice
		if rapid.Bool().Draw(t, "tokyoToSeoul") {
			from, to, fromL, toL, fromPrice, toPrice = "Tokyo", "Seoul", tokyo, seoul, tokyoPrice, seoulPrice
		}
		fx := decimal.New(rapid.Int64Range(1, 100_000_000).Draw(t, "fxDigits"), -rapid.Int32Range(0, 8).Draw(t, "fxPlaces"))
		sent := rapid.Int64Range(0, fromL.Balance()).Draw(t, "sent")
		x, err := s.Exchange(multicountry.ExchangeRequest{ID: "P-1", On: day("2026-06-01"), From: from, To: to, Credits: sent, FX: fx}, fromL, toL)
		if errors.Is(err, multicountry.ErrOverflow) || errors.Is(err, credits.ErrOutOfRange) {
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
			return decimal.New(fromBal, 0).Mul(fromPrice).Mul(fx).Add(decimal.New(toBal, 0).Mul(toPrice))
		}
		growth := value(x.From.Balance(), x.To.Balance()).Sub(value(fromL.Balance(), toL.Balance()))
		if !growth.Equal(x.Rounding) {
			t.Fatalf("total value changed by %v, but the rounding was %v", growth, x.Rounding)
		}
		if x.Rounding.Abs().Mul(decimal.New(2, 0)).GreaterThan(toPrice) {
			t.Fatalf("the rounding %v is more than half a destination credit (%v)", x.Rounding, toPrice)
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
		s, err := multicountry.New(wo, contosoSites()...)
		if err != nil {
			t.Fatalf("New: %v", err)
		}
		for _, svc := range append(buyable, catalogue.DesignatedEngineering) {
			boughtAnywhere := false
			for _, p := range wo.Purchases {
				if p.Service == svc {
					boughtAnywhere = true
					if d, err := s.Delivery(svc, p.Location); err != nil || d.Verdict != multicountry.Deliverable {
						t.Fatalf("%v bought for %s: Delivery = %v, %v; want deliverable", svc, p.Location, d, err)
					}
				}
			}
			if boughtAnywhere {
				continue
			}
			for _, loc := range []string{"Seoul", "Tokyo"} {
				if d, err := s.Delivery(svc, loc); err != nil || d.Verdict != multicountry.NotPurchased {
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
			if d, err := s.Delivery(svc.ID(), loc); err != nil || d.Verdict != multicountry.Deliverable || !d.Rules.Has("MC-7") {
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
			lines[i] = multicountry.InvoiceLine{
				Service:   rapid.SampledFrom(services).Draw(t, "service"),
				Location:  rapid.SampledFrom([]string{"Seoul", "Tokyo", "Busan"}).Draw(t, "location"),
				Delivered: day("2026-01-01").AddDays(rapid.IntRange(0, 90).Draw(t, "deliveryDay")),
				Amount:    decimal.New(rapid.Int64Range(0, 1_000_000_000).Draw(t, "amountMinorUnits"), -c.minor),
				Currency:  c.code,
			}
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
				if l.Currency != inv.Key.Currency {
					t.Fatalf("a %s line on a %s invoice", l.Currency, inv.Key.Currency)
				}
				sum = sum.Add(l.Amount)
			}
			if !sum.Equal(inv.Total) {
				t.Fatalf("invoice %v totals %v, its lines %v", inv.Key, inv.Total, sum)
			}
			totals[inv.Key.Currency] = totals[inv.Key.Currency].Add(inv.Total)
			count += len(inv.Lines)
		}
		if count != n {
			t.Fatalf("%d lines in, %d on invoices", n, count)
		}
		want := map[string]decimal.Decimal{}
		for _, l := range lines {
			want[l.Currency] = want[l.Currency].Add(l.Amount)
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
			lines[i] = multicountry.InvoiceLine{
				Service:   rapid.SampledFrom([]catalogue.ServiceID{catalogue.Workshops, catalogue.ProblemResolutionSupport}).Draw(t, "service"),
				Location:  rapid.SampledFrom([]string{"Seoul", "Tokyo"}).Draw(t, "location"),
				Delivered: day("2026-01-01").AddDays(rapid.IntRange(0, 1).Draw(t, "deliveryDay")),
				Amount:    decimal.New(int64(i), 0),
				Currency:  rapid.SampledFrom([]string{"KRW", "JPY"}).Draw(t, "currency"),
			}
		}
		by := multicountry.Split(rapid.IntRange(0, 7).Draw(t, "split"))
		invs, err := multicountry.SplitInvoices(lines, by)
		if err != nil {
			t.Fatalf("SplitInvoices: %v", err)
		}
		for _, inv := range invs {
			for i := 1; i < len(inv.Lines); i++ {
				if !inv.Lines[i-1].Amount.LessThan(inv.Lines[i].Amount) {
					t.Fatalf("invoice %v lists line %v before line %v", inv.Key, inv.Lines[i-1].Amount, inv.Lines[i].Amount)
				}
			}
		}
	})
}

// Location.Equal compares credit prices exactly by value: it agrees with a
// comparison of the two prices as exact rationals, whatever their scales.
func TestLocationEqualComparesPricesByValue(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		coef := rapid.Int64Range(-1_000_000, 1_000_000).Draw(t, "coefficient")
		exp := rapid.Int32Range(-30, 30).Draw(t, "exponent")
		shift := rapid.Int32Range(0, 20).Draw(t, "extraPlaces")
		a := loc("Tokyo", "JP", "JPY", "1")
		b := a
		a.CreditPrice = decimal.New(coef, exp)
		// The same value written with shift more places, perhaps nudged by one unit of the last place.
		scaled := new(big.Int).Mul(big.NewInt(coef), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(shift)), nil))
		scaled.Add(scaled, big.NewInt(rapid.Int64Range(-1, 1).Draw(t, "nudge")))
		b.CreditPrice = decimal.NewFromBigInt(scaled, exp-shift)
		want := a.CreditPrice.Rat().Cmp(b.CreditPrice.Rat()) == 0
		if got := a.Equal(b); got != want {
			t.Fatalf("Equal(%v, %v) = %v, want %v", a.CreditPrice, b.CreditPrice, got, want)
		}
	})
}

// A valid Location round-trips through JSON.
func TestLocationJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		l := genLocation(t, "location")
		l.Exception = rapid.Bool().Draw(t, "exception")
		b, err := json.Marshal(l)
		if err != nil {
			t.Fatal(err)
		}
		var got multicountry.Location
		if err := json.Unmarshal(b, &got); err != nil {
			t.Fatal(err)
		}
		if !got.Equal(l) {
			t.Fatalf("%v became %v through %s", l, got, b)
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
			lines[i] = multicountry.InvoiceLine{
				Service:   rapid.SampledFrom([]catalogue.ServiceID{catalogue.Workshops, catalogue.UnifiedEnhancedResponse}).Draw(t, "service"),
				Location:  rapid.SampledFrom([]string{"Seoul", "Tokyo"}).Draw(t, "location"),
				Delivered: day("2026-01-01").AddDays(rapid.IntRange(0, 90).Draw(t, "deliveryDay")),
				Amount:    decimal.New(rapid.Int64Range(0, 1_000_000_000).Draw(t, "amountMinorUnits"), -c.minor),
				Currency:  c.code,
			}
		}
		invs, err := multicountry.SplitInvoices(lines, multicountry.Split(rapid.IntRange(0, 7).Draw(t, "split")))
		if err != nil {
			t.Fatalf("SplitInvoices: %v", err)
		}
		from := rapid.SampledFrom([]string{"Seoul", "Tokyo"}).Draw(t, "from")
		req := multicountry.ExchangeRequest{ID: "KR-JP-1", On: day("2026-01-01").AddDays(rapid.IntRange(0, 900).Draw(t, "exchangeDay")),
			From: from, To: "Busan", Credits: rapid.Int64Range(0, 1_000_000).Draw(t, "credits"),
			FX: decimal.New(rapid.Int64Range(1, 1_000_000_000).Draw(t, "fxDigits"), -rapid.Int32Range(0, 12).Draw(t, "fxPlaces"))}

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
		for _, inv := range raw.Invoices {
			for _, l := range inv.Lines {
				if !quoted(l.Amount) {
					t.Fatalf("line amount %s is not a JSON string in %s", l.Amount, b)
				}
			}
			if !quoted(inv.Total) {
				t.Fatalf("invoice total %s is not a JSON string in %s", inv.Total, b)
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

// Rules MC-17, D-CRED-2: Exchange's 128-bit integer path, used when every
// coefficient fits in 64 bits, gives exactly what its decimal path gives,
// overflow included.
func TestExchangeFastPathAgreesWithDecimal(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		gen := func(label string) decimal.Decimal {
			c := new(big.Int).SetUint64(rapid.OneOf(
				rapid.Uint64Range(1, 1000),
				rapid.Uint64Range(1, 1<<40),
				rapid.Uint64Range(1<<62, 1<<64-1),
			).Draw(t, label+"Coefficient"))
			if hi := rapid.OneOf(rapid.Just(uint64(0)), rapid.Uint64Range(1, 1<<20), rapid.Uint64()).Draw(t, label+"CoefficientHigh64"); hi != 0 {
				c.Add(c, new(big.Int).Lsh(new(big.Int).SetUint64(hi), 64)) // beyond 64 bits
			}
			return decimal.NewFromBigInt(c, -rapid.Int32Range(0, 18).Draw(t, label+"Places"))
		}
		from, fx, to := gen("fromPrice"), gen("fx"), gen("toPrice")
		n := rapid.OneOf(rapid.Int64Range(0, 1000), rapid.Int64Range(0, 1<<62)).Draw(t, "credits")
		fast, okFast, exact := multicountry.ExchangeFast(n, from, fx, to)
		slow, okSlow := multicountry.ExchangeDecimal(n, from, fx, to)
		if exact && (fast != slow || okFast != okSlow) {
			t.Fatalf("%d × %v × %v ÷ %v: fast path %d (fits %v), decimal path %d (fits %v)", n, from, fx, to, fast, okFast, slow, okSlow)
		}
	})
}

// The fast path's 128-bit division agrees with math/big.
func TestQuoRem128AgreesWithBig(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		word := func(label string) uint64 {
			return rapid.OneOf(rapid.Just(uint64(0)), rapid.Uint64Range(0, 1<<20), rapid.Uint64(), rapid.Uint64Range(1<<63, 1<<64-1)).Draw(t, label)
		}
		xh, xl, yh, yl := word("xHigh"), word("xLow"), word("yHigh"), word("yLow")
		if yh == 0 && yl == 0 {
			yl = 1
		}
		qh, ql, rh, rl := multicountry.QuoRem128(xh, xl, yh, yl)
		u128 := func(h, l uint64) *big.Int {
			return new(big.Int).Add(new(big.Int).Lsh(new(big.Int).SetUint64(h), 64), new(big.Int).SetUint64(l))
		}
		wq, wr := new(big.Int).QuoRem(u128(xh, xl), u128(yh, yl), new(big.Int))
		if u128(qh, ql).Cmp(wq) != 0 || u128(rh, rl).Cmp(wr) != 0 {
			t.Fatalf("%v ÷ %v = %v r %v, want %v r %v", u128(xh, xl), u128(yh, yl), u128(qh, ql), u128(rh, rl), wq, wr)
		}
	})
}
