package enhanced_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"time"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract"
	"pgregory.net/rapid"
)

func d(s string) calendar.Date { return calendar.MustParseDate(s) }

func term(a, b string) contract.Term { return contract.Term{Start: d(a), End: d(b)} }

// sampleJSON is the sample Work Order of Contoso Korea, the one fixture
// that package contract's tests and this package's share
// (contract/testdata/contoso.json): host Seoul, downstream Tokyo, term
// 2026-01-01..2028-12-31, valid. Its purchases, in order: UER (Seoul),
// Rapid Response (Seoul), AED from 2026-03-01 (Seoul), 400 hours of EDE
// (Seoul), Developer Support (Tokyo), Workshops (Tokyo), AEM (Seoul).
var sampleJSON = func() []byte {
	b, err := os.ReadFile(filepath.Join("..", "testdata", "contoso.json"))
	if err != nil {
		panic(err)
	}
	return b
}()

// contoso returns a fresh copy of the sample Work Order, for a test to
// change.
func contoso() contract.WorkOrder {
	var w contract.WorkOrder
	if err := json.Unmarshal(sampleJSON, &w); err != nil {
		panic(err)
	}
	return w
}

// genDate draws a valid date from 2020 to 2040.
func genDate(t *rapid.T, label string) calendar.Date {
	base := calendar.Date{Year: 2020, Month: time.January, Day: 1}
	return base.AddDays(rapid.IntRange(0, 21*365).Draw(t, label))
}

func later(a, b calendar.Date) calendar.Date {
	if a.After(b) {
		return a
	}
	return b
}
