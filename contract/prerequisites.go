package contract

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"

	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/contract/rule"
	"github.com/supportrules/unified/internal/enum"
)

// ExtendedCapabilitiesThreshold is the annual Assessed Product Spend at
// contract signing, in USD, from which an AED customer is an Extended
// Capabilities Customer: 60,000,000, inclusive (이상).
//
// Rules AED-5, D-AED-1 (§2.4 Azure Engineering Direct).
const ExtendedCapabilitiesThreshold = 60_000_000

// An Eligibility is whether a customer gets AED's extended capabilities,
// with the rules that decided it.
type Eligibility struct {
	// Extended reports whether the customer is an Extended Capabilities
	// Customer for the whole term.
	Extended bool `json:"extended"`
	// BySpend and ByOptIn say which condition made it one (both may hold).
	BySpend bool     `json:"bySpend"`
	ByOptIn bool     `json:"byOptIn"`
	Rules   rule.Set `json:"rules"`
}

// ExtendedCapabilities reports whether an AED customer is an Extended
// Capabilities Customer (AED-5): its annual Assessed Product Spend at
// contract signing, spend in USD, is at least 60,000,000, or it chose to pay
// the Extended Capabilities cap price stated in the Work Order (optIn is
// [OptedIn]).
// The status is fixed at signing for the whole term: later changes in spend
// do not change it, so spend is the figure at signing. Other customers get
// only the capabilities available to all (AED-6). The zero Amount is no
// spend. It returns an error wrapping [money.ErrNegative] when spend is
// negative and [money.ErrCurrency] when it is not in USD.
//
// Interpretation: D-AED-1 (AMB-12) — inclusive threshold, annual spend at
// signing, or the opt-in; the Work Order records the result (AED-27).
//
// Rules AED-5, AED-6, AED-27, D-AED-1 (§2.4 Azure Engineering Direct).
func ExtendedCapabilities(spend money.Amount, optIn OptIn) (Eligibility, error) {
	switch {
	case spend.Currency() != (currency.Unit{}) && spend.Currency() != currency.USD:
		return Eligibility{}, fmt.Errorf("%w: assessed product spend %v is not in USD (AED-5)", money.ErrCurrency, spend)
	case spend.Sign() < 0:
		return Eligibility{}, fmt.Errorf("%w: assessed product spend %v", money.ErrNegative, spend)
	}
	e := Eligibility{ByOptIn: optIn == OptedIn, Rules: rule.Cite("AED-5", "D-AED-1")}
	e.BySpend = spend.Decimal().Cmp(threshold) >= 0
	e.Extended = e.BySpend || e.ByOptIn
	if !e.Extended {
		e.Rules = e.Rules.With("AED-6")
	}
	return e, nil
}

// AEDEligibility returns [ExtendedCapabilities] for w's Assessed Product
// Spend and opt-in.
//
// Rules AED-5, AED-6, AED-27, D-AED-1.
func AEDEligibility(w WorkOrder) (Eligibility, error) {
	return ExtendedCapabilities(w.AssessedProductSpend, w.ExtendedCapabilitiesOptIn)
}

// isAEDCapability reports whether id is one of AED's ten capabilities.
func isAEDCapability(id catalogue.ServiceID) bool {
	return id >= catalogue.AEDEngineeringInterface && id <= catalogue.AEDKnowMe
}

// isAEDExtendedCapability reports whether id is one of the three extended
// capabilities: platform monitoring, platform outage handling, Global
// Know-Me (AED-27, AED-28, AED-36, AED-37).
func isAEDExtendedCapability(id catalogue.ServiceID) bool {
	return id >= catalogue.AEDPlatformMonitoring && id <= catalogue.AEDKnowMe
}

// CapabilityAvailable reports whether an AED customer with eligibility e
// gets capability id: the seven capabilities available to all AED customers
// always (AED-6), the three extended ones only for an Extended Capabilities
// Customer (AED-27). It returns false for a service that is not an AED
// capability.
//
// Rules AED-6, AED-15, AED-16, AED-17, AED-22, AED-23, AED-24, AED-25,
// AED-26, AED-27, AED-28, AED-36, AED-37 (§2.4).
func (e Eligibility) CapabilityAvailable(id catalogue.ServiceID) bool {
	if !isAEDCapability(id) {
		return false
	}
	return !isAEDExtendedCapability(id) || e.Extended
}

// threshold is ExtendedCapabilitiesThreshold as a decimal.
var threshold = decimal.New(ExtendedCapabilitiesThreshold, 0)

// AEMAvailable reports whether Azure Event Management is available to w's
// customer: only for the Azure public cloud, not for Azure Government or
// sovereign cloud environments. The Rules say why. [WorkOrder.Validate]
// reports a purchase of AEM that it refuses.
//
// Rules AEM-17, AEM-18 (§2.4).
func AEMAvailable(w WorkOrder) rule.Verdict {
	if w.GovernmentCloud || w.SovereignCloud {
		return rule.Verdict{Allowed: false, Rules: rule.Cite("AEM-18", "AEM-17")}
	}
	return rule.Verdict{Allowed: true, Rules: rule.Cite("AEM-17")}
}

// ErrInvalidEnum reports text that names no value of one of the package's
// enumerated types.
var ErrInvalidEnum = errors.New("contract: invalid enum value")

// OptIn is whether an AED customer chose to pay the Extended Capabilities
// cap price stated in the Work Order. The zero value is [NotOptedIn].
//
// Rules AED-5, D-AED-1 (§2.4).
type OptIn uint8

// The choices of an AED customer.
const (
	NotOptedIn OptIn = iota // "not-opted-in": the customer did not choose the cap price
	OptedIn                 // "opted-in": the customer pays the cap price
)

var optIns = enum.New[OptIn](ErrInvalidEnum, "opt-in", "not-opted-in", "opted-in")

// ParseOptIn returns the OptIn named s ("opted-in", "not-opted-in"),
// ignoring case, or an error wrapping [ErrInvalidEnum].
func ParseOptIn(s string) (OptIn, error) { return optIns.Parse(s) }

// String returns "opted-in" or "not-opted-in", or a diagnostic such as
// "opt-in(7)".
func (o OptIn) String() string { return optIns.String(o) }

// IsValid reports whether o is [NotOptedIn] or [OptedIn].
func (o OptIn) IsValid() bool { return optIns.IsValid(o) }

// AppendText appends o's name to b; an OptIn out of range is an error
// wrapping [ErrInvalidEnum].
func (o OptIn) AppendText(b []byte) ([]byte, error) { return optIns.AppendText(b, o) }

// MarshalText implements [encoding.TextMarshaler], as AppendText.
func (o OptIn) MarshalText() ([]byte, error) { return optIns.AppendText(nil, o) }

// UnmarshalText implements [encoding.TextUnmarshaler], as [ParseOptIn].
func (o *OptIn) UnmarshalText(b []byte) error { return optIns.UnmarshalText(o, b) }
