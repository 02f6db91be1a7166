package multicountry_test

import (
	"testing"

	"github.com/supportrules/unified/contract/catalogue"
)

// The delivery check is a hot path: it does not allocate.
func TestDeliveryDoesNotAllocate(t *testing.T) {
	s := mustSupport(t)
	for _, c := range deliveryCases {
		if n := testing.AllocsPerRun(100, func() {
			if _, err := s.Delivery(c.svc, c.loc); err != nil {
				t.Fatal(err)
			}
		}); n != 0 {
			t.Errorf("Delivery(%v, %s) allocates %v times", c.svc, c.loc, n)
		}
	}
	_ = catalogue.Workshops
}
