package lang_test

import (
	"testing"

	"github.com/supportrules/unified/contract/catalogue/lang"
	"golang.org/x/text/language"
)

func BenchmarkSupport(b *testing.B) {
	p, err := lang.PolicyOf(lang.BestEffortNone, language.English, language.Chinese, language.Japanese)
	if err != nil {
		b.Fatal(err)
	}
	ko := language.MustParse("ko-KR")
	b.ReportAllocs()
	for b.Loop() {
		_ = p.Support(ko)
	}
}

func BenchmarkPolicyOf(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := lang.PolicyOf(lang.BestEffortContactLanguage, language.English); err != nil {
			b.Fatal(err)
		}
	}
}
