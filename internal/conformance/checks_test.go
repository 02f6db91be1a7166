package conformance_test

import (
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

var (
	errorType           = reflect.TypeFor[error]()
	jsonUnmarshalerType = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// wrapsSentinel reports whether err wraps one of the module's sentinel errors.
func wrapsSentinel(err error) bool {
	for _, s := range sentinels {
		if errors.Is(err, s.err) {
			return true
		}
	}
	return false
}

// call calls f with args and returns its results, or the value it panicked
// with.
func call(f reflect.Value, args []reflect.Value) (out []reflect.Value, panicked any) {
	defer func() { panicked = recover() }()
	return f.Call(args), nil
}

func zeroArgs(ft reflect.Type, skipReceiver bool) []reflect.Value {
	var args []reflect.Value
	start := 0
	if skipReceiver {
		start = 1
	}
	n := ft.NumIn()
	if ft.IsVariadic() {
		n-- // pass no variadic arguments
	}
	for i := start; i < n; i++ {
		args = append(args, reflect.Zero(ft.In(i)))
	}
	return args
}

// checkResults reports every error result that wraps no sentinel.
func checkResults(t *testing.T, name string, out []reflect.Value) {
	t.Helper()
	for _, v := range out {
		if v.Type() != errorType || v.IsNil() {
			continue
		}
		err := v.Interface().(error)
		if !wrapsSentinel(err) {
			report(t, fmt.Sprintf("%s: error %q wraps no sentinel of the module", name, truncate(err.Error())))
		}
	}
}

func truncate(s string) string {
	if len(s) > 160 {
		return s[:160] + "…"
	}
	return s
}

// TestZeroValuesNeverPanic calls every exported method on the zero value of
// every exported type, with zero arguments. None may panic, and every error
// returned wraps a sentinel of the module.
func TestZeroValuesNeverPanic(t *testing.T) {
	for _, nt := range types {
		if nt.t.Kind() == reflect.Interface {
			continue
		}
		ptr := reflect.PointerTo(nt.t)
		for i := range ptr.NumMethod() {
			m := ptr.Method(i)
			if !m.IsExported() {
				continue
			}
			name := nt.name + "." + m.Name
			recv := reflect.New(nt.t)
			args := append([]reflect.Value{recv}, zeroArgs(m.Type, true)...)
			out, p := call(m.Func, args)
			if p != nil {
				report(t, fmt.Sprintf("%s on the zero value panics: %v", name, p))
				continue
			}
			checkResults(t, name, out)
		}
	}
}

// TestFunctionsNeverPanicOnZeroArguments calls every exported function of
// the module with zero arguments (nil, empty, zero dates and instants). None
// may panic, and every error returned wraps a sentinel of the module. The
// exception is a Must… function, which exists to panic on a bad constant in
// a test or an example, as regexp.MustCompile does.
func TestFunctionsNeverPanicOnZeroArguments(t *testing.T) {
	for _, nf := range funcs {
		if strings.HasPrefix(nf.name[strings.LastIndex(nf.name, ".")+1:], "Must") {
			continue // Must… functions panic on bad constants by design, as regexp.MustCompile does
		}
		f := reflect.ValueOf(nf.f)
		out, p := call(f, zeroArgs(f.Type(), false))
		if p != nil {
			report(t, fmt.Sprintf("%s with zero arguments panics: %v", nf.name, p))
			continue
		}
		checkResults(t, nf.name, out)
	}
}

// TestSentinelsAreUniqueAndPrefixed checks that every sentinel's message
// starts with its package's name, and that no two sentinels share a message.
func TestSentinelsAreUniqueAndPrefixed(t *testing.T) {
	seen := map[string]string{}
	for _, s := range sentinels {
		pkg := s.name[:strings.LastIndex(s.name, ".")]
		prefix := pkg[strings.LastIndex(pkg, "/")+1:] + ": "
		if msg := s.err.Error(); !strings.HasPrefix(msg, prefix) {
			t.Errorf("%s = %q does not start with %q", s.name, msg, prefix)
		}
		if other, ok := seen[s.err.Error()]; ok {
			t.Errorf("%s and %s have the same message %q", s.name, other, s.err.Error())
		}
		seen[s.err.Error()] = s.name
	}
}

// hostile returns the corpus of hostile inputs: the files of testdata/hostile
// and the inputs too large to keep as files.
func hostile(t testing.TB) map[string][]byte {
	t.Helper()
	corpus := map[string][]byte{}
	files, err := filepath.Glob("testdata/hostile/*")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		corpus[filepath.Base(f)] = b
	}
	digits := strings.Repeat("9", 1<<20)
	corpus["1MB of digits"] = []byte(digits)
	corpus["1MB of digits, quoted"] = []byte(`"` + digits + `"`)
	corpus["1MB of digits as an amount"] = []byte(`{"amount":"` + digits + `","currency":"USD"}`)
	corpus["nesting 100000 deep"] = []byte(strings.Repeat("[", 100000) + strings.Repeat("]", 100000))
	corpus["object nesting 10000 deep"] = []byte(strings.Repeat(`{"a":`, 10000) + "1" + strings.Repeat("}", 10000))
	return corpus
}

// decoders returns the module's types whose pointers decode JSON or text.
func decoders() (jsonTypes, textTypes []namedType) {
	for _, nt := range types {
		p := reflect.PointerTo(nt.t)
		switch {
		case nt.t.Kind() == reflect.Interface:
		case p.Implements(jsonUnmarshalerType):
			jsonTypes = append(jsonTypes, nt)
		case p.Implements(textUnmarshalerType):
			textTypes = append(textTypes, nt)
		}
	}
	return jsonTypes, textTypes
}

// TestDecodersRefuseHostileInputWithASentinel runs every decoder of the
// module over the hostile corpus: each input is accepted or refused with an
// error wrapping a sentinel, never a panic.
func TestDecodersRefuseHostileInputWithASentinel(t *testing.T) {
	corpus := hostile(t)
	names := make([]string, 0, len(corpus))
	for k := range corpus {
		names = append(names, k)
	}
	slices.Sort(names)
	jsonTypes, textTypes := decoders()
	if len(jsonTypes)+len(textTypes) == 0 {
		t.Fatal("no decoders found")
	}
	for _, nt := range jsonTypes {
		for _, name := range names {
			err := decodeJSON(nt.t, corpus[name])
			var syntax *json.SyntaxError
			if errors.As(err, &syntax) {
				// Not JSON at all: encoding/json refuses it before any
				// decoder of the module runs, so no sentinel can be wrapped.
				continue
			}
			if err != nil && !wrapsSentinel(err) {
				report(t, fmt.Sprintf("json.Unmarshal(%s) into %s: %q wraps no sentinel", name, nt.name, truncate(err.Error())))
			}
		}
	}
	for _, nt := range textTypes {
		for _, name := range names {
			err := decodeText(nt.t, corpus[name])
			if err != nil && !wrapsSentinel(err) {
				report(t, fmt.Sprintf("UnmarshalText(%s) into %s: %q wraps no sentinel", name, nt.name, truncate(err.Error())))
			}
		}
	}
}

func decodeJSON(t reflect.Type, b []byte) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v", p)
		}
	}()
	return json.Unmarshal(b, reflect.New(t).Interface())
}

func decodeText(t reflect.Type, b []byte) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v", p)
		}
	}()
	return reflect.New(t).Interface().(encoding.TextUnmarshaler).UnmarshalText(b)
}

// BenchmarkDecodeMegabyteOfDigits measures how fast each decoder refuses a
// megabyte of digits: it must take time linear in the input (a few
// milliseconds at most), never the quadratic time of parsing it as a number.
func BenchmarkDecodeMegabyteOfDigits(b *testing.B) {
	corpus := hostile(b)
	jsonTypes, textTypes := decoders()
	for _, nt := range jsonTypes {
		b.Run(nt.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = decodeJSON(nt.t, corpus["1MB of digits as an amount"])
			}
		})
	}
	for _, nt := range textTypes {
		b.Run(nt.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = decodeText(nt.t, corpus["1MB of digits"])
			}
		})
	}
}
