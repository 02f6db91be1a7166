package multicountry_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/supportrules/unified/multicountry"
)

func BenchmarkExchange(b *testing.B) {
	seoul := multicountry.Location{Name: "Seoul", Country: "KR", Host: true, Currency: "KRW", CreditPrice: decimal.RequireFromString("1300000")}
	ny := multicountry.Location{Name: "New York", Country: "US", Currency: "USD", CreditPrice: decimal.RequireFromString("950.00")}
	fx := decimal.RequireFromString("0.00072")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := multicountry.Exchange(120, seoul, ny, fx); err != nil {
			b.Fatal(err)
		}
	}
}
