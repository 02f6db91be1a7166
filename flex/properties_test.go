package flex_test

// The guarantees of package flex, as rapid properties. Each test states one
// guarantee of §2.2 Flex Allowance in its name and doc comment; rapid draws
// contract-shaped inputs (amounts in whole cents, dates of real Work Orders,
// named time zones) and the failure message restates the guarantee with the
// values.

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/flex"
	"pgregory.net/rapid"
)

var floor = decimal.New(50_000, 0)

// genAllowance draws a contract year's Flex Allowance in whole cents, often
// near the places D-FLEX-1 draws a line (50,000 and 250,000 USD).
func genAllowance(t *rapid.T, label string) decimal.Decimal {
	c := rapid.OneOf(
		rapid.Int64Range(0, 10_000_000),          // 0 … 100,000.00
		rapid.Int64Range(4_999_000, 5_001_000),   // around 50,000
		rapid.Int64Range(24_999_000, 25_001_000), // around 250,000
		rapid.Int64Range(0, flex.MaxAmountUSD*100),
	).Draw(t, label+"Cents")
	return decimal.New(c, -2)
}

// genUse draws any declared Use, eligible or not.
func genUse(t *rapid.T, label string) flex.Use {
	return rapid.SampledFrom([]flex.Use{
		flex.ProactiveServices, flex.EnhancedSolutions, flex.ProactiveCredits,
		flex.CustomProactive, flex.SuccessManagement, flex.ServiceDeliveryManagement,
	}).Draw(t, label)
}

// genEligibleUse draws a Use that Flex may pay for.
func genEligibleUse(t *rapid.T, label string) flex.Use {
	return rapid.SampledFrom([]flex.Use{
		flex.ProactiveServices, flex.EnhancedSolutions, flex.ProactiveCredits, flex.CustomProactive,
	}).Draw(t, label)
}

// genRequests draws up to 12 requests of the given uses whose amounts are
// whole cents up to allowance (so that they sometimes fit and sometimes do
// not).
func genRequests(t *rapid.T, allowance decimal.Decimal, use func(*rapid.T, string) flex.Use) []flex.Request {
	limit := allowance.Shift(2).IntPart()
	n := rapid.IntRange(0, 12).Draw(t, "requests")
	reqs := make([]flex.Request, n)
	for i := range reqs {
		c := rapid.Int64Range(0, max(limit/int64(max(n, 1)), 1)*2).Draw(t, "amountCents")
		reqs[i] = flex.Request{Use: use(t, "use"), Amount: decimal.New(c, -2)}
	}
	return reqs
}

// Rules FLEX-2, D-FLEX-1: the credits cap is never above the allowance and
// never below min(allowance, 50,000 USD).
func TestCreditsCapBetweenFloorAndAllowance_FLEX2(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := genAllowance(t, "allowance")
		c, err := flex.CreditsCap(a)
		if err != nil {
			t.Fatalf("CreditsCap(%s): %v", a, err)
		}
		if c.GreaterThan(a) {
			t.Fatalf("the cap %s is above the allowance %s", c, a)
		}
		if lo := decimal.Min(a, floor); c.LessThan(lo) {
			t.Fatalf("the cap %s is below min(allowance %s, 50,000) = %s", c, a, lo)
		}
	})
}

// Rules FLEX-2, D-FLEX-1: the credits cap is exactly the decision's formula,
// min(A, max(20% × A, 50,000)), computed here literally in decimal.
func TestCreditsCapIsTheDecisionFormula_FLEX2(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := genAllowance(t, "allowance")
		want := decimal.Min(a, decimal.Max(a.Mul(decimal.New(20, -2)), floor))
		got, err := flex.CreditsCap(a)
		if err != nil || !got.Equal(want) {
			t.Fatalf("CreditsCap(%s) = %s, %v; want %s", a, got, err, want)
		}
	})
}

// Rules FLEX-7, D-FLEX-2: allocated + forfeited = allowance, exactly, and
// the allocated amount is the sum of the granted requests.
func TestAllocatedPlusForfeitedIsAllowance_FLEX7(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := genAllowance(t, "allowance")
		reqs := genRequests(t, a, genEligibleUse)
		got, err := flex.Allocate(a, reqs)
		if err != nil {
			if errors.Is(err, flex.ErrOverCap) || errors.Is(err, flex.ErrOverAllowance) {
				return // refused plans are checked by TestAllocateAgreesWithReference
			}
			t.Fatalf("Allocate: %v", err)
		}
		if sum := got.Allocated.Add(got.Forfeited); !sum.Equal(a) {
			t.Fatalf("allocated %s + forfeited %s = %s, not the allowance %s", got.Allocated, got.Forfeited, sum, a)
		}
		var total decimal.Decimal
		for _, r := range reqs {
			total = total.Add(r.Amount)
		}
		if !got.Allocated.Equal(total) || got.Forfeited.IsNegative() {
			t.Fatalf("allocated %s, forfeited %s; the requests sum to %s", got.Allocated, got.Forfeited, total)
		}
	})
}

// Rules FLEX-2, D-FLEX-1: whatever Allocate grants, Proactive Credits and
// Custom Proactive Services together never exceed the credits cap.
func TestGrantedCreditsAndCustomNeverExceedCap_FLEX2(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := genAllowance(t, "allowance")
		got, err := flex.Allocate(a, genRequests(t, a, genEligibleUse))
		if err != nil {
			return
		}
		var capped decimal.Decimal
		for _, r := range got.Granted {
			if r.Use == flex.ProactiveCredits || r.Use == flex.CustomProactive {
				capped = capped.Add(r.Amount)
			}
		}
		if capped.GreaterThan(got.CreditsCap) || !capped.Equal(got.Capped) {
			t.Fatalf("credits and custom take %s (reported %s), above the cap %s", capped, got.Capped, got.CreditsCap)
		}
	})
}

// Rules FLEX-1, FLEX-2, FLEX-5, D-FLEX-1, D-FLEX-3: Allocate grants a plan
// exactly when a literal transcription of §2.2 allows it — every use
// eligible, credits and custom within the cap, the total within the
// allowance — and otherwise refuses it with the matching sentinels.
func TestAllocateAgreesWithReference_FLEX1_FLEX5(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := genAllowance(t, "allowance")
		reqs := genRequests(t, a, genUse)
		var total, capped decimal.Decimal
		ineligible := false
		for _, r := range reqs {
			switch r.Use {
			case flex.SuccessManagement, flex.ServiceDeliveryManagement:
				ineligible = true
				continue
			case flex.ProactiveCredits, flex.CustomProactive:
				capped = capped.Add(r.Amount)
			}
			total = total.Add(r.Amount)
		}
		limit := decimal.Min(a, decimal.Max(a.Mul(decimal.New(20, -2)), floor))
		overCap, overAllowance := capped.GreaterThan(limit), total.GreaterThan(a)

		_, err := flex.Allocate(a, reqs)
		if (err == nil) != (!ineligible && !overCap && !overAllowance) {
			t.Fatalf("Allocate error %v; reference: ineligible %v, over cap %v (%s > %s), over allowance %v (%s > %s)",
				err, ineligible, overCap, capped, limit, overAllowance, total, a)
		}
		if errors.Is(err, flex.ErrIneligible) != ineligible || errors.Is(err, flex.ErrOverCap) != overCap ||
			errors.Is(err, flex.ErrOverAllowance) != overAllowance {
			t.Fatalf("Allocate error %v; reference: ineligible %v, over cap %v, over allowance %v",
				err, ineligible, overCap, overAllowance)
		}
	})
}

// Rules FLEX-6, TERM-13, AMB-41: an agreed exchange conserves value: the
// totals, the forfeiture and the number of granted requests do not change,
// and the substitute carries the given-up request's amount.
func TestExchangeConservesValue_FLEX6(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := genAllowance(t, "allowance")
		alloc, err := flex.Allocate(a, genRequests(t, a, genEligibleUse))
		if err != nil || len(alloc.Granted) == 0 {
			return
		}
		i := rapid.IntRange(0, len(alloc.Granted)-1).Draw(t, "index")
		to := genUse(t, "substitute")
		b, err := alloc.Exchange(flex.Exchange{Index: i, Use: to, Service: "substitute", Agreed: true})
		if err != nil {
			if !errors.Is(err, flex.ErrIneligible) && !errors.Is(err, flex.ErrOverCap) {
				t.Fatalf("Exchange(%d → %v): unexpected error %v", i, to, err)
			}
			return
		}
		if !b.Allocated.Equal(alloc.Allocated) || !b.Forfeited.Equal(alloc.Forfeited) ||
			len(b.Granted) != len(alloc.Granted) || !b.Granted[i].Amount.Equal(alloc.Granted[i].Amount) {
			t.Fatalf("exchange %d → %v changed value: %+v → %+v", i, to, alloc, b)
		}
		if b.Capped.GreaterThan(b.CreditsCap) {
			t.Fatalf("after the exchange credits and custom take %s, above the cap %s", b.Capped, b.CreditsCap)
		}
	})
}

var zones = []string{"UTC", "Asia/Seoul", "Asia/Tokyo", "America/New_York", "Europe/Berlin",
	"Australia/Lord_Howe", "Pacific/Kiritimati", "Pacific/Pago_Pago", "America/St_Johns"}

func genZone(t *rapid.T, label string) *time.Location {
	name := rapid.SampledFrom(zones).Draw(t, label)
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatalf("LoadLocation(%q): %v", name, err)
	}
	return loc
}

// genTerm draws a Work Order term of 1 to 2,000 days starting in 2020–2035.
func genTerm(t *rapid.T) contract.Term {
	start := calendar.Date{Year: 2020, Month: time.January, Day: 1}.AddDays(rapid.IntRange(0, 16*366).Draw(t, "startDay"))
	end := start.AddDays(rapid.IntRange(0, 2000).Draw(t, "termDays"))
	return contract.Term{Start: start, End: end}
}

func genPlan(t *rapid.T) flex.Plan {
	term := genTerm(t)
	n, _, _ := calendar.ContractYearOf(term.Start, term.End)
	ys := make([]flex.YearRequests, n)
	for i := range ys {
		a := genAllowance(t, "allowance")
		ys[i] = flex.YearRequests{Allowance: a, Requests: []flex.Request{{Use: flex.EnhancedSolutions, Amount: a.Shift(-1).Truncate(2)}}}
	}
	p, err := flex.AllocateTerm(term, ys)
	if err != nil {
		t.Fatalf("AllocateTerm(%v, %d years): %v", term, n, err)
	}
	return p
}

// Rules FLEX-3, FLEX-4, D-FLEX-2, TERM-7: the contract years tile the term
// from its first day with no gap or overlap, each year's services are usable
// only within the year and never after the Work Order's last day, and the
// plan's totals are the sums of the years'.
func TestContractYearsTileTheTerm_FLEX3(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := genPlan(t)
		next := p.Term.Start
		var allocated, forfeited decimal.Decimal
		for _, y := range p.Years {
			if y.Period.Start != next || y.Period.Days() < 365 || y.Period.Days() > 366 {
				t.Fatalf("year %d is %v; it should start on %v and last a year", y.N, y.Period, next)
			}
			if y.UseBy.After(p.Term.End) || y.UseBy.After(y.Period.Last()) || y.UseBy.Before(y.Period.Start) {
				t.Fatalf("year %d (%v) is usable until %v; the Work Order ends %v", y.N, y.Period, y.UseBy, p.Term.End)
			}
			next = y.Period.End
			allocated, forfeited = allocated.Add(y.Allocation.Allocated), forfeited.Add(y.Allocation.Forfeited)
		}
		if !p.Term.End.Before(next) || p.Years[len(p.Years)-1].Period.Start.After(p.Term.End) {
			t.Fatalf("the years end %v, but the Work Order's last day is %v", next, p.Term.End)
		}
		if !allocated.Equal(p.Allocated) || !forfeited.Equal(p.Forfeited) {
			t.Fatalf("plan totals %s/%s, years sum to %s/%s", p.Allocated, p.Forfeited, allocated, forfeited)
		}
		d := p.Term.Start.AddDays(rapid.IntRange(-10, 2020).Draw(t, "dayOffset"))
		usable := 0
		for _, y := range p.Years {
			if y.IsUsableOn(d) {
				usable++
			}
		}
		if want := map[bool]int{true: 1, false: 0}[p.Term.Contains(d)]; usable != want {
			t.Fatalf("on %v the funds of %d years are usable, want %d (term %v)", d, usable, want, p.Term)
		}
	})
}

// Rules FLEX-4, D-FLEX-2, D-DAYS: whether a year's services are usable at an
// instant depends on the instant and the delivery location's zone only, not
// on the zone the instant is written in.
func TestUsableAtIsZoneIndependent_FLEX4(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := genPlan(t)
		y := p.Years[rapid.IntRange(0, len(p.Years)-1).Draw(t, "year")]
		delivery := genZone(t, "deliveryZone")
		// An instant within two days of the year's boundaries, often on them.
		edge := rapid.SampledFrom([]calendar.Date{y.Period.Start, y.UseBy, y.UseBy.AddDays(1)}).Draw(t, "edge")
		at := edge.In(delivery).Add(time.Duration(rapid.Int64Range(-48*3600, 48*3600).Draw(t, "offsetSeconds")) * time.Second)
		want, err := y.IsUsableAt(at, delivery)
		if err != nil {
			t.Fatal(err)
		}
		written := genZone(t, "writtenInZone")
		got, err := y.IsUsableAt(at.In(written), delivery)
		if err != nil || got != want {
			t.Fatalf("IsUsableAt(%v) = %v, but written in %v it is %v (%v)", at, want, written, got, err)
		}
		if want != y.IsUsableOn(calendar.DateOf(at.In(delivery))) {
			t.Fatalf("IsUsableAt(%v, %v) = %v disagrees with IsUsableOn", at, delivery, want)
		}
	})
}

// Every Use's text form parses back to it, and so does JSON.
func TestUseTextRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		u := genUse(t, "use")
		b, err := u.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back flex.Use
		if err := back.UnmarshalText(b); err != nil || back != u {
			t.Fatalf("%v → %q → %v, %v", u, b, back, err)
		}
		if p, err := flex.ParseUse(u.String()); err != nil || p != u {
			t.Fatalf("ParseUse(%q) = %v, %v", u.String(), p, err)
		}
	})
}

// Rules FLEX-1, FLEX-8: every catalogue service with a Flex use is listed by
// that Use's Services, and only there.
func TestUseOfAgreesWithServices_FLEX8(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		id := catalogue.ServiceID(rapid.IntRange(1, catalogue.NumServiceIDs).Draw(t, "service"))
		u, err := flex.UseOf(id)
		for _, v := range []flex.Use{flex.ProactiveServices, flex.EnhancedSolutions, flex.ProactiveCredits,
			flex.CustomProactive, flex.SuccessManagement, flex.ServiceDeliveryManagement} {
			listed := false
			for _, s := range v.Services() {
				listed = listed || s == id
			}
			if listed != (err == nil && v == u) {
				t.Fatalf("UseOf(%v) = %v, %v, but %v.Services() listing it is %v", id, u, err, v, listed)
			}
		}
	})
}

// Every Allocation that Allocate returns survives a JSON round trip
// unchanged, amounts exact to the cent.
func TestAllocationJSONRoundTripProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := genAllowance(t, "allowance")
		alloc, err := flex.Allocate(a, genRequests(t, a, genEligibleUse))
		if err != nil {
			return
		}
		b, err := json.Marshal(alloc)
		if err != nil {
			t.Fatal(err)
		}
		var back flex.Allocation
		if err := json.Unmarshal(b, &back); err != nil || !back.Equal(alloc) {
			t.Fatalf("%s decodes to %+v, %v", b, back, err)
		}
	})
}
