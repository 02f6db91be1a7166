package credits

import (
	"errors"
	"fmt"
	"iter"
	"slices"
	"sync/atomic"
	"time"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/cancellation"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/contract/rule"
	"golang.org/x/text/currency"
)

// An Account is what a Work Order says about one support location's
// Proactive Credits: the location's name, the currency its credit rates and
// service prices are in, and the Work Order's term. Accounts are
// comparable.
//
// The term is given by its first and last days, both included: credits are
// usable on End and forfeited from the day after (TERM-7: usable iff the
// use date ≤ the Work Order's end). Contoso Korea's term 2026-01-01 to
// 2028-12-31 ends at the first instant of 2029-01-01 in Seoul.
//
// Rules TERM-7, D-TERM-2 (§2.6).
type Account struct {
	Location string        // the support location, e.g. "Seoul"; required for transfers (MC-2, MC-3)
	Currency currency.Unit // the currency of prices and rates, e.g. KRW
	Start    calendar.Date // the Work Order's first day
	End      calendar.Date // the Work Order's last day, included (TERM-7)
}

// Validate reports every problem with a at once, each wrapping
// [ErrInvalidEntry]: a missing currency, an invalid date, or an End before
// Start.
func (a Account) Validate() error {
	var errs []error
	if a.Currency == (currency.Unit{}) {
		errs = append(errs, fmt.Errorf("%w: account: no currency", ErrInvalidEntry))
	}
	if !a.Start.IsValid() || !a.End.IsValid() {
		errs = append(errs, fmt.Errorf("%w: account: invalid term %v to %v", ErrInvalidEntry, a.Start, a.End))
	} else if a.End.Before(a.Start) {
		errs = append(errs, fmt.Errorf("%w: account: term ends %v before it starts %v", ErrInvalidEntry, a.End, a.Start))
	}
	return errors.Join(errs...)
}

// A Kind is the kind of a ledger [Entry]. The zero Kind is not valid.
type Kind uint8

// The kinds of ledger entries. Only ever append new kinds.
const (
	_               Kind = iota // zero is deliberately invalid
	KindOpen                    // the opening balance bought in the Work Order (CRED-1)
	KindRedeem                  // credits exchanged for a service (CRED-2, CRED-3, D-CRED-1)
	KindRefund                  // credits restored when a redeemed service is cancelled (D-CANCEL)
	KindExpire                  // the balance forfeited at the end of the term (TERM-7, D-TERM-2)
	KindTransferOut             // credits sent to another support location (D-CRED-2)
	KindTransferIn              // credits received from another support location (D-CRED-2)
	numKinds
)

var kindNames = [numKinds]string{
	KindOpen: "open", KindRedeem: "redeem", KindRefund: "refund", KindExpire: "expire",
	KindTransferOut: "transfer-out", KindTransferIn: "transfer-in",
}

// IsValid reports whether k is one of the declared kinds.
func (k Kind) IsValid() bool { return k > 0 && k < numKinds }

// String returns k's name, such as "redeem", or a diagnostic such as
// "credits.Kind(9)".
func (k Kind) String() string {
	if k.IsValid() {
		return kindNames[k]
	}
	return fmt.Sprintf("credits.Kind(%d)", uint8(k))
}

// ParseKind returns the Kind named s, or an error wrapping [ErrInvalidEntry].
func ParseKind(s string) (Kind, error) {
	for k := KindOpen; k < numKinds; k++ {
		if kindNames[k] == s {
			return k, nil
		}
	}
	return 0, fmt.Errorf("%w: unknown kind %q", ErrInvalidEntry, s)
}

// MarshalText implements [encoding.TextMarshaler] with k's name.
func (k Kind) MarshalText() ([]byte, error) {
	if !k.IsValid() {
		return nil, fmt.Errorf("%w: kind %d", ErrInvalidEntry, uint8(k))
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (k *Kind) UnmarshalText(b []byte) error {
	p, err := ParseKind(string(b))
	if err != nil {
		return err
	}
	*k = p
	return nil
}

// An Entry is one line of a [Ledger]'s history. Which fields are set depends
// on Kind; the others are zero:
//
//   - every entry: Seq, Kind, Date, Change, Balance, Rules;
//   - KindRedeem: Service, Price, Rate, Value;
//   - KindRefund: Service and Price (of the redemption), Ref, NoticeDays,
//     FeeRate, Fee;
//   - KindTransferOut, KindTransferIn: Transfer.
//
// Balance is always the previous entry's Balance plus Change, and never
// negative. Entries cannot be compared with ==; use [Entry.Equal].
type Entry struct {
	_          [0]func()           // forbid ==: decimals hold pointers
	Seq        int                 // position in the history, from 1
	Kind       Kind                // what happened
	Date       calendar.Date       // when, in the location's calendar
	Change     int64               // credits added (> 0) or removed (< 0)
	Balance    int64               // the balance after this entry
	Service    catalogue.ServiceID // redeem, refund: the service
	Price      decimal.Decimal     // redeem, refund: the service's price in the account's currency
	Rate       decimal.Decimal     // redeem: the then-current price of one credit (CRED-2)
	Value      decimal.Decimal     // redeem: Price ÷ Rate before rounding (CRED-3)
	Ref        int                 // refund: Seq of the redemption cancelled
	NoticeDays int                 // refund: calendar days' notice of the cancellation (D-CANCEL)
	FeeRate    decimal.Decimal     // refund: 0, 0.5 or 1
	Fee        int64               // refund: credits kept as the cancellation fee
	Transfer   Transfer            // transfers: the exchange record
	Rules      rule.Set            // the rules that decided this entry
}

// Equal reports whether e and f record the same thing.
func (e Entry) Equal(f Entry) bool {
	return e.Seq == f.Seq && e.Kind == f.Kind && e.Date == f.Date && e.Change == f.Change &&
		e.Balance == f.Balance && e.Service == f.Service && e.Price.Equal(f.Price) && e.Rate.Equal(f.Rate) &&
		e.Value.Equal(f.Value) && e.Ref == f.Ref && e.NoticeDays == f.NoticeDays && e.FeeRate.Equal(f.FeeRate) &&
		e.Fee == f.Fee && e.Transfer.Equal(f.Transfer) && e.Rules == f.Rules
}

// A Ledger is the Proactive Credits history of one support location of one
// Work Order: an opening balance, then redemptions, refunds of cancelled
// redemptions, transfers to and from other locations, and finally the
// expiry of whatever is left at the end of the term.
//
// A Ledger is an immutable value: every operation returns a new Ledger and
// leaves the receiver unchanged, so old versions stay valid and a Ledger may
// be shared between goroutines. Entries are dated and must be recorded in
// date order. The balance never goes negative. [Replay] rebuilds a Ledger
// from its entries and checks every recorded figure, and the JSON form is
// checked the same way when it is read.
//
// The zero Ledger has no account and no entries; every operation on it
// fails. Start one with [Open].
//
// Rules CRED-1, CRED-2, CRED-3, D-CRED-1, D-CANCEL, TERM-7, D-TERM-2 (§2.3 table 8, §2.6).
type Ledger struct {
	acct    Account
	entries []Entry       // slots below len are never written again: see add
	tip     *atomic.Int64 // entries written into entries' backing array so far, shared by the Ledgers that share it
	balance int64
	expired bool
}

// Open returns a Ledger for a with an opening balance of credits, dated a's
// first day.
//
// It returns an error wrapping [ErrInvalidEntry] for an invalid account and
// [ErrNegativeAmount] or [ErrOutOfRange] for a balance outside 0 ..
// [MaxCredits].
//
// Rule CRED-1 (§2.3 table 8: credits are shown in the Work Order).
func Open(a Account, credits int64) (Ledger, error) {
	if err := a.Validate(); err != nil {
		return Ledger{}, err
	}
	if err := checkCredits("opening balance", credits); err != nil {
		return Ledger{}, err
	}
	l := Ledger{acct: a}
	return l.add(Entry{Kind: KindOpen, Date: a.Start, Change: credits, Rules: rule.Cite("CRED-1")}), nil
}

// Account returns the account l was opened for.
func (l Ledger) Account() Account { return l.acct }

// Balance returns the credits available after the last entry. It is 0 once
// the balance has expired.
func (l Ledger) Balance() int64 { return l.balance }

// Expired reports whether l's balance has been forfeited by [Ledger.Expire].
func (l Ledger) Expired() bool { return l.expired }

// Len returns the number of entries in l.
func (l Ledger) Len() int { return len(l.entries) }

// Entries returns a copy of l's history, oldest first.
func (l Ledger) Entries() []Entry { return slices.Clone(l.entries) }

// All returns an iterator over l's history, oldest first.
func (l Ledger) All() iter.Seq[Entry] { return slices.Values(l.entries) }

// Entry returns the entry whose Seq is seq, and whether there is one.
func (l Ledger) Entry(seq int) (Entry, bool) {
	if seq < 1 || seq > len(l.entries) {
		return Entry{}, false
	}
	return l.entries[seq-1], true
}

// Last returns the latest entry, or the zero Entry for the zero Ledger.
func (l Ledger) Last() Entry {
	if len(l.entries) == 0 {
		return Entry{}
	}
	return l.entries[len(l.entries)-1]
}

// Redeem returns l with credits exchanged, on date on, for service svc
// priced price in the account's currency, at rate, the then-current price
// of one credit; the deduction is that of [Redeem]. The new entry's Seq is
// what [Ledger.Cancel] takes to cancel it.
//
// It returns an error wrapping [ErrInsufficient] when the balance is too
// small, [ErrExpired] after the term's last day, [ErrInvalidEntry] for an
// invalid service or a date before the last entry's or the term's start,
// and the errors of [Redeem] for bad amounts.
//
// Rules CRED-2, CRED-3, D-CRED-1, TERM-7 (§2.3 table 8).
func (l Ledger) Redeem(on calendar.Date, svc catalogue.ServiceID, price, rate decimal.Decimal) (Ledger, error) {
	if err := l.check(on); err != nil {
		return Ledger{}, err
	}
	if !svc.IsValid() {
		return Ledger{}, fmt.Errorf("%w: service %v", ErrInvalidEntry, svc)
	}
	r, err := Redeem(l.balance, price, rate)
	if err != nil {
		return Ledger{}, err
	}
	return l.add(Entry{Kind: KindRedeem, Date: on, Change: -r.Deducted, Service: svc, Price: canonical(price),
		Rate: rate, Value: r.Value, Rules: r.Rules}), nil
}

// Cancel returns l with the credits of redemption seq restored, as far as
// the cancellation policy allows, when the customer cancels the service at
// instant cancelled and it was scheduled to start at instant start. The
// outcome is the band of [cancellation.Assess] (the fee is in credits), days being
// counted in start's location (give start in the delivery location's zone);
// the credits restored are those of [Restore]. The entry is dated on the
// cancellation's date in that location.
//
// Only customer-initiated cancellations are assessed this way; a service
// Microsoft cancels (TERM-8) is outside the policy.
//
// It returns an error wrapping [ErrInvalidEntry] when seq is not a
// redemption of l or the cancellation is dated before the last entry,
// [ErrRefunded] when it was already cancelled, [ErrExpired] after the term,
// [ErrOutOfRange] when the restored credits would take the balance above
// [MaxCredits], and the errors of [cancellation.Assess].
//
// Rules CANCEL-1, CANCEL-2, CANCEL-3, D-CANCEL, D-DAYS, D-CRED-1 (§2.6).
func (l Ledger) Cancel(seq int, start, cancelled time.Time) (Ledger, error) {
	red, err := l.redemption(seq)
	if err != nil {
		return Ledger{}, err
	}
	// The fee is charged in credits (D-CANCEL, [Restore]): only the band
	// of the outcome is used, so the money price is not needed.
	o, err := cancellation.Assess(start, cancelled, money.Amount{})
	if err != nil {
		return Ledger{}, err
	}
	on := calendar.DateOf(cancelled.In(start.Location()))
	return l.refund(on, red, o)
}

// refund records outcome o of cancelling redemption red on date on.
func (l Ledger) refund(on calendar.Date, red Entry, o cancellation.Outcome) (Ledger, error) {
	if err := l.check(on); err != nil {
		return Ledger{}, err
	}
	// The notice was counted in calendar dates (D-DAYS) whether o came from
	// Cancel or from a replayed entry, so both cite the same rules in the
	// same order.
	o.Rules = o.Rules.With("D-DAYS")
	r, err := Restore(o, -red.Change)
	if err != nil {
		return Ledger{}, err
	}
	// As for TransferIn: credits received since the redemption may have
	// brought the balance near MaxCredits, and a balance above it would
	// make every later operation, and the replay, fail.
	if err := checkCredits("balance", l.balance+r.Restored); err != nil {
		return Ledger{}, err
	}
	return l.add(Entry{Kind: KindRefund, Date: on, Change: r.Restored, Service: red.Service, Price: red.Price,
		Ref: red.Seq, NoticeDays: o.NoticeDays, FeeRate: o.FeeRate.Decimal(), Fee: r.Fee, Rules: r.Rules}), nil
}

// redemption returns the redemption entry seq, if it exists and was not
// cancelled yet.
func (l Ledger) redemption(seq int) (Entry, error) {
	red, ok := l.Entry(seq)
	if !ok || red.Kind != KindRedeem {
		return Entry{}, fmt.Errorf("%w: entry %d is not a redemption", ErrInvalidEntry, seq)
	}
	for _, e := range l.entries[seq:] {
		if e.Kind == KindRefund && e.Ref == seq {
			return Entry{}, fmt.Errorf("%w: redemption %d, by entry %d", ErrRefunded, seq, e.Seq)
		}
	}
	return red, nil
}

// Expire returns l with its whole balance forfeited on date on, which must
// be after the term's last day: services not used within the Work Order's
// term are forfeited. After Expire, every operation fails with
// [ErrExpired]; a zero balance expires too, so the history shows the term
// closed.
//
// It returns an error wrapping [ErrNotExpired] when on is not after the
// term's last day, [ErrExpired] when l has already expired, and
// [ErrInvalidEntry] for an invalid date or one before the last entry's.
//
// Rules TERM-7, D-TERM-2 (§2.6 서비스 활용).
func (l Ledger) Expire(on calendar.Date) (Ledger, error) {
	switch {
	case len(l.entries) == 0:
		return Ledger{}, fmt.Errorf("%w: the ledger was never opened", ErrInvalidEntry)
	case l.expired:
		return Ledger{}, fmt.Errorf("%w: the balance expired on %v", ErrExpired, l.Last().Date)
	case !on.IsValid():
		return Ledger{}, fmt.Errorf("%w: date %v", ErrInvalidEntry, on)
	case !on.After(l.acct.End):
		return Ledger{}, fmt.Errorf("%w: credits are usable until %v, so they cannot expire on %v (TERM-7)", ErrNotExpired, l.acct.End, on)
	}
	l = l.add(Entry{Kind: KindExpire, Date: on, Change: -l.balance, Rules: rule.Cite("TERM-7", "D-TERM-2")})
	l.expired = true
	return l, nil
}

// TransferOut returns l with x.Sent credits sent, on date on, to location
// x.To. x must be valid ([Transfer.Validate]) and leave from l: x.From is
// l's location and x.FromCurrency its currency.
//
// It returns an error wrapping [ErrTransfer] for a transfer that does not
// fit l or is not valid, [ErrInsufficient] when the balance is too small,
// and [ErrExpired] after the term.
//
// Rules MC-15, D-CRED-2, D-CRED-1 (§2.5).
func (l Ledger) TransferOut(on calendar.Date, x Transfer) (Ledger, error) {
	if err := l.checkTransfer(on, x, x.From, x.FromCurrency); err != nil {
		return Ledger{}, err
	}
	if x.Sent > l.balance {
		return Ledger{}, &InsufficientError{Balance: l.balance, Needed: x.Sent}
	}
	return l.add(Entry{Kind: KindTransferOut, Date: on, Change: -x.Sent, Transfer: x,
		Rules: rule.Cite("MC-15", "D-CRED-2", "D-CRED-1")}), nil
}

// TransferIn returns l with x.Received credits received, on date on, from
// location x.From. x must be valid ([Transfer.Validate]) and arrive at l:
// x.To is l's location and x.ToCurrency its currency.
//
// It returns an error wrapping [ErrTransfer] for a transfer that does not
// fit l or is not valid, [ErrOutOfRange] when the balance would pass
// [MaxCredits], and [ErrExpired] after the term.
//
// Rules MC-15, MC-17, D-CRED-2 (§2.5).
func (l Ledger) TransferIn(on calendar.Date, x Transfer) (Ledger, error) {
	if err := l.checkTransfer(on, x, x.To, x.ToCurrency); err != nil {
		return Ledger{}, err
	}
	if err := checkCredits("balance", l.balance+x.Received); err != nil {
		return Ledger{}, err
	}
	return l.add(Entry{Kind: KindTransferIn, Date: on, Change: x.Received, Transfer: x,
		Rules: rule.Cite("MC-15", "MC-17", "D-CRED-2")}), nil
}

func (l Ledger) checkTransfer(on calendar.Date, x Transfer, here string, cur currency.Unit) error {
	if err := l.check(on); err != nil {
		return err
	}
	if err := x.Validate(); err != nil {
		return err
	}
	if l.acct.Location == "" || here != l.acct.Location {
		return fmt.Errorf("%w: transfer %q is for location %q, this ledger is %q", ErrTransfer, x.ID, here, l.acct.Location)
	}
	if cur != l.acct.Currency {
		return fmt.Errorf("%w: transfer %q is in %v at %q, this ledger is in %v", ErrTransfer, x.ID, cur, here, l.acct.Currency)
	}
	return nil
}

// check validates the date of a new entry: l is open and unexpired, on is
// valid, within the term and not before the last entry.
func (l Ledger) check(on calendar.Date) error {
	switch {
	case len(l.entries) == 0:
		return fmt.Errorf("%w: the ledger was never opened", ErrInvalidEntry)
	case l.expired:
		return fmt.Errorf("%w: the balance expired on %v (TERM-7)", ErrExpired, l.Last().Date)
	case !on.IsValid():
		return fmt.Errorf("%w: date %v", ErrInvalidEntry, on)
	case on.After(l.acct.End):
		return fmt.Errorf("%w: %v is after the term's last day %v (TERM-7)", ErrExpired, on, l.acct.End)
	case on.Before(l.Last().Date):
		return fmt.Errorf("%w: %v is before the last entry's date %v", ErrInvalidEntry, on, l.Last().Date)
	}
	return nil
}

// add returns l with e appended, numbered and balanced, leaving l itself
// unchanged.
//
// Ledgers derived from one another share a backing array, so that a
// history of n entries costs O(n), not O(n²), to build. A slot of the array
// is written once: the first Ledger to append at position len claims it by
// moving the shared tip from len to len+1; any other Ledger of that length
// (an older version, appended to again) fails to claim it and copies its
// entries into a new array instead. Each Ledger reads only the slots below
// its own length, so no Ledger ever sees another's later entries, and the
// compare-and-swap makes this safe for concurrent use.
func (l Ledger) add(e Entry) Ledger {
	n := len(l.entries)
	e.Seq = n + 1
	e.Balance = l.balance + e.Change
	if l.tip != nil && n < cap(l.entries) && l.tip.CompareAndSwap(int64(n), int64(n+1)) {
		l.entries = append(l.entries, e) // writes slot n, which no other Ledger can read
	} else {
		grown := make([]Entry, n, max(2*n, 8))
		copy(grown, l.entries)
		l.entries = append(grown, e)
		l.tip = new(atomic.Int64)
		l.tip.Store(int64(n + 1))
	}
	l.balance = e.Balance
	return l
}
