package severity

import (
	"fmt"
	"slices"
	"strings"

	"github.com/supportrules/unified/internal/enum"
)

// A Plan is a response plan with its own Appendix A chart: the Standard
// chart of the Base Package's Problem Resolution Support, which every
// customer holds, and the add-ons Unified Enhanced Response, Rapid
// Response and Azure Event Management.
//
// Reactive Enhanced Designated Engineering (REDE) and Azure Engineering
// Direct (AED) are not plans: they do not change response times (REDE-18,
// AED-11); AED follows the Work Order's severity definitions and the
// initial response to Azure incidents comes from Rapid Response engineers
// (AED-12, AED-13), so an AED customer lists [RapidResponse], which AED
// requires.
//
// The zero Plan is not valid. Plans are comparable with ==.
//
// Rules SEV-GEN-1, SEV-GEN-2, PRS-3, PRS-10, REDE-18, AED-11, AED-12, AED-13
// (Appendix A, §2.4 table 11).
type Plan uint8

// The charts of Appendix A, in the document's order.
const (
	_                Plan = iota // zero is deliberately invalid
	Standard                     // Chart 1, the Base Package's reactive support; always held. Rules SEV-STD-1..21.
	EnhancedResponse             // Chart 2, Unified Enhanced Response (UER). Rules SEV-UER-1..15, UER-26.
	RapidResponse                // Chart 3, Rapid Response for Azure components. Rules SEV-RR-1..10, RR-10.
	EventManagement              // Chart 4, Azure Event Management (AEM), during an event. Rules SEV-AEM-1..11, AEM-21.
)

const numPlans = 5

// plans names the plans by their text form; the zero Plan is unnamed. The
// aliases are the spellings a support desk exports.
var plans = func() *enum.Table[Plan] {
	t := enum.New[Plan](ErrInvalidPlan, "response plan", "", "standard", "enhanced-response", "rapid-response", "event-management")
	for _, a := range []struct {
		name string
		p    Plan
	}{
		{"Standard", Standard}, {"STD", Standard}, {"Base Package", Standard}, {"기본 패키지", Standard},
		{"Unified Enhanced Response", EnhancedResponse}, {"UER", EnhancedResponse}, {"Enhanced Response", EnhancedResponse},
		{"통합 고급 대응", EnhancedResponse},
		{"Rapid Response", RapidResponse}, {"Azure Rapid Response", RapidResponse}, {"RR", RapidResponse}, {"ARR", RapidResponse},
		{"신속 대응", RapidResponse}, {"Azure 신속 대응", RapidResponse},
		{"Azure Event Management", EventManagement}, {"Event Management", EventManagement}, {"AEM", EventManagement},
		{"Azure 이벤트 관리", EventManagement},
	} {
		if !strings.EqualFold(a.name, t.String(a.p)) {
			t.Alias(a.name, a.p)
		}
	}
	return t
}()

var planNames = [numPlans]string{
	Standard:         "Standard",
	EnhancedResponse: "Unified Enhanced Response",
	RapidResponse:    "Rapid Response",
	EventManagement:  "Azure Event Management",
}

var planAbbrev = [numPlans]string{
	Standard:         "STD",
	EnhancedResponse: "UER",
	RapidResponse:    "RR",
	EventManagement:  "AEM",
}

// IsValid reports whether p is one of the declared plans.
func (p Plan) IsValid() bool { return plans.IsValid(p) }

// String returns the plan's name in the document, such as "Unified
// Enhanced Response"; "" for the zero Plan. Another invalid Plan prints
// as "response plan(9)".
func (p Plan) String() string {
	if p.IsValid() {
		return planNames[p]
	}
	return plans.String(p)
}

// Abbrev returns the plan's short name: "STD", "UER", "RR" or "AEM"; ""
// for an invalid Plan.
func (p Plan) Abbrev() string {
	if p.IsValid() {
		return planAbbrev[p]
	}
	return ""
}

// ParsePlan returns the Plan named by s, ignoring case and surrounding
// space: its text form ("enhanced-response"), its name ("Unified Enhanced
// Response"), its abbreviation ("UER"), or a spelling a support desk
// exports: "Standard", "STD", "Base Package"; "Unified Enhanced Response",
// "Enhanced Response", "UER"; "Azure Rapid Response", "Rapid Response",
// "RR", "ARR"; "Azure Event Management", "Event Management", "AEM"; and
// the Korean edition's names (기본 패키지, 통합 고급 대응, 신속 대응, Azure 이벤트 관리).
// It returns an error wrapping [ErrInvalidPlan] that lists the accepted
// names otherwise, including for the empty string.
//
// Rules SEV-GEN-1, SEV-GEN-2 (Appendix A).
func ParsePlan(s string) (Plan, error) {
	if strings.TrimSpace(s) == "" {
		return 0, fmt.Errorf("%w: empty text is not a response plan (want %s)", ErrInvalidPlan, acceptedPlans)
	}
	p, err := plans.Parse(s)
	if err != nil {
		return 0, fmt.Errorf("%w: %q is not a response plan (want %s)", ErrInvalidPlan, clip(s), acceptedPlans)
	}
	return p, nil
}

const acceptedPlans = `Standard (STD), Unified Enhanced Response (UER), Azure Rapid Response (Rapid Response, RR), ` +
	`Azure Event Management (AEM), or their text forms standard, enhanced-response, rapid-response, event-management`

// maxPlanList bounds the text [ParsePlans] reads, so that hostile input
// costs little.
const maxPlanList = 1024

// ParsePlans reads a list of plans, as a support desk exports the plans a
// customer holds: names accepted by [ParsePlan] separated by commas,
// semicolons, "|", "+", "/" or new lines, such as "UER, Azure Rapid
// Response" or "STD + UER + RR". Duplicates are dropped; the order is
// kept. Empty text (or only separators) is the empty list: Standard alone.
// It returns an error wrapping [ErrInvalidPlan] naming the entry that is
// not a plan, and for text longer than 1024 bytes.
//
// Rules SEV-GEN-1, SEV-GEN-2, D-SEV-3 (Appendix A).
func ParsePlans(s string) ([]Plan, error) {
	if len(s) > maxPlanList {
		return nil, fmt.Errorf("%w: a list of %d bytes is longer than %d", ErrInvalidPlan, len(s), maxPlanList)
	}
	var out []Plan
	for f := range strings.FieldsFuncSeq(s, func(r rune) bool {
		return r == ',' || r == ';' || r == '|' || r == '+' || r == '/' || r == '\n' || r == '\r'
	}) {
		if strings.TrimSpace(f) == "" {
			continue
		}
		p, err := ParsePlan(strings.TrimSpace(f))
		if err != nil {
			return nil, err
		}
		if !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out, nil
}

// AppendText implements [encoding.TextAppender]. The zero Plan appends
// nothing; another invalid Plan is an error wrapping [ErrInvalidPlan].
func (p Plan) AppendText(b []byte) ([]byte, error) { return plans.AppendText(b, p) }

// MarshalText implements [encoding.TextMarshaler]: "standard",
// "enhanced-response", "rapid-response" or "event-management"; empty text
// for the zero Plan.
func (p Plan) MarshalText() ([]byte, error) { return plans.AppendText(nil, p) }

// UnmarshalText implements [encoding.TextUnmarshaler]. Empty text gives the
// zero Plan, so that it round-trips; other text is read as by
// [ParsePlan]. On error *p is left unchanged.
func (p *Plan) UnmarshalText(b []byte) error { return plans.UnmarshalText(p, b) }

// A ProductClass names the product column of a chart row: Azure
// components, all other products and services, or a row that does not
// split products.
//
// The zero ProductClass is not valid.
//
// Rules SEV-STD-2, SEV-STD-3, SEV-UER-2, SEV-UER-3 (Appendix A).
type ProductClass uint8

// Product columns of the charts.
const (
	_               ProductClass = iota
	AzureComponents              // "Azure 구성 요소": the Azure column, or a chart that covers Azure only
	OtherProducts                // "기타 모든 제품 및 서비스": every other product, including excluded Azure products
	AnyProduct                   // a row that gives one time for every product
)

var classes = enum.New[ProductClass](ErrInvalidValue, "product class", "", "azure-components", "other-products", "any-product")

// IsValid reports whether c is one of the declared classes.
func (c ProductClass) IsValid() bool { return classes.IsValid(c) }

// String returns c's text form, such as "azure-components"; "" for the
// zero ProductClass.
func (c ProductClass) String() string { return classes.String(c) }

// AppendText implements [encoding.TextAppender]. The zero ProductClass
// appends nothing; another invalid one is an error wrapping
// [ErrInvalidValue].
func (c ProductClass) AppendText(b []byte) ([]byte, error) { return classes.AppendText(b, c) }

// MarshalText implements [encoding.TextMarshaler]; the zero ProductClass
// is empty text.
func (c ProductClass) MarshalText() ([]byte, error) { return classes.AppendText([]byte{}, c) }

// UnmarshalText implements [encoding.TextUnmarshaler], ignoring case;
// empty text gives the zero ProductClass.
func (c *ProductClass) UnmarshalText(b []byte) error { return classes.UnmarshalText(c, b) }
