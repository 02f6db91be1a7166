package contract_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/catalogue/duty"
	"github.com/supportrules/unified/contract/rule"
	"golang.org/x/text/currency"
)

// Rules RESP-1, RESP-2, MC-19, BUY-9, UER-5, AED-39, RR-2: a Work Order's
// obligations are those of the services it buys, with the parts' services,
// plus the general ones; the multi-country duties only when it specifies
// multi-country support. Its exclusions likewise.
func TestWorkOrderObligations(t *testing.T) {
	w := contoso()
	w.Purchases = append(w.Purchases, contract.Purchase{Service: 200}) // unknown: skipped
	ids := []catalogue.ServiceID{}
	for _, p := range w.Purchases[:len(w.Purchases)-1] {
		ids = append(ids, p.Service)
	}
	want, err := duty.Obligations(ids...)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, w.Obligations(), cmpRules); diff != "" {
		t.Errorf("multi-country WorkOrder.Obligations() (-want +got):\n%s", diff)
	}
	wantX, err := duty.Exclusions(ids...)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(wantX, w.Exclusions(), cmpRules); diff != "" {
		t.Errorf("WorkOrder.Exclusions() (-want +got):\n%s", diff)
	}
	for _, r := range []rule.ID{"RESP-2", "MC-19", "UER-5", "AED-39", "EDE-7"} {
		if !slices.ContainsFunc(w.Obligations(), func(o duty.Obligation) bool { return o.Rules.Has(r) }) {
			t.Errorf("multi-country Work Order: no obligation citing %s", r)
		}
	}

	// A single-location Work Order owes no multi-country duty (BUY-9).
	w.MultiCountry = false
	w.Locations = w.Locations[:1]
	for _, o := range w.Obligations() {
		if o.Condition == duty.ConditionMultiCountry {
			t.Errorf("single-location Work Order owes %q (%v)", o.Text, o.Rules)
		}
	}
	// Only a part of AED bought: AED's own duties apply too.
	w.Purchases = []contract.Purchase{{Service: catalogue.AEDProblemManagement}}
	got := w.Obligations()
	for _, r := range []rule.ID{"AED-18", "AED-39"} {
		if !slices.ContainsFunc(got, func(o duty.Obligation) bool { return o.Rules.Has(r) }) {
			t.Errorf("AED capability bought: no obligation citing %s", r)
		}
	}
}

// What a single-location Work Order buying Rapid Response owes Microsoft
// beyond the general and Base Package duties (§2.7, RR-3); without
// multi-country support, the duties of RESP-2 and MC-19 do not apply
// (BUY-9).
func ExampleWorkOrder_Obligations() {
	w := contract.WorkOrder{
		Locations: []contract.Location{{Name: "Seoul", Country: "KR", Role: contract.Host, TimeZone: "Asia/Seoul", Currency: currency.KRW}},
		Purchases: []contract.Purchase{{Service: catalogue.RapidResponse, Quantity: 1}},
	}
	base, err := duty.Obligations()
	if err != nil {
		panic(err)
	}
	owed := w.Obligations()
	fmt.Println(len(base), "general and Base Package obligations;", len(owed), "for this Work Order, among them:")
	for _, o := range owed {
		if o.Service == catalogue.RapidResponse {
			fmt.Printf("  %v %s - %s\n", o.Service, o.Rules, o.Text)
		}
	}
	// Output:
	// 26 general and Base Package obligations; 25 for this Work Order, among them:
	//   rapid-response RR-3 - Submit incidents through the relevant cloud services portal
}
