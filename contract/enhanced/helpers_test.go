package enhanced_test

import (
	"time"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/money"
	"golang.org/x/text/currency"
	"pgregory.net/rapid"
)

// Helpers shared with package contract's tests (contract/workorder_test.go).

func d(s string) calendar.Date { return calendar.MustParseDate(s) }

func term(a, b string) contract.Term { return contract.Term{Start: d(a), End: d(b)} }

var (
	seoul = contract.Location{Name: "Seoul", Country: "KR", Role: contract.Host, TimeZone: "Asia/Seoul", Currency: currency.KRW}
	tokyo = contract.Location{Name: "Tokyo", Country: "JP", Role: contract.Downstream, TimeZone: "Asia/Tokyo", Currency: currency.JPY}
)

// contoso returns the sample Work Order of Contoso Korea: host Seoul,
// downstream Tokyo, term 2026-01-01..2028-12-31, valid.
func contoso() contract.WorkOrder {
	return contract.WorkOrder{
		Customer:     "Contoso Korea",
		Term:         term("2026-01-01", "2028-12-31"),
		Unified:      term("2026-01-01", "2028-12-31"),
		MultiCountry: true,
		Locations:    []contract.Location{seoul, tokyo},
		Purchases: []contract.Purchase{
			{Service: catalogue.UnifiedEnhancedResponse, Quantity: 1, Location: "Seoul"},
			{Service: catalogue.RapidResponse, Quantity: 1, Location: "Seoul"},
			{Service: catalogue.AzureEngineeringDirect, Quantity: 1, Start: d("2026-03-01"), Location: "Seoul"},
			{Service: catalogue.EnhancedDesignatedEngineering, Quantity: 400, Unit: catalogue.UnitHours, Location: "Seoul"},
			{Service: catalogue.DeveloperSupport, Quantity: 2, Maximum: 4, Location: "Tokyo"},
			{Service: catalogue.Workshops, Quantity: 20, Unit: catalogue.UnitAttendees, Location: "Tokyo"},
			{Service: catalogue.AzureEventManagement, Quantity: 3, Unit: catalogue.UnitEvents, Location: "Seoul"},
		},
		FlexAllowance:        money.MustParse("300000.00 USD"),
		ProactiveCredits:     120,
		AssessedProductSpend: money.MustParse("75000000 USD"),
		Contacts: []contract.Contact{
			{Name: "Kim Min-jun", Email: "minjun.kim@contoso.example", Role: contract.SupportServicesManager, Location: "Seoul"},
			{Name: "Sato Yui", Email: "yui.sato@contoso.example", Role: contract.SupportServicesManager, Location: "Tokyo"},
			{Name: "Lee Ji-woo", Role: contract.CloudAdministrator, Location: "Seoul"},
		},
	}
}

// genDate draws a valid date from 2020 to 2040.
func genDate(t *rapid.T, label string) calendar.Date {
	base := calendar.Date{Year: 2020, Month: time.January, Day: 1}
	return base.AddDays(rapid.IntRange(0, 21*365).Draw(t, label))
}

func later(a, b calendar.Date) calendar.Date {
	if a.After(b) {
		return a
	}
	return b
}
