package credits_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/contract/rule"
	"github.com/supportrules/unified/credits"
	"golang.org/x/text/currency"
)

// TestLateCancellationRecordedAfterALaterRedemption_DCANCEL: a cancellation
// found late is recorded after a later redemption, effective on the day it
// was made; balances as of each date follow the effective dates (D-CANCEL,
// D-DAYS, D-CRED-1).
func TestLateCancellationRecordedAfterALaterRedemption_DCANCEL(t *testing.T) {
	loc := must(time.LoadLocation("Asia/Seoul"))
	l := must(credits.Open(seoulAccount, 20))
	l = must(l.Redeem(d("2026-03-02"), catalogue.Workshops, won(dec("6000000")), won(dec("1000000")), credits.Reference{External: "PO-1"}))
	l = must(l.Redeem(d("2026-03-20"), catalogue.ChalkTalk, won(dec("4000000")), won(dec("1000000")), credits.Reference{External: "PO-2"}))
	// The workshop, scheduled for 2026-03-25, was cancelled on 2026-03-05:
	// 20 days' notice, no fee; recorded now, after the Chalk Talk.
	start := time.Date(2026, time.March, 25, 9, 0, 0, 0, loc)
	ref := credits.Reference{Memo: "workshop cancelled by phone", External: "CN-7"}
	l = must(l.Cancel(2, start, time.Date(2026, time.March, 5, 11, 0, 0, 0, loc), ref))
	got := l.Last()
	if got.Seq != 4 || got.Date != d("2026-03-05") || got.Change != 6 || got.Target != 2 || got.Reference != ref {
		t.Fatalf("refund entry %+v", got)
	}
	for _, tt := range []struct {
		on   string
		want int64
	}{
		{"2026-03-01", 20}, {"2026-03-02", 14}, {"2026-03-04", 14}, {"2026-03-05", 20},
		{"2026-03-19", 20}, {"2026-03-20", 16}, {"2028-12-31", 16},
	} {
		if b := l.BalanceAt(d(tt.on)); b != tt.want {
			t.Errorf("BalanceAt(%s) = %d, want %d", tt.on, b, tt.want)
		}
	}
	if l.Balance() != 16 {
		t.Errorf("Balance = %d, want 16", l.Balance())
	}
	if _, err := l.Cancel(2, start, time.Date(2026, time.March, 6, 11, 0, 0, 0, loc), credits.Reference{}); !errors.Is(err, credits.ErrRefunded) {
		t.Errorf("second cancellation: %v", err)
	}
	// A cancellation cannot take effect before the redemption it cancels.
	if _, err := l.Cancel(3, start, time.Date(2026, time.March, 19, 11, 0, 0, 0, loc), credits.Reference{}); !errors.Is(err, credits.ErrInvalidEntry) {
		t.Errorf("cancellation dated the day before its redemption: %v", err)
	}
	if _, err := l.Cancel(3, start, time.Date(2026, time.March, 20, 11, 0, 0, 0, loc), credits.Reference{}); err != nil {
		t.Errorf("cancellation dated the day of its redemption: %v", err)
	}
}

// TestBackdatedEntriesNeverMakeAnyDateNegative_DCRED1: an entry dated
// before later ones is refused when the balance would go negative on any
// date from its own, even though the final balance would not (D-CRED-1).
func TestBackdatedEntriesNeverMakeAnyDateNegative_DCRED1(t *testing.T) {
	l := must(credits.Open(seoulAccount, 10))
	l = must(l.Redeem(d("2026-03-10"), catalogue.Workshops, won(dec("8")), won(dec("1")), credits.Reference{}))
	l = must(l.Adjust(d("2026-05-01"), 20, 0, "credits bought late", credits.Reference{}))
	// On 2026-04-01 the balance is 2, though it ends at 22.
	tests := []struct {
		name string
		op   func() (credits.Ledger, error)
		want error
	}{
		{"redeem 3 on 2026-04-01", func() (credits.Ledger, error) {
			return l.Redeem(d("2026-04-01"), catalogue.Workshops, won(dec("3")), won(dec("1")), credits.Reference{})
		}, credits.ErrInsufficient},
		{"redeem 2 on 2026-04-01", func() (credits.Ledger, error) {
			return l.Redeem(d("2026-04-01"), catalogue.Workshops, won(dec("2")), won(dec("1")), credits.Reference{})
		}, nil},
		{"redeem 3 on 2026-05-01", func() (credits.Ledger, error) {
			return l.Redeem(d("2026-05-01"), catalogue.Workshops, won(dec("3")), won(dec("1")), credits.Reference{})
		}, nil},
		{"adjust -3 on 2026-03-10", func() (credits.Ledger, error) {
			return l.Adjust(d("2026-03-10"), -3, 2, "redemption 2 undercharged", credits.Reference{})
		}, credits.ErrInsufficient},
		{"adjust -2 on 2026-03-10", func() (credits.Ledger, error) {
			return l.Adjust(d("2026-03-10"), -2, 2, "redemption 2 undercharged", credits.Reference{})
		}, nil},
		{"transfer out 3 on 2026-01-01", func() (credits.Ledger, error) {
			return l.TransferOut(d("2026-01-01"), krToJP(3), credits.Reference{})
		}, credits.ErrInsufficient},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			next, err := tt.op()
			if !errors.Is(err, tt.want) || (tt.want == nil) != (err == nil) {
				t.Fatalf("error = %v, want %v", err, tt.want)
			}
			if err != nil {
				var ie *credits.InsufficientError
				if !errors.As(err, &ie) || ie.Balance != 2 {
					t.Errorf("error %v does not name the lowest balance, 2", err)
				}
				return
			}
			for e := range next.All() {
				if b := next.BalanceAt(e.Date); b < 0 {
					t.Errorf("BalanceAt(%v) = %d", e.Date, b)
				}
			}
			if _, err := credits.Replay(next.Account(), next.Entries()); err != nil {
				t.Errorf("Replay: %v", err)
			}
		})
	}
}

func krToJP(sent int64) credits.Transfer {
	c := must(credits.Exchange(sent, won(dec("1000000")), dec("0.1085"), yen(dec("110000"))))
	return credits.Transfer{ID: "KR-JP", From: "Seoul", To: "Tokyo", Sent: sent, Received: c.Received,
		FromRate: must(money.New(dec("1000000"), currency.KRW)), ToRate: must(money.New(dec("110000"), currency.JPY)),
		FXRate: dec("0.1085"), Rules: rule.Cite("MC-15", "D-CRED-2")}
}

// TestAdjustRows_CRED3: an adjustment is signed, whole credits, with a
// reason; a row on each boundary.
func TestAdjustRows_CRED3(t *testing.T) {
	l := must(credits.Open(seoulAccount, 10))
	long := string(make([]byte, 513))
	tests := []struct {
		name   string
		on     string
		c      int64
		target int
		reason string
		want   error
	}{
		{"minus the whole balance", "2026-02-01", -10, 1, "opening overstated", nil},
		{"minus one more than the balance", "2026-02-01", -11, 1, "opening overstated", credits.ErrInsufficient},
		{"plus one", "2026-02-01", 1, 0, "goodwill", nil},
		{"zero", "2026-02-01", 0, 0, "nothing", credits.ErrInvalidEntry},
		{"no reason", "2026-02-01", 1, 0, "", credits.ErrInvalidEntry},
		{"reason of 513 bytes", "2026-02-01", 1, 0, long, credits.ErrInvalidEntry},
		{"reason of 512 bytes", "2026-02-01", 1, 0, long[:512], nil},
		{"target 2 of a 1-entry ledger", "2026-02-01", 1, 2, "x", credits.ErrInvalidEntry},
		{"target -1", "2026-02-01", 1, -1, "x", credits.ErrInvalidEntry},
		{"the term's last day", "2028-12-31", 1, 0, "x", nil},
		{"the day after the term", "2029-01-01", 1, 0, "x", credits.ErrExpired},
		{"the day before the term", "2025-12-31", 1, 0, "x", credits.ErrInvalidEntry},
		{"above MaxCredits", "2026-02-01", credits.MaxCredits + 1, 0, "x", credits.ErrOutOfRange},
		{"balance above MaxCredits", "2026-02-01", credits.MaxCredits, 0, "x", credits.ErrOutOfRange},
		{"below -MaxCredits", "2026-02-01", -credits.MaxCredits - 1, 0, "x", credits.ErrOutOfRange},
		{"exactly -MaxCredits: in range, but more than the balance", "2026-02-01", -credits.MaxCredits, 0, "x", credits.ErrInsufficient},
		{"a balance of exactly MaxCredits", "2026-02-01", credits.MaxCredits - 10, 0, "x", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			next, err := l.Adjust(d(tt.on), tt.c, tt.target, tt.reason, credits.Reference{Memo: "m"})
			if !errors.Is(err, tt.want) || (tt.want == nil) != (err == nil) {
				t.Fatalf("error = %v, want %v", err, tt.want)
			}
			if err != nil {
				return
			}
			e := next.Last()
			if e.Kind != credits.KindAdjust || e.Change != tt.c || e.Target != tt.target || e.Reason != tt.reason ||
				e.Balance != 10+tt.c || !e.Rules.Has("D-CRED-1") {
				t.Errorf("entry %+v", e)
			}
		})
	}
	if _, err := (credits.Ledger{}).Adjust(d("2026-02-01"), 1, 0, "x", credits.Reference{}); !errors.Is(err, credits.ErrInvalidEntry) {
		t.Errorf("zero Ledger: %v", err)
	}
	if _, err := l.Redeem(d("2026-02-01"), catalogue.Workshops, won(dec("1")), won(dec("1")), credits.Reference{External: long}); !errors.Is(err, credits.ErrInvalidEntry) {
		t.Errorf("a reference of 513 bytes: %v", err)
	}
}

// TestCancellationFoundAfterExpiry_TERM7: a cancellation of a redeemed
// service found after the balance expired is recorded on its own date, and
// what it restores is forfeited at once, on the expiry's date (TERM-7,
// D-TERM-2, D-CANCEL).
func TestCancellationFoundAfterExpiry_TERM7(t *testing.T) {
	loc := must(time.LoadLocation("Asia/Seoul"))
	l := must(credits.Open(seoulAccount, 20))
	l = must(l.Redeem(d("2028-12-01"), catalogue.Workshops, won(dec("6")), won(dec("1")), credits.Reference{}))
	l = must(l.Expire(d("2029-01-01")))
	start := time.Date(2028, time.December, 30, 9, 0, 0, 0, loc)
	ref := credits.Reference{External: "CN-9"}
	got, err := l.Cancel(2, start, time.Date(2028, time.December, 10, 9, 0, 0, 0, loc), ref)
	if err != nil {
		t.Fatal(err)
	}
	es := got.Entries()[3:]
	if len(es) != 2 || es[0].Kind != credits.KindRefund || es[0].Date != d("2028-12-10") || es[0].Change != 6 ||
		es[0].Reference != ref || es[1].Kind != credits.KindExpire || es[1].Date != d("2029-01-01") || es[1].Change != -6 ||
		!es[1].Rules.Has("TERM-7") {
		t.Fatalf("entries after the expiry: %+v", es)
	}
	if got.Balance() != 0 || !got.Expired() || got.BalanceAt(d("2028-12-31")) != 20 || got.BalanceAt(d("2029-01-01")) != 0 {
		t.Errorf("balance %d, on the last day %d, after %d", got.Balance(), got.BalanceAt(d("2028-12-31")), got.BalanceAt(d("2029-01-01")))
	}
	r, err := credits.Replay(got.Account(), got.Entries())
	if err != nil || !cmp.Equal(r.Entries(), got.Entries()) {
		t.Errorf("Replay: %v", err)
	}
	// A cancellation dated after the term is not a cancellation within it.
	if _, err := l.Cancel(2, start.AddDate(0, 1, 0), time.Date(2029, time.January, 2, 9, 0, 0, 0, loc), ref); !errors.Is(err, credits.ErrExpired) {
		t.Errorf("cancellation on 2029-01-02: %v", err)
	}
	// Nothing else is recorded after the expiry.
	if _, err := got.Adjust(d("2028-12-31"), 1, 0, "x", credits.Reference{}); !errors.Is(err, credits.ErrExpired) {
		t.Errorf("adjustment after the expiry: %v", err)
	}
	// A replayed history missing the forfeiture does not load.
	if _, err := credits.Replay(got.Account(), got.Entries()[:4]); !errors.Is(err, credits.ErrReplay) {
		t.Errorf("history without the forfeiture: %v", err)
	}
}

// TestReferencesRoundTrip: references, reasons, targets and effective
// dates survive JSON and replay.
func TestReferencesRoundTrip(t *testing.T) {
	loc := must(time.LoadLocation("Asia/Seoul"))
	l := must(credits.OpenWith(seoulAccount, 30, credits.Reference{Memo: "Work Order", External: "WO-2026-KR"}))
	l = must(l.Redeem(d("2026-04-01"), catalogue.Workshops, won(dec("5")), won(dec("1")), credits.Reference{Memo: "security workshop", External: "PO-42"}))
	l = must(l.Redeem(d("2026-04-10"), catalogue.ChalkTalk, won(dec("3")), won(dec("1")), credits.Reference{External: "PO-43"}))
	start := time.Date(2026, time.April, 20, 9, 0, 0, 0, loc)
	l = must(l.Cancel(2, start, time.Date(2026, time.April, 3, 9, 0, 0, 0, loc), credits.Reference{External: "CN-1"}))
	l = must(l.Adjust(d("2026-04-02"), -1, 3, "Chalk Talk priced at the old rate", credits.Reference{External: "INV-9"}))
	l = must(l.TransferOut(d("2026-05-01"), krToJP(4), credits.Reference{Memo: "to Tokyo"}))
	var back credits.Ledger
	if err := json.Unmarshal(must(json.Marshal(l)), &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(l.Entries(), back.Entries()); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}
	if back.Entries()[0].Reference.External != "WO-2026-KR" || back.Last().Reference.Memo != "to Tokyo" {
		t.Errorf("references lost: %+v", back.Entries())
	}
	// Tampering with a reference is not a replay error (the ledger does not
	// interpret it), but it is not the same history either.
	es := l.Entries()
	es[1].Reference.External = "PO-99"
	r, err := credits.Replay(l.Account(), es)
	if err != nil || r.Entries()[1].Reference.External != "PO-99" || r.Entries()[1].Equal(l.Entries()[1]) {
		t.Errorf("replay of a changed reference: %v", err)
	}
}

// TestEntryEqualOneFieldAtATime: Entry.Equal is true exactly when every
// field is equal; each row changes one field.
func TestEntryEqualOneFieldAtATime(t *testing.T) {
	base := credits.Entry{Seq: 2, Kind: credits.KindRefund, Date: d("2026-03-02"), Change: 3, Balance: 9,
		Service: catalogue.Workshops, Price: won(dec("6")), Rate: won(dec("1")), Value: dec("6"), Target: 1, NoticeDays: 7,
		FeeRate: dec("0.5"), Fee: 3, Transfer: krToJP(1), Reason: "r", Reference: credits.Reference{Memo: "m", External: "x"},
		Rules: rule.Cite("D-CANCEL")}
	if !base.Equal(base) {
		t.Fatal("an entry differs from itself")
	}
	same := base
	same.Price = won(dec("6.00"))
	if !base.Equal(same) {
		t.Error("6 and 6.00 differ")
	}
	for name, change := range map[string]func(*credits.Entry){
		"Seq":        func(e *credits.Entry) { e.Seq++ },
		"Kind":       func(e *credits.Entry) { e.Kind = credits.KindRedeem },
		"Date":       func(e *credits.Entry) { e.Date = e.Date.AddDays(1) },
		"Change":     func(e *credits.Entry) { e.Change++ },
		"Balance":    func(e *credits.Entry) { e.Balance++ },
		"Service":    func(e *credits.Entry) { e.Service = catalogue.ChalkTalk },
		"Price":      func(e *credits.Entry) { e.Price = won(dec("7")) },
		"Rate":       func(e *credits.Entry) { e.Rate = won(dec("2")) },
		"Value":      func(e *credits.Entry) { e.Value = dec("5") },
		"Target":     func(e *credits.Entry) { e.Target++ },
		"NoticeDays": func(e *credits.Entry) { e.NoticeDays++ },
		"FeeRate":    func(e *credits.Entry) { e.FeeRate = dec("1") },
		"Fee":        func(e *credits.Entry) { e.Fee++ },
		"Transfer":   func(e *credits.Entry) { e.Transfer = krToJP(2) },
		"Reason":     func(e *credits.Entry) { e.Reason = "s" },
		"Memo":       func(e *credits.Entry) { e.Reference.Memo = "n" },
		"External":   func(e *credits.Entry) { e.Reference.External = "y" },
		"Rules":      func(e *credits.Entry) { e.Rules = rule.Cite("D-CRED-1") },
	} {
		f := base
		change(&f)
		if base.Equal(f) || f.Equal(base) {
			t.Errorf("entries differing in %s are Equal", name)
		}
	}
}

// TestTransferEqualOneFieldAtATime: Transfer.Equal is true exactly when
// every field is equal; each row changes one field.
func TestTransferEqualOneFieldAtATime(t *testing.T) {
	base := krToJP(10)
	if !base.Equal(krToJP(10)) {
		t.Fatal("equal transfers differ")
	}
	for name, change := range map[string]func(*credits.Transfer){
		"ID":       func(x *credits.Transfer) { x.ID = "other" },
		"From":     func(x *credits.Transfer) { x.From = "Busan" },
		"To":       func(x *credits.Transfer) { x.To = "Osaka" },
		"Sent":     func(x *credits.Transfer) { x.Sent++ },
		"Received": func(x *credits.Transfer) { x.Received++ },
		"FromRate": func(x *credits.Transfer) { x.FromRate = won(dec("2")) },
		"ToRate":   func(x *credits.Transfer) { x.ToRate = yen(dec("2")) },
		"FXRate":   func(x *credits.Transfer) { x.FXRate = dec("2") },
		"Rules":    func(x *credits.Transfer) { x.Rules = rule.Cite("MC-18") },
	} {
		y := base
		change(&y)
		if base.Equal(y) || y.Equal(base) {
			t.Errorf("transfers differing in %s are Equal", name)
		}
	}
}

// TestRedemptionAndConversionEqualOneFieldAtATime: Redemption.Equal and
// Conversion.Equal are true exactly when every field is equal.
func TestRedemptionAndConversionEqualOneFieldAtATime(t *testing.T) {
	r := must(credits.Redeem(10, won(dec("25")), won(dec("10"))))
	for name, change := range map[string]func(*credits.Redemption){
		"Deducted":  func(s *credits.Redemption) { s.Deducted++ },
		"Remaining": func(s *credits.Redemption) { s.Remaining++ },
		"Value":     func(s *credits.Redemption) { *s = must(credits.Redeem(10, won(dec("26")), won(dec("10")))) }, // 2.6, also 3 credits
		"Rules":     func(s *credits.Redemption) { s.Rules = rule.Cite("CRED-2") },
	} {
		s := r
		change(&s)
		if r.Equal(s) || s.Equal(r) {
			t.Errorf("redemptions differing in %s are Equal", name)
		}
	}
	c := must(credits.Exchange(10, won(dec("1000000")), dec("0.1085"), yen(dec("110000"))))
	for name, change := range map[string]func(*credits.Conversion){
		"Received": func(x *credits.Conversion) { x.Received++ },
		"Value": func(x *credits.Conversion) {
			*x = must(credits.Exchange(10, won(dec("1000000")), dec("0.11"), yen(dec("110000"))))
		}, // 10 exactly, also 10 credits
		"Rules": func(x *credits.Conversion) { x.Rules = rule.Cite("MC-17") },
	} {
		x := c
		change(&x)
		if c.Equal(x) || x.Equal(c) {
			t.Errorf("conversions differing in %s are Equal", name)
		}
	}
}

// TestFundingEqualOneFieldAtATime: Funding.Equal is true exactly when
// every field is equal, and a Funding round-trips through JSON.
func TestFundingEqualOneFieldAtATime(t *testing.T) {
	f := must(credits.FundedCredits(money.MustParse("60000 USD"), dec("1300"), won(dec("1560000"))))
	if !f.Equal(must(credits.FundedCredits(money.MustParse("60000.00 USD"), dec("1300.0"), won(dec("1560000"))))) {
		t.Fatal("equal fundings differ")
	}
	for name, change := range map[string]func(*credits.Funding){
		"Credits": func(g *credits.Funding) { g.Credits++ },
		"Value":   func(g *credits.Funding) { g.Value = won(dec("78000001")) },
		"Rules":   func(g *credits.Funding) { g.Rules = rule.Cite("CRED-1") },
	} {
		g := f
		change(&g)
		if f.Equal(g) || g.Equal(f) {
			t.Errorf("fundings differing in %s are Equal", name)
		}
	}
	var back credits.Funding
	if err := json.Unmarshal(must(json.Marshal(f)), &back); err != nil || !back.Equal(f) {
		t.Errorf("JSON round trip: %+v, %v; want %+v", back, err, f)
	}
	for _, bad := range []string{`{"credits":"x"}`, `{"value":{"amount":"1e99","currency":"KRW"}}`, `["x"]`} {
		if err := json.Unmarshal([]byte(bad), &back); !errors.Is(err, credits.ErrInvalidEntry) && !errors.Is(err, money.ErrRange) {
			t.Errorf("Funding from %s: %v, want a sentinel", bad, err)
		}
	}
}

// TestFundedCredits_FLEX1_CRED1: the Flex Allowance applied to Proactive
// Credits (USD) buys credits at the host's credit price; a row on each
// side of a whole number, and each refusal.
func TestFundedCredits_FLEX1_CRED1(t *testing.T) {
	usd := func(s string) money.Amount { return money.MustParse(s + " USD") }
	tests := []struct {
		name   string
		funds  money.Amount
		fx     string
		price  money.Amount
		want   int64
		value  string
		reason error
	}{
		{"60,000 USD at 1,200 USD", usd("60000"), "1", usd("1200"), 50, "60000 USD", nil},
		{"60,000.01 USD at 1,200 USD: a fraction", usd("60000.01"), "1", usd("1200"), 0, "", credits.ErrFractional},
		{"59,999.99 USD at 1,200 USD: a fraction", usd("59999.99"), "1", usd("1200"), 0, "", credits.ErrFractional},
		{"60,000 USD into KRW at 1,300 KRW/USD, 1,560,000 KRW a credit", usd("60000"), "1300", won(dec("1560000")), 50, "78000000 KRW", nil},
		{"a rate written 1.00 within USD", usd("2400"), "1.00", usd("1200"), 2, "2400 USD", nil},
		{"zero funds", usd("0"), "1", usd("1200"), 0, "0 USD", nil},
		{"exactly MaxCredits", usd("1000000000"), "1", usd("0.001"), credits.MaxCredits, "1000000000 USD", nil},
		{"one credit more than MaxCredits", usd("1000000000.001"), "1", usd("0.001"), 0, "", credits.ErrOutOfRange},
		{"negative funds", usd("-1200"), "1", usd("1200"), 0, "", money.ErrNegative},
		{"a zero price", usd("60000"), "1", money.Amount{}, 0, "", credits.ErrInvalidRate},
		{"a negative price", usd("60000"), "1", usd("-1200"), 0, "", credits.ErrInvalidRate},
		{"a rate of 2 within USD", usd("60000"), "2", usd("1200"), 0, "", credits.ErrInvalidRate},
		{"a rate of 2 on the zero Amount, which has no currency", money.Amount{}, "2", usd("1200"), 0, "", credits.ErrInvalidRate},
		{"0 USD into KRW", usd("0"), "1300", won(dec("1560000")), 0, "0 KRW", nil},
		{"a zero rate", usd("60000"), "0", won(dec("1560000")), 0, "", credits.ErrInvalidRate},
		{"a negative rate", usd("60000"), "-1300", won(dec("1560000")), 0, "", credits.ErrInvalidRate},
		{"a rate above 10^18", usd("60000"), "1e19", won(dec("1560000")), 0, "", credits.ErrOutOfRange},
		{"more than MaxCredits", usd("1000000000000000"), "1", usd("0.001"), 0, "", credits.ErrOutOfRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := credits.FundedCredits(tt.funds, dec(tt.fx), tt.price)
			if !errors.Is(err, tt.reason) || (tt.reason == nil) != (err == nil) {
				t.Fatalf("error %v, want %v", err, tt.reason)
			}
			if err != nil {
				if !f.Equal(credits.Funding{}) {
					t.Errorf("a refusal returned %+v", f)
				}
				if tt.reason == credits.ErrFractional && !strings.Contains(err.Error(), "= 50.0000 credits (CRED-1)") {
					t.Errorf("message %q, want the credits to 4 places", err)
				}
				return
			}
			want := credits.Funding{Credits: tt.want, Value: money.MustParse(tt.value), Rules: rule.Cite("FLEX-1", "CRED-1", "CRED-2")}
			if !f.Equal(want) {
				t.Errorf("FundedCredits = %+v, want %+v", f, want)
			}
		})
	}
}

// TestRedeemableFollowsTheCatalogue_CRED2: what credits may buy, service by
// service: only additional ("+") proactive services Flex may pay for.
func TestRedeemableFollowsTheCatalogue_CRED2(t *testing.T) {
	for svc := range catalogue.All() {
		v, err := credits.Redeemable(svc.ID())
		if err != nil {
			t.Fatalf("%v: %v", svc.ID(), err)
		}
		want := svc.Kind() == catalogue.KindProactive && svc.PurchaseMarking() != catalogue.MarkingIncluded &&
			svc.Flex() != catalogue.FlexIneligible && svc.ID() != catalogue.ProactiveCredits
		if v.Allowed != want || !v.Rules.Has("CRED-2") {
			t.Errorf("Redeemable(%v) = %v, want allowed %v citing CRED-2", svc.ID(), v, want)
		}
	}
	for _, tt := range []struct {
		svc  catalogue.ServiceID
		want bool
		rule rule.ID
	}{
		{catalogue.Workshops, true, "CRED-2"},
		{catalogue.CustomProactiveServices, true, "CRED-2"},
		{catalogue.ProblemResolutionSupport, false, "SVC-1"},
		{catalogue.SuccessManagement, false, "FLEX-5"},
		{catalogue.OnDemandAssessment, false, "MARK-1"},
		{catalogue.ProactiveCredits, false, "CRED-1"},
		{catalogue.UnifiedEnhancedResponse, false, "SVC-1"},
	} {
		v, err := credits.Redeemable(tt.svc)
		if err != nil || v.Allowed != tt.want || !v.Rules.Has(tt.rule) {
			t.Errorf("Redeemable(%v) = %v, %v; want %v citing %s", tt.svc, v, err, tt.want, tt.rule)
		}
	}
	if _, err := credits.Redeemable(0); !errors.Is(err, credits.ErrNotRedeemable) {
		t.Errorf("Redeemable(0): %v", err)
	}
}

// TestRateCard_CRED2_MC16: the then-current rate is the latest line dated
// on or before the day; rows on each boundary; the card round-trips
// through JSON; bad cards are refused.
func TestRateCard_CRED2_MC16(t *testing.T) {
	card := must(credits.NewRateCard(
		credits.DatedRate{From: d("2027-01-01"), Price: won(dec("5200000"))},
		credits.DatedRate{From: d("2026-01-01"), Price: won(dec("5000000"))}))
	for _, tt := range []struct {
		on   string
		want string
		err  error
	}{
		{"2025-12-31", "", credits.ErrNoRate},
		{"2026-01-01", "5000000", nil},
		{"2026-12-31", "5000000", nil},
		{"2027-01-01", "5200000", nil},
		{"2030-01-01", "5200000", nil},
	} {
		got, err := card.At(d(tt.on))
		if !errors.Is(err, tt.err) || (err == nil && !got.Equal(won(dec(tt.want)))) {
			t.Errorf("At(%s) = %v, %v; want %s, %v", tt.on, got, err, tt.want, tt.err)
		}
	}
	var back credits.RateCard
	if err := json.Unmarshal(must(json.Marshal(card)), &back); err != nil || !back.Equal(card) || back.Currency() != currency.KRW {
		t.Errorf("JSON round trip: %v, %v", back.Rates(), err)
	}
	// The zero RateCard is an empty list, the module's form of no items, and reads back as itself.
	if got := string(must(json.Marshal(credits.RateCard{}))); got != "[]" {
		t.Errorf("the zero RateCard encodes as %s, want []", got)
	}
	if err := json.Unmarshal([]byte("[]"), &back); err != nil || !back.Equal(credits.RateCard{}) {
		t.Errorf("[] decodes as %v, %v", back.Rates(), err)
	}
	if _, err := credits.NewRateCard(); !errors.Is(err, credits.ErrInvalidRate) {
		t.Errorf("no rates: %v", err)
	}
	if _, err := credits.NewRateCard(credits.DatedRate{From: d("2026-01-01"), Price: won(dec("1"))}, credits.DatedRate{From: d("2026-01-01"), Price: won(dec("2"))}); !errors.Is(err, credits.ErrInvalidEntry) {
		t.Errorf("two rates from one day: %v", err)
	}
	if _, err := credits.NewRateCard(credits.DatedRate{From: d("2026-01-01"), Price: won(dec("1"))}, credits.DatedRate{From: d("2026-02-01"), Price: yen(dec("2"))}); !errors.Is(err, money.ErrCurrency) {
		t.Errorf("two currencies: %v", err)
	}
	if _, err := credits.NewRateCard(credits.DatedRate{From: d("2026-01-01"), Price: won(dec("0"))}); !errors.Is(err, credits.ErrInvalidRate) {
		t.Errorf("a zero price: %v", err)
	}
	// A ledger redeems at the card's rate of the day, and records it.
	l := must(credits.Open(seoulAccount, 100))
	l = must(l.RedeemAt(d("2026-12-31"), catalogue.Workshops, won(dec("26000000")), card, credits.Reference{}))
	l = must(l.RedeemAt(d("2027-01-01"), catalogue.Workshops, won(dec("26000000")), card, credits.Reference{}))
	es := l.Entries()
	if es[1].Change != -5 || es[2].Change != -5 || !es[1].Rate.Equal(won(dec("5000000"))) || !es[2].Rate.Equal(won(dec("5200000"))) {
		t.Errorf("redemptions at the card's rates: %+v, %+v", es[1], es[2])
	}
	if _, err := l.RedeemAt(d("2026-01-01"), catalogue.Workshops, yen(dec("1")), must(credits.NewRateCard(credits.DatedRate{From: d("2026-01-01"), Price: yen(dec("1"))})), credits.Reference{}); !errors.Is(err, money.ErrCurrency) {
		t.Errorf("a JPY card on a KRW ledger: %v", err)
	}
}

// Rate.Equal and RateCard.Equal are true exactly when every field is equal.
func TestRateEqualOneFieldAtATime(t *testing.T) {
	r := credits.DatedRate{From: d("2026-01-01"), Price: won(dec("5000000"))}
	for name, s := range map[string]credits.DatedRate{
		"From":  {From: d("2026-01-02"), Price: won(dec("5000000"))},
		"Price": {From: d("2026-01-01"), Price: won(dec("5000001"))},
	} {
		if r.Equal(s) || s.Equal(r) {
			t.Errorf("rates differing in %s are Equal", name)
		}
	}
	a := must(credits.NewRateCard(r))
	b := must(credits.NewRateCard(r, credits.DatedRate{From: d("2027-01-01"), Price: won(dec("5200000"))}))
	if !a.Equal(must(credits.NewRateCard(r))) || a.Equal(b) || b.Equal(a) || a.Equal(credits.RateCard{}) {
		t.Error("RateCard.Equal")
	}
}

// TestLedgerBoundaries pins the edges that mutation testing found loose:
// Entry's range, the length of references, MaxCredits in adjustments and
// refunds, decoded numbers of 64 and 65 characters, a currency rate within
// one currency, and a transfer without a destination.
func TestLedgerBoundaries(t *testing.T) {
	l := must(credits.Open(seoulAccount, 10))
	l = must(l.Redeem(d("2026-02-01"), catalogue.Workshops, won(dec("3")), won(dec("1")), credits.Reference{}))
	for seq, want := range map[int]bool{0: false, 1: true, 2: true, 3: false} {
		if e, ok := l.Entry(seq); ok != want || (ok && e.Seq != seq) {
			t.Errorf("Entry(%d) = %v, %v; want found %v", seq, e.Seq, ok, want)
		}
	}
	ref512 := credits.Reference{Memo: string(make([]byte, 512)), External: string(make([]byte, 512))}
	if _, err := l.Adjust(d("2026-02-02"), 1, 0, "x", ref512); err != nil {
		t.Errorf("references of 512 bytes: %v", err)
	}
	for _, ref := range []credits.Reference{{Memo: string(make([]byte, 513))}, {External: string(make([]byte, 513))}} {
		if _, err := l.Adjust(d("2026-02-02"), 1, 0, "x", ref); !errors.Is(err, credits.ErrInvalidEntry) {
			t.Errorf("a reference of 513 bytes: %v", err)
		}
	}
	empty := must(credits.Open(seoulAccount, 0))
	if _, err := empty.Adjust(d("2026-02-02"), credits.MaxCredits, 0, "x", credits.Reference{}); err != nil {
		t.Errorf("adjust by +MaxCredits from 0: %v", err)
	}
	full := must(credits.Open(seoulAccount, credits.MaxCredits))
	if _, err := full.Adjust(d("2026-02-02"), 1, 0, "x", credits.Reference{}); !errors.Is(err, credits.ErrOutOfRange) {
		t.Errorf("adjust by +1 at MaxCredits: %v", err)
	}
	// Back-dated additions are bounded on every later date too.
	near := must(credits.Open(seoulAccount, credits.MaxCredits-10))
	near = must(near.Adjust(d("2026-04-01"), 10, 0, "x", credits.Reference{})) // MaxCredits from 1 April
	near = must(near.Redeem(d("2026-05-01"), catalogue.Workshops, won(dec("5")), won(dec("1")), credits.Reference{}))
	if _, err := near.Adjust(d("2026-02-01"), 1, 0, "x", credits.Reference{}); !errors.Is(err, credits.ErrOutOfRange) {
		t.Errorf("a back-dated +1 that passes MaxCredits on a later date: %v", err)
	}
	// Numbers in JSON: 64 characters are read, 65 are refused unread.
	for n, want := range map[int]error{64: nil, 65: credits.ErrOutOfRange} {
		num := strings.Repeat("0", n-1) + "1"
		var r credits.Redemption
		err := json.Unmarshal([]byte(`{"deducted":1,"remaining":0,"value":"`+num+`","rules":[]}`), &r)
		if !errors.Is(err, want) || (want == nil) != (err == nil) {
			t.Errorf("a value of %d characters: %v, want %v", n, err, want)
		}
	}
	if _, err := credits.Exchange(1, won(dec("1")), dec("2"), won(dec("1"))); !errors.Is(err, credits.ErrInvalidRate) {
		t.Errorf("a currency rate of 2 within KRW: %v", err)
	}
	if c, err := credits.Exchange(1, won(dec("1")), dec("1"), won(dec("1"))); err != nil || c.Received != 1 {
		t.Errorf("a currency rate of 1 within KRW: %v, %v", c, err)
	}
	x := krToJP(1)
	x.To = ""
	if err := x.Validate(); !errors.Is(err, credits.ErrTransfer) {
		t.Errorf("a transfer to nowhere: %v", err)
	}
	x = krToJP(1)
	x.From = ""
	if err := x.Validate(); !errors.Is(err, credits.ErrTransfer) {
		t.Errorf("a transfer from nowhere: %v", err)
	}
}

// TestRefundMarksFollowTheirVersion_DCANCEL: the O(1) "already cancelled"
// marks are per version: a version copied from one with a refund keeps
// it; a version copied from before a refund does not see it.
func TestRefundMarksFollowTheirVersion_DCANCEL(t *testing.T) {
	loc := must(time.LoadLocation("Asia/Seoul"))
	start := time.Date(2026, time.April, 30, 9, 0, 0, 0, loc)
	base := must(credits.Open(seoulAccount, 100))
	base = must(base.Redeem(d("2026-02-01"), catalogue.Workshops, won(dec("5")), won(dec("1")), credits.Reference{}))
	refunded := must(base.Cancel(2, start, start.AddDate(0, 0, -20), credits.Reference{}))
	// Two appends to refunded: the second copies the history.
	_ = must(refunded.Adjust(d("2026-03-01"), 1, 0, "a", credits.Reference{}))
	copied := must(refunded.Adjust(d("2026-03-01"), 2, 0, "b", credits.Reference{}))
	if _, err := copied.Cancel(2, start, start.AddDate(0, 0, -19), credits.Reference{}); !errors.Is(err, credits.ErrRefunded) {
		t.Errorf("a copy of a refunded history cancels again: %v", err)
	}
	// base was appended to by the refund; appending again copies it, and
	// the copy has not refunded anything.
	other := must(base.Adjust(d("2026-03-01"), 1, 0, "c", credits.Reference{}))
	if _, err := other.Cancel(2, start, start.AddDate(0, 0, -19), credits.Reference{}); err != nil {
		t.Errorf("a version without the refund cannot cancel: %v", err)
	}
}

// More edges found by mutation testing: an account with one invalid date,
// a transfer naming another location in the ledger's currency, and an
// entry whose figure does not parse.
func TestMoreLedgerEdges(t *testing.T) {
	a := seoulAccount
	a.Start = calendar.Date{}
	if _, err := credits.Open(a, 1); !errors.Is(err, credits.ErrInvalidEntry) {
		t.Errorf("an account without a start: %v", err)
	}
	a = seoulAccount
	a.End = calendar.Date{}
	if _, err := credits.Open(a, 1); !errors.Is(err, credits.ErrInvalidEntry) {
		t.Errorf("an account without an end: %v", err)
	}
	l := must(credits.Open(seoulAccount, 10))
	x := krToJP(1)
	x.From = "Busan" // in KRW, like Seoul, but not this ledger
	if _, err := l.TransferOut(d("2026-02-01"), x, credits.Reference{}); !errors.Is(err, credits.ErrTransfer) {
		t.Errorf("a transfer out of Busan on Seoul's ledger: %v", err)
	}
	var e credits.Entry
	if err := json.Unmarshal([]byte(`{"seq":2,"kind":"redeem","value":"abc","rules":[]}`), &e); !errors.Is(err, credits.ErrInvalidEntry) {
		t.Errorf("an entry whose value is abc: %v", err)
	}
}
