package severity

import (
	"fmt"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/supportrules/unified/contract/rule"
)

// A Product is one entry of a chart's printed exclusion list: its English
// name and the form the Korean edition prints (often the same). Products
// are comparable with ==; the zero Product names nothing.
type Product struct {
	English string `json:"english"` // e.g. "Azure Communication Services"
	Korean  string `json:"korean"`  // e.g. "Azure 통신 서비스"
}

// exclusion lists, exactly as printed (D-SEV-4, AMB-15). Fixed arrays, not
// slices, so that matching reads them without indirection and nothing can
// change them.
var (
	// Standard chart, footnote 1 (lines 2312-2314). "Azure 통신 서비스 또는
	// 청구 구독 관리" is read as two items, as the AED list prints them.
	standardExclusions = [...]Product{
		{"Azure StorSimple", "Azure StorSimple"},
		{"GitHub AE", "GitHub AE"},
		{"Azure Communication Services", "Azure 통신 서비스"},
		{"billing and subscription management", "청구 구독 관리"},
	}
	// UER chart, footnote 1 (lines 2419-2421). The missing comma in "US Gov
	// Clouds Azure StorSimple" is read as two items (D-SEV-4).
	enhancedExclusions = [...]Product{
		{"US Gov Clouds", "US Gov Clouds"},
		{"Azure StorSimple", "Azure StorSimple"},
		{"GitHub AE", "GitHub AE"},
		{"A40", "A40"},
		{"Azure Media Services", "Azure Media Services"},
		{"Azure Stack", "Azure Stack"},
		{"Test Base for M365", "Test Base for M365"},
		{"Microsoft Mesh", "Microsoft Mesh"},
		{"Universal Print", "Universal Print"},
	}
	// Rapid Response, §2.4 (lines 1178-1182).
	rapidExclusions = [...]Product{
		{"Azure Media Services", "Azure Media Services"},
		{"Azure Stack", "Azure Stack"},
		{"Azure StorSimple", "Azure StorSimple"},
		{"GitHub AE", "GitHub AE"},
		{"Universal Print", "Universal Print"},
		{"Test Base for M365", "Test base for M365"},
		{"Microsoft Mesh", "Microsoft Mesh"},
	}
)

// exclusionLists holds each plan's printed list; Azure Event Management
// prints none: it covers Azure only. Never written after initialisation.
var exclusionLists = [numPlans][]Product{
	Standard:         standardExclusions[:],
	EnhancedResponse: enhancedExclusions[:],
	RapidResponse:    rapidExclusions[:],
}

// exclusionList returns the list printed for the valid plan p.
func exclusionList(p Plan) []Product { return exclusionLists[p] }

// Exclusions returns a new slice holding the exclusion list printed for
// plan p's chart, in the printed order: the Azure products that the
// Standard and Unified Enhanced Response charts move from the Azure row to
// the "all other products" row, and the products Rapid Response does not
// cover. Azure Event Management prints no list. It returns an error
// wrapping [ErrInvalidPlan] for an invalid p.
//
// Interpretation: D-SEV-4 (AMB-15) — each list applies to its own chart
// only, exactly as printed; there is no union.
//
// Rules SEV-STD-18, SEV-UER-12, RR-7, D-SEV-4, AMB-15 (Appendix A, §2.4).
func Exclusions(p Plan) ([]Product, error) {
	if !p.IsValid() {
		return nil, fmt.Errorf("%w: %d", ErrInvalidPlan, uint8(p))
	}
	return append([]Product(nil), exclusionList(p)...), nil
}

// excluded reports whether product is on plan p's exclusion list, by its
// English or Korean name, ignoring case and surrounding spaces. It does
// not allocate.
func excluded(p Plan, product string) bool {
	return listMask(exclusionMask(product)).has(p)
}

// An indexEntry is one distinct printed name with the plans whose lists
// print it, as a bit set (1<<Plan).
type indexEntry struct {
	name  string
	plans uint8
}

// exclusionIndex holds every distinct name of every list, grouped by its
// rune count (its index, up to the longest name's), so that a product is
// compared only with the names that can equal it ([strings.EqualFold]
// compares rune by rune): [exclusionMask]'s comparison for a product that
// [exclusionByLength] cannot decide. It is never written after
// initialisation.
var exclusionIndex = buildExclusionIndex()

func buildExclusionIndex() [][]indexEntry {
	var idx [][]indexEntry
	for p, list := range exclusionLists {
		for _, x := range list {
		names:
			for _, name := range [2]string{x.English, x.Korean} {
				n := utf8.RuneCountInString(name)
				for len(idx) <= n {
					idx = append(idx, nil)
				}
				for i := range idx[n] {
					if strings.EqualFold(idx[n][i].name, name) {
						idx[n][i].plans |= 1 << p
						continue names
					}
				}
				idx[n] = append(idx[n], indexEntry{name: name, plans: 1 << p})
			}
		}
	}
	return idx
}

// A listMask is the set of plans (bit 1<<Plan) whose exclusion lists
// print a product, as [exclusionMask] finds it.
type listMask uint8

// has reports whether plan p's exclusion list prints the product.
func (m listMask) has(p Plan) bool { return m&(1<<p) != 0 }

// exclusionMask returns the set of plans (bit 1<<Plan) whose exclusion
// list prints product, compared with [strings.EqualFold] after trimming
// surrounding spaces ([strings.TrimSpace]). Names are distinct without
// regard to case, so at most one matches. It does not allocate.
//
// It compares bytes, ASCII capitals lowered ([exclusionByLength]), which is
// [strings.EqualFold] for every product but one holding a rune that folds to
// an ASCII letter in another form (the Kelvin sign and the long s, see
// [foldsToASCII]): the printed names hold no other rune that has a case
// (TestPrintedNamesHaveNoCaseOutsideASCII), so no other rune of a product
// can equal a name's rune but by being the same bytes. Such a product takes
// the rune by rune comparison of [exclusionIndex].
func exclusionMask(product string) uint8 {
	return listsOf(product, false)
}

// listsOf is [exclusionMask] of a product known to be ASCII when ascii is
// true, which then holds no rune that folds to ASCII; when ascii is false,
// it finds out.
func listsOf(product string, ascii bool) uint8 {
	product = trimSpace(product)
	if len(product) < len(exclusionByLength) {
		for _, e := range exclusionByLength[len(product)] {
			if equalASCIIFold(e.name, product) {
				return e.plans
			}
		}
	}
	if ascii || !foldsToASCII(product) {
		return 0
	}
	n := utf8.RuneCountInString(product)
	if n >= len(exclusionIndex) {
		return 0 // no printed name is that long
	}
	for _, e := range exclusionIndex[n] { // none for the empty product
		if strings.EqualFold(e.name, product) {
			return e.plans
		}
	}
	return 0
}

// exclusionByLength holds every name of [exclusionIndex], its ASCII
// capitals lowered, grouped by its length in bytes (its index, up to the
// longest name's), so that [exclusionMask] compares a product with at most
// two names, eight bytes at a time. It is never written after
// initialisation.
var exclusionByLength = func() [][]indexEntry {
	var idx [][]indexEntry
	for _, names := range exclusionIndex {
		for _, e := range names {
			for len(idx) <= len(e.name) {
				idx = append(idx, nil)
			}
			lower := []byte(e.name)
			for i, c := range lower {
				lower[i] = byte(lowerASCII(uint64(c)))
			}
			idx[len(e.name)] = append(idx[len(e.name)], indexEntry{name: string(lower), plans: e.plans})
		}
	}
	return idx
}()

// wordBytes is the number of bytes in a word of [equalASCIIFold].
const wordBytes = 8

// equalASCIIFold reports whether s, its ASCII capitals lowered, is lower,
// which has the same length in bytes. It compares a text shorter than a
// word byte by byte, any other a word (eight bytes) at a time: the first
// word, then from the length's remainder by eight on (the first two words
// overlap unless the length is a multiple of eight).
func equalASCIIFold(lower, s string) bool {
	n := len(s)
	if n < wordBytes {
		for i := range n {
			if lowerASCII(uint64(s[i])) != uint64(lower[i]) {
				return false
			}
		}
		return true
	}
	if lowerASCII(word(s, 0)) != word(lower, 0) {
		return false
	}
	for i := n % wordBytes; i < n; i += wordBytes {
		if lowerASCII(word(s, i)) != word(lower, i) {
			return false
		}
	}
	return true
}

const (
	eachByte = 0x0101010101010101 // 1 in every byte of a word
	highBits = 0x8080808080808080 // the high bit of every byte of a word
)

// lowerASCII lowers the ASCII capitals among the eight bytes of x and
// leaves every other byte as it is. In each byte b below 0x80 (RuneSelf),
// b+(0x80-'A') reaches 0x80 from 'A' on and b+(0x80-'[') from the byte
// after 'Z' on, with no carry into the next byte; a byte from 0x80 up is
// not a letter.
func lowerASCII(x uint64) uint64 {
	low := x &^ highBits
	capital := (low + (utf8.RuneSelf-'A')*eachByte) &^ (low + (utf8.RuneSelf-'[')*eachByte) &^ x & highBits
	return x | capital>>2 // 0x80>>2 is 'a'-'A'
}

// word returns the eight bytes of s from i on as the bytes of a word from
// the lowest up.
func word(s string, i int) uint64 {
	s = s[i : i+wordBytes]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// foldsToASCII reports whether s holds one of the two runes that
// [strings.EqualFold] equates with an ASCII letter in another form: the
// Kelvin sign U+212A (K, k) and the long s U+017F (S, s). No other rune
// outside ASCII does (TestOnlyTwoRunesFoldToASCII). A text of ASCII bytes
// only, the common case, holds neither; it is told by a word at a time.
func foldsToASCII(s string) bool {
	return !isASCII(s) && (strings.Contains(s, "\u212a") || strings.Contains(s, "\u017f"))
}

// isASCII reports whether every byte of s is below 0x80. It reads a text
// shorter than a word byte by byte, any other a word at a time, as
// [equalASCIIFold] does.
func isASCII(s string) bool {
	n := len(s)
	var all uint64
	if n < wordBytes {
		for i := range n {
			all |= uint64(s[i])
		}
	} else {
		all = word(s, 0)
		for i := n % wordBytes; i < n; i += wordBytes {
			all |= word(s, i)
		}
	}
	return all&highBits == 0
}

// spaceFirst and spaceLast mark the first and the last byte of the UTF-8
// form of every rune [unicode.IsSpace] accepts (the White_Space property,
// whose runes all lie below U+10000: TestTrimSpaceIsStringsTrimSpace), so
// that [trimSpace] decodes no rune at an end where no space can be. Never
// written after initialisation.
var spaceFirst, spaceLast = func() (first, last [256]bool) {
	mark := func(r rune) {
		b := utf8.AppendRune(nil, r)
		first[b[0]] = true
		last[b[len(b)-1]] = true
	}
	for _, rg := range unicode.White_Space.R16 {
		for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
			mark(r)
		}
	}
	return first, last
}()

// trimSpace is [strings.TrimSpace]: it removes the runes [unicode.IsSpace]
// accepts from both ends of s. It decodes a rune at an end only when the
// byte there may belong to a space ([spaceFirst], [spaceLast]).
func trimSpace(s string) string {
	for len(s) > 0 && spaceFirst[s[0]] {
		r, n := utf8.DecodeRuneInString(s)
		if !unicode.IsSpace(r) {
			break
		}
		s = s[n:]
	}
	for len(s) > 0 && spaceLast[s[len(s)-1]] {
		r, n := utf8.DecodeLastRuneInString(s)
		if !unicode.IsSpace(r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// Coverage says whether a plan's chart covers an incident's product and
// which column of its rows applies. Coverage values are comparable with
// ==; the zero Coverage (Plan zero) holds no answer.
type Coverage struct {
	Plan     Plan         `json:"plan"`
	Covered  bool         `json:"covered"`  // the chart gives this incident a target
	Class    ProductClass `json:"class"`    // the column of a severity 1 row that applies; zero when not covered
	Excluded bool         `json:"excluded"` // the product is on the chart's exclusion list
	Rules    rule.Set     `json:"rules"`
}

// Covers reports how plan p's chart covers a product: class says whether
// the product is a Microsoft Azure component ([AzureComponents]) or not
// ([OtherProducts]), product is its name (it may be empty). The Standard
// and Unified Enhanced Response charts cover every product; an Azure
// product on their exclusion list takes the "all other products" column.
// Rapid Response covers Azure components except its exclusions; Azure
// Event Management covers Azure components.
//
// It returns an error wrapping [ErrInvalidPlan] for an invalid p,
// [ErrInvalidValue] for a class other than AzureComponents and
// OtherProducts, and [ErrAzureMismatch] for an Azure product (see
// [TargetFor] for which names count) given as OtherProducts.
//
// Interpretation: D-SEV-4 (AMB-15).
//
// Rules SEV-STD-18, SEV-UER-12, RR-2, RR-7, AEM-17, PRS-8, REACT-2, UER-2,
// D-SEV-4 (Appendix A, §2.4).
func Covers(p Plan, class ProductClass, product string) (Coverage, error) {
	if class != AzureComponents && class != OtherProducts {
		return Coverage{}, fmt.Errorf("%w: product class %v: want azure-components or other-products", ErrInvalidValue, class)
	}
	if class == OtherProducts && isAzureName(product) {
		return Coverage{}, fmt.Errorf("%w: %q is an Azure product, not one of the other products", ErrAzureMismatch, clip(product))
	}
	c, ok := cover(p, class == AzureComponents, product)
	if !ok {
		return Coverage{}, fmt.Errorf("%w: %d", ErrInvalidPlan, uint8(p))
	}
	return c, nil
}

// coverageRules are the rules of each chart's coverage, cited once; never
// written after initialisation.
var coverageRules = [numPlans]rule.Set{
	Standard:         rule.Cite("REACT-2", "SEV-STD-2", "SEV-STD-3", "SEV-STD-18", "D-SEV-4"),
	EnhancedResponse: rule.Cite("UER-2", "SEV-UER-2", "SEV-UER-3", "SEV-UER-12", "D-SEV-4"),
	RapidResponse:    rule.Cite("RR-2", "RR-7", "D-SEV-4"),
	EventManagement:  rule.Cite("AEM-17", "SEV-AEM-1", "D-SEV-4"),
}

func cover(p Plan, azure bool, product string) (Coverage, bool) {
	c := Coverage{Plan: p}
	switch p {
	case Standard, EnhancedResponse:
		c.Covered = true
		c.Class = OtherProducts
		if azure {
			c.Class = AzureComponents
			if excluded(p, product) {
				c.Class, c.Excluded = OtherProducts, true
			}
		}
		c.Rules = coverageRules[p]
	case RapidResponse:
		c.Rules = coverageRules[p]
		if azure {
			c.Excluded = excluded(p, product)
			c.Covered = !c.Excluded
		}
		if c.Covered {
			c.Class = AzureComponents
		}
	case EventManagement:
		c.Rules = coverageRules[p]
		c.Covered = azure
		if c.Covered {
			c.Class = AzureComponents
		}
	default:
		return Coverage{}, false
	}
	return c, true
}

// isAzureName reports whether product names an Azure product: it holds the
// word "Azure" in any case, or it is printed on one of the document's lists
// of Azure products (the exclusion lists). It does not allocate.
//
// Rules SEV-STD-18, SEV-UER-12, RR-7, D-SEV-4.
func isAzureName(product string) bool {
	scan := scanAzure(product)
	return scan == azureWord || listsOf(product, scan == plainASCII) != 0
}

// hasWordAzure reports whether s holds "azure", in any ASCII case, not
// inside a longer word of letters or digits.
func hasWordAzure(s string) bool { return scanAzure(s) == azureWord }

// A nameScan is what one pass over a product's name finds ([scanAzure]).
type nameScan uint8

const (
	plainASCII nameScan = iota // no word "azure", and every byte below 0x80
	plainOther                 // no word "azure", and some byte from 0x80 up
	azureWord                  // the word "azure" ([hasWordAzure])
)

// scanAzure tells whether s holds the word "azure" ([hasWordAzure]) and,
// when it does not, whether s is ASCII ([isASCII]): one pass for both. It
// looks for the rare 'z' first, a word of eight bytes at a time (the last
// word overlapping the one before), and reads the rest of "azure" only
// there.
func scanAzure(s string) nameScan {
	n := len(s)
	var all uint64 // every byte of s, or'd
	if n < wordBytes {
		for i := range n {
			if isAzureAt(s, i) {
				return azureWord
			}
			all |= uint64(s[i])
		}
		return plainness(all)
	}
	for i := 0; ; i += wordBytes {
		i = min(i, n-wordBytes)
		w := word(s, i)
		all |= w
		// A zero byte of x is a 'z' or a 'Z' of s. The test flags every
		// zero byte, and may flag a byte above one; isAzureAt decides.
		x := (w | ('a'-'A')*eachByte) ^ 'z'*eachByte
		for zs := (x - eachByte) &^ x & highBits; zs != 0; zs &= zs - 1 {
			if isAzureAt(s, i+bits.TrailingZeros64(zs)/8) {
				return azureWord
			}
		}
		if i == n-wordBytes {
			return plainness(all)
		}
	}
}

// plainness is the scan of a name without the word "azure" whose bytes,
// or'd, are all.
func plainness(all uint64) nameScan {
	if all&highBits == 0 {
		return plainASCII
	}
	return plainOther
}

// isAzureAt reports whether s[i] is the z of a word "azure" of s, in any
// ASCII case.
func isAzureAt(s string, i int) bool {
	if i < 1 || i+4 > len(s) || s[i]|0x20 != 'z' || s[i-1]|0x20 != 'a' || s[i+1]|0x20 != 'u' || s[i+2]|0x20 != 'r' || s[i+3]|0x20 != 'e' {
		return false
	}
	return (i == 1 || !isWordByte(s[i-2])) && (i+4 == len(s) || !isWordByte(s[i+4]))
}

// isWordByte reports whether c is an ASCII letter or digit. (Lowering c
// first would also turn the control bytes 0x10 to 0x19 into digits.)
func isWordByte(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
}
