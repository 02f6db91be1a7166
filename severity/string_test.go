package severity_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/supportrules/unified/contract/rule"
	"github.com/supportrules/unified/severity"
)

// TestStatusString: %v of a Status says, in one line, the state, the
// counted time left or overdue, the due instant, the clock and the rules
// (PRS-9, D-SEV-1, D-CLOCK); the zero Status is "no status".
func TestStatusString(t *testing.T) {
	kst := time.FixedZone("KST", 9*3600)
	opened := time.Date(2026, time.September, 18, 17, 30, 0, 0, kst) // a Friday evening
	inc := severity.Incident{Level: severity.SevA, Product: "Azure Virtual Machines", Azure: true, Opened: opened}
	if got := fmt.Sprint(severity.Status{}); got != "no status" {
		t.Errorf("zero Status: %q", got)
	}
	// One rule is shown as well as several.
	one := severity.Status{State: severity.Pending, Remaining: time.Minute, Rules: rule.Cite("PRS-9")}
	if got, want := one.String(), "pending, 1m0s left, 24x7 (PRS-9)"; got != want {
		t.Errorf("Status with one rule: %q, want %q", got, want)
	}
	for _, tt := range []struct {
		at   time.Time
		want string
	}{
		{opened.Add(10 * time.Minute), "pending, 50m0s left, due 2026-09-18T18:30:00+09:00, 24x7"},
		{opened.Add(61 * time.Minute), "breached, 1m0s overdue, due 2026-09-18T18:30:00+09:00, 24x7"},
	} {
		st, err := severity.StatusAt(inc, nil, time.Time{}, tt.at, nil)
		if err != nil {
			t.Fatal(err)
		}
		want := tt.want + " (" + st.Rules.String() + ")"
		if got := fmt.Sprint(st); got != want {
			t.Errorf("at %v: %q, want %q", tt.at, got, want)
		}
	}
}

// A Coverage's JSON longer than any Coverage can be is refused before it
// is parsed again, with ErrInvalidValue, at the boundary of 128 KiB.
func TestCoverageJSONLengthBound(t *testing.T) {
	for _, tt := range []struct {
		n       int
		bounded bool
	}{{1 << 17, false}, {1<<17 + 1, true}} {
		b := []byte(`"` + strings.Repeat("9", tt.n-2) + `"`)
		var c severity.Coverage
		err := c.UnmarshalJSON(b)
		if !errors.Is(err, severity.ErrInvalidValue) {
			t.Fatalf("%d bytes: %v, want ErrInvalidValue", tt.n, err)
		}
		if got := strings.Contains(err.Error(), "more than a Coverage can hold"); got != tt.bounded {
			t.Errorf("%d bytes: %.80v; refused by the length bound %t, want %t", tt.n, err, got, tt.bounded)
		}
	}
}
