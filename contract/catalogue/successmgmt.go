package catalogue

import (
	"iter"

	"github.com/supportrules/unified/contract/rule"
)

// An Axis is one of the three axes of Success Management in Appendix B. The
// zero Axis is not valid. Axes are comparable.
//
// Rules SMB-4, SMB-5, SMB-6 (Appendix B).
type Axis uint8

// The axes of Appendix B, in document order.
const (
	_                        Axis = iota // zero is deliberately invalid
	AxisSolutionHealth                   // 솔루션 상태. Rule SMB-4.
	AxisAdoptionPlanning                 // 채택 및 계획. Rule SMB-5.
	AxisExecutivePartnership             // 경영진 파트너십. Rule SMB-6.
)

var axisNames = [...]string{"", "solution-health", "adoption-and-planning", "executive-partnership"}

var axisInfo = [...]struct {
	english, korean string
	rule            rule.ID
}{
	{},
	{"Solution health", "솔루션 상태", "SMB-4"},
	{"Adoption and planning", "채택 및 계획", "SMB-5"},
	{"Executive partnership", "경영진 파트너십", "SMB-6"},
}

// ParseAxis returns the Axis named s, or an error wrapping [ErrInvalidEnum].
func ParseAxis(s string) (Axis, error) {
	v, err := enumParse(axisNames[:], s, "axis")
	return Axis(v), err
}

// IsValid reports whether a is one of the declared axes.
func (a Axis) IsValid() bool { return a > 0 && int(a) < len(axisNames) }

// String returns a's name, or a diagnostic such as "contract.Axis(9)".
func (a Axis) String() string { return enumString(axisNames[:], uint8(a), "Axis") }

func (a Axis) index() int {
	if a.IsValid() {
		return int(a)
	}
	return 0
}

// EnglishName returns a's English name, such as "Solution health".
func (a Axis) EnglishName() string { return axisInfo[a.index()].english }

// KoreanName returns a's name in the seed, such as "솔루션 상태".
func (a Axis) KoreanName() string { return axisInfo[a.index()].korean }

// Rule returns the rule that lists a's activities.
func (a Axis) Rule() rule.ID { return axisInfo[a.index()].rule }

// MarshalText implements [encoding.TextMarshaler]; the zero Axis encodes as
// empty text.
func (a Axis) MarshalText() ([]byte, error) { return enumMarshal(axisNames[:], uint8(a), "axis") }

// UnmarshalText implements [encoding.TextUnmarshaler]; empty text gives the
// zero Axis.
func (a *Axis) UnmarshalText(b []byte) error {
	v, err := enumUnmarshal(axisNames[:], b, "axis")
	if err != nil {
		return err
	}
	*a = Axis(v)
	return nil
}

// An Activity is one Success Management activity of Appendix B, delivered
// with the included Success Management services (SM-1, SMB-1) digitally or by
// a CSAM (SMB-2), remotely or onsite (SMB-3). The zero Activity is not
// valid. Activities are comparable.
//
// Appendix B ends with a stray table header (SMB-7, AMB-29): an outcomes
// column seems lost, so activities carry names only.
//
// Rules SMB-1, SMB-2, SMB-3, SMB-4, SMB-5, SMB-6, SMB-7 (Appendix B).
type Activity uint8

// The activities of Appendix B, in document order.
const (
	_                                 Activity = iota // zero is deliberately invalid
	ActivityCustomerHealthProgram                     // 고객 상태 프로그램 관리. Rule SMB-4.
	ActivityProblemManagement                         // 문제 관리. Rule SMB-4.
	ActivityProactiveResiliency                       // 선제적 복원력. Rule SMB-4.
	ActivityProactiveSecurity                         // 사전 예방적 보안. Rule SMB-4.
	ActivityDisasterReadiness                         // 재해 대비. Rule SMB-4.
	ActivitySuccessProgram                            // 성공 프로그램 관리. Rule SMB-5.
	ActivityTechnologyOptimization                    // 기술 최적화. Rule SMB-5.
	ActivityTechnologySecurityUpdates                 // 기술 및 보안 업데이트. Rule SMB-5.
	ActivityLifecycleManagement                       // 수명 주기 관리 서비스. Rule SMB-5.
	ActivityCustomerRelationship                      // 고객 관계 관리. Rule SMB-6.
)

var activityNames = [...]string{"",
	"customer-health-program-management", "problem-management", "proactive-resiliency",
	"proactive-security", "disaster-readiness", "success-program-management",
	"technology-optimization", "technology-and-security-updates", "lifecycle-management-services",
	"customer-relationship-management"}

var activityInfo = [...]struct {
	english, korean string
	axis            Axis
}{
	{},
	{"Customer health program management", "고객 상태 프로그램 관리", AxisSolutionHealth},
	{"Problem management", "문제 관리", AxisSolutionHealth},
	{"Proactive resiliency", "선제적 복원력", AxisSolutionHealth},
	{"Proactive security", "사전 예방적 보안", AxisSolutionHealth},
	{"Disaster readiness", "재해 대비", AxisSolutionHealth},
	{"Success program management", "성공 프로그램 관리", AxisAdoptionPlanning},
	{"Technology optimization", "기술 최적화", AxisAdoptionPlanning},
	{"Technology and security updates", "기술 및 보안 업데이트", AxisAdoptionPlanning},
	{"Lifecycle management services", "수명 주기 관리 서비스", AxisAdoptionPlanning},
	{"Customer relationship management", "고객 관계 관리", AxisExecutivePartnership},
}

// Activities returns an iterator over the activities of Appendix B, in
// document order.
//
// Rules SMB-4, SMB-5, SMB-6.
func Activities() iter.Seq[Activity] {
	return func(yield func(Activity) bool) {
		for a := Activity(1); int(a) < len(activityNames); a++ {
			if !yield(a) {
				return
			}
		}
	}
}

// ParseActivity returns the Activity named s, such as "problem-management",
// or an error wrapping [ErrInvalidEnum].
func ParseActivity(s string) (Activity, error) {
	v, err := enumParse(activityNames[:], s, "activity")
	return Activity(v), err
}

// IsValid reports whether a is one of the declared activities.
func (a Activity) IsValid() bool { return a > 0 && int(a) < len(activityNames) }

// String returns a's name, or a diagnostic such as "contract.Activity(99)".
func (a Activity) String() string { return enumString(activityNames[:], uint8(a), "Activity") }

func (a Activity) index() int {
	if a.IsValid() {
		return int(a)
	}
	return 0
}

// EnglishName returns a's English name, such as "Problem management".
func (a Activity) EnglishName() string { return activityInfo[a.index()].english }

// KoreanName returns a's name in the seed, such as "문제 관리".
func (a Activity) KoreanName() string { return activityInfo[a.index()].korean }

// Axis returns the axis a belongs to.
//
// Rules SMB-4, SMB-5, SMB-6.
func (a Activity) Axis() Axis { return activityInfo[a.index()].axis }

// Service returns the catalogue service that delivers a: Success Management.
//
// Rules SM-4, SMB-1.
func (a Activity) Service() ServiceID {
	if !a.IsValid() {
		return 0
	}
	return SuccessManagement
}

// Rules returns the rules behind a: its axis's rule and SM-4, which points
// to Appendix B.
func (a Activity) Rules() rule.Set {
	if !a.IsValid() {
		return rule.Set{}
	}
	return rule.Cite(a.Axis().Rule(), "SM-4")
}

// MarshalText implements [encoding.TextMarshaler]; the zero Activity encodes
// as empty text.
func (a Activity) MarshalText() ([]byte, error) {
	return enumMarshal(activityNames[:], uint8(a), "activity")
}

// UnmarshalText implements [encoding.TextUnmarshaler]; empty text gives the
// zero Activity.
func (a *Activity) UnmarshalText(b []byte) error {
	v, err := enumUnmarshal(activityNames[:], b, "activity")
	if err != nil {
		return err
	}
	*a = Activity(v)
	return nil
}
