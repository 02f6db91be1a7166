package kr_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/supportrules/unified/calendar/kr"
)

// An error about a leap month names it as one, so that lunar 2026-03-01
// and its leap month are told apart in the message (D-CAL).
func TestLunarErrorNamesTheLeapMonth(t *testing.T) {
	_, err := kr.LunarToSolar(2026, 3, 1, true) // 2026 has no leap third month
	if !errors.Is(err, kr.ErrInvalidLunarDate) || !strings.Contains(err.Error(), "2026-03-01 (leap month)") {
		t.Errorf("LunarToSolar(2026, 3, 1, leap) error = %v; want it to name the leap month", err)
	}
	_, err = kr.LunarToSolar(2026, 3, 31, false)
	if err == nil || strings.Contains(err.Error(), "leap") {
		t.Errorf("LunarToSolar(2026, 3, 31) error = %v; want no leap month named", err)
	}
}
