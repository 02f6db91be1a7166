package flex

import (
	"errors"
	"fmt"
	"slices"

	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/contract/rule"
	"golang.org/x/text/currency"
)

// A Request asks one contract year's Flex Allowance to pay Amount USD for a
// service of the given Use. Service is an optional label for people, such
// as a catalogue service's name ("designated-engineering") or a purchase
// order line; the rules never read it.
//
// Amount is in USD, exact to the cent, from 0 to [MaxAmountUSD]. A zero
// Amount is granted and changes nothing. Requests cannot be compared with
// ==; use [Request.Equal]. The JSON form is {"use":"proactive-credits",
// "amount":{"amount":"60000.00","currency":"USD"},"service":"…"}.
//
// Rules FLEX-1, FLEX-8 (§2.2 Flex Allowance).
type Request struct {
	_       [0]func()    // forbid ==: money.Amount holds a pointer
	Use     Use          `json:"use"`               // what the allowance pays for
	Amount  money.Amount `json:"amount"`            // USD, whole cents
	Service string       `json:"service,omitempty"` // optional label, e.g. a catalogue service name
}

// String returns "use: amount", with the label if there is one:
// "proactive-credits: 50000.00 USD (designated-engineering)".
func (r Request) String() string {
	s := r.Use.String() + ": " + r.Amount.String()
	if r.Service != "" {
		s += " (" + r.Service + ")"
	}
	return s
}

// Equal reports whether r and s have the same Use, the same Service and
// equal Amounts ("100 USD" equals "100.00 USD").
func (r Request) Equal(s Request) bool {
	return r.Use == s.Use && r.Service == s.Service && r.Amount.Equal(s.Amount)
}

// An Allocation is one contract year's Flex Allowance as allocated at
// contract execution: every request granted, the total, the part forfeited
// and the credits cap it was checked against. [Allocate] returns one; its
// fields are exported for reading and for JSON, and a hand-built Allocation
// is checked again by [Allocation.Exchange].
//
// All amounts are USD (money.Amount) and exact; Allocated + Forfeited = Allowance, and
// Capped ≤ CreditsCap ≤ Allowance. Granted is the caller's requests, copied
// and in order. The zero Allocation has zero amounts, no granted requests
// and no rules: it is what Allocate returns with an error, and
// [Allocation.Exchange] refuses it. Allocations cannot be compared with ==;
// use [Allocation.Equal].
//
// Rules FLEX-1, FLEX-2, FLEX-5, FLEX-7, D-FLEX-1, D-FLEX-2, D-FLEX-3 (§2.2
// Flex Allowance).
type Allocation struct {
	_          [0]func()    // forbid ==: money.Amount holds a pointer
	Allowance  money.Amount `json:"allowance"`  // the contract year's Flex Allowance
	Allocated  money.Amount `json:"allocated"`  // the sum of the granted amounts
	Forfeited  money.Amount `json:"forfeited"`  // Allowance − Allocated, forfeited at execution (FLEX-7)
	CreditsCap money.Amount `json:"creditsCap"` // CreditsCap(Allowance) (FLEX-2, D-FLEX-1)
	Capped     money.Amount `json:"capped"`     // granted to Proactive Credits and Custom Proactive together, ≤ CreditsCap
	Granted    []Request    `json:"granted"`    // the granted requests, in the caller's order
	Rules      rule.Set     `json:"rules"`      // the rules that decided
}

// allocationRules are the rules every Allocation is decided by: eligible
// uses and the allowance (FLEX-1), the cap (FLEX-2, D-FLEX-1), the excluded
// management services (FLEX-5, D-FLEX-3) and forfeiture of the unallocated
// remainder at execution (FLEX-7, D-FLEX-2).
var allocationRules = rule.Cite("FLEX-1", "FLEX-2", "D-FLEX-1", "FLEX-5", "D-FLEX-3", "FLEX-7", "D-FLEX-2")

// Allocate allocates allowance, one contract year's Flex Allowance in USD,
// to reqs at contract execution, and returns the allocation. Whatever reqs
// leave unallocated is forfeited: Forfeited = allowance − the sum of reqs.
//
// Allocate grants all of reqs or none. It refuses the whole call when any
// request
//   - has an invalid Use ([ErrInvalidUse]) or an invalid Amount
//     ([money.ErrCurrency], [money.ErrNegative], [ErrFractionalCent],
//     [ErrAmountTooLarge]);
//   - asks for Success Management or service delivery management
//     ([ErrIneligible]; FLEX-5, D-FLEX-3);
//   - takes Proactive Credits and Custom Proactive Services together above
//     the credits cap ([ErrOverCap]; FLEX-2, D-FLEX-1), reported at the
//     first request that crosses it;
//   - takes the total above allowance ([ErrOverAllowance]; FLEX-1),
//     reported at the first request that crosses it.
//
// Each refused request is a [*RequestError] naming its index and the rules;
// several are joined with [errors.Join], so errors.Is and errors.As find
// every one. Granting a subset instead would silently forfeit the refused
// amounts, since allowance not allocated at execution is lost (FLEX-7): the
// caller must see the plan fail and fix it before the contract is signed.
// Granted holds reqs as given, with every amount in USD (a zero Amount
// becomes 0 USD).
//
// An invalid allowance is an error wrapping [money.ErrCurrency],
// [money.ErrNegative], [ErrFractionalCent] or [ErrAmountTooLarge]. Allocate
// never panics and does not keep reqs.
//
// Interpretation: D-FLEX-1 (AMB-1) for the cap, D-FLEX-2 (AMB-2) for
// forfeiture at execution, D-FLEX-3 (AMB-3) for the excluded services.
//
// Rules FLEX-1, FLEX-2, FLEX-5, FLEX-7, D-FLEX-1, D-FLEX-2, D-FLEX-3 (§2.2
// Flex Allowance).
func Allocate(allowance money.Amount, reqs []Request) (Allocation, error) {
	t, err := tally(allowance, reqs)
	if err != nil {
		return Allocation{}, err
	}
	return t.allocation(slices.Clone(reqs)), nil
}

// A total is an allowance and the running totals of the requests allocated
// to it, in cents, and the credits cap in mills: the fixed-point state of
// [Allocate]. Amounts within [MaxAmountUSD] are at most 10^11 cents, so no
// sum of a checked plan can overflow int64 (each running total stops once
// it crosses its limit).
type total struct {
	allowance, allocated, capped int64 // cents
	capMills                     int64 // thousandths of a dollar
}

// tally checks reqs against allowance as [Allocate] documents and returns
// the totals of the plan, or every refusal joined. It does not allocate for
// a plan that is granted.
//
// Rules FLEX-1, FLEX-2, FLEX-5, D-FLEX-1, D-FLEX-3 (§2.2 Flex Allowance).
func tally(allowance money.Amount, reqs []Request) (total, error) {
	a, err := centsOf(allowance, "allowance")
	if err != nil {
		return total{}, err
	}
	t := total{allowance: a, capMills: capMills(a)}
	var (
		overCap, overAllowance bool
		errs                   []error
	)
	refuse := func(i int, r Request, rules rule.Set, err error, detail string) {
		errs = append(errs, &RequestError{Index: i, Request: r, Rules: rules, Err: err, detail: detail})
	}
	for i, r := range reqs {
		c, err := cents(r.Amount)
		switch {
		case err != nil:
			refuse(i, r, rule.Set{}, err, "the amount must be whole US cents from 0 to 1000000000")
			continue
		case !r.Use.IsValid():
			refuse(i, r, rule.Set{}, ErrInvalidUse, "")
			continue
		case !r.Use.IsEligible():
			refuse(i, r, rule.Cite("FLEX-5", "D-FLEX-3"), ErrIneligible,
				"Flex Allowance cannot pay for success or service delivery management")
			continue
		}
		// Each running total stops once it has crossed its limit (it no
		// longer matters, and so can never overflow), but the other one goes
		// on: a plan can break both rules, and both are reported.
		if r.Use.IsCapped() && !overCap {
			t.capped += c
			if 10*t.capped > t.capMills {
				overCap = true
				refuse(i, r, rule.Cite("FLEX-2", "D-FLEX-1"), ErrOverCap,
					"Proactive Credits and Custom Proactive Services would reach "+usd(t.capped).String()+
						", above the cap of "+millsToUSD(t.capMills).String())
			}
		}
		if overAllowance {
			continue
		}
		t.allocated += c
		if t.allocated > a {
			overAllowance = true
			refuse(i, r, rule.Cite("FLEX-1"), ErrOverAllowance,
				"requests would reach "+usd(t.allocated).String()+", above the allowance of "+
					usd(a).String())
		}
	}
	switch len(errs) {
	case 0:
		return t, nil
	case 1:
		return total{}, errs[0]
	}
	return total{}, errors.Join(errs...)
}

// allocation returns the Allocation of a granted plan t whose requests are
// granted, which it keeps: the caller passes a slice of its own. A zero
// Amount among them becomes 0 USD.
func (t total) allocation(granted []Request) Allocation {
	for i := range granted {
		if granted[i].Amount.Currency() != currency.USD {
			granted[i].Amount = zeroUSD // the zero Amount: zero dollars
		}
	}
	return Allocation{
		Allowance:  usd(t.allowance),
		Allocated:  usd(t.allocated),
		Forfeited:  usd(t.allowance - t.allocated),
		CreditsCap: millsToUSD(t.capMills),
		Capped:     usd(t.capped),
		Granted:    granted,
		Rules:      allocationRules,
	}
}

// String summarises a for people: "allowance 100000.00 USD: allocated
// 80000.00 USD in 3 requests, forfeited 20000.00 USD; to credits 50000.00
// USD of a 60000.00 USD cap (FLEX-1, FLEX-2, …)".
func (a Allocation) String() string {
	return fmt.Sprintf("allowance %v: allocated %v in %d requests, forfeited %v; to credits %v of a %v cap (%v)",
		a.Allowance, a.Allocated, len(a.Granted), a.Forfeited, a.Capped, a.CreditsCap, a.Rules)
}

// Equal reports whether a and b hold equal amounts, equal granted requests
// in the same order and the same rules.
func (a Allocation) Equal(b Allocation) bool {
	return a.Allowance.Equal(b.Allowance) && a.Allocated.Equal(b.Allocated) &&
		a.Forfeited.Equal(b.Forfeited) && a.CreditsCap.Equal(b.CreditsCap) &&
		a.Capped.Equal(b.Capped) && a.Rules == b.Rules &&
		slices.EqualFunc(a.Granted, b.Granted, Request.Equal)
}

// ByUse returns the total granted to u, in USD (0 USD when no request
// names u). Granted amounts of a hand-built
// Allocation that are not USD or not within bounds are left out.
func (a Allocation) ByUse(u Use) money.Amount {
	var sum int64
	for _, r := range a.Granted {
		if c, err := cents(r.Amount); r.Use == u && err == nil {
			sum += c // at most len(Granted) × 10^11: no overflow for any real slice
		}
	}
	return usd(sum)
}

// CapRemaining returns how much more could go to Proactive Credits and
// Custom Proactive Services under the credits cap: CreditsCap − Capped,
// never below zero. It is not limited by the allowance left.
//
// Rules FLEX-2, D-FLEX-1 (§2.2 Flex Allowance).
func (a Allocation) CapRemaining() money.Amount {
	r, err := a.CreditsCap.Sub(a.Capped)
	if err != nil || r.Sign() < 0 {
		return money.Amount{} // a hand-built Allocation in two currencies, or over its cap
	}
	return r
}
