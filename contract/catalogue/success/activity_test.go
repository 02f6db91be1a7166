package success_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/catalogue/success"
)

// Rules SMB-1, SMB-4, SMB-5, SMB-6, SM-4 (Appendix B): the ten Success
// Management activities on three axes, in document order, each citing its
// axis's rule.
func TestActivitiesOnTheirAxes_SMB4_SMB5_SMB6(t *testing.T) {
	type row struct {
		Slug, English, Korean string
		Axis                  success.Axis
		Rules                 string
	}
	want := []row{
		{"customer-health-program-management", "Customer health program management", "고객 상태 프로그램 관리", success.AxisSolutionHealth, "SMB-4, SM-4, SMB-1"},
		{"problem-management", "Problem management", "문제 관리", success.AxisSolutionHealth, "SMB-4, SM-4, SMB-1"},
		{"proactive-resiliency", "Proactive resiliency", "선제적 복원력", success.AxisSolutionHealth, "SMB-4, SM-4, SMB-1"},
		{"proactive-security", "Proactive security", "사전 예방적 보안", success.AxisSolutionHealth, "SMB-4, SM-4, SMB-1"},
		{"disaster-readiness", "Disaster readiness", "재해 대비", success.AxisSolutionHealth, "SMB-4, SM-4, SMB-1"},
		{"success-program-management", "Success program management", "성공 프로그램 관리", success.AxisAdoptionPlanning, "SMB-5, SM-4, SMB-1"},
		{"technology-optimization", "Technology optimization", "기술 최적화", success.AxisAdoptionPlanning, "SMB-5, SM-4, SMB-1"},
		{"technology-and-security-updates", "Technology and security updates", "기술 및 보안 업데이트", success.AxisAdoptionPlanning, "SMB-5, SM-4, SMB-1"},
		{"lifecycle-management-services", "Lifecycle management services", "수명 주기 관리 서비스", success.AxisAdoptionPlanning, "SMB-5, SM-4, SMB-1"},
		{"customer-relationship-management", "Customer relationship management", "고객 관계 관리", success.AxisExecutivePartnership, "SMB-6, SM-4, SMB-1"},
	}
	var got []row
	for a := range success.Activities() {
		got = append(got, row{a.String(), a.EnglishName(), a.KoreanName(), a.Axis(), a.Rules().String()})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Activities() (-want +got):\n%s", diff)
	}
}

// Rules SMB-4, SMB-5, SMB-6: each axis's names and rule; the zero and an
// undeclared axis have none.
func TestAxes_SMB4_SMB5_SMB6(t *testing.T) {
	tests := []struct {
		a                     success.Axis
		slug, english, korean string
		rule                  string
	}{
		{success.AxisSolutionHealth, "solution-health", "Solution health", "솔루션 상태", "SMB-4"},
		{success.AxisAdoptionPlanning, "adoption-and-planning", "Adoption and planning", "채택 및 계획", "SMB-5"},
		{success.AxisExecutivePartnership, "executive-partnership", "Executive partnership", "경영진 파트너십", "SMB-6"},
		{0, "", "", "", ""},
		{4, "success management axis(4)", "", "", ""},
	}
	for _, tt := range tests {
		if tt.a.String() != tt.slug || tt.a.EnglishName() != tt.english || tt.a.KoreanName() != tt.korean || string(tt.a.Rule()) != tt.rule {
			t.Errorf("Axis(%d) = %q, %q, %q, %q; want %q, %q, %q, %q", uint8(tt.a), tt.a, tt.a.EnglishName(), tt.a.KoreanName(), tt.a.Rule(),
				tt.slug, tt.english, tt.korean, tt.rule)
		}
	}
}

// The zero Activity and an undeclared one have no names, axis or rules.
func TestInvalidActivityHasNothing(t *testing.T) {
	for _, a := range []success.Activity{0, 11, 255} {
		if a.IsValid() || a.EnglishName() != "" || a.KoreanName() != "" || a.Axis() != 0 || a.Rules().Len() != 0 {
			t.Errorf("Activity(%d): valid %v, %q, %q, axis %v, rules %v", uint8(a), a.IsValid(), a.EnglishName(), a.KoreanName(), a.Axis(), a.Rules())
		}
	}
	if !success.ActivityCustomerRelationship.IsValid() || !success.ActivityCustomerHealthProgram.IsValid() {
		t.Error("the first or last activity is not valid")
	}
}

// Parsing is case-insensitive; empty text is the zero value; anything else
// is an error wrapping catalogue.ErrInvalidEnum.
func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want success.Activity
		err  bool
	}{
		{"problem-management", success.ActivityProblemManagement, false},
		{" Problem-Management ", success.ActivityProblemManagement, false},
		{"CUSTOMER-RELATIONSHIP-MANAGEMENT", success.ActivityCustomerRelationship, false},
		{"", 0, false},
		{"problem management", 0, true},
		{"solution-health", 0, true},
	}
	for _, tt := range tests {
		got, err := success.ParseActivity(tt.in)
		if got != tt.want || (err != nil) != tt.err || (err != nil && !errors.Is(err, catalogue.ErrInvalidEnum)) {
			t.Errorf("ParseActivity(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.err)
		}
	}
	if a, err := success.ParseAxis("Executive-Partnership"); err != nil || a != success.AxisExecutivePartnership {
		t.Errorf("ParseAxis = %v, %v", a, err)
	}
	if _, err := success.ParseAxis("problem-management"); !errors.Is(err, catalogue.ErrInvalidEnum) {
		t.Errorf("ParseAxis(an activity) error = %v", err)
	}
}

// Iteration stops when the caller stops.
func TestActivitiesStopsEarly(t *testing.T) {
	n := 0
	for range success.Activities() {
		n++
		if n == 3 {
			break
		}
	}
	if n != 3 {
		t.Errorf("n = %d", n)
	}
}
