// Package rule is the module's registry of the rules of the Unified
// Enterprise Support Services Description, and the vocabulary every other
// package uses to say which rules decided a result.
//
// # The registry
//
// Every entry of the project's rule catalogue is here as data: the 403 rules
// of the document ("CANCEL-2", "SEV-STD-13"), the binding decisions the
// module implements where the Korean text is ambiguous ("D-CLOCK",
// "D-SEV-2"), and the catalogue's notes on those ambiguities ("AMB-9"). An
// [Record] gives an ID's family, its section of the document, the lines of the
// Korean seed it draws on, its [Type], and a one-sentence summary in English;
// a decision also says what the module does and which ambiguities it
// settles. [Lookup] finds an entry, [Records] lists them all in the
// document's order, and `go doc` on this package, or the tour, prints them.
//
// # Sets of rules
//
// A [Set] is the ordered, duplicate-free list of rules that decided a result;
// every result type of the module carries one as its Rules field, and
// [Set.Explain] prints it with the summaries. A [Verdict] is the module's one
// shape of a yes/no answer together with its rules.
//
// IDs are checked against the registry: [Parse] and the JSON decoders refuse
// an ID the registry does not have, with an error wrapping [ErrID]. A test of
// this package scans the module's source and fails when a registered rule is
// cited by no code, when a rule that decides answers is named by no test, or
// when the source cites an ID the registry does not have.
//
// Package rule imports only the standard library and the module's internal
// enum helper; every other package of the module builds on it.
//
// # Contract coverage
//
// Rule families: none of its own; it names all of them.
package rule
