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
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/flex"
	"golang.org/x/text/currency"
	"pgregory.net/rapid"
)

var floor = decimal.New(50_000, 0)

// m is d in USD; d is in the documented domain (whole cents, ≤ 10^9 USD).
func m(d decimal.Decimal) money.Amount {
	a, err := money.New(d, currency.USD)
	if err != nil {
		panic(err)
	}
	return a
}

// dm is the decimal value of an amount, for the reference arithmetic.
func dm(a money.Amount) decimal.Decimal { return a.Decimal() }

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
		// Up to twice an even share, so that plans sometimes fit and
		// sometimes do not — but never above the documented bound of
		// MaxAmountUSD: out-of-domain amounts have their own property.
		hi := min(max(limit/int64(max(n, 1)), 1)*2, flex.MaxAmountUSD*100)
		c := rapid.Int64Range(0, hi).Draw(t, "amountCents")
		reqs[i] = flex.Request{Use: use(t, "use"), Amount: m(decimal.New(c, -2))}
	}
	return reqs
}

// Rules FLEX-2, D-FLEX-1: the credits cap is never above the allowance and
// never below min(allowance, 50,000 USD).
func TestCreditsCapBetweenFloorAndAllowance_FLEX2(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := genAllowance(t, "allowance")
		cm, err := flex.CreditsCap(m(a))
		if err != nil {
			t.Fatalf("CreditsCap(%s): %v", a, err)
		}
		c := dm(cm)
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
		got, err := flex.CreditsCap(m(a))
		if err != nil || !dm(got).Equal(want) {
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
		got, err := flex.Allocate(m(a), reqs)
		if err != nil {
			if errors.Is(err, flex.ErrOverCap) || errors.Is(err, flex.ErrOverAllowance) {
				return // refused plans are checked by TestAllocateAgreesWithReference
			}
			t.Fatalf("Allocate: %v", err)
		}
		if sum := dm(got.Allocated).Add(dm(got.Forfeited)); !sum.Equal(a) {
			t.Fatalf("allocated %s + forfeited %s = %s, not the allowance %s", got.Allocated, got.Forfeited, sum, a)
		}
		var total decimal.Decimal
		for _, r := range reqs {
			total = total.Add(dm(r.Amount))
		}
		if !dm(got.Allocated).Equal(total) || got.Forfeited.Sign() < 0 {
			t.Fatalf("allocated %s, forfeited %s; the requests sum to %s", got.Allocated, got.Forfeited, total)
		}
	})
}

// Rules FLEX-2, D-FLEX-1: whatever Allocate grants, Proactive Credits and
// Custom Proactive Services together never exceed the credits cap.
func TestGrantedCreditsAndCustomNeverExceedCap_FLEX2(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := genAllowance(t, "allowance")
		got, err := flex.Allocate(m(a), genRequests(t, a, genEligibleUse))
		if err != nil {
			return
		}
		var capped decimal.Decimal
		for _, r := range got.Granted {
			if r.Use == flex.ProactiveCredits || r.Use == flex.CustomProactive {
				capped = capped.Add(dm(r.Amount))
			}
		}
		if capped.GreaterThan(dm(got.CreditsCap)) || !capped.Equal(dm(got.Capped)) {
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
				capped = capped.Add(dm(r.Amount))
			}
			total = total.Add(dm(r.Amount))
		}
		limit := decimal.Min(a, decimal.Max(a.Mul(decimal.New(20, -2)), floor))
		overCap, overAllowance := capped.GreaterThan(limit), total.GreaterThan(a)

		_, err := flex.Allocate(m(a), reqs)
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
		alloc, err := flex.Allocate(m(a), genRequests(t, a, genEligibleUse))
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
		if c, err := b.Capped.Cmp(b.CreditsCap); err != nil || c > 0 {
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

func genSchedule(t *rapid.T) flex.Schedule {
	term := genTerm(t)
	n, _, _ := calendar.ContractYearOf(term.Start, term.End)
	ys := make([]flex.YearRequests, n)
	for i := range ys {
		a := genAllowance(t, "allowance")
		ys[i] = flex.YearRequests{Allowance: m(a), Requests: []flex.Request{{Use: flex.EnhancedSolutions, Amount: m(a.Shift(-1).Truncate(2))}}}
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
		p := genSchedule(t)
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
			allocated, forfeited = allocated.Add(dm(y.Allocation.Allocated)), forfeited.Add(dm(y.Allocation.Forfeited))
		}
		if !p.Term.End.Before(next) || p.Years[len(p.Years)-1].Period.Start.After(p.Term.End) {
			t.Fatalf("the years end %v, but the Work Order's last day is %v", next, p.Term.End)
		}
		if !allocated.Equal(dm(p.Allocated)) || !forfeited.Equal(dm(p.Forfeited)) {
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
		p := genSchedule(t)
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
		alloc, err := flex.Allocate(m(a), genRequests(t, a, genEligibleUse))
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

// Rules FLEX-1, FLEX-2: amounts outside the documented domain — above
// MaxAmountUSD, finer than a cent, negative, or in another currency — are
// refused with their sentinel by CreditsCap and by Allocate, never
// computed. (The in-domain properties above never draw them.)
func TestOutOfDomainAmountsAreRefused(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var amount money.Amount
		var want error
		switch kind := rapid.IntRange(0, 3).Draw(t, "kind"); kind {
		case 0: // above 10^9 USD, up to money's 10^18
			amount, want = m(decimal.New(flex.MaxAmountUSD*100+rapid.Int64Range(1, 1e17).Draw(t, "excessCents"), -2)), flex.ErrAmountTooLarge
		case 1: // a fraction of a cent
			amount, want = m(decimal.New(rapid.Int64Range(1, 1e15).Draw(t, "mills")*10+rapid.Int64Range(1, 9).Draw(t, "tenthOfCent"), -3)), flex.ErrFractionalCent
		case 2: // negative
			amount, want = m(decimal.New(-rapid.Int64Range(1, flex.MaxAmountUSD*100).Draw(t, "negativeCents"), -2)), money.ErrNegative
		default: // another currency (D-FLEX-1: the floor is in USD)
			cur := rapid.SampledFrom([]currency.Unit{currency.KRW, currency.EUR, currency.JPY}).Draw(t, "currency")
			a, err := money.FromMinor(rapid.Int64Range(1, 1e12).Draw(t, "minorUnits"), cur)
			if err != nil {
				t.Fatal(err)
			}
			amount, want = a, money.ErrCurrency
		}
		if _, err := flex.CreditsCap(amount); !errors.Is(err, want) {
			t.Fatalf("CreditsCap(%v) error %v, want %v", amount, err, want)
		}
		if _, err := flex.Allocate(amount, nil); !errors.Is(err, want) {
			t.Fatalf("Allocate(%v) error %v, want %v", amount, err, want)
		}
		_, err := flex.Allocate(m(decimal.New(1_000_000, 0)), []flex.Request{{Use: flex.ProactiveServices, Amount: amount}})
		var re *flex.RequestError
		if !errors.Is(err, want) || !errors.As(err, &re) || re.Index != 0 {
			t.Fatalf("Allocate(1000000, [%v]) error %v, want a RequestError wrapping %v", amount, err, want)
		}
	})
}

// Equal is true exactly when every field is equal: each property changes
// one field at a time (issue 17), for Request, Allocation, Year and
// Schedule.
func TestEqualIsFieldwise(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := genAllowance(t, "allowance")
		alloc, err := flex.Allocate(m(a), genRequests(t, a, genEligibleUse))
		if err != nil {
			return
		}
		cent := m(decimal.New(1, -2))
		bump := func(x money.Amount) money.Amount {
			y, err := x.Add(cent)
			if err != nil {
				t.Fatal(err)
			}
			return y
		}
		if !alloc.Equal(alloc) {
			t.Fatalf("%+v is not Equal to itself", alloc)
		}
		b := alloc
		b.Granted = append([]flex.Request(nil), alloc.Granted...)
		switch f := rapid.IntRange(0, 6).Draw(t, "allocationField"); f {
		case 0:
			b.Allowance = bump(b.Allowance)
		case 1:
			b.Allocated = bump(b.Allocated)
		case 2:
			b.Forfeited = bump(b.Forfeited)
		case 3:
			b.CreditsCap = bump(b.CreditsCap)
		case 4:
			b.Capped = bump(b.Capped)
		case 5:
			b.Granted = append(b.Granted, flex.Request{Use: flex.ProactiveServices})
		case 6:
			b.Rules = b.Rules.With("AMB-41")
		}
		if alloc.Equal(b) || b.Equal(alloc) {
			t.Fatalf("Allocation.Equal ignores a change: %+v vs %+v", alloc, b)
		}
		if len(alloc.Granted) > 0 {
			r := alloc.Granted[0]
			s := r
			switch f := rapid.IntRange(0, 2).Draw(t, "requestField"); f {
			case 0:
				s.Use = r.Use%4 + 1 // another eligible use
			case 1:
				s.Amount = bump(r.Amount)
			case 2:
				s.Service = r.Service + "x"
			}
			if r.Equal(s) || s.Equal(r) || !r.Equal(r) {
				t.Fatalf("Request.Equal ignores a change: %+v vs %+v", r, s)
			}
		}
		p := genSchedule(t)
		q := p
		q.Years = append([]flex.Year(nil), p.Years...)
		switch f := rapid.IntRange(0, 4).Draw(t, "scheduleField"); f {
		case 0:
			q.Term.End = q.Term.End.AddDays(1)
		case 1:
			q.Years[0].N++ // a Year field, through Schedule.Equal
		case 2:
			q.Allocated = bump(q.Allocated)
		case 3:
			q.Forfeited = bump(q.Forfeited)
		case 4:
			q.Rules = q.Rules.With("AMB-41")
		}
		if p.Equal(q) || q.Equal(p) || !p.Equal(p) {
			t.Fatalf("Schedule.Equal ignores a change: %+v vs %+v", p, q)
		}
		y := p.Years[0]
		z := y
		switch f := rapid.IntRange(0, 3).Draw(t, "yearField"); f {
		case 0:
			z.N++
		case 1:
			z.Period.End = z.Period.End.AddDays(1)
		case 2:
			z.UseBy = z.UseBy.AddDays(-1)
		case 3:
			z.Allocation.Forfeited = bump(z.Allocation.Forfeited)
		}
		if y.Equal(z) || z.Equal(y) || !y.Equal(y) {
			t.Fatalf("Year.Equal ignores a change: %+v vs %+v", y, z)
		}
	})
}

// Rules FLEX-1, FLEX-2, FLEX-7, D-FLEX-1, D-FLEX-2: the differential test of
// the fixed-point path. Allocate sums in int64 cents and the cap in mills;
// every figure of a granted Allocation equals the same figure computed in
// shopspring/decimal, the oracle: the allowance, the sum of the requests,
// the remainder forfeited, the cap min(A, max(20% × A, 50,000)) and the
// capped uses' sum.
func TestAllocateAgreesWithDecimalOracle_FLEX7(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := genAllowance(t, "allowance")
		reqs := genRequests(t, a, genEligibleUse)
		got, err := flex.Allocate(m(a), reqs)
		var total, capped decimal.Decimal
		for _, r := range reqs {
			total = total.Add(dm(r.Amount))
			if r.Use == flex.ProactiveCredits || r.Use == flex.CustomProactive {
				capped = capped.Add(dm(r.Amount))
			}
		}
		limit := decimal.Min(a, decimal.Max(a.Mul(decimal.New(20, -2)), floor))
		if capped.GreaterThan(limit) || total.GreaterThan(a) {
			if err == nil {
				t.Fatalf("Allocate granted %s (capped %s) of %s, cap %s", total, capped, a, limit)
			}
			return
		}
		if err != nil {
			t.Fatalf("Allocate(%s, %d requests): %v", a, len(reqs), err)
		}
		for _, f := range []struct {
			name string
			got  money.Amount
			want decimal.Decimal
		}{
			{"allowance", got.Allowance, a}, {"allocated", got.Allocated, total}, {"forfeited", got.Forfeited, a.Sub(total)},
			{"credits cap", got.CreditsCap, limit}, {"capped", got.Capped, capped},
		} {
			if !dm(f.got).Equal(f.want) || f.got.Currency() != currency.USD {
				t.Fatalf("%s = %v; the oracle gives %s USD", f.name, f.got, f.want)
			}
		}
	})
}
