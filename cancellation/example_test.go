package cancellation_test

import (
	"fmt"
	"time"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/cancellation"
	"golang.org/x/text/currency"
)

// A workshop cancelled 10 calendar days before it starts costs half its
// price (rule CANCEL-2, §2.6).
func ExampleAssess() {
	seoul, err := time.LoadLocation("Asia/Seoul")
	if err != nil {
		panic(err)
	}
	start := time.Date(2026, time.March, 16, 9, 0, 0, 0, seoul)
	out, err := cancellation.Assess(start, start.AddDate(0, 0, -10), decimal.RequireFromString("12000.00"))
	if err != nil {
		panic(err)
	}
	fmt.Println(out.NoticeDays, out.Fee.StringFixed(2), out.Refund.StringFixed(2), out.Rules)
	// Output: 10 6000.00 6000.00 CANCEL-2, D-CANCEL, D-DAYS
}

// The bands of §2.6 at each boundary: 14 days is free, 13 and 6 cost half,
// 5 and the start day itself cost everything (CANCEL-1, CANCEL-2,
// CANCEL-3).
func ExampleAssess_boundaries() {
	seoul, err := time.LoadLocation("Asia/Seoul")
	if err != nil {
		panic(err)
	}
	start := time.Date(2026, time.March, 16, 9, 0, 0, 0, seoul)
	for _, days := range []int{14, 13, 6, 5, 0, -1} {
		out, err := cancellation.Assess(start, start.AddDate(0, 0, -days), decimal.RequireFromString("1000000"))
		if err != nil {
			panic(err)
		}
		fmt.Printf("%3d days: fee %-7s refund %-7s %v\n", out.NoticeDays, out.Fee, out.Refund, out.Rules)
	}
	// Output:
	//  14 days: fee 0       refund 1000000 CANCEL-1, D-CANCEL, D-DAYS
	//  13 days: fee 500000  refund 500000  CANCEL-2, D-CANCEL, D-DAYS
	//   6 days: fee 500000  refund 500000  CANCEL-2, D-CANCEL, D-DAYS
	//   5 days: fee 1000000 refund 0       CANCEL-3, D-CANCEL, D-DAYS
	//   0 days: fee 1000000 refund 0       CANCEL-3, D-CANCEL, D-DAYS
	//  -1 days: fee 1000000 refund 0       CANCEL-3, D-CANCEL, D-DAYS
}

// 23:30 UTC on 1 March is already 08:30 on 2 March in Seoul, where the
// service is delivered: the notice is counted in Seoul (D-DAYS), so
// 2 March 15:30 UTC — past midnight in Seoul — already costs half.
func ExampleAssess_lateEveningUTC() {
	seoul, err := time.LoadLocation("Asia/Seoul")
	if err != nil {
		panic(err)
	}
	start := time.Date(2026, time.March, 16, 9, 0, 0, 0, seoul)
	for _, c := range []time.Time{
		time.Date(2026, time.March, 1, 23, 30, 0, 0, time.UTC),
		time.Date(2026, time.March, 2, 15, 30, 0, 0, time.UTC),
	} {
		out, err := cancellation.Assess(start, c, decimal.RequireFromString("100"))
		if err != nil {
			panic(err)
		}
		fmt.Println(c.Format(time.DateTime), "UTC =", c.In(seoul).Format(time.DateTime), "KST:", out.NoticeDays, "days, fee", out.Fee)
	}
	// Output:
	// 2026-03-01 23:30:00 UTC = 2026-03-02 08:30:00 KST: 14 days, fee 0
	// 2026-03-02 15:30:00 UTC = 2026-03-03 00:30:00 KST: 13 days, fee 50
}

// AssessIn names the delivery location explicitly, here for a start time
// stored in UTC (D-DAYS).
func ExampleAssessIn() {
	tokyo, err := time.LoadLocation("Asia/Tokyo")
	if err != nil {
		panic(err)
	}
	start := time.Date(2026, time.June, 1, 0, 0, 0, 0, time.UTC)      // 09:00 in Tokyo
	cancelled := time.Date(2026, time.May, 26, 20, 0, 0, 0, time.UTC) // 27 May 05:00 in Tokyo
	out, err := cancellation.AssessIn(tokyo, start, cancelled, decimal.RequireFromString("300000"))
	if err != nil {
		panic(err)
	}
	fmt.Println(out.NoticeDays, out.Fee, out.Rules)
	// Output: 5 300000 CANCEL-3, D-CANCEL, D-DAYS
}

// AssessNotice applies the bands to a notice already counted (AMB-9).
func ExampleAssessNotice() {
	out, err := cancellation.AssessNotice(13, decimal.RequireFromString("7"))
	if err != nil {
		panic(err)
	}
	fmt.Println(out.FeeRate, out.Fee, out.Refund, out.Rules)
	// Output: 0.5 3.5 3.5 CANCEL-2, D-CANCEL
}

// A prepaid service of 12,345 KRW cancelled with 10 days' notice: the fee
// of 6,172.5 KRW is rounded half up to whole won (KRW has no minor unit),
// and the rest is refunded (D-CANCEL).
func ExampleOutcome_Settle() {
	out, err := cancellation.AssessNotice(10, decimal.RequireFromString("12345"))
	if err != nil {
		panic(err)
	}
	s, err := out.Settle(currency.KRW)
	if err != nil {
		panic(err)
	}
	fmt.Println(s.Currency, s.Fee, s.Refund)
	// Output: KRW 6173 6172
}

// RoundFee rounds half up to the currency's minor unit.
func ExampleRoundFee() {
	for _, c := range []struct {
		fee string
		cur currency.Unit
	}{{"6172.5", currency.KRW}, {"10.005", currency.USD}, {"499.5", currency.JPY}} {
		r, err := cancellation.RoundFee(decimal.RequireFromString(c.fee), c.cur)
		if err != nil {
			panic(err)
		}
		fmt.Println(c.cur, c.fee, "→", r)
	}
	// Output:
	// KRW 6172.5 → 6173
	// USD 10.005 → 10.01
	// JPY 499.5 → 500
}
