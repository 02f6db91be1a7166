package money_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/contract/money"
)

var benchAmounts = []struct {
	name string
	a, b money.Amount
}{
	{"cents", money.MustParse("1234.56 USD"), money.MustParse("78.9 USD")},
	{"won", money.MustParse("12345000 KRW"), money.MustParse("6172 KRW")},
	{"decimalForm", money.MustParse("123456789.123456789123 USD"), money.MustParse("0.000000000000000001 USD")},
}

func BenchmarkAdd(b *testing.B) {
	for _, tt := range benchAmounts {
		b.Run(tt.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _ = tt.a.Add(tt.b)
			}
		})
	}
}

func BenchmarkCmp(b *testing.B) {
	for _, tt := range benchAmounts {
		b.Run(tt.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _ = tt.a.Cmp(tt.b)
			}
		})
	}
}

func BenchmarkMul(b *testing.B) {
	half := decimal.New(5, -1)
	for _, tt := range benchAmounts {
		b.Run(tt.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _ = tt.a.Mul(half)
			}
		})
	}
}

func BenchmarkRoundToMinor(b *testing.B) {
	a := money.MustParse("6172.5 KRW")
	b.ReportAllocs()
	for b.Loop() {
		_ = a.RoundToMinor()
	}
}

func BenchmarkRatioHalfUp(b *testing.B) {
	for _, tt := range benchAmounts {
		b.Run(tt.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _ = tt.a.RatioHalfUp(tt.b, 0)
			}
		})
	}
}

func BenchmarkParse(b *testing.B) {
	for _, s := range []string{"12.50 USD", "999999999999999999.999999999999999999 USD"} {
		b.Run(s[:5], func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _ = money.Parse(s)
			}
		})
	}
}

// BenchmarkParseMegabyte: a megabyte of digits is refused by its length.
func BenchmarkParseMegabyte(b *testing.B) {
	huge := strings.Repeat("9", 1<<20)
	b.ReportAllocs()
	for b.Loop() {
		_, _ = money.ParseDecimal(huge)
	}
}

func BenchmarkJSON(b *testing.B) {
	a := money.MustParse("12.50 USD")
	j, _ := json.Marshal(a)
	b.Run("marshal", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_, _ = a.MarshalJSON()
		}
	})
	b.Run("unmarshal", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var x money.Amount
			_ = x.UnmarshalJSON(j)
		}
	})
}
