package success_test

import (
	"testing"

	"github.com/supportrules/unified/contract/catalogue/success"
)

func BenchmarkActivities(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for a := range success.Activities() {
			n += len(a.KoreanName())
		}
		if n == 0 {
			b.Fatal("no activities")
		}
	}
}

func BenchmarkParseActivity(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := success.ParseActivity("Lifecycle-Management-Services"); err != nil {
			b.Fatal(err)
		}
	}
}
