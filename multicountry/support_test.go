package multicountry_test

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/multicountry"
	"golang.org/x/text/currency"
)

// Rules MC-1, MC-2, MC-3, D-CAL, BUY-9: a Work Order's locations —
// exactly one host, any number of downstream — each get their role,
// country and calendar, with no billing data at all.
func TestNewBuildsTheLocations(t *testing.T) {
	s := mustSupport(t)
	wo := contosoKorea()
	sites := s.Sites()
	if len(sites) != 2 || sites[0].Location != wo.Locations[0] || sites[1].Location != wo.Locations[1] {
		t.Fatalf("Sites() = %v, want the Work Order's locations", sites)
	}
	if h := s.Host(); h != sites[0] || !h.IsHost() || sites[1].IsHost() {
		t.Errorf("Host() = %v, want %v", h, sites[0])
	}
	if l, err := s.Site("Tokyo"); err != nil || l != sites[1] || l.String() != "Tokyo (JP, downstream)" {
		t.Errorf("Site(Tokyo) = %v, %v, want %v", l, err, sites[1])
	}
	// D-CAL: by default each location keeps 09:00–17:30, Monday to Friday, in its own zone.
	cal := sites[1].Calendar
	if got := cal.Location().String(); got != "Asia/Tokyo" {
		t.Errorf("Tokyo's calendar is in %s, want Asia/Tokyo", got)
	}
	if w := cal.Windows(time.Monday); len(w) != 1 || w[0].String() != "09:00-17:30" {
		t.Errorf("Tokyo's calendar: Windows(Monday) = %v, want [09:00-17:30]", w)
	}
	// The Support keeps its own copy of the Work Order.
	wo = s.WorkOrder()
	wo.Locations[0].Name = "Busan"
	if s.Host().Location.Name != "Seoul" || s.WorkOrder().Locations[0].Name != "Seoul" {
		t.Error("changing WorkOrder()'s result changed the Support")
	}
}

// Locations without billing (issue 13): a Work Order with no contacts, no
// credit prices and no Proactive Credits gives its locations' calendars,
// roles and countries for SLA work.
func TestNewNeedsNoBillingData(t *testing.T) {
	wo := contosoKorea()
	wo.Contacts = nil
	wo.ProactiveCredits = 0
	if err := wo.Validate(); err == nil {
		t.Fatal("the Work Order without contacts should be invalid for package contract (RESP-1)")
	}
	s, err := multicountry.New(wo, nil)
	if err != nil {
		t.Fatalf("New without contacts: %v", err)
	}
	g, err := s.GoverningCalendarAt("Tokyo")
	if err != nil || g.Calendar.Location().String() != "Asia/Tokyo" || !s.Host().IsHost() {
		t.Errorf("GoverningCalendarAt(Tokyo) = %v, %v", g, err)
	}
}

// A single-location Work Order without multi-country support has its only
// location as host (BUY-9, MC-2).
func TestNewSingleLocation(t *testing.T) {
	wo := contosoKorea()
	wo.MultiCountry = false
	wo.Locations = wo.Locations[:1]
	wo.Purchases = []contract.Purchase{{Service: catalogue.Workshops, Quantity: 1}}
	wo.Contacts = []contract.Contact{{Name: "Kim Min-jun", Role: contract.SupportServicesManager}}
	s, err := multicountry.New(wo, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !s.Host().IsHost() || s.Host().Location.Name != "Seoul" {
		t.Errorf("Host() = %v, want Seoul as host", s.Host())
	}
	if d, err := s.Delivery(catalogue.Workshops, "Seoul"); err != nil || d.Reach != multicountry.Deliverable {
		t.Errorf("Delivery(workshops, Seoul) = %v, %v, want deliverable", d, err)
	}
	g, err := s.GoverningCalendar("Kim Min-jun")
	if err != nil || g.Location != "Seoul" {
		t.Errorf("GoverningCalendar(contact without location) = %v, %v, want Seoul", g, err)
	}
}

// The host is the location the Work Order names as host, wherever it is
// listed, and the downstream ones stay downstream (MC-2, MC-3).
func TestHostIsTheNamedHostWhereverListed_MC2(t *testing.T) {
	wo := contosoKorea()
	wo.Locations = []contract.Location{wo.Locations[1], wo.Locations[0]} // Tokyo first
	s, err := multicountry.New(wo, nil)
	if err != nil {
		t.Fatal(err)
	}
	if h := s.Host(); !h.IsHost() || h.Location.Name != "Seoul" {
		t.Errorf("Host() = %v, want Seoul", h)
	}
	g, err := s.GoverningCalendarAt("Tokyo")
	if err != nil || g.Location != "Tokyo" {
		t.Errorf("GoverningCalendarAt(Tokyo) = %v, %v", g, err)
	}
}

// Rules MC-1, MC-2, MC-3, MC-4, D-CAL: bad Work Orders and calendars are
// refused with every problem reported at once.
func TestNewRefusesBadInput(t *testing.T) {
	seoulCal := func() *calendar.Calendar {
		zone, err := time.LoadLocation("Asia/Seoul")
		if err != nil {
			t.Fatal(err)
		}
		c, err := calendar.New(zone)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	tests := []struct {
		name    string
		edit    func(*contract.WorkOrder, map[string]*calendar.Calendar)
		wantErr []error
	}{
		{"two hosts", func(wo *contract.WorkOrder, _ map[string]*calendar.Calendar) { wo.Locations[1].Role = contract.Host },
			[]error{multicountry.ErrHost, contract.ErrNoHost}},
		{"no host", func(wo *contract.WorkOrder, _ map[string]*calendar.Calendar) {
			wo.Locations[0].Role = contract.Downstream
		},
			[]error{multicountry.ErrHost}},
		{"two locations in one country", func(wo *contract.WorkOrder, cals map[string]*calendar.Calendar) {
			wo.Locations[1].Country = "KR"
		}, []error{multicountry.ErrDuplicateLocation}},
		{"two locations with one name", func(wo *contract.WorkOrder, _ map[string]*calendar.Calendar) { wo.Locations[1].Name = "Seoul" },
			[]error{multicountry.ErrDuplicateLocation, contract.ErrDuplicateLocation}},
		// The Work Order itself refuses it now: contract and multicountry
		// share one country check (contract.IsCountryCode).
		{"a reserved country code", func(wo *contract.WorkOrder, _ map[string]*calendar.Calendar) { wo.Locations[1].Country = "UK" },
			[]error{contract.ErrInvalidLocation}},
		{"a calendar for no location", func(_ *contract.WorkOrder, cals map[string]*calendar.Calendar) {
			cals["Osaka"] = seoulCal()
		}, []error{multicountry.ErrUnknownLocation}},
		{"Seoul's calendar for Tokyo", func(_ *contract.WorkOrder, cals map[string]*calendar.Calendar) { cals["Tokyo"] = seoulCal() },
			[]error{multicountry.ErrCalendar}},
		// Issue 14, point 6: a zone named Asia/Seoul at UTC+0 is not Seoul.
		{"a calendar on FixedZone(Asia/Seoul, 0) for Seoul", func(_ *contract.WorkOrder, cals map[string]*calendar.Calendar) {
			cals["Seoul"] = must(calendar.New(time.FixedZone("Asia/Seoul", 0)))
		}, []error{multicountry.ErrCalendar}},
		{"a calendar on FixedZone(Asia/Tokyo, +9h) for Tokyo, whose history differs", func(_ *contract.WorkOrder, cals map[string]*calendar.Calendar) {
			cals["Tokyo"] = must(calendar.New(time.FixedZone("Asia/Tokyo", 9*3600)))
		}, []error{multicountry.ErrCalendar}},
		{"an invalid Work Order", func(wo *contract.WorkOrder, _ map[string]*calendar.Calendar) {
			wo.Locations[1].TimeZone = "Mars/Olympus"
		},
			[]error{contract.ErrInvalidLocation}},
		{"everything at once", func(wo *contract.WorkOrder, cals map[string]*calendar.Calendar) {
			wo.Locations[1].Country = "KR"
			cals["Osaka"] = seoulCal()
			cals["Tokyo"] = seoulCal()
		}, []error{multicountry.ErrDuplicateLocation, multicountry.ErrUnknownLocation, multicountry.ErrCalendar}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wo, cals := contosoKorea(), map[string]*calendar.Calendar{}
			tt.edit(&wo, cals)
			s, err := multicountry.New(wo, cals)
			if s != nil {
				t.Errorf("New returned a Support with error %v", err)
			}
			for _, want := range tt.wantErr {
				if !errors.Is(err, want) {
					t.Errorf("New error = %v, want it to wrap %v", err, want)
				}
			}
		})
	}
}

// Rule MC-1: countries are unique within a Work Order, and ISO 3166-1 has
// 249 of them. A Work Order listing more locations than that — each name
// unique, so package contract accepts it — is refused with an error, never
// a panic, even when a purchase names a location beyond the 256th.
func TestNewRefusesMoreLocationsThanCountries(t *testing.T) {
	wo := contosoKorea()
	countries := []string{"JP", "US", "DE", "FR", "GB", "SG"}
	for i := len(wo.Locations); i < 257; i++ { // one more than a location set holds
		name := fmt.Sprintf("Office %d", i)
		wo.Locations = append(wo.Locations, contract.Location{Name: name, Country: countries[i%len(countries)],
			Role: contract.Downstream, TimeZone: "Asia/Tokyo", Currency: currency.JPY})
	}
	wo.Purchases = append(wo.Purchases, contract.Purchase{Service: catalogue.Hackathon, Quantity: 1, Location: "Office 256"})
	if err := wo.Validate(); err != nil {
		t.Fatalf("the Work Order should be valid for package contract: %v", err)
	}
	s, err := multicountry.New(wo, nil)
	if s != nil || !errors.Is(err, multicountry.ErrDuplicateLocation) {
		t.Fatalf("New(257 locations) = %v, %v, want an error wrapping %v", s, err, multicountry.ErrDuplicateLocation)
	}
}

// TestServicesBoughtBeyondTheFirstSixtyFourLocations_MC4: a service bought
// for one location is deliverable there and nowhere else, whatever the
// location's place in the Work Order — here every assigned country, so
// that places beyond 64 are checked too.
func TestServicesBoughtBeyondTheFirstSixtyFourLocations_MC4(t *testing.T) {
	wo := contosoKorea()
	used := map[string]bool{}
	for _, l := range wo.Locations {
		used[l.Country] = true
	}
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			if c := string([]rune{a, b}); contract.IsCountryCode(c) && !used[c] {
				wo.Locations = append(wo.Locations, contract.Location{Name: "Office " + c, Country: c,
					Role: contract.Downstream, TimeZone: "UTC", Currency: currency.USD})
			}
		}
	}
	if len(wo.Locations) < 200 {
		t.Fatalf("only %d locations", len(wo.Locations))
	}
	for _, at := range []int{63, 64, 70, 129, len(wo.Locations) - 1} {
		t.Run(wo.Locations[at].Name, func(t *testing.T) {
			w := wo
			w.Purchases = []contract.Purchase{{Service: catalogue.Hackathon, Quantity: 1, Location: wo.Locations[at].Name}}
			s := must(multicountry.New(w, nil))
			for i, l := range wo.Locations {
				d, err := s.Delivery(catalogue.Hackathon, l.Name)
				if err != nil || d.Allowed != (i == at) {
					t.Fatalf("Delivery(hackathon, %s, place %d) = %v, %v; want allowed only at place %d", l.Name, i, d.Allowed, err, at)
				}
			}
		})
	}
}

// The zero Support and a nil Support have no locations: every question is
// an error, never a panic.
func TestNilSupport(t *testing.T) {
	var zero multicountry.Support
	if _, err := zero.Delivery(catalogue.Workshops, "Seoul"); !errors.Is(err, multicountry.ErrUnknownLocation) {
		t.Errorf("zero Support: Delivery error = %v", err)
	}
	if zero.Host() != (multicountry.Site{}) || len(zero.Sites()) != 0 {
		t.Error("the zero Support reports locations")
	}
	if _, err := zero.GoverningCalendar("Kim Min-jun"); !errors.Is(err, multicountry.ErrUnknownContact) {
		t.Errorf("zero Support: GoverningCalendar error = %v", err)
	}
	var s *multicountry.Support
	if _, err := s.Site("Seoul"); !errors.Is(err, multicountry.ErrUnknownLocation) {
		t.Errorf("Site error = %v", err)
	}
	if _, err := s.GoverningCalendar("Kim Min-jun"); !errors.Is(err, multicountry.ErrUnknownContact) {
		t.Errorf("GoverningCalendar error = %v", err)
	}
	if s.Sites() != nil || s.Warnings() != nil || s.Host() != (multicountry.Site{}) || s.WorkOrder().Customer != "" {
		t.Error("a nil Support reports locations")
	}
}

// Rules D-CAL, SEV-STD-21, TERM-1, MC-3: a deadline runs on the business
// hours of the support location of the incident's contact. Two business
// hours from Friday 16:00 in Tokyo end on Monday 09:30 in Tokyo — in Seoul's
// zone as well, since both are UTC+9, but on Tokyo's calendar.
func TestDeadlinesRunOnTheContactsLocationCalendar(t *testing.T) {
	s := mustSupport(t)
	tests := []struct {
		contact, want string
	}{
		{"Kim Min-jun", "Seoul"},
		{"Sato Yuki", "Tokyo"},
	}
	for _, tt := range tests {
		g, err := s.GoverningCalendar(tt.contact)
		if err != nil {
			t.Fatal(err)
		}
		if g.Location != tt.want || g.Calendar.Location().String() != "Asia/"+tt.want || !g.Rules.Has("D-CAL") {
			t.Errorf("GoverningCalendar(%s) = %s in %v by %v, want %s by D-CAL", tt.contact, g.Location, g.Calendar.Location(), g.Rules, tt.want)
		}
		at, err := s.GoverningCalendarAt(tt.want)
		if err != nil || at != g {
			t.Errorf("GoverningCalendarAt(%s) = %v, %v, want %v", tt.want, at, err, g)
		}
	}
	g, err := s.GoverningCalendar("Sato Yuki")
	if err != nil {
		t.Fatal(err)
	}
	tokyo := g.Calendar.Location()
	start := time.Date(2026, time.March, 13, 16, 0, 0, 0, tokyo) // a Friday
	if due, want := g.Calendar.Add(start, 2*time.Hour), time.Date(2026, time.March, 16, 9, 30, 0, 0, tokyo); !due.Equal(want) {
		t.Errorf("due %v, want %v", due, want)
	}
	if _, err := s.GoverningCalendar("Nobody"); !errors.Is(err, multicountry.ErrUnknownContact) {
		t.Errorf("GoverningCalendar(Nobody) error = %v, want %v", err, multicountry.ErrUnknownContact)
	}
	if _, err := s.GoverningCalendarAt("Osaka"); !errors.Is(err, multicountry.ErrUnknownLocation) {
		t.Errorf("GoverningCalendarAt(Osaka) error = %v, want %v", err, multicountry.ErrUnknownLocation)
	}
}

// Rules D-CAL, RESP-2: when the Work Order lists one contact name at two
// support locations (package contract allows it), the calendar of that
// contact's incidents is not known, and GoverningCalendar says so instead of
// taking the first entry's. The same name listed twice at one location, in
// two roles, is no ambiguity.
func TestGoverningCalendarRefusesAContactAtTwoLocations(t *testing.T) {
	wo := contosoKorea()
	wo.Contacts = append(wo.Contacts,
		contract.Contact{Name: "Kim Min-jun", Role: contract.ReactiveContact, Location: "Seoul"}, // a second role, same place
		contract.Contact{Name: "Sato Yuki", Role: contract.CloudAdministrator, Location: "Seoul"},
	)
	s, err := multicountry.New(wo, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.GoverningCalendar("Sato Yuki"); !errors.Is(err, multicountry.ErrAmbiguousContact) {
		t.Errorf("GoverningCalendar(Sato Yuki, at Tokyo and Seoul) error = %v, want %v", err, multicountry.ErrAmbiguousContact)
	}
	if g, err := s.GoverningCalendar("Kim Min-jun"); err != nil || g.Location != "Seoul" {
		t.Errorf("GoverningCalendar(Kim Min-jun, twice at Seoul) = %v, %v, want Seoul", g.Location, err)
	}
}

// D-CAL: a location's own calendar — here Seoul's, with a public holiday —
// governs its deadlines; Tokyo's is unaffected.
func TestLocationCalendarsAreIndependent(t *testing.T) {
	zone, err := time.LoadLocation("Asia/Seoul")
	if err != nil {
		t.Fatal(err)
	}
	holiday := day("2026-03-02") // a Monday: the substitute holiday for 1 March
	cal, err := calendar.New(zone, calendar.WithHolidays(holiday))
	if err != nil {
		t.Fatal(err)
	}
	s, err := multicountry.New(contosoKorea(), map[string]*calendar.Calendar{"Seoul": cal})
	if err != nil {
		t.Fatal(err)
	}
	seoul, tokyo := s.Sites()[0].Calendar, s.Sites()[1].Calendar
	if !seoul.IsHoliday(holiday) || tokyo.IsHoliday(holiday) {
		t.Errorf("Seoul holiday %v: Seoul %v, Tokyo %v; want true, false", holiday, seoul.IsHoliday(holiday), tokyo.IsHoliday(holiday))
	}
}

// The Support keeps its own copies: changing the caller's Work Order or
// the one WorkOrder returns changes nothing (MC-4, RESP-2).
func TestSupportKeepsItsOwnCopies(t *testing.T) {
	wo := contosoKorea()
	s := must(multicountry.New(wo, nil))
	wo.Contacts[1].Location = "Seoul"
	wo.Purchases[0].Service = catalogue.Hackathon
	wo.Locations[0].Name = "Busan"
	if s.WorkOrder().Locations[0].Name != "Seoul" || s.Host().Location.Name != "Seoul" {
		t.Errorf("after changing the caller's locations: %+v", s.WorkOrder().Locations[0])
	}
	if g, err := s.GoverningCalendar("Sato Yuki"); err != nil || g.Location != "Tokyo" {
		t.Errorf("after changing the caller's contacts: %v, %v", g.Location, err)
	}
	got := s.WorkOrder()
	got.Purchases[0].Service = catalogue.Hackathon
	got.Contacts[0].Name = "Nobody"
	got.Locations[0].Name = "Busan"
	again := s.WorkOrder()
	if again.Purchases[0].Service != catalogue.Workshops || again.Contacts[0].Name != "Kim Min-jun" || again.Locations[0].Name != "Seoul" {
		t.Errorf("changing WorkOrder()'s result changed the Support: %+v", again)
	}
	// A contact listed first at the host and then downstream is ambiguous too.
	wo = contosoKorea()
	wo.Contacts = append(wo.Contacts, contract.Contact{Name: "Kim Min-jun", Role: contract.ReactiveContact, Location: "Tokyo"})
	if _, err := must(multicountry.New(wo, nil)).GoverningCalendar("Kim Min-jun"); !errors.Is(err, multicountry.ErrAmbiguousContact) {
		t.Errorf("Kim Min-jun at Seoul and Tokyo: %v", err)
	}
}

// Issue 14, point 6: a calendar's zone is compared at every transition, not
// only at the first instant: a fixed zone at Seoul's 1850 local mean time
// agrees with Asia/Seoul then and differs from 1908 on.
func TestZonesAreComparedAtEveryTransition(t *testing.T) {
	lmt := must(calendar.New(time.FixedZone("Asia/Seoul", 8*3600+27*60+52)))
	if _, err := multicountry.New(contosoKorea(), map[string]*calendar.Calendar{"Seoul": lmt}); !errors.Is(err, multicountry.ErrCalendar) {
		t.Errorf("Seoul's local mean time for Seoul: %v", err)
	}
	seoul := must(calendar.New(must(time.LoadLocation("Asia/Seoul"))))
	if _, err := multicountry.New(contosoKorea(), map[string]*calendar.Calendar{"Seoul": seoul}); err != nil {
		t.Errorf("Asia/Seoul for Seoul: %v", err)
	}
}
