package severity_test

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/supportrules/unified/internal/isoduration"
	"github.com/supportrules/unified/severity"
)

// ParseLevel reads the document's names in either case and nothing else.
// Rules SEV-STD-1, SEV-STD-8, SEV-STD-12, SEV-STD-15, PRS-4.
func TestParseLevel(t *testing.T) {
	tests := []struct {
		in      string
		want    severity.Level
		wantErr bool
	}{
		{"1", severity.Sev1, false},
		{"A", severity.SevA, false},
		{"a", severity.SevA, false},
		{"B", severity.SevB, false},
		{"b", severity.SevB, false},
		{"C", severity.SevC, false},
		{"c", severity.SevC, false},
		{"", 0, true},
		{"2", 0, true},
		{"D", 0, true},
		{" A ", severity.SevA, false}, // surrounding space is trimmed
		{"AA", 0, true},               // one letter only
		{"Ａ", 0, true},                // a full-width A is not the document's A
		// The spellings a support desk exports (issue 12).
		{"Sev A", severity.SevA, false},
		{"Severity A", severity.SevA, false},
		{"sev-a", severity.SevA, false},
		{"SEV_B", severity.SevB, false},
		{"Sev1", severity.Sev1, false},
		{"Severity 1", severity.Sev1, false},
		{"severity: c", severity.SevC, false},
		{"심각도 A", severity.SevA, false},
		{"심각도B", severity.SevB, false},
		{"Sev", 0, true},
		{"Severity", 0, true},
		{"Sev 2", 0, true},
		{"Sev A B", 0, true},
		{"Sevv A", 0, true},
		{"sev--a", 0, true},
		{"Priority A", 0, true},
	}
	for _, tt := range tests {
		got, err := severity.ParseLevel(tt.in)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("ParseLevel(%q) = %v, %v; want %v, error %t", tt.in, got, err, tt.want, tt.wantErr)
		}
		if err != nil && (!errors.Is(err, severity.ErrInvalidLevel) || !strings.Contains(err.Error(), "want 1, A, B or C")) {
			t.Errorf("ParseLevel(%q) error = %v, want ErrInvalidLevel saying what is accepted", tt.in, err)
		}
	}
}

// The zero values are invalid, print as diagnostics, and encode as empty
// text; levels order most urgent first.
func TestZeroValuesAreInvalid(t *testing.T) {
	var l severity.Level
	var p severity.Plan
	if l.IsValid() || p.IsValid() || severity.Level(5).IsValid() || severity.Plan(5).IsValid() {
		t.Error("zero or out-of-range Level/Plan reported valid")
	}
	if got := severity.Level(9).String(); got != "severity level(9)" {
		t.Errorf("Level(9).String() = %q", got)
	}
	if got := severity.Plan(9).String(); got != "response plan(9)" {
		t.Errorf("Plan(9).String() = %q", got)
	}
	if l.String() != "" || p.String() != "" {
		t.Errorf("zero Level and Plan print %q, %q; want empty", l.String(), p.String())
	}
	for _, v := range []interface{ MarshalText() ([]byte, error) }{l, p, severity.ProductClass(0), severity.Effort(0), severity.Duty(0)} {
		if b, err := v.MarshalText(); err != nil || len(b) != 0 {
			t.Errorf("%T zero MarshalText = %q, %v; want empty", v, b, err)
		}
	}
	for _, v := range []interface{ MarshalText() ([]byte, error) }{severity.Level(7), severity.Plan(7), severity.ProductClass(7), severity.Effort(7), severity.Duty(70), severity.Channels(200)} {
		if _, err := v.MarshalText(); err == nil {
			t.Errorf("%T(%v).MarshalText succeeded", v, v)
		}
	}
	if !(severity.Sev1.Compare(severity.SevA) < 0 && severity.SevC.Compare(severity.SevB) > 0 && severity.SevB.Compare(severity.SevB) == 0) {
		t.Error("Compare does not order most urgent first")
	}
	var zt severity.Target
	if zt.Level.IsValid() {
		t.Error("zero Target has a valid level")
	}
}

// Every enum's text form round-trips, and ParsePlan reads names and
// abbreviations in any case.
func TestTextRoundTrips(t *testing.T) {
	for _, l := range levels {
		var back severity.Level
		b, err := l.MarshalText()
		if err != nil || back.UnmarshalText(b) != nil || back != l {
			t.Errorf("Level %v text round trip gave %v (%q, %v)", l, back, b, err)
		}
	}
	for _, p := range plans {
		for _, s := range []string{p.String(), p.Abbrev()} {
			if got, err := severity.ParsePlan(s); err != nil || got != p {
				t.Errorf("ParsePlan(%q) = %v, %v; want %v", s, got, err, p)
			}
		}
		var back severity.Plan
		b, _ := p.MarshalText()
		if err := back.UnmarshalText(b); err != nil || back != p {
			t.Errorf("Plan %v text round trip gave %v, %v", p, back, err)
		}
	}
	for _, s := range []string{"uer", "Rapid-Response", "AEM", "standard"} {
		if _, err := severity.ParsePlan(s); err != nil {
			t.Errorf("ParsePlan(%q): %v", s, err)
		}
	}
	for _, s := range []string{"", "REDE", "AED", "premier"} {
		if _, err := severity.ParsePlan(s); !errors.Is(err, severity.ErrInvalidPlan) {
			t.Errorf("ParsePlan(%q) error = %v, want ErrInvalidPlan (REDE-18, AED-11: not plans)", s, err)
		}
	}
	for c := severity.Channels(0); c < 16; c++ {
		var back severity.Channels
		b, err := c.MarshalText()
		if err != nil || back.UnmarshalText(b) != nil || back != c {
			t.Errorf("Channels %v round trip gave %v", c, back)
		}
	}
	if got := (severity.Phone | severity.Web).String(); got != "phone|web" {
		t.Errorf("Channels String = %q", got)
	}
	var ch severity.Channels
	if err := ch.UnmarshalText([]byte("fax")); !errors.Is(err, severity.ErrInvalidValue) {
		t.Errorf("Channels.UnmarshalText(fax) error = %v", err)
	}
}

// Public data types round-trip through JSON. Rules D-SEV-2, D-SEV-3.
func TestJSONRoundTrips(t *testing.T) {
	inc := severity.Incident{Level: severity.SevA, Azure: true, Product: "Azure SQL", Opened: at(2026, 5, 12, 10, 0),
		Plans: []severity.Plan{severity.RapidResponse, severity.EnhancedResponse}}
	tg, err := severity.TargetFor(inc)
	if err != nil {
		t.Fatal(err)
	}
	row, err := severity.ChartRow(severity.EventManagement, severity.SevA)
	if err != nil {
		t.Fatal(err)
	}
	duties, err := severity.CustomerDuties(severity.Incident{Level: severity.SevB, Opened: inc.Opened}, seoulCal(t))
	if err != nil {
		t.Fatal(err)
	}
	roundTrip(t, inc)
	roundTrip(t, tg)
	roundTrip(t, row)
	roundTrip(t, duties)
	roundTrip(t, severity.Change{At: inc.Opened, To: severity.Sev1, Anchor: severity.Retroactive})
	r, err := severity.Retarget(inc, severity.Change{At: inc.Opened.Add(time.Minute), To: severity.Sev1}, seoulCal(t))
	if err != nil {
		t.Fatal(err)
	}
	roundTrip(t, r)
	cal := seoulCal(t)
	for _, asOf := range []time.Time{inc.Opened, inc.Opened.Add(2 * time.Hour)} {
		for _, responded := range []time.Time{{}, inc.Opened.Add(20 * time.Minute)} {
			st, err := severity.StatusAt(inc, nil, responded, asOf, cal)
			if err != nil {
				t.Fatal(err)
			}
			roundTrip(t, st)
		}
	}
	roundTrip(t, severity.Status{})
	roundTrip(t, severity.Target{})
	roundTrip(t, severity.CustomerDuty{})
	roundTrip(t, severity.Row{})
	for _, p := range plans {
		for _, pr := range []struct {
			class severity.ProductClass
			name  string
		}{{severity.OtherProducts, "Exchange Server"}, {severity.AzureComponents, "Azure StorSimple"}} {
			cov, err := severity.Covers(p, pr.class, pr.name)
			if err != nil {
				t.Fatal(err)
			}
			roundTrip(t, cov) // includes a not-covered one with the zero class
		}
	}
	list, err := severity.Exclusions(severity.Standard)
	if err != nil {
		t.Fatal(err)
	}
	roundTrip(t, list)
	for _, l := range levels {
		row, err := severity.ChartRow(severity.RapidResponse, l)
		if err != nil {
			t.Fatal(err)
		}
		roundTrip(t, row)
	}
	b, _ := json.Marshal(tg)
	const want = `{"level":"A","plan":"rapid-response","class":"azure-components","businessHours":false,"fallback":false,"notFromSeed":true,"rules":["SEV-RR-8","RR-6","D-SEV-2","D-SEV-1","D-SEV-3"],"within":"PT15M"}`
	if string(b) != want {
		t.Errorf("json.Marshal(target) =\n%s\nwant\n%s", b, want)
	}
}

// The JSON convention: camelCase keys, durations in ISO 8601, instants in
// RFC 3339, a zero instant (not yet known, no deadline) left out as the
// module leaves out every zero date and instant. Rules D-SEV-1, PRS-9.
func TestJSONConvention(t *testing.T) {
	cal := seoulCal(t)
	inc := severity.Incident{Level: severity.SevB, Product: "Exchange Server", Opened: at(2026, 5, 8, 16, 0)}
	st, err := severity.StatusAt(inc, nil, time.Time{}, at(2026, 5, 8, 17, 0), cal)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(st)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"due":"2026-05-11T09:30:00+09:00"`, `"state":"pending"`, `"remaining":"PT1H"`, `"overdue":"PT0S"`,
		`"businessHours":true`, `"within":"PT2H"`, `"rules":["PRS-9","D-SEV-1","D-CLOCK"]`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("Status JSON %s lacks %s", b, want)
		}
	}
	duties, err := severity.CustomerDuties(inc, cal)
	if err != nil {
		t.Fatal(err)
	}
	b, _ = json.Marshal(duties)
	for _, want := range []string{`"duty":"change-manager-response"`, `"within":"PT4H"`, `"due":"2026-05-11T11:30:00+09:00"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("duties JSON %s lacks %s", b, want)
		}
	}
	if n := strings.Count(string(b), `"due":`); n != 1 {
		t.Errorf("duties JSON %s holds %d due times, want only the change manager's", b, n)
	}
	if strings.Contains(string(b), "0001-01-01") || strings.Contains(string(b), "null") {
		t.Errorf("duties JSON %s writes a zero instant", b)
	}
}

// A zero instant is never written as "0001-01-01T00:00:00Z": a zero
// Status (no deadline), a duty's status (no target), a zero Retargeted and
// a Change without a response leave the key out, and an absent key or null
// reads back as the zero instant. Rules D-SEV-1, PRS-9, D-SEV-6.
func TestZeroInstantsAreLeftOut(t *testing.T) {
	for _, tt := range []struct {
		v      any
		absent []string
	}{
		{severity.Status{}, []string{`"due"`, `"responded"`, `"target"`}},
		{severity.Status{State: severity.Pending, Due: at(2026, 5, 8, 17, 0)}, []string{`"responded"`, `"target"`}},
		{severity.Retargeted{}, []string{`"due"`, `"previous"`}},
		{severity.Change{To: severity.SevA, At: at(2026, 5, 8, 17, 0)}, []string{`"firstResponse"`}},
		{severity.CustomerDuty{Duty: severity.AssignStaff}, []string{`"due"`}},
		{severity.Incident{Level: severity.SevB}, []string{`"opened"`}},
	} {
		b, err := json.Marshal(tt.v)
		if err != nil {
			t.Fatalf("json.Marshal(%T): %v", tt.v, err)
		}
		if strings.Contains(string(b), "0001-01-01") {
			t.Errorf("%T JSON %s writes the zero instant", tt.v, b)
		}
		for _, key := range tt.absent {
			if strings.Contains(string(b), key) {
				t.Errorf("%T JSON %s holds %s, want it left out", tt.v, b, key)
			}
		}
	}
	roundTrip(t, severity.Status{})
	roundTrip(t, severity.Retargeted{})
	roundTrip(t, severity.CustomerDuty{})
	var st severity.Status
	if err := json.Unmarshal([]byte(`{"due":null,"responded":null,"state":"pending"}`), &st); err != nil || !st.Due.IsZero() || !st.Responded.IsZero() {
		t.Errorf("null instants read as %+v, %v; want zero instants", st, err)
	}
}

// Decode errors say what is wrong in the JSON's own terms and name no
// unexported Go type. Rules D-SEV-1.
func TestJSONDecodeErrorsNameNoInternalType(t *testing.T) {
	for _, in := range []string{`{"within":5}`, `{"within":"PT"}`, `{"within":true}`, `{"within":{}}`, `{"within":"` + strings.Repeat("9", 500) + `"}`} {
		var tg severity.Target
		err := json.Unmarshal([]byte(in), &tg)
		if !errors.Is(err, severity.ErrInvalidValue) || !errors.Is(err, isoduration.ErrSyntax) {
			t.Errorf("Unmarshal(%.40s) error = %v, want ErrInvalidValue and isoduration.ErrSyntax", in, err)
			continue
		}
		msg := err.Error()
		if strings.Contains(msg, "isoDuration") || strings.Contains(msg, "Duration") || !strings.HasPrefix(msg, "severity: ") || len(msg) > 400 {
			t.Errorf("Unmarshal(%.40s) error %q names a Go type, lacks the prefix or is too long", in, msg)
		}
	}
}

// Decoding refuses bad input with the package's sentinels: a malformed
// duration, an unknown level, a wrong type, broken JSON.
// Rules D-SEV-1.
func TestJSONDecodersRefuseBadInput(t *testing.T) {
	for _, tt := range []struct {
		in   string
		into any
		want error
	}{
		{`{"within":"2h"}`, &severity.Target{}, severity.ErrInvalidValue},
		{`{"within":7200000000000}`, &severity.Target{}, severity.ErrInvalidValue},
		{`{"level":"D"}`, &severity.Target{}, severity.ErrInvalidLevel},
		{`{"plan":"premier"}`, &severity.Target{}, severity.ErrInvalidPlan},
		{`{"remaining":"PT"}`, &severity.Status{}, severity.ErrInvalidValue},
		{`{"state":"late"}`, &severity.Status{}, severity.ErrInvalidValue},
		{`{"responded":"yesterday"}`, &severity.Status{}, severity.ErrInvalidValue},
		{`{"duty":"pay"}`, &severity.CustomerDuty{}, severity.ErrInvalidValue},
		{`{"due":5}`, &severity.CustomerDuty{}, severity.ErrInvalidValue},
		{`{"crisisResourceWithin":"P1H"}`, &severity.Row{}, severity.ErrInvalidValue},
		{`{"effort":"sometimes"}`, &severity.Row{}, severity.ErrInvalidValue},
		{`{"target":{"within":"PT-1H"}}`, &severity.Status{}, severity.ErrInvalidValue},
	} {
		if err := json.Unmarshal([]byte(tt.in), tt.into); !errors.Is(err, tt.want) {
			t.Errorf("Unmarshal(%s) into %T: error = %v, want %v", tt.in, tt.into, err, tt.want)
		}
	}
}

func roundTrip[T any](t *testing.T, v T) {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("json.Marshal(%T): %v", v, err)
	}
	var back T
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("json.Unmarshal(%T, %s): %v", v, b, err)
	}
	if diff := cmp.Diff(v, back, equateRules); diff != "" {
		t.Errorf("%T JSON round trip (-want +got):\n%s", v, diff)
	}
}

// Target.String names chart, row, fallback and rules. Rules D-SEV-2.
func TestTargetExplainsItself(t *testing.T) {
	tg, err := severity.ChartTarget(severity.Incident{Level: severity.SevB, Azure: true, Opened: at(2026, 5, 12, 10, 0)}, severity.EnhancedResponse)
	if err != nil {
		t.Fatal(err)
	}
	const want = "Unified Enhanced Response, severity B, any-product (Standard row, fallback): 2h0m0s, business hours (SEV-UER-15, D-SEV-2, SEV-STD-13, D-SEV-1, SEV-STD-21)"
	if got := tg.String(); got != want {
		t.Errorf("String() =\n%s\nwant\n%s", got, want)
	}
}

// The smaller enums parse what they print, and reject empty or unknown text.
func TestSmallEnumsParseWhatTheyPrint(t *testing.T) {
	for c := severity.AzureComponents; c <= severity.AnyProduct; c++ {
		if got, err := severity.ParseProductClass(c.String()); err != nil || got != c {
			t.Errorf("ParseProductClass(%q) = %v, %v", c.String(), got, err)
		}
	}
	for _, e := range []severity.Effort{severity.Continuous, severity.BusinessHours} {
		if got, err := severity.ParseEffort(e.String()); err != nil || got != e {
			t.Errorf("ParseEffort(%q) = %v, %v", e.String(), got, err)
		}
	}
	for d := severity.NotifyExecutives; d <= severity.Submit; d++ {
		if got, err := severity.ParseDuty(d.String()); err != nil || got != d {
			t.Errorf("ParseDuty(%q) = %v, %v", d.String(), got, err)
		}
	}
	for _, a := range []severity.Anchor{severity.FromChange, severity.Retroactive} {
		if got, err := severity.ParseAnchor(a.String()); err != nil || got != a {
			t.Errorf("ParseAnchor(%q) = %v, %v", a.String(), got, err)
		}
	}
	if got, err := severity.ParseChannels("Phone|WEB"); err != nil || got != severity.Phone|severity.Web {
		t.Errorf("ParseChannels = %v, %v", got, err)
	}
	for _, f := range []func(string) error{
		func(s string) error { _, err := severity.ParseProductClass(s); return err },
		func(s string) error { _, err := severity.ParseEffort(s); return err },
		func(s string) error { _, err := severity.ParseDuty(s); return err },
		func(s string) error { _, err := severity.ParseAnchor(s); return err },
		func(s string) error { _, err := severity.ParseChannels(s); return err },
	} {
		if err := f("bogus"); !errors.Is(err, severity.ErrInvalidValue) {
			t.Errorf("parse(bogus) error = %v, want ErrInvalidValue", err)
		}
	}
	if _, err := severity.ParseDuty(""); !errors.Is(err, severity.ErrInvalidValue) {
		t.Errorf("ParseDuty(\"\") error = %v", err)
	}
}

// Every enum appends its text after what is already in the buffer
// (encoding.TextAppender), agrees with MarshalText, and is read back in
// any case, Duty and Anchor included.
func TestEveryEnumAppendsAndParsesItsText(t *testing.T) {
	type appender interface {
		AppendText([]byte) ([]byte, error)
		MarshalText() ([]byte, error)
	}
	values := []appender{severity.SevA, severity.RapidResponse, severity.OtherProducts, severity.Continuous,
		severity.ChangeManagerResponse, severity.Retroactive, severity.Phone | severity.AzurePortal}
	for _, v := range values {
		m, err := v.MarshalText()
		if err != nil {
			t.Fatalf("%T(%v).MarshalText: %v", v, v, err)
		}
		b, err := v.AppendText([]byte("x="))
		if err != nil || string(b) != "x="+string(m) {
			t.Errorf("%T(%v).AppendText(x=) = %q, %v; want %q", v, v, b, err, "x="+string(m))
		}
	}
	for _, bad := range []appender{severity.Level(9), severity.Plan(9), severity.ProductClass(9), severity.Effort(9),
		severity.Duty(99), severity.Anchor(9), severity.Channels(99)} {
		if b, err := bad.AppendText([]byte("x=")); err == nil || string(b) != "x=" {
			t.Errorf("%T(%v).AppendText = %q, %v; want the buffer unchanged and an error", bad, bad, b, err)
		}
	}
	if d, err := severity.ParseDuty("Change-Manager-RESPONSE"); err != nil || d != severity.ChangeManagerResponse {
		t.Errorf("ParseDuty ignoring case = %v, %v", d, err)
	}
	if a, err := severity.ParseAnchor("Retroactive"); err != nil || a != severity.Retroactive {
		t.Errorf("ParseAnchor ignoring case = %v, %v", a, err)
	}
}

// Plans parse the spellings a support desk exports, one at a time and as
// lists; anything else is an error that says what is accepted.
// Rules SEV-GEN-1, SEV-GEN-2, D-SEV-3.
func TestParsePlanDeskSpellings(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want severity.Plan
	}{
		{"Unified Enhanced Response", severity.EnhancedResponse},
		{"UER", severity.EnhancedResponse},
		{"uer", severity.EnhancedResponse},
		{"enhanced-response", severity.EnhancedResponse},
		{"Azure Rapid Response", severity.RapidResponse},
		{"Rapid Response", severity.RapidResponse},
		{"RR", severity.RapidResponse},
		{"신속 대응", severity.RapidResponse},
		{"AEM", severity.EventManagement},
		{"Azure Event Management", severity.EventManagement},
		{"Azure 이벤트 관리", severity.EventManagement},
		{" Standard ", severity.Standard},
		{"STD", severity.Standard},
	} {
		if got, err := severity.ParsePlan(tt.in); err != nil || got != tt.want {
			t.Errorf("ParsePlan(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"", " ", "Premier", "Azure", "Rapid", "UER+RR"} {
		got, err := severity.ParsePlan(bad)
		if got != 0 || !errors.Is(err, severity.ErrInvalidPlan) || !strings.Contains(err.Error(), "Unified Enhanced Response (UER)") {
			t.Errorf("ParsePlan(%q) error = %v; want ErrInvalidPlan listing the accepted names", bad, err)
		}
	}
	lists := []struct {
		in   string
		want []severity.Plan
		err  bool
	}{
		{"", nil, false},
		{" , ;", nil, false},
		{"UER", []severity.Plan{severity.EnhancedResponse}, false},
		{"STD + UER + RR", []severity.Plan{severity.Standard, severity.EnhancedResponse, severity.RapidResponse}, false},
		{"AEM; Azure Rapid Response\nUER", []severity.Plan{severity.EventManagement, severity.RapidResponse, severity.EnhancedResponse}, false},
		{"UER, uer, Unified Enhanced Response", []severity.Plan{severity.EnhancedResponse}, false},
		{"RR/AEM|UER", []severity.Plan{severity.RapidResponse, severity.EventManagement, severity.EnhancedResponse}, false},
		{"UER, Premier", nil, true},
		{strings.Repeat("UER,", 257), nil, true}, // longer than 1024 bytes
	}
	for _, tt := range lists {
		got, err := severity.ParsePlans(tt.in)
		if (err != nil) != tt.err || !slices.Equal(got, tt.want) || err != nil && !errors.Is(err, severity.ErrInvalidPlan) {
			t.Errorf("ParsePlans(%.40q) = %v, %v; want %v, error %t", tt.in, got, err, tt.want, tt.err)
		}
	}
}

// ParsePlans reads a list of up to 1024 bytes and refuses a longer one
// with ErrInvalidPlan, before reading it. Rules SEV-GEN-1, D-SEV-3.
func TestParsePlansBoundsItsText(t *testing.T) {
	for _, tt := range []struct {
		n  int
		ok bool
	}{{1023, true}, {1024, true}, {1025, false}, {1 << 20, false}} {
		s := "UER" + strings.Repeat(",", tt.n-3)
		ps, err := severity.ParsePlans(s)
		if tt.ok && (err != nil || len(ps) != 1 || ps[0] != severity.EnhancedResponse) {
			t.Errorf("ParsePlans(%d bytes) = %v, %v; want [UER]", tt.n, ps, err)
		}
		if !tt.ok && (!errors.Is(err, severity.ErrInvalidPlan) || ps != nil) {
			t.Errorf("ParsePlans(%d bytes) = %v, %v; want ErrInvalidPlan", tt.n, ps, err)
		}
	}
}
