package contract

import (
	"reflect"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/money"
)

// A WorkOrder is the customer's Enterprise Services Work Order (작업 주문서):
// the document that lists what the customer bought under its Unified
// Support contract, for which support locations, over which term (DOC-1,
// BUY-5).
//
// A WorkOrder is a configuration-like aggregate with exported fields, so
// that callers can write it as a struct literal or decode it from JSON. It
// is validated by [WorkOrder.Validate], which reports every problem at once;
// the other methods assume a valid Work Order and say what they do
// otherwise. A WorkOrder is not comparable with == (it holds slices and
// amounts); compare with go-cmp, which honours [money.Amount.Equal].
//
// Its JSON form uses the lower-camel-case names of the fields; amounts are
// {"amount":"300000.00","currency":"USD"}, independent of decimal's package
// settings.
//
// # What a WorkOrder does not hold
//
// Some terms of §2.6 bind the parties but decide nothing a program can
// compute from a Work Order, so no field or check stands for them: pilots
// are optional, under their own terms and not offered everywhere (TERM-6);
// data handled with technology Microsoft has not approved is at the
// customer's sole risk (TERM-10); Microsoft may require success and service
// delivery management with additional services (TERM-11); only the
// customer's non-Microsoft code is the customer's (TERM-14); purchased
// services may have minimum platform requirements (TERM-16); Microsoft may
// email product information to corporate addresses, with an opt-out
// (TERM-20); exhibits may add prerequisites (TERM-21). Regional
// availability (TERM-12) is checked against the caller's list by
// [WorkOrder.CheckAvailability].
//
// Rules DOC-1, BUY-5, BUY-9, MC-1, MC-4, FLEX-1, CRED-1, RESP-1 (§1, §2.1,
// §2.5, §2.7).
type WorkOrder struct {
	// Customer is the customer's name, for people.
	Customer string `json:"customer"`
	// Term is the Work Order term, both dates inclusive ([Term]). Every
	// service is forfeited if not used by Term.End (TERM-7).
	Term Term `json:"term"`
	// Unified is the active period of the Unified Support contract the
	// Work Order is written under, both dates inclusive. The zero Term
	// means no active Unified contract; DE, EDE, REDE, SfMC, UER, MSCIR and
	// AED then cannot be bought (DE-2, EDE-8, REDE-13, SFMC-4, UER-4,
	// MSCIR-3, AED-39), and those bought end with it (D-TERM-3).
	Unified Term `json:"unified,omitzero"`
	// MultiCountry reports whether the Work Order specifies multi-country
	// support (BUY-9). Only then may it list more than one location, and it
	// must then list exactly one Host.
	MultiCountry bool `json:"multiCountry,omitempty"`
	// Locations are the support locations, host first by convention.
	Locations []Location `json:"locations"`
	// Purchases are the services bought, each for one location.
	Purchases []Purchase `json:"purchases,omitempty"`
	// FlexAllowance is the Flex Allowance allocated per contract year, in
	// USD (FLEX-1, FLEX-3, D-FLEX-1). Zero when the Base Package has none.
	FlexAllowance money.Amount `json:"flexAllowance"`
	// ProactiveCredits is the number of Proactive Credits stated in the
	// Work Order (CRED-1). When the Work Order also lists lines of
	// [catalogue.ProactiveCredits] in credits, their quantities add up to
	// it.
	ProactiveCredits int64 `json:"proactiveCredits,omitempty"`
	// Contacts are the customer's designated Support Services Managers and
	// support contacts (RESP-1..RESP-4).
	Contacts []Contact `json:"contacts,omitempty"`
	// AssessedProductSpend is the customer's annual Assessed Product Spend
	// at contract signing, in USD, as the AED exhibit states it (AED-4,
	// AED-5). The zero Amount when not stated.
	AssessedProductSpend money.Amount `json:"assessedProductSpend"`
	// ExtendedCapabilitiesOptIn says whether the customer chose to pay the
	// AED Extended Capabilities cap price stated in the Work Order (AED-5,
	// D-AED-1); in JSON "opted-in" or "not-opted-in", the zero value.
	ExtendedCapabilitiesOptIn OptIn `json:"extendedCapabilitiesOptIn,omitzero"`
	// GovernmentCloud and SovereignCloud report whether the customer's
	// Azure environment is Azure Government or a sovereign cloud; AEM is
	// then not available (AEM-17, AEM-18).
	GovernmentCloud bool `json:"governmentCloud,omitempty"`
	SovereignCloud  bool `json:"sovereignCloud,omitempty"`
}

// A Purchase is one line of a Work Order: a quantity of one service bought
// for one support location, over the Work Order term or a part of it.
//
// Purchases are comparable with ==. The zero Purchase is not valid.
//
// Rules MC-4, MC-8, MARK-3, D-MARK, BUY-7, BUY-8, RESP-14, D-TERM-1 (§2.1,
// §2.3, §2.5, §2.7).
type Purchase struct {
	// Service is what was bought.
	Service catalogue.ServiceID `json:"service"`
	// Quantity is how many Units were bought; not negative (MC-8).
	Quantity int `json:"quantity"`
	// Unit is what Quantity counts; the zero Unit means "units of the
	// service" (a subscription, an engagement).
	Unit catalogue.Unit `json:"unit,omitzero"`
	// Maximum is the limited maximum quantity the Work Order states for a
	// "+1" service such as Developer Support (MARK-3, DEV-1). The document
	// never states it, so it is required for "+1" services; 0 means not
	// stated (D-MARK, AMB-27). It limits what the Work Order buys of the
	// service: the quantities of all its lines together may not exceed it.
	Maximum int `json:"maximum,omitempty"`
	// Start and End are the add-on's own dates, both inclusive, when it
	// was added during the term (BUY-7, BUY-8) or ends early. A zero Start
	// means the Work Order's start, a zero End its end.
	Start calendar.Date `json:"start,omitzero"`
	End   calendar.Date `json:"end,omitzero"`
	// Location names the support location the service was bought for
	// ([Location.Name]). It may be empty only when the Work Order has a
	// single location (MC-4).
	Location string `json:"location,omitempty"`
	// Requested is the day the customer requested a proactive service or
	// an enhanced solution, with all the data the request needs; the zero
	// Date when the Work Order does not say. A request made less than 60
	// days before the Work Order expires is late (RESP-14, D-TERM-1):
	// [WorkOrder.Validate] reports it. It is not checked for other kinds of
	// service.
	Requested calendar.Date `json:"requested,omitzero"`
}

// Term returns the purchase's own dates within the Work Order term wo,
// both inclusive: its Start and End, each defaulting to wo's. It does not
// apply co-termination with parent contracts; see [WorkOrder.EffectiveTerm].
// [Term.Period] gives the half-open form.
func (p Purchase) Term(wo Term) Term {
	t := Term{Start: p.Start, End: p.End}
	if t.Start == (calendar.Date{}) {
		t.Start = wo.Start
	}
	if t.End == (calendar.Date{}) {
		t.End = wo.End
	}
	return t
}

// Location returns the location named name, and whether there is one.
func (w WorkOrder) Location(name string) (Location, bool) {
	for _, l := range w.Locations {
		if l.Name == name {
			return l, true
		}
	}
	return Location{}, false
}

// Host returns the Work Order's host location: the one with Role [Host],
// or the only location of a single-location Work Order. It reports false
// when there is none or more than one.
//
// Rules MC-2, BUY-9 (§2.5).
func (w WorkOrder) Host() (Location, bool) {
	var host Location
	n := 0
	for _, l := range w.Locations {
		if l.Role == Host {
			host = l
			n++
		}
	}
	if n == 1 {
		return host, true
	}
	if n == 0 && len(w.Locations) == 1 {
		return w.Locations[0], true
	}
	return Location{}, false
}

// PurchaseLocation returns the location p was bought for: the named one,
// or the only location of a single-location Work Order when p names none.
func (w WorkOrder) PurchaseLocation(p Purchase) (Location, bool) {
	if p.Location == "" {
		if len(w.Locations) == 1 {
			return w.Locations[0], true
		}
		return Location{}, false
	}
	return w.Location(p.Location)
}

// Purchased reports whether the Work Order buys id at all.
func (w WorkOrder) Purchased(id catalogue.ServiceID) bool {
	for i := range w.Purchases {
		if w.Purchases[i].Service == id {
			return true
		}
	}
	return false
}

type woAlias WorkOrder

// UnmarshalJSON implements [json.Unmarshaler]. It rejects malformed JSON,
// keys the Work Order does not have, unknown enum names (services, roles,
// units) and invalid dates with the first error found, which names the
// value's JSON path ("contract: malformed JSON: purchases[3].service:
// catalogue: unknown service ...") and wraps [ErrMalformed] (and, for an amount,
// package money's sentinel, for a location [ErrInvalidLocation]); it does
// not check the rules, which is [WorkOrder.Validate]'s job. Amounts are
// {"amount":"300000.00","currency":"USD"}, numbers as JSON strings, read
// by [money.Amount.UnmarshalJSON], which bounds their text before parsing.
func (w *WorkOrder) UnmarshalJSON(b []byte) error {
	var v woAlias
	if err := decodeObject(b, reflect.ValueOf(&v).Elem()); err != nil {
		return err
	}
	*w = WorkOrder(v)
	return nil
}
