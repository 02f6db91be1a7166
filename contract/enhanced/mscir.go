package enhanced

import (
	"fmt"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/rule"
)

// An MSCIRClause is one of the things a customer who authorises MSCIR work
// before the MSCIR agreement is deemed to agree to, as clause (a), (b) or
// (c) of MSCIR-6 states it.
//
// Rules MSCIR-6 (§2.4).
type MSCIRClause struct {
	// Clause is the clause's letter in the document: "a", "b" or "c".
	Clause string `json:"clause"`
	// Text says what the clause binds the customer to, in English;
	// Korean is the document's own words (seed lines 1828-1846).
	Text   string   `json:"text"`
	Korean string   `json:"korean"`
	Rules  rule.Set `json:"rules"`
}

// MSCIREarlyStartClauses returns what an authorised urgent start of MSCIR
// work before the MSCIR agreement binds the customer to, notwithstanding
// anything to the contrary: (a) take all reasonably necessary steps to
// execute the MSCIR agreement as soon as possible; (b) be solely
// responsible for the services provided before the agreement is executed,
// and pay for them as Microsoft invoices; (c) Microsoft is not liable for
// any act or omission connected with the authorised work before signature,
// and the customer assumes all related risk. It returns a new slice on each
// call.
//
// Rules MSCIR-5, MSCIR-6 (§2.4 Microsoft Cybersecurity Incident Response).
func MSCIREarlyStartClauses() []MSCIRClause {
	return []MSCIRClause{
		{Clause: "a", Text: "Take all reasonably necessary steps to execute the MSCIR agreement as soon as possible",
			Korean: "MSCIR 계약을 가능한 한 빨리 이행하는 데 합리적으로 필요한 모든 조치를 취하고", Rules: rule.Cite("MSCIR-6")},
		{Clause: "b", Text: "Be solely responsible for the services provided before the MSCIR agreement is executed, and pay for them as Microsoft invoices",
			Korean: "MSCIR 계약 이행 이전에 제공된 서비스에 대해 전적으로 책임을 지고 Microsoft가 청구한 대로 비용을 지불하는 데 동의하며", Rules: rule.Cite("MSCIR-6")},
		{Clause: "c", Text: "Microsoft is not liable for any act or omission connected with the authorised work before signature; the customer assumes all related risk",
			Korean: "Microsoft는 서명 전에 발생하는 승인된 작업과 관련된 일체의 작위 또는 부작위에 대해서도 책임을 지지 않으며 고객이 모든 관련 위험을 감수한다는 데 동의", Rules: rule.Cite("MSCIR-6")},
	}
}

// An MSCIREarlyStart is MSCIR work that the customer, in an urgent
// situation, requested and authorised Microsoft to start before buying
// MSCIR or defining its scope (MSCIR-5), and what that binds the customer
// to (MSCIR-6), as data a contract tool can show. Build one with
// [NewMSCIREarlyStart].
//
// Interpretation: AMB-32 reading 1 — "the MSCIR agreement" is the formal
// purchase agreement (or statement of work) that is executed later, not
// the authorisation itself. Dates are civil dates; work on the day the
// agreement is executed is under the agreement, not before it.
//
// Rules MSCIR-5, MSCIR-6, AMB-32 (§2.4).
type MSCIREarlyStart struct {
	// Authorised is the day the customer authorised the early start.
	Authorised calendar.Date `json:"authorised"`
	// Executed is the day the MSCIR agreement was executed (signed), on or
	// after Authorised; the zero Date while it has not been.
	Executed calendar.Date `json:"executed,omitzero"`
	// Binds is what the authorisation binds the customer to
	// ([MSCIREarlyStartClauses]).
	Binds []MSCIRClause `json:"binds"`
	Rules rule.Set      `json:"rules"`
}

// NewMSCIREarlyStart returns the early start of MSCIR work authorised on
// authorised, whose MSCIR agreement was executed on executed (the zero
// Date while it has not been), with the clauses it binds the customer to.
// It returns an error wrapping [contract.ErrInvalidTerm] when authorised
// is not a valid date, or executed is neither the zero Date nor a valid
// date on or after authorised.
//
// Rules MSCIR-5, MSCIR-6, AMB-32 (§2.4).
func NewMSCIREarlyStart(authorised, executed calendar.Date) (MSCIREarlyStart, error) {
	if !authorised.IsValid() {
		return MSCIREarlyStart{}, fmt.Errorf("%w: MSCIR early start authorised %v", contract.ErrInvalidTerm, authorised)
	}
	if executed != (calendar.Date{}) && (!executed.IsValid() || executed.Before(authorised)) {
		return MSCIREarlyStart{}, fmt.Errorf("%w: MSCIR agreement executed %v, before the early start authorised %v (MSCIR-5)", contract.ErrInvalidTerm, executed, authorised)
	}
	return MSCIREarlyStart{Authorised: authorised, Executed: executed, Binds: MSCIREarlyStartClauses(), Rules: rule.Cite("MSCIR-5", "MSCIR-6", "AMB-32")}, nil
}

// BeforeAgreement reports whether MSCIR work on day on is authorised work
// before the MSCIR agreement, which the customer pays for as invoiced and
// at its own risk (MSCIR-6 (b), (c)): on or after Authorised and, once the
// agreement is executed, before Executed. Work before the authorisation is
// not authorised at all, and work from the execution day on is under the
// agreement; both are refused, citing MSCIR-5.
//
// Rules MSCIR-5, MSCIR-6 (§2.4).
func (s MSCIREarlyStart) BeforeAgreement(on calendar.Date) rule.Verdict {
	if !s.Authorised.IsValid() || !on.IsValid() || on.Before(s.Authorised) ||
		s.Executed != (calendar.Date{}) && !on.Before(s.Executed) {
		return rule.Deny("MSCIR-5")
	}
	return rule.Allow("MSCIR-5", "MSCIR-6")
}
