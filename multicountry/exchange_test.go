package multicountry_test

import (
	"errors"
	"math"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/multicountry"
)

// Rules MC-16, MC-17, D-CRED-2: credits × source price × rate ÷ destination
// price, computed exactly and rounded half up once. Rows sit on x.5 credits
// and one minor unit either side, between 0-decimal (KRW, JPY) and 2-decimal
// (USD) currencies.
func TestExchangeRoundsHalfUpOnceAtTheEnd(t *testing.T) {
	var (
		seoul   = host("Seoul", "KR", "KRW", "1000")
		tokyo   = loc("Tokyo", "JP", "JPY", "200")
		newYork = loc("New York", "US", "USD", "1000.00")
	)
	tests := []struct {
		name     string
		credits  int64
		from, to multicountry.Location
		fx       string
		want     int64
	}{
		// KRW→JPY: 3 × 1000 × 0.1 ÷ 200 = 1.5 exactly: half up gives 2.
		{"KRW to JPY at exactly 1.5", 3, seoul, tokyo, "0.1", 2},
		// One JPY above and below the half: 300 ÷ 199 = 1.507…, 300 ÷ 201 = 1.492….
		{"KRW to JPY just above 1.5", 3, seoul, loc("Tokyo", "JP", "JPY", "199"), "0.1", 2},
		{"KRW to JPY just below 1.5", 3, seoul, loc("Tokyo", "JP", "JPY", "201"), "0.1", 1},
		// 1 × 1000 × 0.1 ÷ 200 = 0.5: half a credit rounds up to one.
		{"KRW to JPY at exactly 0.5", 1, seoul, tokyo, "0.1", 1},
		// 1 × 1000 × 0.1 ÷ 201 = 0.4975…: nothing arrives.
		{"KRW to JPY just below 0.5", 1, seoul, loc("Tokyo", "JP", "JPY", "201"), "0.1", 0},
		// KRW→USD: 5 × 1,300,000 × 0.00072 ÷ 1,872.00 = 4,680 ÷ 1,872 = 2.5 → 3.
		{"KRW to USD at exactly 2.5", 5, host("Seoul", "KR", "KRW", "1300000"), loc("New York", "US", "USD", "1872.00"), "0.00072", 3},
		// One cent more on the destination price: 4,680 ÷ 1,872.01 = 2.49999… → 2.
		{"KRW to USD one cent below 2.5", 5, host("Seoul", "KR", "KRW", "1300000"), loc("New York", "US", "USD", "1872.01"), "0.00072", 2},
		// One cent less: 4,680 ÷ 1,871.99 = 2.50000… → 3.
		{"KRW to USD one cent above 2.5", 5, host("Seoul", "KR", "KRW", "1300000"), loc("New York", "US", "USD", "1871.99"), "0.00072", 3},
		// USD→KRW: 1 × 1,000.00 × 1,350 ÷ 900,000 = 1.5 → 2.
		{"USD to KRW at exactly 1.5", 1, newYork, host("Seoul", "KR", "KRW", "900000"), "1350", 2},
		// One won more on the destination price: 1,350,000 ÷ 900,001 = 1.49999… → 1.
		{"USD to KRW one won below 1.5", 1, newYork, host("Seoul", "KR", "KRW", "900001"), "1350", 1},
		// JPY→USD: 1 × 150,000 × 0.0067 ÷ 670.00 = 1.5 → 2.
		{"JPY to USD at exactly 1.5", 1, loc("Tokyo", "JP", "JPY", "150000"), loc("New York", "US", "USD", "670.00"), "0.0067", 2},
		// USD→JPY: 7 × 0.50 × 150 ÷ 150 = 3.5 → 4 (a fractional source price).
		{"USD to JPY at exactly 3.5", 7, loc("New York", "US", "USD", "0.50"), loc("Tokyo", "JP", "JPY", "150"), "150", 4},
		// The same currency and price at both ends returns the credits unchanged.
		{"same currency and price", 123_456, seoul, loc("Busan", "KR", "KRW", "1000"), "1", 123_456},
		// The same currency, another price: 10 × 1000 ÷ 3000 = 3.33… → 3.
		{"same currency, dearer credit", 10, seoul, loc("Busan", "KR", "KRW", "3000"), "1", 3},
		// Two locations in one country and two downstream locations are fine here.
		{"two downstream locations", 4, tokyo, loc("Osaka", "JP", "JPY", "400"), "1", 2},
		// Nothing in, nothing out.
		{"zero credits", 0, seoul, tokyo, "0.1", 0},
		// The exact product is kept to the end: 3 × 1.005 × 1.005 = 3.030075, ÷ 2.02005 = 1.5
		// exactly → 2. Rounding the value to cents first (3.03 ÷ 2.02005 = 1.49996…) would give 1.
		{"no intermediate rounding", 3, loc("A", "US", "USD", "1.005"), loc("B", "DE", "EUR", "2.020050"), "1.005", 2},
		// The largest result that fits an int64.
		{"largest result", math.MaxInt64, seoul, loc("Busan", "KR", "KRW", "1000"), "1", math.MaxInt64},
		// A rate whose coefficient (10^20) is beyond 64 bits, still within the
		// 128-bit path: 3 × 1000 × 100 ÷ 200,000 = 1.5 exactly → 2.
		{"128-bit coefficient at exactly 1.5", 3, seoul, loc("Tokyo", "JP", "JPY", "200000"), "100.000000000000000000", 2},
		// The same with a 64-bit rate coefficient (100).
		{"64-bit coefficient at exactly 1.5", 3, seoul, loc("Tokyo", "JP", "JPY", "200000"), "100", 2},
		// 1/3 of a credit per credit: a repeating quotient is still rounded exactly.
		{"repeating quotient", 2, seoul, loc("Busan", "KR", "KRW", "3000"), "1", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := multicountry.Exchange(tt.credits, tt.from, tt.to, dec(tt.fx))
			if err != nil {
				t.Fatalf("Exchange(%d, %v, %v, %s): %v", tt.credits, tt.from, tt.to, tt.fx, err)
			}
			if got != tt.want {
				t.Errorf("Exchange(%d, %v, %v, %s) = %d, want %d", tt.credits, tt.from, tt.to, tt.fx, got, tt.want)
			}
			if ref := exchangeSlow(tt.credits, tt.from, tt.to, dec(tt.fx)); !ref.IsInt64() || ref.Int64() != got {
				t.Errorf("reference = %v, Exchange = %d", ref, got)
			}
		})
	}
}

// Rules MC-17, D-CRED-2 (AMB-4): when credits × price × rate needs more than
// 128 bits, Exchange divides with decimal, and that path too rounds exactly
// half a credit up, once, at the end. Each row first checks that it really
// leaves the 128-bit path; rows sit on x.5 and one unit of the last place
// either side.
func TestExchangeDecimalPathRoundsHalfUpOnceAtTheEnd(t *testing.T) {
	const dear = "300000000000000000.000000000000000000" // 3 × 10^17 KRW, 18 places: coefficient 3 × 10^35
	tests := []struct {
		name    string
		credits int64
		to      string // Busan's credit price, KRW
		want    int64
	}{
		// (10^12 + 1) × 3 × 10^17 ÷ (2 × 10^17) = 1,500,000,000,001.5 exactly → …002.
		{"exactly x.5", 1_000_000_000_001, "200000000000000000.000000000000000000", 1_500_000_000_002},
		// One unit of the 18th place dearer: just below x.5 → …001.
		{"just below x.5", 1_000_000_000_001, "200000000000000000.000000000000000001", 1_500_000_000_001},
		// One unit cheaper: just above x.5 → …002.
		{"just above x.5", 1_000_000_000_001, "199999999999999999.999999999999999999", 1_500_000_000_002},
		// (10^12 + 3) × 1.5 = 1,500,000,000,004.5 → …005: x.5 with an even x rounds up too (not to even).
		{"x.5 with x even", 1_000_000_000_003, "200000000000000000.000000000000000000", 1_500_000_000_005},
	}
	seoul := host("Seoul", "KR", "KRW", dear)
	one := dec("1")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			busan := loc("Busan", "KR", "KRW", tt.to)
			if _, _, exact := multicountry.ExchangeFast(tt.credits, seoul.CreditPrice, one, busan.CreditPrice); exact {
				t.Fatalf("the row stays on the 128-bit path; it must test the decimal path")
			}
			if got, ok := multicountry.ExchangeDecimal(tt.credits, seoul.CreditPrice, one, busan.CreditPrice); !ok || got != tt.want {
				t.Errorf("decimal path: %d × %s ÷ %s = %d (fits %v), want %d", tt.credits, dear, tt.to, got, ok, tt.want)
			}
			got, err := multicountry.Exchange(tt.credits, seoul, busan, one)
			if err != nil || got != tt.want {
				t.Errorf("Exchange(%d, %s KRW → %s KRW) = %d, %v, want %d", tt.credits, dear, tt.to, got, err, tt.want)
			}
			if ref := exchangeSlow(tt.credits, seoul, busan, one); !ref.IsInt64() || ref.Int64() != tt.want {
				t.Errorf("reference = %v, want %d", ref, tt.want)
			}
		})
	}
}

// Rules MC-16, MC-18, D-CRED-2: bad input is refused with an error wrapping
// the sentinel that names the problem, never a panic.
func TestExchangeRefusesBadInput(t *testing.T) {
	var (
		seoul = host("Seoul", "KR", "KRW", "1300000")
		tokyo = loc("Tokyo", "JP", "JPY", "150000")
	)
	with := func(l multicountry.Location, f func(*multicountry.Location)) multicountry.Location {
		f(&l)
		return l
	}
	tests := []struct {
		name     string
		credits  int64
		from, to multicountry.Location
		fx       decimal.Decimal
		wantErr  error
	}{
		// MC-18, D-CRED-2: an exception country on either side refuses, whatever else is wrong.
		{"exception source", 10, exception(seoul), tokyo, dec("0.11"), multicountry.ErrExceptionCountry},
		{"exception destination", 10, seoul, exception(tokyo), dec("0.11"), multicountry.ErrExceptionCountry},
		{"both exception", 10, exception(seoul), exception(tokyo), dec("0.11"), multicountry.ErrExceptionCountry},
		{"exception checked first", -1, exception(seoul), tokyo, dec("-1"), multicountry.ErrExceptionCountry},
		{"negative credits", -1, seoul, tokyo, dec("0.11"), multicountry.ErrNegativeCredits},
		{"zero rate", 10, seoul, tokyo, dec("0"), multicountry.ErrRate},
		{"negative rate", 10, seoul, tokyo, dec("-0.11"), multicountry.ErrRate},
		{"zero-value rate", 10, seoul, tokyo, decimal.Decimal{}, multicountry.ErrRate},
		{"rate beyond range", 10, seoul, tokyo, decimal.New(1, 18), multicountry.ErrRate},
		{"rate with too many places", 10, seoul, tokyo, decimal.New(1, -19), multicountry.ErrRate},
		{"rate with a huge exponent", 10, seoul, tokyo, decimal.New(1, math.MaxInt32), multicountry.ErrRate},
		{"rate with a tiny exponent", 10, seoul, tokyo, decimal.New(1, math.MinInt32), multicountry.ErrRate},
		// Within one currency the only rate is 1.
		{"same currency, rate not 1", 10, seoul, loc("Busan", "KR", "KRW", "1300000"), dec("1.01"), multicountry.ErrRate},
		{"zero price", 10, seoul, loc("Tokyo", "JP", "JPY", "0"), dec("0.11"), multicountry.ErrCreditPrice},
		{"negative price", 10, with(seoul, func(l *multicountry.Location) { l.CreditPrice = dec("-1") }), tokyo, dec("0.11"), multicountry.ErrCreditPrice},
		{"zero-value price", 10, with(seoul, func(l *multicountry.Location) { l.CreditPrice = decimal.Decimal{} }), tokyo, dec("0.11"), multicountry.ErrCreditPrice},
		{"price with a huge exponent", 10, seoul, with(tokyo, func(l *multicountry.Location) { l.CreditPrice = decimal.New(7, math.MaxInt32) }), dec("0.11"), multicountry.ErrCreditPrice},
		{"lower-case currency", 10, seoul, loc("Tokyo", "JP", "jpy", "150000"), dec("0.11"), multicountry.ErrCurrency},
		{"unknown currency", 10, seoul, loc("Tokyo", "JP", "ABC", "150000"), dec("0.11"), multicountry.ErrCurrency},
		{"no currency (XXX)", 10, seoul, loc("Tokyo", "JP", "XXX", "150000"), dec("0.11"), multicountry.ErrCurrency},
		{"alpha-3 country", 10, seoul, loc("Tokyo", "JPN", "JPY", "150000"), dec("0.11"), multicountry.ErrCountry},
		{"lower-case country", 10, seoul, loc("Tokyo", "jp", "JPY", "150000"), dec("0.11"), multicountry.ErrCountry},
		{"empty name", 10, seoul, loc("", "JP", "JPY", "150000"), dec("0.11"), multicountry.ErrName},
		// 2^63-1 × 2 does not fit an int64.
		{"overflow", math.MaxInt64, seoul, loc("Busan", "KR", "KRW", "650000"), dec("1"), multicountry.ErrOverflow},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := multicountry.Exchange(tt.credits, tt.from, tt.to, tt.fx)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Exchange(%d, %v, %v, %s) = %d, %v, want error %v", tt.credits, tt.from, tt.to, tt.fx, got, err, tt.wantErr)
			}
			if got != 0 {
				t.Errorf("Exchange(…) = %d with error %v, want 0", got, err)
			}
		})
	}
}

// The one test of the message format of an exchange refusal (MC-18).
func TestExchangeErrorMessage(t *testing.T) {
	_, err := multicountry.Exchange(10, host("Seoul", "KR", "KRW", "1300000"), exception(loc("Manila", "PH", "PHP", "55000")), dec("0.042"))
	const want = `multicountry: exception country: exchange to "Manila" (PH): Proactive Credits cannot be exchanged with an exception country (MC-18, D-CRED-2)`
	if err == nil || err.Error() != want {
		t.Errorf("Exchange error = %v, want %s", err, want)
	}
}
