package examples_test

import (
	"bufio"
	"errors"
	"fmt"
	"strings"
	"time"
	_ "time/tzdata" // named zones without depending on the host's database

	"golang.org/x/text/currency"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/calendar/kr"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/multicountry"
	"github.com/supportrules/unified/severity"
)

// japan2026 is Japan's national holidays (国民の祝日) of 2026 as the Cabinet
// Office publishes them, substitute holidays (振替休日) and the citizens'
// holiday (国民の休日) included: plain data, one date and name a line, as it
// might come from a file or a configuration service.
const japan2026 = `
# date       name
2026-01-01  元日
2026-01-12  成人の日
2026-02-11  建国記念の日
2026-02-23  天皇誕生日
2026-03-20  春分の日
2026-04-29  昭和の日
2026-05-03  憲法記念日
2026-05-04  みどりの日
2026-05-05  こどもの日
2026-05-06  休日 (振替休日)
2026-07-20  海の日
2026-08-11  山の日
2026-09-21  敬老の日
2026-09-22  休日 (国民の休日)
2026-09-23  秋分の日
2026-10-12  スポーツの日
2026-11-03  文化の日
2026-11-23  勤労感謝の日
`

// parseHolidays reads a holiday list: one ISO date a line, optionally
// followed by a name; blank lines and lines starting with # are ignored.
// An invalid date is an error naming its line and wrapping
// calendar.ErrInvalidDate.
func parseHolidays(list string) ([]calendar.Date, error) {
	var dates []calendar.Date
	sc := bufio.NewScanner(strings.NewReader(list))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		field, _, _ := strings.Cut(line, " ")
		d, err := calendar.ParseDate(field)
		if err != nil {
			return nil, fmt.Errorf("holiday list, line %d: %w", n, err)
		}
		dates = append(dates, d)
	}
	return dates, sc.Err()
}

// Contoso Korea's Tokyo location needs its own business calendar: the same
// 09:00-17:30 on weekdays as Seoul, but Japan's public holidays, not Korea's
// (D-CAL, SEV-STD-21). The library ships Korea's holidays (calendar/kr) and
// takes every other country's as data: here a plain list of dates read with
// calendar.ParseDate and passed to calendar.WithHolidays — no holiday library
// and no new dependency. A typing error in such a list is an error, not a
// silently missing holiday.
//
// The Tokyo calendar goes into Contoso's multi-country support, which then
// runs an incident raised by a Tokyo contact on Tokyo's hours (D-CAL, RESP-2).
// Seoul and Tokyo share the offset UTC+9, yet a Severity B incident opened at
// the same instant falls due on different days: 1 May 2026 is 노동절 in Korea
// and a working day in Japan, while Japan's Golden Week closes 4 to 6 May
// (SEV-STD-13, D-SEV-1, D-CLOCK). Without the holiday data, Tokyo's deadline
// after Golden Week would wrongly fall on the Monday.
//
// Packages: calendar (dates, calendars), calendar/kr (Seoul), contract and
// multicountry (the locations and the governing calendar), severity (the
// deadlines).
//
// Rules D-CAL, SEV-STD-13, SEV-STD-21, D-SEV-1, D-CLOCK, RESP-2 (Decisions,
// Appendix A, §2.7).
func Example_otherCountryHolidays() {
	_, err := parseHolidays("2026-02-30  typo")
	fmt.Printf("a typo: ErrInvalidDate %t: %v\n", errors.Is(err, calendar.ErrInvalidDate), err)
	holidays, err := parseHolidays(japan2026)
	if err != nil {
		panic(err)
	}
	tokyoZone, err := time.LoadLocation("Asia/Tokyo")
	if err != nil {
		panic(err)
	}
	tokyoHours, err := calendar.New(tokyoZone, calendar.WithHolidays(holidays...))
	if err != nil {
		panic(err)
	}
	tokyoBare, err := calendar.New(tokyoZone) // the D-CAL default, no holidays
	if err != nil {
		panic(err)
	}
	seoulHours, err := kr.Calendar()
	if err != nil {
		panic(err)
	}
	fmt.Printf("Tokyo: %d holidays in 2026; Golden Week 05-04..05-06 closed: %t %t %t\n", len(tokyoHours.Holidays()),
		!tokyoHours.IsBusinessDay(calendar.MustParseDate("2026-05-04")),
		!tokyoHours.IsBusinessDay(calendar.MustParseDate("2026-05-05")),
		!tokyoHours.IsBusinessDay(calendar.MustParseDate("2026-05-06")))

	term := contract.Term{Start: calendar.MustParseDate("2026-01-01"), End: calendar.MustParseDate("2028-12-31")}
	wo := contract.WorkOrder{
		Customer: "Contoso Korea", Term: term, Unified: term, MultiCountry: true,
		Locations: []contract.Location{
			{Name: "Seoul", Country: "KR", Role: contract.Host, TimeZone: kr.Zone, Currency: currency.KRW},
			{Name: "Tokyo", Country: "JP", Role: contract.Downstream, TimeZone: "Asia/Tokyo", Currency: currency.JPY},
		},
		FlexAllowance: money.MustParse("300000.00 USD"),
		Contacts: []contract.Contact{
			{Name: "Kim Min-jun", Role: contract.SupportServicesManager, Location: "Seoul"},
			{Name: "Sato Yui", Role: contract.SupportServicesManager, Location: "Tokyo"},
		},
	}
	support, err := multicountry.New(wo, map[string]*calendar.Calendar{"Seoul": seoulHours, "Tokyo": tokyoHours})
	if err != nil {
		panic(err)
	}

	const layout = "Mon 01-02 15:04"
	for _, opened := range []time.Time{
		time.Date(2026, time.April, 30, 16, 0, 0, 0, tokyoZone),
		time.Date(2026, time.May, 1, 16, 0, 0, 0, tokyoZone),
	} {
		inc := severity.Incident{Level: severity.SevB, Product: "SQL Server", Opened: opened}
		fmt.Printf("Severity B opened %s (UTC+9):\n", opened.Format(layout))
		for _, contact := range []string{"Kim Min-jun", "Sato Yui"} {
			gov, err := support.GoverningCalendar(contact)
			if err != nil {
				panic(err)
			}
			due, err := severity.Deadline(inc, gov.Calendar)
			if err != nil {
				panic(err)
			}
			fmt.Printf("  raised in %-5s due %s  [%v]\n", gov.Location, due.In(gov.Calendar.Location()).Format(layout), gov.Rules)
		}
		due, err := severity.Deadline(inc, tokyoBare)
		if err != nil {
			panic(err)
		}
		t, err := severity.TargetFor(inc)
		if err != nil {
			panic(err)
		}
		fmt.Printf("  (Tokyo without holiday data: %s)  target [%v]\n", due.Format(layout), t.Rules)
	}
	// Output:
	// a typo: ErrInvalidDate true: holiday list, line 1: calendar: invalid date: "2026-02-30" does not exist
	// Tokyo: 18 holidays in 2026; Golden Week 05-04..05-06 closed: true true true
	// Severity B opened Thu 04-30 16:00 (UTC+9):
	//   raised in Seoul due Mon 05-04 09:30  [D-CAL, AMB-18, SEV-STD-21, TERM-1, RESP-2, MC-3]
	//   raised in Tokyo due Fri 05-01 09:30  [D-CAL, AMB-18, SEV-STD-21, TERM-1, RESP-2, MC-3]
	//   (Tokyo without holiday data: Fri 05-01 09:30)  target [SEV-STD-13, D-SEV-1, SEV-STD-21]
	// Severity B opened Fri 05-01 16:00 (UTC+9):
	//   raised in Seoul due Mon 05-04 11:00  [D-CAL, AMB-18, SEV-STD-21, TERM-1, RESP-2, MC-3]
	//   raised in Tokyo due Thu 05-07 09:30  [D-CAL, AMB-18, SEV-STD-21, TERM-1, RESP-2, MC-3]
	//   (Tokyo without holiday data: Mon 05-04 09:30)  target [SEV-STD-13, D-SEV-1, SEV-STD-21]
}
