package contract_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
)

// workOrderWith returns the valid sample Work Order grown to n purchases
// with plain services spread over both locations.
func workOrderWith(n int) contract.WorkOrder {
	w := contoso()
	for i := len(w.Purchases); i < n; i++ {
		loc := "Seoul"
		if i%2 == 1 {
			loc = "Tokyo"
		}
		w.Purchases = append(w.Purchases, contract.Purchase{
			Service:  plainServices[i%len(plainServices)],
			Quantity: i,
			Start:    d("2026-01-01").AddDays(i),
			Location: loc,
		})
	}
	return w
}

// BenchmarkValidate: validating a Work Order of 50 services must take
// under 50 µs (issue 5).
func BenchmarkValidate(b *testing.B) {
	for _, n := range []int{7, 50, 200} {
		w := workOrderWith(n)
		if err := w.Validate(); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("services=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = w.Validate()
			}
		})
	}
	// With the caller's zones, loaded once, no zone database is read: the
	// cost of the checks alone.
	zones := map[string]*time.Location{}
	for _, l := range contoso().Locations {
		zones[l.TimeZone] = must(l.Zone())
	}
	loaded := contract.WithZones(func(name string) (*time.Location, error) {
		if z, ok := zones[name]; ok {
			return z, nil
		}
		return nil, errors.New("unknown zone")
	})
	for _, n := range []int{7, 50} {
		w := workOrderWith(n)
		b.Run(fmt.Sprintf("services=%d/WithZones", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = w.Validate(loaded)
			}
		})
	}
	// A hostile Work Order: 1,000 locations and 10,000 DE and AED lines,
	// which a quadratic check would take seconds over.
	huge := workOrderWith(7)
	for i := range 1000 {
		l := tokyo
		l.Name = fmt.Sprint("Tokyo ", i)
		huge.Locations = append(huge.Locations, l)
	}
	for i := range 10000 {
		id := catalogue.DesignatedEngineering
		if i%2 == 1 {
			id = catalogue.AzureEngineeringDirect
		}
		huge.Purchases = append(huge.Purchases, contract.Purchase{Service: id, Location: huge.Locations[i%len(huge.Locations)].Name})
	}
	b.Run("hostile", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = huge.Violations()
		}
	})
	bad := workOrderWith(50)
	bad.Unified = contract.Term{}
	bad.Purchases[4].Maximum = 0
	b.Run("services=50/violations", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = bad.Violations()
		}
	})
}

func BenchmarkWorkOrderJSON(b *testing.B) {
	w := workOrderWith(50)
	data, err := json.Marshal(w)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("Marshal", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_, _ = json.Marshal(w)
		}
	})
	b.Run("Unmarshal", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var v contract.WorkOrder
			_ = json.Unmarshal(data, &v)
		}
	})
}

func BenchmarkTermRules(b *testing.B) {
	tm := contract.Term{Start: d("2026-01-01"), End: d("2028-12-31")}
	on := d("2028-11-15")
	b.Run("CheckRequest", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_, _ = tm.CheckRequest(on)
		}
	})
	b.Run("Forfeiture", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_, _ = tm.Forfeiture(on)
		}
	})
	parent := contract.Term{Start: d("2025-07-01"), End: d("2028-06-30")}
	b.Run("CoTerminate", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_, _ = contract.CoTerminate(tm, parent)
		}
	})
	w := contoso()
	b.Run("EffectiveTerm/AED", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_, _ = w.EffectiveTerm(w.Purchases[2])
		}
	})
}

func BenchmarkExtendedCapabilities(b *testing.B) {
	w := contoso()
	b.ReportAllocs()
	for b.Loop() {
		_, _ = contract.AEDEligibility(w)
	}
}
