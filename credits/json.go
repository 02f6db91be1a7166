package credits

import (
	"encoding/json"
	"fmt"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract/rule"
)

// The JSON forms of this package's values write decimals as strings with
// Decimal.String and read them with decimal.NewFromString, so they do not
// depend on decimal's package settings (MarshalJSONWithoutQuotes), and
// currencies as ISO 4217 codes.

type redemptionJSON struct {
	Deducted  int64    `json:"deducted"`
	Remaining int64    `json:"remaining"`
	Value     string   `json:"value"`
	Rules     rule.Set `json:"rules"`
}

// MarshalJSON encodes r as {"deducted", "remaining", "value", "rules"}.
func (r Redemption) MarshalJSON() ([]byte, error) {
	return json.Marshal(redemptionJSON{r.Deducted, r.Remaining, r.Value().String(), r.Rules})
}

// UnmarshalJSON decodes what [Redemption.MarshalJSON] encodes.
func (r *Redemption) UnmarshalJSON(b []byte) error {
	var j redemptionJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("%w: redemption: %w", ErrInvalidEntry, err)
	}
	v, err := parseDecimal(j.Value)
	if err != nil {
		return err
	}
	*r = Redemption{Deducted: j.Deducted, Remaining: j.Remaining, value: creditValue{d: v, wide: true}, Rules: j.Rules}
	return nil
}

type conversionJSON struct {
	Received int64    `json:"received"`
	Value    string   `json:"value"`
	Rules    rule.Set `json:"rules"`
}

// MarshalJSON encodes c as {"received", "value", "rules"}.
func (c Conversion) MarshalJSON() ([]byte, error) {
	return json.Marshal(conversionJSON{c.Received, c.Value().String(), c.Rules})
}

// UnmarshalJSON decodes what [Conversion.MarshalJSON] encodes.
func (c *Conversion) UnmarshalJSON(b []byte) error {
	var j conversionJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("%w: conversion: %w", ErrInvalidEntry, err)
	}
	v, err := parseDecimal(j.Value)
	if err != nil {
		return err
	}
	*c = Conversion{Received: j.Received, value: creditValue{d: v, wide: true}, Rules: j.Rules}
	return nil
}

type accountJSON struct {
	Location string        `json:"location,omitempty"`
	Currency string        `json:"currency"`
	Start    calendar.Date `json:"start"`
	End      calendar.Date `json:"end"`
}

// MarshalJSON encodes a as {"location", "currency", "start", "end"}, the
// currency as its ISO 4217 code.
func (a Account) MarshalJSON() ([]byte, error) {
	return json.Marshal(accountJSON{a.Location, a.Currency.String(), a.Start, a.End})
}

// UnmarshalJSON decodes what [Account.MarshalJSON] encodes. It checks the
// syntax only; [Account.Validate] checks the values.
func (a *Account) UnmarshalJSON(b []byte) error {
	var j accountJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("%w: account: %w", ErrInvalidEntry, err)
	}
	cur, err := parseCurrency(j.Currency)
	if err != nil {
		return err
	}
	*a = Account{Location: j.Location, Currency: cur, Start: j.Start, End: j.End}
	return nil
}
