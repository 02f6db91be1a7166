package catalogue

import (
	"github.com/supportrules/unified/contract/rule"
	"github.com/supportrules/unified/internal/enum"
)

// A Category is the group of the service description a service belongs to:
// the heading of one of tables 2–11 (§2.3, §2.4). The zero Category is not
// valid. Categories are comparable; their text form is a lower-case name such
// as "additional-proactive".
//
// The zero Category means "not set": it is not valid, its text is empty,
// and empty text decodes to it, so it round-trips.
//
// Rules SVC-1, CAT-1, CAT-2, CAT-3, CAT-4, CAT-5, CAT-6, CAT-7, CAT-8, CAT-9, CAT-10 (§2.3, §2.4).
type Category uint8

// The categories, in document order.
const (
	CategoryPlanning            Category = iota + 1 // 계획 수립 서비스, table 2. Rule CAT-1.
	CategoryImplementation                          // 실행 서비스, table 3. Rule CAT-2.
	CategoryMaintenance                             // 유지관리 서비스, table 4. Rule CAT-3.
	CategoryOptimization                            // 최적화 서비스, table 5. Rule CAT-4.
	CategoryEducation                               // 교육 서비스, table 6. Rule CAT-5.
	CategoryAdditionalProactive                     // 추가적인 대비 서비스, table 7. Rule CAT-6.
	CategoryOtherProactive                          // 기타 대비 서비스, table 8. Rule CAT-7.
	CategoryReactive                                // 대응 서비스, table 9. Rule CAT-8.
	CategorySuccessManagement                       // 성공 관리 서비스, table 10. Rule CAT-9.
	CategoryEnhancedSolution                        // 향상된 솔루션, table 11. Rule CAT-10.
)

// categories names the values; the zero Category is unnamed ("not set").
var categories = enum.New[Category](ErrInvalidEnum, "category", "",
	"planning", "implementation", "maintenance", "optimization", "education",
	"additional-proactive", "other-proactive", "reactive", "success-management", "enhanced-solution")

// ParseCategory returns the Category named s, ignoring case and surrounding space, or
// an error wrapping [ErrInvalidEnum]. Empty text gives the zero Category.
func ParseCategory(s string) (Category, error) { return categories.Parse(s) }

// IsValid reports whether c is one of the declared values.
func (c Category) IsValid() bool { return categories.IsValid(c) }

// String returns c's name; "" for the zero Category, and a
// diagnostic such as "category(99)" for other undeclared values.
func (c Category) String() string { return categories.String(c) }

// AppendText implements [encoding.TextAppender] with c's name; an
// undeclared value is an error.
func (c Category) AppendText(b []byte) ([]byte, error) { return categories.AppendText(b, c) }

// MarshalText implements [encoding.TextMarshaler], as AppendText.
func (c Category) MarshalText() ([]byte, error) { return categories.AppendText(nil, c) }

// UnmarshalText implements [encoding.TextUnmarshaler], as [ParseCategory] reads.
func (c *Category) UnmarshalText(b []byte) error { return categories.UnmarshalText(c, b) }

var categoryInfo = [...]struct {
	english, korean string
	table           uint8
	kind            Kind
	rule            rule.ID
}{
	{},
	{"Planning services", "계획 수립 서비스", 2, KindProactive, "CAT-1"},
	{"Implementation services", "실행 서비스", 3, KindProactive, "CAT-2"},
	{"Maintenance services", "유지관리 서비스", 4, KindProactive, "CAT-3"},
	{"Optimization services", "최적화 서비스", 5, KindProactive, "CAT-4"},
	{"Education services", "교육 서비스", 6, KindProactive, "CAT-5"},
	{"Additional proactive services", "추가적인 대비 서비스", 7, KindProactive, "CAT-6"},
	{"Other proactive services", "기타 대비 서비스", 8, KindProactive, "CAT-7"},
	{"Reactive services", "대응 서비스", 9, KindReactive, "CAT-8"},
	{"Success Management services", "성공 관리 서비스", 10, KindSuccessManagement, "CAT-9"},
	{"Enhanced Solutions", "향상된 솔루션", 11, KindEnhancedSolution, "CAT-10"},
}

// EnglishName returns the English heading of c's table, such as "Planning
// services", or "" when c is not valid.
func (c Category) EnglishName() string { return categoryInfo[c.index()].english }

// KoreanName returns the seed's heading of c's table, such as "계획 수립 서비스",
// or "" when c is not valid.
func (c Category) KoreanName() string { return categoryInfo[c.index()].korean }

// Table returns the number of the table of §2.3 or §2.4 that lists c's
// services (2 to 11), or 0 when c is not valid.
func (c Category) Table() int { return int(categoryInfo[c.index()].table) }

// Kind returns the kind of support service c belongs to (SVC-1, BUY-4), or
// the zero Kind when c is not valid.
//
// Rules SVC-1, BUY-3, BUY-4.
func (c Category) Kind() Kind { return categoryInfo[c.index()].kind }

// Rule returns the rule that defines c, such as "CAT-1", or "" when c is not
// valid.
func (c Category) Rule() rule.ID { return categoryInfo[c.index()].rule }

func (c Category) index() int {
	if c.IsValid() {
		return int(c)
	}
	return 0
}

// A Kind is one of the kinds of support service of §2 (SVC-1): proactive
// (대비 서비스), reactive (대응 서비스) and Success Management, plus the Enhanced
// Solutions that §2.1 sells beside them (BUY-4). The zero Kind is not valid.
//
// The zero Kind means "not set": it is not valid, its text is empty,
// and empty text decodes to it, so it round-trips.
//
// Rules SVC-1, BUY-3, BUY-4 (§2, §2.1).
type Kind uint8

// The kinds of support service.
const (
	KindProactive         Kind = iota + 1 // tables 2–8: improve the health of IT and operations. Rule SVC-1.
	KindReactive                          // table 9: problem resolution, 24x7. rule.Set SVC-1, SVC-2.
	KindSuccessManagement                 // table 10: planning and execution support. Rule SVC-1.
	KindEnhancedSolution                  // table 11: in-depth add-ons. Rule BUY-4.
)

// kinds names the values; the zero Kind is unnamed ("not set").
var kinds = enum.New[Kind](ErrInvalidEnum, "kind of service", "", "proactive", "reactive", "success-management", "enhanced-solution")

// ParseKind returns the Kind named s, ignoring case and surrounding space, or
// an error wrapping [ErrInvalidEnum]. Empty text gives the zero Kind.
func ParseKind(s string) (Kind, error) { return kinds.Parse(s) }

// IsValid reports whether k is one of the declared values.
func (k Kind) IsValid() bool { return kinds.IsValid(k) }

// String returns k's name; "" for the zero Kind, and a
// diagnostic such as "kind of service(99)" for other undeclared values.
func (k Kind) String() string { return kinds.String(k) }

// AppendText implements [encoding.TextAppender] with k's name; an
// undeclared value is an error.
func (k Kind) AppendText(b []byte) ([]byte, error) { return kinds.AppendText(b, k) }

// MarshalText implements [encoding.TextMarshaler], as AppendText.
func (k Kind) MarshalText() ([]byte, error) { return kinds.AppendText(nil, k) }

// UnmarshalText implements [encoding.TextUnmarshaler], as [ParseKind] reads.
func (k *Kind) UnmarshalText(b []byte) error { return kinds.UnmarshalText(k, b) }
