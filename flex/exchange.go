package flex

import (
	"errors"
	"fmt"
	"slices"

	"github.com/supportrules/unified/contract/rule"
)

// An Exchange swaps one service funded by Flex Allowance for a substitute
// service of another type, for equal value (§2.2 "서비스 교환", and the same
// wording for every service in §2.6).
type Exchange struct {
	Index   int    // the granted request given up: an index into Allocation.Granted
	Use     Use    // the substitute's use
	Service string // the substitute's label, as in Request
	// Agreed reports that the substitute is available and agreed with the
	// customer's service delivery resource, which the document requires
	// (FLEX-6, TERM-13) — in writing where Microsoft asks for it, since
	// changing or exchanging services during the term may require written
	// consent (MC-20).
	Agreed bool
}

// Exchange returns a with its granted request x.Index replaced by a
// substitute of Use x.Use and label x.Service, funded with the same amount.
// Allocated and Forfeited do not change: the allowance was fixed at
// execution (FLEX-7), and an exchange moves value without adding any.
//
// The substitute must be agreed ([ErrNotAgreed]; FLEX-6, TERM-13), eligible
// ([ErrInvalidUse], [ErrIneligible]; FLEX-5) and, if it is Proactive Credits
// or Custom Proactive Services, within the credits cap together with the
// other capped requests ([ErrOverCap]; FLEX-2). An index outside Granted is
// an error wrapping [ErrNoRequest]. Every refusal of the substitute is a
// [*RequestError] naming x.Index. a itself is checked again first, as
// [Allocate] would check it, so a hand-built Allocation that breaks the rules
// is refused too, with Allocate's errors.
//
// Interpretation: AMB-41 — the "equivalent value" is the USD amount that
// funded the service given up; the substitute is bought with that amount at
// then-current rates, which the caller prices (for Proactive Credits, with
// the credits package). The result's Rules add FLEX-6, TERM-13 and AMB-41.
//
// Rules FLEX-6, TERM-13, FLEX-2, FLEX-5, FLEX-7, MC-20 (§2.2 Flex Allowance, §2.5, §2.6).
func (a Allocation) Exchange(x Exchange) (Allocation, error) {
	if x.Index < 0 || x.Index >= len(a.Granted) {
		return Allocation{}, &RequestError{
			Index: x.Index, Request: Request{Use: x.Use, Service: x.Service},
			Err: ErrNoRequest, detail: "no granted request has this index",
		}
	}
	sub := Request{Use: x.Use, Amount: a.Granted[x.Index].Amount, Service: x.Service}
	if !x.Agreed {
		return Allocation{}, &RequestError{
			Index: x.Index, Request: sub, Rules: rule.Cite("FLEX-6", "TERM-13", "MC-20"), Err: ErrNotAgreed,
			detail: "the substitute must be available and agreed with the service delivery resource",
		}
	}
	if _, err := tally(a.Allowance, a.Granted); err != nil {
		return Allocation{}, fmt.Errorf("flex: exchange: the allocation itself is refused: %w", err)
	}
	reqs := slices.Clone(a.Granted)
	reqs[x.Index] = sub
	t, err := tally(a.Allowance, reqs)
	if err != nil {
		// a was valid and only request x.Index changed, so the substitute is
		// what is refused, even where Allocate names a later capped request
		// as the one that crossed the cap.
		var re *RequestError
		if errors.As(err, &re) {
			return Allocation{}, &RequestError{Index: x.Index, Request: sub, Rules: re.Rules, Err: re.Err, detail: re.detail}
		}
		return Allocation{}, err
	}
	b := t.allocation(reqs)
	b.Rules = exchangeRules
	return b, nil
}

// exchangeRules are an exchange's rules: an allocation's, and equal-value
// exchange by agreement (FLEX-6, TERM-13, AMB-41).
var exchangeRules = allocationRules.With("FLEX-6", "TERM-13", "AMB-41")
