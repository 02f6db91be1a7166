package enhanced_test

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/supportrules/unified/contract/enhanced"
)

// TestRCARequest (RCA-2, UER-12, UER-14): an RCA is requested explicitly
// before the incident is closed: not at or after closure; the same instant
// in another zone gives the same answer; an incident still open (zero
// closed) may still be asked for one. Rows from the former
// severity.CanRequestRCA and contract.RCARequestedInTime tests.
func TestRCARequest(t *testing.T) {
	seoul, err := time.LoadLocation("Asia/Seoul")
	if err != nil {
		t.Fatal(err)
	}
	closed := time.Date(2026, time.March, 5, 14, 0, 0, 0, seoul)
	tests := []struct {
		name      string
		requested time.Time
		closed    time.Time
		want      bool
	}{
		{"RCA-2 an hour before closure", closed.Add(-time.Hour), closed, true},
		{"RCA-2 a minute before closure", closed.Add(-time.Minute), closed, true},
		{"RCA-2 a nanosecond before closure", closed.Add(-time.Nanosecond), closed, true},
		{"RCA-2 at closure is too late", closed, closed, false},
		{"RCA-2 a minute after closure", closed.Add(time.Minute), closed, false},
		{"RCA-2 an hour before closure, in UTC", closed.Add(-time.Hour).UTC(), closed, true},
		{"RCA-2 the closing instant in UTC is still too late", closed.UTC(), closed, false},
		{"UER-12 still open: requested during the incident", closed.Add(240 * time.Hour), time.Time{}, true},
	}
	for _, tt := range tests {
		got, err := enhanced.RCARequest(tt.requested, tt.closed)
		if err != nil || got.Allowed != tt.want || got.Rules.At(0) != "RCA-2" || !got.Rules.Has("UER-14") {
			t.Errorf("%s: RCARequest(%v, %v) = %+v, %v; want %v", tt.name, tt.requested, tt.closed, got, err, tt.want)
		}
	}
	if _, err := enhanced.RCARequest(time.Time{}, closed); !errors.Is(err, enhanced.ErrNoRequestTime) {
		t.Errorf("RCARequest(zero requested) error = %v, want ErrNoRequestTime", err)
	}
	if _, err := enhanced.RCARequest(time.Time{}, time.Time{}); !errors.Is(err, enhanced.ErrNoRequestTime) {
		t.Errorf("RCARequest(zero, zero) error = %v, want ErrNoRequestTime", err)
	}
}

// An RCA requested after the incident closed is refused (RCA-2); one
// requested while the incident is open is allowed (UER-12).
func ExampleRCARequest() {
	closed := time.Date(2026, time.May, 12, 15, 0, 0, 0, time.UTC)
	for _, req := range []time.Time{closed.Add(-time.Minute), closed} {
		v, err := enhanced.RCARequest(req, closed)
		if err != nil {
			panic(err)
		}
		fmt.Println(req.Format("15:04"), v.Allowed, v.Rules)
	}
	open, _ := enhanced.RCARequest(closed, time.Time{})
	fmt.Println("open", open.Allowed)
	// Output:
	// 14:59 true RCA-2, UER-14, UER-12, RCA-4, RCA-3
	// 15:00 false RCA-2, UER-14, UER-12, RCA-4, RCA-3
	// open true
}

func BenchmarkRCARequest(b *testing.B) {
	closed := time.Date(2026, time.May, 12, 15, 0, 0, 0, time.UTC)
	req := closed.Add(-time.Hour)
	b.ReportAllocs()
	for b.Loop() {
		_, _ = enhanced.RCARequest(req, closed)
	}
}
