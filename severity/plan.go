package severity

import (
	"fmt"
	"strings"
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

var planText = [numPlans]string{
	Standard:         "standard",
	EnhancedResponse: "enhanced-response",
	RapidResponse:    "rapid-response",
	EventManagement:  "event-management",
}

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
func (p Plan) IsValid() bool { return Standard <= p && p <= EventManagement }

// String returns the plan's name in the document, such as "Unified
// Enhanced Response". An invalid Plan prints as "severity.Plan(9)".
func (p Plan) String() string {
	if p.IsValid() {
		return planNames[p]
	}
	return fmt.Sprintf("severity.Plan(%d)", uint8(p))
}

// Abbrev returns the plan's short name: "STD", "UER", "RR" or "AEM"; ""
// for an invalid Plan.
func (p Plan) Abbrev() string {
	if p.IsValid() {
		return planAbbrev[p]
	}
	return ""
}

// ParsePlan returns the Plan named by s, ignoring case: its text form
// ("enhanced-response"), its name ("Unified Enhanced Response") or its
// abbreviation ("UER"). It returns an error wrapping [ErrInvalidPlan]
// otherwise.
func ParsePlan(s string) (Plan, error) {
	for p := Standard; p <= EventManagement; p++ {
		if strings.EqualFold(s, planText[p]) || strings.EqualFold(s, planNames[p]) || strings.EqualFold(s, planAbbrev[p]) {
			return p, nil
		}
	}
	return 0, fmt.Errorf("%w: %q", ErrInvalidPlan, s)
}

// AppendText implements [encoding.TextAppender]. The zero Plan appends
// nothing; another invalid Plan is an error wrapping [ErrInvalidPlan].
func (p Plan) AppendText(b []byte) ([]byte, error) {
	switch {
	case p == 0:
		return b, nil
	case !p.IsValid():
		return b, fmt.Errorf("%w: %d", ErrInvalidPlan, uint8(p))
	}
	return append(b, planText[p]...), nil
}

// MarshalText implements [encoding.TextMarshaler]: "standard",
// "enhanced-response", "rapid-response" or "event-management"; empty text
// for the zero Plan.
func (p Plan) MarshalText() ([]byte, error) { return p.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler]. Empty text gives the
// zero Plan; other text is read by [ParsePlan].
func (p *Plan) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*p = 0
		return nil
	}
	v, err := ParsePlan(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

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

var classText = [...]string{AzureComponents: "azure-components", OtherProducts: "other-products", AnyProduct: "any-product"}

// IsValid reports whether c is one of the declared classes.
func (c ProductClass) IsValid() bool { return AzureComponents <= c && c <= AnyProduct }

// String returns c's text form, such as "azure-components".
func (c ProductClass) String() string {
	if c.IsValid() {
		return classText[c]
	}
	return fmt.Sprintf("severity.ProductClass(%d)", uint8(c))
}

// AppendText implements [encoding.TextAppender]. The zero ProductClass
// appends nothing; another invalid one is an error wrapping
// [ErrInvalidValue].
func (c ProductClass) AppendText(b []byte) ([]byte, error) {
	switch {
	case c == 0:
		return b, nil
	case !c.IsValid():
		return b, fmt.Errorf("%w: product class %d", ErrInvalidValue, uint8(c))
	}
	return append(b, classText[c]...), nil
}

// MarshalText implements [encoding.TextMarshaler]; the zero ProductClass
// is empty text.
func (c ProductClass) MarshalText() ([]byte, error) { return c.AppendText([]byte{}) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (c *ProductClass) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = 0
		return nil
	}
	for i := AzureComponents; i <= AnyProduct; i++ {
		if strings.EqualFold(string(b), classText[i]) {
			*c = i
			return nil
		}
	}
	return fmt.Errorf("%w: product class %q", ErrInvalidValue, b)
}
