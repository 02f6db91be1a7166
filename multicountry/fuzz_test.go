package multicountry_test

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/multicountry"
)

// FuzzExchangeRequestJSON: decoding any text either fails with an error
// wrapping ErrRequest, or gives a request that encodes and decodes to
// itself — never a panic or a hang.
func FuzzExchangeRequestJSON(f *testing.F) {
	f.Add([]byte(`{"id":"KR-JP-1","on":"2026-06-01","from":"Seoul","to":"Tokyo","credits":10,"fromPrice":"1300000","toPrice":"150000","fx":"0.11"}`))
	f.Add([]byte(`{"fx":"1e99999999"}`))
	f.Add([]byte(`{"fromPrice":12}`))
	f.Add([]byte(`{"toPrice":"00E0000000080000000"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var r multicountry.ExchangeRequest
		if err := json.Unmarshal(b, &r); err != nil {
			var se *json.SyntaxError
			if !errors.Is(err, multicountry.ErrRequest) && !errors.As(err, &se) {
				t.Fatalf("Unmarshal(%q): %v wraps no sentinel", b, err)
			}
			return
		}
		out, err := json.Marshal(r)
		if err != nil {
			t.Fatalf("Marshal(%+v): %v", r, err)
		}
		var again multicountry.ExchangeRequest
		if err := json.Unmarshal(out, &again); err != nil {
			t.Fatalf("Unmarshal(%s): %v", out, err)
		}
		if diff := cmp.Diff(r, again); diff != "" {
			t.Fatalf("through %s (-want +got):\n%s", out, diff)
		}
	})
}

// FuzzInvoiceLineJSON: decoding any text either fails with an error
// wrapping ErrInvoice or gives a line that encodes and decodes to itself.
func FuzzInvoiceLineJSON(f *testing.F) {
	f.Add([]byte(`{"service":"workshops","location":"Seoul","delivered":"2026-03-02","amount":"600000.50","currency":"KRW"}`))
	f.Add([]byte(`{"amount":"1e99999999"}`))
	f.Add([]byte(`{"amount":12}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var l multicountry.InvoiceLine
		if err := json.Unmarshal(b, &l); err != nil {
			var se *json.SyntaxError
			if !errors.Is(err, multicountry.ErrInvoice) && !errors.As(err, &se) {
				t.Fatalf("Unmarshal(%q): %v wraps no sentinel", b, err)
			}
			return
		}
		out, err := json.Marshal(l)
		if err != nil {
			t.Fatalf("Marshal(%+v): %v", l, err)
		}
		var again multicountry.InvoiceLine
		if err := json.Unmarshal(out, &again); err != nil {
			t.Fatalf("Unmarshal(%s): %v", out, err)
		}
		if !again.Equal(l) {
			t.Fatalf("%+v became %+v through %s", l, again, out)
		}
	})
}

// FuzzDelivery: any service number and location name gives a decision with
// a valid verdict and its rules, or an error — never a panic.
func FuzzDelivery(f *testing.F) {
	s := mustSupport(f)
	f.Add(uint8(catalogue.Workshops), "Tokyo")
	f.Add(uint8(catalogue.UnifiedEnhancedResponse), "Seoul")
	f.Add(uint8(0), "")
	f.Add(uint8(255), "Osaka")
	f.Fuzz(func(t *testing.T, id uint8, loc string) {
		d, err := s.Delivery(catalogue.ServiceID(id), loc)
		if err != nil {
			if !errors.Is(err, multicountry.ErrService) && !errors.Is(err, multicountry.ErrUnknownLocation) {
				t.Fatalf("Delivery(%d, %q) error %v wraps no sentinel", id, loc, err)
			}
			return
		}
		if !d.Reach.IsValid() || d.Rules.Len() == 0 || d.Allowed != (d.Reach == multicountry.Deliverable) {
			t.Fatalf("Delivery(%d, %q) = %+v", id, loc, d)
		}
	})
}

// FuzzInvoiceJSON: any bytes decode into an Invoice or give an error
// wrapping ErrInvoice (or a JSON syntax error); a decoded Invoice encodes
// and decodes to the same key, lines, total and rules. Never a panic.
func FuzzInvoiceJSON(f *testing.F) {
	invs, err := multicountry.SplitInvoices(contosoLines(), multicountry.ByLocation)
	if err != nil {
		f.Fatal(err)
	}
	for _, inv := range invs {
		f.Add(must(json.Marshal(inv)))
	}
	f.Add([]byte(`{"key":{"currency":"KRW","productType":"nope"},"lines":[{"quantity":"1e99999999"}],"total":{"amount":"1","currency":"KRW"}}`))
	f.Add([]byte(`{"key":{"delivered":"2026-02-30"},"lines":null,"rules":["not a rule"]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var inv multicountry.Invoice
		if err := json.Unmarshal(b, &inv); err != nil {
			var se *json.SyntaxError
			if !errors.Is(err, multicountry.ErrInvoice) && !errors.As(err, &se) {
				t.Fatalf("Unmarshal(%q): %v wraps no sentinel", b, err)
			}
			return
		}
		out, err := json.Marshal(inv)
		if err != nil {
			t.Fatalf("Marshal(%+v): %v", inv, err)
		}
		var again multicountry.Invoice
		if err := json.Unmarshal(out, &again); err != nil {
			t.Fatalf("Unmarshal(%s): %v", out, err)
		}
		if again.Key != inv.Key || !again.Total.Equal(inv.Total) || again.Rules != inv.Rules ||
			!slices.EqualFunc(again.Lines, inv.Lines, multicountry.InvoiceLine.Equal) {
			t.Fatalf("%+v became %+v through %s", inv, again, out)
		}
	})
}
