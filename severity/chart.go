package severity

import (
	"time"

	"github.com/supportrules/unified/contract/rule"
)

// A cell is the first-call-response part of one chart row.
type cell struct {
	azure, other time.Duration // first call response per column; 0: the chart has no such column
	business     bool          // counted in business hours (D-SEV-1)
	missing      bool          // the chart has no such row: fall back to Standard (D-SEV-2)
	notFromSeed  bool          // the figure is not in the seed (D-SEV-2: Rapid Response A)
	azureRule    rule.ID       // the rule of the Azure column (or of the whole row)
	otherRule    rule.ID       // the rule of the other-products column
	extra        rule.ID       // a further rule that every target of this row cites
}

const (
	min15 = 15 * time.Minute
	min30 = 30 * time.Minute
	hour1 = time.Hour
	hour2 = 2 * time.Hour
	hour4 = 4 * time.Hour
)

// charts holds the first-call-response cells of Appendix A, indexed by
// plan and level. It is never written after initialisation.
//
// Rules SEV-STD-2, SEV-STD-3, SEV-STD-9, SEV-STD-13, SEV-STD-16, SEV-UER-2,
// SEV-UER-3, SEV-UER-9, SEV-UER-15, SEV-RR-2, SEV-RR-8, SEV-AEM-3,
// SEV-AEM-8, D-SEV-1, D-SEV-2.
var charts = [numPlans][numLevels]cell{
	Standard: {
		Sev1: {azure: min15, other: hour1, azureRule: "SEV-STD-2", otherRule: "SEV-STD-3"},
		SevA: {azure: hour1, other: hour1, azureRule: "SEV-STD-9", otherRule: "SEV-STD-9"},
		SevB: {azure: hour2, other: hour2, business: true, azureRule: "SEV-STD-13", otherRule: "SEV-STD-13"},
		SevC: {azure: hour4, other: hour4, business: true, azureRule: "SEV-STD-16", otherRule: "SEV-STD-16"},
	},
	EnhancedResponse: {
		Sev1: {azure: min15, other: min30, azureRule: "SEV-UER-2", otherRule: "SEV-UER-3", extra: "UER-6"},
		SevA: {azure: min30, other: min30, azureRule: "SEV-UER-9", otherRule: "SEV-UER-9", extra: "UER-6"},
		SevB: {missing: true, extra: "SEV-UER-15"},
		SevC: {missing: true, extra: "SEV-UER-15"},
	},
	RapidResponse: {
		Sev1: {azure: min15, azureRule: "SEV-RR-2", extra: "RR-6"},
		// Cut off in the seed; 15 minutes is Microsoft's published figure (D-SEV-2).
		SevA: {azure: min15, notFromSeed: true, azureRule: "SEV-RR-8", extra: "RR-6"},
		SevB: {missing: true, extra: "SEV-RR-8"},
		SevC: {missing: true, extra: "SEV-RR-8"},
	},
	EventManagement: {
		Sev1: {azure: min15, azureRule: "SEV-AEM-3", extra: "SEV-AEM-1"},
		SevA: {missing: true, extra: "SEV-AEM-8"}, // engineers engaged, no time stated
		SevB: {missing: true, extra: "SEV-AEM-8"},
		SevC: {missing: true, extra: "SEV-AEM-8"},
	},
}

// exclusionRule is the footnote or clause that prints plan p's list.
var exclusionRule = [numPlans]rule.ID{
	Standard:         "SEV-STD-18",
	EnhancedResponse: "SEV-UER-12",
	RapidResponse:    "RR-7",
}

// choice is a target before its rules are attached: what TargetFor
// compares, small enough to copy freely.
type choice struct {
	within   time.Duration
	plan     Plan
	class    ProductClass
	business bool
	fallback bool
	excluded bool
	guess    bool // not from the seed
}

// evaluate returns plan p's target for a level and product, and false when
// p's chart does not cover the product: the slow, literal reading of the
// charts, from which [targets] is built and against which a test checks
// [columnOf].
func evaluate(p Plan, l Level, azure bool, pl listMask) (choice, bool) {
	ch := choice{plan: p}
	switch p {
	case RapidResponse:
		if !azure || pl.has(p) {
			return choice{}, false // RR-2, RR-7, D-SEV-4
		}
	case EventManagement:
		if !azure {
			return choice{}, false // AEM-17, D-SEV-4
		}
	}
	c := &charts[p][l]
	if c.missing {
		c = &charts[Standard][l]
		ch.fallback = true
	}
	ch.business = c.business
	ch.guess = c.notFromSeed
	switch {
	case c.azure == c.other:
		ch.within, ch.class = c.azure, AnyProduct
	case azure && !pl.has(p): // a fallback row never splits products, so the list is p's own
		// Also every Azure-only row (Rapid Response and AEM severity 1,
		// whose other column is empty): those charts cover no product
		// that is not Azure (returned above), and Rapid Response none on
		// its list; AEM prints no list.
		ch.within, ch.class = c.azure, AzureComponents
	default:
		ch.within, ch.class = c.other, OtherProducts
		ch.excluded = azure
	}
	return ch, true
}

// rulesFor returns the rules that decide a choice. Results look them up in
// the precomputed table [targets]; this slow builder fills it.
func rulesFor(l Level, ch choice, multi bool) rule.Set {
	var r rule.Set
	own := &charts[ch.plan][l]
	row := own
	if ch.fallback {
		row = &charts[Standard][l]
		r = r.With(own.extra, "D-SEV-2")
	}
	if ch.class == OtherProducts {
		r = r.With(row.otherRule)
	} else {
		r = r.With(row.azureRule)
	}
	if !ch.fallback {
		r = r.With(own.extra)
	}
	if ch.guess {
		r = r.With("D-SEV-2")
	}
	if ch.excluded {
		r = r.With(exclusionRule[ch.plan], "D-SEV-4") // only split rows exclude, and none is a fallback
	}
	r = r.With("D-SEV-1")
	if ch.business {
		r = r.With("SEV-STD-21")
	}
	if multi {
		r = r.With("D-SEV-3")
	}
	return r
}

// A column is how a chart sees an incident's product.
type column uint8

const (
	colNone     column = iota // the chart does not cover the product
	colAzure                  // an Azure component that the chart's list does not print
	colOther                  // not an Azure component
	colExcluded               // an Azure component on the chart's list, moved to "all other products"
	numColumns
)

// columnOf returns how plan p's chart sees the product at level l, given
// the exclusion lists pl that print it. It does not allocate.
func columnOf(p Plan, l Level, azure bool, pl listMask) column {
	switch {
	case !azure && (p == RapidResponse || p == EventManagement):
		return colNone // Azure only: RR-2, AEM-17, D-SEV-4
	case !azure:
		return colOther
	case p == RapidResponse && pl.has(p):
		return colNone // RR-7: Rapid Response does not cover it
	case pl.has(p):
		return colExcluded // SEV-STD-18, SEV-UER-12; the same target as colAzure where a row does not split products
	}
	return colAzure
}

// targets holds every target a chart can give, with and without D-SEV-3
// (several plans held), so that TargetFor copies one value and builds
// nothing. It is never written after initialisation.
var targets = buildTargets()

// A targetPair is one chart cell's target for an incident holding Standard
// alone (one) and holding add-on plans (many: D-SEV-3 cited).
type targetPair struct{ one, many Target }

func buildTargets() *[numPlans][numLevels][numColumns]targetPair {
	var t [numPlans][numLevels][numColumns]targetPair
	for p := Standard; p <= EventManagement; p++ {
		for l := Sev1; l <= SevC; l++ {
			for c := colAzure; c < numColumns; c++ {
				var pl listMask // on no list
				if c == colExcluded {
					pl = 0xff // on every list
				}
				ch, ok := evaluate(p, l, c != colOther, pl)
				if !ok {
					continue
				}
				t[p][l][c] = targetPair{one: ch.target(l, false), many: ch.target(l, true)}
			}
		}
	}
	return &t
}

func (ch choice) target(l Level, multi bool) Target {
	return Target{
		Level:         l,
		Within:        ch.within,
		BusinessHours: ch.business,
		Plan:          ch.plan,
		Class:         ch.class,
		Fallback:      ch.fallback,
		NotFromSeed:   ch.guess,
		Rules:         rulesFor(l, ch, multi),
	}
}
