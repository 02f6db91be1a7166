package multicountry

import (
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/contract/rule"
	"github.com/supportrules/unified/credits"
	"golang.org/x/text/currency"
)

// An ExchangeRequest asks to move Proactive Credits from one support
// location of a Work Order to another. ExchangeRequests cannot be compared
// with ==.
//
// Rules MC-15, MC-16, D-CRED-2 (§2.5).
type ExchangeRequest struct {
	_ [0]func() // forbid ==: FX holds a pointer

	// ID is the reference both ledgers record, chosen by the caller, such
	// as "KR-JP-2026-001".
	ID string
	// On is the date of the exchange, in both ledgers.
	On calendar.Date
	// From and To name the source and destination locations
	// ([contract.Location.Name]).
	From, To string
	// Credits is the number of credits leaving From.
	Credits int64
	// FromPrice and ToPrice are the then-current prices of one Proactive
	// Credit at From, in From's currency, and at To, in To's currency,
	// from the Microsoft representative (MC-16). Give either a price or a
	// rate card for each side: FromRates and ToRates give the price in
	// force on On (the zero RateCard means none).
	FromPrice, ToPrice money.Amount
	FromRates, ToRates credits.RateCard
	// FX is the number of units of To's currency that one unit of From's
	// currency buys: the current rate, from the Microsoft representative
	// (MC-16). It is 1 when the two currencies are the same.
	FX decimal.Decimal
}

// An ExchangeResult is an exchange of Proactive Credits between two
// locations of a Work Order, made: the record applied to both ledgers, the
// ledgers after it, and the rules. ExchangeResults cannot be compared with
// ==.
//
// [ExchangeResult.Value] is exact and Received is Value ÷ the
// destination's credit price rounded half up once, so the credits
// received are worth Value + [ExchangeResult.Rounding], and |Rounding| is
// at most half a destination credit: the exchange creates or loses no
// other value. Both are computed from the Transfer record on request, so
// [Support.Exchange] does not allocate for them.
type ExchangeResult struct {
	_ [0]func() // forbid ==: the record holds decimals

	// Transfer is the record applied to both ledgers: Sent, Received, the
	// credit prices, currencies and rate, and Rules.
	Transfer credits.Transfer
	// From and To are the two ledgers after the exchange.
	From, To credits.Ledger
	// Rules are the rules that allowed and computed the exchange.
	Rules rule.Set
}

// Value returns the exact value of the credits sent, in the destination's
// currency: Sent × the source's credit price × FX.
//
// Rules MC-16, D-CRED-2 (§2.5).
func (x ExchangeResult) Value() decimal.Decimal {
	t := x.Transfer
	return decimal.New(t.Sent, 0).Mul(t.FromRate.Decimal()).Mul(t.FXRate)
}

// Rounding returns Received × the destination's credit price − Value, in
// the destination's currency: the value the one half-up rounding added
// (> 0) or dropped (< 0). Its magnitude is at most half the destination's
// credit price.
//
// Rules MC-17, D-CRED-1, D-CRED-2 (§2.5, AMB-4).
func (x ExchangeResult) Rounding() decimal.Decimal {
	return decimal.New(x.Transfer.Received, 0).Mul(x.Transfer.ToRate.Decimal()).Sub(x.Value())
}

// exchangeRules are the rules of every Work-Order-level exchange.
var exchangeRules = rule.Cite("MC-15", "MC-16", "MC-17", "MC-18", "D-CRED-2", "AMB-23", "AMB-4")

// Exchange moves r.Credits Proactive Credits from the location r.From to
// the location r.To of the Work Order, converting them at both locations'
// current credit prices and the currency rate r.FX exactly and rounding
// half up to a whole credit once, at the end ([credits.Exchange] does the
// arithmetic, for this package too). from and to are the two locations' ledgers; Exchange
// applies the same [credits.Transfer] to both ([credits.Ledger.TransferOut],
// [credits.Ledger.TransferIn]) and returns the new ledgers, leaving the
// old ones unchanged.
//
// It refuses, with an error wrapping:
//   - [ErrUnknownLocation]: a location the Work Order does not list
//     (MC-15);
//   - [ErrSameLocation]: an exchange from a location to itself;
//   - [ErrExceptionCountry]: either location is an exception country
//     (MC-18, D-CRED-2);
//   - the errors of [credits.Exchange] for bad numbers: negative credits
//     ([money.ErrNegative]), a price or rate that is not positive
//     ([credits.ErrInvalidRate]) or out of range ([credits.ErrOutOfRange]);
//   - [money.ErrCurrency]: a credit price not in its location's currency;
//   - [ErrRate]: no credit price, or both a price and a rate card, for a
//     side; [credits.ErrNoRate]: a rate card without a rate on r.On;
//   - [credits.ErrInvalidRate]: a currency rate other than 1 between two
//     locations of the same currency (MC-16);
//   - the errors of package credits for the ledgers: a balance too small
//     ([credits.ErrInsufficient], D-CRED-1), a ledger of another location
//     or currency ([credits.ErrTransfer]), a date after the term
//     ([credits.ErrExpired]).
//
// Any two locations listed in the Work Order may exchange: host and
// downstream, or two downstream locations. The customer alone bears the
// taxes an exchange gives rise to (MC-19), and changing or exchanging
// services during the term may need written consent (MC-20); neither is a
// computation.
//
// Interpretation: D-CRED-2 (AMB-23) — any two listed locations, never an
// exception country on either side; AMB-4 — half up, whole credits.
//
// Rules MC-15, MC-16, MC-17, MC-18, MC-19, MC-20, D-CRED-2, D-CRED-1 (§2.5).
func (s *Support) Exchange(r ExchangeRequest, from, to credits.Ledger) (ExchangeResult, error) {
	i, err := s.lookup(r.From)
	if err != nil {
		return ExchangeResult{}, fmt.Errorf("multicountry: exchange %q from: %w", r.ID, err)
	}
	j, err := s.lookup(r.To)
	if err != nil {
		return ExchangeResult{}, fmt.Errorf("multicountry: exchange %q to: %w", r.ID, err)
	}
	if i == j {
		return ExchangeResult{}, fmt.Errorf("%w: exchange %q from %q to itself (MC-15)", ErrSameLocation, r.ID, r.From)
	}
	src, dst := &s.sites[i], &s.sites[j]
	if src.Location.Exception || dst.Location.Exception {
		side, l := "from", src
		if !src.Location.Exception {
			side, l = "to", dst
		}
		return ExchangeResult{}, fmt.Errorf("%w: exchange %q %s %q (%s): Proactive Credits cannot be exchanged with an exception country (MC-18, D-CRED-2)",
			ErrExceptionCountry, r.ID, side, l.Location.Name, l.Location.Country)
	}
	fromPrice, err := src.price("from", r.FromPrice, r.FromRates, r.On)
	if err != nil {
		return ExchangeResult{}, fmt.Errorf("multicountry: exchange %q: %w", r.ID, err)
	}
	toPrice, err := dst.price("to", r.ToPrice, r.ToRates, r.On)
	if err != nil {
		return ExchangeResult{}, fmt.Errorf("multicountry: exchange %q: %w", r.ID, err)
	}
	c, err := credits.Exchange(r.Credits, fromPrice, r.FX, toPrice)
	if err != nil {
		return ExchangeResult{}, fmt.Errorf("multicountry: exchange %q: %w", r.ID, err)
	}
	t := credits.Transfer{
		ID: r.ID, From: src.Location.Name, To: dst.Location.Name, Sent: r.Credits, Received: c.Received,
		FromRate: fromPrice, ToRate: toPrice, FXRate: r.FX, Rules: exchangeRules,
	}
	ref := credits.Reference{External: r.ID}
	out, err := from.TransferOut(r.On, t, ref)
	if err != nil {
		return ExchangeResult{}, fmt.Errorf("multicountry: exchange %q: ledger of %q: %w", r.ID, src.Location.Name, err)
	}
	in, err := to.TransferIn(r.On, t, ref)
	if err != nil {
		return ExchangeResult{}, fmt.Errorf("multicountry: exchange %q: ledger of %q: %w", r.ID, dst.Location.Name, err)
	}
	return ExchangeResult{Transfer: t, From: out, To: in, Rules: exchangeRules}, nil
}

// price returns the then-current price of one credit at st on date on:
// the price given, or the rate card's (CRED-2, MC-16), in st's currency.
func (st *site) price(side string, p money.Amount, card credits.RateCard, on calendar.Date) (money.Amount, error) {
	hasCard := card.Currency() != (currency.Unit{})
	switch {
	case hasCard && !p.IsZero():
		return money.Amount{}, fmt.Errorf("%w: %s %q: both a credit price and a rate card (MC-16)", ErrRate, side, st.Location.Name)
	case hasCard:
		var err error
		if p, err = card.At(on); err != nil {
			return money.Amount{}, fmt.Errorf("%s %q: %w", side, st.Location.Name, err)
		}
	case p.IsZero():
		return money.Amount{}, fmt.Errorf("%w: %s %q: no credit price (MC-16)", ErrRate, side, st.Location.Name)
	}
	if p.Currency() != st.unit {
		return money.Amount{}, fmt.Errorf("%w: %s %q is in %s, its credit price %v (MC-16)", money.ErrCurrency, side, st.Location.Name, st.Location.Currency, p)
	}
	return p, nil
}
