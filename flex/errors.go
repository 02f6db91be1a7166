package flex

import (
	"errors"
	"strconv"
	"strings"

	"github.com/supportrules/unified/contract/rule"
)

// Sentinel errors, matched with [errors.Is]. Every error this package
// returns wraps one of them or one of the money package's: [money.ErrNegative]
// for a negative amount, [money.ErrCurrency] for an amount not in USD, and
// the text errors of money's decoder ([money.ErrSyntax], [money.ErrRange]).
var (
	// ErrInvalidUse reports a Use that is not one of the declared constants,
	// or text that names none.
	ErrInvalidUse = errors.New("flex: invalid use")
	// ErrIneligible reports a use that Flex Allowance cannot pay for
	// (FLEX-1, FLEX-5, D-FLEX-3).
	ErrIneligible = errors.New("flex: ineligible use")
	// ErrOverCap reports Proactive Credits and Custom Proactive Services
	// together above the credits cap (FLEX-2, D-FLEX-1).
	ErrOverCap = errors.New("flex: over the credits cap")
	// ErrOverAllowance reports requests that add up to more than the
	// allowance (FLEX-1).
	ErrOverAllowance = errors.New("flex: over the allowance")
	// ErrDecode reports JSON that is not the form of a flex value, such as
	// {"use":5}; the errors of the money package's amounts and of Use are
	// wrapped alongside.
	ErrDecode = errors.New("flex: invalid JSON")
	// ErrAmountTooLarge reports an amount above [MaxAmountUSD].
	ErrAmountTooLarge = errors.New("flex: amount too large")
	// ErrFractionalCent reports an amount finer than a whole US cent.
	ErrFractionalCent = errors.New("flex: amount finer than a cent")
	// ErrNotAgreed reports an exchange whose substitute service has not been
	// agreed with the service delivery resource (FLEX-6, TERM-13).
	ErrNotAgreed = errors.New("flex: exchange not agreed")
	// ErrNoRequest reports an exchange naming a granted request that does
	// not exist.
	ErrNoRequest = errors.New("flex: no such request")
	// ErrInvalidTerm reports a Work Order term with a zero or invalid date,
	// a last day before its first, or more than [MaxYears] contract years.
	ErrInvalidTerm = errors.New("flex: invalid term")
	// ErrYearCount reports a multi-year plan whose number of annual
	// allowances differs from the term's number of contract years (FLEX-3,
	// FLEX-7).
	ErrYearCount = errors.New("flex: wrong number of contract years")
	// ErrInvalidDate reports a zero or invalid date or instant, or a nil
	// location.
	ErrInvalidDate = errors.New("flex: invalid date")
)

// A RequestError reports a request that [Allocate] or
// [Allocation.Exchange] refuses: which request, why, and the rules that
// decided. It wraps one of the sentinel errors, so errors.Is(err,
// [ErrOverCap]) and the like work; use [errors.As] to get the index.
//
// When several requests are refused, [Allocate] joins one RequestError per
// problem with [errors.Join].
type RequestError struct {
	Index   int      // the request's index in the slice given to Allocate
	Request Request  // the request itself
	Rules   rule.Set // the rules that refuse it
	Err     error    // one of the sentinel errors
	detail  string
}

// Error returns a message such as
// `flex: ineligible use: request 2 (success-management "CSAM", 10000.00 USD):
// Flex Allowance cannot pay for success or service delivery management
// (FLEX-5, D-FLEX-3)`.
func (e *RequestError) Error() string {
	var b strings.Builder
	if e.Err != nil {
		b.WriteString(e.Err.Error())
	} else {
		b.WriteString("flex: refused")
	}
	b.WriteString(": request ")
	b.WriteString(strconv.Itoa(e.Index))
	b.WriteString(" (")
	b.WriteString(e.Request.Use.String())
	if e.Request.Service != "" {
		b.WriteByte(' ')
		b.WriteString(strconv.Quote(e.Request.Service))
	}
	b.WriteString(", ")
	b.WriteString(e.Request.Amount.String())
	b.WriteString(")")
	if e.detail != "" {
		b.WriteString(": ")
		b.WriteString(e.detail)
	}
	if e.Rules.Len() > 0 {
		b.WriteString(" (")
		b.WriteString(e.Rules.String())
		b.WriteByte(')')
	}
	return b.String()
}

// Unwrap returns the sentinel error.
func (e *RequestError) Unwrap() error { return e.Err }
