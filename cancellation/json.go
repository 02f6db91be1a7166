package cancellation

import (
	"encoding/json"
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/contract/rule"
	"github.com/supportrules/unified/internal/amount"
	"golang.org/x/text/currency"
)

// The JSON forms of this package's values write decimals as strings with
// Decimal.String and read them with decimal.NewFromString, so they do not
// depend on decimal's package settings (MarshalJSONWithoutQuotes), and
// currencies as ISO 4217 codes.

type outcomeJSON struct {
	NoticeDays int      `json:"noticeDays"`
	FeeRate    string   `json:"feeRate"`
	Fee        string   `json:"fee"`
	Refund     string   `json:"refund"`
	Rules      rule.Set `json:"rules"`
}

// MarshalJSON encodes o as {"noticeDays", "feeRate", "fee", "refund",
// "rules"}.
func (o Outcome) MarshalJSON() ([]byte, error) {
	return json.Marshal(outcomeJSON{o.NoticeDays, o.FeeRate.String(), o.Fee.String(), o.Refund.String(), o.Rules})
}

// UnmarshalJSON decodes what [Outcome.MarshalJSON] encodes. A fee rate
// other than 0, 0.5 or 1, or a negative fee or refund, is an error; so is a
// figure written with an exponent no assessment produces (such as
// "0e-2147483648"), which every later sum or comparison would have to scale
// by that power of ten.
func (o *Outcome) UnmarshalJSON(b []byte) error {
	var j outcomeJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("%w: outcome: %w", ErrOutOfRange, err)
	}
	var n Outcome
	var err error
	for _, f := range []struct {
		dst *decimal.Decimal
		s   string
	}{{&n.FeeRate, j.FeeRate}, {&n.Fee, j.Fee}, {&n.Refund, j.Refund}} {
		if *f.dst, err = decimal.NewFromString(f.s); err != nil {
			return fmt.Errorf("%w: outcome: %q: %w", ErrOutOfRange, f.s, err)
		}
	}
	if err := checkRate(n.FeeRate); err != nil {
		return err
	}
	if n.Fee, err = checkPart("fee", n.Fee); err != nil {
		return err
	}
	if n.Refund, err = checkPart("refund", n.Refund); err != nil {
		return err
	}
	n.NoticeDays, n.Rules = j.NoticeDays, j.Rules
	*o = n
	return nil
}

type settlementJSON struct {
	Currency string   `json:"currency"`
	Fee      string   `json:"fee"`
	Refund   string   `json:"refund"`
	Rules    rule.Set `json:"rules"`
}

// MarshalJSON encodes s as {"currency", "fee", "refund", "rules"}.
func (s Settlement) MarshalJSON() ([]byte, error) {
	return json.Marshal(settlementJSON{s.Currency.String(), s.Fee.String(), s.Refund.String(), s.Rules})
}

// UnmarshalJSON decodes what [Settlement.MarshalJSON] encodes.
func (s *Settlement) UnmarshalJSON(b []byte) error {
	var j settlementJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("%w: settlement: %w", ErrCurrency, err)
	}
	cur, err := currency.ParseISO(j.Currency)
	if err != nil {
		return fmt.Errorf("%w: %q: %w", ErrCurrency, j.Currency, err)
	}
	fee, err := decimal.NewFromString(j.Fee)
	if err != nil {
		return fmt.Errorf("%w: settlement fee %q: %w", ErrOutOfRange, j.Fee, err)
	}
	refund, err := decimal.NewFromString(j.Refund)
	if err != nil {
		return fmt.Errorf("%w: settlement refund %q: %w", ErrOutOfRange, j.Refund, err)
	}
	if fee, err = checkPart("settlement fee", fee); err != nil {
		return err
	}
	if refund, err = checkPart("settlement refund", refund); err != nil {
		return err
	}
	*s = Settlement{Currency: cur, Fee: fee, Refund: refund, Rules: j.Rules}
	return nil
}

// checkRate reports whether r is the fee rate of one of the bands: 0, 0.5
// or 1 (CANCEL-1, CANCEL-2, CANCEL-3).
func checkRate(r decimal.Decimal) error {
	if !amount.IsSane(r) || !(r.Equal(rateNone) || r.Equal(rateHalf) || r.Equal(rateFull)) {
		return fmt.Errorf("%w: fee rate %s is not 0, 0.5 or 1 (D-CANCEL)", ErrOutOfRange, amount.Show(r))
	}
	return nil
}
