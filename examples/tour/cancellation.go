package main

import (
	"fmt"
	"io"
	"time"

	"github.com/supportrules/unified/cancellation"
	"github.com/supportrules/unified/contract/money"
)

// tourCancellation prints what cancelling Contoso Korea's prepaid workshop
// in Seoul costs at each boundary of the §2.6 policy, including a
// cancellation sent late in the evening UTC that is already the next day
// in Seoul. Microsoft-initiated cancellations (TERM-8) are outside the
// policy and are not assessed.
func tourCancellation(w io.Writer, sm *sample) error {
	seoul := sm.cal.Location()
	start := at(seoul, 2026, time.March, 16, 9, 0)
	price := money.MustParse("12345000 KRW")
	fmt.Fprintf(w, "prepaid workshop, %s, starting %s\n", price, start.Format("2006-01-02 15:04 MST"))
	cases := []struct {
		label     string
		cancelled time.Time
	}{
		{"14 days before", start.AddDate(0, 0, -14)},
		{"13 days before", start.AddDate(0, 0, -13)},
		{"6 days before", start.AddDate(0, 0, -6)},
		{"5 days before", start.AddDate(0, 0, -5)},
		{"the same day", start.Add(-2 * time.Hour)},
		{"after the start", start.Add(26 * time.Hour)},
		{"2026-03-01 23:30 UTC", at(time.UTC, 2026, time.March, 1, 23, 30)},
		{"2026-03-02 15:30 UTC", at(time.UTC, 2026, time.March, 2, 15, 30)},
	}
	for _, c := range cases {
		o, err := cancellation.Assess(start, c.cancelled, price)
		if err != nil {
			return err
		}
		s, err := o.Settle()
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "  %-21s (%s Seoul) %3d days: fee %3v%% = %12v, refund %12v  [%v]\n",
			c.label, c.cancelled.In(seoul).Format("01-02 15:04"), o.NoticeDays, o.FeeRate.Decimal().Shift(2), s.Fee, s.Refund, o.Rules)
	}
	o, err := cancellation.AssessNotice(10, money.MustParse("12345 KRW"))
	if err != nil {
		return err
	}
	s, err := o.Settle()
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "  12,345 KRW, %d days' notice, at %v%%: exact fee %v, rounded half up to whole won: fee %v, refund %v  [%v]\n",
		o.NoticeDays, o.FeeRate.Decimal().Shift(2), o.Fee, s.Fee, s.Refund, s.Rules)
	for _, by := range []cancellation.Initiator{cancellation.WorkshopMinimumRegistration, cancellation.AEMCustomerResources} {
		fmt.Fprintf(w, "  cancelled by Microsoft (%v): the policy applies? %v\n", by, cancellation.Covers(by))
	}
	return nil
}
