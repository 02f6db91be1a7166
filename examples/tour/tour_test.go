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
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
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
		{"json bad plan", []string{"-incidents", write("i6.json", "[{\"id\":\"J-1\",\"level\":\"B\",\"opened\":\"2026-09-28T09:00:00+09:00\",\"plans\":[\"Gold\"]}]")}, []string{`"J-1"`, `"plans"`}},
		{"no incidents", []string{"-incidents", write("i7.csv", "id,level,opened\n")}, []string{"no incidents"}},
		{"bad asof", []string{"-asof", "tomorrow"}, []string{"-asof"}},
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

// One incident in a CSV with a byte-order mark and spaces after its
// commas, against a Work Order that lists its host second: the report says
// "1 incident" and finds the host wherever it is listed (MC-2).
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
