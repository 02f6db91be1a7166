package catalogue_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/supportrules/unified/contract/catalogue"
)

// Issue 14: the catalogue's decoders bound their input. A megabyte of JSON
// is refused with the package's sentinel before it is parsed
// (BenchmarkRefuseHugeJSON measures how fast); real data still decodes.
func TestDecodersRefuseHugeInputQuickly(t *testing.T) {
	huge := []byte("[" + strings.Repeat(`"remote",`, 1<<17) + `"remote"]`)
	big := []byte(`{"id":"de","englishName":"` + strings.Repeat("x", 1<<20) + `"}`)
	tests := []struct {
		name string
		in   []byte
		into any
		want error
	}{
		{"service", big, new(catalogue.Service), catalogue.ErrMalformed},
		{"delivery modes", huge, new(catalogue.DeliveryModes), catalogue.ErrInvalidEnum},
		{"prerequisites", huge, new(catalogue.Prerequisites), catalogue.ErrInvalidEnum},
		{"service ID", []byte(`"` + strings.Repeat("d", 1<<20) + `"`), new(catalogue.ServiceID), catalogue.ErrUnknownService},
		{"unit", []byte(`"` + strings.Repeat("h", 1<<20) + `"`), new(catalogue.Unit), catalogue.ErrInvalidUnit},
	}
	for _, tt := range tests {
		err := json.Unmarshal(tt.in, tt.into)
		if !errors.Is(err, tt.want) || len(err.Error()) > 300 {
			t.Errorf("%s: 1 MB gives %.100v, want %v with a short message", tt.name, err, tt.want)
		}
	}
	// The bounds do not cut off real data.
	for s := range catalogue.All() {
		b, _ := json.Marshal(s)
		var back catalogue.Service
		if err := json.Unmarshal(b, &back); err != nil || back != s {
			t.Errorf("%v: %v", s.ID(), err)
		}
	}
	all := catalogue.DeliveryModesOf(catalogue.DeliveryRemote, catalogue.DeliveryOnsite, catalogue.DeliveryOnline, catalogue.DeliveryOnDemand)
	b, _ := json.Marshal(all)
	var back catalogue.DeliveryModes
	if err := json.Unmarshal(b, &back); err != nil || back != all {
		t.Errorf("all delivery modes: %v, %v", back, err)
	}
}

// Issue 14: a set's JSON is bounded at 1 KiB: 1,024 bytes decode, 1,025 are
// refused before parsing, for both sets.
func TestSetJSONBound(t *testing.T) {
	const head, tail = `["remote","onsite"`, `]`
	for _, n := range []int{1024, 1025} {
		in := []byte(head + strings.Repeat(" ", n-len(head)-len(tail)) + tail)
		var m catalogue.DeliveryModes
		errM := json.Unmarshal(in, &m)
		p := []byte(strings.Replace(string(in), `"remote","onsite"`, `"unified-contract","rapid-response"`, 1))
		p = append(p[:len(p)-1-(len(p)-len(in))], ']')
		var ps catalogue.Prerequisites
		errP := json.Unmarshal(p, &ps)
		if len(p) != n {
			t.Fatalf("built %d bytes, want %d", len(p), n)
		}
		if n <= 1024 && (errM != nil || errP != nil || m.String() != "remote|onsite" || !ps.Has(catalogue.NeedsRapidResponse)) {
			t.Errorf("%d bytes: %v, %v; %v, %v", n, m, errM, ps, errP)
		}
		if n > 1024 && (!errors.Is(errM, catalogue.ErrInvalidEnum) || !errors.Is(errP, catalogue.ErrInvalidEnum)) {
			t.Errorf("%d bytes: errors %v, %v; want ErrInvalidEnum", n, errM, errP)
		}
	}
}

// Issue 14: a Service's JSON is bounded at 32 KiB: an entry padded to 32,768
// bytes decodes, one byte more is refused before parsing.
func TestServiceJSONBound(t *testing.T) {
	s, _ := catalogue.Lookup(catalogue.AzureEngineeringDirect)
	b, _ := json.Marshal(s)
	for _, n := range []int{32 << 10, 32<<10 + 1} {
		in := append(append([]byte{}, b[:len(b)-1]...), []byte(strings.Repeat(" ", n-len(b))+"}")...)
		var got catalogue.Service
		err := json.Unmarshal(in, &got)
		if n <= 32<<10 && (err != nil || got != s) {
			t.Errorf("%d bytes: %v, %v", n, got, err)
		}
		if n > 32<<10 && !errors.Is(err, catalogue.ErrMalformed) {
			t.Errorf("%d bytes: error %v, want ErrMalformed", n, err)
		}
	}
}

// Rules of an undeclared fact are empty, never a panic.
func TestRulesOfAnUndeclaredFact(t *testing.T) {
	s, _ := catalogue.Lookup(catalogue.DesignatedEngineering)
	for _, f := range []catalogue.Fact{0, catalogue.FactLocations + 1, 255} {
		if r := s.Rules(f); r.Len() != 0 {
			t.Errorf("Rules(%d) = %v", uint8(f), r)
		}
	}
}
