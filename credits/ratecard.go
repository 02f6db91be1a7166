package credits

import (
	"encoding/json"
	"fmt"
	"slices"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract/money"
	"golang.org/x/text/currency"
)

// A DatedRate is one line of a [RateCard]: the price of one Proactive Credit
// from a date on, until the next line's date. Rates are comparable only
// with [DatedRate.Equal].
//
// Rules CRED-2, MC-16.
type DatedRate struct {
	From  calendar.Date `json:"from"`  // the first day the price applies, in the location's calendar
	Price money.Amount  `json:"price"` // the price of one credit
}

// Equal reports whether r and s are the same line.
func (r DatedRate) Equal(s DatedRate) bool { return r.From == s.From && r.Price.Equal(s.Price) }

// A RateCard is the history of one support location's credit price: the
// "then-current rate" of CRED-2 and MC-16 on any date is the price of the
// latest line dated on or before it. A RateCard is an immutable value, safe
// for concurrent use; the zero RateCard has no rates. Build one with
// [NewRateCard].
//
// Rules CRED-2, MC-16 (§2.3 table 8, §2.5).
type RateCard struct {
	rates []DatedRate // by date, strictly increasing; all in one currency
}

// NewRateCard returns the card of rates, in any order. It returns an error
// wrapping [ErrInvalidRate] for no rates, a price that is not positive or
// an invalid date; [money.ErrCurrency] for prices in two currencies; and
// [ErrInvalidEntry] for two rates from the same date.
//
// Rules CRED-2, MC-16.
func NewRateCard(rates ...DatedRate) (RateCard, error) {
	if len(rates) == 0 {
		return RateCard{}, fmt.Errorf("%w: a rate card without rates", ErrInvalidRate)
	}
	rs := slices.Clone(rates)
	slices.SortStableFunc(rs, func(a, b DatedRate) int { return a.From.Compare(b.From) })
	for i, r := range rs {
		switch {
		case !r.From.IsValid():
			return RateCard{}, fmt.Errorf("%w: a rate from %v", ErrInvalidRate, r.From)
		case r.Price.Sign() <= 0:
			return RateCard{}, fmt.Errorf("%w: %v from %v (CRED-2)", ErrInvalidRate, r.Price, r.From)
		case r.Price.Currency() != rs[0].Price.Currency():
			return RateCard{}, fmt.Errorf("%w: a rate card in %v and %v", money.ErrCurrency, rs[0].Price.Currency(), r.Price.Currency())
		case i > 0 && r.From == rs[i-1].From:
			return RateCard{}, fmt.Errorf("%w: two rates from %v", ErrInvalidEntry, r.From)
		}
	}
	return RateCard{rates: rs}, nil
}

// Currency returns the currency of c's prices: the zero Unit for the zero
// RateCard.
func (c RateCard) Currency() currency.Unit {
	if len(c.rates) == 0 {
		return currency.Unit{}
	}
	return c.rates[0].Price.Currency()
}

// Rates returns c's lines, by date.
func (c RateCard) Rates() []DatedRate { return slices.Clone(c.rates) }

// At returns the then-current price of one credit on date on: the price of
// the latest rate dated on or before on. It returns an error wrapping
// [ErrNoRate] when on is before every rate, or c has none. It costs
// O(log n).
//
// Rules CRED-2, MC-16.
func (c RateCard) At(on calendar.Date) (money.Amount, error) {
	i, found := slices.BinarySearchFunc(c.rates, on, func(r DatedRate, d calendar.Date) int { return r.From.Compare(d) })
	if !found {
		i--
	}
	if i < 0 {
		return money.Amount{}, fmt.Errorf("%w: %v (CRED-2)", ErrNoRate, on)
	}
	return c.rates[i].Price, nil
}

// Equal reports whether c and d hold the same rates.
func (c RateCard) Equal(d RateCard) bool { return slices.EqualFunc(c.rates, d.rates, DatedRate.Equal) }

// MarshalJSON encodes c as its rates, [{"from", "price"}, …], by date.
func (c RateCard) MarshalJSON() ([]byte, error) {
	rs := c.rates
	if rs == nil {
		rs = []DatedRate{}
	}
	return json.Marshal(rs)
}

// UnmarshalJSON decodes what [RateCard.MarshalJSON] encodes and checks it
// as [NewRateCard] does; an empty list is the zero RateCard.
func (c *RateCard) UnmarshalJSON(b []byte) error {
	var rs []DatedRate
	if err := json.Unmarshal(b, &rs); err != nil {
		return fmt.Errorf("%w: rate card: %w", ErrInvalidRate, err)
	}
	if len(rs) == 0 {
		*c = RateCard{}
		return nil
	}
	n, err := NewRateCard(rs...)
	if err != nil {
		return err
	}
	*c = n
	return nil
}
