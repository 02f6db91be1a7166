package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/supportrules/unified/contract"
	"github.com/supportrules/unified/severity"
)

// maxFile bounds the files the tour reads.
const maxFile = 16 << 20

func readFile(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errInput, err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxFile+1))
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", errInput, name, err)
	}
	if len(b) > maxFile {
		return nil, fmt.Errorf("%w: %s: larger than %d MB", errInput, name, maxFile>>20)
	}
	return b, nil
}

// workOrderFile is a caller's Work Order and the file it came from.
type workOrderFile struct {
	name string
	wo   contract.WorkOrder
}

func readWorkOrder(name string) (workOrderFile, error) {
	b, err := readFile(name)
	if err != nil {
		return workOrderFile{}, err
	}
	var wo contract.WorkOrder
	if err := decodeStrict(b, &wo); err != nil {
		return workOrderFile{}, fmt.Errorf("%w: %s: %v", errInput, name, describeJSONError(b, err))
	}
	return workOrderFile{name: name, wo: wo}, nil
}

// decodeStrict decodes one JSON value into v, refusing unknown fields and
// trailing data, so that a misspelt field is reported, not ignored.
func decodeStrict(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return &json.SyntaxError{Offset: dec.InputOffset()}
	}
	return nil
}

// describeJSONError names the line (and field, where encoding/json knows
// it) of a decoding error.
func describeJSONError(b []byte, err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	var de *contract.DecodeError
	switch {
	case errors.As(err, &de):
		// The Work Order's own decoder names the JSON path ("" for the
		// whole value); find its line.
		return fmt.Sprintf("line %d: %v", lineOfPath(b, de.Path), err)
	case errors.As(err, &typ) && typ.Field == "":
		// The whole value, of an incidents file: a Work Order's errors
		// are the contract's decoder's, above.
		return fmt.Sprintf("line %d: want a JSON array of incidents, not a JSON %s", lineOf(b, typ.Offset), typ.Value)
	case errors.As(err, &typ):
		field := typ.Field[strings.LastIndex(typ.Field, ".")+1:]
		return fmt.Sprintf("line %d: field %q: %v", lineOf(b, typ.Offset), field, err)
	case err == io.EOF: // encoding/json returns io.EOF itself, unwrapped
		return "the file holds no JSON value"
	case errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Sprintf("line %d: the JSON ends before its value does", lineOf(b, int64(len(b))))
	case errors.As(err, &syn):
		if syn.Error() == "" {
			return fmt.Sprintf("line %d: unexpected data after the JSON value", lineOf(b, syn.Offset))
		}
		return fmt.Sprintf("line %d: %v", lineOf(b, syn.Offset), err)
	}
	return err.Error()
}

// lineOf returns the line of b on which offset lies; encoding/json's
// offsets are never negative, and may count past the end.
func lineOf(b []byte, offset int64) int {
	offset = min(offset, int64(len(b)))
	return 1 + bytes.Count(b[:offset], []byte("\n"))
}

// incidentRow is one incident of a caller's file: the incident as Appendix A
// sees it, its severity changes, Microsoft's first response (zero: none
// yet), and the support location whose calendar applies.
type incidentRow struct {
	ID        string
	Location  string
	Incident  severity.Incident
	Changes   []severity.Change
	Responded time.Time
}

type incidentsFile struct {
	name string
	rows []incidentRow
}

// incidentJSON is one incident in the JSON form of an incidents file.
type incidentJSON struct {
	ID        string       `json:"id"`
	Level     string       `json:"level"`
	Product   string       `json:"product"`
	Azure     bool         `json:"azure"`
	Plans     []string     `json:"plans"`
	Opened    time.Time    `json:"opened"`
	Responded *time.Time   `json:"responded"`
	Location  string       `json:"location"`
	Changes   []changeJSON `json:"changes"`
}

type changeJSON struct {
	At time.Time `json:"at"`
	To string    `json:"to"`
}

// csvColumns are the columns of the CSV form, in any order; the header
// names them. id, level and opened are required.
var csvColumns = []string{"id", "level", "product", "azure", "plans", "opened", "responded", "location", "changes"}

func readIncidents(name string) (incidentsFile, error) {
	b, err := readFile(name)
	if err != nil {
		return incidentsFile{}, err
	}
	var rows []incidentRow
	if t := bytes.TrimLeft(b, " \t\r\n\ufeff"); len(t) > 0 && (t[0] == '[' || t[0] == '{') {
		rows, err = incidentsFromJSON(b)
	} else {
		rows, err = incidentsFromCSV(b)
	}
	if err != nil {
		return incidentsFile{}, fmt.Errorf("%w: %s: %v", errInput, name, err)
	}
	if len(rows) == 0 {
		return incidentsFile{}, fmt.Errorf("%w: %s: no incidents", errInput, name)
	}
	return incidentsFile{name: name, rows: rows}, nil
}

func incidentsFromJSON(b []byte) ([]incidentRow, error) {
	var list []incidentJSON
	if err := decodeStrict(b, &list); err != nil {
		return nil, errors.New(describeJSONError(b, err))
	}
	rows := make([]incidentRow, 0, len(list))
	for i, x := range list {
		r, ferr := x.row()
		if ferr != nil {
			return nil, fmt.Errorf("incident %d (id %q): %v", i+1, x.ID, ferr)
		}
		rows = append(rows, r)
	}
	return rows, nil
}

// A fieldError names the field of an incident that is wrong: a field of
// the JSON form, a column of the CSV form.
type fieldError struct {
	name string
	err  error
}

func (e *fieldError) Error() string { return fmt.Sprintf("field %q: %v", e.name, e.err) }

func (x incidentJSON) row() (incidentRow, *fieldError) {
	r := incidentRow{ID: x.ID, Location: x.Location}
	lvl, err := severity.ParseLevel(x.Level)
	if err != nil {
		return r, &fieldError{"level", err}
	}
	if x.Opened.IsZero() {
		return r, &fieldError{"opened", errors.New("missing")}
	}
	plans, err := parsePlans(x.Plans)
	if err != nil {
		return r, &fieldError{"plans", err}
	}
	r.Incident = severity.Incident{Level: lvl, Azure: x.Azure, Product: x.Product, Opened: x.Opened, Plans: plans}
	if x.Responded != nil {
		r.Responded = *x.Responded
	}
	for j, c := range x.Changes {
		to, err := severity.ParseLevel(c.To)
		if err != nil {
			return r, &fieldError{fmt.Sprintf("changes[%d].to", j), err}
		}
		r.Changes = append(r.Changes, severity.Change{At: c.At, To: to})
	}
	return r, nil
}

func parsePlans(names []string) ([]severity.Plan, error) {
	var plans []severity.Plan
	for _, n := range names {
		if n = strings.TrimSpace(n); n == "" {
			continue
		}
		p, err := severity.ParsePlan(n)
		if err != nil {
			return nil, err
		}
		plans = append(plans, p)
	}
	return plans, nil
}

func incidentsFromCSV(b []byte) ([]incidentRow, error) {
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\ufeff"))))
	r.TrimLeadingSpace = true
	header, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("line 1: the header: %v", err)
	}
	col := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(h))
		if !isColumn(h) {
			return nil, fmt.Errorf("line 1: unknown column %q (columns: %s)", h, strings.Join(csvColumns, ", "))
		}
		if _, dup := col[h]; dup {
			return nil, fmt.Errorf("line 1: column %q named twice", h)
		}
		col[h] = i
	}
	for _, need := range []string{"id", "level", "opened"} {
		if _, ok := col[need]; !ok {
			return nil, fmt.Errorf("line 1: the header has no %q column", need)
		}
	}
	var rows []incidentRow
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return rows, nil
		}
		line, _ := r.FieldPos(0)
		if err != nil {
			return nil, err // csv's errors name the line
		}
		get := func(name string) string {
			if i, ok := col[name]; ok { // every record has the header's fields (csv.Reader checks)
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		x := incidentJSON{ID: get("id"), Level: get("level"), Product: get("product"), Location: get("location")}
		fail := func(field string, err error) error {
			return fmt.Errorf("line %d (id %q): column %q: %v", line, x.ID, field, err)
		}
		if a := get("azure"); a != "" {
			if x.Azure, err = strconv.ParseBool(a); err != nil {
				return nil, fail("azure", fmt.Errorf("%q is not true or false", a))
			}
		}
		if p := get("plans"); p != "" {
			x.Plans = strings.FieldsFunc(p, func(r rune) bool { return r == ';' || r == '|' })
		}
		if x.Opened, err = parseInstant(get("opened")); err != nil {
			return nil, fail("opened", err)
		}
		if s := get("responded"); s != "" {
			t, err := parseInstant(s)
			if err != nil {
				return nil, fail("responded", err)
			}
			x.Responded = &t
		}
		if s := get("changes"); s != "" {
			for part := range strings.SplitSeq(s, ";") {
				to, at, ok := strings.Cut(strings.TrimSpace(part), "@")
				if !ok {
					return nil, fail("changes", fmt.Errorf("%q is not LEVEL@INSTANT, such as 1@2026-09-23T16:30:00+09:00", part))
				}
				t, err := parseInstant(at)
				if err != nil {
					return nil, fail("changes", err)
				}
				x.Changes = append(x.Changes, changeJSON{At: t, To: to})
			}
		}
		row, ferr := x.row()
		if ferr != nil {
			return nil, fail(ferr.name, ferr.err)
		}
		rows = append(rows, row)
	}
}

func isColumn(h string) bool {
	for _, c := range csvColumns {
		if c == h {
			return true
		}
	}
	return false
}

func parseInstant(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, errors.New("missing")
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not an RFC 3339 instant such as 2026-09-23T16:00:00+09:00", s)
	}
	return t, nil
}

// keyName is how a contract.DecodeError names an unknown key: quoted in
// ASCII, and cut at 40 bytes, marked "…".
func keyName(k string) string {
	if len(k) > 40 {
		k = k[:40] + "…"
	}
	return strconv.QuoteToASCII(k)
}

// lineOfPath returns the line of b on which the value at the JSON path p
// ("purchases[3].service", as contract.DecodeError names it) begins, or 1
// when p is not found. An unknown key is named quoted in p and found by
// its key.
func lineOfPath(b []byte, p string) int {
	dec := json.NewDecoder(bytes.NewReader(b))
	line := 1
	at := func(off int64) int {
		for strings.IndexByte(" \t\r\n,:", b[off]) >= 0 { // a token follows: b's value is valid JSON
			off++
		}
		return lineOf(b, off)
	}
	join := func(path, k string) string {
		if path == "" {
			return k
		}
		return path + "." + k
	}
	// b's first value is valid JSON (encoding/json reads a value whole
	// before the Work Order's decoder sees it), so its tokens read without
	// error.
	var walk func(path string) bool // reads one value; true once p is found
	walk = func(path string) bool {
		off := dec.InputOffset()
		tok, _ := dec.Token()
		if path == p {
			line = at(off)
			return true
		}
		switch tok {
		case json.Delim('{'):
			for dec.More() {
				koff := dec.InputOffset()
				kt, _ := dec.Token()
				k, _ := kt.(string)
				if join(path, keyName(k)) == p {
					line = at(koff)
					return true
				}
				if walk(join(path, k)) {
					return true
				}
			}
			_, _ = dec.Token()
		case json.Delim('['):
			for i := 0; dec.More(); i++ {
				if walk(path + "[" + strconv.Itoa(i) + "]") {
					return true
				}
			}
			_, _ = dec.Token()
		}
		return false
	}
	walk("")
	return line
}
