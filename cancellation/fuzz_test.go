package cancellation_test

import (
	"errors"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/cancellation"
	"golang.org/x/text/currency"
)

// FuzzAssess: any instants, zone and price give an outcome whose fee +
// refund is the price, or an error wrapping a sentinel; never a panic.
func FuzzAssess(f *testing.F) {
	f.Add(int64(1773619200), int64(1772400000), uint8(0), "12000.00")
	f.Add(int64(0), int64(-1), uint8(3), "0")
	f.Add(int64(-62135596800), int64(253402300799), uint8(7), "1e18")
	f.Add(int64(1), int64(2), uint8(1), "-1")
	f.Add(int64(1), int64(2), uint8(1), "1e-41")
	f.Fuzz(func(t *testing.T, start, cancelled int64, z uint8, price string) {
		p, err := decimal.NewFromString(price)
		if err != nil {
			return
		}
		loc, err := time.LoadLocation(zoneNames[int(z)%len(zoneNames)])
		if err != nil {
			t.Fatal(err)
		}
		o, err := cancellation.AssessIn(loc, time.Unix(start, 0), time.Unix(cancelled, 0), p)
		if err != nil {
			if !errors.Is(err, cancellation.ErrNegativePrice) && !errors.Is(err, cancellation.ErrOutOfRange) && !errors.Is(err, cancellation.ErrZeroTime) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if !o.Fee.Add(o.Refund).Equal(p) {
			t.Fatalf("fee %v + refund %v != price %v", o.Fee, o.Refund, p)
		}
		if _, err := o.Settle(currency.USD); err != nil && !errors.Is(err, cancellation.ErrCurrency) {
			t.Fatalf("Settle: unexpected error %v", err)
		}
	})
}
