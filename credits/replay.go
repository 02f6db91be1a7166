package credits

import (
	"encoding/json"
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/cancellation"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/contract/rule"
	"github.com/supportrules/unified/internal/amount"
	"golang.org/x/text/currency"
)

// Replay rebuilds the Ledger of account a from a recorded history, as an
// auditor would: it applies each entry's inputs (effective date, service,
// price and rate; redemption cancelled and notice; correction and reason;
// transfer record; reference) with the rules of this package, in history
// order, and checks that every recorded figure — sequence number, credits
// moved, balance, value, fee, rules — is what the rules give.
//
// The first entry must open the ledger; a refund is re-assessed from its
// recorded NoticeDays with [cancellation.AssessNotice]; a refund recorded
// after the expiry is followed by the expiry entry that forfeits it (see
// [Ledger.Cancel]). It returns the rebuilt Ledger, equal entry for entry to
// the history, or an error wrapping [ErrReplay] (and the cause's sentinel)
// naming the first entry that does not replay. It costs O(n) for a history
// dated in order (see [Ledger]).
//
// Rules CRED-2, CRED-3, D-CRED-1, D-CANCEL, TERM-7, D-TERM-2.
func Replay(a Account, history []Entry) (Ledger, error) {
	if len(history) == 0 || history[0].Kind != KindOpen {
		return Ledger{}, fmt.Errorf("%w: the history does not start by opening the ledger", ErrReplay)
	}
	l, err := OpenWith(a, history[0].Change, history[0].Reference)
	if err != nil {
		return Ledger{}, fmt.Errorf("%w: entry 1: %w", ErrReplay, err)
	}
	if err := same(history[0], l.Last()); err != nil {
		return Ledger{}, err
	}
	for i := 1; i < len(history); {
		e := &history[i]
		for _, v := range [...]decimal.Decimal{e.Value, e.FeeRate, e.Transfer.FXRate} {
			if !sane(v) {
				// No operation records such a number, and comparing it
				// would scale a number by an absurd power of ten.
				return Ledger{}, fmt.Errorf("%w: entry %d (%v): a figure out of range", ErrReplay, e.Seq, e.Kind)
			}
		}
		next, err := l.apply(e)
		if err != nil {
			return Ledger{}, fmt.Errorf("%w: entry %d (%v): %w", ErrReplay, e.Seq, e.Kind, err)
		}
		// An operation adds one entry, or two (a refund after expiry).
		for _, got := range next.entries[len(l.entries):] {
			if i >= len(history) {
				return Ledger{}, fmt.Errorf("%w: entry %d (%v) is missing", ErrReplay, got.Seq, got.Kind)
			}
			if err := same(history[i], got); err != nil {
				return Ledger{}, err
			}
			i++
		}
		l = next
	}
	return l, nil
}

// apply performs the operation that recorded e.
func (l Ledger) apply(e *Entry) (Ledger, error) {
	switch e.Kind {
	case KindRedeem:
		return l.Redeem(e.Date, e.Service, e.Price, e.Rate, e.Reference)
	case KindRefund:
		red, err := l.redemption(e.Target)
		if err != nil {
			return Ledger{}, err
		}
		o, err := cancellation.AssessNotice(e.NoticeDays, money.Amount{}) // the fee is in credits: only the band counts

		if err != nil {
			return Ledger{}, err
		}
		return l.refund(e.Date, red, o, e.Reference)
	case KindExpire:
		return l.Expire(e.Date)
	case KindAdjust:
		return l.Adjust(e.Date, e.Change, e.Target, e.Reason, e.Reference)
	case KindTransferOut:
		return l.TransferOut(e.Date, e.Transfer, e.Reference)
	case KindTransferIn:
		return l.TransferIn(e.Date, e.Transfer, e.Reference)
	case KindOpen:
		return Ledger{}, fmt.Errorf("%w: a ledger is opened only once", ErrInvalidEntry)
	default:
		return Ledger{}, fmt.Errorf("%w: kind %v", ErrInvalidEntry, e.Kind)
	}
}

// same reports, as an error wrapping ErrReplay, the first field in which the
// recorded entry differs from the replayed one.
func same(rec, got Entry) error {
	diff := func(field string, r, g any) error {
		return fmt.Errorf("%w: entry %d (%v): %s recorded as %v, the rules give %v", ErrReplay, rec.Seq, rec.Kind, field, r, g)
	}
	switch {
	case rec.Seq != got.Seq:
		return diff("seq", rec.Seq, got.Seq)
	case rec.Change != got.Change:
		return diff("change", rec.Change, got.Change)
	case rec.Balance != got.Balance:
		return diff("balance", rec.Balance, got.Balance)
	case !rec.Value.Equal(got.Value):
		return diff("value", rec.Value, got.Value)
	case rec.Fee != got.Fee:
		return diff("fee", rec.Fee, got.Fee)
	case !rec.FeeRate.Equal(got.FeeRate):
		return diff("fee rate", rec.FeeRate, got.FeeRate)
	case rec.Rules != got.Rules:
		return diff("rules", rec.Rules, got.Rules)
	case !rec.Equal(got):
		// Inputs the operation copies verbatim, such as a refund's service
		// and price, which must be those of the redemption.
		return diff("entry", fmt.Sprintf("%+v", rec), fmt.Sprintf("%+v", got))
	}
	return nil
}

// entryJSON is Entry's JSON form. Decimals are strings written by
// Decimal.String and read by decimal.NewFromString, neither of which reads
// decimal's package settings.
type entryJSON struct {
	Seq        int                 `json:"seq"`
	Kind       EntryKind           `json:"kind"`
	Date       calendar.Date       `json:"date"`
	Change     int64               `json:"change"`
	Balance    int64               `json:"balance"`
	Service    catalogue.ServiceID `json:"service,omitzero"`
	Price      *money.Amount       `json:"price,omitempty"`
	Rate       *money.Amount       `json:"rate,omitempty"`
	Value      string              `json:"value,omitempty"`
	Target     int                 `json:"target,omitempty"`
	NoticeDays int                 `json:"noticeDays,omitempty"`
	FeeRate    string              `json:"feeRate,omitempty"`
	Fee        int64               `json:"fee,omitempty"`
	Transfer   *Transfer           `json:"transfer,omitempty"`
	Reason     string              `json:"reason,omitempty"`
	Memo       string              `json:"memo,omitempty"`
	External   string              `json:"external,omitempty"`
	Rules      rule.Set            `json:"rules"`
}

// MarshalJSON encodes e as a JSON object with the fields its Kind uses.
func (e Entry) MarshalJSON() ([]byte, error) {
	j := entryJSON{Seq: e.Seq, Kind: e.Kind, Date: e.Date, Change: e.Change, Balance: e.Balance,
		Service: e.Service, Target: e.Target, NoticeDays: e.NoticeDays, Fee: e.Fee, Reason: e.Reason,
		Memo: e.Reference.Memo, External: e.Reference.External, Rules: e.Rules}
	switch e.Kind {
	case KindRedeem:
		j.Price, j.Rate, j.Value = &e.Price, &e.Rate, e.Value.String()
	case KindRefund:
		j.Price, j.FeeRate = &e.Price, e.FeeRate.String()
	case KindTransferOut, KindTransferIn:
		j.Transfer = &e.Transfer
	}
	return json.Marshal(j)
}

// UnmarshalJSON decodes what [Entry.MarshalJSON] encodes. It checks the
// syntax, and that no figure has an exponent no operation produces (an
// error wrapping [ErrOutOfRange]); [Replay] checks the figures.
func (e *Entry) UnmarshalJSON(b []byte) error {
	var j entryJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidEntry, err)
	}
	var err error
	d := func(s string) decimal.Decimal {
		if s == "" || err != nil {
			return decimal.Decimal{}
		}
		v, e := parseDecimal(s)
		if e != nil {
			err = fmt.Errorf("entry %d: %w", j.Seq, e)
		}
		return v
	}
	n := Entry{Seq: j.Seq, Kind: j.Kind, Date: j.Date, Change: j.Change, Balance: j.Balance, Service: j.Service,
		Value: d(j.Value), Target: j.Target, NoticeDays: j.NoticeDays,
		FeeRate: d(j.FeeRate), Fee: j.Fee, Reason: j.Reason, Reference: Reference{Memo: j.Memo, External: j.External},
		Rules: j.Rules}
	if j.Transfer != nil {
		n.Transfer = *j.Transfer
	}
	if j.Price != nil {
		n.Price = *j.Price
	}
	if j.Rate != nil {
		n.Rate = *j.Rate
	}
	if err != nil {
		return err
	}
	*e = n
	return nil
}

// transferJSON is Transfer's JSON form.
type transferJSON struct {
	ID       string       `json:"id"`
	From     string       `json:"from"`
	To       string       `json:"to"`
	Sent     int64        `json:"sent"`
	Received int64        `json:"received"`
	FromRate money.Amount `json:"fromRate"`
	ToRate   money.Amount `json:"toRate"`
	FXRate   string       `json:"fxRate"`
	Rules    rule.Set     `json:"rules"`
}

// MarshalJSON encodes x as a JSON object; credit prices are amounts
// ({"amount", "currency"}), the currency rate a string.
func (x Transfer) MarshalJSON() ([]byte, error) {
	return json.Marshal(transferJSON{ID: x.ID, From: x.From, To: x.To, Sent: x.Sent, Received: x.Received,
		FromRate: x.FromRate, ToRate: x.ToRate, FXRate: x.FXRate.String(), Rules: x.Rules})
}

// UnmarshalJSON decodes what [Transfer.MarshalJSON] encodes. It checks the
// syntax only; [Transfer.Validate] checks the figures.
func (x *Transfer) UnmarshalJSON(b []byte) error {
	var j transferJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("%w: %w", ErrTransfer, err)
	}
	fx, err := parseDecimal(j.FXRate)
	if err != nil {
		return err
	}
	*x = Transfer{ID: j.ID, From: j.From, To: j.To, Sent: j.Sent, Received: j.Received,
		FromRate: j.FromRate, ToRate: j.ToRate, FXRate: fx, Rules: j.Rules}
	return nil
}

// maxDecimalText bounds the length of a number's text: every figure this
// package records (at most 10^18 with 18 decimal places) is written in
// fewer characters.
const maxDecimalText = 64

// parseDecimal reads a decimal written by Decimal.String. A figure with an
// exponent no operation of this package produces ("0e-2147483648") is an
// error wrapping ErrOutOfRange: every later sum, comparison or message would
// have to scale it by that power of ten. Any zero is the canonical zero.
//
// Text longer than maxDecimalText is refused before it is parsed: parsing
// costs time quadratic in the length of the text.
func parseDecimal(s string) (decimal.Decimal, error) {
	if len(s) > maxDecimalText {
		return decimal.Decimal{}, fmt.Errorf("%w: a number written with %d characters, more than %d", ErrOutOfRange, len(s), maxDecimalText)
	}
	d, err := decimal.NewFromString(s)
	switch {
	case err != nil:
		return decimal.Decimal{}, fmt.Errorf("%w: %q: %w", ErrInvalidEntry, s, err)
	case d.Sign() == 0:
		return decimal.Decimal{}, nil
	case !sane(d):
		return decimal.Decimal{}, fmt.Errorf("%w: %s", ErrOutOfRange, amount.Show(d))
	}
	return d, nil
}

// parseCurrency reads an ISO 4217 code; "XXX" and "" give the zero Unit,
// which validation rejects.
func parseCurrency(s string) (currency.Unit, error) {
	if s == "" {
		return currency.Unit{}, nil
	}
	u, err := currency.ParseISO(s)
	if err != nil {
		return currency.Unit{}, fmt.Errorf("%w: currency %q: %w", ErrInvalidEntry, s, err)
	}
	return u, nil
}

// ledgerJSON is Ledger's JSON form: the account, the balance and the
// history.
type ledgerJSON struct {
	Location string        `json:"location,omitempty"`
	Currency string        `json:"currency"`
	Start    calendar.Date `json:"start"`
	End      calendar.Date `json:"end"`
	Balance  int64         `json:"balance"`
	Expired  bool          `json:"expired,omitempty"`
	Entries  []Entry       `json:"entries"`
}

// MarshalJSON encodes l as a JSON object: location, currency (ISO 4217),
// start and end (the term's first and last days), balance, expired, and the
// entries. The zero Ledger encodes with no entries, and such an object does
// not decode: a history starts by opening the ledger.
func (l Ledger) MarshalJSON() ([]byte, error) {
	entries := l.entries
	if entries == nil {
		entries = []Entry{}
	}
	return json.Marshal(ledgerJSON{Location: l.acct.Location, Currency: l.acct.Currency.String(),
		Start: l.acct.Start, End: l.acct.End, Balance: l.balance, Expired: l.expired, Entries: entries})
}

// UnmarshalJSON decodes what [Ledger.MarshalJSON] encodes and replays it
// with [Replay]: a history whose figures the rules do not reproduce, or
// whose balance or expiry differ from the last entry's, is an error wrapping
// [ErrReplay] and leaves l unchanged.
func (l *Ledger) UnmarshalJSON(b []byte) error {
	var j ledgerJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidEntry, err)
	}
	cur, err := parseCurrency(j.Currency)
	if err != nil {
		return err
	}
	n, err := Replay(Account{Location: j.Location, Currency: cur, Start: j.Start, End: j.End}, j.Entries)
	if err != nil {
		return err
	}
	if n.balance != j.Balance || n.expired != j.Expired {
		return fmt.Errorf("%w: balance %d (expired %t) recorded, the history gives %d (expired %t)",
			ErrReplay, j.Balance, j.Expired, n.balance, n.expired)
	}
	*l = n
	return nil
}
