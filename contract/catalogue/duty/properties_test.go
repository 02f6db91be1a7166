package duty_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/catalogue/duty"
	"github.com/supportrules/unified/contract/rule"
	"pgregory.net/rapid"
)

// genServiceID draws a valid catalogue service.
func genServiceID(t *rapid.T, label string) catalogue.ServiceID {
	return catalogue.ServiceID(rapid.IntRange(1, catalogue.NumServiceIDs).Draw(t, label))
}

// genServiceIDs draws a set of purchased services, possibly empty, possibly
// with repeats.
func genServiceIDs(t *rapid.T, label string) []catalogue.ServiceID {
	return rapid.SliceOfN(rapid.Custom(func(t *rapid.T) catalogue.ServiceID { return genServiceID(t, "service") }), 0, 8).Draw(t, label)
}

// Rules RESP-0, RESP-12: buying one more service never removes something
// the customer owes, nor something excluded.
func TestMoreServicesNeverOweLess(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		held := genServiceIDs(t, "held")
		more := append(slices.Clone(held), genServiceID(t, "added"))
		a, errA := duty.Obligations(held...)
		b, errB := duty.Obligations(more...)
		if errA != nil || errB != nil {
			t.Fatalf("Obligations: %v, %v", errA, errB)
		}
		for _, o := range a {
			if !slices.Contains(b, o) {
				t.Fatalf("adding %v removed the obligation %v", more[len(more)-1], o.Rules)
			}
		}
		xa, _ := duty.Exclusions(held...)
		xb, _ := duty.Exclusions(more...)
		for _, x := range xa {
			if !slices.Contains(xb, x) {
				t.Fatalf("adding %v removed the exclusion %v", more[len(more)-1], x.Rules)
			}
		}
	})
}

// Rules RESP-1..RESP-15 (§2.7): the customer's general responsibilities bind
// whatever it buys, and every obligation the list holds is unique.
func TestGeneralResponsibilitiesAlwaysBind(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		held := genServiceIDs(t, "held")
		os, err := duty.Obligations(held...)
		if err != nil {
			t.Fatal(err)
		}
		var resp []rule.ID
		for i, o := range os {
			if strings.HasPrefix(string(o.Rules.At(0)), "RESP-") && o.Service == 0 {
				resp = append(resp, o.Rules.At(0))
			}
			if slices.Contains(os[:i], o) {
				t.Fatalf("obligation %v listed twice", o.Rules)
			}
		}
		if len(resp) != 16 {
			t.Fatalf("holding %v, %d §2.7 responsibilities bind, want 16 (RESP-0..RESP-15): %v", held, len(resp), resp)
		}
	})
}

// Rules OPT-2, UER-7, AED-27: a part is bought with its parent, so holding a
// part owes at least its parent's duties, and every duty returned belongs to
// the general list, an included service, or a service held or one it is
// part of.
func TestPartsOweTheirParentsDuties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		id := genServiceID(t, "service")
		s, _ := catalogue.Lookup(id)
		so, err := duty.Obligations(id)
		if err != nil {
			t.Fatal(err)
		}
		for _, o := range so {
			if o.Service == 0 {
				continue
			}
			owner, _ := catalogue.Lookup(o.Service)
			ancestor := false
			for a := s; a.IsValid(); {
				if a.ID() == o.Service {
					ancestor = true
				}
				p, _ := a.Parent()
				a, _ = catalogue.Lookup(p)
			}
			if !ancestor && owner.Marking() != catalogue.MarkingIncluded {
				t.Fatalf("holding %v owes %v's duty %v", id, o.Service, o.Rules)
			}
		}
		pid, ok := s.Parent()
		if !ok {
			return
		}
		po, _ := duty.Obligations(pid)
		for _, o := range po {
			if !slices.Contains(so, o) {
				t.Fatalf("%v lacks its parent's obligation %v", id, o.Rules)
			}
		}
	})
}

// Outside the domain: any undeclared service ID is refused with
// catalogue.ErrUnknownService, by both lists.
func TestUnknownServicesAreRefused(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		bad := catalogue.ServiceID(rapid.SampledFrom([]int{0, catalogue.NumServiceIDs + 1, 255}).Draw(t, "bad"))
		ids := append(genServiceIDs(t, "held"), bad)
		if _, err := duty.Obligations(ids...); !errors.Is(err, catalogue.ErrUnknownService) {
			t.Fatalf("Obligations(%v) error = %v", ids, err)
		}
		if _, err := duty.Exclusions(ids...); !errors.Is(err, catalogue.ErrUnknownService) {
			t.Fatalf("Exclusions(%v) error = %v", ids, err)
		}
	})
}
