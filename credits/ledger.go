package credits

import (
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/cancellation"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/contract/rule"
	"github.com/supportrules/unified/internal/enum"
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

// An EntryKind is the kind of a ledger [Entry]. The zero EntryKind means
// "not set": it is not valid, it marshals to empty text and empty text
// unmarshals to it. Parsing is case-insensitive ([ParseEntryKind]).
type EntryKind uint8

// The kinds of ledger entries. Only ever append new kinds.
const (
	_               EntryKind = iota // zero: not set
	KindOpen                         // the opening balance bought in the Work Order (CRED-1)
	KindRedeem                       // credits exchanged for a service (CRED-2, CRED-3, D-CRED-1)
	KindRefund                       // credits restored when a redeemed service is cancelled (D-CANCEL)
	KindExpire                       // the balance forfeited at the end of the term (TERM-7, D-TERM-2)
	KindTransferOut                  // credits sent to another support location (D-CRED-2)
	KindTransferIn                   // credits received from another support location (D-CRED-2)
	KindAdjust                       // a signed correction citing a reason (CRED-3, D-CRED-1)
)

var entryKinds = enum.New[EntryKind](ErrInvalidEntry, "credits.EntryKind",
	"", "open", "redeem", "refund", "expire", "transfer-out", "transfer-in", "adjust")

// IsValid reports whether k is one of the declared kinds.
func (k EntryKind) IsValid() bool { return entryKinds.IsValid(k) }

// String returns k's name, such as "redeem", "" for the zero EntryKind, or
// a diagnostic such as "credits.EntryKind(9)".
func (k EntryKind) String() string { return entryKinds.String(k) }

// ParseEntryKind returns the EntryKind named s, ignoring case; empty text
// gives the zero EntryKind. Other text is an error wrapping
// [ErrInvalidEntry].
func ParseEntryKind(s string) (EntryKind, error) { return entryKinds.Parse(s) }

// AppendText implements [encoding.TextAppender] with k's name.
func (k EntryKind) AppendText(b []byte) ([]byte, error) { return entryKinds.AppendText(b, k) }

// MarshalText implements [encoding.TextMarshaler] with k's name.
func (k EntryKind) MarshalText() ([]byte, error) { return entryKinds.AppendText(nil, k) }

// UnmarshalText implements [encoding.TextUnmarshaler], as [ParseEntryKind].
func (k *EntryKind) UnmarshalText(b []byte) error { return entryKinds.UnmarshalText(k, b) }

// A Reference is what the caller records with an entry to find it again in
// its own books: a free-text memo and an external identifier such as a
// purchase-order or invoice number. The ledger keeps it verbatim, through
// JSON and [Replay], and never interprets it. References are comparable.
type Reference struct {
	Memo     string `json:"memo,omitempty"`     // free text, such as "Q1 security workshop"
	External string `json:"external,omitempty"` // the caller's identifier, such as "PO-2026-0042"
}

// maxReference bounds the length of each field of a [Reference] and of an
// adjustment's reason, in bytes: references are identifiers and notes, not
// documents.
const maxReference = 512

func (r Reference) check() error {
	if len(r.Memo) > maxReference || len(r.External) > maxReference {
		return fmt.Errorf("%w: reference longer than %d bytes", ErrInvalidEntry, maxReference)
	}
	return nil
}

// An Entry is one line of a [Ledger]'s history. Which fields are set depends
// on Kind; the others are zero:
//
//   - every entry: Seq, Kind, Date, Change, Balance, Reference, Rules;
//   - KindRedeem: Service, Price, Rate, Value;
//   - KindRefund: Service and Price (of the redemption), Target (the
//     redemption's Seq), NoticeDays, FeeRate, Fee;
//   - KindAdjust: Reason, and Target when it corrects one entry;
//   - KindTransferOut, KindTransferIn: Transfer.
//
// Seq is the entry's place in the history, the order in which it was
// recorded. Date is its effective date: the day, in the location's
// calendar, from which it counts in the balance ([Ledger.BalanceAt]). The
// two orders may differ: a cancellation found late is recorded after later
// redemptions but takes effect on the day it was made. Balance is the
// previous entry's Balance plus Change: the balance once the entry is
// recorded. Entries cannot be compared with ==; use [Entry.Equal].
type Entry struct {
	_          [0]func()           // forbid ==: decimals hold pointers
	Seq        int                 // position in the history, from 1
	Kind       EntryKind           // what happened
	Date       calendar.Date       // effective date, in the location's calendar
	Change     int64               // credits added (> 0) or removed (< 0)
	Balance    int64               // the balance once this entry is recorded
	Service    catalogue.ServiceID // redeem, refund: the service
	Price      money.Amount        // redeem, refund: the service's price, in the account's currency
	Rate       money.Amount        // redeem: the then-current price of one credit (CRED-2), in the account's currency
	Value      decimal.Decimal     // redeem: Price ÷ Rate before rounding (CRED-3)
	Target     int                 // refund: Seq of the redemption cancelled; adjust: Seq of the entry corrected, or 0
	NoticeDays int                 // refund: calendar days' notice of the cancellation (D-CANCEL)
	FeeRate    decimal.Decimal     // refund: 0, 0.5 or 1
	Fee        int64               // refund: credits kept as the cancellation fee
	Transfer   Transfer            // transfers: the exchange record
	Reason     string              // adjust: why, such as "redemption 4 priced at the old rate"
	Reference  Reference           // the caller's memo and external ID
	Rules      rule.Set            // the rules that decided this entry
}

// String summarises e in one line: "#3 redeem 2026-03-10: -3, balance 12,
// workshops (CRED-2, CRED-3)"; the reference's external ID and the
// adjustment's reason follow when there are any.
func (e Entry) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "#%d %v %v: %+d, balance %d", e.Seq, e.Kind, e.Date, e.Change, e.Balance)
	if e.Service != 0 {
		b.WriteString(", " + e.Service.String())
	}
	if e.Reason != "" {
		fmt.Fprintf(&b, ", %q", e.Reason)
	}
	if e.Reference.External != "" {
		b.WriteString(", ref " + e.Reference.External)
	}
	if e.Rules.Len() > 0 {
		b.WriteString(" (" + e.Rules.String() + ")")
	}
	return b.String()
}

// Equal reports whether e and f record the same thing: every field equal,
// decimals by value.
func (e Entry) Equal(f Entry) bool {
	return e.Seq == f.Seq && e.Kind == f.Kind && e.Date == f.Date && e.Change == f.Change &&
		e.Balance == f.Balance && e.Service == f.Service && e.Price.Equal(f.Price) && e.Rate.Equal(f.Rate) &&
		e.Value.Equal(f.Value) && e.Target == f.Target && e.NoticeDays == f.NoticeDays && e.FeeRate.Equal(f.FeeRate) &&
		e.Fee == f.Fee && e.Transfer.Equal(f.Transfer) && e.Reason == f.Reason && e.Reference == f.Reference &&
		e.Rules == f.Rules
}

// A Ledger is the Proactive Credits history of one support location of one
// Work Order: an opening balance, then redemptions, refunds of cancelled
// redemptions, adjustments, transfers to and from other locations, and
// finally the expiry of whatever is left at the end of the term.
//
// A Ledger is an immutable value: every operation returns a new Ledger and
// leaves the receiver unchanged, so old versions stay valid and a Ledger may
// be shared between goroutines. Entries are recorded in history order and
// each takes effect on its own date, within the term: a late cancellation
// or a correction may be dated before entries recorded earlier. The balance
// never goes negative, neither once an entry is recorded nor on any date
// ([Ledger.BalanceAt]). [Replay] rebuilds a Ledger from its entries and
// checks every recorded figure, and the JSON form is checked the same way
// when it is read.
//
// Cost: recording an entry costs O(1) (amortised) when it is dated on or
// after every earlier entry, or when it adds credits that keep every credit
// ever added within [MaxCredits]; otherwise O(n log n) in the history, to check
// every later date. Looking up a redemption to cancel costs O(1), so a
// history of n entries is built, and replayed, in O(n) when it is dated in
// order.
//
// The zero Ledger has no account and no entries; every operation on it
// fails. Start one with [Open].
//
// Rules CRED-1, CRED-2, CRED-3, D-CRED-1, D-CANCEL, TERM-7, D-TERM-2 (§2.3 table 8, §2.6).
type Ledger struct {
	acct    Account
	entries []Entry // slots below len are never written again: see add
	st      *store  // shared by the Ledgers that share entries' backing array
	balance int64
	latest  calendar.Date // the latest effective date in the history
	peak    int64         // every credit ever added: no date's balance is above it
	expired bool
}

// store is what Ledgers sharing one backing array share: the number of
// slots written so far, and for each redemption the Seq of the first refund
// of it written into the array (0: none).
type store struct {
	tip      atomic.Int64
	refundBy []atomic.Int64 // indexed by Seq-1, as long as the array's capacity
}

// Open returns a Ledger for a with an opening balance of credits, dated a's
// first day.
//
// It returns an error wrapping [ErrInvalidEntry] for an invalid account and
// [money.ErrNegative] or [ErrOutOfRange] for a balance outside 0 ..
// [MaxCredits].
//
// Rule CRED-1 (§2.3 table 8: credits are shown in the Work Order).
func Open(a Account, credits int64) (Ledger, error) {
	return OpenWith(a, credits, Reference{})
}

// OpenWith is [Open] with the caller's reference recorded on the opening
// entry, such as the Work Order's number.
//
// Rule CRED-1 (§2.3 table 8).
func OpenWith(a Account, credits int64, ref Reference) (Ledger, error) {
	if err := a.Validate(); err != nil {
		return Ledger{}, err
	}
	if err := checkCredits("opening balance", credits); err != nil {
		return Ledger{}, err
	}
	if err := ref.check(); err != nil {
		return Ledger{}, err
	}
	l := Ledger{acct: a}
	return l.add(Entry{Kind: KindOpen, Date: a.Start, Change: credits, Reference: ref, Rules: rule.Cite("CRED-1")}), nil
}

// Account returns the account l was opened for.
func (l Ledger) Account() Account { return l.acct }

// Balance returns the credits available once every entry is recorded. It
// is 0 once the balance has expired.
func (l Ledger) Balance() int64 { return l.balance }

// BalanceAt returns the balance at the end of day on: the sum of the
// changes of the entries effective on or before on, whatever their order in
// the history. It is never negative. It costs O(n) in the history.
//
// Rules CRED-3, D-CRED-1, TERM-7.
func (l Ledger) BalanceAt(on calendar.Date) int64 {
	var b int64
	for i := range l.entries {
		if !l.entries[i].Date.After(on) {
			b += l.entries[i].Change
		}
	}
	return b
}

// Expired reports whether l's balance has been forfeited by [Ledger.Expire].
func (l Ledger) Expired() bool { return l.expired }

// String summarises l in one line: its location, currency and term, its
// balance and how many entries it holds: "Seoul KRW 2026-01-01..2028-12-31:
// balance 12 after 5 entries". The entries are [Ledger.All]'s; the zero
// Ledger is "no ledger".
func (l Ledger) String() string {
	if len(l.entries) == 0 {
		return "no ledger"
	}
	a := l.Account()
	s := fmt.Sprintf("%s %v %v..%v: balance %d after %d entries", a.Location, a.Currency, a.Start, a.End, l.balance, len(l.entries))
	if l.Expired() {
		s += ", expired"
	}
	return s
}

// Len returns the number of entries in l.
func (l Ledger) Len() int { return len(l.entries) }

// Entries returns a copy of l's history, in history order.
func (l Ledger) Entries() []Entry { return slices.Clone(l.entries) }

// All returns an iterator over l's history, in history order.
func (l Ledger) All() iter.Seq[Entry] { return slices.Values(l.entries) }

// Entry returns the entry whose Seq is seq, and whether there is one.
func (l Ledger) Entry(seq int) (Entry, bool) {
	if seq < 1 || seq > len(l.entries) {
		return Entry{}, false
	}
	return l.entries[seq-1], true
}

// Last returns the latest entry in history order, or the zero Entry for the
// zero Ledger.
func (l Ledger) Last() Entry {
	if len(l.entries) == 0 {
		return Entry{}
	}
	return l.entries[len(l.entries)-1]
}

// Redeem returns l with credits exchanged, effective on date on, for
// service svc priced price, at rate, the then-current price of one credit,
// both in the account's currency; the deduction is that of [Redeem]. The
// new entry's Seq is what [Ledger.Cancel] takes to cancel it; ref is
// recorded with it.
//
// It returns an error wrapping [money.ErrCurrency] when price or rate is
// not in the account's currency (a USD price on a KRW ledger is refused,
// never worth 0 credits), [ErrNotRedeemable] for a service credits cannot
// pay for ([Redeemable]), [ErrInsufficient] when the balance is too small
// on on or any later date, [ErrExpired] after the term's last day,
// [ErrInvalidEntry] for an invalid reference or a date before the term's
// start, and the errors of [Redeem] for bad amounts.
//
// Rules CRED-2, CRED-3, D-CRED-1, TERM-7 (§2.3 table 8).
func (l Ledger) Redeem(on calendar.Date, svc catalogue.ServiceID, price, rate money.Amount, ref Reference) (Ledger, error) {
	if err := l.check(on, ref); err != nil {
		return Ledger{}, err
	}
	if err := checkRedeemable(svc); err != nil {
		return Ledger{}, err
	}
	if err := l.inCurrency("rate", rate); err != nil {
		return Ledger{}, err
	}
	if err := l.inCurrency("price", price); err != nil {
		return Ledger{}, err
	}
	v, deducted, err := valueOf(price, rate)
	if err != nil {
		return Ledger{}, err
	}
	e := Entry{Kind: KindRedeem, Date: on, Change: -deducted, Service: svc, Price: price,
		Rate: rate, Value: v.decimal(), Reference: ref, Rules: redemptionRules}
	if err := l.fits(e); err != nil {
		return Ledger{}, err
	}
	return l.add(e), nil
}

// RedeemAt is [Ledger.Redeem] at the then-current rate of card: the rate in
// force on date on (CRED-2). card must be in the account's currency.
//
// It returns the errors of [Ledger.Redeem], and an error wrapping
// [ErrNoRate] when card has no rate on on.
//
// Rules CRED-2, CRED-3, D-CRED-1, TERM-7 (§2.3 table 8).
func (l Ledger) RedeemAt(on calendar.Date, svc catalogue.ServiceID, price money.Amount, card RateCard, ref Reference) (Ledger, error) {
	rate, err := card.At(on)
	if err != nil {
		return Ledger{}, err
	}
	return l.Redeem(on, svc, price, rate, ref)
}

// inCurrency returns an error wrapping money.ErrCurrency when a is not zero
// and not in l's currency.
func (l Ledger) inCurrency(what string, a money.Amount) error {
	if !a.IsZero() && a.Currency() != l.acct.Currency {
		return fmt.Errorf("%w: %s %v on a ledger in %v (CRED-2)", money.ErrCurrency, what, a, l.acct.Currency)
	}
	return nil // a zero rate is refused by valueOf
}

// Cancel returns l with the credits of redemption seq restored, as far as
// the cancellation policy allows, when the customer cancels the service at
// instant cancelled and it was scheduled to start at instant start. The
// outcome is the band of [cancellation.Assess] (the fee is in credits), days being
// counted in start's location (give start in the delivery location's zone);
// the credits restored are those of [Restore]. The entry is effective on the
// cancellation's date in that location, which may be before entries
// recorded earlier, but not before the redemption's; ref is recorded with
// it.
//
// A cancellation found after the balance expired is still recorded,
// effective on its own date within the term, and the credits it restores
// are forfeited at once by a second expiry entry dated as the first: every
// service not used within the Work Order's term is forfeited (TERM-7,
// D-TERM-2), and the history shows what the cancellation was worth.
//
// Only customer-initiated cancellations are assessed this way; a service
// Microsoft cancels (TERM-8) is outside the policy.
//
// It returns an error wrapping [ErrInvalidEntry] when seq is not a
// redemption of l or the cancellation is dated before it, [ErrRefunded]
// when it was already cancelled, [ErrExpired] when the cancellation is
// dated after the term, [ErrOutOfRange] when the restored credits would
// take the balance above [MaxCredits], and the errors of
// [cancellation.Assess].
//
// Rules CANCEL-1, CANCEL-2, CANCEL-3, D-CANCEL, D-DAYS, D-CRED-1, TERM-7,
// D-TERM-2 (§2.6).
func (l Ledger) Cancel(seq int, start, cancelled time.Time, ref Reference) (Ledger, error) {
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
	return l.refund(on, red, o, ref)
}

// refund records outcome o of cancelling redemption red on date on, and on
// an expired ledger forfeits what it restores.
func (l Ledger) refund(on calendar.Date, red Entry, o cancellation.Outcome, ref Reference) (Ledger, error) {
	if on.Before(red.Date) {
		return Ledger{}, fmt.Errorf("%w: cancellation on %v of redemption %d made on %v", ErrInvalidEntry, on, red.Seq, red.Date)
	}
	r, err := refundOf(red, o)
	if err != nil {
		return Ledger{}, err
	}
	e := Entry{Kind: KindRefund, Date: on, Change: r.Restored, Service: red.Service, Price: red.Price,
		Target: red.Seq, NoticeDays: o.NoticeDays, FeeRate: o.FeeRate.Decimal(), Fee: r.Fee, Reference: ref, Rules: r.Rules}
	if !l.expired {
		if err := l.check(on, ref); err != nil {
			return Ledger{}, err
		}
		if err := l.fits(e); err != nil {
			return Ledger{}, err
		}
		return l.add(e), nil
	}
	// TERM-7: found after the expiry, the credits are restored on their
	// date and forfeited with the rest of the balance.
	if err := l.checkInTerm(on, ref); err != nil {
		return Ledger{}, err
	}
	if err := l.fits(e); err != nil {
		return Ledger{}, err
	}
	expiry := l.expiryDate()
	l = l.add(e)
	return l.add(Entry{Kind: KindExpire, Date: expiry, Change: -l.balance, Rules: expiryRules}), nil // l stays expired
}

// refundOf is [Restore] for a cancelled redemption; the notice was counted
// in calendar dates (D-DAYS) whether o came from Cancel or from a replayed
// entry, so both cite the same rules in the same order.
func refundOf(red Entry, o cancellation.Outcome) (Restoration, error) {
	o.Rules = o.Rules.With("D-DAYS")
	return Restore(o, -red.Change)
}

// expiryDate returns the date of l's first expiry entry; l has expired.
func (l Ledger) expiryDate() calendar.Date { return l.entries[l.firstExpiry()].Date }

// firstExpiry returns the index of l's first expiry entry, or -1.
func (l Ledger) firstExpiry() int {
	return slices.IndexFunc(l.entries, func(e Entry) bool { return e.Kind == KindExpire })
}

// redemption returns the redemption entry seq, if it exists and was not
// cancelled yet. It costs O(1).
func (l Ledger) redemption(seq int) (Entry, error) {
	red, ok := l.Entry(seq)
	if !ok || red.Kind != KindRedeem {
		return Entry{}, fmt.Errorf("%w: entry %d is not a redemption", ErrInvalidEntry, seq)
	}
	if by := l.st.refundBy[seq-1].Load(); by != 0 && by <= int64(len(l.entries)) {
		return Entry{}, fmt.Errorf("%w: redemption %d, by entry %d", ErrRefunded, seq, by)
	}
	return red, nil
}

// expiryRules are the rules of every expiry entry.
var expiryRules = rule.Cite("TERM-7", "D-TERM-2")

// Expire returns l with its whole balance forfeited on date on, which must
// be after the term's last day: services not used within the Work Order's
// term are forfeited. After Expire, every operation fails with
// [ErrExpired], except a cancellation dated within the term (see
// [Ledger.Cancel]); a zero balance expires too, so the history shows the
// term closed.
//
// It returns an error wrapping [ErrNotExpired] when on is not after the
// term's last day, [ErrExpired] when l has already expired, and
// [ErrInvalidEntry] for an invalid date.
//
// Rules TERM-7, D-TERM-2 (§2.6 서비스 활용).
func (l Ledger) Expire(on calendar.Date) (Ledger, error) {
	switch {
	case len(l.entries) == 0:
		return Ledger{}, fmt.Errorf("%w: the ledger was never opened", ErrInvalidEntry)
	case l.expired:
		return Ledger{}, fmt.Errorf("%w: the balance expired on %v", ErrExpired, l.expiryDate())
	case !on.IsValid():
		return Ledger{}, fmt.Errorf("%w: date %v", ErrInvalidEntry, on)
	case !on.After(l.acct.End):
		return Ledger{}, fmt.Errorf("%w: credits are usable until %v, so they cannot expire on %v (TERM-7)", ErrNotExpired, l.acct.End, on)
	}
	l = l.add(Entry{Kind: KindExpire, Date: on, Change: -l.balance, Rules: expiryRules})
	l.expired = true
	return l, nil
}

// adjustRules are the rules of every adjustment.
var adjustRules = rule.Cite("CRED-3", "D-CRED-1")

// Adjust returns l with a signed correction of credits (> 0 adds, < 0
// removes), effective on date on, for reason, which must be given: a
// mistake is corrected by a new entry, never by rewriting history. target
// is the Seq of the entry corrected, or 0 when the correction is not about
// one entry; ref is recorded with it.
//
// It returns an error wrapping [ErrInvalidEntry] for a zero correction, an
// empty or overlong reason, a target that is not an entry of l, or an
// invalid date or reference; [ErrInsufficient] when the balance would go
// negative on on or any later date; [ErrOutOfRange] when it would pass
// [MaxCredits]; and [ErrExpired] after the term.
//
// Interpretation: the document has no correction entry. An adjustment is a
// change of the balance like a redemption's: in whole credits (CRED-3), and
// never taking the balance below zero on any date (D-CRED-1).
//
// Rules CRED-3, D-CRED-1 (§2.3 table 8).
func (l Ledger) Adjust(on calendar.Date, credits int64, target int, reason string, ref Reference) (Ledger, error) {
	if err := l.check(on, ref); err != nil {
		return Ledger{}, err
	}
	switch {
	case credits == 0:
		return Ledger{}, fmt.Errorf("%w: an adjustment of 0 credits", ErrInvalidEntry)
	case credits < -MaxCredits || credits > MaxCredits:
		return Ledger{}, fmt.Errorf("%w: adjustment of %d credits is more than %d", ErrOutOfRange, credits, MaxCredits)
	case reason == "" || len(reason) > maxReference:
		return Ledger{}, fmt.Errorf("%w: an adjustment needs a reason of 1 to %d bytes", ErrInvalidEntry, maxReference)
	case target < 0 || target > len(l.entries):
		return Ledger{}, fmt.Errorf("%w: adjustment of entry %d, which is not in the history", ErrInvalidEntry, target)
	}
	e := Entry{Kind: KindAdjust, Date: on, Change: credits, Target: target, Reason: reason, Reference: ref, Rules: adjustRules}
	if err := l.fits(e); err != nil {
		return Ledger{}, err
	}
	return l.add(e), nil
}

// TransferOut returns l with x.Sent credits sent, on date on, to location
// x.To. x must be valid ([Transfer.Validate]) and leave from l: x.From is
// l's location and x.FromRate in its currency. ref is recorded with it.
//
// It returns an error wrapping [ErrTransfer] for a transfer that does not
// fit l or is not valid, [ErrInsufficient] when the balance is too small on
// on or any later date, and [ErrExpired] after the term.
//
// Rules MC-15, D-CRED-2, D-CRED-1 (§2.5).
func (l Ledger) TransferOut(on calendar.Date, x Transfer, ref Reference) (Ledger, error) {
	if err := l.checkTransfer(on, x, x.From, x.FromRate.Currency(), ref); err != nil {
		return Ledger{}, err
	}
	e := Entry{Kind: KindTransferOut, Date: on, Change: -x.Sent, Transfer: x, Reference: ref,
		Rules: rule.Cite("MC-15", "D-CRED-2", "D-CRED-1")}
	if err := l.fits(e); err != nil {
		return Ledger{}, err
	}
	return l.add(e), nil
}

// TransferIn returns l with x.Received credits received, on date on, from
// location x.From. x must be valid ([Transfer.Validate]) and arrive at l:
// x.To is l's location and x.ToRate in its currency. ref is recorded with
// it.
//
// It returns an error wrapping [ErrTransfer] for a transfer that does not
// fit l or is not valid, [ErrOutOfRange] when the balance would pass
// [MaxCredits], and [ErrExpired] after the term.
//
// Rules MC-15, MC-17, D-CRED-2 (§2.5).
func (l Ledger) TransferIn(on calendar.Date, x Transfer, ref Reference) (Ledger, error) {
	if err := l.checkTransfer(on, x, x.To, x.ToRate.Currency(), ref); err != nil {
		return Ledger{}, err
	}
	e := Entry{Kind: KindTransferIn, Date: on, Change: x.Received, Transfer: x, Reference: ref,
		Rules: rule.Cite("MC-15", "MC-17", "D-CRED-2")}
	if err := l.fits(e); err != nil {
		return Ledger{}, err
	}
	return l.add(e), nil
}

func (l Ledger) checkTransfer(on calendar.Date, x Transfer, here string, cur currency.Unit, ref Reference) error {
	if err := l.check(on, ref); err != nil {
		return err
	}
	if err := x.Validate(); err != nil {
		return err
	}
	if l.acct.Location == "" || here != l.acct.Location {
		return fmt.Errorf("%w: transfer %q is for location %q, this ledger is %q", ErrTransfer, x.ID, here, l.acct.Location)
	}
	if cur != l.acct.Currency {
		return fmt.Errorf("%w: %w: transfer %q is in %v at %q, this ledger is in %v", ErrTransfer, money.ErrCurrency, x.ID, cur, here, l.acct.Currency)
	}
	return nil
}

// check validates the date and reference of a new entry: l is open and
// unexpired, on is valid and within the term.
func (l Ledger) check(on calendar.Date, ref Reference) error {
	if l.expired {
		return fmt.Errorf("%w: the balance expired on %v (TERM-7)", ErrExpired, l.expiryDate())
	}
	return l.checkInTerm(on, ref)
}

// checkInTerm is check without the expiry.
func (l Ledger) checkInTerm(on calendar.Date, ref Reference) error {
	switch {
	case len(l.entries) == 0:
		return fmt.Errorf("%w: the ledger was never opened", ErrInvalidEntry)
	case !on.IsValid():
		return fmt.Errorf("%w: date %v", ErrInvalidEntry, on)
	case on.After(l.acct.End):
		return fmt.Errorf("%w: %v is after the term's last day %v (TERM-7)", ErrExpired, on, l.acct.End)
	case on.Before(l.acct.Start):
		return fmt.Errorf("%w: %v is before the term's first day %v", ErrInvalidEntry, on, l.acct.Start)
	}
	return ref.check()
}

// fits reports whether e, effective on e.Date, keeps the balance within 0
// .. MaxCredits once recorded and on every date: [ErrInsufficient] or
// [ErrOutOfRange]. It costs O(1) when e is dated on or after every entry,
// or adds credits that keep every credit ever added within MaxCredits;
// otherwise it walks the history.
func (l Ledger) fits(e Entry) error {
	c := e.Change
	lo, hi := l.balance, l.balance
	if e.Date.Before(l.latest) && (c < 0 || l.peak+c > MaxCredits) {
		lo, hi = l.extremesFrom(e.Date) // the last date's balance is l.balance
	}
	if lo+c < 0 {
		return &InsufficientError{Balance: lo, Needed: -c}
	}
	return checkCredits("balance", hi+c)
}

// extremesFrom returns the lowest and highest balance of the days from on
// to the latest entry's date, both included, in O(n log n).
func (l Ledger) extremesFrom(on calendar.Date) (lo, hi int64) {
	type change struct {
		on calendar.Date
		c  int64
	}
	var later []change
	var b int64
	for i := range l.entries {
		if e := &l.entries[i]; e.Date.After(on) {
			later = append(later, change{e.Date, e.Change})
		} else {
			b += e.Change
		}
	}
	slices.SortFunc(later, func(x, y change) int { return x.on.Compare(y.on) })
	lo, hi = b, b
	for i, ch := range later {
		b += ch.c
		if i+1 < len(later) && later[i+1].on == ch.on {
			continue // the balance at the end of the day counts
		}
		lo, hi = min(lo, b), max(hi, b)
	}
	return lo, hi
}

// add returns l with e appended, numbered and balanced, leaving l itself
// unchanged. e has been checked.
//
// Ledgers derived from one another share a backing array, so that a
// history of n entries costs O(n), not O(n²), to build. A slot of the array
// is written once: the first Ledger to append at position len claims it by
// moving the shared tip from len to len+1; any other Ledger of that length
// (an older version, appended to again) fails to claim it and copies its
// entries into a new array instead. Each Ledger reads only the slots below
// its own length, so no Ledger ever sees another's later entries, and the
// compare-and-swap makes this safe for concurrent use. The store's refundBy
// marks follow the same rule: a mark is written by the Ledger that claimed
// the refund's slot, and a Ledger heeds only the marks of refunds below its
// own length.
func (l Ledger) add(e Entry) Ledger {
	n := len(l.entries)
	e.Seq = n + 1
	e.Balance = l.balance + e.Change
	if l.st != nil && n < cap(l.entries) && l.st.tip.CompareAndSwap(int64(n), int64(n+1)) {
		l.entries = append(l.entries, e) // writes slot n, which no other Ledger can read
	} else {
		size := max(2*n, 8)
		grown := make([]Entry, n, size)
		copy(grown, l.entries)
		st := &store{refundBy: make([]atomic.Int64, size)}
		for i := range n {
			if by := l.st.refundBy[i].Load(); by != 0 && by <= int64(n) {
				st.refundBy[i].Store(by)
			}
		}
		st.tip.Store(int64(n + 1))
		l.entries = append(grown, e)
		l.st = st
	}
	if e.Kind == KindRefund {
		l.st.refundBy[e.Target-1].Store(int64(e.Seq))
	}
	l.balance = e.Balance
	if e.Date.After(l.latest) { // the zero Date is before every valid one
		l.latest = e.Date
	}
	if e.Change > 0 {
		l.peak += e.Change
	}
	return l
}
