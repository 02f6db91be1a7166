package contract_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/contract/catalogue"
	"golang.org/x/text/currency"
)

// TestRoleText (MC-2, MC-3): names round-trip; the zero Role is empty
// text; bad names and values are errors.
func TestRoleText(t *testing.T) {
	for _, r := range []contract.Role{contract.Host, contract.Downstream} {
		b, err := r.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		p, err := contract.ParseRole(r.String())
		if err != nil || p != r {
			t.Errorf("ParseRole(%q) = %v, %v", r, p, err)
		}
		var u contract.Role
		if err := u.UnmarshalText(b); err != nil || u != r {
			t.Errorf("UnmarshalText(%q) = %v, %v", b, u, err)
		}
	}
	if r, err := contract.ParseRole(" HOST "); err != nil || r != contract.Host {
		t.Errorf("ParseRole(HOST) = %v, %v", r, err)
	}
	if _, err := contract.ParseRole("guest"); !errors.Is(err, contract.ErrInvalidEnum) {
		t.Errorf("ParseRole(guest) = %v", err)
	}
	if (contract.Role(0)).IsValid() || (contract.Role(3)).IsValid() {
		t.Errorf("invalid roles reported valid")
	}
	if b, err := contract.Role(0).MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("zero Role text = %q, %v", b, err)
	}
	if _, err := contract.Role(3).MarshalText(); !errors.Is(err, contract.ErrInvalidEnum) {
		t.Errorf("Role(3).MarshalText = %v", err)
	}
	if s := contract.Role(3).String(); s != "location role(3)" {
		t.Errorf("String = %q", s)
	}
	var z contract.Role = contract.Host
	if err := z.UnmarshalText(nil); err != nil || z != 0 {
		t.Errorf("UnmarshalText(empty) = %v, %v", z, err)
	}
}

// TestLocationValidate (MC-1): each bad field is reported.
func TestLocationValidate(t *testing.T) {
	if err := seoul.Validate(); err != nil {
		t.Errorf("Seoul: %v", err)
	}
	bad := contract.Location{Country: "EU", Role: 0, TimeZone: "Local", Currency: currency.Unit{}}
	err := bad.Validate()
	if !errors.Is(err, contract.ErrInvalidLocation) {
		t.Fatalf("Validate = %v", err)
	}
	vs := 0
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var v contract.Violation
		if errors.As(e, &v) {
			vs++
		}
	}
	if vs != 5 {
		t.Errorf("Validate found %d problems, want 5: %v", vs, err)
	}
	if _, err := bad.Zone(); !errors.Is(err, contract.ErrInvalidLocation) {
		t.Errorf("Zone(Local) = %v", err)
	}
	if loc, err := seoul.Zone(); err != nil || loc.String() != "Asia/Seoul" {
		t.Errorf("Zone = %v, %v", loc, err)
	}
}

// TestUnitAndContactRoleText: the other enums of the Work Order round-trip.
func TestUnitAndContactRoleText(t *testing.T) {
	for u := catalogue.UnitService; u <= catalogue.UnitDays; u++ {
		b, err := u.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var v catalogue.Unit
		if err := v.UnmarshalText(b); err != nil || v != u {
			t.Errorf("Unit %v: %v, %v", u, v, err)
		}
	}
	if _, err := catalogue.Unit(99).MarshalText(); !errors.Is(err, catalogue.ErrInvalidUnit) {
		t.Errorf("Unit(99): %v", err)
	}
	for _, r := range []contract.ContactRole{contract.SupportServicesManager, contract.ReactiveContact, contract.CloudAdministrator} {
		b, _ := r.MarshalText()
		var v contract.ContactRole
		if err := v.UnmarshalText(b); err != nil || v != r {
			t.Errorf("ContactRole %v: %v, %v", r, v, err)
		}
	}
	if s := contract.ContactRole(9).String(); s != "contact role(9)" {
		t.Errorf("String = %q", s)
	}
}

// TestLocationJSON (MC-1): a location's currency is its ISO 4217 code in
// JSON, read in any case and written in upper case; no currency is "", and
// an unknown code or "XXX" is refused with ErrInvalidLocation.
func TestLocationJSON(t *testing.T) {
	b, err := json.Marshal(seoul)
	if want := `{"name":"Seoul","country":"KR","role":"host","timeZone":"Asia/Seoul","currency":"KRW"}`; err != nil || string(b) != want {
		t.Errorf("Marshal(Seoul) = %s, %v; want %s", b, err, want)
	}
	if b, err := json.Marshal(contract.Location{Exception: true}); err != nil || string(b) != `{"name":"","country":"","role":"","timeZone":"","currency":"","exception":true}` {
		t.Errorf("Marshal(no currency) = %s, %v", b, err)
	}
	var l contract.Location
	if err := json.Unmarshal([]byte(`{"name":"Seoul","currency":"krw","exception":true}`), &l); err != nil || l.Currency != currency.KRW || !l.Exception || l.Name != "Seoul" {
		t.Errorf("Unmarshal(krw) = %+v, %v", l, err)
	}
	if err := json.Unmarshal([]byte(`{"name":"Seoul","currency":""}`), &l); err != nil || l.Currency != (currency.Unit{}) {
		t.Errorf("Unmarshal(no currency) = %+v, %v", l, err)
	}
	for _, in := range []string{`{"currency":"XXX"}`, `{"currency":"KRWX"}`, `{"currency":"ZZZ"}`, `{"currency":"K"}`} {
		if err := json.Unmarshal([]byte(in), &l); !errors.Is(err, contract.ErrInvalidLocation) {
			t.Errorf("Unmarshal(%s) = %v, want ErrInvalidLocation", in, err)
		}
	}
	if err := json.Unmarshal([]byte(`{"currency":["KRW"]}`), &l); !errors.Is(err, contract.ErrMalformed) {
		t.Errorf("Unmarshal(currency list) = %v, want ErrMalformed", err)
	}
}
