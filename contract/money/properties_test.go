package money_test

import (
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/contract/money"
	"golang.org/x/text/currency"
	"pgregory.net/rapid"
)

var currencies = []currency.Unit{currency.USD, currency.KRW, currency.JPY, currency.EUR, currency.MustParseISO("BHD")}

// genDecimal draws a decimal inside an Amount's domain: at most 18 integer
// digits (or exactly 10^18) and at most 18 places, as text, so that both the
// integer form and the decimal form (more than 18 significant digits) are
// drawn.
func genDecimal(t *rapid.T, label string) decimal.Decimal {
	if rapid.IntRange(0, 20).Draw(t, label+"IsBound") == 0 {
		return decimal.New(rapid.SampledFrom([]int64{-1, 1}).Draw(t, label+"BoundSign"), 18)
	}
	intPart := rapid.StringMatching(`[0-9]{1,18}`).Draw(t, label+"Integer")
	frac := rapid.StringMatching(`[0-9]{0,18}`).Draw(t, label+"Places")
	s := intPart
	if frac != "" {
		s += "." + frac
	}
	if rapid.Bool().Draw(t, label+"Negative") {
		s = "-" + s
	}
	return decimal.RequireFromString(s)
}

// genAmount draws an Amount of cur inside the documented domain.
func genAmount(t *rapid.T, label string, cur currency.Unit) (money.Amount, decimal.Decimal) {
	d := genDecimal(t, label)
	a, err := money.New(d, cur)
	if err != nil {
		t.Fatalf("New(%s, %v): %v (the generator stays inside the domain)", d, cur, err)
	}
	return a, d
}

// inDomain reports whether the exact value d is an Amount: |d| ≤ 10^18 and
// at most 18 places.
func inDomain(d decimal.Decimal) bool {
	return d.Abs().LessThanOrEqual(decimal.New(1, 18)) && d.Equal(d.Truncate(18))
}

// TestArithmeticAgreesWithDecimal: Add, Sub, Cmp and Mul give exactly what
// decimal gives, or ErrRange exactly when decimal's exact result is outside
// the domain (the integer fast path checked against decimal as the oracle).
func TestArithmeticAgreesWithDecimal(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		cur := rapid.SampledFrom(currencies).Draw(t, "currency")
		a, da := genAmount(t, "a", cur)
		b, db := genAmount(t, "b", cur)
		check := func(op string, got money.Amount, err error, want decimal.Decimal) {
			if !inDomain(want) {
				if !errors.Is(err, money.ErrRange) {
					t.Fatalf("%s %s %s = %v, %v; want ErrRange (exact %s)", da, op, db, got, err, want)
				}
				return
			}
			if err != nil || !got.Decimal().Equal(want) || got.Currency() != cur {
				t.Fatalf("%s %s %s = %v, %v; want %s %v", da, op, db, got, err, want, cur)
			}
		}
		s, err := a.Add(b)
		check("+", s, err, da.Add(db))
		s, err = a.Sub(b)
		check("-", s, err, da.Sub(db))
		c, err := a.Cmp(b)
		if err != nil || c != da.Cmp(db) {
			t.Fatalf("%s cmp %s = %d, %v; want %d", da, db, c, err, da.Cmp(db))
		}
		f := genFactor(t)
		p, err := a.Mul(f)
		check("×", p, err, da.Mul(f))
		if a.Sign() != da.Sign() || a.IsZero() != (da.Sign() == 0) {
			t.Fatalf("Sign(%s) = %d", da, a.Sign())
		}
	})
}

// genFactor draws a factor such as a fee rate or a percentage: up to 6
// integer digits and 6 places, signed.
func genFactor(t *rapid.T) decimal.Decimal {
	return decimal.New(rapid.Int64Range(-999_999_999_999, 999_999_999_999).Draw(t, "factorCoefficient"),
		int32(rapid.IntRange(-6, 0).Draw(t, "factorExponent")))
}

// TestRatioHalfUpAgreesWithBigRat_DCRED1: a ÷ b rounded half up (the
// mirror for negatives) is what exact rational arithmetic gives.
func TestRatioHalfUpAgreesWithBigRat_DCRED1(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		cur := rapid.SampledFrom(currencies).Draw(t, "currency")
		a, da := genAmount(t, "a", cur)
		b, db := genAmount(t, "b", cur)
		if b.IsZero() {
			if _, err := a.RatioHalfUp(b, 0); !errors.Is(err, money.ErrRange) {
				t.Fatalf("%s ÷ 0: %v, want ErrRange", da, err)
			}
			return
		}
		places := rapid.IntRange(0, money.MaxPlaces).Draw(t, "places")
		got, err := a.RatioHalfUp(b, places)
		if err != nil {
			t.Fatalf("%s ÷ %s: %v", da, db, err)
		}
		want := ratioHalfUpSlow(da, db, places)
		if !got.Equal(want) {
			t.Fatalf("%s ÷ %s to %d places = %s, want %s", da, db, places, got, want)
		}
	})
}

// ratioHalfUpSlow is the reference: the exact rational a/b, scaled by
// 10^places, rounded half away from zero with big.Rat.
func ratioHalfUpSlow(a, b decimal.Decimal, places int) decimal.Decimal {
	q := new(big.Rat).Quo(a.Rat(), b.Rat())
	q.Mul(q, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(places)), nil)))
	neg := q.Sign() < 0
	q.Abs(q)
	q.Add(q, big.NewRat(1, 2))
	n := new(big.Int).Quo(q.Num(), q.Denom()) // floor of a positive rational
	if neg {
		n.Neg(n)
	}
	return decimal.NewFromBigInt(n, int32(-places))
}

// TestRoundingsAgreeWithDecimal_DCANCEL_DCRED1: RoundToMinor and
// RoundToWhole are decimal's half-away-from-zero Round at the currency's
// minor digits and at 0 places; rounding twice changes nothing.
func TestRoundingsAgreeWithDecimal_DCANCEL_DCRED1(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		cur := rapid.SampledFrom(currencies).Draw(t, "currency")
		a, da := genAmount(t, "a", cur)
		scale, _ := currency.Standard.Rounding(cur)
		m := a.RoundToMinor()
		if !m.Decimal().Equal(da.Round(int32(scale))) || m.Currency() != cur {
			t.Fatalf("RoundToMinor(%s %v) = %v, want %s", da, cur, m, da.Round(int32(scale)))
		}
		if !m.RoundToMinor().Equal(m) {
			t.Fatalf("RoundToMinor is not idempotent on %v", m)
		}
		w := a.RoundToWhole()
		if !w.Decimal().Equal(da.Round(0)) {
			t.Fatalf("RoundToWhole(%s) = %v, want %s", da, w, da.Round(0))
		}
		if d := m.Decimal().Sub(da).Abs(); d.GreaterThan(decimal.New(5, int32(-scale-1))) {
			t.Fatalf("RoundToMinor(%s) = %v moved by %s, more than half a minor unit", da, m, d)
		}
	})
}

// TestTextAndJSONRoundTrip: every Amount reads back equal from its text
// and JSON forms, and the text is never in exponent notation.
func TestTextAndJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		cur := rapid.SampledFrom(currencies).Draw(t, "currency")
		a, _ := genAmount(t, "a", cur)
		if rapid.IntRange(0, 10).Draw(t, "zeroAmount") == 0 {
			a = money.Amount{}
		}
		txt, err := a.MarshalText()
		if err != nil || strings.ContainsAny(string(txt), "eE") && cur != currency.EUR {
			t.Fatalf("MarshalText(%v) = %q, %v", a, txt, err)
		}
		var back money.Amount
		if err := back.UnmarshalText(txt); err != nil || !back.Equal(a) {
			t.Fatalf("text %q reads back as %v, %v; want %v", txt, back, err, a)
		}
		j, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		back = money.MustParse("1 JPY")
		if err := json.Unmarshal(j, &back); err != nil || !back.Equal(a) {
			t.Fatalf("JSON %s reads back as %v, %v; want %v", j, back, err, a)
		}
	})
}

// TestEqualIsFieldwise: Equal holds exactly when the currency and the value
// are equal, changing one at a time.
func TestEqualIsFieldwise(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		cur := rapid.SampledFrom(currencies).Draw(t, "currency")
		other := rapid.SampledFrom(currencies).Draw(t, "otherCurrency")
		a, da := genAmount(t, "a", cur)
		_, db := genAmount(t, "b", cur)
		same, _ := money.New(da, cur)
		if !a.Equal(same) {
			t.Fatalf("%v not Equal to itself", a)
		}
		if da.Sign() != 0 || other != cur { // 0 in two currencies differs by currency only
			c, _ := money.New(da, other)
			if a.Equal(c) != (cur == other) {
				t.Fatalf("%v.Equal(%v) = %v", a, c, a.Equal(c))
			}
		}
		v, _ := money.New(db, cur)
		if a.Equal(v) != da.Equal(db) {
			t.Fatalf("%v.Equal(%v) = %v, want %v", a, v, a.Equal(v), da.Equal(db))
		}
	})
}

// TestOutOfDomainIsErrRange: decimals beyond 10^18, or with more than 18
// places, are refused with ErrRange by New, ParseIn and Mul — never
// accepted, rounded or clipped.
func TestOutOfDomainIsErrRange(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var d decimal.Decimal
		if rapid.Bool().Draw(t, "tooLarge") {
			// 10^18 + k × 10^-18, k ≥ 1, or far larger.
			d = decimal.New(1, 18).Add(decimal.New(rapid.Int64Range(1, 1<<62).Draw(t, "excess"), int32(rapid.IntRange(-18, 18).Draw(t, "excessExponent"))))
		} else {
			// A non-zero last digit at place 19 … 40.
			d = decimal.New(rapid.Int64Range(1, 1e17).Draw(t, "coefficient")*10+rapid.Int64Range(1, 9).Draw(t, "lastDigit"),
				int32(-rapid.IntRange(19, 40).Draw(t, "places")))
		}
		if rapid.Bool().Draw(t, "negative") {
			d = d.Neg()
		}
		if _, err := money.New(d, currency.USD); !errors.Is(err, money.ErrRange) {
			t.Fatalf("New(%s) = %v, want ErrRange", d, err)
		}
		if s := d.String(); len(s) <= money.MaxTextLen {
			if _, err := money.ParseIn(s, currency.USD); !errors.Is(err, money.ErrRange) {
				t.Fatalf("ParseIn(%s) = %v, want ErrRange", s, err)
			}
		}
	})
}
