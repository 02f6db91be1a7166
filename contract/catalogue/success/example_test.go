package success_test

import (
	"fmt"

	"github.com/supportrules/unified/contract/catalogue/success"
)

// Appendix B's Success Management activities on the executive partnership
// and solution health axes.
func ExampleActivities() {
	for a := range success.Activities() {
		if a.Axis() != success.AxisAdoptionPlanning {
			fmt.Printf("%-22s %-35s %s\n", a.Axis().EnglishName(), a.EnglishName(), a.Rules())
		}
	}
	// Output:
	// Solution health        Customer health program management  SMB-4, SM-4, SMB-1
	// Solution health        Problem management                  SMB-4, SM-4, SMB-1
	// Solution health        Proactive resiliency                SMB-4, SM-4, SMB-1
	// Solution health        Proactive security                  SMB-4, SM-4, SMB-1
	// Solution health        Disaster readiness                  SMB-4, SM-4, SMB-1
	// Executive partnership  Customer relationship management    SMB-6, SM-4, SMB-1
}

// Parse an activity from its stored text, in any letter case.
func ExampleParseActivity() {
	a, err := success.ParseActivity("Technology-Optimization")
	fmt.Println(a, a.KoreanName(), a.Axis(), err)
	_, err = success.ParseActivity("premier")
	fmt.Println(err)
	// Output:
	// technology-optimization 기술 최적화 adoption-and-planning <nil>
	// catalogue: invalid enum value: "premier" is not a success management activity (want one of customer-health-program-management, problem-management, proactive-resiliency, proactive-security, disaster-readiness, success-program-management, technology-optimization, technology-and-security-updates, lifecycle-management-services, customer-relationship-management)
}
