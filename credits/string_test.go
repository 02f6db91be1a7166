package credits_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/credits"
)

// TestLedgerAndEntryStrings: %v of a Ledger and of its entries reads as a
// line of a statement, not as the struct's insides (CRED-1, CRED-2,
// CRED-3, D-CRED-1).
func TestLedgerAndEntryStrings(t *testing.T) {
	krw := func(s string) money.Amount {
		a, err := money.New(decimal.RequireFromString(s), currency.KRW)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	seoul := credits.Account{Location: "Seoul", Currency: currency.KRW,
		Start: calendar.MustParseDate("2026-01-01"), End: calendar.MustParseDate("2028-12-31")}
	if got := fmt.Sprint(credits.Ledger{}); got != "no ledger" {
		t.Errorf("zero Ledger: %q", got)
	}
	l, err := credits.Open(seoul, 40)
	if err != nil {
		t.Fatal(err)
	}
	l, err = l.Redeem(calendar.MustParseDate("2026-02-02"), catalogue.Workshops, krw("12500000"), krw("5000000"),
		credits.Reference{Memo: "Q1 workshop", External: "PO-2026-0042"})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := fmt.Sprint(l), "Seoul KRW 2026-01-01..2028-12-31: balance 37 after 2 entries"; got != want {
		t.Errorf("Ledger: %q, want %q", got, want)
	}
	var got []string
	for e := range l.All() {
		got = append(got, fmt.Sprint(e))
	}
	want := []string{
		"#1 open 2026-01-01: +40, balance 40 (CRED-1)",
		"#2 redeem 2026-02-02: -3, balance 37, workshops, ref PO-2026-0042 (CRED-2, CRED-3, D-CRED-1)",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("entries (-want +got):\n%s", diff)
	}
	l, err = l.Expire(calendar.MustParseDate("2029-01-01"))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := fmt.Sprint(l), "Seoul KRW 2026-01-01..2028-12-31: balance 0 after 3 entries, expired"; got != want {
		t.Errorf("expired Ledger: %q, want %q", got, want)
	}
}
