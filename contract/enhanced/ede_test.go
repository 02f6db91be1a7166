package enhanced_test

import (
	"errors"
	"testing"
	"time"

	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/enhanced"
)

// TestHourBlocksDeductedAsUsed (EDE-2, EDE-3, REDE-4, AMB-43): used hours
// come off the purchased total, to the minute; a block never goes below
// zero; a deduction returns a new block and leaves the old one unchanged.
func TestHourBlocksDeductedAsUsed(t *testing.T) {
	h, err := enhanced.NewHourBlock(catalogue.EnhancedDesignatedEngineering, 400*time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	h2, err := h.Deduct(7*time.Hour + 30*time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if h.Remaining() != 400*time.Hour || h2.Remaining() != 392*time.Hour+30*time.Minute || h2.Used() != 7*time.Hour+30*time.Minute || h2.Purchased() != 400*time.Hour {
		t.Errorf("after deducting 7h30: old %v, new %v", h.Remaining(), h2.Remaining())
	}
	h3, err := h2.Deduct(h2.Remaining()) // exactly what is left
	if err != nil || h3.Remaining() != 0 {
		t.Errorf("deduct all: %v, %v", h3.Remaining(), err)
	}
	if _, err := h3.Deduct(time.Minute); !errors.Is(err, enhanced.ErrInsufficientHours) {
		t.Errorf("overdraw by a minute: %v", err)
	}
	if !h.Rules().Has("EDE-3") {
		t.Errorf("EDE rules %v", h.Rules())
	}
	r, err := enhanced.NewHourBlock(catalogue.ReactiveEnhancedDesignatedEngineering, 100*time.Hour)
	if err != nil || !r.Rules().Has("REDE-4") || r.Service() != catalogue.ReactiveEnhancedDesignatedEngineering {
		t.Errorf("REDE block: %v %v", r.Rules(), err)
	}
	tests := []struct {
		name string
		id   catalogue.ServiceID
		d    time.Duration
	}{
		{"not sold in hours", catalogue.Workshops, time.Hour},
		{"negative", catalogue.EnhancedDesignatedEngineering, -time.Hour},
		{"fraction of a minute", catalogue.EnhancedDesignatedEngineering, time.Hour + time.Second},
		{"absurd", catalogue.EnhancedDesignatedEngineering, 1 << 62},
		{"a century and a minute", catalogue.EnhancedDesignatedEngineering, 100*366*24*time.Hour + time.Minute},
		{"zero service", 0, time.Hour},
	}
	for _, tt := range tests {
		if _, err := enhanced.NewHourBlock(tt.id, tt.d); !errors.Is(err, enhanced.ErrInvalidHours) {
			t.Errorf("%s: NewHourBlock = %v", tt.name, err)
		}
	}
	if c, err := enhanced.NewHourBlock(catalogue.EnhancedDesignatedEngineering, 100*366*24*time.Hour); err != nil || c.Remaining() != 100*366*24*time.Hour {
		t.Errorf("a century of hours (the bound): %v, %v", c.Remaining(), err)
	}
	if _, err := h.Deduct(-time.Minute); !errors.Is(err, enhanced.ErrInvalidHours) {
		t.Errorf("negative deduction: %v", err)
	}
	if _, err := (enhanced.HourBlock{}).Deduct(time.Minute); !errors.Is(err, enhanced.ErrInvalidHours) {
		t.Errorf("zero block: %v", err)
	}
}
