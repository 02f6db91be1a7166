package flex

import (
	"encoding/json"
	"fmt"
)

// The JSON forms of the package's values follow the module's convention:
// camelCase keys, amounts as {"amount":"60000.00","currency":"USD"} (the
// money package's form, which bounds numeric text before parsing it and
// never depends on decimal's package settings), uses by name. The decoders
// below only wrap every error in [ErrDecode]; they check syntax, and
// [Allocate], [AllocateTerm] and [Allocation.Exchange] check the values.

func decodeErr(what string, err error) error {
	return fmt.Errorf("%w: %s: %w", ErrDecode, what, err)
}

// UnmarshalJSON decodes the JSON form of a Request. Every error wraps
// [ErrDecode], and the sentinel of the field at fault where there is one
// ([ErrInvalidUse], money's).
func (r *Request) UnmarshalJSON(b []byte) error {
	type fields Request // the same fields, without this method
	var f fields
	if err := json.Unmarshal(b, &f); err != nil {
		return decodeErr("request", err)
	}
	*r = Request(f)
	return nil
}

// UnmarshalJSON decodes the JSON form of an Allocation; every error wraps
// [ErrDecode]. It checks the syntax only; [Allocation.Exchange] checks a
// decoded Allocation again.
func (a *Allocation) UnmarshalJSON(b []byte) error {
	type fields Allocation
	var f fields
	if err := json.Unmarshal(b, &f); err != nil {
		return decodeErr("allocation", err)
	}
	*a = Allocation(f)
	return nil
}

// MarshalJSON encodes a with its granted requests as a list, never null.
func (a Allocation) MarshalJSON() ([]byte, error) {
	type fields Allocation
	if a.Granted == nil {
		a.Granted = []Request{}
	}
	return json.Marshal(fields(a))
}

// UnmarshalJSON decodes the JSON form of a YearRequests; every error wraps
// [ErrDecode].
func (y *YearRequests) UnmarshalJSON(b []byte) error {
	type fields YearRequests
	var f fields
	if err := json.Unmarshal(b, &f); err != nil {
		return decodeErr("year requests", err)
	}
	*y = YearRequests(f)
	return nil
}

// UnmarshalJSON decodes the JSON form of a Schedule; every error wraps
// [ErrDecode].
func (s *Schedule) UnmarshalJSON(b []byte) error {
	type fields Schedule
	var f fields
	if err := json.Unmarshal(b, &f); err != nil {
		return decodeErr("schedule", err)
	}
	*s = Schedule(f)
	return nil
}
