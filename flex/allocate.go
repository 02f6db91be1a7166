package flex

import (
	"errors"
	"slices"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/contract/rule"
)

// A Request asks one contract year's Flex Allowance to pay Amount USD for a
// service of the given Use. Service is an optional label for people, such
// as a catalogue service's name ("designated-engineering") or a purchase
// order line; the rules never read it.
//
// Amount is in USD, exact to the cent, from 0 to [MaxAmountUSD]. A zero
// Amount is granted and changes nothing. Requests cannot be compared with
// ==; use [Request.Equal].
//
// Rules FLEX-1, FLEX-8 (§2.2 Flex Allowance).
type Request struct {
	_       [0]func()       // forbid ==: decimal.Decimal holds a pointer
	Use     Use             // what the allowance pays for
	Amount  decimal.Decimal // USD, whole cents
	Service string          // optional label, e.g. a catalogue service name
}

// Equal reports whether r and s have the same Use, the same Service and
// numerically equal Amounts ("100" equals "100.00").
func (r Request) Equal(s Request) bool {
	return r.Use == s.Use && r.Service == s.Service && r.Amount.Equal(s.Amount)
}

// An Allocation is one contract year's Flex Allowance as allocated at
// contract execution: every request granted, the total, the part forfeited
// and the credits cap it was checked against. [Allocate] returns one; its
// fields are exported for reading and for JSON, and a hand-built Allocation
// is checked again by [Allocation.Exchange].
//
// All amounts are USD and exact; Allocated + Forfeited = Allowance, and
// Capped ≤ CreditsCap ≤ Allowance. Granted is the caller's requests, copied
// and in order. The zero Allocation has zero amounts, no granted requests
// and no rules: it is what Allocate returns with an error, and
// [Allocation.Exchange] refuses it. Allocations cannot be compared with ==;
// use [Allocation.Equal].
//
// Rules FLEX-1, FLEX-2, FLEX-5, FLEX-7, D-FLEX-1, D-FLEX-2, D-FLEX-3 (§2.2
// Flex Allowance).
type Allocation struct {
	_          [0]func()       // forbid ==: decimal.Decimal holds a pointer
	Allowance  decimal.Decimal // the contract year's Flex Allowance
	Allocated  decimal.Decimal // the sum of the granted amounts
	Forfeited  decimal.Decimal // Allowance − Allocated, forfeited at execution (FLEX-7)
	CreditsCap decimal.Decimal // CreditsCap(Allowance) (FLEX-2, D-FLEX-1)
	Capped     decimal.Decimal // granted to Proactive Credits and Custom Proactive together, ≤ CreditsCap
	Granted    []Request       // the granted requests, in the caller's order
	Rules      rule.Set        // the rules that decided
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
//     ([ErrNegativeAmount], [ErrFractionalCent], [ErrAmountTooLarge]);
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
// Granted holds reqs as given, except that amounts written with more than
// two decimal places are stored in whole cents and zeros as the plain zero
// (the same numbers).
//
// An invalid allowance is an error wrapping [ErrNegativeAmount],
// [ErrFractionalCent] or [ErrAmountTooLarge]. Allocate never panics and does
// not keep reqs.
//
// Interpretation: D-FLEX-1 (AMB-1) for the cap, D-FLEX-2 (AMB-2) for
// forfeiture at execution, D-FLEX-3 (AMB-3) for the excluded services.
//
// Rules FLEX-1, FLEX-2, FLEX-5, FLEX-7, D-FLEX-1, D-FLEX-2, D-FLEX-3 (§2.2
// Flex Allowance).
func Allocate(allowance decimal.Decimal, reqs []Request) (Allocation, error) {
	a, err := centsOf(allowance, "allowance")
	if err != nil {
		return Allocation{}, err
	}
	capM := capMills(a)
	var (
		total, capped          int64
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
			capped += c
			if 10*capped > capM {
				overCap = true
				refuse(i, r, rule.Cite("FLEX-2", "D-FLEX-1"), ErrOverCap,
					"Proactive Credits and Custom Proactive Services would reach "+usd(capped).StringFixed(2)+
						" USD, above the cap of "+millsToUSD(capM).String()+" USD")
			}
		}
		if overAllowance {
			continue
		}
		total += c
		if total > a {
			overAllowance = true
			refuse(i, r, rule.Cite("FLEX-1"), ErrOverAllowance,
				"requests would reach "+usd(total).StringFixed(2)+" USD, above the allowance of "+
					usd(a).StringFixed(2)+" USD")
		}
	}
	switch len(errs) {
	case 0:
	case 1:
		return Allocation{}, errs[0]
	default:
		return Allocation{}, errors.Join(errs...)
	}
	granted := slices.Clone(reqs)
	for i := range granted {
		granted[i].Amount = canonical(granted[i].Amount)
	}
	return Allocation{
		Allowance:  canonical(allowance),
		Allocated:  usd(total),
		Forfeited:  usd(a - total),
		CreditsCap: millsToUSD(capM),
		Capped:     usd(capped),
		Granted:    granted,
		Rules:      allocationRules,
	}, nil
}

// canonical returns d, an amount cents accepted, with an exponent from -2
// to 11: the zero Decimal for any zero, and whole cents for an amount written
// with more places ("100.000", or "1" followed by fifty zero places). The
// value is unchanged, and so is its text (String drops trailing zeros); but
// a zero written "0e-2147483648" would make every later sum
// ([Allocation.ByUse]) or comparison ([Allocation.Equal]) scale the other
// operand by that power of ten, and an exponent below -40 would not read
// back from JSON.
func canonical(d decimal.Decimal) decimal.Decimal {
	switch {
	case d.Sign() == 0:
		return decimal.Decimal{}
	case d.Exponent() < -2:
		c, _ := cents(d) // accepted by Allocate, so whole cents within bounds
		return usd(c)
	}
	return d
}

// Equal reports whether a and b hold numerically equal amounts, equal
// granted requests in the same order and the same rules.
func (a Allocation) Equal(b Allocation) bool {
	return a.Allowance.Equal(b.Allowance) && a.Allocated.Equal(b.Allocated) &&
		a.Forfeited.Equal(b.Forfeited) && a.CreditsCap.Equal(b.CreditsCap) &&
		a.Capped.Equal(b.Capped) && a.Rules == b.Rules &&
		slices.EqualFunc(a.Granted, b.Granted, Request.Equal)
}

// ByUse returns the total granted to u, in USD (zero for a Use no request
// names).
func (a Allocation) ByUse(u Use) decimal.Decimal {
	var sum decimal.Decimal
	for _, r := range a.Granted {
		if r.Use == u {
			sum = sum.Add(r.Amount)
		}
	}
	return sum
}

// CapRemaining returns how much more could go to Proactive Credits and
// Custom Proactive Services under the credits cap: CreditsCap − Capped,
// never below zero. It is not limited by the allowance left.
//
// Rules FLEX-2, D-FLEX-1 (§2.2 Flex Allowance).
func (a Allocation) CapRemaining() decimal.Decimal {
	r := a.CreditsCap.Sub(a.Capped)
	if r.Sign() < 0 {
		return decimal.Decimal{}
	}
	return r
}
