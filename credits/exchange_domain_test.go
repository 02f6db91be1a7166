package credits_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/credits"
	"pgregory.net/rapid"
)

// genAnyRate draws a rate anywhere in the domain credits accepts: up to 18
// significant digits and 18 decimal places, at most 10^18.
func genAnyRate(t *rapid.T, label string) decimal.Decimal {
	c := rapid.Int64Range(1, 999_999_999_999_999_999).Draw(t, label+"Coefficient")
	e := rapid.IntRange(-18, 0).Draw(t, label+"Exponent")
	return decimal.New(c, int32(e))
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
		c, err := credits.Exchange(sent, from, fx, to)
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
			c, err := credits.Exchange(tt.sent, dec(tt.from), dec(tt.fx), dec(tt.to))
			if err != nil || c.Received != tt.received {
				t.Fatalf("Exchange(%d, %s, %s, %s) = %+v, %v; want %d credits", tt.sent, tt.from, tt.fx, tt.to, c, err, tt.received)
			}
			if want := exactReceived(tt.sent, dec(tt.from), dec(tt.fx), dec(tt.to)); want.Int64() != tt.received {
				t.Fatalf("the row is wrong: exact arithmetic gives %v", want)
			}
		})
	}
}
