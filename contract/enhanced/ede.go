package enhanced

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/rule"
	"github.com/supportrules/unified/internal/isoduration"
)

// Errors of [HourBlock].
var (
	// ErrInsufficientHours reports a deduction larger than the hours left;
	// the document states no overage, so it is refused.
	ErrInsufficientHours = errors.New("enhanced: not enough hours left")
	// ErrInvalidHours reports a negative or fractional-minute amount of
	// hours, or a service not sold in hours.
	ErrInvalidHours = errors.New("enhanced: invalid hours")
)

// maxHours bounds a block: a century of round-the-clock hours.
const maxHours = 100 * 366 * 24 * time.Hour

// An HourBlock is a block of purchased hours of an hour-based service —
// Enhanced Designated Engineering bought as custom hour blocks, Reactive
// Enhanced Designated Engineering, Development Advisory Support, Developer
// Platform Advisory, Support Assistance Management add-on hours — from
// which the hours used and delivered are deducted.
//
// An HourBlock is an immutable value: [HourBlock.Deduct] returns a new
// block. Hours are kept to the minute, without rounding. The zero HourBlock
// is not valid (it has no service). HourBlocks are comparable with ==.
//
// Its JSON form is {"service":"enhanced-designated-engineering",
// "purchased":"PT400H","used":"PT7H30M"}, durations in ISO 8601; decoding
// checks it as [NewHourBlock] and [HourBlock.Deduct] do.
//
// Interpretation: AMB-43 — a minute-level ledger, no rounding; a deduction
// beyond the remaining hours is refused.
//
// Rules EDE-2, EDE-3, REDE-4, OPT-3, OPT-4, SAMX-1, AMB-43 (§2.3, §2.4).
type HourBlock struct {
	service   catalogue.ServiceID
	purchased time.Duration
	used      time.Duration
}

// soldInHours returns the rules under which id is sold in hours (the
// catalogue's units), or the zero Rules.
func soldInHours(id catalogue.ServiceID) rule.Set {
	svc, ok := catalogue.Lookup(id)
	if !ok || !slices.Contains(svc.Units(), catalogue.UnitHours) {
		return rule.Set{}
	}
	return svc.Rules(catalogue.FactUnits)
}

// NewHourBlock returns a block of purchased hours of service id with none
// used. It returns an error wrapping [ErrInvalidHours] when id is not sold
// in hours or purchased is negative, not a whole number of minutes, or more
// than a century.
//
// Rules EDE-2, EDE-3, REDE-4, OPT-3, OPT-4, SAMX-1.
func NewHourBlock(id catalogue.ServiceID, purchased time.Duration) (HourBlock, error) {
	if soldInHours(id).Len() == 0 {
		return HourBlock{}, fmt.Errorf("%w: %v is not sold in hours", ErrInvalidHours, id)
	}
	if err := checkMinutes(purchased); err != nil {
		return HourBlock{}, err
	}
	return HourBlock{service: id, purchased: purchased}, nil
}

func checkMinutes(d time.Duration) error {
	if d < 0 || d > maxHours || d%time.Minute != 0 {
		return fmt.Errorf("%w: %v (whole minutes, 0 to %v)", ErrInvalidHours, d, maxHours)
	}
	return nil
}

// Service returns the service the hours are of.
func (h HourBlock) Service() catalogue.ServiceID { return h.service }

// Purchased returns the hours bought.
func (h HourBlock) Purchased() time.Duration { return h.purchased }

// Used returns the hours used and delivered so far.
func (h HourBlock) Used() time.Duration { return h.used }

// Remaining returns purchased − used, never negative.
//
// Rules EDE-3, REDE-4.
func (h HourBlock) Remaining() time.Duration { return h.purchased - h.used }

// IsValid reports whether h was built by [NewHourBlock].
func (h HourBlock) IsValid() bool { return h.service.IsValid() }

// Rules returns the rules that govern the block's deductions.
func (h HourBlock) Rules() rule.Set {
	return soldInHours(h.service).With("AMB-43")
}

// Deduct returns h with used (hours used and delivered) deducted from the
// remaining hours: remaining = purchased − Σ delivered. h itself is
// unchanged. It returns an error wrapping [ErrInsufficientHours] when used
// is more than what remains (the document states no overage), and
// [ErrInvalidHours] when used is negative or not whole minutes, or h is
// not valid.
//
// Rules EDE-3, REDE-4, AMB-43 (§2.4).
func (h HourBlock) Deduct(used time.Duration) (HourBlock, error) {
	if !h.IsValid() {
		return h, fmt.Errorf("%w: zero HourBlock", ErrInvalidHours)
	}
	if err := checkMinutes(used); err != nil {
		return h, err
	}
	if used > h.Remaining() {
		return h, fmt.Errorf("%w: %v of %v: %v left (%s)", ErrInsufficientHours, used, h.service, h.Remaining(), h.Rules())
	}
	h.used += used
	return h, nil
}

// hourBlockJSON is the wire form of an HourBlock.
type hourBlockJSON struct {
	Service   catalogue.ServiceID `json:"service"`
	Purchased string              `json:"purchased"`
	Used      string              `json:"used"`
}

// MarshalJSON implements [json.Marshaler]. The zero HourBlock is an error
// wrapping [ErrInvalidHours], as it has no service.
func (h HourBlock) MarshalJSON() ([]byte, error) {
	if !h.IsValid() {
		return nil, fmt.Errorf("%w: zero HourBlock", ErrInvalidHours)
	}
	return json.Marshal(hourBlockJSON{Service: h.service, Purchased: isoduration.Format(h.purchased), Used: isoduration.Format(h.used)})
}

// UnmarshalJSON implements [json.Unmarshaler]: the block of
// NewHourBlock(service, purchased) with used deducted. Every error wraps
// [ErrInvalidHours] or [ErrInsufficientHours] (or the catalogue's sentinel
// for an unknown service); h is unchanged on error.
func (h *HourBlock) UnmarshalJSON(b []byte) error {
	var w hourBlockJSON
	if err := json.Unmarshal(b, &w); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidHours, err)
	}
	purchased, err := isoduration.Parse(w.Purchased)
	if err != nil {
		return fmt.Errorf("%w: purchased: %w", ErrInvalidHours, err)
	}
	used, err := isoduration.Parse(w.Used)
	if err != nil {
		return fmt.Errorf("%w: used: %w", ErrInvalidHours, err)
	}
	v, err := NewHourBlock(w.Service, purchased)
	if err != nil {
		return err
	}
	if v, err = v.Deduct(used); err != nil {
		return err
	}
	*h = v
	return nil
}
