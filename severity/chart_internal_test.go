package severity

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/supportrules/unified/contract/rule"
)

// The fast path (columnOf and the precomputed targets) agrees with the
// slow, literal reading of the charts (evaluate and rulesFor) for every
// chart, level and product, and no result cites more rules than a
// rule.Set holds (so none is silently dropped).
func TestPrecomputedRulesCoverEveryReachableTarget(t *testing.T) {
	products := []string{"", "Azure Virtual Machines"}
	for p := Standard; p <= EventManagement; p++ {
		for _, x := range exclusionList(p) {
			products = append(products, x.English, x.Korean)
		}
	}
	for p := Standard; p <= EventManagement; p++ {
		for l := Sev1; l <= SevC; l++ {
			for _, azure := range []bool{false, true} {
				for _, product := range products {
					ch, ok := evaluate(p, l, azure, listMask(exclusionMask(product)))
					c := columnOf(p, l, azure, listMask(exclusionMask(product)))
					if ok != (c != colNone) {
						t.Fatalf("%v %v azure=%t %q: evaluate covers %t, columnOf %v", p, l, azure, product, ok, c)
					}
					if !ok {
						continue
					}
					for m, multi := range []bool{false, true} {
						got := [2]Target{targets[p][l][c].one, targets[p][l][c].many}[m]
						want := ch.target(l, multi)
						if got != want || got.Rules.Len() == 0 {
							t.Errorf("%v %v azure=%t %q multi=%t: table %v, slow reading %v", p, l, azure, product, multi, got, want)
						}
					}
				}
			}
		}
	}
}

// Every cited ID has the catalogue's form.
func TestCitedIDsAreWellFormed(t *testing.T) {
	check := func(where string, r rule.Set) {
		for id := range r.All() {
			if !id.IsValid() {
				t.Errorf("%s cites %q, not a rule ID", where, id)
			}
		}
	}
	for p := range targets {
		for l := range targets[p] {
			for c := range targets[p][l] {
				check("target", targets[p][l][c].one.Rules)
				check("target", targets[p][l][c].many.Rules)
			}
			check("row", rows[p][l].Rules)
			check("customer column", rule.Cite(customerRule[p][l]))
		}
		check("coverage", coverageRules[p])
	}
	for _, r := range []rule.Set{redeAlways, redeOnRequest} {
		check("verdict", r)
	}
}

// Every printed exclusion name is found by its own name in the index by
// rune count.
// Rules D-SEV-4, SEV-STD-18, SEV-UER-12, RR-7.
func TestEveryPrintedNameIsIndexed(t *testing.T) {
	for p := Standard; p <= EventManagement; p++ {
		for _, x := range exclusionList(p) {
			for _, name := range []string{x.English, x.Korean} {
				if exclusionMask(name)&(1<<p) == 0 {
					t.Errorf("%q of the %v list is not found", name, p)
				}
			}
		}
	}
}

// exclusionMask, with its first-byte filter, agrees with the literal
// reading (trim, then compare with every printed name ignoring case) for
// every printed name in upper, lower and title case, with spaces around
// it, with its first rune replaced by every rune that folds to the same
// letter, and for names that differ from a printed one in the first byte.
// Rules D-SEV-4, SEV-STD-18, SEV-UER-12, RR-7, AMB-15.
func TestExclusionMaskAgreesWithTheLiteralReading(t *testing.T) {
	var products []string
	for p := Standard; p <= EventManagement; p++ {
		for _, x := range exclusionList(p) {
			for _, name := range []string{x.English, x.Korean} {
				first, size := utf8.DecodeRuneInString(name)
				rest := name[size:]
				products = append(products, name, strings.ToUpper(name), strings.ToLower(name), " "+name+"\t", "\t"+name, "\n"+name, "\v"+name, "\f"+name, "\r"+name, "\u00a0"+name, "\u0085"+name, "\x1f"+name,
					"x"+rest, "@"+rest, "\x80"+rest, "\x7f"+rest, "`"+rest, string(first+1)+rest)
				for f := unicode.SimpleFold(first); f != first; f = unicode.SimpleFold(f) {
					products = append(products, string(f)+rest)
				}
			}
		}
	}
	products = append(products, strings.Repeat("A", len(exclusionIndex)), strings.Repeat("A", len(exclusionIndex)-1))
	products = append(products, "", " ", "kelvin", "\u212aelvin", "\u017ftack", "Exchange Server", "A4", "A400", "a40")
	for _, product := range products {
		if got, want := exclusionMask(product), literalExclusionMask(product); got != want {
			t.Errorf("exclusionMask(%q) = %08b, literal reading %08b", product, got, want)
		}
	}
}

// Result types stay small (issue 15): a Target is one word of duration, one
// of small fields and a 32-byte rule.Set.
func TestResultTypesStaySmall(t *testing.T) {
	for _, tt := range []struct {
		name      string
		got, most uintptr
	}{
		{"Target", unsafe.Sizeof(Target{}), 48},
		{"Status", unsafe.Sizeof(Status{}), 152},
		{"Retargeted", unsafe.Sizeof(Retargeted{}), 136},
		{"CustomerDuty", unsafe.Sizeof(CustomerDuty{}), 88},
	} {
		if tt.got > tt.most {
			t.Errorf("a %s is %d bytes, more than %d", tt.name, tt.got, tt.most)
		}
	}
}
