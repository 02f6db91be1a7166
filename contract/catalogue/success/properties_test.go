package success_test

import (
	"encoding"
	"errors"
	"fmt"
	"testing"

	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/catalogue/success"
	"pgregory.net/rapid"
)

type textEnum interface {
	fmt.Stringer
	encoding.TextMarshaler
	encoding.TextAppender
	IsValid() bool
}

// Every byte value of an enum either is a declared value, or the unset zero
// value, whose text (String, MarshalText and AppendText agree) parses back
// to it, or is undeclared and refuses to marshal with the sentinel.
func TestEveryValueRoundTripsOrIsRefused(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		v := rapid.Uint8().Draw(t, "value")
		check := func(e textEnum, back func([]byte) (textEnum, error)) {
			b, err := e.MarshalText()
			if !e.IsValid() && v != 0 {
				if !errors.Is(err, catalogue.ErrInvalidEnum) {
					t.Fatalf("%T(%d) is undeclared but marshals as %q, %v", e, v, b, err)
				}
				return
			}
			a, errA := e.AppendText([]byte("x"))
			if err != nil || string(b) != e.String() || errA != nil || string(a) != "x"+e.String() {
				t.Fatalf("%T(%d): MarshalText %q, %v; AppendText %q, %v; String %q", e, v, b, err, a, errA, e.String())
			}
			got, err := back(b)
			if err != nil || got != e {
				t.Fatalf("%T(%d): %q came back as %v, %v", e, v, b, got, err)
			}
		}
		check(success.Activity(v), func(b []byte) (textEnum, error) {
			var a success.Activity
			err := a.UnmarshalText(b)
			return a, err
		})
		check(success.Axis(v), func(b []byte) (textEnum, error) {
			var a success.Axis
			err := a.UnmarshalText(b)
			return a, err
		})
	})
}

// Rules SMB-4, SMB-5, SMB-6: every activity lies on exactly one valid axis,
// and cites that axis's rule first.
func TestEveryActivityCitesItsAxis(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := success.Activity(rapid.IntRange(1, 10).Draw(t, "activity"))
		if !a.IsValid() || !a.Axis().IsValid() || a.Rules().At(0) != a.Axis().Rule() {
			t.Fatalf("%v: axis %v, rules %v", a, a.Axis(), a.Rules())
		}
	})
}
