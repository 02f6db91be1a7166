package contract

import (
	"encoding"
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// A DecodeError is the error of the package's JSON decoders
// ([WorkOrder.UnmarshalJSON], [Location.UnmarshalJSON]): where in the
// caller's JSON the offending value is, and what is wrong with it. It
// wraps [ErrMalformed] and Err, whose own sentinel (one of package money's
// or catalogue's, [ErrInvalidEnum], [ErrInvalidLocation]) stays matchable
// with errors.Is. Its message names JSON kinds, never Go types:
//
//	contract: malformed JSON: purchases[3].quantity: want a number, got JSON string
type DecodeError struct {
	// Path is the JSON path of the offending value, such as
	// "purchases[3].service" or "term.end"; "" for the whole document.
	// A key the Work Order does not have is named quoted: `"custmer"`.
	Path string
	// Err is the cause.
	Err error
}

// Error returns "contract: malformed JSON: Path: what is wrong".
func (e *DecodeError) Error() string {
	var b strings.Builder
	b.WriteString(ErrMalformed.Error())
	b.WriteString(": ")
	if e.Path != "" {
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	if e.Err != nil {
		b.WriteString(describe(e.Err))
	}
	return b.String()
}

// Unwrap returns [ErrMalformed] and e.Err.
func (e *DecodeError) Unwrap() []error { return []error{ErrMalformed, e.Err} }

// errUnknownField reports a key the Work Order's JSON does not have: a
// misspelt key must not silently leave a field at its zero value.
var errUnknownField = errors.New("unknown field")

// within puts err, an error decoding the value at name (a key, or an
// index "[3]"), under that name.
func within(name string, err error) error {
	if de, ok := err.(*DecodeError); ok { // this package's own error, not one it wraps
		p := de.Path
		switch {
		case p == "":
			p = name
		case p[0] == '[':
			p = name + p
		default:
			p = name + "." + p
		}
		return &DecodeError{Path: p, Err: de.Err}
	}
	return &DecodeError{Path: name, Err: err}
}

// describe says what is wrong with a value in the words of JSON, never of
// Go types: "want a string, got JSON number".
func describe(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return "want " + jsonKind(te.Type) + ", got JSON " + truncate(te.Value, 40)
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return "invalid JSON at byte " + strconv.FormatInt(se.Offset, 10) + ": " + se.Error()
	}
	return strings.TrimPrefix(err.Error(), "contract: ")
}

// jsonKind names the JSON form a Go type decodes from.
func jsonKind(t reflect.Type) string {
	if t == nil {
		return "a value"
	}
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Slice, reflect.Array:
		return "an array"
	default:
		return "an object"
	}
}

var (
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// decodeObject decodes the JSON object b into the struct v field by field,
// by the fields' json tags, so that an error names the field; a key that
// is not a field is an error wrapping [ErrMalformed]. JSON null leaves v
// as it is, as encoding/json does.
func decodeObject(b []byte, v reflect.Value) error {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		return &DecodeError{Err: err}
	}
	t := v.Type() // JSON null gives a nil map, which has no key to decode
	known := 0
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || name == "-" || name == "" {
			continue
		}
		r, ok := raw[name]
		if !ok {
			continue
		}
		known++
		if err := decodeValue(r, v.Field(i)); err != nil {
			return within(name, err)
		}
	}
	if known < len(raw) {
		keys := make([]string, 0, len(raw))
		for k := range raw {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			if _, ok := fieldByTag(t, k); !ok {
				return &DecodeError{Path: strconv.QuoteToASCII(truncate(k, 40)), Err: errUnknownField}
			}
		}
	}
	return nil
}

func fieldByTag(t reflect.Type, key string) (int, bool) {
	for i := range t.NumField() {
		f := t.Field(i)
		if name, _, _ := strings.Cut(f.Tag.Get("json"), ","); f.IsExported() && name == key {
			return i, true
		}
	}
	return 0, false
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

// decodeValue decodes b into v: through v's own decoder if it has one,
// element by element for a slice of structs, field by field for a struct.
func decodeValue(b []byte, v reflect.Value) error {
	pt := v.Addr().Type()
	switch {
	case pt.Implements(jsonUnmarshaler) || pt.Implements(textUnmarshaler):
		return json.Unmarshal(b, v.Addr().Interface())
	case v.Kind() == reflect.Struct:
		return decodeObject(b, v)
	case v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Struct:
		var elems []json.RawMessage
		if err := json.Unmarshal(b, &elems); err != nil {
			return &DecodeError{Err: err}
		}
		if elems == nil {
			v.SetZero()
			return nil
		}
		s := reflect.MakeSlice(v.Type(), len(elems), len(elems))
		for i, e := range elems {
			if err := decodeValue(e, s.Index(i)); err != nil {
				return within("["+strconv.Itoa(i)+"]", err)
			}
		}
		v.Set(s)
		return nil
	default:
		return json.Unmarshal(b, v.Addr().Interface())
	}
}
