package severity

import (
	"errors"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"pgregory.net/rapid"
)

// literalExclusionMask is the literal reading of the exclusion lists
// (D-SEV-4, AMB-15): trim the product's surrounding spaces, then compare it
// with every printed name, English and Korean, ignoring case
// ([strings.EqualFold]); each list that prints it adds its plan.
func literalExclusionMask(product string) uint8 {
	var m uint8
	product = strings.TrimSpace(product)
	for p := Standard; p <= EventManagement; p++ {
		for _, x := range exclusionList(p) {
			if strings.EqualFold(x.English, product) || strings.EqualFold(x.Korean, product) {
				m |= 1 << p
			}
		}
	}
	return m
}

// printedNames returns every name printed on an exclusion list, English
// and Korean, once each.
func printedNames() []string {
	var names []string
	seen := map[string]bool{}
	for p := Standard; p <= EventManagement; p++ {
		for _, x := range exclusionList(p) {
			for _, name := range []string{x.English, x.Korean} {
				if !seen[name] {
					seen[name] = true
					names = append(names, name)
				}
			}
		}
	}
	return names
}

// exclusionMask, which compares eight bytes at a time, agrees with the
// literal reading for every printed name with any one byte replaced by
// any byte (every change of case of one letter among them, every byte
// that is not a letter, every byte that breaks a Korean rune), in upper
// and in lower case, cut short at every byte, with the Kelvin sign for
// any k and the long s for any s, and with every space rune around it.
// Rules D-SEV-4, AMB-15, SEV-STD-18, SEV-UER-12, RR-7.
func TestExclusionMaskAgreesWithTheLiteralReadingAtEveryByte(t *testing.T) {
	check := func(product string) {
		t.Helper()
		if got, want := exclusionMask(product), literalExclusionMask(product); got != want {
			t.Errorf("exclusionMask(%q) = %08b, literal reading %08b", product, got, want)
		}
	}
	var spaces []rune
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.IsSpace(r) {
			spaces = append(spaces, r)
		}
	}
	for _, printed := range printedNames() {
		for _, name := range []string{printed, strings.ToUpper(printed), strings.ToLower(printed)} {
			for i := range len(name) {
				b := []byte(name)
				for v := range 256 {
					b[i] = byte(v)
					check(string(b))
				}
				check(name[:i])
				check(name[i:])
			}
			folded := name
			for i, r := range name {
				var alt string
				switch unicode.ToLower(r) {
				case 'k':
					alt = "\u212a"
				case 's':
					alt = "\u017f"
				default:
					continue
				}
				check(name[:i] + alt + name[i+1:])
				folded = strings.Replace(folded, string(r), alt, 1)
				check(folded)
				check(" " + folded + "\u3000")
			}
			for _, sp := range spaces {
				s := string(sp)
				check(s + name)
				check(name + s)
				check(s + s + name + s + s)
			}
		}
	}
	longest := len(exclusionByLength) - 1
	for n := longest - 1; n <= longest+2; n++ {
		check(strings.Repeat("a", n))
		check(strings.Repeat("\u017f", n))
	}
	for n := len(exclusionIndex) - 2; n <= len(exclusionIndex)+1; n++ {
		check(strings.Repeat("\u017f", n))
		check(strings.Repeat("\u212a", n))
	}
	check("")
	check("\u212a")
}

// strings.EqualFold equates an ASCII letter with a rune outside ASCII for
// two runes only, the Kelvin sign and the long s: foldsToASCII sends just
// the products holding them to the rune by rune comparison.
// Rules D-SEV-4, AMB-15.
func TestOnlyTwoRunesFoldToASCII(t *testing.T) {
	var found []rune
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f < utf8.RuneSelf {
				found = append(found, r)
				break
			}
		}
	}
	if string(found) != "\u017f\u212a" {
		t.Errorf("runes outside ASCII that fold to ASCII: %q, want the long s and the Kelvin sign", string(found))
	}
	for _, s := range []string{"\u212a", "\u017f", "a\u212a", "Azure \u017ftack", "0123456789abcd\u017f", "\u212a0123456789abcdef"} {
		if !foldsToASCII(s) {
			t.Errorf("foldsToASCII(%q) = false", s)
		}
	}
	for _, s := range []string{"", "k", "Azure Stack", "Azure 통신 서비스", "\u212b", "\u017e", "\xe2\x84", "\xc5", "0123456789abcdef\u00e9"} {
		if foldsToASCII(s) {
			t.Errorf("foldsToASCII(%q) = true", s)
		}
	}
}

// No printed name holds a rune outside ASCII that has another case: the
// byte comparison of exclusionMask relies on it.
// Rules D-SEV-4, AMB-15.
func TestPrintedNamesHaveNoCaseOutsideASCII(t *testing.T) {
	for _, name := range printedNames() {
		for _, r := range name {
			if r >= utf8.RuneSelf && unicode.SimpleFold(r) != r {
				t.Errorf("%q holds %q, which has another case", name, r)
			}
		}
	}
}

// trimSpace is strings.TrimSpace for every rune at either end or both,
// alone or around a letter, for every byte that is not UTF-8 and for runes
// that share a first or last byte with a space (such as … and 、).
// Rules D-SEV-4, AMB-15.
func TestTrimSpaceIsStringsTrimSpace(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := trimSpace(s), strings.TrimSpace(s); got != want {
			t.Errorf("trimSpace(%q) = %q, want %q", s, got, want)
		}
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		s := string(r)
		check(s)
		check(s + "x" + s)
		if unicode.IsSpace(r) {
			check(s + " x")
			check("x\u3000" + s)
		}
	}
	for b := range 256 {
		s := string([]byte{byte(b)})
		check(s)
		check(s + "x" + s)
		check("\u2000" + s + "x" + s + "\u2000")
	}
	for _, s := range []string{"", " \u2026 ", "\u3001", "\u00a0\u0085\u1680\u2028 x \u205f\u202f\u3000\t", "\u200b x \u200b", "\u180e"} {
		check(s)
	}
}

// Every value of a Plan gets its bit in a set of held plans: a valid plan
// its add-on bit (none for Standard), any other badPlan, which TargetFor
// refuses with ErrInvalidPlan.
// Rules D-SEV-3.
func TestEveryPlanValueHasItsBit(t *testing.T) {
	want := map[Plan]uint8{Standard: 0, EnhancedResponse: 1, RapidResponse: 2, EventManagement: 4}
	for v := range 256 {
		p := Plan(v)
		bit, ok := want[p]
		if !ok {
			bit = badPlan
		}
		if addOnBit[p] != bit {
			t.Errorf("addOnBit[%d] = %d, want %d", v, addOnBit[p], bit)
		}
		_, err := TargetFor(Incident{Level: SevB, Opened: time.Date(2026, 5, 12, 10, 0, 0, 0, time.UTC), Plans: []Plan{p}})
		if gotErr := errors.Is(err, ErrInvalidPlan); gotErr == ok || (ok && err != nil) {
			t.Errorf("TargetFor with plan %d alone: %v", v, err)
		}
	}
}

// TargetFor refuses exactly the incidents check refuses, with check's
// error (the first fault in check's order), and otherwise answers with the
// table's target for the incident's level, plans and product: for any
// level value, zero or non-zero opening, any plan values and any product,
// Azure or not.
// Rules PRS-4, D-SEV-3, D-SEV-4.
func TestTargetForRefusesWhatCheckRefuses(t *testing.T) {
	products := append(printedNames(), "", "Azure Virtual Machines", "azure", "Exchange Server", " windows ")
	rapid.Check(t, func(t *rapid.T) {
		inc := Incident{
			Level:   Level(rapid.OneOf(rapid.IntRange(0, 5), rapid.IntRange(0, 255)).Draw(t, "level")),
			Azure:   rapid.Bool().Draw(t, "azure"),
			Product: rapid.SampledFrom(products).Draw(t, "product"),
		}
		if rapid.IntRange(0, 9).Draw(t, "opened") > 0 {
			inc.Opened = time.Date(2026, 5, 12, 10, 0, 0, 0, time.UTC)
		}
		for _, v := range rapid.SliceOfN(rapid.OneOf(rapid.IntRange(1, 4), rapid.IntRange(0, 255)), 0, 4).Draw(t, "plans") {
			inc.Plans = append(inc.Plans, Plan(v))
		}
		got, err := TargetFor(inc)
		want := check(&inc)
		switch {
		case want != nil && (err == nil || err.Error() != want.Error()):
			t.Fatalf("TargetFor(%+v): error %v, check says %v", inc, err, want)
		case want == nil && err != nil:
			t.Fatalf("TargetFor(%+v): error %v, check says nothing", inc, err)
		case want == nil && got != *lookup(&inc, inc.Level):
			t.Fatalf("TargetFor(%+v) = %v, the table says %v", inc, got, *lookup(&inc, inc.Level))
		}
	})
}

// exclusionMask and trimSpace agree with the literal reading (trim with
// strings.TrimSpace, compare with strings.EqualFold) for any text.
// Rules D-SEV-4, AMB-15.
func FuzzExclusionMask(f *testing.F) {
	for _, name := range printedNames() {
		f.Add(name)
	}
	f.Add(" AZURE \u017fTAC\u212a\u3000")
	f.Add("\xe2\x84\xaa\xc5\xbf\xff")
	f.Fuzz(func(t *testing.T, product string) {
		if got, want := exclusionMask(product), literalExclusionMask(product); got != want {
			t.Fatalf("exclusionMask(%q) = %08b, literal reading %08b", product, got, want)
		}
		if got, want := trimSpace(product), strings.TrimSpace(product); got != want {
			t.Fatalf("trimSpace(%q) = %q, want %q", product, got, want)
		}
	})
}

// lowerASCII lowers exactly the bytes 'A' to 'Z' of a word, each to its
// lower case, and leaves every other byte as it is: every byte value at
// every position, among neighbours that are capitals, other letters,
// bytes beside the capitals ('@', '[', '`', '{') and bytes from 0x80 up;
// and for any word.
// Rules D-SEV-4, AMB-15.
func TestLowerASCIILowersExactlyTheCapitals(t *testing.T) {
	lowerBytes := func(x uint64) uint64 {
		var y uint64
		for i := range 8 {
			b := byte(x >> (8 * i))
			if 'A' <= b && b <= 'Z' {
				b += 'a' - 'A'
			}
			y |= uint64(b) << (8 * i)
		}
		return y
	}
	for _, fill := range []byte{'A', 'Z', 'a', 'z', '@', '[', '`', '{', 0x00, 0x7f, 0x80, 0xc1, 0xda, 0xff} {
		for pos := range 8 {
			for v := range 256 {
				x := uint64(fill) * eachByte
				x = x&^(0xff<<(8*pos)) | uint64(v)<<(8*pos)
				if got, want := lowerASCII(x), lowerBytes(x); got != want {
					t.Fatalf("lowerASCII(%#016x) = %#016x, want %#016x", x, got, want)
				}
			}
		}
	}
	rapid.Check(t, func(t *rapid.T) {
		x := rapid.Uint64().Draw(t, "word")
		if got, want := lowerASCII(x), lowerBytes(x); got != want {
			t.Fatalf("lowerASCII(%#016x) = %#016x, want %#016x", x, got, want)
		}
	})
}

// word reads the eight bytes from its index on, the first as the lowest.
// Rules D-SEV-4.
func TestWordReadsEightBytesLowestFirst(t *testing.T) {
	s := "\x01\x02\x03\x04\x05\x06\x07\x08\x09\xfa"
	for i, want := range []uint64{0x0807060504030201, 0x0908070605040302, 0xfa09080706050403} {
		if got := word(s, i); got != want {
			t.Errorf("word(s, %d) = %#016x, want %#016x", i, got, want)
		}
	}
}

// isASCII finds a byte from 0x80 up at any position of texts of every
// length up to three words, and none in ASCII texts.
// Rules D-SEV-4.
func TestIsASCIIFindsAnyHighByte(t *testing.T) {
	for n := range 25 {
		ascii := strings.Repeat("\x7f", n)
		if !isASCII(ascii) {
			t.Errorf("isASCII(%q) = false", ascii)
		}
		for i := range n {
			for _, b := range []byte{0x80, 0xc5, 0xe2, 0xff} {
				s := ascii[:i] + string([]byte{b}) + ascii[i+1:]
				if isASCII(s) {
					t.Errorf("isASCII(%q) = true", s)
				}
			}
		}
	}
}

// azureWordRE is the literal reading of "holds the word Azure": "azure" in
// any case, with no ASCII letter or digit right before or after it.
var azureWordRE = regexp.MustCompile(`(?i)(?:^|[^a-z0-9])azure(?:[^a-z0-9]|$)`)

// hasWordAzure finds the word "azure" at every position of texts of every
// length up to four words, beside every kind of neighbour, and nowhere else:
// what the regular expression finds. Rules D-SEV-4.
func TestHasWordAzureAtEveryPosition(t *testing.T) {
	fills := []string{"x", " ", "7", "\xe2", "\x15", "_", "Q"}
	for n := range 33 {
		for _, fill := range fills {
			for i := 0; i+5 <= n; i++ {
				for _, before := range fills {
					for _, after := range fills {
						b := []byte(strings.Repeat(fill, n))
						copy(b[i:], "aZuRe")
						if i > 0 {
							b[i-1] = before[0]
						}
						if i+5 < n {
							b[i+5] = after[0]
						}
						s := string(b)
						if got, want := hasWordAzure(s), azureWordRE.MatchString(s); got != want {
							t.Fatalf("hasWordAzure(%q) = %t, want %t", s, got, want)
						}
					}
				}
			}
			if s := strings.Repeat(fill, n); hasWordAzure(s) {
				t.Errorf("hasWordAzure(%q) = true", s)
			}
		}
	}
}

// hasWordAzure agrees with the regular expression on random texts made of
// the letters of "azure" in both cases, word and non-word bytes, and an
// Azure name is one that holds the word or is printed on a list.
// Rules D-SEV-4.
func TestHasWordAzureIsTheRegexp(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.StringOfN(rapid.SampledFrom([]rune("azureAZURE Z1_é\x00\x15")), 0, 40, -1).Draw(t, "s")
		want := azureWordRE.MatchString(s)
		if got := hasWordAzure(s); got != want {
			t.Fatalf("hasWordAzure(%q) = %t, want %t", s, got, want)
		}
		// The same pass tells whether s is ASCII, when it is not the word.
		wantScan := azureWord
		switch {
		case want:
		case isASCII(s):
			wantScan = plainASCII
		default:
			wantScan = plainOther
		}
		if got := scanAzure(s); got != wantScan {
			t.Fatalf("scanAzure(%q) = %d, want %d", s, got, wantScan)
		}
		if got := isAzureName(s); got != (want || literalExclusionMask(s) != 0) {
			t.Fatalf("isAzureName(%q) = %t", s, got)
		}
	})
}

// heldOf is the set of add-on plans of a list, with the bit badPlan for
// any invalid entry, whatever the list's length and order: every list of up
// to five plans drawn from the valid plans and one invalid value, against
// the plain loop. Rules D-SEV-3.
func TestHeldOfIsTheSetOfEveryPlan_DSEV3(t *testing.T) {
	values := []Plan{Standard, EnhancedResponse, RapidResponse, EventManagement, Plan(numPlans)}
	var lists func(n int, prefix []Plan)
	checked := 0
	lists = func(n int, prefix []Plan) {
		var want uint8
		for _, p := range prefix {
			if !p.IsValid() {
				want |= badPlan
				continue
			}
			want |= map[Plan]uint8{EnhancedResponse: 1, RapidResponse: 2, EventManagement: 4}[p]
		}
		if got := heldOf(prefix); got != want {
			t.Fatalf("heldOf(%v) = %#x, want %#x", prefix, got, want)
		}
		checked++
		if n == 0 {
			return
		}
		for _, p := range values {
			lists(n-1, append(prefix[:len(prefix):len(prefix)], p))
		}
	}
	lists(5, nil)
	if checked != 3906 { // 1 + 5 + 25 + 125 + 625 + 3125
		t.Fatalf("%d lists checked", checked)
	}
}
