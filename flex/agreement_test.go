package flex_test

import (
	"errors"
	"testing"

	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/flex"
)

// TestUseOfAgreesWithTheCatalogue_FLEX1_FLEX5: the catalogue owns each
// service's Flex eligibility (catalogue.Service.Flex); flex reads it. For
// every service, UseOf grants an eligible Use exactly when the catalogue says
// Flex may pay (eligible or capped), a capped Use (Proactive Credits, Custom
// Proactive Services) exactly when the catalogue says capped, and Success
// Management's Use exactly for the catalogue's Success Management kind; and
// Use.Services lists each service under the Use UseOf gives it.
func TestUseOfAgreesWithTheCatalogue_FLEX1_FLEX5(t *testing.T) {
	for id := catalogue.ServiceID(1); int(id) <= catalogue.NumServiceIDs; id++ {
		svc, ok := catalogue.Lookup(id)
		if !ok {
			t.Fatalf("Lookup(%d) failed", id)
		}
		u, err := flex.UseOf(id)
		f := svc.Flex()
		payable := f == catalogue.FlexEligible || f == catalogue.FlexCapped
		switch {
		case err != nil && !errors.Is(err, flex.ErrIneligible):
			t.Errorf("UseOf(%v): %v", id, err)
		case payable != (err == nil && u.IsEligible()):
			t.Errorf("UseOf(%v) = %v, %v; the catalogue says %v", id, u, err, f)
		case (f == catalogue.FlexCapped) != (err == nil && u.IsCapped()):
			t.Errorf("UseOf(%v) = %v; the catalogue says %v (the credits cap)", id, u, f)
		case (svc.Kind() == catalogue.KindSuccessManagement) != (err == nil && u == flex.SuccessManagement):
			t.Errorf("UseOf(%v) = %v, %v; the catalogue's kind is %v", id, u, err, svc.Kind())
		}
		if err == nil {
			found := false
			for _, s := range u.Services() {
				found = found || s == id
			}
			if !found {
				t.Errorf("%v.Services() does not list %v", u, id)
			}
		}
	}
}
