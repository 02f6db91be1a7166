package main

import (
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/flex"
)

// tourFlex prints Contoso Korea's Flex Allowance: 300,000 USD per contract
// year of the Work Order 2026-01-01 to 2028-12-31 (both dates inclusive; the
// contract ends at the start of 2029-01-01), every year allocated at
// contract execution (D-FLEX-2). It shows year 1's requests, the credits
// cap, the forfeited remainder, a refused draft, the use-by dates of each
// year and an equal-value exchange, each with the rules that decided it.
func tourFlex(w io.Writer, sm *sample) error {
	seoul := sm.cal.Location()
	wo := contosoWorkOrder() // the sample Work Order of the contract section
	allowance := wo.FlexAllowance

	// Year 1's requests, built from catalogue services.
	type line struct {
		svc    catalogue.ServiceID
		amount string
	}
	request := func(ls ...line) ([]flex.Request, error) {
		var reqs []flex.Request
		for _, l := range ls {
			u, err := flex.UseOf(l.svc)
			if err != nil {
				return nil, err
			}
			reqs = append(reqs, flex.Request{Use: u, Amount: money.MustParse(l.amount + " USD"), Service: l.svc.String()})
		}
		return reqs, nil
	}
	year1, err := request(
		line{catalogue.UnifiedEnhancedResponse, "150000"},
		line{catalogue.DesignatedEngineering, "60000"},
		line{catalogue.ProactiveCredits, "40000"},
		line{catalogue.CustomProactiveServices, "20000"},
		line{catalogue.Workshops, "12500.50"},
	)
	if err != nil {
		return err
	}

	capAmount, err := flex.CreditsCap(allowance)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Contoso Korea: Flex Allowance %s USD per contract year; credits cap %s USD = min(A, max(20%% × A, 50,000)) [FLEX-2, D-FLEX-1]\n",
		allowance.Decimal().StringFixed(2), capAmount.Decimal().StringFixed(2))

	// A first draft: credits one cent over the cap, and Success Management,
	// which Flex cannot pay for. Refused as a whole, every problem named.
	draft := append([]flex.Request{}, year1...)
	draft[2].Amount = money.MustParse("40000.01 USD")
	draft = append(draft, flex.Request{Use: flex.SuccessManagement, Amount: money.MustParse("15000 USD"), Service: "success-management"})
	if _, err := flex.Allocate(allowance, draft); err != nil {
		fmt.Fprintln(w, "draft refused:")
		var joined interface{ Unwrap() []error }
		errs := []error{err}
		if errors.As(err, &joined) {
			errs = joined.Unwrap()
		}
		for _, e := range errs {
			fmt.Fprintf(w, "  %v\n", e)
		}
	}

	// The signed plan: all three years allocated at execution.
	term := wo.Term
	year2, err := request(
		line{catalogue.UnifiedEnhancedResponse, "150000"},
		line{catalogue.ProactiveCredits, "60000"},
		line{catalogue.AzureEventManagement, "45000"},
	)
	if err != nil {
		return err
	}
	plan, err := flex.AllocateTerm(term, []flex.YearRequests{
		{Allowance: allowance, Requests: year1},
		{Allowance: allowance, Requests: year2},
		{Allowance: allowance}, // nothing chosen for year 3: all of it is forfeited at execution
	})
	if err != nil {
		return err
	}
	y1 := plan.Years[0].Allocation
	fmt.Fprintf(w, "year 1 (%v):\n", plan.Years[0].Period)
	for _, r := range y1.Granted {
		fmt.Fprintf(w, "  %-28s %-20v %12s USD\n", r.Service, r.Use, r.Amount.Decimal().StringFixed(2))
	}
	fmt.Fprintf(w, "  allocated %s, forfeited %s, credits + custom %s of %s (%s left under the cap)\n  [%v]\n",
		y1.Allocated.Decimal().StringFixed(2), y1.Forfeited.Decimal().StringFixed(2), y1.Capped.Decimal().StringFixed(2),
		y1.CreditsCap.Decimal().StringFixed(2), y1.CapRemaining().Decimal().StringFixed(2), y1.Rules)
	for _, y := range plan.Years {
		fmt.Fprintf(w, "year %d %v: allocated %12s, forfeited %12s, use by %v\n",
			y.N, y.Period, y.Allocation.Allocated.Decimal().StringFixed(2), y.Allocation.Forfeited.Decimal().StringFixed(2), y.UseBy)
	}
	fmt.Fprintf(w, "whole term: allocated %s, forfeited %s [%v]\n",
		plan.Allocated.Decimal().StringFixed(2), plan.Forfeited.Decimal().StringFixed(2), plan.Rules)

	// A year-1 workshop in Seoul at 10:00 on 2027-01-01 is 01:00 UTC that
	// day; year 1 has ended, so year 1's funds no longer pay for it.
	at := at(seoul, 2027, time.January, 1, 10, 0)
	ok, err := plan.Years[0].IsUsableAt(at, seoul)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "year 1 funds usable at %s in Seoul? %v [FLEX-4, D-FLEX-2]\n", at.Format("2006-01-02 15:04 MST"), ok)

	// Designated Engineering exchanged, by agreement, for Risk and Health
	// Assessments of equal value.
	ex, err := y1.Exchange(flex.Exchange{Index: 1, Use: flex.ProactiveServices,
		Service: catalogue.RiskHealthAssessment.String(), Agreed: true})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "exchange: %s → %s for %s USD; allocated still %s, forfeited still %s [%v]\n",
		y1.Granted[1].Service, ex.Granted[1].Service, ex.Granted[1].Amount.Decimal().StringFixed(2),
		ex.Allocated.Decimal().StringFixed(2), ex.Forfeited.Decimal().StringFixed(2), ex.Rules)
	if _, err := y1.Exchange(flex.Exchange{Index: 1, Use: flex.ProactiveCredits, Agreed: true}); err != nil {
		fmt.Fprintf(w, "exchange refused: %v\n", err)
	}
	return nil
}
