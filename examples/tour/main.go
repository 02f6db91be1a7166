// Command tour evaluates a Work Order end to end and prints every decision
// with the rule IDs that made it, then what each cited rule means.
//
// Usage:
//
//	go run ./examples/tour                         # the embedded sample: Contoso Korea
//	go run ./examples/tour -workorder FILE         # your Work Order, in the module's JSON form
//	go run ./examples/tour -incidents FILE         # your incidents, CSV with a header, or JSON
//	go run ./examples/tour -workorder W -incidents I -asof 2026-09-28T10:00:00+09:00
//
// The report has the same sections either way. A file that cannot be read
// is reported with the field and line at fault, and the command exits with
// status 2. See examples/tour/testdata for a sample of each file.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"time"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/calendar/kr"
	"github.com/supportrules/unified/contract/rule"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// errInput marks an error in a file the caller gave: exit status 2.
var errInput = errors.New("bad input")

// run parses the flags, prints the report to stdout and returns the exit
// status: 0, 1 when the tour itself fails, 2 for bad flags or files.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("tour", flag.ContinueOnError)
	fs.SetOutput(stderr)
	woFile := fs.String("workorder", "", "evaluate this Work Order (the module's JSON form) instead of the sample")
	incFile := fs.String("incidents", "", "evaluate these incidents (CSV with a header, or JSON) instead of the sample's")
	asOfText := fs.String("asof", "", "the instant (RFC 3339) at which incidents' status is shown; default: the latest instant in the incidents file")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "tour: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	in, err := loadInput(*woFile, *incFile, *asOfText)
	if err != nil {
		fmt.Fprintln(stderr, "tour:", err)
		return 2
	}
	var out bytes.Buffer
	if err := report(&out, in); err != nil {
		stdout.Write(out.Bytes())
		fmt.Fprintln(stderr, "tour:", err)
		if errors.Is(err, errInput) {
			return 2
		}
		return 1
	}
	explain(&out)
	stdout.Write(out.Bytes())
	return 0
}

// input is what the caller asked the tour to evaluate: nil fields mean the
// sample's.
type input struct {
	workOrder *workOrderFile
	incidents *incidentsFile
	asOf      time.Time
}

func loadInput(woFile, incFile, asOfText string) (input, error) {
	var in input
	if woFile != "" {
		wo, err := readWorkOrder(woFile)
		if err != nil {
			return in, err
		}
		in.workOrder = &wo
	}
	if incFile != "" {
		incs, err := readIncidents(incFile)
		if err != nil {
			return in, err
		}
		in.incidents = &incs
	}
	if asOfText != "" {
		t, err := time.Parse(time.RFC3339, asOfText)
		if err != nil {
			return in, fmt.Errorf("-asof: %q is not an RFC 3339 instant such as 2026-09-28T10:00:00+09:00", asOfText)
		}
		in.asOf = t
	}
	return in, nil
}

// report prints each section of the tour in order: the sample's, or the
// caller's where the caller gave a file.
func report(w io.Writer, in input) error {
	sm, err := loadSample()
	if err != nil {
		return err
	}
	sections := []struct {
		title  string
		sample func(io.Writer, *sample) error
		user   func(io.Writer, input) error // nil: the sample's section only
		uses   func(input) bool
	}{
		{"Calendar", tourCalendar, userCalendar, hasWorkOrder},
		{"Contract", tourContract, userContract, hasWorkOrder},
		{"Severity", tourSeverity, userSeverity, hasIncidents},
		{"Flex Allowance", tourFlex, userFlex, hasWorkOrder},
		{"Proactive Credits", tourCredits, userCredits, hasWorkOrder},
		{"Cancellation", tourCancellation, userCancellation, hasWorkOrder},
		{"Multi-country", tourMulticountry, userMulticountry, hasWorkOrder},
	}
	for _, s := range sections {
		fmt.Fprintf(w, "\n== %s ==\n", s.title)
		var err error
		if s.user != nil && s.uses(in) {
			err = s.user(w, in)
		} else {
			err = s.sample(w, sm)
		}
		if err != nil {
			return fmt.Errorf("%s: %w", s.title, err)
		}
	}
	return nil
}

// sample is what the sample's sections share, loaded once: Seoul's
// business calendar, with Korea's public holidays, and Tokyo's zone.
type sample struct {
	cal   *calendar.Calendar
	tokyo *time.Location
}

func loadSample() (*sample, error) {
	cal, err := kr.Calendar()
	if err != nil {
		return nil, err
	}
	tokyo, err := time.LoadLocation("Asia/Tokyo")
	if err != nil {
		return nil, err
	}
	return &sample{cal: cal, tokyo: tokyo}, nil
}

// at returns the instant of a civil time of the sample in loc: the
// sample's times are whole minutes.
func at(loc *time.Location, year int, month time.Month, day, hour, minute int) time.Time {
	return time.Date(year, month, day, hour, minute, 0, 0, loc)
}

func hasWorkOrder(in input) bool { return in.workOrder != nil }
func hasIncidents(in input) bool { return in.incidents != nil }

// citation matches a rule ID as the tour prints them.
var citation = regexp.MustCompile(`\b(?:[A-Z][A-Z0-9]*-)+[0-9]+[a-z]?\b|\bD-[A-Z][A-Z0-9-]*[A-Z0-9]\b`)

// explain appends, once, what every rule cited in the report means, in the
// order of the registry (the document's order).
func explain(out *bytes.Buffer) {
	cited := map[rule.ID]bool{}
	for _, m := range citation.FindAll(out.Bytes(), -1) {
		if id, err := rule.Parse(string(m)); err == nil {
			cited[id] = true
		}
	}
	ids := make([]rule.ID, 0, len(cited))
	for e := range rule.Records() {
		if cited[e.ID] {
			ids = append(ids, e.ID)
		}
	}
	fmt.Fprintf(out, "\n== The %d rules cited above ==\n", len(ids))
	out.WriteString(rule.Cite(ids...).Explain())
}
