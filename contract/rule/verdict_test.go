package rule_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/supportrules/unified/contract/rule"
)

func TestVerdictStringNamesTheAnswerAndItsRules(t *testing.T) {
	tests := []struct {
		v    rule.Verdict
		want string
	}{
		{rule.Verdict{}, "refused"},
		{rule.Allow(), "allowed"},
		{rule.Allow("MC-6"), "allowed (MC-6)"},
		{rule.Deny("MC-17", "D-CRED-2"), "refused (MC-17, D-CRED-2)"},
	}
	for _, tt := range tests {
		if got := tt.v.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.v, got, tt.want)
		}
	}
}

func TestVerdictEqualTellsEveryFieldApart(t *testing.T) {
	base := rule.Allow("MC-6")
	for _, other := range []rule.Verdict{rule.Deny("MC-6"), rule.Allow("MC-7"), rule.Allow()} {
		if base.Equal(other) {
			t.Errorf("%v.Equal(%v) = true", base, other)
		}
	}
	if !base.Equal(rule.Allow("MC-6")) {
		t.Errorf("%v is not Equal to itself", base)
	}
}

func TestVerdictJSONRoundTrips(t *testing.T) {
	for _, v := range []rule.Verdict{{}, rule.Allow("MC-6"), rule.Deny("MC-17", "D-CRED-2")} {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		var back rule.Verdict
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%s: %v", b, err)
		}
		if diff := cmp.Diff(v, back); diff != "" {
			t.Errorf("%s round trip (-want +got):\n%s", b, diff)
		}
	}
	b, _ := json.Marshal(rule.Deny("MC-17"))
	if got, want := string(b), `{"allowed":false,"rules":["MC-17"]}`; got != want {
		t.Errorf("JSON = %s, want %s", got, want)
	}
}
