package rule_test

import (
	"encoding/json"
	"testing"

	"github.com/supportrules/unified/contract/rule"
)

func BenchmarkCite(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = rule.Cite("SEV-STD-13", "D-SEV-1", "SEV-STD-21")
	}
}

func BenchmarkWith(b *testing.B) {
	s := rule.Cite("SEV-STD-13", "D-SEV-1")
	b.ReportAllocs()
	for b.Loop() {
		_ = s.With("SEV-STD-21")
	}
}

func BenchmarkWithPastInline(b *testing.B) {
	s := rule.Cite("AED-1", "AED-2", "AED-3", "AED-4", "AED-5", "AED-6", "AED-7", "AED-8")
	b.ReportAllocs()
	for b.Loop() {
		_ = s.With("AED-9")
	}
}

func BenchmarkJoin(b *testing.B) {
	s, t := rule.Cite("SEV-STD-13", "D-SEV-1"), rule.Cite("D-SEV-5", "AMB-17")
	b.ReportAllocs()
	for b.Loop() {
		_ = t.Join(s)
	}
}

func BenchmarkHas(b *testing.B) {
	s := rule.Cite("SEV-STD-13", "D-SEV-1", "SEV-STD-21", "D-SEV-3")
	b.ReportAllocs()
	for b.Loop() {
		_ = s.Has("D-SEV-3")
	}
}

// BenchmarkCopyPrecomputed is what a result pays for a Set built once at
// initialisation: a copy.
func BenchmarkCopyPrecomputed(b *testing.B) {
	pre := rule.Cite("SEV-UER-4", "SEV-UER-5", "SEV-UER-6", "UER-6", "UER-7", "UER-8", "SAM-4", "PRS-2", "D-SEV-1", "D-SEV-3")
	b.ReportAllocs()
	for b.Loop() {
		_ = pre
	}
}

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_, _ = rule.Parse("SEV-STD-13")
	}
}

func BenchmarkLookup(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_, _ = rule.Lookup("D-CANCEL")
	}
}

func BenchmarkExplain(b *testing.B) {
	s := rule.Cite("CANCEL-2", "D-CANCEL", "AMB-9")
	b.ReportAllocs()
	for b.Loop() {
		_ = s.Explain()
	}
}

func BenchmarkMarshalJSON(b *testing.B) {
	s := rule.Cite("CANCEL-2", "D-CANCEL", "AMB-9")
	b.ReportAllocs()
	for b.Loop() {
		_, _ = json.Marshal(s)
	}
}

func BenchmarkUnmarshalJSON(b *testing.B) {
	in := []byte(`["CANCEL-2","D-CANCEL","AMB-9"]`)
	b.ReportAllocs()
	for b.Loop() {
		var s rule.Set
		_ = s.UnmarshalJSON(in)
	}
}
