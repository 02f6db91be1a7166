package flex

import (
	"errors"
	"fmt"
	"time"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/contract/rule"
)

// MaxYears is the most contract years a Work Order term may span for
// [AllocateTerm]. Work Orders run for a few years; a longer term is treated
// as a data error ([ErrInvalidTerm]).
const MaxYears = 100

// checkTerm returns the number of contract years of term, or an error
// wrapping ErrInvalidTerm (with a meaningless count).
func checkTerm(term contract.Term) (int, error) {
	n, _, ok := calendar.ContractYearOf(term.Start, term.End)
	var err error
	switch {
	case !term.IsValid():
		err = fmt.Errorf("%w: %q is not a valid Work Order term", ErrInvalidTerm, term.String())
	case !ok:
		err = fmt.Errorf("%w: %s has contract years beyond the year 9999", ErrInvalidTerm, term)
	case n > MaxYears:
		err = fmt.Errorf("%w: %s is more than %d contract years", ErrInvalidTerm, term, MaxYears)
	}
	return n, err
}

// YearRequests is one contract year's Flex Allowance, in USD, and the
// requests to allocate it to; see [AllocateTerm].
type YearRequests struct {
	Allowance money.Amount `json:"allowance"` // USD, whole cents
	Requests  []Request    `json:"requests"`
}

// A Year is one contract year of a [Schedule]: its number (1 for the year
// starting on the Work Order's start date), its dates, the last day its
// Flex-funded services may be used, and its allocation.
//
// Years cannot be compared with ==; use [Year.Equal].
type Year struct {
	N          int             `json:"year"`       // 1, 2, …
	Period     calendar.Period `json:"period"`     // [(N−1)-th anniversary of the start, N-th anniversary), half-open
	UseBy      calendar.Date   `json:"useBy"`      // the earlier of Period's last day and the Work Order's last day, inclusive (D-FLEX-2)
	Allocation Allocation      `json:"allocation"` // the year's allocation, made at contract execution
}

// Equal reports whether y and z are the same year with equal allocations.
func (y Year) Equal(z Year) bool {
	return y.N == z.N && y.Period == z.Period && y.UseBy == z.UseBy && y.Allocation.Equal(z.Allocation)
}

// IsUsableOn reports whether a service funded from y's allowance may be
// used on date d: from y.Period.Start through y.UseBy, inclusive. Dates are civil
// dates where the service is delivered (D-DAYS).
//
// Interpretation: D-FLEX-2 (AMB-2) — a Flex-funded service must be used by
// the earlier of the end of its contract year and the end of the Work
// Order; afterwards it is forfeited (D-TERM-2).
//
// Rules FLEX-4, D-FLEX-2, TERM-7, D-TERM-2 (§2.2 Flex Allowance, §2.6).
func (y Year) IsUsableOn(d calendar.Date) bool {
	return d.IsValid() && y.Period.Contains(d) && !d.After(y.UseBy)
}

// IsUsableAt reports whether a service funded from y's allowance may be used
// at instant t, taking t's date in loc, the time zone of the location where
// the service is delivered. The result depends only on the instant, not on
// the zone t carries. A zero t or a nil loc is an error wrapping
// [ErrInvalidDate], with false: a service is never usable at an instant
// that cannot be placed.
//
// Rules FLEX-4, D-FLEX-2, TERM-7, D-TERM-2, D-DAYS (§2.2 Flex Allowance, §2.6).
func (y Year) IsUsableAt(t time.Time, loc *time.Location) (bool, error) {
	if t.IsZero() {
		return false, fmt.Errorf("%w: zero time", ErrInvalidDate)
	}
	if loc == nil {
		return false, fmt.Errorf("%w: nil location", ErrInvalidDate)
	}
	return y.IsUsableOn(calendar.DateOf(t.In(loc))), nil
}

// A Schedule is the Flex Allowance of a whole Work Order, allocated at
// contract execution: one [Year] per contract year, and the totals, in USD.
// Allocated + Forfeited is the sum of every year's allowance.
//
// Schedules cannot be compared with ==; use [Schedule.Equal].
//
// Rules FLEX-3, FLEX-4, FLEX-7, D-FLEX-2 (§2.2 Flex Allowance).
type Schedule struct {
	_         [0]func()     // forbid ==: money.Amount holds a pointer
	Term      contract.Term `json:"term"`      // the Work Order's term, both dates inclusive
	Years     []Year        `json:"years"`     // one per contract year, in order
	Allocated money.Amount  `json:"allocated"` // the sum of every year's Allocated
	Forfeited money.Amount  `json:"forfeited"` // the sum of every year's Forfeited
	Rules     rule.Set      `json:"rules"`     // the rules that decided
}

var scheduleRules = rule.Cite("FLEX-3", "FLEX-4", "FLEX-7", "D-FLEX-2", "TERM-7", "D-TERM-2")

// AllocateTerm allocates a multi-year Work Order's Flex Allowance at
// contract execution: years[i] is contract year i+1's allowance and
// requests, and there must be exactly one per contract year of term
// (anniversaries of term.Start on or before term.End, a final partial year
// included), or the error wraps [ErrYearCount]. term is the Work Order's
// term, both dates inclusive; an invalid term, or one of more than
// [MaxYears] years, is an error wrapping [ErrInvalidTerm]. Each year is allocated
// with [Allocate], against its own credits cap; what a year leaves
// unallocated is forfeited at execution, and a year's allowance never moves
// to another year. Each year's services are usable until [Year.UseBy].
//
// All the years' problems are reported at once, joined with
// [errors.Join]: each refused year's errors, prefixed with the
// year ("flex: contract year 2: …") and still matching the sentinels and
// [*RequestError] with errors.Is and errors.As.
//
// Interpretation: D-FLEX-2 (AMB-2) — every year's allowance is allocated at
// execution (reading 1); contract years are anniversaries of the Work Order
// start; a year's services expire at the earlier of the year's end and the
// Work Order's end. D-FLEX-1 (AMB-1) — the cap applies per year.
//
// Rules FLEX-3, FLEX-4, FLEX-7, D-FLEX-1, D-FLEX-2, TERM-7, D-TERM-2 (§2.2
// Flex Allowance, §2.6).
func AllocateTerm(term contract.Term, years []YearRequests) (Schedule, error) {
	n, err := checkTerm(term)
	if err != nil {
		return Schedule{}, err
	}
	if len(years) != n {
		return Schedule{}, fmt.Errorf("%w: %d annual allowances for %d contract years (%s to %s) (FLEX-3, FLEX-7)",
			ErrYearCount, len(years), n, term.Start, term.End)
	}
	p := Schedule{Term: term, Years: make([]Year, n), Rules: scheduleRules}
	var errs []error
	var allocated, forfeited int64
	for i, yr := range years {
		a, err := Allocate(yr.Allowance, yr.Requests)
		if err != nil {
			errs = append(errs, &YearError{Year: i + 1, Err: err})
			continue
		}
		period, _ := calendar.ContractYear(term.Start, i+1) // valid: checkTerm bounds i
		useBy := period.Last()
		if term.End.Before(useBy) {
			useBy = term.End
		}
		p.Years[i] = Year{N: i + 1, Period: period, UseBy: useBy, Allocation: a}
		// Allocate made both, so both are whole cents within bounds.
		c, _ := a.Allocated.MinorUnits()
		f, _ := a.Forfeited.MinorUnits()
		allocated += c
		forfeited += f
	}
	if len(errs) > 0 {
		return Schedule{}, errors.Join(errs...)
	}
	p.Allocated, p.Forfeited = usd(allocated), usd(forfeited)
	return p, nil
}

// A YearError reports a contract year of [AllocateTerm] whose allocation was
// refused. It wraps the error of [Allocate].
type YearError struct {
	Year int   // the contract year, 1 for the first
	Err  error // Allocate's error
}

// Error returns "flex: contract year N: " followed by the error's message.
func (e *YearError) Error() string { return fmt.Sprintf("flex: contract year %d: %v", e.Year, e.Err) }

// Unwrap returns Allocate's error.
func (e *YearError) Unwrap() error { return e.Err }

// Equal reports whether p and q have the same term, equal years, equal
// totals and the same rules.
func (p Schedule) Equal(q Schedule) bool {
	if p.Term != q.Term || p.Rules != q.Rules || len(p.Years) != len(q.Years) ||
		!p.Allocated.Equal(q.Allocated) || !p.Forfeited.Equal(q.Forfeited) {
		return false
	}
	for i := range p.Years {
		if !p.Years[i].Equal(q.Years[i]) {
			return false
		}
	}
	return true
}

// YearOn returns the contract year of p whose dates contain d, and whether
// there is one (false before the term starts and after it ends).
//
// Rules FLEX-3, D-FLEX-2 (§2.2 Flex Allowance).
func (p Schedule) YearOn(d calendar.Date) (Year, bool) {
	if !p.Term.Contains(d) {
		return Year{}, false
	}
	for _, y := range p.Years {
		if y.Period.Contains(d) {
			return y, true
		}
	}
	return Year{}, false
}
