package duty_test

import (
	"encoding/json"
	"testing"

	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/catalogue/duty"
)

// FuzzObligationJSON checks that decoding any bytes as an Obligation never
// panics, and that a decoded one encodes and decodes to itself.
func FuzzObligationJSON(f *testing.F) {
	os, err := duty.Obligations(catalogue.RootCauseAnalysis)
	if err != nil {
		f.Fatal(err)
	}
	for _, o := range os {
		b, _ := json.Marshal(o)
		f.Add(b)
	}
	f.Add([]byte(`{"service":"rca","condition":"ON-REQUEST","rules":["RCA-3","RCA-3"]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var o duty.Obligation
		if err := json.Unmarshal(b, &o); err != nil {
			return
		}
		c, err := json.Marshal(o)
		if err != nil {
			return // an undeclared enum value cannot be encoded; that is an error, not a panic
		}
		var back duty.Obligation
		if err := json.Unmarshal(c, &back); err != nil || back != o {
			t.Fatalf("%s came back as %+v, %v; want %+v", c, back, err, o)
		}
	})
}
