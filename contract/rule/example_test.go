package rule_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/supportrules/unified/contract/rule"
)

// Look up what a rule ID of a result means.
func ExampleLookup() {
	e, ok := rule.Lookup("SEV-STD-13")
	fmt.Println(ok)
	fmt.Println(e.Section, "|", e.Lines, "|", e.Type)
	fmt.Println(e.Summary)

	d, _ := rule.Lookup("D-SEV-1")
	fmt.Println(d.Summary)
	fmt.Println("settles", d.Settles)
	// Output:
	// true
	// Appendix A, chart 1 (standard) | 2269-2271 | deadline
	// Standard Severity B: first call response within 2 business hours.
	// Severity B and C first responses run on business hours, Severity 1 and A around the clock.
	// settles AMB-14
}

// Parse refuses IDs the registry does not have.
func ExampleParse() {
	_, err := rule.Parse("TERM-7a")
	fmt.Println(errors.Is(err, rule.ErrID), err)
	// Output:
	// true rule: not a registered rule ID: "TERM-7a"
}

// A result's rules explain themselves, one line per rule.
func ExampleSet_Explain() {
	rules := rule.Cite("CANCEL-2", "D-CANCEL")
	fmt.Print(rules.Explain())
	// Output:
	// CANCEL-2: Cancelling 6 to 13 days before a scheduled service costs 50% of its price.
	// D-CANCEL: Cancellation notice is counted in calendar dates and sets a fee of 0%, 50% or 100%, with fee plus refund equal to the price.
}

// A Set is a JSON array of IDs; decoding refuses unknown IDs.
func ExampleSet_MarshalJSON() {
	b, _ := json.Marshal(rule.Cite("MC-17", "D-CRED-2", "MC-17"))
	fmt.Println(string(b))

	var s rule.Set
	err := json.Unmarshal([]byte(`["MC-17","TERM-7a"]`), &s)
	fmt.Println(errors.Is(err, rule.ErrID))
	// Output:
	// ["MC-17","D-CRED-2"]
	// true
}

// Count the registry's entries by kind.
func ExampleRecords() {
	count := map[rule.Type]int{}
	for e := range rule.Records() {
		count[e.Type]++
	}
	for k := rule.Definition; k <= rule.Ambiguity; k++ {
		fmt.Printf("%s %d\n", k, count[k])
	}
	// Output:
	// definition 69
	// marking 31
	// delivery 66
	// limit 15
	// fee 18
	// obligation 31
	// condition 98
	// exclusion 26
	// deadline 26
	// computation 18
	// rounding 2
	// gap 3
	// decision 25
	// ambiguity 46
}
