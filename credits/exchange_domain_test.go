package credits_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/credits"
	"pgregory.net/rapid"
)

// genAnyRate draws a rate or price anywhere in the domain credits accepts:
// at most 10^18, at most 18 decimal places, an exponent from -18 to 18, and
// sometimes written with extra trailing zeros down to the exponent -40 the
// package still reads.
func genAnyRate(t *rapid.T, label string) decimal.Decimal {
	e := rapid.IntRange(-18, 18).Draw(t, label+"Exponent")
	maxC := int64(999_999_999_999_999_999)
	if e > 0 {
		maxC = 1
		for range 18 - e {
			maxC *= 10 // c × 10^e ≤ 10^18
		}
	}
	c := big.NewInt(rapid.Int64Range(1, maxC).Draw(t, label+"Coefficient"))
	z := rapid.IntRange(0, e+40).Draw(t, label+"TrailingZeros")
	if z > 22 {
		z = 0 // keep most draws plain
	}
	c.Mul(c, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(z)), nil))
	return decimal.NewFromBigInt(c, int32(e-z))
}

// exactReceived is the literal D-CRED-2: sent × fromRate × fxRate ÷ toRate
// as an exact rational, rounded half up once: ⌊x + ½⌋.
func exactReceived(sent int64, from, fx, to decimal.Decimal) *big.Int {
	x := new(big.Rat).SetInt64(sent)
	x.Mul(x, from.Rat()).Mul(x, fx.Rat()).Quo(x, to.Rat())
	x.Add(x, big.NewRat(1, 2))
	return new(big.Int).Quo(x.Num(), x.Denom()) // non-negative: Quo is floor
}

// TestExchangeIsExactOverTheWholeDomain: Rule D-CRED-2 (MC-16, MC-17) — an
// exchange is computed exactly and rounded half up once, for every rate the
// package accepts, not only for ones whose product happens to look like a
// price. Exchange used to pass the product sent × fromRate × fxRate through
// the price check, so a product above 10^18 or with more than 18 decimal
// places was refused as ErrOutOfRange — and a Transfer package multicountry
// had computed was refused by the ledger — although the result was a
// handful of credits. The only ErrOutOfRange left is a result above
// MaxCredits.
func TestExchangeIsExactOverTheWholeDomain(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		sent := rapid.Int64Range(0, credits.MaxCredits).Draw(t, "sentCredits")
		from, fx, to := genAnyRate(t, "sourceRate"), genAnyRate(t, "fxRate"), genAnyRate(t, "destinationRate")
		want := exactReceived(sent, from, fx, to)
		c, err := credits.Exchange(sent, won(from), fx, yen(to))
		if want.Cmp(big.NewInt(credits.MaxCredits)) > 0 {
			if !errors.Is(err, credits.ErrOutOfRange) {
				t.Fatalf("%d × %v × %v ÷ %v is %v credits, above MaxCredits: got %+v, %v", sent, from, fx, to, want, c, err)
			}
			return
		}
		if err != nil || c.Received != want.Int64() {
			t.Fatalf("%d × %v × %v ÷ %v: received %d (%v), want %v", sent, from, fx, to, c.Received, err, want)
		}
	})
}

// TestExchangeOfAProductNoPriceCouldBe has the rows that used to fail
// (D-CRED-2): a product with 21 decimal places, and one above 10^18.
func TestExchangeOfAProductNoPriceCouldBe(t *testing.T) {
	tests := []struct {
		name         string
		sent         int64
		from, fx, to string
		received     int64
	}{
		// 10 × 1234.5678 × 0.00000000000000123 = 1.518518394e-11; ÷ 1e-11 = 1.518… → 2
		{"product with 21 places", 10, "1234.5678", "0.00000000000000123", "0.00000000001", 2},
		// 10^12 × 10^6 × 10^3 = 10^21; ÷ 10^10 = 10^11 credits
		{"product above 10^18", credits.MaxCredits, "1000000", "1000", "10000000000", 100_000_000_000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := credits.Exchange(tt.sent, won(dec(tt.from)), dec(tt.fx), yen(dec(tt.to)))
			if err != nil || c.Received != tt.received {
				t.Fatalf("Exchange(%d, %s, %s, %s) = %+v, %v; want %d credits", tt.sent, tt.from, tt.fx, tt.to, c, err, tt.received)
			}
			if want := exactReceived(tt.sent, dec(tt.from), dec(tt.fx), dec(tt.to)); want.Int64() != tt.received {
				t.Fatalf("the row is wrong: exact arithmetic gives %v", want)
			}
		})
	}
}

// TestRedeemIsExactOverTheWholeDomain: Rules CRED-2, CRED-3, D-CRED-1 — for
// every price and rate the package accepts (up to 10^18, up to 18 places,
// exponents on both sides of each other), the deduction is the exact
// quotient rounded half up, or ErrOutOfRange exactly when that is above
// MaxCredits. The cents-only generators elsewhere never make the price's
// exponent smaller than the rate's by more than 18.
func TestRedeemIsExactOverTheWholeDomain(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		price, rate := genAnyRate(t, "price"), genAnyRate(t, "rate")
		if rapid.Bool().Draw(t, "priceOnAHalfCredit") {
			k := rapid.Int64Range(0, 1000).Draw(t, "wholeCredits")
			price = rate.Mul(decimal.New(2*k+1, 0)).Mul(decimal.New(5, -1)) // rate × (k + ½)
			if price.Exponent() < -18 || price.GreaterThan(decimal.New(1, 18)) {
				return // not a price the package accepts; TestRedeemRejectsBadInput covers those
			}
		}
		want := slowRoundHalfUp(price, rate)
		r, err := credits.Redeem(credits.MaxCredits, won(price), won(rate))
		exact := new(big.Rat).Quo(price.Rat(), rate.Rat())
		if exact.Cmp(new(big.Rat).SetFrac64(2*credits.MaxCredits+1, 2)) >= 0 { // rounds above MaxCredits
			if !errors.Is(err, credits.ErrOutOfRange) {
				t.Fatalf("%v ÷ %v is above MaxCredits: got %+v, %v", price, rate, r, err)
			}
			return
		}
		if err != nil || r.Deducted != want {
			t.Fatalf("%v ÷ %v: deducted %d (%v), want %d", price, rate, r.Deducted, err, want)
		}
	})
}
