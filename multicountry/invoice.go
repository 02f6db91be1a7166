package multicountry

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/contract/rule"
	"golang.org/x/text/currency"
)

// An InvoiceLine is one billable line of a Unified Support transaction: a
// service delivered to a support location on a date, described for the
// customer, as a quantity at a unit price, for an amount. The amount
// carries the currency and is a whole number of the currency's minor units
// (cents, won, yen). InvoiceLines cannot be compared with ==; use
// [InvoiceLine.Equal].
//
// Rule MC-21 (§2.5).
type InvoiceLine struct {
	_ [0]func() // forbid ==: amounts hold pointers

	Description string              // for the customer, such as "Security workshop, 2 days"; required
	Service     catalogue.ServiceID // the product; its [catalogue.Kind] is the product type
	Location    string              // the customer location billed, a [contract.Location.Name]
	Delivered   calendar.Date       // the delivery date
	Quantity    decimal.Decimal     // units delivered, such as 2 (days) or 1.5 (hours); positive
	UnitPrice   money.Amount        // the price of one unit, not negative; it may be finer than the minor unit
	Amount      money.Amount        // Quantity × UnitPrice exactly, in UnitPrice's currency and its minor unit; never rounded
}

// Equal reports whether l and m are the same line: every field equal,
// amounts and quantities by value.
func (l InvoiceLine) Equal(m InvoiceLine) bool {
	return l.Description == m.Description && l.Service == m.Service && l.Location == m.Location &&
		l.Delivered == m.Delivered && decimalEqual(l.Quantity, m.Quantity) && l.UnitPrice.Equal(m.UnitPrice) &&
		l.Amount.Equal(m.Amount)
}

// NewInvoiceLine returns the line for quantity units of service svc at
// unitPrice, described as description, delivered to location on
// delivered: its Amount is quantity × unitPrice, exactly. It returns the
// errors of [InvoiceLine.Validate], all at once, each wrapping
// [ErrInvoice].
//
// Rule MC-21 (§2.5).
func NewInvoiceLine(description string, svc catalogue.ServiceID, location string, delivered calendar.Date,
	quantity decimal.Decimal, unitPrice money.Amount) (InvoiceLine, error) {
	l := InvoiceLine{Description: description, Service: svc, Location: location, Delivered: delivered,
		Quantity: quantity, UnitPrice: unitPrice}
	if inRange(quantity) {
		amt, err := unitPrice.Mul(quantity)
		if err != nil {
			return InvoiceLine{}, fmt.Errorf("%w: %s × %v: %w (MC-21)", ErrInvoice, formatDecimal(quantity), unitPrice, err)
		}
		l.Amount = amt
	}
	if err := l.Validate(); err != nil {
		return InvoiceLine{}, err
	}
	return l, nil
}

// Validate reports every problem with l at once (joined with
// [errors.Join]), each wrapping [ErrInvoice]: no description or location,
// an invalid service or delivery date, a quantity that is not positive,
// beyond 10^18 or with more than 18 decimal places, a unit price without
// a currency or negative ([money.ErrNegative] too), an amount that is not
// exactly quantity × unit price ([money.ErrCurrency] too when their
// currencies differ), and an amount finer than its currency's minor unit,
// such as half a yen.
//
// Interpretation: MC-21 bills a transaction in the location's currency
// and no rule rounds an invoice amount. An amount is paid in whole minor
// units (ISO 4217, as [money.Amount.MinorUnits] counts them), and rounding
// one would change the transaction's total silently, so a line whose
// exact amount is finer is refused: the caller bills a quantity and unit
// price whose product is whole, or rounds the price itself, visibly.
//
// Rule MC-21 (§2.5).
func (l InvoiceLine) Validate() error {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%w: "+format+" (MC-21)", append([]any{ErrInvoice}, args...)...))
	}
	if l.Description == "" {
		bad("no description")
	}
	if _, ok := catalogue.Lookup(l.Service); !ok {
		bad("service %v", l.Service)
	}
	if l.Location == "" {
		bad("no location")
	}
	if !l.Delivered.IsValid() {
		bad("delivery date %v", l.Delivered)
	}
	if err := checkFigures(l); err != nil {
		errs = append(errs, fmt.Errorf("%w: %w (MC-21)", ErrInvoice, err))
	}
	return errors.Join(errs...)
}

// A Split is the set of criteria by which a transaction is split into
// invoices: any combination of [ByProductType], [ByDeliveryDate] and
// [ByLocation]. The zero Split splits by currency only. Splits are
// comparable.
//
// Rule MC-21 (§2.5: 분할 송장 — product type, delivery date or customer
// location).
type Split uint8

// The split criteria, combined with |.
const (
	ByProductType  Split = 1 << iota // one invoice per product type: proactive, reactive, Success Management, enhanced solution
	ByDeliveryDate                   // one invoice per delivery date
	ByLocation                       // one invoice per customer location

	allSplits = ByProductType | ByDeliveryDate | ByLocation
)

// IsValid reports whether s holds only the declared criteria.
func (s Split) IsValid() bool { return s&^allSplits == 0 }

// String returns the criteria of s joined by "|", such as
// "product-type|location", "currency" for the zero Split, or a diagnostic
// such as "multicountry.Split(64)".
func (s Split) String() string {
	if !s.IsValid() {
		return fmt.Sprintf("multicountry.Split(%d)", uint8(s))
	}
	if s == 0 {
		return "currency"
	}
	var parts []string
	for _, c := range [...]struct {
		s    Split
		name string
	}{{ByProductType, "product-type"}, {ByDeliveryDate, "delivery-date"}, {ByLocation, "location"}} {
		if s&c.s != 0 {
			parts = append(parts, c.name)
		}
	}
	return strings.Join(parts, "|")
}

// An InvoiceKey is what the lines of one invoice share: always the
// currency, and the product type, delivery date and location when the
// transaction is split by them (zero otherwise). InvoiceKeys are
// comparable.
//
// Rule MC-21 (§2.5).
type InvoiceKey struct {
	Currency    string         `json:"currency"`
	Location    string         `json:"location,omitempty"`
	ProductType catalogue.Kind `json:"productType,omitzero"`
	Delivered   calendar.Date  `json:"delivered,omitzero"`
}

// Compare orders keys by currency, location, product type and delivery
// date.
func (k InvoiceKey) Compare(m InvoiceKey) int {
	return cmp.Or(
		strings.Compare(k.Currency, m.Currency),
		strings.Compare(k.Location, m.Location),
		cmp.Compare(k.ProductType, m.ProductType),
		k.Delivered.Compare(m.Delivered),
	)
}

// An Invoice is one of the invoices a transaction is split into: its key,
// its lines in their original order, and their exact total. Invoices
// cannot be compared with ==.
type Invoice struct {
	_ [0]func() // forbid ==: Total holds a pointer

	Key   InvoiceKey
	Lines []InvoiceLine
	Total money.Amount // the exact sum of the lines' amounts, in Key.Currency
	Rules rule.Set
}

var invoiceRules = rule.Cite("MC-21")

// SplitInvoices splits the lines of one transaction into invoices by the
// criteria of by: one invoice per distinct combination of the criteria's
// values. Lines in different currencies are never on one invoice, so the
// currency is always a criterion. Invoices come in the order of
// [InvoiceKey.Compare]; each keeps its lines in their order in lines. Every
// line is on exactly one invoice and the totals are exact sums: nothing is
// rounded, so the totals of each currency add up to the transaction's.
//
// SplitInvoices reports every bad line at once, each wrapping [ErrInvoice]:
// an invalid service or delivery date, an empty location, an amount with
// no currency, a negative amount, a quantity that is not positive, or an
// amount that is not exactly quantity × unit price (wrapping
// [money.ErrCurrency] too when their currencies differ); an invalid Split
// is an error wrapping [ErrInvoice] too. It returns no invoices for no
// lines.
//
// Rule MC-21 (§2.5: 통합 청구 시스템 및 분할 인보이스).
func SplitInvoices(lines []InvoiceLine, by Split) ([]Invoice, error) {
	if !by.IsValid() {
		return nil, fmt.Errorf("%w: split %v (MC-21)", ErrInvoice, by)
	}
	var errs []error
	keys := make([]InvoiceKey, len(lines))
	for i, l := range lines {
		if err := l.Validate(); err != nil {
			errs = append(errs, fmt.Errorf("multicountry: line %d: %w", i, err))
		}
		k := InvoiceKey{Currency: l.Amount.Currency().String()}
		if by&ByLocation != 0 {
			k.Location = l.Location
		}
		if by&ByProductType != 0 {
			svc, _ := catalogue.Lookup(l.Service) // valid, or the lines are refused below
			k.ProductType = svc.Kind()
		}
		if by&ByDeliveryDate != 0 {
			k.Delivered = l.Delivered
		}
		keys[i] = k
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	order := make([]int, len(lines))
	for i := range order {
		order[i] = i
	}
	// A stable sort keeps each invoice's lines in their original order.
	slices.SortStableFunc(order, func(a, b int) int { return keys[a].Compare(keys[b]) })
	var out []Invoice
	for _, i := range order {
		if n := len(out); n == 0 || out[n-1].Key != keys[i] {
			out = append(out, Invoice{Key: keys[i], Rules: invoiceRules})
		}
		inv := &out[len(out)-1]
		inv.Lines = append(inv.Lines, lines[i])
		t, err := inv.Total.Add(lines[i].Amount)
		if err != nil {
			return nil, fmt.Errorf("%w: invoice %v: %w", ErrInvoice, inv.Key, err)
		}
		inv.Total = t
	}
	return out, nil
}

// checkFigures checks one line's figures: a positive quantity in range, a
// unit price with a currency and not negative, and an amount that is
// exactly quantity × unit price, in its currency's minor unit.
func checkFigures(l InvoiceLine) error {
	switch {
	case !inRange(l.Quantity):
		return fmt.Errorf("quantity %s (positive, below 1e18, at most %d decimal places)", formatDecimal(l.Quantity), maxPlaces)
	case l.UnitPrice.Currency() == (currency.Unit{}):
		return fmt.Errorf("unit price %v has no currency", l.UnitPrice)
	case l.UnitPrice.Sign() < 0:
		return fmt.Errorf("%w: unit price %v", money.ErrNegative, l.UnitPrice)
	case l.Amount.Currency() != l.UnitPrice.Currency():
		return fmt.Errorf("%w: unit price %v, amount %v", money.ErrCurrency, l.UnitPrice, l.Amount)
	}
	want, err := l.UnitPrice.Mul(l.Quantity)
	switch {
	case err != nil:
		return err
	case !want.Equal(l.Amount):
		return fmt.Errorf("amount %v is not %s × %v = %v", l.Amount, formatDecimal(l.Quantity), l.UnitPrice, want)
	}
	if _, ok := l.Amount.MinorUnits(); !ok {
		return fmt.Errorf("amount %s × %v = %v is finer than a minor unit of %v", formatDecimal(l.Quantity), l.UnitPrice, l.Amount, l.Amount.Currency())
	}
	return nil
}
