package duty_test

import (
	"fmt"

	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/catalogue/duty"
)

// What the customer owes for Root Cause Analysis and Azure Event
// Management, beyond the general responsibilities of §2.7.
func ExampleObligations() {
	base, err := duty.Obligations()
	if err != nil {
		panic(err)
	}
	all, err := duty.Obligations(catalogue.RootCauseAnalysis, catalogue.AzureEventManagement)
	if err != nil {
		panic(err)
	}
	fmt.Println(len(base), "general and Base Package obligations, among them:")
	fmt.Println(" ", base[1].Rules, "-", base[1].Text)
	for _, o := range all[len(base):] {
		fmt.Printf("  %v %s - %s\n", o.Service, o.Rules, o.Text)
	}
	// Output:
	// 26 general and Base Package obligations, among them:
	//   RESP-1 - Name a Support Services Manager to run all support activities, including the internal process for submitting incidents
	//   root-cause-analysis RCA-2 - Request the analysis explicitly before the incident is closed
	//   root-cause-analysis RCA-3 - Provide log files, network traces and other diagnostic output, working with the Microsoft team
	//   azure-event-management AEM-14, D-AEM, AMB-5 - Confirm each event in writing at least 42 calendar days (6 weeks) before it starts
	//   azure-event-management AEM-8 - Scope the Azure solution before the event
	//   azure-event-management AEM-16 - Provide adequate resources and responses throughout delivery, or AEM may be cancelled
	//   azure-event-management SEV-AEM-1 - Raise event incidents through the Azure portal with "AEM" in the case description
}

// What Azure Engineering Direct does not cover (AED-10, AED-43, AED-46 …).
func ExampleExclusions() {
	xs, err := duty.Exclusions(catalogue.AzureEngineeringDirect)
	if err != nil {
		panic(err)
	}
	for _, x := range xs {
		if x.Service == catalogue.AzureEngineeringDirect {
			fmt.Println(x.Rules.At(0))
		}
	}
	// Output:
	// AED-10
	// AED-3
	// AED-42
	// AED-43
	// AED-45
	// AED-46
}

// The duties that come with one service alone.
func ExampleObligationsOf() {
	for _, o := range duty.ObligationsOf(catalogue.RootCauseAnalysis) {
		fmt.Println(o.Condition, o.Rules, o.Text)
	}
	// Output:
	// always RCA-2 Request the analysis explicitly before the incident is closed
	// always RCA-3 Provide log files, network traces and other diagnostic output, working with the Microsoft team
}
