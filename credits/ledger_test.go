package credits_test

import (
	"encoding/json"
	"errors"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/cancellation"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/contract/rule"
	"github.com/supportrules/unified/credits"
	"golang.org/x/text/currency"
)

func d(s string) calendar.Date { return calendar.MustParseDate(s) }

// seoulAccount is Contoso Korea's host location: KRW, term 2026-01-01 to
// 2028-12-31 inclusive.
var seoulAccount = credits.Account{Location: "Seoul", Currency: currency.KRW, Start: d("2026-01-01"), End: d("2028-12-31")}

var tokyoAccount = credits.Account{Location: "Tokyo", Currency: currency.JPY, Start: d("2026-01-01"), End: d("2028-12-31")}

// must returns v, or panics with err: for setting up tests, where an error
// is a bug in the test.
func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func seoul(t testing.TB) *time.Location {
	t.Helper()
	return must(time.LoadLocation("Asia/Seoul"))
}

// TestLedgerCancelRestoresCredits checks credits restored for a
// credit-funded service on each notice boundary (CANCEL-1, CANCEL-2,
// CANCEL-3, D-CANCEL) and that the 50% fee on an odd number of credits is
// rounded half up (D-CRED-1): 7 credits at 50% keep 4 and restore 3.
func TestLedgerCancelRestoresCredits(t *testing.T) {
	loc := seoul(t)
	start := time.Date(2026, time.March, 16, 9, 0, 0, 0, loc)
	tests := []struct {
		name      string
		credits   string // service price in KRW at 1,000,000 KRW per credit
		notice    int
		fee, back int64
		rule      rule.ID
	}{
		{"14 days: all 7 back", "7000000", 14, 0, 7, "CANCEL-1"},
		{"13 days: 7 credits, fee round_half_up(3.5) = 4", "7000000", 13, 4, 3, "CANCEL-2"},
		{"6 days: 8 credits, fee 4", "8000000", 6, 4, 4, "CANCEL-2"},
		{"6 days: a 2.5-credit service cost 3, fee round_half_up(1.5) = 2", "2500000", 6, 2, 1, "CANCEL-2"},
		{"5 days: nothing back", "7000000", 5, 7, 0, "CANCEL-3"},
		{"same day: nothing back", "7000000", 0, 7, 0, "CANCEL-3"},
		{"after the start: nothing back", "7000000", -2, 7, 0, "CANCEL-3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := must(credits.Open(seoulAccount, 100))
			l = must(l.Redeem(d("2026-02-01"), catalogue.Workshops, won(dec(tt.credits)), won(dec("1000000")), credits.Reference{}))
			red, before := l.Last(), l
			l = must(l.Cancel(red.Seq, start, start.AddDate(0, 0, -tt.notice), credits.Reference{}))
			got := l.Last()
			want := credits.Entry{Seq: 3, Kind: credits.KindRefund, Date: calendar.DateOf(start.AddDate(0, 0, -tt.notice)),
				Change: tt.back, Balance: 100 + red.Change + tt.back, Service: catalogue.Workshops, Price: won(dec(tt.credits)),
				Target: red.Seq, NoticeDays: tt.notice, FeeRate: l.Last().FeeRate, Fee: tt.fee,
				Rules: rule.Cite(tt.rule, "D-CANCEL", "D-DAYS", "D-CRED-1")}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Cancel (-want +got):\n%s", diff)
			}
			// D-DAYS: the same instant written in UTC gives the same entry.
			inUTC := must(before.Cancel(red.Seq, start, start.AddDate(0, 0, -tt.notice).UTC(), credits.Reference{}))
			if diff := cmp.Diff(got, inUTC.Last()); diff != "" {
				t.Errorf("Cancel with the instant in UTC (-Seoul +UTC):\n%s", diff)
			}
			if got.Fee+got.Change != -red.Change {
				t.Errorf("fee %d + restored %d != deducted %d", got.Fee, got.Change, -red.Change)
			}
		})
	}
}

// TestLedgerOperationsFail lists every refusal of the ledger, each an error
// wrapping its sentinel (D-CRED-1, TERM-7, D-TERM-2, D-CANCEL).
func TestLedgerOperationsFail(t *testing.T) {
	loc := seoul(t)
	base := must(credits.Open(seoulAccount, 10))
	base = must(base.Redeem(d("2026-03-01"), catalogue.Workshops, won(dec("3000000")), won(dec("1000000")), credits.Reference{}))
	start := time.Date(2026, time.April, 1, 9, 0, 0, 0, loc)
	cancelled := must(base.Cancel(2, start, start.AddDate(0, 0, -20), credits.Reference{}))
	expired := must(base.Expire(d("2029-01-01")))
	price, rate := dec("1000000"), dec("1000000")
	tests := []struct {
		name string
		op   func() error
		want error
	}{
		{"redeem more than the balance", func() error {
			_, err := base.Redeem(d("2026-03-02"), catalogue.Workshops, won(dec("8000000")), won(rate), credits.Reference{})
			return err
		}, credits.ErrInsufficient},
		{"redeem on the term's last day is fine", func() error {
			_, err := base.Redeem(d("2028-12-31"), catalogue.Workshops, won(price), won(rate), credits.Reference{})
			return err
		}, nil},
		{"redeem the day after the term (TERM-7)", func() error {
			_, err := base.Redeem(d("2029-01-01"), catalogue.Workshops, won(price), won(rate), credits.Reference{})
			return err
		}, credits.ErrExpired},
		{"redeem the day before the term's first day", func() error {
			_, err := base.Redeem(d("2025-12-31"), catalogue.Workshops, won(price), won(rate), credits.Reference{})
			return err
		}, credits.ErrInvalidEntry},
		{"redeem on the term's first day", func() error {
			_, err := base.Redeem(d("2026-01-01"), catalogue.Workshops, won(price), won(rate), credits.Reference{})
			return err
		}, nil},
		{"redeem on an invalid date", func() error {
			_, err := base.Redeem(calendar.Date{}, catalogue.Workshops, won(price), won(rate), credits.Reference{})
			return err
		}, credits.ErrInvalidEntry},
		{"redeem an invalid service", func() error {
			_, err := base.Redeem(d("2026-03-02"), 0, won(price), won(rate), credits.Reference{})
			return err
		}, credits.ErrNotRedeemable},
		{"redeem for Problem Resolution Support (CRED-2, SVC-1)", func() error {
			_, err := base.Redeem(d("2026-03-02"), catalogue.ProblemResolutionSupport, won(price), won(rate), credits.Reference{})
			return err
		}, credits.ErrNotRedeemable},
		{"redeem for Success Management (CRED-2, FLEX-5)", func() error {
			_, err := base.Redeem(d("2026-03-02"), catalogue.SuccessManagement, won(price), won(rate), credits.Reference{})
			return err
		}, credits.ErrNotRedeemable},
		{"redeem at a zero rate", func() error {
			_, err := base.Redeem(d("2026-03-02"), catalogue.Workshops, won(price), won(decimal.Decimal{}), credits.Reference{})
			return err
		}, credits.ErrInvalidRate},
		{"redeem after expiry", func() error {
			_, err := expired.Redeem(d("2029-01-01"), catalogue.Workshops, won(price), won(rate), credits.Reference{})
			return err
		}, credits.ErrExpired},
		{"expire on the term's last day (TERM-7)", func() error {
			_, err := base.Expire(d("2028-12-31"))
			return err
		}, credits.ErrNotExpired},
		{"expire twice", func() error {
			_, err := expired.Expire(d("2029-02-01"))
			return err
		}, credits.ErrExpired},
		{"cancel the opening entry", func() error {
			_, err := base.Cancel(1, start, start, credits.Reference{})
			return err
		}, credits.ErrInvalidEntry},
		{"cancel an entry that does not exist", func() error {
			_, err := base.Cancel(9, start, start, credits.Reference{})
			return err
		}, credits.ErrInvalidEntry},
		{"cancel twice", func() error {
			_, err := cancelled.Cancel(2, start, start.AddDate(0, 0, -19), credits.Reference{})
			return err
		}, credits.ErrRefunded},
		{"cancel with a zero time", func() error {
			_, err := base.Cancel(2, time.Time{}, start, credits.Reference{})
			return err
		}, cancellation.ErrZeroTime},
		{"cancel after the term", func() error {
			s := time.Date(2029, time.January, 10, 9, 0, 0, 0, loc)
			_, err := base.Cancel(2, s, s.AddDate(0, 0, -3), credits.Reference{})
			return err
		}, credits.ErrExpired},
		{"operate on the zero Ledger", func() error {
			_, err := credits.Ledger{}.Redeem(d("2026-03-02"), catalogue.Workshops, won(price), won(rate), credits.Reference{})
			return err
		}, credits.ErrInvalidEntry},
		{"expire the zero Ledger", func() error {
			_, err := credits.Ledger{}.Expire(d("2030-01-01"))
			return err
		}, credits.ErrInvalidEntry},
		{"open with a negative balance", func() error {
			_, err := credits.Open(seoulAccount, -1)
			return err
		}, money.ErrNegative},
		{"open without a currency", func() error {
			a := seoulAccount
			a.Currency = currency.Unit{}
			_, err := credits.Open(a, 1)
			return err
		}, credits.ErrInvalidEntry},
		{"open with a reversed term", func() error {
			a := seoulAccount
			a.Start, a.End = a.End, a.Start
			_, err := credits.Open(a, 1)
			return err
		}, credits.ErrInvalidEntry},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.op(); !errors.Is(err, tt.want) || (tt.want == nil) != (err == nil) {
				t.Errorf("error = %v, want %v", err, tt.want)
			}
		})
	}
}

// TestLedgerIsImmutable: operations on one Ledger never change another,
// even when two histories branch from the same Ledger.
func TestLedgerIsImmutable(t *testing.T) {
	l0 := must(credits.Open(seoulAccount, 10))
	l1 := must(l0.Redeem(d("2026-02-01"), catalogue.Workshops, won(dec("1")), won(dec("1")), credits.Reference{}))
	a := must(l1.Redeem(d("2026-02-02"), catalogue.Workshops, won(dec("2")), won(dec("1")), credits.Reference{}))
	b := must(l1.Redeem(d("2026-02-03"), catalogue.ChalkTalk, won(dec("5")), won(dec("1")), credits.Reference{}))
	if l0.Len() != 1 || l0.Balance() != 10 || l1.Len() != 2 || l1.Balance() != 9 {
		t.Fatalf("the originals changed: %d entries/%d, %d entries/%d", l0.Len(), l0.Balance(), l1.Len(), l1.Balance())
	}
	if a.Last().Service != catalogue.Workshops || a.Balance() != 7 || b.Last().Service != catalogue.ChalkTalk || b.Balance() != 4 {
		t.Fatalf("branches overwrote each other: %+v, %+v", a.Last(), b.Last())
	}
	es := a.Entries()
	es[0].Change = 1000
	if a.Entries()[0].Change != 10 {
		t.Fatal("Entries returned the ledger's own slice")
	}
}

// TestTransferBetweenLocations moves credits from Seoul to Tokyo: the same
// record leaves one ledger and arrives at the other (MC-15, MC-16, MC-17,
// D-CRED-2).
func TestTransferBetweenLocations(t *testing.T) {
	kr := must(credits.Open(seoulAccount, 100))
	jp := must(credits.Open(tokyoAccount, 20))
	conv := must(credits.Exchange(10, won(dec("1000000")), dec("0.1085"), yen(dec("110000"))))
	x := credits.Transfer{ID: "KR-JP-2026-001", From: "Seoul", To: "Tokyo", Sent: 10, Received: conv.Received,
		FromRate: must(money.New(dec("1000000"), currency.KRW)), ToRate: must(money.New(dec("110000"), currency.JPY)),
		FXRate: dec("0.1085"), Rules: rule.Cite("MC-15", "MC-18", "D-CRED-2")}
	if conv.Received != 10 { // 10 × 1,000,000 × 0.1085 ÷ 110,000 = 9.8636… → 10
		t.Fatalf("Exchange = %+v, want 10 credits", conv)
	}
	kr = must(kr.TransferOut(d("2026-05-01"), x, credits.Reference{}))
	jp = must(jp.TransferIn(d("2026-05-01"), x, credits.Reference{}))
	if kr.Balance() != 90 || jp.Balance() != 30 {
		t.Errorf("balances %d, %d; want 90, 30", kr.Balance(), jp.Balance())
	}
	if !kr.Last().Transfer.Equal(jp.Last().Transfer) {
		t.Error("the two entries do not carry the same record")
	}
	bad := []struct {
		name string
		l    credits.Ledger
		in   bool
		edit func(*credits.Transfer)
		want error
	}{
		{"sending from the wrong ledger", jp, false, func(*credits.Transfer) {}, credits.ErrTransfer},
		{"receiving at the wrong ledger", kr, true, func(*credits.Transfer) {}, credits.ErrTransfer},
		{"a miscomputed exchange", kr, false, func(x *credits.Transfer) { x.Received = 9 }, credits.ErrTransfer},
		{"a currency that is not the ledger's", kr, false, func(x *credits.Transfer) { x.FromRate = must(money.New(x.FromRate.Decimal(), currency.USD)) }, credits.ErrTransfer},
		{"a transfer without ID", kr, false, func(x *credits.Transfer) { x.ID = "" }, credits.ErrTransfer},
		{"a location to itself", kr, false, func(x *credits.Transfer) { x.To = "Seoul" }, credits.ErrTransfer},
		{"sending more than the balance", kr, false, func(x *credits.Transfer) { x.Sent, x.Received = 1000, 986 }, credits.ErrInsufficient},
		{"a zero currency rate", kr, false, func(x *credits.Transfer) { x.FXRate = decimal.Decimal{} }, credits.ErrInvalidRate},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			y := x
			tt.edit(&y)
			var err error
			if tt.in {
				_, err = tt.l.TransferIn(d("2026-06-01"), y, credits.Reference{})
			} else {
				_, err = tt.l.TransferOut(d("2026-06-01"), y, credits.Reference{})
			}
			if !errors.Is(err, tt.want) {
				t.Errorf("error = %v, want %v", err, tt.want)
			}
		})
	}
}

// TestLedgerJSONRoundTrip: a ledger with every kind of entry survives JSON
// and replays to the same balance.
func TestLedgerJSONRoundTrip(t *testing.T) {
	l := sampleLedger(t)
	b := must(json.Marshal(l))
	var got credits.Ledger
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatalf("Unmarshal(%s): %v", b, err)
	}
	if diff := cmp.Diff(l.Entries(), got.Entries()); diff != "" || got.Account() != l.Account() || got.Balance() != l.Balance() || !got.Expired() {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	again := must(json.Marshal(got))
	if string(again) != string(b) {
		t.Errorf("second encoding differs:\n%s\n%s", b, again)
	}
}

// TestLedgerJSONRejectsTampering: a history whose figures the rules do not
// reproduce does not load (D-CRED-1, D-CANCEL, TERM-7).
func TestLedgerJSONRejectsTampering(t *testing.T) {
	b := string(must(json.Marshal(sampleLedger(t))))
	tests := []struct{ name, from, to string }{
		{"a deduction rounded down", `"change":-3,"balance":97`, `"change":-2,"balance":98`},
		{"a balance", `"balance":97`, `"balance":98`},
		{"a rule", `"CRED-3"`, `"CRED-2"`},
		{"a rate", `"rate":{"amount":"1000000"`, `"rate":{"amount":"900000"`},
		{"a rate's currency", `"rate":{"amount":"1000000","currency":"KRW"}`, `"rate":{"amount":"1000000","currency":"JPY"}`},
		{"a refund's notice", `"noticeDays":10`, `"noticeDays":20`},
		{"a transfer's received credits", `"received":10`, `"received":11`},
		{"the final balance", `"balance":0,"expired"`, `"balance":5,"expired"`},
		{"an unknown kind", `"kind":"redeem"`, `"kind":"gift"`},
		{"an unknown currency", `"currency":"KRW"`, `"currency":"ZZZ"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(b, tt.from) {
				t.Fatalf("%s not in %s", tt.from, b)
			}
			var l credits.Ledger
			err := json.Unmarshal([]byte(strings.Replace(b, tt.from, tt.to, 1)), &l)
			if !errors.Is(err, credits.ErrReplay) && !errors.Is(err, credits.ErrInvalidEntry) {
				t.Errorf("tampered ledger loaded: %v", err)
			}
		})
	}
}

// sampleLedger is Contoso Korea's Seoul ledger with one entry of every kind.
func sampleLedger(t testing.TB) credits.Ledger {
	loc := seoul(t)
	l := must(credits.Open(seoulAccount, 100))
	l = must(l.Redeem(d("2026-02-01"), catalogue.Workshops, won(dec("2500000")), won(dec("1000000")), credits.Reference{}))
	l = must(l.Redeem(d("2026-02-02"), catalogue.ChalkTalk, won(dec("7000000")), won(dec("1000000")), credits.Reference{}))
	start := time.Date(2026, time.March, 16, 9, 0, 0, 0, loc)
	l = must(l.Cancel(3, start, start.AddDate(0, 0, -10), credits.Reference{}))
	x := credits.Transfer{ID: "KR-JP-1", From: "Seoul", To: "Tokyo", Sent: 10, Received: 10, FromRate: must(money.New(dec("1000000"), currency.KRW)), ToRate: must(money.New(dec("110000"), currency.JPY)), FXRate: dec("0.1085"),
		Rules: rule.Cite("MC-15", "D-CRED-2")}
	l = must(l.TransferOut(d("2026-05-01"), x, credits.Reference{}))
	return must(l.Expire(d("2029-01-01")))
}

// TestEntryKindText: every EntryKind's name parses back to it, in any case;
// the zero EntryKind is "not set" and round-trips as empty text; an unknown
// name or a value out of range is an error wrapping ErrInvalidEntry.
func TestEntryKindText(t *testing.T) {
	for k := credits.KindOpen; k.IsValid(); k++ {
		b := must(k.MarshalText())
		var p credits.EntryKind
		if err := p.UnmarshalText(b); err != nil || p != k || k.String() != string(b) {
			t.Errorf("EntryKind %d: %q → %v, %v", k, b, p, err)
		}
		if p, err := credits.ParseEntryKind(strings.ToUpper(string(b))); err != nil || p != k {
			t.Errorf("ParseEntryKind(%q) = %v, %v", strings.ToUpper(string(b)), p, err)
		}
	}
	if k := credits.KindAdjust; !k.IsValid() || (k + 1).IsValid() {
		t.Errorf("the last kind is %v", k)
	}
	var zero credits.EntryKind
	if b, err := zero.MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("zero EntryKind marshals to %q, %v", b, err)
	}
	back := credits.KindRedeem
	if err := back.UnmarshalText(nil); err != nil || back != zero || zero.IsValid() {
		t.Errorf("empty text → %v, %v", back, err)
	}
	if _, err := credits.ParseEntryKind("redeemed"); !errors.Is(err, credits.ErrInvalidEntry) {
		t.Errorf("ParseEntryKind(redeemed): %v", err)
	}
	if _, err := credits.EntryKind(99).MarshalText(); !errors.Is(err, credits.ErrInvalidEntry) {
		t.Errorf("EntryKind(99) marshals: %v", err)
	}
	if s := credits.EntryKind(99).String(); s != "credits.EntryKind(99)" {
		t.Errorf("EntryKind(99).String() = %q", s)
	}
}

// TestLedgerBranchesConcurrently: many goroutines appending to the same
// Ledger each get their own history (run with -race).
func TestLedgerBranchesConcurrently(t *testing.T) {
	base := must(credits.Open(seoulAccount, 1000))
	for i := range 3 {
		base = must(base.Redeem(d("2026-02-01"), catalogue.Workshops, won(decimal.New(int64(i+1), 0)), won(dec("1")), credits.Reference{}))
	}
	const n = 8
	got := make([]credits.Ledger, n)
	done := make(chan int)
	for g := range n {
		go func() {
			l := base
			for range g + 1 {
				l = must(l.Redeem(d("2026-03-01"), catalogue.ChalkTalk, won(decimal.New(int64(g+1), 0)), won(dec("1")), credits.Reference{}))
			}
			got[g] = l
			done <- g
		}()
	}
	for range n {
		<-done
	}
	for g, l := range got {
		if l.Len() != 4+g+1 || l.Balance() != 1000-6-int64((g+1)*(g+1)) {
			t.Errorf("goroutine %d: %d entries, balance %d", g, l.Len(), l.Balance())
		}
		for _, e := range l.Entries()[4:] {
			if e.Change != -int64(g+1) {
				t.Errorf("goroutine %d sees entry %+v of another branch", g, e)
			}
		}
		if _, err := credits.Replay(l.Account(), l.Entries()); err != nil {
			t.Errorf("goroutine %d: %v", g, err)
		}
	}
	if base.Len() != 4 || base.Balance() != 994 {
		t.Errorf("the shared base changed: %d entries, balance %d", base.Len(), base.Balance())
	}
}

// TestReplayRejectsAbsurdFigures: a recorded figure no operation produces,
// with an exponent far outside any price, is refused before anything
// compares it.
func TestReplayRejectsAbsurdFigures(t *testing.T) {
	l := must(credits.Open(seoulAccount, 10))
	l = must(l.Redeem(d("2026-02-01"), catalogue.Workshops, won(dec("0e8000000")), won(dec("1")), credits.Reference{}))
	if _, err := credits.Replay(l.Account(), l.Entries()); err != nil {
		t.Fatalf("a free service does not replay: %v", err)
	}
	for _, v := range []string{"1e-8000000", "0e8000000"} {
		h := l.Entries()
		h[1].Value = dec(v)
		if _, err := credits.Replay(l.Account(), h); !errors.Is(err, credits.ErrReplay) {
			t.Errorf("Replay with value %s: %v", v, err)
		}
	}
}

// TestRefundIsDatedInTheDeliveryZone: a refund entry is dated on the
// cancellation's date where the service is delivered, the date its notice
// was counted from (D-DAYS, D-CANCEL): 23:30 UTC on 1 March is already
// 2 March in Seoul, 14 days before a 16 March start. (Mutation testing
// showed that dating it in the zone of the cancellation instant went
// unnoticed.)
func TestRefundIsDatedInTheDeliveryZone(t *testing.T) {
	l := must(credits.Open(seoulAccount, 10))
	l = must(l.Redeem(d("2026-02-01"), catalogue.Workshops, won(dec("3")), won(dec("1")), credits.Reference{}))
	start := time.Date(2026, time.March, 16, 9, 0, 0, 0, seoul(t))
	l = must(l.Cancel(2, start, time.Date(2026, time.March, 1, 23, 30, 0, 0, time.UTC), credits.Reference{}))
	if e := l.Last(); e.Date != d("2026-03-02") || e.NoticeDays != 14 || e.Change != 3 {
		t.Errorf("refund entry dated %v with %d days' notice restoring %d; want 2026-03-02, 14 days, 3 credits",
			e.Date, e.NoticeDays, e.Change)
	}
}

// TestRecordingInOrderIsLinear: recording a history in date order costs
// O(n) (issue 14), so twice the entries take about twice the memory, not
// four times. A Ledger appends into the array it shares with the Ledger it
// came from while there is room, and copies it only when it is full, to
// one twice as large; copying on every entry would allocate O(n²) bytes.
// Rules CRED-2, CRED-3 (a redemption is one new entry).
func TestRecordingInOrderIsLinear(t *testing.T) {
	allocated := func(n int) uint64 {
		a := credits.Account{Location: "Seoul", Currency: currency.KRW, Start: d("2026-01-01"), End: d("2125-12-31")}
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		l := must(credits.Open(a, int64(n)))
		for i := range n {
			l = must(l.Redeem(a.Start.AddDays(i/10), catalogue.Workshops, won(dec("1")), won(dec("1")), credits.Reference{}))
		}
		runtime.ReadMemStats(&after)
		if l.Balance() != 0 {
			t.Fatalf("balance %d after %d redemptions of one credit", l.Balance(), n)
		}
		return after.TotalAlloc - before.TotalAlloc
	}
	small, large := allocated(1_000), allocated(2_000)
	if ratio := float64(large) / float64(small); ratio > 3 {
		t.Errorf("2,000 entries allocate %d bytes, %.1f× the %d bytes of 1,000: more than linear", large, ratio, small)
	}
}

// TestZeroLedgerAndCardOfOneRate: the zero Ledger's Last is the zero Entry
// and the zero RateCard has no currency, without panicking; a card of one
// rate gives that rate from its first day on (CRED-2).
func TestZeroLedgerAndCardOfOneRate(t *testing.T) {
	var l credits.Ledger
	if e := l.Last(); !e.Equal(credits.Entry{}) {
		t.Errorf("zero Ledger: Last() = %v, want the zero Entry", e)
	}
	var none credits.RateCard
	if c := none.Currency(); c != (currency.Unit{}) {
		t.Errorf("zero RateCard: Currency() = %v, want the zero Unit", c)
	}
	rate := won(dec("5000000"))
	one := must(credits.NewRateCard(credits.DatedRate{From: d("2026-01-01"), Price: rate}))
	if got := must(one.At(d("2027-06-01"))); !got.Equal(rate) || one.Currency() != currency.KRW {
		t.Errorf("a card of one rate: At = %v, Currency = %v; want %v, KRW", got, one.Currency(), rate)
	}
}

// TestExchangeUpToMaxCredits: Rules MC-17, D-CRED-2 — an exchange that
// gives exactly MaxCredits credits is made; one credit more is refused with
// ErrOutOfRange.
func TestExchangeUpToMaxCredits(t *testing.T) {
	one, two := won(dec("1")), won(dec("2"))
	c, err := credits.Exchange(credits.MaxCredits, one, dec("1"), one)
	if err != nil || c.Received != credits.MaxCredits {
		t.Errorf("Exchange(MaxCredits, 1:1) = %d, %v; want MaxCredits", c.Received, err)
	}
	if c, err := credits.Exchange(credits.MaxCredits/2+1, two, dec("1"), one); !errors.Is(err, credits.ErrOutOfRange) {
		t.Errorf("Exchange(MaxCredits/2 + 1, 2:1) = %d, %v; want ErrOutOfRange", c.Received, err)
	}
}

// TestBackdatedRedemptionCountsEndOfDayBalances: Rules CRED-3, D-CANCEL —
// a balance counts at the end of each day. A redemption dated before a day
// on which every credit was redeemed and then refunded again is made,
// although the balance was 0 between that day's two entries.
func TestBackdatedRedemptionCountsEndOfDayBalances(t *testing.T) {
	loc := must(time.LoadLocation("Asia/Seoul"))
	day := d("2026-03-10")
	l := must(credits.Open(seoulAccount, 10))
	l = must(l.Redeem(day, catalogue.Workshops, won(dec("10")), won(dec("1")), credits.Reference{}))
	l = must(l.Cancel(l.Last().Seq, time.Date(2026, 4, 20, 9, 0, 0, 0, loc), day.In(loc), credits.Reference{}))
	if l.Balance() != 10 || l.BalanceAt(day) != 10 {
		t.Fatalf("after a free cancellation: balance %d, at %v %d; want 10", l.Balance(), day, l.BalanceAt(day))
	}
	back, err := l.Redeem(d("2026-03-05"), catalogue.Workshops, won(dec("5")), won(dec("1")), credits.Reference{})
	if err != nil || back.Balance() != 5 || back.BalanceAt(day) != 5 {
		t.Errorf("redeeming 5 on 2026-03-05: %v, balance %d; want 5 left on every day", err, back.Balance())
	}
}
