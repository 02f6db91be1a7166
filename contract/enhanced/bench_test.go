package enhanced_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/enhanced"
)

func BenchmarkAEDRootCauseAnalysis(b *testing.B) {
	cal := seoulCalendar(b, d("2026-03-02"))
	r := aedRCA("2026-02-20", "2026-02-27", "2026-02-19")
	b.ReportAllocs()
	for b.Loop() {
		_, _ = enhanced.AEDRootCauseAnalysis(cal, r)
	}
}

func BenchmarkCheckSIPRequest(b *testing.B) {
	start := d("2026-03-01")
	earlier := []calendar.Date{d("2026-04-01"), d("2026-09-01"), d("2027-04-01")}
	req := d("2027-05-01")
	b.ReportAllocs()
	for b.Loop() {
		_, _ = enhanced.CheckSIPRequest(start, earlier, req)
	}
}

func BenchmarkPlanAEM(b *testing.B) {
	period := contract.Term{Start: d("2026-11-27"), End: d("2026-12-02")}
	confirmed := d("2026-10-20")
	b.ReportAllocs()
	for b.Loop() {
		_, _ = enhanced.PlanAEM(2, period, confirmed)
	}
}

func BenchmarkHourBlockDeduct(b *testing.B) {
	h, err := enhanced.NewHourBlock(catalogue.EnhancedDesignatedEngineering, 400*time.Hour)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		_, _ = h.Deduct(90 * time.Minute)
	}
}

func BenchmarkNewOnboarding(b *testing.B) {
	on := d("2028-11-15")
	b.ReportAllocs()
	for b.Loop() {
		_, _ = enhanced.NewOnboarding(catalogue.AzureEngineeringDirect, on)
	}
}

func BenchmarkAEMPlanEventSpans(b *testing.B) {
	p, err := enhanced.PlanAEM(2, contract.Term{Start: d("2026-11-27"), End: d("2026-12-26")}, d("2026-10-20"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		_, _ = p.EventSpans()
	}
}

func BenchmarkCheckAEMEvent(b *testing.B) {
	span := contract.Term{Start: d("2026-11-27"), End: d("2026-12-01")}
	b.ReportAllocs()
	for b.Loop() {
		_ = enhanced.CheckAEMEvent(span)
	}
}

func BenchmarkUERCoverage(b *testing.B) {
	w := contoso()
	b.ReportAllocs()
	for b.Loop() {
		_ = enhanced.UERCoverage(w, "Tokyo")
	}
}

func BenchmarkUERCoverageOn(b *testing.B) {
	w := contoso()
	on := d("2027-06-01")
	b.ReportAllocs()
	for b.Loop() {
		_, _ = enhanced.UERCoverageOn(w, "Tokyo", on)
	}
}

func BenchmarkOnboardingOf(b *testing.B) {
	w := contoso()
	b.ReportAllocs()
	for b.Loop() {
		_, _ = enhanced.OnboardingOf(w, catalogue.AzureEngineeringDirect)
	}
}

func BenchmarkOnboardingCheckActivity(b *testing.B) {
	o, err := enhanced.NewOnboarding(catalogue.AzureEngineeringDirect, d("2026-03-01"))
	if err != nil {
		b.Fatal(err)
	}
	on := d("2026-04-01")
	b.ReportAllocs()
	for b.Loop() {
		_, _ = o.CheckActivity(enhanced.ActivityProactive, on)
	}
}

func BenchmarkCheckMonitoringScenarios(b *testing.B) {
	e := contract.Eligibility{Extended: true}
	b.ReportAllocs()
	for b.Loop() {
		_ = enhanced.CheckMonitoringScenarios(e, 7)
	}
}

func BenchmarkNewMSCIREarlyStart(b *testing.B) {
	a, x := d("2026-05-04"), d("2026-05-11")
	b.ReportAllocs()
	for b.Loop() {
		_, _ = enhanced.NewMSCIREarlyStart(a, x)
	}
}

func BenchmarkHourBlockUnmarshalJSON(b *testing.B) {
	data := []byte(`{"service":"enhanced-designated-engineering","purchased":"PT400H","used":"PT7H30M"}`)
	b.ReportAllocs()
	for b.Loop() {
		var h enhanced.HourBlock
		_ = json.Unmarshal(data, &h)
	}
}
