package multicountry_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/contract/rule"
	"github.com/supportrules/unified/credits"
	"github.com/supportrules/unified/multicountry"
	"golang.org/x/text/currency"
)

// Rules MC-15, MC-16, MC-17, D-CRED-2: ten credits go from Seoul to Tokyo:
// 10 × 1,300,000 KRW × 0.11 JPY/KRW = 1,430,000 JPY, ÷ 150,000 JPY =
// 9.533… credits, rounded half up once to 10. Seoul's ledger loses 10,
// Tokyo's gains 10, and the rounding added 70,000 JPY of value — less than
// half a Tokyo credit.
func TestExchangeMovesCreditsBetweenLedgers(t *testing.T) {
	s := mustSupport(t)
	seoul, tokyo := ledgers(t, 100, 20)
	r := multicountry.ExchangeRequest{ID: "KR-JP-2026-001", On: day("2026-06-01"), From: "Seoul", To: "Tokyo", Credits: 10,
		FromPrice: seoulPrice, ToPrice: tokyoPrice, FX: dec("0.11")}
	got, err := s.Exchange(r, seoul, tokyo)
	if err != nil {
		t.Fatal(err)
	}
	if got.Transfer.Sent != 10 || got.Transfer.Received != 10 {
		t.Errorf("sent %d, received %d; want 10, 10", got.Transfer.Sent, got.Transfer.Received)
	}
	if !got.Value().Equal(dec("1430000")) || !got.Rounding().Equal(dec("70000")) {
		t.Errorf("value %v, rounding %v; want 1430000, 70000", got.Value(), got.Rounding())
	}
	if got.From.Balance() != 90 || got.To.Balance() != 30 {
		t.Errorf("balances Seoul %d, Tokyo %d; want 90, 30", got.From.Balance(), got.To.Balance())
	}
	// The old ledgers are unchanged.
	if seoul.Balance() != 100 || tokyo.Balance() != 20 {
		t.Errorf("old balances changed: %d, %d", seoul.Balance(), tokyo.Balance())
	}
	// Both ledgers record the same transfer, with the rules that allowed it.
	out, in := got.From.Last(), got.To.Last()
	if out.Kind != credits.KindTransferOut || in.Kind != credits.KindTransferIn || !out.Transfer.Equal(in.Transfer) || !out.Transfer.Equal(got.Transfer) {
		t.Errorf("ledger entries %v / %v do not record the transfer %v", out, in, got.Transfer)
	}
	for _, id := range []rule.ID{"MC-15", "MC-16", "MC-17", "MC-18", "D-CRED-2"} {
		if !got.Rules.Has(id) || !got.Transfer.Rules.Has(id) {
			t.Errorf("rules %v (transfer %v) do not cite %s", got.Rules, got.Transfer.Rules, id)
		}
	}
	if err := got.Transfer.Validate(); err != nil {
		t.Errorf("the recorded transfer is not valid for package credits: %v", err)
	}
}

// Rules MC-15, MC-18, D-CRED-2, D-CRED-1: an exchange outside the Work
// Order, with an exception country, or beyond a balance is refused, and
// neither ledger changes.
func TestExchangeRefusals(t *testing.T) {
	s := mustSupport(t)
	wo := contosoKorea()
	wo.Locations[1].Exception = true
	withException, err := multicountry.New(wo, nil)
	if err != nil {
		t.Fatal(err)
	}
	seoul, tokyo := ledgers(t, 100, 20)
	wo2 := contosoKorea()
	wo2.Locations = append(wo2.Locations, contract.Location{Name: "Busan", Country: "US", Role: contract.Downstream, TimeZone: "Asia/Seoul", Currency: currency.KRW})
	s2, err := multicountry.New(wo2, nil)
	if err != nil {
		t.Fatal(err)
	}
	busan := must(credits.Open(credits.Account{Location: "Busan", Currency: currency.KRW, Start: day("2026-01-01"), End: day("2028-12-31")}, 5))
	tokyoCard := must(credits.NewRateCard(credits.DatedRate{From: day("2026-02-01"), Price: tokyoPrice}))
	req := func(from, to string, n int64) multicountry.ExchangeRequest {
		return multicountry.ExchangeRequest{ID: "X-1", On: day("2026-06-01"), From: from, To: to, Credits: n,
			FromPrice: seoulPrice, ToPrice: tokyoPrice, FX: dec("0.11")}
	}
	tests := []struct {
		name     string
		s        *multicountry.Support
		r        multicountry.ExchangeRequest
		from, to credits.Ledger
		wantErr  error
	}{
		{"source not in the Work Order", s, req("Osaka", "Tokyo", 10), seoul, tokyo, multicountry.ErrUnknownLocation},
		{"destination not in the Work Order", s, req("Seoul", "Busan", 10), seoul, tokyo, multicountry.ErrUnknownLocation},
		{"to itself", s, req("Seoul", "Seoul", 10), seoul, seoul, multicountry.ErrSameLocation},
		{"to an exception country", withException, req("Seoul", "Tokyo", 10), seoul, tokyo, multicountry.ErrExceptionCountry},
		{"from an exception country", withException, multicountry.ExchangeRequest{ID: "X-2", On: day("2026-06-01"), From: "Tokyo", To: "Seoul", Credits: 1, FromPrice: tokyoPrice, ToPrice: seoulPrice, FX: dec("9.1")}, tokyo, seoul, multicountry.ErrExceptionCountry},
		{"negative credits", s, req("Seoul", "Tokyo", -1), seoul, tokyo, money.ErrNegative},
		{"zero rate", s, multicountry.ExchangeRequest{ID: "X-3", On: day("2026-06-01"), From: "Seoul", To: "Tokyo", Credits: 1, FromPrice: seoulPrice, ToPrice: tokyoPrice}, seoul, tokyo, credits.ErrInvalidRate},
		{"no credit price for Tokyo", s, multicountry.ExchangeRequest{ID: "X-5", On: day("2026-06-01"), From: "Seoul", To: "Tokyo", Credits: 1, FromPrice: seoulPrice, FX: dec("0.11")}, seoul, tokyo, multicountry.ErrRate},
		{"a rate of 2 within one currency", s2, multicountry.ExchangeRequest{ID: "X-6", On: day("2026-06-01"), From: "Seoul", To: "Busan", Credits: 1, FromPrice: seoulPrice, ToPrice: seoulPrice, FX: dec("2")}, seoul, busan, credits.ErrInvalidRate},
		{"Tokyo's price in KRW", s, multicountry.ExchangeRequest{ID: "X-7", On: day("2026-06-01"), From: "Seoul", To: "Tokyo", Credits: 1, FromPrice: seoulPrice, ToPrice: amt("150000", "KRW"), FX: dec("0.11")}, seoul, tokyo, money.ErrCurrency},
		{"both a price and a rate card", s, multicountry.ExchangeRequest{ID: "X-8", On: day("2026-06-01"), From: "Seoul", To: "Tokyo", Credits: 1, FromPrice: seoulPrice, ToPrice: tokyoPrice, ToRates: tokyoCard, FX: dec("0.11")}, seoul, tokyo, multicountry.ErrRate},
		{"a rate card without a rate on the day", s, multicountry.ExchangeRequest{ID: "X-9", On: day("2026-01-01"), From: "Seoul", To: "Tokyo", Credits: 1, FromPrice: seoulPrice, ToRates: tokyoCard, FX: dec("0.11")}, seoul, tokyo, credits.ErrNoRate},
		{"more than the balance", s, req("Seoul", "Tokyo", 101), seoul, tokyo, credits.ErrInsufficient},
		{"the ledgers swapped", s, req("Seoul", "Tokyo", 10), tokyo, seoul, credits.ErrTransfer},
		{"after the term", s, multicountry.ExchangeRequest{ID: "X-4", On: day("2029-01-01"), From: "Seoul", To: "Tokyo", Credits: 1, FromPrice: seoulPrice, ToPrice: tokyoPrice, FX: dec("0.11")}, seoul, tokyo, credits.ErrExpired},
		{"no ID", s, multicountry.ExchangeRequest{On: day("2026-06-01"), From: "Seoul", To: "Tokyo", Credits: 1, FromPrice: seoulPrice, ToPrice: tokyoPrice, FX: dec("0.11")}, seoul, tokyo, credits.ErrTransfer},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.s.Exchange(tt.r, tt.from, tt.to)
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("Exchange(%s → %s, %d) error = %v, want %v", tt.r.From, tt.r.To, tt.r.Credits, err, tt.wantErr)
			}
			if errors.Is(tt.wantErr, multicountry.ErrExceptionCountry) && !strings.Contains(err.Error(), tt.r.To) && !strings.Contains(err.Error(), `from "Tokyo"`) {
				t.Errorf("the error does not name the exception side: %v", err)
			}
			if errors.Is(tt.wantErr, multicountry.ErrExceptionCountry) && tt.r.From == "Tokyo" && !strings.Contains(err.Error(), `from "Tokyo"`) {
				t.Errorf("the error does not name the exception source: %v", err)
			}
			if seoul.Balance() != 100 || tokyo.Balance() != 20 || seoul.Len() != 1 || tokyo.Len() != 1 {
				t.Error("a refused exchange changed a ledger")
			}
		})
	}
}

// Rules CRED-2, MC-16: with rate cards, an exchange takes each location's
// then-current credit price on the day of the exchange: Tokyo's price
// changes on 2026-07-01, so the same 10 Seoul credits buy 10 Tokyo credits
// in June and 11 in July.
func TestExchangeTakesTheThenCurrentRateFromTheCards(t *testing.T) {
	s := mustSupport(t)
	seoulCard := must(credits.NewRateCard(credits.DatedRate{From: day("2026-01-01"), Price: seoulPrice}))
	tokyoCard := must(credits.NewRateCard(
		credits.DatedRate{From: day("2026-07-01"), Price: amt("130000", "JPY")},
		credits.DatedRate{From: day("2026-01-01"), Price: tokyoPrice}))
	for _, tt := range []struct {
		on   string
		want int64
	}{{"2026-06-30", 10}, {"2026-07-01", 11}} {
		seoul, tokyo := ledgers(t, 100, 0)
		x, err := s.Exchange(multicountry.ExchangeRequest{ID: "KR-JP", On: day(tt.on), From: "Seoul", To: "Tokyo", Credits: 10,
			FromRates: seoulCard, ToRates: tokyoCard, FX: dec("0.11")}, seoul, tokyo)
		if err != nil || x.Transfer.Received != tt.want {
			t.Errorf("on %s: received %d, %v; want %d", tt.on, x.Transfer.Received, err, tt.want)
			continue
		}
		if want := must(tokyoCard.At(day(tt.on))); !x.Transfer.ToRate.Equal(want) {
			t.Errorf("on %s: the transfer records %v, the card says %v", tt.on, x.Transfer.ToRate, want)
		}
	}
}
