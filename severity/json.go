package severity

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/supportrules/unified/internal/isoduration"
)

// JSON: every type of the package has a JSON form with camelCase keys,
// enums as their text forms, instants in RFC 3339 and durations in ISO
// 8601 ("PT2H"). A zero instant (no due time, no response yet) is left
// out, as the module leaves out every zero date and instant ("omitzero"),
// and reads back from an absent key or null. The types holding durations
// (Target, Row, CustomerDuty, Status) write them through
// isoduration.Duration; decoding errors wrap ErrInvalidValue, and also the
// enum's own sentinel or isoduration.ErrSyntax.

// isoDuration is a time.Duration written as an ISO 8601 duration.
type isoDuration = isoduration.Duration

// decodeError wraps a JSON decoding error in ErrInvalidValue, keeping the
// sentinel of an enum's own error reachable. An error of a nested decoder
// of this package already wraps it and is returned as it is.
// maxCoverageJSON bounds a Coverage's JSON before it is parsed a second
// time: its rules are at most 64 KiB (rule.Set's bound) and the rest a few
// short names.
const maxCoverageJSON = 1 << 17

func decodeError(what string, err error) error {
	if errors.Is(err, ErrInvalidValue) {
		return err
	}
	return fmt.Errorf("%w: %s: %w", ErrInvalidValue, what, err)
}

// MarshalJSON writes t with Within as an ISO 8601 duration, such as
// {"level":"B","within":"PT2H",…}.
func (t Target) MarshalJSON() ([]byte, error) {
	type plain Target
	return json.Marshal(struct {
		plain
		Within isoDuration `json:"within"`
	}{plain(t), isoDuration(t.Within)})
}

// UnmarshalJSON reads the form of [Target.MarshalJSON].
func (t *Target) UnmarshalJSON(b []byte) error {
	type plain Target
	var v struct {
		plain
		Within isoDuration `json:"within"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return decodeError("target", err)
	}
	*t = Target(v.plain)
	t.Within = time.Duration(v.Within)
	return nil
}

// MarshalJSON writes r with its durations in ISO 8601.
func (r Row) MarshalJSON() ([]byte, error) {
	type plain Row
	return json.Marshal(struct {
		plain
		AzureWithin          isoDuration `json:"azureWithin"`
		OtherWithin          isoDuration `json:"otherWithin"`
		CrisisResourceWithin isoDuration `json:"crisisResourceWithin"`
	}{plain(r), isoDuration(r.AzureWithin), isoDuration(r.OtherWithin), isoDuration(r.CrisisResourceWithin)})
}

// UnmarshalJSON reads the form of [Row.MarshalJSON].
func (r *Row) UnmarshalJSON(b []byte) error {
	type plain Row
	var v struct {
		plain
		AzureWithin          isoDuration `json:"azureWithin"`
		OtherWithin          isoDuration `json:"otherWithin"`
		CrisisResourceWithin isoDuration `json:"crisisResourceWithin"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return decodeError("row", err)
	}
	*r = Row(v.plain)
	r.AzureWithin, r.OtherWithin, r.CrisisResourceWithin = time.Duration(v.AzureWithin), time.Duration(v.OtherWithin), time.Duration(v.CrisisResourceWithin)
	return nil
}

// MarshalJSON writes d with Within in ISO 8601 and Due in RFC 3339 (left
// out for a standing duty).
func (d CustomerDuty) MarshalJSON() ([]byte, error) {
	type plain CustomerDuty
	return json.Marshal(struct {
		plain
		Within isoDuration `json:"within"`
	}{plain(d), isoDuration(d.Within)})
}

// UnmarshalJSON reads the form of [CustomerDuty.MarshalJSON].
func (d *CustomerDuty) UnmarshalJSON(b []byte) error {
	type plain CustomerDuty
	var v struct {
		plain
		Within isoDuration `json:"within"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return decodeError("customer duty", err)
	}
	*d = CustomerDuty(v.plain)
	d.Within = time.Duration(v.Within)
	return nil
}

// MarshalJSON writes s with its durations in ISO 8601 and its instants in
// RFC 3339; a zero Due or Responded (no due time, no response known yet)
// and a zero Target (a duty's status) are left out.
func (s Status) MarshalJSON() ([]byte, error) {
	type plain Status
	return json.Marshal(struct {
		plain
		Remaining isoDuration `json:"remaining"`
		Overdue   isoDuration `json:"overdue"`
	}{plain(s), isoDuration(s.Remaining), isoDuration(s.Overdue)})
}

// UnmarshalJSON reads the form of [Status.MarshalJSON].
func (s *Status) UnmarshalJSON(b []byte) error {
	type plain Status
	var v struct {
		plain
		Remaining isoDuration `json:"remaining"`
		Overdue   isoDuration `json:"overdue"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return decodeError("status", err)
	}
	*s = Status(v.plain)
	s.Remaining, s.Overdue = time.Duration(v.Remaining), time.Duration(v.Overdue)
	return nil
}

// UnmarshalJSON reads r's JSON form; errors wrap ErrInvalidValue (or an
// enum's own sentinel).
func (r *Retargeted) UnmarshalJSON(b []byte) error {
	type plain Retargeted
	var v plain
	if err := json.Unmarshal(b, &v); err != nil {
		return decodeError("retargeted", err)
	}
	*r = Retargeted(v)
	return nil
}

// UnmarshalJSON reads inc's JSON form; errors wrap ErrInvalidValue (or an
// enum's own sentinel).
func (inc *Incident) UnmarshalJSON(b []byte) error {
	type plain Incident
	var v plain
	if err := json.Unmarshal(b, &v); err != nil {
		return decodeError("incident", err)
	}
	*inc = Incident(v)
	return nil
}

// UnmarshalJSON reads ch's JSON form; errors wrap ErrInvalidValue (or an
// enum's own sentinel).
func (ch *Change) UnmarshalJSON(b []byte) error {
	type plain Change
	var v plain
	if err := json.Unmarshal(b, &v); err != nil {
		return decodeError("change", err)
	}
	*ch = Change(v)
	return nil
}

// UnmarshalJSON reads c's JSON form; errors wrap ErrInvalidValue (or an
// enum's own sentinel).
func (c *Coverage) UnmarshalJSON(b []byte) error {
	if len(b) > maxCoverageJSON {
		return fmt.Errorf("%w: coverage: %d bytes of JSON, more than a Coverage can hold (%d)", ErrInvalidValue, len(b), maxCoverageJSON)
	}
	type plain Coverage
	var v plain
	if err := json.Unmarshal(b, &v); err != nil {
		return decodeError("coverage", err)
	}
	*c = Coverage(v)
	return nil
}
