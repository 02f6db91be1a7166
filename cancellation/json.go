package cancellation

import (
	"encoding/json"
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/contract"
	"golang.org/x/text/currency"
)

// The JSON forms of this package's values write decimals as strings with
// Decimal.String and read them with decimal.NewFromString, so they do not
// depend on decimal's package settings (MarshalJSONWithoutQuotes), and
// currencies as ISO 4217 codes.

type outcomeJSON struct {
	NoticeDays int            `json:"noticeDays"`
	FeeRate    string         `json:"feeRate"`
	Fee        string         `json:"fee"`
	Refund     string         `json:"refund"`
	Rules      contract.Rules `json:"rules"`
}

// MarshalJSON encodes o as {"noticeDays", "feeRate", "fee", "refund",
// "rules"}.
func (o Outcome) MarshalJSON() ([]byte, error) {
	return json.Marshal(outcomeJSON{o.NoticeDays, o.FeeRate.String(), o.Fee.String(), o.Refund.String(), o.Rules})
}

// UnmarshalJSON decodes what [Outcome.MarshalJSON] encodes.
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
	n.NoticeDays, n.Rules = j.NoticeDays, j.Rules
	*o = n
	return nil
}

type settlementJSON struct {
	Currency string         `json:"currency"`
	Fee      string         `json:"fee"`
	Refund   string         `json:"refund"`
	Rules    contract.Rules `json:"rules"`
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
	*s = Settlement{Currency: cur, Fee: fee, Refund: refund, Rules: j.Rules}
	return nil
}
