package catalogue

import (
	"errors"
	"fmt"

	"github.com/supportrules/unified/contract/catalogue/lang"
)

// ErrMalformed reports JSON that does not have the shape of the value it is
// decoded into (a wrong type, a truncated object).
var ErrMalformed = errors.New("catalogue: malformed JSON")

// decodeError wraps err, an error of encoding/json while decoding what, in
// sentinel unless it already wraps a sentinel of the package.
func decodeError(sentinel error, what string, err error) error {
	for _, s := range []error{ErrInvalidEnum, ErrUnknownService, ErrMalformed, ErrInvalidUnit, ErrCatalogueMismatch, lang.ErrInvalid} {
		if errors.Is(err, s) {
			return fmt.Errorf("catalogue: %s: %w", what, err)
		}
	}
	return fmt.Errorf("%w: %s: %w", sentinel, what, err)
}
