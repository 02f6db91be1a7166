package cancellation_test

import (
	"fmt"
	"time"

	"github.com/supportrules/unified/cancellation"
	"github.com/supportrules/unified/contract/money"
)

// A workshop cancelled 10 calendar days before it starts costs half its
// price (rule CANCEL-2, §2.6).
func ExampleAssess() {
	seoul, err := time.LoadLocation("Asia/Seoul")
	if err != nil {
		panic(err)
	}
	start := time.Date(2026, time.March, 16, 9, 0, 0, 0, seoul)
	out, err := cancellation.Assess(start, start.AddDate(0, 0, -10), money.MustParse("12000.00 USD"))
	if err != nil {
		panic(err)
	}
	fmt.Println(out.NoticeDays, out.Fee, out.Refund, out.Rules)
	// Output: 10 6000.00 USD 6000.00 USD CANCEL-2, D-CANCEL, D-DAYS
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
		out, err := cancellation.Assess(start, start.AddDate(0, 0, -days), money.MustParse("1000000 KRW"))
		if err != nil {
			panic(err)
		}
		fmt.Printf("%3d days: fee %-11s refund %-11s %v\n", out.NoticeDays, out.Fee, out.Refund, out.Rules)
	}
	// Output:
	//  14 days: fee 0 KRW       refund 1000000 KRW CANCEL-1, D-CANCEL, D-DAYS
	//  13 days: fee 500000 KRW  refund 500000 KRW  CANCEL-2, D-CANCEL, D-DAYS
	//   6 days: fee 500000 KRW  refund 500000 KRW  CANCEL-2, D-CANCEL, D-DAYS
	//   5 days: fee 1000000 KRW refund 0 KRW       CANCEL-3, D-CANCEL, D-DAYS
	//   0 days: fee 1000000 KRW refund 0 KRW       CANCEL-3, D-CANCEL, D-DAYS
	//  -1 days: fee 1000000 KRW refund 0 KRW       CANCEL-3, D-CANCEL, D-DAYS
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
		out, err := cancellation.Assess(start, c, money.MustParse("100 USD"))
		if err != nil {
			panic(err)
		}
		fmt.Println(c.Format(time.DateTime), "UTC =", c.In(seoul).Format(time.DateTime), "KST:", out.NoticeDays, "days, fee", out.Fee)
	}
	// Output:
	// 2026-03-01 23:30:00 UTC = 2026-03-02 08:30:00 KST: 14 days, fee 0.00 USD
	// 2026-03-02 15:30:00 UTC = 2026-03-03 00:30:00 KST: 13 days, fee 50.00 USD
}

// A three-day workshop is assessed from its first day (AMB-9): cancelled
// on its second day, it is a cancellation after the start (CANCEL-3).
func ExampleAssess_multiDay() {
	seoul, err := time.LoadLocation("Asia/Seoul")
	if err != nil {
		panic(err)
	}
	first := time.Date(2026, time.March, 16, 9, 0, 0, 0, seoul) // Monday to Wednesday
	for _, c := range []time.Time{first.AddDate(0, 0, -10), first.AddDate(0, 0, 1)} {
		out, err := cancellation.Assess(first, c, money.MustParse("9000000 KRW"))
		if err != nil {
			panic(err)
		}
		fmt.Println(out.NoticeDays, out.Fee, out.Rules)
	}
	// Output:
	// 10 4500000 KRW CANCEL-2, D-CANCEL, D-DAYS
	// -1 9000000 KRW CANCEL-3, D-CANCEL, D-DAYS
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
	out, err := cancellation.AssessIn(tokyo, start, cancelled, money.MustParse("300000 JPY"))
	if err != nil {
		panic(err)
	}
	fmt.Println(out.NoticeDays, out.Fee, out.Rules)
	// Output: 5 300000 JPY CANCEL-3, D-CANCEL, D-DAYS
}

// AssessNotice applies the bands to a notice already counted (AMB-9).
func ExampleAssessNotice() {
	out, err := cancellation.AssessNotice(13, money.MustParse("7 USD"))
	if err != nil {
		panic(err)
	}
	fmt.Println(out.FeeRate, out.Fee, out.Refund, out.Rules)
	// Output: 0.5 3.50 USD 3.50 USD CANCEL-2, D-CANCEL
}

// A prepaid service of 12,345 KRW cancelled with 10 days' notice: the fee
// of 6,172.5 KRW is rounded half up to whole won (KRW has no minor unit),
// and the rest is refunded (D-CANCEL).
func ExampleOutcome_Settle() {
	out, err := cancellation.AssessNotice(10, money.MustParse("12345 KRW"))
	if err != nil {
		panic(err)
	}
	s, err := out.Settle()
	if err != nil {
		panic(err)
	}
	fmt.Println(out.Fee, "→", s.Fee, "+", s.Refund)
	// Output: 6172.5 KRW → 6173 KRW + 6172 KRW
}

// A service redeemed for 3 Proactive Credits, cancelled with 10 days'
// notice: 50% of 3 credits is 1.5, rounded half up to a fee of 2 credits;
// 1 is restored (D-CANCEL, D-CRED-1).
func ExampleRate_FeeInCredits() {
	out, err := cancellation.AssessNotice(10, money.Amount{})
	if err != nil {
		panic(err)
	}
	fee := out.FeeRate.FeeInCredits(3)
	fmt.Println(fee, "kept,", 3-fee, "restored")
	// Output: 2 kept, 1 restored
}

// Cancellations by Microsoft are outside the policy (D-CANCEL, AMB-9).
func ExampleCovers() {
	for _, by := range []cancellation.Initiator{cancellation.Customer, cancellation.WorkshopMinimumRegistration, cancellation.AEMCustomerResources} {
		fmt.Printf("%-29s %v\n", by, cancellation.Covers(by))
	}
	// Output:
	// customer                      allowed (CANCEL-1, CANCEL-2, CANCEL-3, D-CANCEL)
	// workshop-minimum-registration refused (TERM-8, D-CANCEL, AMB-9)
	// aem-customer-resources        refused (AEM-16, D-CANCEL, AMB-9)
}
