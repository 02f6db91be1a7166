package catalogue_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/rule"
)

// Rules SMB-1, SMB-2, SMB-3, SMB-4, SMB-5, SMB-6, SMB-7 (Appendix B): the
// ten Success Management activities on three axes, delivered by the
// included Success Management service.
func TestSuccessManagementActivities(t *testing.T) {
	type row struct {
		English, Korean string
		Axis            catalogue.Axis
		Rules           string
	}
	want := []row{
		{"Customer health program management", "고객 상태 프로그램 관리", catalogue.AxisSolutionHealth, "SMB-4, SM-4"},
		{"Problem management", "문제 관리", catalogue.AxisSolutionHealth, "SMB-4, SM-4"},
		{"Proactive resiliency", "선제적 복원력", catalogue.AxisSolutionHealth, "SMB-4, SM-4"},
		{"Proactive security", "사전 예방적 보안", catalogue.AxisSolutionHealth, "SMB-4, SM-4"},
		{"Disaster readiness", "재해 대비", catalogue.AxisSolutionHealth, "SMB-4, SM-4"},
		{"Success program management", "성공 프로그램 관리", catalogue.AxisAdoptionPlanning, "SMB-5, SM-4"},
		{"Technology optimization", "기술 최적화", catalogue.AxisAdoptionPlanning, "SMB-5, SM-4"},
		{"Technology and security updates", "기술 및 보안 업데이트", catalogue.AxisAdoptionPlanning, "SMB-5, SM-4"},
		{"Lifecycle management services", "수명 주기 관리 서비스", catalogue.AxisAdoptionPlanning, "SMB-5, SM-4"},
		{"Customer relationship management", "고객 관계 관리", catalogue.AxisExecutivePartnership, "SMB-6, SM-4"},
	}
	var got []row
	for a := range catalogue.Activities() {
		if a.Service() != catalogue.SuccessManagement {
			t.Errorf("%v.Service() = %v, want success-management (SMB-1)", a, a.Service())
		}
		got = append(got, row{a.EnglishName(), a.KoreanName(), a.Axis(), a.Rules().String()})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Activities() (-want +got):\n%s", diff)
	}
	axes := []struct {
		a      catalogue.Axis
		korean string
	}{
		{catalogue.AxisSolutionHealth, "솔루션 상태"},
		{catalogue.AxisAdoptionPlanning, "채택 및 계획"},
		{catalogue.AxisExecutivePartnership, "경영진 파트너십"},
	}
	for _, tt := range axes {
		if tt.a.KoreanName() != tt.korean || tt.a.EnglishName() == "" {
			t.Errorf("%v: %q, %q", tt.a, tt.a.EnglishName(), tt.a.KoreanName())
		}
	}
	// SMB-2, SMB-3: delivered digitally or by a CSAM, remotely or onsite.
	sm, _ := catalogue.Lookup(catalogue.SuccessManagement)
	for _, id := range []rule.ID{"SMB-1", "SMB-2", "SMB-3", "SMB-4", "SMB-5", "SMB-6"} {
		if !sm.Cites(id) {
			t.Errorf("Success Management does not cite %s", id)
		}
	}
	var zero catalogue.Activity
	if zero.Service() != 0 || zero.Rules().Len() != 0 || zero.Axis() != 0 {
		t.Error("the zero Activity has a service, rules or an axis")
	}
}
