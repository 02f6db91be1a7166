package flex

import (
	"encoding/json"
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/rule"
)

// The JSON forms of the package's values. Amounts are written as JSON
// strings of their exact decimal text, whatever decimal's package-level
// MarshalJSONWithoutQuotes says, so the output never depends on a setting
// some other importer may have changed; on input both strings and numbers
// are accepted.

// amount is the JSON form of one decimal.Decimal field.
type amount struct{ d *decimal.Decimal }

func (a amount) MarshalJSON() ([]byte, error) { return json.Marshal(show(*a.d)) }

func (a amount) UnmarshalJSON(b []byte) error {
	s := string(b)
	if len(b) > 0 && b[0] == '"' {
		if err := json.Unmarshal(b, &s); err != nil {
			return fmt.Errorf("flex: amount: %w", err)
		}
	}
	if s == "null" {
		*a.d = decimal.Decimal{}
		return nil
	}
	d, err := decimal.NewFromString(s)
	if err != nil {
		return fmt.Errorf("flex: amount: %w", err)
	}
	// A zero is kept as the plain zero, and a non-zero amount with an
	// exponent no whole-cent amount up to MaxAmountUSD is written with is
	// refused here: summing or comparing "0e-2147483648" or "1e-2147483648"
	// would scale the other operand by 10^2147483648.
	switch e := d.Exponent(); {
	case d.Sign() == 0:
		d = decimal.Decimal{}
	case e > 40:
		return fmt.Errorf("%w: amount %s", ErrAmountTooLarge, show(d))
	case e < -40:
		return fmt.Errorf("%w: amount %s", ErrFractionalCent, show(d))
	}
	*a.d = d
	return nil
}

type requestJSON struct {
	Use     Use    `json:"use"`
	Amount  amount `json:"amount"`
	Service string `json:"service,omitempty"`
}

// MarshalJSON encodes r as {"use": "proactive-credits", "amount": "60000",
// "service": "…"}.
func (r Request) MarshalJSON() ([]byte, error) {
	return json.Marshal(requestJSON{Use: r.Use, Amount: amount{&r.Amount}, Service: r.Service})
}

// UnmarshalJSON decodes the form of [Request.MarshalJSON]. It checks the
// syntax only; [Allocate] checks the values.
func (r *Request) UnmarshalJSON(b []byte) error {
	var x Request
	v := requestJSON{Amount: amount{&x.Amount}}
	if err := json.Unmarshal(b, &v); err != nil {
		return fmt.Errorf("flex: request: %w", err)
	}
	x.Use, x.Service = v.Use, v.Service
	*r = x
	return nil
}

type allocationJSON struct {
	Allowance  amount    `json:"allowance"`
	Allocated  amount    `json:"allocated"`
	Forfeited  amount    `json:"forfeited"`
	CreditsCap amount    `json:"creditsCap"`
	Capped     amount    `json:"capped"`
	Granted    []Request `json:"granted"`
	Rules      rule.Set  `json:"rules"`
}

func (a *Allocation) json() allocationJSON {
	return allocationJSON{
		Allowance: amount{&a.Allowance}, Allocated: amount{&a.Allocated}, Forfeited: amount{&a.Forfeited},
		CreditsCap: amount{&a.CreditsCap}, Capped: amount{&a.Capped}, Granted: a.Granted, Rules: a.Rules,
	}
}

// MarshalJSON encodes a as an object with the amounts as decimal strings,
// the granted requests and the rules.
func (a Allocation) MarshalJSON() ([]byte, error) {
	v := a.json()
	if v.Granted == nil {
		v.Granted = []Request{}
	}
	return json.Marshal(v)
}

// UnmarshalJSON decodes the form of [Allocation.MarshalJSON]. It checks the
// syntax only; [Allocation.Exchange] checks a decoded Allocation again.
func (a *Allocation) UnmarshalJSON(b []byte) error {
	var x Allocation
	v := x.json()
	if err := json.Unmarshal(b, &v); err != nil {
		return fmt.Errorf("flex: allocation: %w", err)
	}
	x.Granted, x.Rules = v.Granted, v.Rules
	*a = x
	return nil
}

type yearRequestsJSON struct {
	Allowance amount    `json:"allowance"`
	Requests  []Request `json:"requests"`
}

// MarshalJSON encodes y as {"allowance": "300000", "requests": […]}.
func (y YearRequests) MarshalJSON() ([]byte, error) {
	return json.Marshal(yearRequestsJSON{Allowance: amount{&y.Allowance}, Requests: y.Requests})
}

// UnmarshalJSON decodes the form of [YearRequests.MarshalJSON].
func (y *YearRequests) UnmarshalJSON(b []byte) error {
	var x YearRequests
	v := yearRequestsJSON{Allowance: amount{&x.Allowance}}
	if err := json.Unmarshal(b, &v); err != nil {
		return fmt.Errorf("flex: year requests: %w", err)
	}
	x.Requests = v.Requests
	*y = x
	return nil
}

type planJSON struct {
	Term      contract.Term `json:"term"`
	Years     []Year        `json:"years"`
	Allocated amount        `json:"allocated"`
	Forfeited amount        `json:"forfeited"`
	Rules     rule.Set      `json:"rules"`
}

// MarshalJSON encodes p as an object with the term, the years, the totals
// as decimal strings and the rules.
func (p Plan) MarshalJSON() ([]byte, error) {
	return json.Marshal(planJSON{Term: p.Term, Years: p.Years, Allocated: amount{&p.Allocated},
		Forfeited: amount{&p.Forfeited}, Rules: p.Rules})
}

// UnmarshalJSON decodes the form of [Plan.MarshalJSON].
func (p *Plan) UnmarshalJSON(b []byte) error {
	var x Plan
	v := planJSON{Allocated: amount{&x.Allocated}, Forfeited: amount{&x.Forfeited}}
	if err := json.Unmarshal(b, &v); err != nil {
		return fmt.Errorf("flex: plan: %w", err)
	}
	x.Term, x.Years, x.Rules = v.Term, v.Years, v.Rules
	*p = x
	return nil
}
