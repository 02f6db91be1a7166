package duty_test

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/catalogue/duty"
	"github.com/supportrules/unified/contract/rule"
)

// firstRules returns the first rule of each obligation, in order.
func firstRules(os []duty.Obligation) []rule.ID {
	var ids []rule.ID
	for _, o := range os {
		ids = append(ids, o.Rules.At(0))
	}
	return ids
}

// extra returns the elements of got that base does not hold, in order.
func extra[T comparable](got, base []T) []T {
	var out []T
	for _, x := range got {
		if !slices.Contains(base, x) {
			out = append(out, x)
		}
	}
	return out
}

// Rules RESP-0, RESP-1, RESP-2, RESP-3, RESP-4, RESP-5, RESP-6, RESP-7,
// RESP-8, RESP-9, RESP-10, RESP-11, RESP-12, RESP-13, RESP-14, RESP-15
// (§2.7), PRS-2, PRS-5, MAINT-3: with only the Base Package, the customer
// owes the general responsibilities and the included services' duties.
func TestObligationsOfTheBasePackage(t *testing.T) {
	got, err := duty.Obligations()
	if err != nil {
		t.Fatal(err)
	}
	want := []rule.ID{
		"RESP-0", "RESP-1", "RESP-2", "RESP-3", "RESP-4", "RESP-5", "RESP-6", "RESP-7", "RESP-8", "RESP-9",
		"RESP-10", "RESP-11", "RESP-12", "RESP-13", "RESP-14", "RESP-15", "TERM-9", "TERM-7", "MC-19",
		"TERM-16", "TERM-11", "TERM-18", "TERM-10", "TERM-20", // the general terms of §2.6
		"MAINT-3", // On-demand Assessment is included (MAINT-1)
		"PRS-2",   // Problem Resolution Support is included (PRS-1)
	}
	if diff := cmp.Diff(want, firstRules(got)); diff != "" {
		t.Errorf("Obligations() (-want +got):\n%s", diff)
	}
	conds := map[rule.ID]duty.Condition{
		"RESP-2": duty.ConditionMultiCountry, "RESP-6": duty.ConditionOnRequest,
		"RESP-10": duty.ConditionWherePossible, "RESP-15": duty.ConditionOnsite,
		"RESP-14": duty.ConditionAlways, "RESP-4": duty.ConditionOnlineServices,
		"TERM-11": duty.ConditionOnRequest, "TERM-18": duty.ConditionOnsite, "TERM-10": duty.ConditionOnRequest,
		"TERM-16": duty.ConditionAlways, "TERM-20": duty.ConditionAlways,
	}
	for _, o := range got {
		if c, ok := conds[o.Rules.At(0)]; ok && o.Condition != c {
			t.Errorf("%s: condition %v, want %v", o.Rules.At(0), o.Condition, c)
		}
		if !o.Condition.IsValid() || o.Text == "" {
			t.Errorf("malformed obligation %+v", o)
		}
	}
	// RESP-14 is the 60-day request deadline of D-TERM-1.
	if i := slices.IndexFunc(got, func(o duty.Obligation) bool { return o.Rules.Has("RESP-14") }); i < 0 || !got[i].Rules.Has("D-TERM-1") {
		t.Error("RESP-14 does not cite D-TERM-1")
	}
}

// Rules RCA-2, RCA-3, REDE-19, REDE-20, AEM-8, AEM-14, AEM-16, SEV-AEM-1,
// UER-4, UER-5, UER-14, UER-15, UER-16, RR-3, AED-9, AED-18, AED-19, AED-20,
// AED-32, AED-35, AED-38, AED-39, AED-44, MSCIR-3, MSCIR-5, MSCIR-6, DE-2,
// EDE-7, EDE-8, REDE-13, SFMC-4, D-TERM-3: each purchased service adds its
// own duties to the general ones, in document order.
func TestObligationsPerService(t *testing.T) {
	tests := []struct {
		name string
		ids  []catalogue.ServiceID
		want []rule.ID // the first rules of the service-specific duties
	}{
		{"RCA", []catalogue.ServiceID{catalogue.RootCauseAnalysis}, []rule.ID{"RCA-2", "RCA-3"}},
		{"DE", []catalogue.ServiceID{catalogue.DesignatedEngineering}, []rule.ID{"DE-2"}},
		{"EDE", []catalogue.ServiceID{catalogue.EnhancedDesignatedEngineering}, []rule.ID{"EDE-8", "EDE-7"}},
		{"REDE", []catalogue.ServiceID{catalogue.ReactiveEnhancedDesignatedEngineering},
			[]rule.ID{"REDE-13", "REDE-20", "REDE-20", "REDE-20", "REDE-20"}},
		{"UER", []catalogue.ServiceID{catalogue.UnifiedEnhancedResponse}, []rule.ID{"UER-4", "UER-5", "UER-14", "UER-16"}},
		{"RR", []catalogue.ServiceID{catalogue.RapidResponse}, []rule.ID{"RR-3"}},
		{"AEM", []catalogue.ServiceID{catalogue.AzureEventManagement}, []rule.ID{"AEM-14", "AEM-8", "AEM-16", "SEV-AEM-1"}},
		{"SfMC", []catalogue.ServiceID{catalogue.SupportForMissionCritical}, []rule.ID{"SFMC-4"}},
		// AED without extended capabilities: no AED-32.
		{"AED", []catalogue.ServiceID{catalogue.AzureEngineeringDirect, catalogue.RapidResponse},
			[]rule.ID{"RR-3", "AED-39", "AED-9", "AED-38", "AED-44"}},
		// A capability implies its parent's duties (AED-39 …) and adds its own.
		{"AED platform monitoring", []catalogue.ServiceID{catalogue.AEDPlatformMonitoring},
			[]rule.ID{"AED-39", "AED-9", "AED-38", "AED-44", "AED-32", "AED-35"}},
		{"AED problem management", []catalogue.ServiceID{catalogue.AEDProblemManagement},
			[]rule.ID{"AED-39", "AED-9", "AED-38", "AED-44", "AED-18", "AED-19"}},
		{"MSCIR", []catalogue.ServiceID{catalogue.CybersecurityIncidentResponse}, []rule.ID{"MSCIR-3", "MSCIR-6"}},
		{"workshops owe nothing more", []catalogue.ServiceID{catalogue.Workshops}, nil},
		{"duplicates count once", []catalogue.ServiceID{catalogue.RootCauseAnalysis, catalogue.RootCauseAnalysis}, []rule.ID{"RCA-2", "RCA-3"}},
	}
	base, _ := duty.Obligations()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := duty.Obligations(tt.ids...)
			if err != nil {
				t.Fatal(err)
			}
			for _, o := range base {
				if !slices.Contains(got, o) {
					t.Fatalf("Obligations(%v) lacks the base obligation %v", tt.ids, o.Rules)
				}
			}
			if diff := cmp.Diff(tt.want, firstRules(extra(got, base))); diff != "" {
				t.Errorf("Obligations(%v) beyond the base (-want +got):\n%s", tt.ids, diff)
			}
		})
	}
	early, _ := duty.Obligations(catalogue.CybersecurityIncidentResponse)
	last := early[len(early)-1]
	if last.Condition != duty.ConditionEarlyStart || !last.Rules.Has("MSCIR-5") {
		t.Errorf("MSCIR early-start duty = %+v", last)
	}
	if got := duty.ObligationsOf(catalogue.RootCauseAnalysis); len(got) != 2 || got[1].Rules.At(0) != "RCA-3" {
		t.Errorf("ObligationsOf(RCA) = %v", got)
	}
	if got := duty.ObligationsOf(0); got != nil {
		t.Errorf("ObligationsOf(0) = %v, want nil", got)
	}
}

// Rules PLAN-1, MAINT-2, DE-4, ADV-2, ADV-3, PRS-8, RCA-4, EDE-10, REDE-2,
// REDE-18, UER-12, UER-19, RR-2, RR-7, AEM-18, AEM-19, O365ED-4, AED-3,
// AED-10, AED-29, AED-31, AED-42, AED-43, AED-45, AED-46, TERM-15, TERM-17,
// REACT-2: what each service does not cover.
func TestExclusions(t *testing.T) {
	first := func(xs []duty.Exclusion) []rule.ID {
		var ids []rule.ID
		for _, x := range xs {
			ids = append(ids, x.Rules.At(0))
		}
		return ids
	}
	base, err := duty.Exclusions()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]rule.ID{"TERM-15", "TERM-17", "TERM-6", "REACT-2", "MAINT-2", "ADV-2", "ADV-3", "PRS-8"}, first(base)); diff != "" {
		t.Errorf("Exclusions() (-want +got):\n%s", diff)
	}
	tests := []struct {
		id   catalogue.ServiceID
		want []rule.ID
	}{
		{catalogue.ProofOfConcept, []rule.ID{"PLAN-1"}},
		{catalogue.DesignatedEngineering, []rule.ID{"DE-4"}},
		{catalogue.RootCauseAnalysis, []rule.ID{"RCA-4"}},
		{catalogue.EnhancedDesignatedEngineering, []rule.ID{"EDE-10"}},
		{catalogue.ReactiveEnhancedDesignatedEngineering, []rule.ID{"REDE-2", "REDE-18"}},
		{catalogue.EnhancedIncidentManagement, []rule.ID{"UER-12", "UER-19"}}, // the component implies UER
		{catalogue.RapidResponse, []rule.ID{"RR-2", "RR-7"}},
		{catalogue.AzureEventManagement, []rule.ID{"AEM-18", "AEM-19"}},
		{catalogue.O365EngineeringDirect, []rule.ID{"O365ED-4"}},
		{catalogue.AzureEngineeringDirect, []rule.ID{"AED-10", "AED-3", "AED-42", "AED-43", "AED-45", "AED-46"}},
		{catalogue.AEDPlatformMonitoring, []rule.ID{"AED-10", "AED-3", "AED-42", "AED-43", "AED-45", "AED-46", "AED-29", "AED-31"}},
	}
	for _, tt := range tests {
		got, err := duty.Exclusions(tt.id)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tt.want, first(extra(got, base))); diff != "" {
			t.Errorf("Exclusions(%v) beyond the base (-want +got):\n%s", tt.id, diff)
		}
	}
}

// TestObligationsRejectUnknownServices checks that an invalid ID is an
// error, not a silently shorter list.
func TestObligationsRejectUnknownServices(t *testing.T) {
	if _, err := duty.Obligations(catalogue.RapidResponse, 0); !errors.Is(err, catalogue.ErrUnknownService) {
		t.Errorf("Obligations(rr, 0) error = %v, want ErrUnknownService", err)
	}
	if _, err := duty.Exclusions(200); !errors.Is(err, catalogue.ErrUnknownService) {
		t.Errorf("Exclusions(200) error = %v, want ErrUnknownService", err)
	}
}

// TestObligationJSON checks the JSON form of an Obligation and its round
// trip.
func TestObligationJSON(t *testing.T) {
	o := duty.ObligationsOf(catalogue.RootCauseAnalysis)[1]
	b, err := json.Marshal(o)
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"service":"root-cause-analysis","condition":"always","text":"Provide log files, network traces and other diagnostic output, working with the Microsoft team","rules":["RCA-3"]}`
	if string(b) != want {
		t.Errorf("json.Marshal = %s\nwant %s", b, want)
	}
	var back duty.Obligation
	if err := json.Unmarshal(b, &back); err != nil || back != o {
		t.Errorf("round trip = %+v, %v; want %+v", back, err, o)
	}
}

// The lists are new slices sized to fit, built in one allocation: appending
// to one never writes into another caller's.
func TestResultsAreNewAndSizedToFit(t *testing.T) {
	for _, ids := range [][]catalogue.ServiceID{nil, {catalogue.AzureEngineeringDirect}, {catalogue.AEDPlatformMonitoring, catalogue.RootCauseAnalysis}} {
		os, err := duty.Obligations(ids...)
		xs, errX := duty.Exclusions(ids...)
		if err != nil || errX != nil || cap(os) != len(os) || cap(xs) != len(xs) {
			t.Errorf("%v: obligations len %d cap %d, exclusions len %d cap %d (%v, %v)", ids, len(os), cap(os), len(xs), cap(xs), err, errX)
		}
		if n := testing.AllocsPerRun(20, func() { _, _ = duty.Obligations(ids...) }); n != 1 {
			t.Errorf("%v: Obligations allocates %v times, want 1", ids, n)
		}
	}
	a, _ := duty.Obligations()
	a[0].Text = "changed"
	if b, _ := duty.Obligations(); b[0].Text == "changed" {
		t.Error("a caller's change reached the list")
	}
}
