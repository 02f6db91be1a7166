// Package rule names the rules of the Unified Enterprise Support Services
// Description: an [ID] is one rule, decision or ambiguity of the rule
// catalogue ("CANCEL-2", "D-SEV-1", "AMB-9"), and a [Set] is the ordered list
// of IDs that decided a result, carried by every result type of the module as
// its Rules field. A [Verdict] is the module's one shape of a yes/no answer
// together with the rules that decided it.
//
// Package rule imports only the standard library; every other package of the
// module builds on it.
//
// # Contract coverage
//
// Rule families: none of its own; it names all of them.
package rule
