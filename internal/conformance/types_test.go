package conformance_test

import "reflect"

type namedType struct {
	name string
	t    reflect.Type
}

type namedFunc struct {
	name string
	f    any
}

type namedError struct {
	name string
	err  error
}
