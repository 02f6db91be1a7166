package multicountry_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/multicountry"
)

// contosoLines are a quarter's billable lines for Contoso Korea.
func contosoLines() []multicountry.InvoiceLine {
	line := lineOf
	return []multicountry.InvoiceLine{
		line(catalogue.Workshops, "Seoul", "2026-02-10", "5200000", "KRW"),
		line(catalogue.SupportTechnicalAdvisory, "Tokyo", "2026-02-10", "600000", "JPY"),
		line(catalogue.UnifiedEnhancedResponse, "Seoul", "2026-03-01", "9100000", "KRW"),
		line(catalogue.Workshops, "Seoul", "2026-03-01", "2600000", "KRW"),
		line(catalogue.DesignatedEngineering, "Tokyo", "2026-03-01", "450000", "JPY"),
	}
}

// Rule MC-21: a transaction splits into invoices by product type, delivery
// date or customer location; lines in different currencies never share an
// invoice.
func TestSplitInvoicesByTheDocumentsCriteria(t *testing.T) {
	type summary struct {
		Key   multicountry.InvoiceKey
		Lines int
		Total string
	}
	tests := []struct {
		name string
		by   multicountry.Split
		want []summary
	}{
		{"currency only", 0, []summary{
			{multicountry.InvoiceKey{Currency: "JPY"}, 2, "1050000"},
			{multicountry.InvoiceKey{Currency: "KRW"}, 3, "16900000"},
		}},
		{"by location", multicountry.ByLocation, []summary{
			{multicountry.InvoiceKey{Currency: "JPY", Location: "Tokyo"}, 2, "1050000"},
			{multicountry.InvoiceKey{Currency: "KRW", Location: "Seoul"}, 3, "16900000"},
		}},
		{"by product type", multicountry.ByProductType, []summary{
			{multicountry.InvoiceKey{Currency: "JPY", ProductType: catalogue.KindProactive}, 2, "1050000"},
			{multicountry.InvoiceKey{Currency: "KRW", ProductType: catalogue.KindProactive}, 2, "7800000"},
			{multicountry.InvoiceKey{Currency: "KRW", ProductType: catalogue.KindEnhancedSolution}, 1, "9100000"},
		}},
		{"by delivery date", multicountry.ByDeliveryDate, []summary{
			{multicountry.InvoiceKey{Currency: "JPY", Delivered: day("2026-02-10")}, 1, "600000"},
			{multicountry.InvoiceKey{Currency: "JPY", Delivered: day("2026-03-01")}, 1, "450000"},
			{multicountry.InvoiceKey{Currency: "KRW", Delivered: day("2026-02-10")}, 1, "5200000"},
			{multicountry.InvoiceKey{Currency: "KRW", Delivered: day("2026-03-01")}, 2, "11700000"},
		}},
		{"by all three", multicountry.ByProductType | multicountry.ByDeliveryDate | multicountry.ByLocation, []summary{
			{multicountry.InvoiceKey{Currency: "JPY", Location: "Tokyo", ProductType: catalogue.KindProactive, Delivered: day("2026-02-10")}, 1, "600000"},
			{multicountry.InvoiceKey{Currency: "JPY", Location: "Tokyo", ProductType: catalogue.KindProactive, Delivered: day("2026-03-01")}, 1, "450000"},
			{multicountry.InvoiceKey{Currency: "KRW", Location: "Seoul", ProductType: catalogue.KindProactive, Delivered: day("2026-02-10")}, 1, "5200000"},
			{multicountry.InvoiceKey{Currency: "KRW", Location: "Seoul", ProductType: catalogue.KindProactive, Delivered: day("2026-03-01")}, 1, "2600000"},
			{multicountry.InvoiceKey{Currency: "KRW", Location: "Seoul", ProductType: catalogue.KindEnhancedSolution, Delivered: day("2026-03-01")}, 1, "9100000"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			invs, err := multicountry.SplitInvoices(contosoLines(), tt.by)
			if err != nil {
				t.Fatal(err)
			}
			var got []summary
			for _, inv := range invs {
				got = append(got, summary{inv.Key, len(inv.Lines), inv.Total.Decimal().String()})
				if !inv.Rules.Has("MC-21") {
					t.Errorf("invoice %v cites %v, want MC-21", inv.Key, inv.Rules)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("SplitInvoices(%v) (-want +got):\n%s", tt.by, diff)
			}
		})
	}
}

// Rule MC-21: each invoice keeps its lines in their original order.
func TestSplitInvoicesKeepsLineOrder(t *testing.T) {
	invs, err := multicountry.SplitInvoices(contosoLines(), multicountry.ByLocation)
	if err != nil {
		t.Fatal(err)
	}
	lines := contosoLines()
	want := []multicountry.InvoiceLine{lines[0], lines[2], lines[3]}
	if diff := cmp.Diff(want, invs[1].Lines); diff != "" {
		t.Errorf("Seoul's lines (-want +got):\n%s", diff)
	}
}

// Rule MC-21: bad lines are reported all at once; nothing is split.
func TestSplitInvoicesRefusesBadLines(t *testing.T) {
	lines := contosoLines()
	lines[0].Amount = amt("-1", "KRW")
	lines[1].Amount = amt("600000", "KRW") // a unit price in JPY
	lines[2].Service = 0
	lines[3].Delivered = day("2026-03-01").AddDays(0)
	lines[3].Delivered.Month = 13
	lines[4].Location = ""
	invs, err := multicountry.SplitInvoices(lines, multicountry.ByLocation)
	if invs != nil || !errors.Is(err, multicountry.ErrInvoice) {
		t.Fatalf("SplitInvoices = %v, %v, want an error wrapping %v", invs, err, multicountry.ErrInvoice)
	}
	if n := len(err.(interface{ Unwrap() []error }).Unwrap()); n != 5 {
		t.Errorf("%d errors, want 5: %v", n, err)
	}
	for name, edit := range map[string]func(*multicountry.InvoiceLine){
		"a quantity with a huge exponent":             func(l *multicountry.InvoiceLine) { l.Quantity = decimal.New(0, 1<<30) },
		"a zero quantity":                             func(l *multicountry.InvoiceLine) { l.Quantity = dec("0") },
		"an amount that is not quantity × unit price": func(l *multicountry.InvoiceLine) { l.Amount = amt("5200001", "KRW") },
		"an amount without a currency":                func(l *multicountry.InvoiceLine) { l.Amount = money.Amount{} },
	} {
		one := contosoLines()[:1]
		edit(&one[0])
		if _, err := multicountry.SplitInvoices(one, 0); !errors.Is(err, multicountry.ErrInvoice) {
			t.Errorf("%s: error %v, want %v", name, err, multicountry.ErrInvoice)
		}
	}
	if _, err := multicountry.NewInvoiceLine("x", catalogue.Workshops, "Seoul", day("2026-01-01"), dec("-1"), amt("1", "KRW")); !errors.Is(err, multicountry.ErrInvoice) {
		t.Errorf("NewInvoiceLine(quantity -1): %v", err)
	}
	if _, err := multicountry.SplitInvoices(contosoLines(), multicountry.Split(64)); !errors.Is(err, multicountry.ErrInvoice) {
		t.Errorf("an invalid Split: error %v, want %v", err, multicountry.ErrInvoice)
	}
	if invs, err := multicountry.SplitInvoices(nil, multicountry.ByLocation); invs != nil || err != nil {
		t.Errorf("no lines: %v, %v; want no invoices", invs, err)
	}
}

// A Split prints its criteria.
func TestSplitString(t *testing.T) {
	for by, want := range map[multicountry.Split]string{
		0:                       "currency",
		multicountry.ByLocation: "location",
		multicountry.ByProductType | multicountry.ByDeliveryDate: "product-type|delivery-date",
		multicountry.Split(64): "multicountry.Split(64)",
	} {
		if got := by.String(); got != want {
			t.Errorf("Split(%d).String() = %q, want %q", uint8(by), got, want)
		}
	}
}

// InvoiceLine.Equal is true exactly when every field is equal; each row
// changes one field (MC-21).
func TestInvoiceLineEqualOneFieldAtATime(t *testing.T) {
	base := lineOf(catalogue.Workshops, "Seoul", "2026-02-10", "5200000", "KRW")
	if !base.Equal(lineOf(catalogue.Workshops, "Seoul", "2026-02-10", "5200000.00", "KRW")) {
		t.Fatal("equal lines differ")
	}
	for name, change := range map[string]func(*multicountry.InvoiceLine){
		"Description": func(l *multicountry.InvoiceLine) { l.Description = "other" },
		"Service":     func(l *multicountry.InvoiceLine) { l.Service = catalogue.ChalkTalk },
		"Location":    func(l *multicountry.InvoiceLine) { l.Location = "Tokyo" },
		"Delivered":   func(l *multicountry.InvoiceLine) { l.Delivered = l.Delivered.AddDays(1) },
		"Quantity":    func(l *multicountry.InvoiceLine) { l.Quantity = dec("2") },
		"UnitPrice":   func(l *multicountry.InvoiceLine) { l.UnitPrice = amt("1", "KRW") },
		"Amount":      func(l *multicountry.InvoiceLine) { l.Amount = amt("1", "KRW") },
	} {
		m := base
		change(&m)
		if base.Equal(m) || m.Equal(base) {
			t.Errorf("lines differing in %s are Equal", name)
		}
	}
}

// Quantities: equal by value, however written; bounds on each side (MC-21).
func TestInvoiceQuantities(t *testing.T) {
	a := lineOf(catalogue.Workshops, "Seoul", "2026-02-10", "5200000", "KRW")
	b := a
	b.Quantity = dec("1.000")
	if !a.Equal(b) {
		t.Error("1 and 1.000 differ")
	}
	a.Quantity, b.Quantity = dec("0"), dec("0.00")
	if !a.Equal(b) {
		t.Error("0 and 0.00 differ")
	}
	a.Quantity, b.Quantity = decimal.New(1, -2147483648), decimal.New(1, 2147483647)
	if a.Equal(b) || b.Equal(a) {
		t.Error("1e-2147483648 and 1e2147483647 are equal")
	}
	for _, q := range [][2]string{{"10", "1"}, {"1", "-1"}, {"0", "1"}, {"-1", "0"}} {
		a.Quantity, b.Quantity = dec(q[0]), dec(q[1])
		if a.Equal(b) || b.Equal(a) {
			t.Errorf("%s and %s are equal", q[0], q[1])
		}
	}
	for q, ok := range map[string]bool{
		"1": true, "0.000000000000000001": true, "999999999999999999": true,
		"0": false, "-1": false, "1000000000000000000": false, "0.0000000000000000001": false,
	} {
		_, err := multicountry.NewInvoiceLine("x", catalogue.Workshops, "Seoul", day("2026-01-01"), dec(q), amt("0", "KRW"))
		if (err == nil) != ok {
			t.Errorf("quantity %s: %v, want accepted %v", q, err, ok)
		}
	}
	// JSON: an empty rate is zero; numbers of 64 characters are read, 65 refused.
	var r multicountry.ExchangeRequest
	if err := json.Unmarshal([]byte(`{"id":"x","fx":""}`), &r); err != nil || !r.FX.IsZero() {
		t.Errorf("an empty rate: %v, %v", r.FX, err)
	}
	for _, fx := range []string{"1e-99999", "1e99999", "0.1e-40"} { // short text, absurd exponent
		if err := json.Unmarshal([]byte(`{"id":"x","fx":"`+fx+`"}`), &r); !errors.Is(err, multicountry.ErrRequest) {
			t.Errorf("a rate of %s: %v, want %v", fx, err, multicountry.ErrRequest)
		}
	}
	for n, ok := range map[int]bool{64: true, 65: false} {
		num := strings.Repeat("0", n-1) + "1"
		err := json.Unmarshal([]byte(`{"id":"x","fx":"`+num+`"}`), &r)
		if (err == nil) != ok || (err != nil && !errors.Is(err, multicountry.ErrRequest)) {
			t.Errorf("a rate of %d characters: %v", n, err)
		}
	}
}

// TestNewInvoiceLineValidates_MC21: NewInvoiceLine refuses a line that
// cannot be billed, one problem per row, each wrapping ErrInvoice; a row
// on each side of the minor unit of a 0-, 2- and 3-place currency.
func TestNewInvoiceLineValidates_MC21(t *testing.T) {
	type args struct {
		desc string
		svc  catalogue.ServiceID
		loc  string
		on   string
		qty  string
		unit money.Amount
	}
	ok := args{"Security workshop, 2 days", catalogue.Workshops, "Seoul", "2026-03-03", "2", amt("2600000", "KRW")}
	tests := []struct {
		name   string
		edit   func(*args)
		amount string // the amount of an accepted line
		also   error  // a second sentinel the refusal wraps
	}{
		{"a valid line", func(*args) {}, "5200000 KRW", nil},
		{"no description", func(a *args) { a.desc = "" }, "", nil},
		{"an invalid service", func(a *args) { a.svc = 0 }, "", nil},
		{"no location", func(a *args) { a.loc = "" }, "", nil},
		{"a zero quantity", func(a *args) { a.qty = "0" }, "", nil},
		{"a negative unit price", func(a *args) { a.unit = amt("-1", "KRW") }, "", money.ErrNegative},
		{"a unit price without currency", func(a *args) { a.unit = money.Amount{} }, "", nil},
		{"a free service", func(a *args) { a.unit = amt("0", "KRW") }, "0 KRW", nil},
		{"1.5 × 3 JPY: 4.5 JPY, half a yen", func(a *args) { a.qty, a.unit = "1.5", amt("3", "JPY") }, "", nil},
		{"1.5 × 4 JPY: 6 JPY", func(a *args) { a.qty, a.unit = "1.5", amt("4", "JPY") }, "6 JPY", nil},
		{"0.5 × 0.01 USD: half a cent", func(a *args) { a.qty, a.unit = "0.5", amt("0.01", "USD") }, "", nil},
		{"0.5 × 0.02 USD: a cent", func(a *args) { a.qty, a.unit = "0.5", amt("0.02", "USD") }, "0.01 USD", nil},
		{"3 × 0.3333 USD: 0.9999 USD", func(a *args) { a.qty, a.unit = "3", amt("0.3333", "USD") }, "", nil},
		{"0.5 × 0.002 BHD: a fils", func(a *args) { a.qty, a.unit = "0.5", amt("0.002", "BHD") }, "0.001 BHD", nil},
		{"0.5 × 0.001 BHD: half a fils", func(a *args) { a.qty, a.unit = "0.5", amt("0.001", "BHD") }, "", nil},
		{"a product beyond 10^18", func(a *args) { a.qty, a.unit = "11", amt("1e17", "KRW") }, "", money.ErrRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := ok
			tt.edit(&a)
			var on = day(a.on)
			l, err := multicountry.NewInvoiceLine(a.desc, a.svc, a.loc, on, dec(a.qty), a.unit)
			if tt.amount != "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				if !l.Amount.Equal(money.MustParse(tt.amount)) || l.Validate() != nil {
					t.Errorf("amount %v (%v), want %s", l.Amount, l.Validate(), tt.amount)
				}
				return
			}
			if !errors.Is(err, multicountry.ErrInvoice) || (tt.also != nil && !errors.Is(err, tt.also)) {
				t.Fatalf("error %v, want one wrapping %v and %v", err, multicountry.ErrInvoice, tt.also)
			}
			if !l.Equal(multicountry.InvoiceLine{}) {
				t.Errorf("a refusal returned %+v", l)
			}
		})
	}
	var bad multicountry.InvoiceLine
	if err := bad.Validate(); err == nil || len(err.(interface{ Unwrap() []error }).Unwrap()) != 5 {
		t.Errorf("the zero line: %v, want 5 problems (description, service, location, date, figures)", err)
	}
}

// TestDecodeErrorsQuoteAtMost40Bytes: a bad number is quoted in the error
// message by its first 40 bytes and an ellipsis, never in full.
func TestDecodeErrorsQuoteAtMost40Bytes(t *testing.T) {
	for n, want := range map[int]string{
		40: `"` + strings.Repeat("x", 40) + `"`,
		41: `"` + strings.Repeat("x", 40) + `…"`,
		99: `"` + strings.Repeat("x", 40) + `…"`,
	} {
		var r multicountry.ExchangeRequest
		err := json.Unmarshal([]byte(`{"id":"x","fx":"`+strings.Repeat("x", n)+`"}`), &r)
		if !errors.Is(err, multicountry.ErrRequest) || !strings.Contains(err.Error(), "fx "+want) {
			t.Errorf("fx of %d bytes: %v, want it quoted as %s", n, err, want)
		}
	}
}
