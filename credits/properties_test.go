package credits_test

import (
	"encoding/json"
	"errors"
	"maps"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/cancellation"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/credits"
	"golang.org/x/text/currency"
	"pgregory.net/rapid"
)

// genRate draws the then-current price of one credit: 0.01 to
// 10,000,000.00 in whole cents (CRED-2).
func genRate(t *rapid.T, label string) decimal.Decimal {
	return decimal.New(rapid.Int64Range(1, 1_000_000_000).Draw(t, label+"Cents"), -2)
}

// genPrice draws a service price for a rate: usually any amount in whole
// cents, sometimes one that lies exactly on a half credit or within 10^-18
// of one, where rounding is decided (D-CRED-1).
func genPrice(t *rapid.T, rate decimal.Decimal) decimal.Decimal {
	if rapid.Bool().Draw(t, "nearHalfCredit") {
		k := rapid.Int64Range(0, 1000).Draw(t, "wholeCredits")
		half := rate.Mul(decimal.New(2*k+1, 0)).Mul(decimal.New(5, -1)) // rate × (k + ½)
		delta := rapid.SampledFrom([]int64{-1, 0, 1}).Draw(t, "offsetIn10^-18")
		if p := half.Add(decimal.New(delta, -18)); p.Sign() >= 0 {
			return p
		}
		return half
	}
	return decimal.New(rapid.Int64Range(0, 1_000_000_000_000).Draw(t, "priceCents"), -2)
}

// slowRoundHalfUp is the reference for D-CRED-1: the exact rational
// price ÷ rate, rounded half up by comparing twice the remainder with the
// divisor in math/big.
func slowRoundHalfUp(price, rate decimal.Decimal) int64 {
	q := new(big.Rat).Quo(price.Rat(), rate.Rat())
	n, r := new(big.Int).QuoRem(q.Num(), q.Denom(), new(big.Int))
	if new(big.Int).Lsh(r, 1).Cmp(q.Denom()) >= 0 {
		n.Add(n, big.NewInt(1))
	}
	return n.Int64()
}

// Rule D-CRED-1: a redemption never leaves a negative balance, deducted +
// remaining = balance, and a refused redemption is refused because the
// balance is too small.
func TestRedemptionNeverLeavesANegativeBalance(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		balance := rapid.Int64Range(0, 100_000).Draw(t, "balance")
		rate := genRate(t, "rate")
		price := genPrice(t, rate)
		r, err := credits.Redeem(balance, won(price), won(rate))
		if errors.Is(err, credits.ErrInsufficient) {
			if need := slowRoundHalfUp(price, rate); need <= balance {
				t.Fatalf("refused although %d credits needed ≤ balance %d", need, balance)
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		if r.Remaining < 0 || r.Deducted+r.Remaining != balance {
			t.Fatalf("balance %d: deducted %d + remaining %d", balance, r.Deducted, r.Remaining)
		}
	})
}

// Rules CRED-3, D-CRED-1: the credits deducted are the exact value of the
// service rounded half up to a whole credit — within half a credit of the
// exact value — as computed by a math/big reference.
func TestDeductionIsTheExactValueRoundedHalfUp(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		rate := genRate(t, "rate")
		price := genPrice(t, rate)
		r, err := credits.Redeem(credits.MaxCredits, won(price), won(rate))
		if err != nil {
			t.Fatal(err)
		}
		if want := slowRoundHalfUp(price, rate); r.Deducted != want {
			t.Fatalf("price %v ÷ rate %v: deducted %d, the exact value rounds half up to %d", price, rate, r.Deducted, want)
		}
		exact := new(big.Rat).Quo(price.Rat(), rate.Rat())
		dist := new(big.Rat).Sub(exact, new(big.Rat).SetInt64(r.Deducted))
		if dist.Abs(dist).Cmp(big.NewRat(1, 2)) > 0 {
			t.Fatalf("deducted %d is more than half a credit from %v", r.Deducted, exact.FloatString(20))
		}
		if !r.Value().Round(0).Equal(decimal.NewFromInt(r.Deducted)) {
			t.Fatalf("Value %v does not round to the deduction %d", r.Value(), r.Deducted)
		}
		// Value is price ÷ rate truncated at 18 places: exact when it
		// terminates there, and never more than 10^-18 below the quotient.
		gap := new(big.Rat).Sub(exact, r.Value().Rat())
		if gap.Sign() < 0 || gap.Cmp(big.NewRat(1, 1_000_000_000_000_000_000)) >= 0 {
			t.Fatalf("Value %v is not the quotient %v truncated", r.Value(), exact.FloatString(25))
		}
	})
}

// Rules CRED-2, D-CRED-1: a dearer service never costs fewer credits.
func TestDearerServiceNeverCostsFewerCredits(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		rate := genRate(t, "rate")
		a, b := genPrice(t, rate), genPrice(t, rate)
		if a.GreaterThan(b) {
			a, b = b, a
		}
		ra, errA := credits.Redeem(credits.MaxCredits, won(a), won(rate))
		rb, errB := credits.Redeem(credits.MaxCredits, won(b), won(rate))
		if errA != nil || errB != nil {
			t.Fatal(errA, errB)
		}
		if ra.Deducted > rb.Deducted {
			t.Fatalf("price %v costs %d credits but %v costs %d", a, ra.Deducted, b, rb.Deducted)
		}
	})
}

// Rules D-CANCEL, D-CRED-1: cancelling a credit-funded service keeps a fee
// and restores the rest, fee + restored = the credits deducted, and more
// notice never restores fewer credits.
func TestRestoreConservesCredits(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		deducted := rapid.Int64Range(0, 1_000_000).Draw(t, "deductedCredits")
		early := rapid.IntRange(-3, 30).Draw(t, "earlierNoticeDays")
		later := rapid.IntRange(-3, early).Draw(t, "laterNoticeDays")
		oe, errE := cancellation.AssessNotice(early, money.Amount{})
		ol, errL := cancellation.AssessNotice(later, money.Amount{})
		if errE != nil || errL != nil {
			t.Fatal(errE, errL)
		}
		re, errE := credits.Restore(oe, deducted)
		rl, errL := credits.Restore(ol, deducted)
		if errE != nil || errL != nil {
			t.Fatal(errE, errL)
		}
		if re.Fee+re.Restored != deducted || re.Fee < 0 || re.Restored < 0 {
			t.Fatalf("fee %d + restored %d != deducted %d", re.Fee, re.Restored, deducted)
		}
		if re.Restored < rl.Restored {
			t.Fatalf("%d days' notice restores %d, %d days' restores %d", early, re.Restored, later, rl.Restored)
		}
		// The fee is the fee on the credits rounded half up: within half a
		// credit of the exact fee.
		exact := decimal.NewFromInt(deducted).Mul(oe.FeeRate.Decimal())
		if diff := decimal.NewFromInt(re.Fee).Sub(exact).Abs(); diff.GreaterThan(decimal.New(5, -1)) {
			t.Fatalf("fee %d credits is %v from the exact fee %v", re.Fee, diff, exact)
		}
	})
}

// Rule D-CRED-2: an exchange is the exact product and quotient rounded
// half up once, as math/big computes it.
func TestExchangeAgreesWithExactArithmetic(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		sent := rapid.Int64Range(0, 1_000_000).Draw(t, "sentCredits")
		from, to := genRate(t, "sourceRate"), genRate(t, "destinationRate")
		fx := decimal.New(rapid.Int64Range(1, 100_000_000).Draw(t, "fxRateIn10^-6"), -6)
		c, err := credits.Exchange(sent, won(from), fx, yen(to))
		if errors.Is(err, credits.ErrOutOfRange) {
			return // more than MaxCredits: refused, not wrapped around
		}
		if err != nil {
			t.Fatal(err)
		}
		if want := slowRoundHalfUp(decimal.NewFromInt(sent).Mul(from).Mul(fx), to); c.Received != want {
			t.Fatalf("%d × %v × %v ÷ %v: received %d, want %d", sent, from, fx, to, c.Received, want)
		}
	})
}

// ledgerModel is the plain model of a Ledger the state machine checks the
// real one against: a balance, the open redemptions and the last date.
// ledgerModel is the plain model of a Ledger: its changes with their
// effective dates, in history order.
type ledgerModel struct {
	changes []modelChange
	open    map[int]modelRedemption // redemption seq → not yet cancelled
	latest  calendar.Date
	expired bool
	expiry  calendar.Date
}

type modelChange struct {
	on calendar.Date
	c  int64
}

type modelRedemption struct {
	on   calendar.Date
	cost int64
}

func (m *ledgerModel) balance() int64 {
	return m.balanceAt(calendar.Date{Year: 9999, Month: 12, Day: 31})
}

// balanceAt sums the changes effective on or before on.
func (m *ledgerModel) balanceAt(on calendar.Date) int64 {
	var b int64
	for _, ch := range m.changes {
		if !ch.on.After(on) {
			b += ch.c
		}
	}
	return b
}

// lowestFrom is the lowest balance on on or any later date an entry has.
func (m *ledgerModel) lowestFrom(on calendar.Date) int64 {
	lo := m.balanceAt(on)
	for _, ch := range m.changes {
		if ch.on.After(on) {
			lo = min(lo, m.balanceAt(ch.on))
		}
	}
	return lo
}

func (m *ledgerModel) add(on calendar.Date, c int64) {
	m.changes = append(m.changes, modelChange{on, c})
	if on.After(m.latest) {
		m.latest = on
	}
}

// Rules CRED-2, CRED-3, D-CRED-1, D-CANCEL, TERM-7, D-TERM-2: a Ledger
// driven by any sequence of redemptions, cancellations (late ones dated
// before entries recorded earlier, and ones found after the expiry),
// signed adjustments, transfers and expiry, each effective on a date drawn
// before or after the others and carrying a caller's reference, agrees with
// a plain model after every step; its balance is never negative on any
// date; and the whole history replays — directly and through JSON,
// references and dates included — to itself.
func TestLedgerStateMachine(t *testing.T) {
	loc := must(time.LoadLocation("Asia/Seoul"))
	rapid.Check(t, func(t *rapid.T) {
		opening := rapid.Int64Range(0, 500).Draw(t, "openingCredits")
		l := must(credits.Open(seoulAccount, opening))
		m := ledgerModel{open: map[int]modelRedemption{}, latest: seoulAccount.Start}
		m.add(seoulAccount.Start, opening)
		// drawDate is an effective date up to 40 days before the latest
		// entry's and 60 after it, within the term's start.
		drawDate := func(t *rapid.T) calendar.Date {
			on := m.latest.AddDays(rapid.IntRange(-40, 60).Draw(t, "daysFromLatest"))
			if on.Before(seoulAccount.Start) {
				on = seoulAccount.Start
			}
			return on
		}
		drawRef := func(t *rapid.T) credits.Reference {
			return credits.Reference{Memo: rapid.StringMatching(`[a-z ]{0,8}`).Draw(t, "memo"),
				External: rapid.StringMatching(`(PO-[0-9]{1,4})?`).Draw(t, "external")}
		}
		afterTerm := func(on calendar.Date) bool { return on.After(seoulAccount.End) }
		recorded := func(t *rapid.T, next credits.Ledger, ref credits.Reference) {
			if got := next.Entries()[l.Len()].Reference; got != ref {
				t.Fatalf("reference %+v recorded as %+v", ref, got)
			}
			l = next
		}
		t.Repeat(map[string]func(*rapid.T){
			"redeem": func(t *rapid.T) {
				on := drawDate(t)
				rate := genRate(t, "rate")
				price := genPrice(t, rate)
				ref := drawRef(t)
				next, err := l.Redeem(on, catalogue.Workshops, won(price), won(rate), ref)
				need := slowRoundHalfUp(price, rate)
				switch {
				case m.expired || afterTerm(on):
					if !errors.Is(err, credits.ErrExpired) {
						t.Fatalf("redeem on %v after the term: %v", on, err)
					}
					return
				case need > m.lowestFrom(on):
					if !errors.Is(err, credits.ErrInsufficient) {
						t.Fatalf("redeem %d credits on %v, lowest balance from then %d: %v", need, on, m.lowestFrom(on), err)
					}
					return
				case err != nil:
					t.Fatal(err)
				}
				recorded(t, next, ref)
				m.add(on, -need)
				m.open[l.Last().Seq] = modelRedemption{on, need}
			},
			"cancel": func(t *rapid.T) {
				if len(m.open) == 0 {
					t.Skip("nothing to cancel")
				}
				seq := rapid.SampledFrom(slices.Sorted(maps.Keys(m.open))).Draw(t, "redemption")
				red := m.open[seq]
				on := red.on.AddDays(rapid.IntRange(-3, 60).Draw(t, "daysAfterRedemption"))
				notice := rapid.IntRange(-3, 30).Draw(t, "noticeDays")
				cancelled := time.Date(on.Year, on.Month, on.Day, rapid.IntRange(0, 23).Draw(t, "hour"), 0, 0, 0, loc)
				start := time.Date(on.Year, on.Month, on.Day+notice, 9, 0, 0, 0, loc)
				ref := drawRef(t)
				next, err := l.Cancel(seq, start, cancelled, ref)
				switch {
				case on.Before(red.on):
					if !errors.Is(err, credits.ErrInvalidEntry) {
						t.Fatalf("cancel on %v a redemption of %v: %v", on, red.on, err)
					}
					return
				case afterTerm(on):
					if !errors.Is(err, credits.ErrExpired) {
						t.Fatalf("cancel on %v after the term: %v", on, err)
					}
					return
				case err != nil:
					t.Fatal(err)
				}
				var fee int64
				switch {
				case notice >= 14:
				case notice >= 6:
					fee = (red.cost + 1) / 2 // half, rounded half up
				default:
					fee = red.cost
				}
				recorded(t, next, ref)
				m.add(on, red.cost-fee)
				if m.expired { // found after the expiry: forfeited at once (TERM-7)
					m.add(m.expiry, -(red.cost - fee))
					if e := l.Last(); e.Kind != credits.KindExpire || e.Date != m.expiry {
						t.Fatalf("a cancellation after the expiry ends with %+v", e)
					}
				}
				delete(m.open, seq)
			},
			"adjust": func(t *rapid.T) {
				on := drawDate(t)
				c := rapid.Int64Range(-50, 50).Filter(func(c int64) bool { return c != 0 }).Draw(t, "adjustment")
				ref := drawRef(t)
				next, err := l.Adjust(on, c, 0, "correction", ref)
				switch {
				case m.expired || afterTerm(on):
					if !errors.Is(err, credits.ErrExpired) {
						t.Fatalf("adjust on %v after the term: %v", on, err)
					}
					return
				case -c > m.lowestFrom(on):
					if !errors.Is(err, credits.ErrInsufficient) {
						t.Fatalf("adjust %d on %v, lowest balance from then %d: %v", c, on, m.lowestFrom(on), err)
					}
					return
				case err != nil:
					t.Fatal(err)
				}
				recorded(t, next, ref)
				m.add(on, c)
			},
			"transfer in": func(t *rapid.T) {
				on := drawDate(t)
				sent := rapid.Int64Range(0, 50).Draw(t, "sentFromTokyo")
				c := must(credits.Exchange(sent, won(dec("110000")), dec("9.2"), yen(dec("1000000"))))
				x := credits.Transfer{ID: "JP-KR", From: "Tokyo", To: "Seoul", Sent: sent, Received: c.Received,
					FromRate: must(money.New(dec("110000"), currency.JPY)), ToRate: must(money.New(dec("1000000"), currency.KRW)),
					FXRate: dec("9.2")}
				ref := drawRef(t)
				next, err := l.TransferIn(on, x, ref)
				if m.expired || afterTerm(on) {
					if !errors.Is(err, credits.ErrExpired) {
						t.Fatalf("transfer on %v after the term: %v", on, err)
					}
					return
				}
				if err != nil {
					t.Fatal(err)
				}
				recorded(t, next, ref)
				m.add(on, c.Received)
			},
			"expire": func(t *rapid.T) {
				on := m.latest.AddDays(rapid.IntRange(0, 400).Draw(t, "daysAfterLatest"))
				next, err := l.Expire(on)
				switch {
				case m.expired:
					if !errors.Is(err, credits.ErrExpired) {
						t.Fatalf("second expiry: %v", err)
					}
					return
				case !afterTerm(on):
					if !errors.Is(err, credits.ErrNotExpired) {
						t.Fatalf("expiry on %v within the term: %v", on, err)
					}
					return
				case err != nil:
					t.Fatal(err)
				}
				l = next
				m.add(on, -m.balance())
				m.expired, m.expiry = true, on
			},
			"": func(t *rapid.T) {
				if l.Balance() != m.balance() || l.Expired() != m.expired {
					t.Fatalf("balance %d (expired %t), model %d (expired %t)", l.Balance(), l.Expired(), m.balance(), m.expired)
				}
				if on := m.changes[len(m.changes)-1].on; l.BalanceAt(on) != m.balanceAt(on) {
					t.Fatalf("BalanceAt(%v) = %d, model %d", on, l.BalanceAt(on), m.balanceAt(on))
				}
			},
		})
		// Once the history is written, every date's balance and the replays
		// are checked against it: a replay checks each entry in turn, so it
		// checks every earlier version of the ledger too.
		for _, ch := range m.changes {
			if got, want := l.BalanceAt(ch.on), m.balanceAt(ch.on); got != want || got < 0 {
				t.Fatalf("BalanceAt(%v) = %d, model %d", ch.on, got, want)
			}
		}
		r, err := credits.Replay(l.Account(), l.Entries())
		if err != nil {
			t.Fatalf("Replay: %v", err)
		}
		var j credits.Ledger
		if err := json.Unmarshal(must(json.Marshal(l)), &j); err != nil {
			t.Fatalf("JSON: %v", err)
		}
		for _, x := range []credits.Ledger{r, j} {
			if !slices.EqualFunc(l.Entries(), x.Entries(), credits.Entry.Equal) || x.Balance() != l.Balance() || x.Expired() != l.Expired() {
				t.Fatalf("replayed ledger differs (-want +got):\n%s", cmp.Diff(l.Entries(), x.Entries()))
			}
		}
	})
}

// Redemptions, conversions, restorations and accounts round-trip through
// JSON with decimals as strings (CRED-3, D-CRED-1, D-CRED-2).
func TestResultsJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		rate := genRate(t, "rate")
		r, err := credits.Redeem(credits.MaxCredits, won(genPrice(t, rate)), won(rate))
		if err != nil {
			t.Fatal(err)
		}
		var rb credits.Redemption
		if err := json.Unmarshal(must(json.Marshal(r)), &rb); err != nil || !rb.Equal(r) {
			t.Fatalf("redemption %+v → %+v, %v", r, rb, err)
		}
		c, err := credits.Exchange(r.Deducted%1000, won(rate), dec("0.92"), yen(genRate(t, "toRate"))) // at most 999 × 10^7 × 0.92 ÷ 0.01 < MaxCredits
		if err != nil {
			t.Fatal(err)
		}
		var cb credits.Conversion
		if err := json.Unmarshal(must(json.Marshal(c)), &cb); err != nil || !cb.Equal(c) {
			t.Fatalf("conversion %+v → %+v, %v", c, cb, err)
		}
		o, err := cancellation.AssessNotice(rapid.IntRange(-3, 30).Draw(t, "noticeDays"), money.Amount{})
		if err != nil {
			t.Fatal(err)
		}
		rs, err := credits.Restore(o, r.Deducted)
		if err != nil {
			t.Fatal(err)
		}
		var rsb credits.Restoration
		if err := json.Unmarshal(must(json.Marshal(rs)), &rsb); err != nil || rsb != rs {
			t.Fatalf("restoration %+v → %+v, %v", rs, rsb, err)
		}
		var ab credits.Account
		if err := json.Unmarshal(must(json.Marshal(seoulAccount)), &ab); err != nil || ab != seoulAccount {
			t.Fatalf("account %+v → %+v, %v", seoulAccount, ab, err)
		}
	})
}

// Rules FLEX-1, CRED-1, CRED-2: Flex Allowance that buys n whole credits
// at a credit price — in the same currency, or in KRW at 10^k KRW per USD —
// opens a ledger of exactly n credits; the funding's value is the funds ×
// the currency rate, to the last digit (money is conserved); and the
// ledger replays, through JSON, to itself.
func TestFundingOpensTheLedgerAndConservesMoney_FLEX1_CRED1(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.Int64Range(0, 1_000_000_000).Draw(t, "credits")
		fx := decimal.New(1, 0)
		price := money.MustParse(genRate(t, "creditPrice").String() + " USD")
		if rapid.Bool().Draw(t, "hostInKRW") {
			fx = decimal.New(1, int32(rapid.IntRange(0, 3).Draw(t, "krwPerUSDPowerOfTen")))
			price = won(decimal.New(rapid.Int64Range(1, 100_000_000).Draw(t, "creditPriceKRW"), 0))
		}
		value := must(price.Mul(decimal.New(n, 0)))
		funds := must(money.New(value.Decimal().Div(fx), currency.USD)) // exact: fx is a power of ten
		f, err := credits.FundedCredits(funds, fx, price)
		if err != nil {
			t.Fatalf("FundedCredits(%v, %v, %v): %v", funds, fx, price, err)
		}
		if f.Credits != n || !f.Value.Equal(value) || !must(money.New(funds.Decimal().Mul(fx), price.Currency())).Equal(f.Value) {
			t.Fatalf("FundedCredits(%v, %v, %v) = %d credits worth %v; want %d worth %v", funds, fx, price, f.Credits, f.Value, n, value)
		}
		l := must(credits.Open(credits.Account{Location: "Seoul", Currency: price.Currency(), Start: seoulAccount.Start, End: seoulAccount.End}, f.Credits))
		var back credits.Ledger
		if err := json.Unmarshal(must(json.Marshal(l)), &back); err != nil || back.Balance() != n || !slices.EqualFunc(back.Entries(), l.Entries(), credits.Entry.Equal) {
			t.Fatalf("the opened ledger does not replay: %v", err)
		}
	})
}

// Rule CRED-1, outside the domain: funds one cent more than a whole number
// of credits, at a credit price above a cent, are refused with
// ErrFractional, never rounded.
func TestFundsForAFractionOfACreditAreRefused_CRED1(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.Int64Range(0, 1_000_000_000).Draw(t, "credits")
		price := money.MustParse(decimal.New(rapid.Int64Range(2, 1_000_000_000).Draw(t, "creditPriceCents"), -2).String() + " USD")
		funds := must(must(price.Mul(decimal.New(n, 0))).Add(money.MustParse("0.01 USD")))
		if f, err := credits.FundedCredits(funds, decimal.New(1, 0), price); !errors.Is(err, credits.ErrFractional) {
			t.Fatalf("FundedCredits(%v at %v) = %+v, %v; want %v", funds, price, f, err, credits.ErrFractional)
		}
	})
}
