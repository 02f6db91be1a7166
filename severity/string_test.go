package severity_test

import (
	"fmt"
	"testing"
	"time"

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
