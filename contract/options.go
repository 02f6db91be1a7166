package contract

import (
	"errors"
	"time"

	"github.com/supportrules/unified/calendar"
)

// ErrMalformed reports JSON that is not the form of a Work Order or one of
// its parts: a syntax error, a value of the wrong type, a number or date
// that does not parse. Every error the package's decoders return wraps it
// or a more specific sentinel ([ErrInvalidLocation], [ErrInvalidEnum], or
// one of package money's for an amount).
var ErrMalformed = errors.New("contract: malformed JSON")

// A ValidateOption adjusts how [WorkOrder.Validate], [WorkOrder.Violations],
// [Location.Validate] and [Location.Zone] work. Without options they
// resolve time zones with [time.LoadLocation].
type ValidateOption func(*config)

// WithZones makes the checks resolve time zone names with r, the module's
// one resolver type ([calendar.ZoneResolver]), instead of
// [time.LoadLocation], so that no zone database is read from disk. A nil r
// leaves the default.
func WithZones(r calendar.ZoneResolver) ValidateOption {
	return func(c *config) {
		if r != nil {
			c.resolve = r
		}
	}
}

// config is the set of options in force.
type config struct {
	resolve calendar.ZoneResolver
}

func newConfig(opts []ValidateOption) config {
	c := config{resolve: time.LoadLocation}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	return c
}
