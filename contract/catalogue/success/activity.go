package success

import (
	"iter"

	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/rule"
	"github.com/supportrules/unified/internal/enum"
)

// An Axis is one of the three axes of Success Management in Appendix B. The
// zero Axis means "not set": it is not valid, its text is empty, and empty
// text decodes to it. Axes are comparable.
//
// Rules SMB-4, SMB-5, SMB-6 (Appendix B).
type Axis uint8

// The axes of Appendix B, in document order.
const (
	AxisSolutionHealth       Axis = iota + 1 // 솔루션 상태. Rule SMB-4.
	AxisAdoptionPlanning                     // 채택 및 계획. Rule SMB-5.
	AxisExecutivePartnership                 // 경영진 파트너십. Rule SMB-6.
)

var axes = enum.New[Axis](catalogue.ErrInvalidEnum, "success management axis",
	"", "solution-health", "adoption-and-planning", "executive-partnership")

var axisInfo = [...]struct {
	english, korean string
	rule            rule.ID
}{
	{},
	{"Solution health", "솔루션 상태", "SMB-4"},
	{"Adoption and planning", "채택 및 계획", "SMB-5"},
	{"Executive partnership", "경영진 파트너십", "SMB-6"},
}

// ParseAxis returns the Axis named s, ignoring case and surrounding space,
// or an error wrapping [catalogue.ErrInvalidEnum]. Empty text gives the zero
// Axis.
func ParseAxis(s string) (Axis, error) { return axes.Parse(s) }

// IsValid reports whether a is one of the declared axes.
func (a Axis) IsValid() bool { return axes.IsValid(a) }

// String returns a's name, such as "solution-health"; "" for the zero Axis
// and a diagnostic such as "success management axis(9)" for other invalid
// values.
func (a Axis) String() string { return axes.String(a) }

// AppendText implements [encoding.TextAppender] with a's name.
func (a Axis) AppendText(b []byte) ([]byte, error) { return axes.AppendText(b, a) }

// MarshalText implements [encoding.TextMarshaler]; the zero Axis encodes as
// empty text and an undeclared value is an error.
func (a Axis) MarshalText() ([]byte, error) { return axes.AppendText(nil, a) }

// UnmarshalText implements [encoding.TextUnmarshaler], as [ParseAxis] reads.
func (a *Axis) UnmarshalText(b []byte) error { return axes.UnmarshalText(a, b) }

func (a Axis) index() int {
	if a.IsValid() {
		return int(a)
	}
	return 0
}

// EnglishName returns a's English name, such as "Solution health", or ""
// when a is not valid.
func (a Axis) EnglishName() string { return axisInfo[a.index()].english }

// KoreanName returns a's name in the seed, such as "솔루션 상태", or "" when
// a is not valid.
func (a Axis) KoreanName() string { return axisInfo[a.index()].korean }

// Rule returns the rule that lists a's activities, or "" when a is not
// valid.
//
// Rules SMB-4, SMB-5, SMB-6.
func (a Axis) Rule() rule.ID { return axisInfo[a.index()].rule }

// An Activity is one Success Management activity of Appendix B, delivered
// with the included Success Management services ([catalogue.SuccessManagement];
// SM-1, SMB-1) digitally or by a CSAM (SMB-2), remotely or onsite (SMB-3).
// The zero Activity means "not set": it is not valid, its text is empty, and
// empty text decodes to it. Activities are comparable.
//
// Rules SMB-1, SMB-2, SMB-3, SMB-4, SMB-5, SMB-6, SMB-7 (Appendix B).
type Activity uint8

// The activities of Appendix B, in document order.
const (
	ActivityCustomerHealthProgram     Activity = iota + 1 // 고객 상태 프로그램 관리. Rule SMB-4.
	ActivityProblemManagement                             // 문제 관리. Rule SMB-4.
	ActivityProactiveResiliency                           // 선제적 복원력. Rule SMB-4.
	ActivityProactiveSecurity                             // 사전 예방적 보안. Rule SMB-4.
	ActivityDisasterReadiness                             // 재해 대비. Rule SMB-4.
	ActivitySuccessProgram                                // 성공 프로그램 관리. Rule SMB-5.
	ActivityTechnologyOptimization                        // 기술 최적화. Rule SMB-5.
	ActivityTechnologySecurityUpdates                     // 기술 및 보안 업데이트. Rule SMB-5.
	ActivityLifecycleManagement                           // 수명 주기 관리 서비스. Rule SMB-5.
	ActivityCustomerRelationship                          // 고객 관계 관리. Rule SMB-6.
)

var activities = enum.New[Activity](catalogue.ErrInvalidEnum, "success management activity", "",
	"customer-health-program-management", "problem-management", "proactive-resiliency",
	"proactive-security", "disaster-readiness", "success-program-management",
	"technology-optimization", "technology-and-security-updates", "lifecycle-management-services",
	"customer-relationship-management")

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
		for a := ActivityCustomerHealthProgram; a.IsValid(); a++ {
			if !yield(a) {
				return
			}
		}
	}
}

// ParseActivity returns the Activity named s, such as "problem-management",
// ignoring case and surrounding space, or an error wrapping
// [catalogue.ErrInvalidEnum]. Empty text gives the zero Activity.
func ParseActivity(s string) (Activity, error) { return activities.Parse(s) }

// IsValid reports whether a is one of the declared activities.
func (a Activity) IsValid() bool { return activities.IsValid(a) }

// String returns a's name, such as "problem-management"; "" for the zero
// Activity and a diagnostic such as "success management activity(99)" for
// other invalid values.
func (a Activity) String() string { return activities.String(a) }

// AppendText implements [encoding.TextAppender] with a's name.
func (a Activity) AppendText(b []byte) ([]byte, error) { return activities.AppendText(b, a) }

// MarshalText implements [encoding.TextMarshaler]; the zero Activity encodes
// as empty text and an undeclared value is an error.
func (a Activity) MarshalText() ([]byte, error) { return activities.AppendText(nil, a) }

// UnmarshalText implements [encoding.TextUnmarshaler], as [ParseActivity]
// reads.
func (a *Activity) UnmarshalText(b []byte) error { return activities.UnmarshalText(a, b) }

func (a Activity) index() int {
	if a.IsValid() {
		return int(a)
	}
	return 0
}

// EnglishName returns a's English name, such as "Problem management", or ""
// when a is not valid.
func (a Activity) EnglishName() string { return activityInfo[a.index()].english }

// KoreanName returns a's name in the seed, such as "문제 관리", or "" when a
// is not valid.
func (a Activity) KoreanName() string { return activityInfo[a.index()].korean }

// Axis returns the axis a belongs to, or the zero Axis when a is not valid.
//
// Rules SMB-4, SMB-5, SMB-6.
func (a Activity) Axis() Axis { return activityInfo[a.index()].axis }

// Rules returns the rules behind a: its axis's rule, SM-4, which points from
// table 10 to Appendix B, and SMB-1, by which the included Success
// Management services ([catalogue.SuccessManagement]) deliver it. The zero
// Activity has none.
//
// Rules SM-4, SMB-1.
func (a Activity) Rules() rule.Set {
	if !a.IsValid() {
		return rule.Set{}
	}
	return rule.Cite(a.Axis().Rule(), "SM-4", "SMB-1")
}
