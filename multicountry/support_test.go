package multicountry_test

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/multicountry"
)

// Rules MC-1, MC-2, MC-3, MC-16, D-CAL, BUY-9: a Work Order's locations —
// exactly one host, any number of downstream — each get their exchange
// terms and calendar.
func TestNewBuildsTheLocations(t *testing.T) {
	s := mustSupport(t)
	want := []multicountry.Location{
		host("Seoul", "KR", "KRW", "1300000"),
		loc("Tokyo", "JP", "JPY", "150000"),
	}
	if diff := cmp.Diff(want, s.Locations()); diff != "" {
		t.Errorf("Locations() (-want +got):\n%s", diff)
	}
	if h := s.Host(); !h.Equal(want[0]) {
		t.Errorf("Host() = %v, want %v", h, want[0])
	}
	if l, err := s.Location("Tokyo"); err != nil || !l.Equal(want[1]) {
		t.Errorf("Location(Tokyo) = %v, %v, want %v", l, err, want[1])
	}
	// D-CAL: by default each location keeps 09:00–17:30, Monday to Friday, in its own zone.
	cal, err := s.Calendar("Tokyo")
	if err != nil {
		t.Fatal(err)
	}
	if got := cal.Location().String(); got != "Asia/Tokyo" {
		t.Errorf("Calendar(Tokyo) is in %s, want Asia/Tokyo", got)
	}
	if w := cal.Windows(time.Monday); len(w) != 1 || w[0].String() != "09:00-17:30" {
		t.Errorf("Calendar(Tokyo).Windows(Monday) = %v, want [09:00-17:30]", w)
	}
	// The Support keeps its own copy of the Work Order.
	wo := s.WorkOrder()
	wo.Locations[0].Name = "Busan"
	if s.Host().Name != "Seoul" || s.WorkOrder().Locations[0].Name != "Seoul" {
		t.Error("changing WorkOrder()'s result changed the Support")
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
	s, err := multicountry.New(wo, multicountry.Site{Location: "Seoul", CreditPrice: dec("1300000")})
	if err != nil {
		t.Fatal(err)
	}
	if !s.Host().Host || s.Host().Name != "Seoul" {
		t.Errorf("Host() = %v, want Seoul as host", s.Host())
	}
	if d, err := s.Delivery(catalogue.Workshops, "Seoul"); err != nil || d.Verdict != multicountry.Deliverable {
		t.Errorf("Delivery(workshops, Seoul) = %v, %v, want deliverable", d, err)
	}
	g, err := s.GoverningCalendar("Kim Min-jun")
	if err != nil || g.Location != "Seoul" {
		t.Errorf("GoverningCalendar(contact without location) = %v, %v, want Seoul", g, err)
	}
}

// Rules MC-1, MC-2, MC-3, MC-4, MC-16, D-CAL: bad Work Orders and sites are
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
		edit    func(*contract.WorkOrder, *[]multicountry.Site)
		wantErr []error
	}{
		{"two hosts", func(wo *contract.WorkOrder, _ *[]multicountry.Site) { wo.Locations[1].Role = contract.Host },
			[]error{multicountry.ErrHost, contract.ErrNoHost}},
		{"no host", func(wo *contract.WorkOrder, _ *[]multicountry.Site) { wo.Locations[0].Role = contract.Downstream },
			[]error{multicountry.ErrHost}},
		{"two locations in one country", func(wo *contract.WorkOrder, s *[]multicountry.Site) {
			wo.Locations[1].Country = "KR"
		}, []error{multicountry.ErrDuplicateLocation}},
		{"two locations with one name", func(wo *contract.WorkOrder, _ *[]multicountry.Site) { wo.Locations[1].Name = "Seoul" },
			[]error{multicountry.ErrDuplicateLocation, contract.ErrDuplicateLocation}},
		// The Work Order itself refuses it now: contract and multicountry
		// share one country check (contract.IsCountryCode).
		{"a reserved country code", func(wo *contract.WorkOrder, _ *[]multicountry.Site) { wo.Locations[1].Country = "UK" },
			[]error{contract.ErrInvalidLocation}},
		{"no site for Tokyo", func(_ *contract.WorkOrder, s *[]multicountry.Site) { *s = (*s)[:1] },
			[]error{multicountry.ErrCreditPrice}},
		{"a site for no location", func(_ *contract.WorkOrder, s *[]multicountry.Site) {
			*s = append(*s, multicountry.Site{Location: "Osaka", CreditPrice: dec("150000")})
		}, []error{multicountry.ErrUnknownLocation}},
		{"two sites for Seoul", func(_ *contract.WorkOrder, s *[]multicountry.Site) {
			*s = append(*s, multicountry.Site{Location: "Seoul", CreditPrice: dec("1")})
		}, []error{multicountry.ErrDuplicateLocation}},
		{"zero credit price", func(_ *contract.WorkOrder, s *[]multicountry.Site) { (*s)[1].CreditPrice = dec("0") },
			[]error{multicountry.ErrCreditPrice}},
		{"Seoul's calendar for Tokyo", func(_ *contract.WorkOrder, s *[]multicountry.Site) { (*s)[1].Calendar = seoulCal() },
			[]error{multicountry.ErrCalendar}},
		{"an invalid Work Order", func(wo *contract.WorkOrder, _ *[]multicountry.Site) { wo.Locations[1].TimeZone = "Mars/Olympus" },
			[]error{contract.ErrInvalidLocation}},
		{"everything at once", func(wo *contract.WorkOrder, s *[]multicountry.Site) {
			wo.Locations[1].Country = "KR"
			(*s)[0].CreditPrice = dec("-1")
			(*s)[1].Calendar = seoulCal()
		}, []error{multicountry.ErrDuplicateLocation, multicountry.ErrCreditPrice, multicountry.ErrCalendar}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wo, sites := contosoKorea(), contosoSites()
			tt.edit(&wo, &sites)
			s, err := multicountry.New(wo, sites...)
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
	sites := contosoSites()
	countries := []string{"JP", "US", "DE", "FR", "GB", "SG"}
	for i := len(wo.Locations); i < 300; i++ {
		name := fmt.Sprintf("Office %d", i)
		wo.Locations = append(wo.Locations, contract.Location{Name: name, Country: countries[i%len(countries)],
			Role: contract.Downstream, TimeZone: "Asia/Tokyo", Currency: "JPY"})
		sites = append(sites, multicountry.Site{Location: name, CreditPrice: dec("150000")})
	}
	wo.Purchases = append(wo.Purchases, contract.Purchase{Service: catalogue.Hackathon, Quantity: 1, Location: "Office 299"})
	if err := wo.Validate(); err != nil {
		t.Fatalf("the Work Order should be valid for package contract: %v", err)
	}
	s, err := multicountry.New(wo, sites...)
	if s != nil || !errors.Is(err, multicountry.ErrDuplicateLocation) {
		t.Fatalf("New(300 locations) = %v, %v, want an error wrapping %v", s, err, multicountry.ErrDuplicateLocation)
	}
}

// The zero Support and a nil Support have no locations: every question is
// an error, never a panic.
func TestNilSupport(t *testing.T) {
	var zero multicountry.Support
	if _, err := zero.Delivery(catalogue.Workshops, "Seoul"); !errors.Is(err, multicountry.ErrUnknownLocation) {
		t.Errorf("zero Support: Delivery error = %v", err)
	}
	if zero.Host().Name != "" || len(zero.Locations()) != 0 {
		t.Error("the zero Support reports locations")
	}
	if _, err := zero.GoverningCalendar("Kim Min-jun"); !errors.Is(err, multicountry.ErrUnknownContact) {
		t.Errorf("zero Support: GoverningCalendar error = %v", err)
	}
	var s *multicountry.Support
	if _, err := s.Location("Seoul"); !errors.Is(err, multicountry.ErrUnknownLocation) {
		t.Errorf("Location error = %v", err)
	}
	if _, err := s.Calendar("Seoul"); !errors.Is(err, multicountry.ErrUnknownLocation) {
		t.Errorf("Calendar error = %v", err)
	}
	if _, err := s.GoverningCalendar("Kim Min-jun"); !errors.Is(err, multicountry.ErrUnknownContact) {
		t.Errorf("GoverningCalendar error = %v", err)
	}
	if s.Locations() != nil || s.Warnings() != nil || s.Host().Name != "" || s.WorkOrder().Customer != "" {
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
	s, err := multicountry.New(wo, contosoSites()...)
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
	sites := contosoSites()
	sites[0].Calendar = cal
	s, err := multicountry.New(contosoKorea(), sites...)
	if err != nil {
		t.Fatal(err)
	}
	seoul, _ := s.Calendar("Seoul")
	tokyo, _ := s.Calendar("Tokyo")
	if !seoul.IsHoliday(holiday) || tokyo.IsHoliday(holiday) {
		t.Errorf("Seoul holiday %v: Seoul %v, Tokyo %v; want true, false", holiday, seoul.IsHoliday(holiday), tokyo.IsHoliday(holiday))
	}
}
