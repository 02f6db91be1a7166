package credits

import (
	"fmt"

	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/rule"
)

// Redeemable answers whether Proactive Credits may pay for service id, with
// the rules that decide it. Credits are exchanged for "defined additional
// services" (CRED-2): a service may be redeemed when the catalogue lists it
// as a proactive service (SVC-1) that is bought as an addition ("+" or
// "+1", MARK-2, MARK-3), other than Proactive Credits themselves, and that
// the Flex Allowance may pay for. So Problem Resolution Support (reactive),
// Success Management (FLEX-5, D-FLEX-3), On-demand Assessment (included in
// the Base Package) and the Enhanced Solutions are refused; Workshops,
// Chalk Talks and Custom Proactive Services are allowed. An invalid service
// is an error wrapping [ErrNotRedeemable].
//
// Interpretation: RULES.md does not list what credits may buy. CRED-2 says
// "additional services", and the credits are "Proactive" (table 8 is among
// the proactive tables): this function follows the catalogue's Kind
// (proactive), marking ("+", "+1") and Flex facts (not ineligible), and
// cites the facts it used.
//
// Rules CRED-2, SVC-1, MARK-1, MARK-2, FLEX-5, D-FLEX-3 (§2.3 table 8).
func Redeemable(id catalogue.ServiceID) (rule.Verdict, error) {
	svc, ok := catalogue.Lookup(id)
	if !ok {
		return rule.Verdict{}, fmt.Errorf("%w: service %v (DOC-1)", ErrNotRedeemable, id)
	}
	switch {
	case id == catalogue.ProactiveCredits:
		return rule.Deny("CRED-1", "CRED-2"), nil
	case svc.Kind() != catalogue.KindProactive:
		v := rule.Deny("CRED-2", "SVC-1")
		v.Rules = v.Rules.Join(svc.Rules(catalogue.FactCategory))
		if svc.Flex() == catalogue.FlexIneligible {
			v.Rules = v.Rules.Join(svc.Rules(catalogue.FactFlex))
		}
		return v, nil
	case svc.PurchaseMarking() == catalogue.MarkingIncluded:
		v := rule.Deny("CRED-2", "MARK-1")
		v.Rules = v.Rules.Join(svc.Rules(catalogue.FactMarking))
		return v, nil
	case svc.Flex() == catalogue.FlexIneligible:
		v := rule.Deny("CRED-2")
		v.Rules = v.Rules.Join(svc.Rules(catalogue.FactFlex))
		return v, nil
	}
	v := rule.Allow("CRED-2")
	v.Rules = v.Rules.Join(svc.Rules(catalogue.FactMarking))
	return v, nil
}

// checkRedeemable returns an error wrapping [ErrNotRedeemable], citing the
// rules, when credits may not pay for id.
func checkRedeemable(id catalogue.ServiceID) error {
	v, err := Redeemable(id)
	if err != nil {
		return err
	}
	if !v.Allowed {
		return fmt.Errorf("%w: %v (%v)", ErrNotRedeemable, id, v.Rules)
	}
	return nil
}
