package catalogue

import (
	"github.com/supportrules/unified/internal/enum"
	"iter"

	"github.com/supportrules/unified/contract/rule"
)

// A Package is one part of the package structure of §2.1 (table 1, "지원
// 서비스 정의"): the Base Package every customer buys, the proactive
// (additional) services and the Enhanced Solutions that can be added to it
// during the Work Order term, and multi-country support when the Work Order
// provides for it. The zero Package is not valid. Packages are comparable.
//
// The zero Package means "not set": it is not valid, its text is empty,
// and empty text decodes to it, so it round-trips.
//
// Rules BUY-1, BUY-2, BUY-3, BUY-4, BUY-6, BUY-7, BUY-8, BUY-9 (§2.1 table 1).
type Package uint8

// The parts of table 1, in document order.
const (
	PackageBase                Package = iota + 1 // 기본 패키지: the core support services (✓). rule.Set BUY-1, BUY-2, BUY-6.
	PackageProactiveServices                      // 대비 서비스: additional support services (+). rule.Set BUY-3, BUY-7.
	PackageEnhancedSolutions                      // 향상된 솔루션: in-depth add-ons (+, +1). rule.Set BUY-4, BUY-8.
	PackageMultiCountrySupport                    // 다국적 지원: only if the Work Order says so. Rule BUY-9.
)

// packages names the values; the zero Package is unnamed ("not set").
var packages = enum.New[Package](ErrInvalidEnum, "package", "", "base-package", "proactive-services", "enhanced-solutions", "multi-country-support")

// ParsePackage returns the Package named s, ignoring case and surrounding space, or
// an error wrapping [ErrInvalidEnum]. Empty text gives the zero Package.
func ParsePackage(s string) (Package, error) { return packages.Parse(s) }

// IsValid reports whether p is one of the declared values.
func (p Package) IsValid() bool { return packages.IsValid(p) }

// String returns p's name; "" for the zero Package, and a
// diagnostic such as "package(99)" for other undeclared values.
func (p Package) String() string { return packages.String(p) }

// AppendText implements [encoding.TextAppender] with p's name; an
// undeclared value is an error.
func (p Package) AppendText(b []byte) ([]byte, error) { return packages.AppendText(b, p) }

// MarshalText implements [encoding.TextMarshaler], as AppendText.
func (p Package) MarshalText() ([]byte, error) { return packages.AppendText(nil, p) }

// UnmarshalText implements [encoding.TextUnmarshaler], as [ParsePackage] reads.
func (p *Package) UnmarshalText(b []byte) error { return packages.UnmarshalText(p, b) }

var packageInfo = [...]struct {
	english, korean, description string
	marking                      Marking
	rules                        rule.Set
}{
	{},
	{"Base Package", "기본 패키지",
		"Proactive, reactive, success and delivery management services for the Microsoft products and online services used in the enterprise; part of its list price is Flex Allowance",
		MarkingIncluded, cite("BUY-1", "BUY-2", "BUY-6", "MARK-1", "FLEX-1", "FLEX-8", "AMB-38")},
	{"Proactive Services", "대비 서비스",
		"Additional support services, proactive services among them, that can be added to the Base Package during the Work Order term",
		MarkingPurchasable, cite("BUY-1", "BUY-3", "BUY-7", "MARK-2")},
	{"Enhanced Solutions", "향상된 솔루션",
		"In-depth support experiences for specific Microsoft products or customer IT systems, added to the Base Package during the Work Order term at additional cost",
		MarkingPurchasable, cite("BUY-1", "BUY-4", "BUY-8", "MARK-2", "ENH-1", "ENH-2")},
	{"Multi-country Support", "다국적 지원",
		"Support at several support locations (host and downstream), included only if the Work Order says so",
		0, cite("BUY-9", "MC-1")},
}

// Packages returns an iterator over the parts of table 1, in document order.
//
// Rules BUY-1, BUY-9.
func Packages() iter.Seq[Package] {
	return func(yield func(Package) bool) {
		for p := Package(1); p.IsValid(); p++ {
			if !yield(p) {
				return
			}
		}
	}
}

func (p Package) index() int {
	if p.IsValid() {
		return int(p)
	}
	return 0
}

// EnglishName returns p's English name, such as "Base Package".
func (p Package) EnglishName() string { return packageInfo[p.index()].english }

// KoreanName returns p's name in the seed, such as "기본 패키지".
func (p Package) KoreanName() string { return packageInfo[p.index()].korean }

// Description returns table 1's definition of p, in English.
func (p Package) Description() string { return packageInfo[p.index()].description }

// Marking returns the marking of the services p holds: ✓ for the Base
// Package, + for proactive services and Enhanced Solutions (which also hold
// the +1 Developer Support), and the zero Marking for multi-country support,
// which has none: it is part of a contract only when the Work Order says so.
//
// Rules MARK-1, MARK-2, BUY-7, BUY-8, BUY-9.
func (p Package) Marking() Marking { return packageInfo[p.index()].marking }

// Rules returns the rules that define p.
func (p Package) Rules() rule.Set { return packageInfo[p.index()].rules }

// Package returns the part of table 1 that s belongs to: the Base Package
// for included (✓) services, Enhanced Solutions for table 11, and Proactive
// Services (the additional support services of BUY-7) for every other
// purchasable service, reactive add-ons such as Root Cause Analysis
// included. A part belongs to its parent's package. The zero Service gives
// the zero Package.
//
// Rules BUY-2, BUY-7, BUY-8, MARK-1, MARK-2.
func (s Service) Package() Package {
	if s.e == nil {
		return 0
	}
	switch {
	case s.PurchaseMarking() == MarkingIncluded:
		return PackageBase
	case s.e.category == CategoryEnhancedSolution:
		return PackageEnhancedSolutions
	default:
		return PackageProactiveServices
	}
}
