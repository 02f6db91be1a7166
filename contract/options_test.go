package contract_test

import (
	"errors"
	"testing"
	"time"

	"github.com/supportrules/unified/contract"
)

// TestWithZonesResolvesZonesTheCallersWay (MC-1, D-CAL): with WithZones the
// checks ask the caller's resolver, never the zone database, so a service
// can supply zones from time/tzdata or its own data.
func TestWithZonesResolvesZonesTheCallersWay(t *testing.T) {
	kst := time.FixedZone("KST", 9*3600)
	asked := map[string]int{}
	onlySeoul := func(name string) (*time.Location, error) {
		asked[name]++
		if name == "Asia/Seoul" {
			return kst, nil
		}
		return nil, errors.New("unknown zone")
	}
	w := contoso()
	vs := summarize(w.Violations(contract.WithZones(onlySeoul)))
	if len(vs) != 1 || vs[0].Field != "locations[1].timeZone" || !errors.Is(vs[0].Err, contract.ErrInvalidLocation) {
		t.Errorf("Violations(WithZones(only Seoul)) = %v, want Tokyo's zone alone", vs)
	}
	if asked["Asia/Seoul"] != 1 || asked["Asia/Tokyo"] != 1 {
		t.Errorf("the resolver was asked %v, want each zone once", asked)
	}
	// Each zone is resolved once per validation, however many locations
	// share it.
	clear(asked)
	w.Locations[1].TimeZone = "Asia/Seoul"
	if vs := w.Violations(contract.WithZones(onlySeoul)); len(vs) != 0 || asked["Asia/Seoul"] != 1 {
		t.Errorf("two locations in Seoul's zone: %v; the resolver was asked %v, want once", vs, asked)
	}
	if loc, err := seoul.Zone(contract.WithZones(onlySeoul)); err != nil || loc != kst {
		t.Errorf("Zone(WithZones) = %v, %v, want the resolver's zone", loc, err)
	}
	if err := tokyo.Validate(contract.WithZones(onlySeoul)); !errors.Is(err, contract.ErrInvalidLocation) {
		t.Errorf("Tokyo.Validate(WithZones(only Seoul)) = %v, want ErrInvalidLocation", err)
	}
	// A resolver that answers no zone and no error is refused too.
	none := func(string) (*time.Location, error) { return nil, nil }
	if _, err := seoul.Zone(contract.WithZones(none)); !errors.Is(err, contract.ErrInvalidLocation) {
		t.Errorf("Zone with a resolver answering nil = %v, want ErrInvalidLocation", err)
	}
	// A nil resolver or option leaves time.LoadLocation.
	if err := w.Validate(contract.WithZones(nil), nil); err != nil {
		t.Errorf("Validate(WithZones(nil), nil) = %v", err)
	}
	// "Local" and "" are never asked for.
	for _, name := range []string{"", "Local"} {
		l := seoul
		l.TimeZone = name
		if _, err := l.Zone(contract.WithZones(onlySeoul)); !errors.Is(err, contract.ErrInvalidLocation) || asked[name] != 0 {
			t.Errorf("Zone(%q) = %v, resolver asked %d times", name, err, asked[name])
		}
	}
}
