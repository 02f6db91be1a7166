package catalogue

import (
	"errors"
	"fmt"
	"strings"
)

// ErrInvalidEnum reports text or a number that is not one of an enum's
// declared values (a [Category], [Marking], [DeliveryMode], …).
var ErrInvalidEnum = errors.New("catalogue: invalid enum value")

// The catalogue's enums share these helpers. Each enum keeps its names in an
// unexported array indexed by value, with "" at index 0 (the invalid zero
// value), so String, Parse and the text marshalling read one table.

func enumString(names []string, v uint8, typ string) string {
	if v > 0 && int(v) < len(names) {
		return names[v]
	}
	return fmt.Sprintf("catalogue.%s(%d)", typ, v)
}

func enumParse(names []string, s, what string) (uint8, error) {
	k := strings.ToLower(strings.TrimSpace(s))
	for i := 1; i < len(names); i++ {
		if names[i] == k {
			return uint8(i), nil
		}
	}
	return 0, fmt.Errorf("%w: %s %q", ErrInvalidEnum, what, s)
}

func enumMarshal(names []string, v uint8, what string) ([]byte, error) {
	if v == 0 {
		return []byte{}, nil
	}
	if int(v) >= len(names) {
		return nil, fmt.Errorf("%w: %s %d", ErrInvalidEnum, what, v)
	}
	return []byte(names[v]), nil
}

func enumUnmarshal(names []string, b []byte, what string) (uint8, error) {
	if len(b) == 0 {
		return 0, nil
	}
	return enumParse(names, string(b), what)
}
