package lang_test

import (
	"fmt"

	"github.com/supportrules/unified/contract/catalogue/lang"
	"golang.org/x/text/language"
)

// Rapid Response is delivered in English and Japanese only (RR-9); a
// Korean speaker is not offered it in Korean, a Japanese speaker in Japan
// is.
func ExamplePolicy_Support() {
	rr, err := lang.PolicyOf(lang.BestEffortNone, language.English, language.Japanese)
	if err != nil {
		panic(err)
	}
	for _, t := range []string{"ja-JP", "ko-KR"} {
		fmt.Println(rr, t, rr.Support(language.MustParse(t)))
	}
	// Output:
	// en,ja ja-JP guaranteed
	// en,ja ko-KR not-offered
}
