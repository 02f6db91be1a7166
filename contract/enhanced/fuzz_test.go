package enhanced_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/enhanced"
)

// FuzzAEMPlanJSON (AEM-11, AEM-12, D-AEM; issue 14): any JSON decoded into
// an AEMPlan is checked before its counts are used: EventSpans never
// panics nor allocates the decoded count, refuses an inconsistent plan with
// the package's sentinels, and the spans of a consistent plan cover its
// period, five days at most each. A decoded plan reads back equal.
func FuzzAEMPlanJSON(f *testing.F) {
	f.Add([]byte(`{"solutions":2,"period":{"start":"2026-11-27","end":"2026-12-02"},"days":6,"eventsPerSolution":2,"events":4,"noticeDays":38,"needsAgreement":true,"rules":["AEM-11"]}`))
	f.Add([]byte(`{"solutions":1,"period":{"start":"2026-11-27","end":"2026-12-02"},"days":6,"eventsPerSolution":-1,"events":-1}`))
	f.Add([]byte(`{"solutions":1,"period":{"start":"2026-11-27","end":"2026-12-02"},"days":6,"eventsPerSolution":9223372036854775807}`))
	f.Add([]byte(`{"solutions":1,"period":{"start":"2026-11-27","end":"2026-12-02"},"days":6,"eventsPerSolution":1099511627776}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var p enhanced.AEMPlan
		if json.Unmarshal(b, &p) != nil {
			return
		}
		spans, err := p.EventSpans()
		if err != nil {
			if !errors.Is(err, enhanced.ErrInvalidPlan) && !errors.Is(err, contract.ErrInvalidTerm) {
				t.Fatalf("EventSpans error %v wraps no sentinel", err)
			}
			return
		}
		if len(spans) != p.EventsPerSolution || spans[0].Start != p.Period.Start || spans[len(spans)-1].End != p.Period.End {
			t.Fatalf("spans %v for %+v", spans, p)
		}
		for _, s := range spans {
			if err := enhanced.CheckAEMEvent(s); err != nil {
				t.Fatalf("span %v: %v", s, err)
			}
		}
		out, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		var back enhanced.AEMPlan
		if err := json.Unmarshal(out, &back); err != nil || !cmp.Equal(p, back) {
			t.Fatalf("round trip of %s: %+v, %v", out, back, err)
		}
	})
}

// FuzzHourBlockJSON (EDE-3, REDE-4, AMB-43): a decoded HourBlock is one
// NewHourBlock and Deduct could give (remaining + used = purchased, none
// negative), or an error wrapping the package's sentinels; it reads back
// equal.
func FuzzHourBlockJSON(f *testing.F) {
	f.Add([]byte(`{"service":"enhanced-designated-engineering","purchased":"PT400H","used":"PT7H30M"}`))
	f.Add([]byte(`{"service":"reactive-enhanced-designated-engineering","purchased":"PT1H","used":"PT2H"}`))
	f.Add([]byte(`{"service":"workshops","purchased":"P99999999D","used":"-PT1M"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var h enhanced.HourBlock
		if err := json.Unmarshal(b, &h); err != nil {
			var syntax *json.SyntaxError
			if !errors.As(err, &syntax) && !errors.Is(err, enhanced.ErrInvalidHours) && !errors.Is(err, enhanced.ErrInsufficientHours) && !errors.Is(err, catalogue.ErrUnknownService) {
				t.Fatalf("error %v wraps no sentinel", err)
			}
			if h != (enhanced.HourBlock{}) {
				t.Fatalf("block changed on error: %+v", h)
			}
			return
		}
		if !h.IsValid() || h.Used() < 0 || h.Remaining() < 0 || h.Remaining()+h.Used() != h.Purchased() {
			t.Fatalf("decoded %+v", h)
		}
		out, err := json.Marshal(h)
		if err != nil {
			t.Fatal(err)
		}
		var back enhanced.HourBlock
		if err := json.Unmarshal(out, &back); err != nil || back != h {
			t.Fatalf("round trip of %s: %+v, %v", out, back, err)
		}
	})
}

// FuzzAEDRCARequestJSON (AED-18, AED-20, AED-21, D-AED-2): any decoded
// request is scheduled or refused with a sentinel, never a panic; an
// accepted one is eligible under AED-20, in its window, and due on a
// business day after both the request and the mitigation.
func FuzzAEDRCARequestJSON(f *testing.F) {
	f.Add([]byte(`{"closed":"2026-02-20","mitigated":"2026-02-19","requested":"2026-02-27","impact":"production","channel":"aligned-aed-engineer"}`))
	f.Add([]byte(`{"closed":"9999-12-30","mitigated":"9999-12-30","requested":"9999-12-30","impact":"production","channel":"aligned-aed-engineer"}`))
	f.Add([]byte(`{"closed":"2026-02-20","mitigated":"2026-02-19","requested":"2026-02-27","impact":"non-production","channel":"other"}`))
	f.Add([]byte(`{"impact":""}`))
	cal := seoulCalendar(f, d("2026-03-02"))
	f.Fuzz(func(t *testing.T, b []byte) {
		var r enhanced.AEDRCARequest
		if json.Unmarshal(b, &r) != nil {
			return
		}
		out, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		var back enhanced.AEDRCARequest
		if err := json.Unmarshal(out, &back); err != nil || back != r {
			t.Fatalf("round trip of %s: %+v, %v", out, back, err)
		}
		rca, err := enhanced.AEDRootCauseAnalysis(cal, r)
		if err != nil {
			for _, s := range []error{contract.ErrInvalidTerm, contract.ErrInvalidEnum, enhanced.ErrRCANotEligible, enhanced.ErrRCARequestLate} {
				if errors.Is(err, s) {
					return
				}
			}
			t.Fatalf("error %v wraps no sentinel", err)
		}
		if r.Impact != enhanced.ImpactProduction || r.Channel != enhanced.ChannelAlignedEngineer || r.Requested.After(r.Closed.AddDays(7)) ||
			!cal.IsBusinessDay(rca.Due) || !rca.Due.After(r.Requested) || !rca.Due.After(r.Mitigated) {
			t.Fatalf("accepted %+v: %+v", r, rca)
		}
	})
}

// FuzzResultsJSON: whatever JSON the package's result types accept reads
// back equal after encoding, so every form round-trips.
func FuzzResultsJSON(f *testing.F) {
	f.Add([]byte(`{"allowed":true,"rules":["AED-23","D-AED-3"],"period":{"start":"2026-03-01","end":"2027-02-28"},"index":1,"earlier":1,"remaining":0}`))
	f.Add([]byte(`{"requestBy":"2026-02-27","from":"2026-02-20","due":"2026-03-06","rules":["AED-18"]}`))
	f.Add([]byte(`{"service":"azure-engineering-direct","period":{"start":"2026-03-01","end":"2026-04-29"},"monitorsDue":"2026-05-29","rules":["AED-7"]}`))
	f.Add([]byte(`{"allowed":true,"rules":["UER-23"],"purchase":0,"term":{"start":"2026-01-01","end":"2028-12-31"}}`))
	f.Add([]byte(`{"authorised":"2026-05-04","executed":"2026-05-11","binds":[{"clause":"a","text":"t","korean":"k","rules":["MSCIR-6"]}],"rules":["MSCIR-5"]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		fuzzRoundTrip[enhanced.SIPCheck](t, b)
		fuzzRoundTrip[enhanced.RCA](t, b)
		fuzzRoundTrip[enhanced.Onboarding](t, b)
		fuzzRoundTrip[enhanced.LocationCover](t, b)
		fuzzRoundTrip[enhanced.MSCIREarlyStart](t, b)
		var s enhanced.MSCIREarlyStart
		if json.Unmarshal(b, &s) == nil {
			_ = s.BeforeAgreement(calendar.Date{Year: 2026, Month: 5, Day: 4})
		}
	})
}

func fuzzRoundTrip[T any](t *testing.T, b []byte) {
	t.Helper()
	var v T
	if json.Unmarshal(b, &v) != nil {
		return
	}
	out, err := json.Marshal(v)
	if err != nil {
		return // a decoded value the encoder refuses (an invalid enum) is no round trip
	}
	var back T
	if err := json.Unmarshal(out, &back); err != nil {
		t.Fatalf("%T: %s does not read back: %v", v, out, err)
	}
	again, err := json.Marshal(back)
	if err != nil || string(again) != string(out) {
		t.Fatalf("%T: %s reads back as %s (%v)", v, out, again, err)
	}
}
