package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// writeFile writes body to the file name in dir and returns its path.
func writeFile(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func runTour(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errs bytes.Buffer
	code = run(args, &out, &errs)
	return code, out.String(), errs.String()
}

var sections = []string{"== Calendar ==", "== Contract ==", "== Severity ==", "== Flex Allowance ==",
	"== Proactive Credits ==", "== Cancellation ==", "== Multi-country ==", "rules cited above =="}

func checkSections(t *testing.T, out string) {
	t.Helper()
	for _, s := range sections {
		if !strings.Contains(out, s) {
			t.Errorf("the report has no %q section", s)
		}
	}
}

// The README's main command: the embedded sample, every section, and the
// rules it cited explained once at the end.
func TestTheSampleTourExplainsEveryRuleItCites(t *testing.T) {
	code, out, errs := runTour(t)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	checkSections(t, out)
	for _, want := range []string{"SEV-STD-13: ", "D-CANCEL: ", "CANCEL-2: "} {
		if !strings.Contains(out, want) {
			t.Errorf("the epilogue does not explain %q", want)
		}
	}
}

// The caller's own Work Order and incidents, in each accepted form.
func TestTheTourRunsOnTheCallersFiles(t *testing.T) {
	for _, incidents := range []string{"testdata/incidents.csv", "testdata/incidents.json"} {
		t.Run(incidents, func(t *testing.T) {
			code, out, errs := runTour(t, "-workorder", "testdata/workorder.json", "-incidents", incidents,
				"-asof", "2026-09-28T13:30:00+09:00")
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			checkSections(t, out)
			if !strings.Contains(out, "testdata/workorder.json") || !strings.Contains(out, incidents) {
				t.Error("the report does not name the caller's files")
			}
			checkGolden(t, out, incidents+".golden")
		})
	}
}

// PRS-6, D-SEV-6: severity C raised to B at 11:00 is due at 13:00; answered
// at 13:20 it is a breach, as the desk view must show.
func TestTheTourShowsABreachAfterARaise_D_SEV_6(t *testing.T) {
	code, out, errs := runTour(t, "-workorder", "testdata/workorder.json", "-incidents", "testdata/incidents.csv",
		"-asof", "2026-09-28T13:30:00+09:00")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	line := ""
	for l := range strings.Lines(out) {
		if strings.Contains(l, "INC-103") && line == "" {
			line = l
		}
	}
	if !strings.Contains(line, "due Mon 09-28 13:00") || !strings.Contains(line, "breached") {
		t.Errorf("INC-103 line = %q, want due 13:00 and breached", line)
	}
}

// A bad file gets a clear error naming the field or column and the line,
// and exit status 2.
func TestBadFilesExitWithStatus2AndSayWhere(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string { return writeFile(t, dir, name, body) }
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"missing file", []string{"-workorder", filepath.Join(dir, "nope.json")}, []string{"nope.json", "no such file"}},
		{"a directory", []string{"-incidents", dir}, []string{filepath.Base(dir), "is a directory"}},
		{"work order syntax", []string{"-workorder", write("wo1.json", "{\n  \"customer\": \"x\",\n  \"term\": \n}")}, []string{"line 4"}},
		{"work order wrong type", []string{"-workorder", write("wo2.json", "{\n\"customer\": 5\n}")}, []string{"line 2", "customer: want a string"}},
		{"work order nested wrong type", []string{"-workorder", write("wo4.json", "{\n\"customer\": \"x\",\n\"purchases\": [\n {\"service\": \"workshops\", \"quantity\": 1},\n {\"service\": \"workshops\",\n  \"quantity\": \"2\"}]\n}")}, []string{"line 6", "purchases[1].quantity: want a number"}},
		{"work order nested unknown field", []string{"-workorder", write("wo5.json", "{\n\"purchases\": [\n {\"service\": \"workshops\",\n  \"qty\": 1}]\n}")}, []string{"line 4", `purchases[0]."qty": unknown field`}},
		{"work order unknown field", []string{"-workorder", write("wo3.json", "{\"custmer\": \"x\"}")}, []string{"line 1", "custmer"}},
		{"work order unknown long field", []string{"-workorder", write("wo6.json", "{\n\"customer\": \"x\",\n\""+strings.Repeat("k", 41)+"\": 1\n}")}, []string{"line 3", strings.Repeat("k", 40) + `\u2026`}},
		{"a file one byte over 16 MB", []string{"-workorder", write("big.json", strings.Repeat(" ", 16<<20+1))}, []string{"big.json", "larger than 16 MB"}},
		{"csv bad level", []string{"-incidents", write("i1.csv", "id,level,opened\nA-1,Z,2026-09-28T09:00:00+09:00\n")}, []string{"line 2", `"level"`, `"A-1"`}},
		{"csv bad instant", []string{"-incidents", write("i2.csv", "id,level,opened\nA-1,B,2026-09-28T09:00:00+09:00\nA-2,B,yesterday\n")}, []string{"line 3", `"opened"`}},
		{"csv unknown column", []string{"-incidents", write("i3.csv", "id,level,opened,colour\n")}, []string{"line 1", "colour"}},
		{"csv missing column", []string{"-incidents", write("i4.csv", "id,level\n")}, []string{"line 1", `"opened"`}},
		{"csv bad change", []string{"-incidents", write("i5.csv", "id,level,opened,changes\nA-1,C,2026-09-28T09:00:00+09:00,B at noon\n")}, []string{"line 2", `"changes"`}},
		{"json bad plan", []string{"-incidents", write("i6.json", "[{\"id\":\"J-1\",\"level\":\"B\",\"opened\":\"2026-09-28T09:00:00+09:00\",\"plans\":[\"Gold\"]}]")}, []string{`incident 1 (id "J-1")`, `"plans"`}},
		{"no incidents", []string{"-incidents", write("i7.csv", "id,level,opened\n")}, []string{"no incidents"}},
		{"an empty incidents file", []string{"-incidents", write("i9.csv", "")}, []string{"line 1", "header"}},
		{"csv record over two lines", []string{"-incidents", write("i10.csv", "id,level,opened\n\"A-\n1\",Z,2026-09-28T09:00:00+09:00\n")}, []string{`line 2 (id "A-\n1")`, `"level"`}},
		{"bad asof", []string{"-asof", "tomorrow"}, []string{"-asof"}},
		{"an argument", []string{"extra"}, []string{`unexpected argument "extra"`}},
		{"work order then more data", []string{"-workorder", write("wo7.json", "{\"customer\": \"x\"}\n{}")}, []string{"line 2", "unexpected data after the JSON value"}},
		{"json cut short", []string{"-incidents", write("i11.json", "[\n")}, []string{"line 2", "ends before its value"}},
		{"json of one byte", []string{"-incidents", write("i15.json", "[")}, []string{"line 1", "ends before its value"}},
		{"json incident not opened", []string{"-incidents", write("i16.json", "[{\"id\": \"J-2\", \"level\": \"B\"}]")}, []string{`incident 1 (id "J-2")`, `field "opened": missing`}},
		{"json object, not a list", []string{"-incidents", write("i12.json", "{\"id\": \"J-1\"}")}, []string{"line 1", "want a JSON array of incidents, not a JSON object"}},
		{"work order array, not object", []string{"-workorder", write("wo8.json", "\n[]")}, []string{"line 2", "want an object, got JSON array"}},
		{"csv opened empty", []string{"-incidents", write("i14.csv", "id,level,opened\nA-1,B,\n")}, []string{"line 2", `column "opened": missing`}},
		{"csv bare quote", []string{"-incidents", write("i13.csv", "id,level,opened\nA-1,B\"x,2026-09-28T09:00:00+09:00\n")}, []string{"line 2", `bare "`}},
		{"unknown location", []string{"-workorder", "testdata/workorder.json", "-incidents", write("i8.csv", "id,level,opened,location\nA-1,B,2026-09-28T09:00:00+09:00,Paris\n")}, []string{`"Paris"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := runTour(t, tt.args...)
			if code != 2 {
				t.Fatalf("exit %d, want 2 (stderr %q)", code, errs)
			}
			for _, w := range tt.want {
				if !strings.Contains(errs, w) {
					t.Errorf("stderr %q does not mention %s", errs, w)
				}
			}
		})
	}
}

var update = flag.Bool("update", false, "rewrite testdata/tour.golden from the tour's output")

// The README's main command prints exactly testdata/tour.golden: every
// figure, decision and rule of the sample evaluated end to end. A change to
// the sample, to what the tour prints or to any answer of the library shows
// here; regenerate with go test ./examples/tour -run TestTheTourPrintsItsGolden -update
// and read the diff.
func TestTheTourPrintsItsGolden(t *testing.T) {
	code, out, errs := runTour(t)
	if code != 0 || errs != "" {
		t.Fatalf("exit %d: %s", code, errs)
	}
	checkGolden(t, out, "testdata/tour.golden")
}

// One incident in a CSV with a byte-order mark, spaces after its commas
// (one before a quoted field) and no location, against a Work Order that
// lists its host second: the report says "1 incident" and puts the
// incident on the host's calendar, wherever the host is listed — Seoul's,
// whose 추석 holidays push the due time to Monday (MC-2, D-CAL).
func TestTheTourReadsOneSpacedIncidentAndAHostListedSecond(t *testing.T) {
	code, out, errs := runTour(t, "-workorder", "testdata/workorder-host-second.json", "-incidents", "testdata/one-incident.csv",
		"-asof", "2026-09-28T13:30:00+09:00")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "\n1 incident from testdata/one-incident.csv") {
		t.Error("the report does not count one incident")
	}
	checkGolden(t, out, "testdata/one-incident.csv.golden")
}

// Korea's public holidays are Korea's: a Japanese location kept on Seoul's
// clock gets the default hours in that zone without them (D-CAL).
func TestKoreasHolidaysOnlyForAKoreanLocation_DCAL(t *testing.T) {
	code, out, errs := runTour(t, "-workorder", "testdata/workorder-tokyo-in-seoul-zone.json", "-incidents", "testdata/one-incident.csv",
		"-asof", "2026-09-28T13:30:00+09:00")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"Seoul business hours: [09:00-17:30] on Monday–Friday in Asia/Seoul, minus Korea's public holidays",
		"Tokyo business hours: [09:00-17:30] on Monday–Friday in Asia/Seoul, no holiday list given",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
}

// checkGolden compares out with the file golden, which -update rewrites.
func checkGolden(t *testing.T, out, golden string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), out); diff != "" {
		t.Errorf("the tour's output differs from %s (-want +got):\n%s", golden, diff)
	}
}

// lineOfPath finds the line on which the value at a JSON path begins, an
// unknown key by its name cut at 40 bytes, and says line 1 for a path the
// file does not hold.
func TestLineOfPath(t *testing.T) {
	long := strings.Repeat("k", 41)
	b := []byte("{\n\"customer\": \"x\",\n\"purchases\": [\n {\"service\": \"workshops\"},\n {\"service\": \n  \"webcasts\"}],\n\"" + long + "\": 1\n}")
	for _, tt := range []struct {
		path string
		want int
	}{
		{"customer", 2},
		{"purchases", 3},
		{"purchases[0].service", 4},
		{"purchases[1].service", 6},
		{keyName(long), 7},
		{"term", 1},
		{"purchases[2]", 1},
	} {
		if got := lineOfPath(b, tt.path); got != tt.want {
			t.Errorf("lineOfPath(%q) = %d, want %d", tt.path, got, tt.want)
		}
	}
}

// The desk's warning: an incident with exactly 30 minutes of counted time
// left is at risk, one with 30½ minutes is not yet (PRS-9, D-CLOCK).
func TestAtRiskMeansAtMost30MinutesLeft_DCLOCK(t *testing.T) {
	csv := writeFile(t, t.TempDir(), "risk.csv", "id,level,opened\nR-1,B,2026-09-28T09:00:00+09:00\nR-2,B,2026-09-28T09:00:30+09:00\n")
	code, out, errs := runTour(t, "-workorder", "testdata/workorder.json", "-incidents", csv, "-asof", "2026-09-28T10:30:00+09:00")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if want := "At risk within 30 minutes of counted time: R-1  [D-CLOCK]"; !strings.Contains(out, want) {
		t.Errorf("the report lacks %q:\n%s", want, out)
	}
}

// A file of exactly 16 MB is read (and judged on its content); one byte
// more is refused unread.
func TestAFileOf16MBIsRead(t *testing.T) {
	p := writeFile(t, t.TempDir(), "exact.json", strings.Repeat(" ", 16<<20))
	code, _, errs := runTour(t, "-workorder", p)
	if code != 2 || strings.Contains(errs, "larger than") || !strings.Contains(errs, "holds no JSON value") {
		t.Errorf("exit %d, stderr %q: want the content judged, not the size", code, errs)
	}
}

// Without -asof the desk view is taken at the latest instant of the
// incidents file: an opening, a response or a severity change.
func TestAsOfDefaultsToTheFilesLatestInstant(t *testing.T) {
	code, out, errs := runTour(t, "-workorder", "testdata/workorder.json", "-incidents", "testdata/incidents.csv")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if want := "incidents from testdata/incidents.csv, as of 2026-09-28T13:20:00+09:00"; !strings.Contains(out, want) {
		t.Errorf("the report lacks %q", want)
	}
}

// A Work Order without a Flex Allowance says so rather than computing a
// credits cap of nothing (FLEX-1).
func TestAWorkOrderWithoutFlexAllowance_FLEX1(t *testing.T) {
	b, err := os.ReadFile("testdata/workorder.json")
	if err != nil {
		t.Fatal(err)
	}
	line := "\n  \"flexAllowance\": {\"amount\": \"300000.00\", \"currency\": \"USD\"},"
	if !bytes.Contains(b, []byte(line)) {
		t.Fatal("testdata/workorder.json has no flexAllowance line")
	}
	p := writeFile(t, t.TempDir(), "noflex.json", string(bytes.Replace(b, []byte(line), nil, 1)))
	code, out, errs := runTour(t, "-workorder", p)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if want := "The Work Order states no Flex Allowance  [FLEX-1]"; !strings.Contains(out, want) {
		t.Errorf("the report lacks %q", want)
	}
}

// A section that fails keeps the sections before it on stdout: the report
// stops where the bad input is, with the error on stderr.
func TestAFailingSectionKeepsTheReportBeforeIt(t *testing.T) {
	csv := writeFile(t, t.TempDir(), "paris.csv", "id,level,opened,location\nA-1,B,2026-09-28T09:00:00+09:00,Paris\n")
	code, out, errs := runTour(t, "-workorder", "testdata/workorder.json", "-incidents", csv)
	if code != 2 || !strings.Contains(errs, `"Paris"`) {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if !strings.Contains(out, "== Calendar ==") || !strings.Contains(out, "== Contract ==") || strings.Contains(out, "rules cited above") {
		t.Errorf("stdout = %q, want the Calendar and Contract sections and no epilogue", out)
	}
}

// Incidents without a Work Order are put on Seoul's calendar, the sample's
// host location, and the other sections are the sample's (D-CAL).
func TestIncidentsAloneUseSeoulsCalendar_DCAL(t *testing.T) {
	code, out, errs := runTour(t, "-incidents", "testdata/one-incident.csv", "-asof", "2026-09-28T13:30:00+09:00")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"1 incident from testdata/one-incident.csv", "due Mon 09-28 09:30 KST", "Contoso Korea"} {
		if !strings.Contains(out, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
}
