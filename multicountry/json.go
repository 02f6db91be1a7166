package multicountry

import (
	"encoding/json"
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/rule"
	"github.com/supportrules/unified/internal/amount"
)

// The JSON forms of this package's values write decimals as JSON strings
// and read them with decimal.NewFromString, so that they never depend on
// decimal's package settings (MarshalJSONWithoutQuotes); field names are
// lower camel case.

type invoiceLineJSON struct {
	Service   catalogue.ServiceID `json:"service"`
	Location  string              `json:"location"`
	Delivered calendar.Date       `json:"delivered"`
	Amount    string              `json:"amount"`
	Currency  string              `json:"currency"`
}

// MarshalJSON encodes l as {"service", "location", "delivered", "amount",
// "currency"}, the amount as a string such as "600000.50".
func (l InvoiceLine) MarshalJSON() ([]byte, error) {
	return json.Marshal(invoiceLineJSON{l.Service, l.Location, l.Delivered, formatDecimal(l.Amount), l.Currency})
}

// UnmarshalJSON decodes what [InvoiceLine.MarshalJSON] encodes. It does not
// validate; [SplitInvoices] does.
func (l *InvoiceLine) UnmarshalJSON(b []byte) error {
	var j invoiceLineJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("%w: %w", ErrInvoice, err)
	}
	amount, err := parseDecimalJSON(j.Amount)
	if err != nil {
		return fmt.Errorf("%w: amount %q: %w", ErrInvoice, j.Amount, err)
	}
	*l = InvoiceLine{Service: j.Service, Location: j.Location, Delivered: j.Delivered, Amount: amount, Currency: j.Currency}
	return nil
}

type invoiceJSON struct {
	Key   InvoiceKey    `json:"key"`
	Lines []InvoiceLine `json:"lines"`
	Total string        `json:"total"`
	Rules rule.Set      `json:"rules"`
}

// MarshalJSON encodes inv as {"key", "lines", "total", "rules"}, the total
// as a string.
func (inv Invoice) MarshalJSON() ([]byte, error) {
	return json.Marshal(invoiceJSON{inv.Key, inv.Lines, formatDecimal(inv.Total), inv.Rules})
}

// UnmarshalJSON decodes what [Invoice.MarshalJSON] encodes.
func (inv *Invoice) UnmarshalJSON(b []byte) error {
	var j invoiceJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("%w: invoice: %w", ErrInvoice, err)
	}
	total, err := parseDecimalJSON(j.Total)
	if err != nil {
		return fmt.Errorf("%w: invoice total %q: %w", ErrInvoice, j.Total, err)
	}
	*inv = Invoice{Key: j.Key, Lines: j.Lines, Total: total, Rules: j.Rules}
	return nil
}

type exchangeRequestJSON struct {
	ID        string        `json:"id"`
	On        calendar.Date `json:"on"`
	From      string        `json:"from"`
	To        string        `json:"to"`
	Credits   int64         `json:"credits"`
	FromPrice string        `json:"fromPrice"`
	ToPrice   string        `json:"toPrice"`
	FX        string        `json:"fx"`
}

// MarshalJSON encodes r as {"id", "on", "from", "to", "credits",
// "fromPrice", "toPrice", "fx"}, the prices and rate as strings such as
// "0.11".
func (r ExchangeRequest) MarshalJSON() ([]byte, error) {
	return json.Marshal(exchangeRequestJSON{r.ID, r.On, r.From, r.To, r.Credits,
		formatDecimal(r.FromPrice), formatDecimal(r.ToPrice), formatDecimal(r.FX)})
}

// UnmarshalJSON decodes what [ExchangeRequest.MarshalJSON] encodes. It
// checks the syntax only, each error wrapping [ErrRequest];
// [Support.Exchange] checks the values.
func (r *ExchangeRequest) UnmarshalJSON(b []byte) error {
	var j exchangeRequestJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("%w: %w", ErrRequest, err)
	}
	var ds [3]decimal.Decimal
	for i, t := range [...]string{j.FromPrice, j.ToPrice, j.FX} {
		d, err := parseDecimalJSON(t)
		if err != nil {
			return fmt.Errorf("%w: exchange request %q: %w", ErrRequest, j.ID, err)
		}
		ds[i] = d
	}
	*r = ExchangeRequest{ID: j.ID, On: j.On, From: j.From, To: j.To, Credits: j.Credits, FromPrice: ds[0], ToPrice: ds[1], FX: ds[2]}
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
