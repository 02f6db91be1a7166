package money

import (
	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"
)

// RoundToMinor returns a rounded half up to its currency's minor unit, as
// ISO 4217 (CLDR's standard rounding in x/text/currency) gives it: two
// places for USD and EUR, none for KRW and JPY, three for BHD. A fee of
// 6,172.5 KRW becomes 6,173 KRW and 10.005 USD becomes 10.01 USD. A
// negative amount rounds as the mirror of its magnitude (−10.005 USD
// becomes −10.01 USD), so a credit note mirrors its invoice. An amount
// already on the minor unit, and the zero Amount, are returned unchanged.
// The result is never beyond 10^18, so RoundToMinor cannot fail.
//
// Interpretation: D-CANCEL — a prepaid fee in money is rounded half up to
// the currency's minor unit, once; 반올림 is half up (D-CRED-1).
//
// Rules D-CANCEL (§2.6), D-CRED-1 (AMB-4).
func (a Amount) RoundToMinor() Amount {
	scale, inc := currency.Standard.Rounding(a.cur)
	if inc > 1 {
		// A unit that is a multiple of 10^-scale (no ISO currency has one
		// in the standard rounding today): round to the nearest multiple.
		step := decimal.New(int64(inc), int32(-scale))
		r, err := fromDecimal(a.Decimal().DivRound(step, 0).Mul(step), a.cur)
		if err != nil {
			return a // unreachable: a multiple of step nearer than a unit
		}
		return r
	}
	return a.roundHalfUp(scale)
}

// RoundToWhole returns a rounded half up to a whole unit: 2.5 becomes 3,
// 2.4999 becomes 2, and −2.5 becomes −3 (the mirror of its magnitude). It
// is the rounding D-CRED-1 gives 반올림, for a figure counted in whole
// units such as credits. It cannot fail.
//
// Rules D-CRED-1 (AMB-4), D-CANCEL (§2.6).
func (a Amount) RoundToWhole() Amount { return a.roundHalfUp(0) }

// roundHalfUp rounds a to places decimal places, half away from zero.
func (a Amount) roundHalfUp(places int) Amount {
	if a.Places() <= places {
		return a
	}
	if a.wide {
		r, err := fromDecimal(a.d.Round(int32(places)), a.cur)
		if err != nil {
			return a // unreachable: rounding a bounded value stays bounded
		}
		return r
	}
	k := -int(a.e) - places // 1 … 18 digits to drop
	p := int64(pow10[k])
	q, r := a.c/p, a.c%p
	switch {
	case r >= p-r: // r > 0 and at least half of p
		q++
	case -r >= p+r: // r < 0 and at least half of p in magnitude
		q--
	}
	n, err := norm(q, -places, a.cur)
	if err != nil {
		return a // unreachable: |q| × 10^-places ≤ 10^18
	}
	return n
}
