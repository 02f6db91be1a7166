package multicountry

import (
	"encoding/json"
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/contract/rule"
	"github.com/supportrules/unified/credits"
	"github.com/supportrules/unified/internal/amount"
)

// The JSON forms of this package's values write decimals as JSON strings
// and read them with decimal.NewFromString, so that they never depend on
// decimal's package settings (MarshalJSONWithoutQuotes); field names are
// lower camel case.

type invoiceLineJSON struct {
	Description string              `json:"description,omitempty"`
	Service     catalogue.ServiceID `json:"service"`
	Location    string              `json:"location"`
	Delivered   calendar.Date       `json:"delivered"`
	Quantity    string              `json:"quantity"`
	UnitPrice   money.Amount        `json:"unitPrice"`
	Amount      money.Amount        `json:"amount"`
}

// MarshalJSON encodes l as {"description", "service", "location",
// "delivered", "quantity", "unitPrice", "amount"}, the quantity as a string
// and the prices as amounts ({"amount": "600000.50", "currency": "KRW"}).
func (l InvoiceLine) MarshalJSON() ([]byte, error) {
	return json.Marshal(invoiceLineJSON{l.Description, l.Service, l.Location, l.Delivered, formatDecimal(l.Quantity), l.UnitPrice, l.Amount})
}

// UnmarshalJSON decodes what [InvoiceLine.MarshalJSON] encodes, each error
// wrapping [ErrInvoice] (and money's sentinels for the amounts). It does
// not validate; [SplitInvoices] does.
func (l *InvoiceLine) UnmarshalJSON(b []byte) error {
	var j invoiceLineJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("%w: %w", ErrInvoice, err)
	}
	q, err := parseDecimalJSON(j.Quantity)
	if err != nil {
		return fmt.Errorf("%w: quantity %q: %w", ErrInvoice, amountText(j.Quantity), err)
	}
	*l = InvoiceLine{Description: j.Description, Service: j.Service, Location: j.Location, Delivered: j.Delivered,
		Quantity: q, UnitPrice: j.UnitPrice, Amount: j.Amount}
	return nil
}

// amountText returns at most 40 bytes of s, for messages.
func amountText(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

type invoiceJSON struct {
	Key   InvoiceKey    `json:"key"`
	Lines []InvoiceLine `json:"lines"`
	Total money.Amount  `json:"total"`
	Rules rule.Set      `json:"rules"`
}

// MarshalJSON encodes inv as {"key", "lines", "total", "rules"}, the total
// as an amount.
func (inv Invoice) MarshalJSON() ([]byte, error) {
	return json.Marshal(invoiceJSON{inv.Key, inv.Lines, inv.Total, inv.Rules})
}

// UnmarshalJSON decodes what [Invoice.MarshalJSON] encodes.
func (inv *Invoice) UnmarshalJSON(b []byte) error {
	var j invoiceJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("%w: invoice: %w", ErrInvoice, err)
	}
	*inv = Invoice{Key: j.Key, Lines: j.Lines, Total: j.Total, Rules: j.Rules}
	return nil
}

type exchangeRequestJSON struct {
	ID        string           `json:"id"`
	On        calendar.Date    `json:"on"`
	From      string           `json:"from"`
	To        string           `json:"to"`
	Credits   int64            `json:"credits"`
	FromPrice money.Amount     `json:"fromPrice,omitzero"`
	ToPrice   money.Amount     `json:"toPrice,omitzero"`
	FromRates credits.RateCard `json:"fromRates,omitzero"`
	ToRates   credits.RateCard `json:"toRates,omitzero"`
	FX        string           `json:"fx"`
}

// MarshalJSON encodes r as {"id", "on", "from", "to", "credits",
// "fromPrice", "toPrice", "fx"}, the prices and rate as strings such as
// "0.11".
func (r ExchangeRequest) MarshalJSON() ([]byte, error) {
	return json.Marshal(exchangeRequestJSON{r.ID, r.On, r.From, r.To, r.Credits,
		r.FromPrice, r.ToPrice, r.FromRates, r.ToRates, formatDecimal(r.FX)})
}

// UnmarshalJSON decodes what [ExchangeRequest.MarshalJSON] encodes. It
// checks the syntax only, each error wrapping [ErrRequest];
// [Support.Exchange] checks the values.
func (r *ExchangeRequest) UnmarshalJSON(b []byte) error {
	var j exchangeRequestJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("%w: %w", ErrRequest, err)
	}
	fx, err := parseDecimalJSON(j.FX)
	if err != nil {
		return fmt.Errorf("%w: exchange request %q: fx %q: %w", ErrRequest, amountText(j.ID), amountText(j.FX), err)
	}
	*r = ExchangeRequest{ID: j.ID, On: j.On, From: j.From, To: j.To, Credits: j.Credits, FromPrice: j.FromPrice, ToPrice: j.ToPrice,
		FromRates: j.FromRates, ToRates: j.ToRates, FX: fx}
	return nil
}

// maxDecimalText bounds the length of a number's text: every figure this
// package accepts (at most 10^18 with 18 decimal places) is written in
// fewer characters, and parsing costs time quadratic in the length.
const maxDecimalText = 64

// parseDecimalJSON reads a decimal written as a JSON string; empty text is
// the zero decimal. Text longer than maxDecimalText is refused before it
// is parsed, and so is an exponent no figure of this package has.
func parseDecimalJSON(s string) (decimal.Decimal, error) {
	if s == "" {
		return decimal.Decimal{}, nil
	}
	if len(s) > maxDecimalText {
		return decimal.Decimal{}, fmt.Errorf("a number of %d characters, more than %d", len(s), maxDecimalText)
	}
	d, err := decimal.NewFromString(s)
	if err != nil {
		return decimal.Decimal{}, err
	}
	if !amount.IsSane(d) {
		return decimal.Decimal{}, fmt.Errorf("%s is out of range", amount.Show(d))
	}
	return amount.Canonical(d), nil
}
