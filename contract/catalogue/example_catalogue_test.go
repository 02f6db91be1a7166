package catalogue_test

import (
	"fmt"

	"github.com/supportrules/unified/contract/catalogue"
	"golang.org/x/text/language"
)

// Look up a service: Designated Engineering is a "+" service of table 7 that
// needs an active Unified contract and ends with it, runs in business hours
// and serves a single support location (§2.3 table 7).
func ExampleLookup() {
	de, ok := catalogue.Lookup(catalogue.DesignatedEngineering)
	if !ok {
		panic("no such service")
	}
	fmt.Println(de.EnglishName(), "/", de.KoreanName())
	fmt.Println("table", de.Category().Table(), de.Category(), de.Marking().Symbol())
	fmt.Println("delivery", de.Delivery(), "default", de.DefaultDelivery())
	fmt.Println("hours", de.Coverage(), "because", de.Rules(catalogue.FactCoverage))
	fmt.Println("needs", de.Prerequisites().Has(catalogue.NeedsUnifiedContract), de.Dependence(), "because", de.Rules(catalogue.FactPrerequisites))
	fmt.Println("locations", de.Locations(), "because", de.Rules(catalogue.FactLocations))
	// Output:
	// Designated Engineering (DE) / 전담 엔지니어링(DE)
	// table 7 additional-proactive +
	// delivery remote|onsite default remote
	// hours business-hours because DE-3, D-CAL
	// needs true stated because DE-2, D-TERM-3
	// locations single because DE-5, AMB-34
}

// Look up a service by the document's abbreviation and list its
// constraints with their rules (§2.4, Rapid Response).
func ExampleService_Constraints() {
	id, err := catalogue.ParseServiceID("RR")
	if err != nil {
		panic(err)
	}
	rr, _ := catalogue.Lookup(id)
	for _, c := range rr.Constraints()[1:4] {
		fmt.Printf("%-10s %s\n", c.Rules, c.Text)
	}
	// Output:
	// RR-2       The customer's Microsoft Azure components only
	// RR-3, RR-4 Incidents are submitted through the relevant cloud services portal and routed directly to Rapid Response engineers
	// RR-5       The Rapid Response team keeps primary responsibility 24x7x365
}

// The Base Package's included services, in document order (✓, MARK-1).
func ExampleAll() {
	for s := range catalogue.All() {
		if s.Marking() == catalogue.MarkingIncluded {
			fmt.Printf("%-2d %s\n", s.Category().Table(), s.EnglishName())
		}
	}
	// Output:
	// 4  On-demand Assessment
	// 6  On-demand Education
	// 6  Webcasts
	// 9  Advisory Support
	// 9  Problem Resolution Support (PRS)
	// 9  Support Assistance Management (SAM)
	// 10 Success Management services
}

// A Korean-speaking customer asks in which language each plan handles its
// Azure incident (D-LANG): Rapid Response guarantees English and Japanese
// only (RR-9); UER's Enhanced Incident Management guarantees English,
// Chinese and Japanese, and offers Korean on a best-effort basis, as the
// text has no "only" (UER-18, TERM-4); base Problem Resolution Support is
// English, with Korean where possible (TERM-3).
func ExampleService_Languages() {
	korean := language.MustParse("ko-KR")
	for _, id := range []catalogue.ServiceID{catalogue.ProblemResolutionSupport, catalogue.RapidResponse, catalogue.EnhancedIncidentManagement} {
		s, _ := catalogue.Lookup(id)
		fmt.Printf("%-28s %-36s %s (%s)\n", s.ID(), s.Languages(), s.Languages().Support(korean), s.Rules(catalogue.FactLanguages))
	}
	// Output:
	// problem-resolution-support   en+contact-language                  best-effort (TERM-3, D-LANG)
	// rapid-response               en,ja                                not-offered (RR-9, SEV-RR-10, D-LANG, AMB-16)
	// enhanced-incident-management en,zh,ja+delivery-location-language  best-effort (UER-18, TERM-4, D-LANG)
}

// Table 1's package structure (§2.1).
func ExamplePackages() {
	for p := range catalogue.Packages() {
		fmt.Printf("%-21s %-7s %q\n", p.EnglishName(), p.KoreanName(), p.Marking().Symbol())
	}
	// Output:
	// Base Package          기본 패키지  "✓"
	// Proactive Services    대비 서비스  "+"
	// Enhanced Solutions    향상된 솔루션 "+"
	// Multi-country Support 다국적 지원  ""
}

// Parse a service ID from the document's abbreviation or from its stable
// slug; store the slug.
func ExampleParseServiceID() {
	for _, s := range []string{"EDE", "rede", "mscir", "aed-platform-monitoring"} {
		id, err := catalogue.ParseServiceID(s)
		if err != nil {
			panic(err)
		}
		svc, _ := catalogue.Lookup(id)
		part := "-"
		if parent, ok := svc.Parent(); ok {
			part = "part of " + parent.String()
		}
		fmt.Printf("%-24s %-41s %-18s %s\n", s, id, svc.Package(), part)
	}
	_, err := catalogue.ParseServiceID("premier")
	fmt.Println(err)
	// Output:
	// EDE                      enhanced-designated-engineering           enhanced-solutions -
	// rede                     reactive-enhanced-designated-engineering  enhanced-solutions -
	// mscir                    mscir                                     enhanced-solutions -
	// aed-platform-monitoring  aed-platform-monitoring                   enhanced-solutions part of azure-engineering-direct
	// catalogue: unknown service: "premier"
}

// REDE's "+" is not printed in the document: it is inferred by decision
// D-MARK (AMB-26), and the Service says so.
func ExampleService_MarkingInferred() {
	rede, _ := catalogue.Lookup(catalogue.ReactiveEnhancedDesignatedEngineering)
	fmt.Println(rede.Marking().Symbol(), rede.MarkingInferred(), rede.Rules(catalogue.FactMarking))
	// Output: + true MARK-5, REDE-1, D-MARK, AMB-26, ENH-3
}
