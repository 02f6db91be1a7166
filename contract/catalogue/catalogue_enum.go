package catalogue

import "errors"

// ErrInvalidEnum reports text or a number that is not one of an enum's
// declared values (a [Category], [Marking], [DeliveryMode], …). The enums of
// the catalogue's subpackages wrap it too.
var ErrInvalidEnum = errors.New("catalogue: invalid enum value")
