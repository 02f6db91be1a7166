package contract_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/money"
)

// TestDecodeErrorsNameTheJSONPath: a Work Order decoding error names the
// JSON path of the offending value, in the JSON's own names, says what is
// wrong in JSON's words (never a Go type), does not repeat its prefix, and
// keeps the cause's sentinel matchable.
func TestDecodeErrorsNameTheJSONPath(t *testing.T) {
	tests := []struct {
		name, json, path, msg string
		is                    error
	}{
		{"wrong type at the top", `{"customer": 5}`, "customer", "contract: malformed JSON: customer: want a string, got JSON number", nil},
		{"unknown key", `{"custmer": "x"}`, `"custmer"`, `contract: malformed JSON: "custmer": unknown field`, nil},
		{"unknown key in a purchase", `{"purchases": [{"service": "workshops", "qty": 1}]}`, `purchases[0]."qty"`, "", nil},
		{"unknown service", `{"purchases": [{"service": "workshops"}, {"service": "nope"}]}`, "purchases[1].service", "", catalogue.ErrUnknownService},
		{"bad role", `{"locations": [{"name": "Seoul", "role": "host"}, {"name": "Tokyo", "role": "hostt"}]}`, "locations[1].role", "", contract.ErrInvalidEnum},
		{"bad currency", `{"locations": [{"name": "Seoul", "currency": "QQQ"}]}`, "locations[0].currency", "", contract.ErrInvalidLocation},
		{"bad date", `{"term": {"start": "2026-02-30", "end": "2026-12-31"}}`, "term.start", "", nil},
		{"amount as a bare string", `{"flexAllowance": "1.5 USD"}`, "flexAllowance", "", nil},
		{"amount out of range", `{"flexAllowance": {"amount": "1e400", "currency": "USD"}}`, "flexAllowance", "", money.ErrSyntax},
		{"not an object", `[1, 2]`, "", "contract: malformed JSON: want an object, got JSON array", nil},
		// What JSON gave is quoted up to 40 bytes, and cut there, marked "…".
		{"a 40-byte description", `{"purchases": [{"quantity": 1.5555555555555555555555555555555}]}`, "purchases[0].quantity", "contract: malformed JSON: purchases[0].quantity: want a number, got JSON number 1.5555555555555555555555555555555", nil},
		{"a 41-byte description", `{"purchases": [{"quantity": 1.55555555555555555555555555555555}]}`, "purchases[0].quantity", "contract: malformed JSON: purchases[0].quantity: want a number, got JSON number 1.5555555555555555555555555555555…", nil},
		{"contacts of the wrong type", `{"contacts": {"name": "x"}}`, "contacts", "contract: malformed JSON: contacts: want an array, got JSON object", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var w contract.WorkOrder
			err := json.Unmarshal([]byte(tt.json), &w)
			var de *contract.DecodeError
			if !errors.As(err, &de) || !errors.Is(err, contract.ErrMalformed) {
				t.Fatalf("error %v is not a *DecodeError wrapping ErrMalformed", err)
			}
			if de.Path != tt.path {
				t.Errorf("Path = %q, want %q (error %v)", de.Path, tt.path, err)
			}
			if tt.msg != "" && err.Error() != tt.msg {
				t.Errorf("Error() = %q, want %q", err, tt.msg)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("error %v does not wrap %v", err, tt.is)
			}
			msg := err.Error()
			if strings.Count(msg, "contract: ") != 1 || strings.Contains(msg, "Go value") || strings.Contains(msg, "json:") || strings.Contains(msg, "amountJSON") {
				t.Errorf("Error() = %q: the prefix repeats or a Go type leaks", msg)
			}
		})
	}
}

// TestDecodeAcceptsTheSample: the field-by-field decoder reads everything
// the encoder writes.
func TestDecodeAcceptsTheSample(t *testing.T) {
	w := contoso()
	b, err := json.Marshal(w)
	if err != nil {
		t.Fatal(err)
	}
	var got contract.WorkOrder
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatalf("decoding the encoded sample: %v", err)
	}
	b2, _ := json.Marshal(got)
	if string(b) != string(b2) {
		t.Errorf("round trip changed the JSON:\n%s\n%s", b, b2)
	}
}
