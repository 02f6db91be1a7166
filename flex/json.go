package flex

import (
	"encoding/json"
	"fmt"

	"github.com/supportrules/unified/contract/money"
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

// maxRequestJSON bounds the JSON a Request decodes: a use, an amount of at
// most 256 bytes and a label for people, with generous white space. Longer
// input is refused before it is parsed, so that a megabyte of digits costs
// encoding/json one scan, not several (issue 14).
const maxRequestJSON = 4096

// UnmarshalJSON decodes the JSON form of a Request. Input longer than
// 4,096 bytes is refused before it is parsed, with [money.ErrRange]. Every
// error wraps [ErrDecode], and the sentinel of the field at fault where
// there is one ([ErrInvalidUse], money's).
func (r *Request) UnmarshalJSON(b []byte) error {
	if len(b) > maxRequestJSON {
		return decodeErr("request", fmt.Errorf("%w: %d bytes of JSON, more than %d", money.ErrRange, len(b), maxRequestJSON))
	}
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
