package main

import (
	"fmt"
	"io"

	"github.com/supportrules/unified/flex"
)

// userFlex prints the credits cap of the caller's Flex Allowance.
func userFlex(w io.Writer, in input) error {
	wo := in.workOrder.wo
	if wo.FlexAllowance.IsZero() {
		fmt.Fprintln(w, "The Work Order states no Flex Allowance  [FLEX-1]")
		return nil
	}
	cap, err := flex.CreditsCap(wo.FlexAllowance)
	if err != nil {
		return fmt.Errorf("%w: flexAllowance: %v", errInput, err)
	}
	fmt.Fprintf(w, "Flex Allowance %s USD per contract year; at most %s USD of it to Proactive Credits and Custom Proactive Services  [FLEX-2, D-FLEX-1]\n",
		wo.FlexAllowance.Decimal().StringFixed(2), cap.Decimal().StringFixed(2))
	return nil
}

// userCredits prints the Proactive Credits the caller's Work Order states.
func userCredits(w io.Writer, in input) error {
	wo := in.workOrder.wo
	fmt.Fprintf(w, "Proactive Credits stated: %d, forfeited if unused by %v  [CRED-1, TERM-7, D-TERM-2]\n", wo.ProactiveCredits, wo.Term.End)
	return nil
}

// userCancellation prints the cancellation schedule as it applies to the
// caller's Work Order.
func userCancellation(w io.Writer, in input) error {
	fmt.Fprintln(w, "A service cancelled 14 or more days before its start: no fee  [CANCEL-1, D-CANCEL]")
	fmt.Fprintln(w, "6 to 13 days before: 50% of its price  [CANCEL-2, D-CANCEL]")
	fmt.Fprintln(w, "5 days or fewer, the same day or after the start: 100%  [CANCEL-3, D-CANCEL]")
	return nil
}

// userMulticountry prints the caller's locations and what each purchase
// is for.
func userMulticountry(w io.Writer, in input) error {
	wo := in.workOrder.wo
	if !wo.MultiCountry {
		fmt.Fprintln(w, "The Work Order does not specify multi-country support  [BUY-9]")
		return nil
	}
	for _, l := range wo.Locations {
		n := 0
		for _, p := range wo.Purchases {
			if p.Location == l.Name {
				n++
			}
		}
		fmt.Fprintf(w, "%-10s %-8s %d purchase line(s), invoiced in %s  [MC-2, MC-4]\n", l.Role, l.Name, n, l.Currency)
	}
	return nil
}
