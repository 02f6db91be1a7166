package multicountry

import "errors"

// Errors returned by this package. Every refusal of its own wraps one of
// them, so callers branch with [errors.Is]; messages read "multicountry:
// what: detail" and name the rule that refused. Errors from elsewhere are
// wrapped as they are: a Work Order's ([contract.WorkOrder.Validate]) in
// [New], a ledger's (package credits) in [Support.Exchange], malformed JSON
// in the decoders.
var (
	// ErrExceptionCountry reports an exchange of Proactive Credits to or
	// from an exception (tax-exception) country. Rules MC-18, D-CRED-2
	// (AMB-23).
	ErrExceptionCountry = errors.New("multicountry: exception country")

	// ErrRate reports an exchange without a credit price for one of its
	// locations, or with both a price and a rate card. Rule MC-16.
	ErrRate = errors.New("multicountry: no credit price")

	// ErrHost reports a Work Order whose locations do not include exactly one
	// host. Rules MC-2, MC-3.
	ErrHost = errors.New("multicountry: not exactly one host")

	// ErrDuplicateLocation reports two locations of one Work Order with the
	// same name or the same country. Rule MC-1.
	ErrDuplicateLocation = errors.New("multicountry: duplicate location")

	// ErrUnknownLocation reports a location that the Work Order does not
	// list: services and entitlements are keyed by the Work Order's
	// locations (MC-4), and credits move only between them (MC-15).
	// Rules MC-4, MC-15, D-CRED-2.
	ErrUnknownLocation = errors.New("multicountry: location not in the Work Order")

	// ErrUnknownContact reports a contact that the Work Order does not
	// list. Rule RESP-2.
	ErrUnknownContact = errors.New("multicountry: contact not in the Work Order")

	// ErrAmbiguousContact reports a contact name that the Work Order lists
	// at two support locations, so that the calendar of its incidents is
	// not known. Rules D-CAL, RESP-2.
	ErrAmbiguousContact = errors.New("multicountry: contact at two locations")

	// ErrRequest reports an exchange request whose JSON form cannot be
	// read.
	ErrRequest = errors.New("multicountry: invalid exchange request")

	// ErrSameLocation reports an exchange from a location to itself.
	ErrSameLocation = errors.New("multicountry: same location")

	// ErrService reports an invalid service or a purchase that breaks a
	// location rule, such as Designated Engineering bought for two
	// locations. Rules DE-5, EDE-7, EDE-11.
	ErrService = errors.New("multicountry: invalid service purchase")

	// ErrReach reports text or a value that is not a [Reach].
	ErrReach = errors.New("multicountry: invalid reach")

	// ErrInvoice reports an invoice line that cannot be billed: an invalid
	// service, date or currency, or a negative or out-of-range amount.
	// Rule MC-21.
	ErrInvoice = errors.New("multicountry: invalid invoice line")

	// ErrCalendar reports a location calendar that is missing or in another
	// time zone than its location. Rule D-CAL.
	ErrCalendar = errors.New("multicountry: invalid calendar")
)
