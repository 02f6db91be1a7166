package credits_test

import (
	"runtime"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/credits"
)

// TestLedgerVersionsNeverSeeEachOthersEntries states the Ledger's
// immutability under concurrency (rules CRED-3, D-CRED-1: the history an
// auditor replays is exactly the operations made on that version). Ledger
// versions share a backing array and claim each free slot with a
// compare-and-swap (Ledger.add). Here, in every round, eight goroutines
// append at once to the same version — which has free slots, so all of them
// race for the same one — and keep appending past the array's capacity,
// while readers read the shared version. Every version must hold exactly
// its own history: the shared one never sees a new entry, no branch sees
// another's, every version replays, and under -race no slot is written by
// two goroutines or read while written.
func TestLedgerVersionsNeverSeeEachOthersEntries(t *testing.T) {
	const (
		rounds   = 40
		writers  = 8
		appends  = 7 // from 3 entries to 10: past the first array's capacity of 8
		readers  = 2
		startBal = 1_000_000
	)
	// price returns the distinct price of writer w's k-th redemption, so
	// every entry says which branch wrote it.
	price := func(w, k int) int64 { return int64(100*(w+1) + k) }
	for range rounds {
		base := must(credits.Open(seoulAccount, startBal))
		base = must(base.Redeem(d("2026-02-01"), catalogue.Workshops, won(decimal.New(7, 0)), won(dec("1")), credits.Reference{}))
		base = must(base.Redeem(d("2026-02-02"), catalogue.Workshops, won(decimal.New(9, 0)), won(dec("1")), credits.Reference{}))
		want := base.Entries()

		start := make(chan struct{})
		var wg sync.WaitGroup
		branches := make([][]credits.Ledger, writers)
		for w := range writers {
			wg.Go(func() {
				<-start
				l := base
				for k := range appends {
					l = must(l.Redeem(d("2026-03-01"), catalogue.ChalkTalk, won(decimal.New(price(w, k), 0)), won(dec("1")), credits.Reference{}))
					branches[w] = append(branches[w], l)
				}
			})
		}
		for range readers {
			wg.Go(func() {
				<-start
				for range appends {
					n := 0
					for e := range base.All() {
						if !e.Equal(want[n]) {
							t.Errorf("the shared version's entry %d changed to %+v", n+1, e)
						}
						n++
					}
					if n != len(want) || base.Balance() != want[len(want)-1].Balance {
						t.Errorf("the shared version has %d entries and balance %d", n, base.Balance())
					}
				}
			})
		}
		close(start)
		wg.Wait()

		if got := base.Entries(); len(got) != len(want) {
			t.Fatalf("the shared version has %d entries, want %d", len(got), len(want))
		}
		for w, versions := range branches {
			for k, l := range versions {
				es := l.Entries()
				if len(es) != len(want)+k+1 {
					t.Fatalf("writer %d, version %d: %d entries, want %d", w, k, len(es), len(want)+k+1)
				}
				balance := want[len(want)-1].Balance
				for j, e := range es[len(want):] {
					balance -= price(w, j)
					if e.Change != -price(w, j) || e.Balance != balance || e.Seq != len(want)+j+1 {
						t.Fatalf("writer %d, version %d, entry %d is %+v: another branch's entry, or a later one", w, k, e.Seq, e)
					}
				}
				if _, err := credits.Replay(l.Account(), es); err != nil {
					t.Fatalf("writer %d, version %d does not replay: %v", w, k, err)
				}
			}
		}
	}
}

// TestOldVersionNeverSeesLaterEntries: appending to a version, then to an
// older one, then to the first again, never changes what any earlier
// version holds (CRED-3, D-CRED-1; Ledger.add's slot claiming, sequentially).
func TestOldVersionNeverSeesLaterEntries(t *testing.T) {
	v0 := must(credits.Open(seoulAccount, 100))
	v1 := must(v0.Redeem(d("2026-02-01"), catalogue.Workshops, won(dec("1")), won(dec("1")), credits.Reference{}))  // claims slot 1
	v1b := must(v0.Redeem(d("2026-02-01"), catalogue.ChalkTalk, won(dec("2")), won(dec("1")), credits.Reference{})) // slot 1 is taken: copies
	v2 := must(v1.Redeem(d("2026-02-02"), catalogue.Workshops, won(dec("3")), won(dec("1")), credits.Reference{}))  // claims slot 2
	v2b := must(v1b.Redeem(d("2026-02-02"), catalogue.ChalkTalk, won(dec("4")), won(dec("1")), credits.Reference{}))
	v2c := must(v1.Redeem(d("2026-02-03"), catalogue.Hackathon, won(dec("5")), won(dec("1")), credits.Reference{})) // slot 2 is taken: copies
	for _, c := range []struct {
		name    string
		l       credits.Ledger
		changes []int64
	}{
		{"v0", v0, []int64{100}},
		{"v1", v1, []int64{100, -1}},
		{"v1b", v1b, []int64{100, -2}},
		{"v2", v2, []int64{100, -1, -3}},
		{"v2b", v2b, []int64{100, -2, -4}},
		{"v2c", v2c, []int64{100, -1, -5}},
	} {
		var got []int64
		for e := range c.l.All() {
			got = append(got, e.Change)
		}
		if len(got) != len(c.changes) {
			t.Fatalf("%s holds changes %v, want %v", c.name, got, c.changes)
		}
		for i := range got {
			if got[i] != c.changes[i] {
				t.Fatalf("%s holds changes %v, want %v", c.name, got, c.changes)
			}
		}
	}
}

// TestConcurrentAppendsToOneVersionClaimOneSlotEach: when several goroutines
// append to the same version at the same moment, exactly one of them may
// extend the shared backing array and the others copy; each result holds
// its own entry (CRED-3, D-CRED-1). The goroutines spin at a barrier so
// that their appends overlap as closely as the scheduler allows; a claim
// that is not atomic (a load, then a store) then lets two of them write the
// same slot, which the content check or -race reports.
func TestConcurrentAppendsToOneVersionClaimOneSlotEach(t *testing.T) {
	const (
		rounds  = 3000
		writers = 4
	)
	for range rounds {
		base := must(credits.Open(seoulAccount, 1000)) // one entry, room for seven more
		var ready atomic.Int32
		got := make([]credits.Ledger, writers)
		var wg sync.WaitGroup
		for w := range writers {
			wg.Go(func() {
				ready.Add(1)
				for ready.Load() < writers {
					runtime.Gosched()
				}
				got[w] = must(base.Redeem(d("2026-03-01"), catalogue.ChalkTalk, won(decimal.New(int64(w+1), 0)), won(dec("1")), credits.Reference{}))
			})
		}
		wg.Wait()
		for w, l := range got {
			if e := l.Last(); l.Len() != 2 || e.Change != -int64(w+1) || e.Balance != 1000-int64(w+1) {
				t.Fatalf("writer %d's version ends with %+v (%d entries): another writer's entry", w, e, l.Len())
			}
		}
		if base.Len() != 1 {
			t.Fatalf("the shared version has %d entries", base.Len())
		}
	}
}
