package contract_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/enhanced"
)

// FuzzWorkOrderJSON: decoding any bytes as a Work Order either fails with
// an error or gives a Work Order that validates without panicking and
// round-trips through JSON unchanged (an empty list and a missing one
// being the same).
func FuzzWorkOrderJSON(f *testing.F) {
	sample, err := json.Marshal(contoso())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(sample)
	for _, s := range []string{
		`{}`,
		`null`,
		`{"term":{"start":"2026-01-01","end":"2025-01-01"}}`,
		`{"locations":[{"name":"Seoul","country":"KR","role":"host","timeZone":"Asia/Seoul","currency":"KRW"},{"name":"Seoul"}]}`,
		`{"purchases":[{"service":"DE","quantity":-1,"maximum":-2,"start":"2026-02-29"}]}`,
		`{"purchases":[{"service":"developer-support","quantity":5}],"multiCountry":true}`,
		`{"flexAllowance":{"amount":"-0.00","currency":"USD"},"assessedProductSpend":{"amount":"60000000","currency":"usd"}}`,
		`{"flexAllowance":{"amount":"1e9","currency":"USD"}}`,
		`{"flexAllowance":{"amount":"300000","currency":"KRW"},"locations":[{"currency":"XXX"},{"currency":"krw"}]}`,
		`{"proactiveCredits":7,"purchases":[{"service":"proactive-credits","quantity":20,"unit":"credits"},{"service":"workshops","requested":"2028-12-31"}],"term":{"start":"2026-01-01","end":"2028-12-31"}}`,
		`{"unified":{"start":"","end":""},"contacts":[{"role":"cloud-administrator"}]}`,
		`{"locations":[{"timeZone":"../../etc/passwd"}]}`,
		`{"term":{"start":"2026-01-01","end":"2028-12-31"},"unified":{"start":"2026-01-01","end":"2027-12-31"},"purchases":[{"service":"rapid-response","end":"2026-12-31"},{"service":"rapid-response","start":"2026-06-01"},{"service":"AED","start":"2026-03-01"},{"service":"aed-insights","start":"2027-01-01","end":"2026-01-01"},{"service":"aed-know-me","end":"2029-01-01"}]}`,
		`{"purchases":[{"service":"developer-support","quantity":9223372036854775807,"maximum":1},{"service":"developer-support","quantity":9223372036854775807,"maximum":1}]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var w contract.WorkOrder
		if err := json.Unmarshal(b, &w); err != nil {
			return
		}
		_ = w.Validate()
		for _, v := range w.Violations() {
			if v.Rules.Len() == 0 || v.Field == "" || v.Err == nil {
				t.Fatalf("violation without rule, field or sentinel: %#v", v)
			}
		}
		for _, p := range w.Purchases {
			_, _ = w.EffectiveTerm(p)
		}
		_ = enhanced.UERCoverage(w, "Seoul")
		_, _ = contract.AEDEligibility(w)
		out, err := json.Marshal(w)
		if err != nil {
			t.Fatalf("Marshal of a decoded Work Order: %v", err)
		}
		var again contract.WorkOrder
		if err := json.Unmarshal(out, &again); err != nil {
			t.Fatalf("Unmarshal(%s): %v", out, err)
		}
		if diff := cmp.Diff(w, again, cmpopts.EquateEmpty(), cmpUnits); diff != "" {
			t.Fatalf("round trip of %s (-first +second):\n%s", out, diff)
		}
	})
}
