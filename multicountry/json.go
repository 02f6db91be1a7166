package multicountry

import (
	"encoding/json"
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/rule"
)

// The JSON forms of this package's values write decimals as JSON strings
// and read them with decimal.NewFromString, so that they never depend on
// decimal's package settings (MarshalJSONWithoutQuotes); field names are
// lower camel case. [Location] has its own in location.go.

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
	ID      string        `json:"id"`
	On      calendar.Date `json:"on"`
	From    string        `json:"from"`
	To      string        `json:"to"`
	Credits int64         `json:"credits"`
	FX      string        `json:"fx"`
}

// MarshalJSON encodes r as {"id", "on", "from", "to", "credits", "fx"}, the
// rate as a string such as "0.11".
func (r ExchangeRequest) MarshalJSON() ([]byte, error) {
	return json.Marshal(exchangeRequestJSON{r.ID, r.On, r.From, r.To, r.Credits, formatDecimal(r.FX)})
}

// UnmarshalJSON decodes what [ExchangeRequest.MarshalJSON] encodes. It
// does not validate; [Support.Exchange] does.
func (r *ExchangeRequest) UnmarshalJSON(b []byte) error {
	var j exchangeRequestJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("multicountry: exchange request: %w", err)
	}
	fx, err := parseDecimalJSON(j.FX)
	if err != nil {
		return fmt.Errorf("%w: exchange request %q: fx %q: %w", ErrRate, j.ID, j.FX, err)
	}
	*r = ExchangeRequest{ID: j.ID, On: j.On, From: j.From, To: j.To, Credits: j.Credits, FX: fx}
	return nil
}

// parseDecimalJSON reads a decimal written as a JSON string; empty text is
// the zero decimal.
func parseDecimalJSON(s string) (decimal.Decimal, error) {
	if s == "" {
		return decimal.Decimal{}, nil
	}
	return decimal.NewFromString(s)
}
