package contract

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/currency"

	"github.com/supportrules/unified/calendar"
	"github.com/supportrules/unified/contract/catalogue"
	"github.com/supportrules/unified/contract/money"
	"github.com/supportrules/unified/contract/rule"
)

// Sentinel errors of Work Order validation. Each [Violation] unwraps to one
// of these (or to [catalogue.ErrUnknownService], [catalogue.ErrInvalidUnit],
// [ErrInvalidTerm], [ErrInvalidLocation], [ErrDuplicateLocation],
// [ErrUnknownLocation], [ErrNoHost], [ErrLateRequest], or package money's
// [money.ErrNegative] and [money.ErrCurrency]).
var (
	// ErrNoStatedMaximum reports a "+1" service bought without the maximum
	// the Work Order must state (MARK-3, D-MARK).
	ErrNoStatedMaximum = errors.New("contract: no stated maximum")
	// ErrAboveMaximum reports a "+1" service bought above its stated
	// maximum (MARK-3, DEV-1).
	ErrAboveMaximum = errors.New("contract: above the stated maximum")
	// ErrNegativeQuantity reports a negative quantity or maximum (MC-8).
	ErrNegativeQuantity = errors.New("contract: negative quantity")
	// ErrNoUnifiedContract reports a service that needs an active Unified
	// Support contract bought without one (DE-2, EDE-8, REDE-13, SFMC-4,
	// UER-4, MSCIR-3, AED-39).
	ErrNoUnifiedContract = errors.New("contract: no active Unified contract")
	// ErrNoRapidResponse reports AED bought without an active Azure Rapid
	// Response contract (AED-39, D-TERM-3).
	ErrNoRapidResponse = errors.New("contract: no active Rapid Response")
	// ErrOutlivesParent reports a dependent service ending after the
	// contract it depends on, or a part after the service it belongs to
	// (D-TERM-3).
	ErrOutlivesParent = errors.New("contract: dependent service ends after its parent")
	// ErrOutsideTerm reports a purchase dated outside the Work Order term
	// (BUY-7, BUY-8, TERM-7).
	ErrOutsideTerm = errors.New("contract: outside the Work Order term")
	// ErrSingleLocation reports DE or EDE bought for more than one support
	// location (DE-5, EDE-11).
	ErrSingleLocation = errors.New("contract: single support location only")
	// ErrLocationRequired reports a purchase or contact that names no
	// location in a Work Order with several (MC-4, EDE-7).
	ErrLocationRequired = errors.New("contract: support location required")
	// ErrNotMultiCountry reports several locations, or a downstream one, in
	// a Work Order that does not specify multi-country support (BUY-9).
	ErrNotMultiCountry = errors.New("contract: multi-country support not specified")
	// ErrCloudNotEligible reports AEM bought for an Azure Government or
	// sovereign cloud environment (AEM-17, AEM-18).
	ErrCloudNotEligible = errors.New("contract: cloud environment not eligible")
	// ErrNotExtendedCustomer reports an AED extended capability for a
	// customer that is not an Extended Capabilities Customer (AED-27,
	// D-AED-1).
	ErrNotExtendedCustomer = errors.New("contract: not an Extended Capabilities Customer")
	// ErrPartWithoutWhole reports a component or capability bought without
	// the service it belongs to, or starting when no purchase of that
	// service is active (D-TERM-3).
	ErrPartWithoutWhole = errors.New("contract: part bought without its service")
	// ErrUnnecessaryPurchase reports a purchase the Work Order does not need
	// (a warning): UER for a downstream location (D-UER), a service the
	// Base Package already includes (MARK-1).
	ErrUnnecessaryPurchase = errors.New("contract: unnecessary purchase")
	// ErrNoSupportServicesManager reports a Work Order naming no Support
	// Services Manager, or none for the host (RESP-1, RESP-2).
	ErrNoSupportServicesManager = errors.New("contract: no Support Services Manager")
	// ErrInvalidContact reports a contact without a name or a valid role.
	ErrInvalidContact = errors.New("contract: invalid contact")
	// ErrCreditsMismatch reports a Work Order whose stated number of
	// Proactive Credits disagrees with the credits its purchase lines buy
	// (CRED-1, FLEX-1).
	ErrCreditsMismatch = errors.New("contract: Proactive Credits stated inconsistently")
)

// Validate reports whether w breaks any rule of the document that a Work
// Order can be checked against. It returns nil when [WorkOrder.Violations]
// finds no violation of [GradeError], and otherwise the errors.Join of
// all of them, in the order of the Work Order's fields; warnings are only
// in Violations. Each joined error is a [Violation] naming the field and
// the rules, so errors.Is(err, contract.ErrAboveMaximum) and errors.As
// work on the result.
//
// Rules DOC-1, BUY-5, BUY-7, BUY-9, MARK-3, D-MARK, DEV-1, DE-2, DE-5,
// EDE-7, EDE-8, EDE-11, REDE-13, SFMC-4, UER-4, UER-23, MSCIR-3, AED-27,
// AED-39, AEM-17, AEM-18, MC-2, MC-4, MC-8, RESP-1, RESP-2, RESP-14,
// CRED-1, FLEX-1, D-TERM-1, D-TERM-3, D-UER, D-AED-1 (§2.1–§2.7).
func (w WorkOrder) Validate(opts ...ValidateOption) error {
	vs := w.Violations(opts...)
	var errs []error
	for _, v := range vs {
		if v.Grade == GradeError {
			errs = append(errs, v)
		}
	}
	return errors.Join(errs...)
}

// Violations returns every violation of w, errors and warnings, in the
// order of w's fields: term, Unified contract, locations, purchases,
// amounts, contacts. It returns nil for a Work Order without any.
//
// The checks:
//   - Term and Unified: zero, non-existent or reversed dates (TERM-7).
//   - Locations: at least one; each valid ([Location.Validate]); unique
//     names; more than one, or a downstream one, only when MultiCountry
//     (BUY-9); exactly one host when MultiCountry (MC-2).
//   - Purchases: a known service (DOC-1, BUY-5); a quantity and maximum
//     not negative (MC-8); a unit the service is sold in, when stated; a
//     stated maximum for "+1" services, not exceeded by the quantities of
//     all the service's lines together (MARK-3, D-MARK, DEV-1); dates
//     inside the Work Order term (BUY-7, BUY-8, TERM-7); a listed
//     location, named whenever there are several (MC-4, EDE-7); DE and EDE
//     for one location only (DE-5, EDE-11); an active Unified contract for
//     DE, EDE, REDE, SfMC, UER, MSCIR and AED, and Azure Rapid Response for
//     AED, not outlived (DE-2, EDE-8, REDE-13, SFMC-4, UER-4, MSCIR-3,
//     AED-39, D-TERM-3), Rapid Response lines that overlap or follow each
//     other without a gap counting as one; the dates a part states within
//     those of its service (D-TERM-3); no AEM for government or sovereign
//     clouds (AEM-17, AEM-18);
//     extended AED capabilities only for Extended Capabilities Customers
//     (AED-27, D-AED-1); UER for a downstream location is a warning
//     (UER-23, D-UER); buying a ✓ service is a warning (MARK-1); a
//     proactive service or enhanced solution requested less than 60 days
//     before the Work Order expires (RESP-14, D-TERM-1).
//   - Amounts: Flex Allowance and Assessed Product Spend in USD and not
//     negative (FLEX-1, D-FLEX-1, AED-5); Proactive Credits not negative,
//     and the number stated equal to what the lines of Proactive Credits
//     buy (CRED-1, FLEX-1).
//   - Contacts: a Support Services Manager, one for the host when
//     MultiCountry (RESP-1, RESP-2); listed locations.
func (w WorkOrder) Violations(opts ...ValidateOption) []Violation {
	c := checker{config: newConfig(opts)}
	c.index(w)
	c.term("Term", w.Term, false)
	c.term("Unified", w.Unified, true)
	c.locations(w)
	for i := range w.Purchases {
		c.purchase(w, i)
	}
	c.usd("FlexAllowance", w.FlexAllowance, rule.Cite("FLEX-1", "FLEX-3", "D-FLEX-1"))
	if w.ProactiveCredits < 0 {
		c.add(GradeError, field("ProactiveCredits"), money.ErrNegative, rule.Cite("CRED-1"),
			"%d credits", w.ProactiveCredits)
	}
	c.proactiveCredits(w)
	c.usd("AssessedProductSpend", w.AssessedProductSpend, rule.Cite("AED-4", "AED-5", "D-AED-1"))
	c.contacts(w)
	return c.vs
}

// checker accumulates violations. It allocates only when it finds one,
// and keeps what it needs to look up so that validation stays linear in
// the size of the Work Order, however large.
type checker struct {
	config
	vs        []Violation
	purchased [catalogue.NumServiceIDs + 1]bool   // services bought
	first     [catalogue.NumServiceIDs + 1]int    // 1 + index of the first purchase of each service
	byName    map[string]int                      // location name → index, for Work Orders with many locations
	zones     map[string]bool                     // time zone name → loads, for Work Orders with several locations
	bought    [catalogue.NumServiceIDs + 1]uint64 // quantity of each "+1" service bought so far (addQuantity)
	// hostBought records the services bought for the host location.
	hostBought [catalogue.NumServiceIDs + 1]bool
	credits    uint64 // the credits the lines of Proactive Credits buy (addQuantity)
	creditsN   int    // the number of those lines
	rrs        []Term // Rapid Response periods, merged, when the Work Order buys any
}

// addQuantity adds a line's quantity to a running total; a negative
// quantity is reported, not subtracted. The total saturates at the largest
// uint64, above every int, so however many hostile lines there are, it
// compares with any stated number exactly.
func addQuantity(total uint64, q int64) uint64 {
	sum, carry := bits.Add64(total, uint64(max(q, 0)), 0)
	if carry != 0 {
		return math.MaxUint64
	}
	return sum
}

// manyLocations is where a map beats a linear scan of the locations.
const manyLocations = 8

// index records the purchases and locations of w.
func (c *checker) index(w WorkOrder) {
	for i, p := range w.Purchases {
		if p.Service == catalogue.ProactiveCredits {
			c.creditsN++
			c.credits = addQuantity(c.credits, int64(p.Quantity))
		}
		if p.Service.IsValid() {
			c.purchased[p.Service] = true
			if c.first[p.Service] == 0 {
				c.first[p.Service] = i + 1
			}
		}
	}
	if c.purchased[catalogue.RapidResponse] {
		c.rrs = w.periodsOf(catalogue.RapidResponse)
	}
	if len(w.Locations) > manyLocations {
		c.byName = make(map[string]int, len(w.Locations))
		for i := len(w.Locations) - 1; i >= 0; i-- {
			c.byName[w.Locations[i].Name] = i
		}
	}
	if len(w.Locations) > 1 {
		c.zones = make(map[string]bool, len(w.Locations))
	}
	if host, ok := w.Host(); ok {
		for _, p := range w.Purchases {
			if l, ok := c.purchaseLocation(w, p); ok && l.Name == host.Name && p.Service.IsValid() {
				c.hostBought[p.Service] = true
			}
		}
	}
}

// locationIndex returns the index of the first location of w named name,
// or -1.
func (c *checker) locationIndex(w WorkOrder, name string) int {
	if c.byName != nil {
		if i, ok := c.byName[name]; ok {
			return i
		}
		return -1
	}
	for i := range w.Locations {
		if w.Locations[i].Name == name {
			return i
		}
	}
	return -1
}

// location returns the first location of w named name.
func (c *checker) location(w WorkOrder, name string) (Location, bool) {
	if i := c.locationIndex(w, name); i >= 0 {
		return w.Locations[i], true
	}
	return Location{}, false
}

// purchaseLocation is [WorkOrder.PurchaseLocation] through c's index.
func (c *checker) purchaseLocation(w WorkOrder, p Purchase) (Location, bool) {
	if p.Location == "" {
		if len(w.Locations) == 1 {
			return w.Locations[0], true
		}
		return Location{}, false
	}
	return c.location(w, p.Location)
}

func (c *checker) add(grade Grade, field path, err error, rules rule.Set, format string, args ...any) {
	c.vs = append(c.vs, Violation{Grade: grade, Rules: rules, Field: field.String(), Err: err, Detail: fmt.Sprintf(format, args...)})
}

// A path names a field of the Work Order, such as purchases[3].maximum. It
// is turned into a string only when a violation is reported, so that a
// valid Work Order costs no allocation per line.
type path struct {
	list string // "Purchases", or a top-level field such as "Term"
	i    int    // the index in list, or -1
	sub  string // "Maximum", or ""
}

func field(name string) path        { return path{list: name, i: -1} }
func index(list string, i int) path { return path{list: list, i: i} }
func (p path) dot(name string) path { p.sub = name; return p }

// String returns the path in the Work Order's JSON names, which are its Go
// field names with the first letter lowered: "purchases[3].maximum".
func (p path) String() string {
	s := jsonName(p.list)
	if p.i >= 0 {
		s += "[" + strconv.Itoa(p.i) + "]"
	}
	if p.sub != "" {
		s += "." + jsonName(p.sub)
	}
	return s
}

// jsonName lowers the first letter of each dot-separated part of a Go
// field path ("Term.End" → "term.end"), the package's JSON convention.
func jsonName(goPath string) string {
	b := []byte(goPath)
	for i := range b {
		if (i == 0 || b[i-1] == '.') && 'A' <= b[i] && b[i] <= 'Z' {
			b[i] += 'a' - 'A'
		}
	}
	return string(b)
}

func (c *checker) term(name string, t Term, optional bool) {
	if optional && t.IsZero() {
		return
	}
	if err := t.Validate(); err != nil {
		c.add(GradeError, field(name), ErrInvalidTerm, rule.Cite("TERM-7", "D-DAYS"), "%v", trimPrefix(err))
	}
}

// trimPrefix drops the "contract: " of a wrapped error, which the
// violation's own message repeats.
func trimPrefix(err error) string { return strings.TrimPrefix(err.Error(), "contract: ") }

// proactiveCredits checks that the two statements of Proactive Credits agree: the
// number w states and the quantities of its lines of
// [catalogue.ProactiveCredits], the credits bought with the Flex Allowance
// or on their own (CRED-1, FLEX-1). A Work Order that states only one of
// them has nothing to compare.
//
// Interpretation: the document shows Proactive Credits in the Work Order
// as credits (CRED-1) and a line of them is what the Flex allocation to
// Proactive Credits buys (FLEX-1 (c)); RULES.md is silent on a Work Order
// stating both, so when it does, the two must be the same number.
func (c *checker) proactiveCredits(w WorkOrder) {
	if c.creditsN == 0 || w.ProactiveCredits <= 0 {
		return
	}
	if c.credits != uint64(w.ProactiveCredits) { // > 0
		c.add(GradeError, field("ProactiveCredits"), ErrCreditsMismatch, rule.Cite("CRED-1", "FLEX-1"),
			"the Work Order states %d Proactive Credits; its %d line(s) of %v buy %d",
			w.ProactiveCredits, c.creditsN, catalogue.ProactiveCredits, c.credits)
	}
}

// usd checks an amount the document states in US dollars: in USD (or the
// zero Amount) and not negative.
func (c *checker) usd(name string, a money.Amount, rules rule.Set) {
	switch {
	case a.Currency() != (currency.Unit{}) && a.Currency() != currency.USD:
		c.add(GradeError, field(name), money.ErrCurrency, rules, "%v is not in USD", a)
	case a.Sign() < 0:
		c.add(GradeError, field(name), money.ErrNegative, rules, "%v is negative", a)
	}
}

func (c *checker) locations(w WorkOrder) {
	if len(w.Locations) == 0 {
		c.add(GradeError, field("Locations"), ErrInvalidLocation, rule.Cite("MC-1", "TERM-1"), "no support location")
		return
	}
	hosts := 0
	for i, l := range w.Locations {
		field := index("Locations", i)
		c.vs = append(c.vs, c.locationViolations(l, field.String())...)
		if j := c.locationIndex(w, l.Name); l.Name != "" && j != i {
			c.add(GradeError, field.dot("Name"), ErrDuplicateLocation, rule.Cite("MC-1", "MC-4"),
				"%q is also Locations[%d]", l.Name, j)
		}
		if l.Role == Host {
			hosts++
		}
		if !w.MultiCountry && l.Role == Downstream {
			c.add(GradeError, field.dot("Role"), ErrNotMultiCountry, rule.Cite("BUY-9", "MC-3"),
				"%q is downstream but the Work Order does not specify multi-country support", l.Name)
		}
	}
	switch {
	case !w.MultiCountry && len(w.Locations) > 1:
		c.add(GradeError, field("Locations"), ErrNotMultiCountry, rule.Cite("BUY-9", "MC-1"),
			"%d locations but the Work Order does not specify multi-country support", len(w.Locations))
	case w.MultiCountry && hosts != 1:
		c.add(GradeError, field("Locations"), ErrNoHost, rule.Cite("MC-2", "BUY-9"),
			"multi-country support needs exactly one host location, found %d", hosts)
	}
}

// boughtWith returns the service that svc is a part of and is bought
// with, and true, when svc is such a part: one whose catalogue
// [catalogue.Service.Dependence] is [catalogue.DependenceParent], such as
// UER's Enhanced Incident Management and AED's capabilities, which come
// with their service and end with it (D-TERM-3). Developer Services'
// sub-services are sold on their own, two of them in hours, under one "+"
// marking (OPT-2, OPT-3, OPT-4): the catalogue gives them no dependence,
// so boughtWith reports false for them.
func boughtWith(svc catalogue.Service) (catalogue.ServiceID, bool) {
	parent, part := svc.Parent()
	return parent, part && svc.Dependence() == catalogue.DependenceParent
}

func (c *checker) purchase(w WorkOrder, i int) {
	p := w.Purchases[i]
	field := index("Purchases", i)
	id := p.Service
	// An unknown service is reported, and so is what is wrong with the
	// line whatever the service: quantity, maximum, dates, location. The
	// checks that need the catalogue entry are skipped for it.
	svc, known := catalogue.Lookup(id)
	if !known {
		c.add(GradeError, field.dot("Service"), catalogue.ErrUnknownService, rule.Cite("DOC-1", "BUY-5"),
			"%v is not a catalogue service", id)
	}
	if p.Quantity < 0 {
		c.add(GradeError, field.dot("Quantity"), ErrNegativeQuantity, rule.Cite("MC-8", "MC-4"),
			"%v: quantity %d", id, p.Quantity)
	}
	switch {
	case !known:
	case !p.Unit.IsValid():
		c.add(GradeError, field.dot("Unit"), catalogue.ErrInvalidUnit, rule.Cite("MC-8"), "%v: unit %v", id, p.Unit)
	case p.Unit != catalogue.UnitService && !slices.Contains(svc.Units(), p.Unit):
		// The zero Unit leaves the unit unstated; a stated one must be one
		// the catalogue sells the service in.
		c.add(GradeError, field.dot("Unit"), catalogue.ErrInvalidUnit, svc.Rules(catalogue.FactUnits).With("MC-8"),
			"%v is not sold in %v (%v)", id, p.Unit, svc.Units())
	}
	if known {
		c.marking(w, p, svc, field)
	} else if p.Maximum < 0 {
		c.add(GradeError, field.dot("Maximum"), ErrNegativeQuantity, rule.Cite("MARK-3", "MC-8"),
			"%v: maximum %d", id, p.Maximum)
	}

	// Dates: the add-on's own, inside the Work Order term.
	own := p.Term(w.Term)
	datesOK := true
	if p.Start != (calendar.Date{}) && !p.Start.IsValid() {
		c.add(GradeError, field.dot("Start"), ErrInvalidTerm, rule.Cite("BUY-7", "D-DAYS"), "%v: start %v is not a date", id, p.Start)
		datesOK = false
	}
	if p.End != (calendar.Date{}) && !p.End.IsValid() {
		c.add(GradeError, field.dot("End"), ErrInvalidTerm, rule.Cite("BUY-7", "D-DAYS"), "%v: end %v is not a date", id, p.End)
		datesOK = false
	}
	if datesOK && w.Term.IsValid() {
		switch {
		case own.End.Before(own.Start) && p.Start != (calendar.Date{}) && p.End != (calendar.Date{}):
			c.add(GradeError, field.dot("End"), ErrInvalidTerm, rule.Cite("BUY-7", "D-DAYS"),
				"%v: end %v is before start %v", id, own.End, own.Start)
			datesOK = false
		case own.End.Before(own.Start):
			// One date stated, outside the term, and the other defaulting
			// to the term's: the stated one is the mistake.
			f, d := "Start", p.Start
			if p.Start == (calendar.Date{}) {
				f, d = "End", p.End
			}
			c.add(GradeError, field.dot(f), ErrOutsideTerm, rule.Cite("BUY-7", "BUY-8", "TERM-7"),
				"%v: %s %v is not within the Work Order term %v", id, strings.ToLower(f), d, w.Term)
			datesOK = false
		case !w.Term.Covers(own):
			c.add(GradeError, field, ErrOutsideTerm, rule.Cite("BUY-7", "BUY-8", "TERM-7"),
				"%v: %v is not within the Work Order term %v", id, own, w.Term)
		}
	} else {
		datesOK = false
	}

	// Location (MC-4), single location for DE and EDE (DE-5, EDE-11).
	loc, hasLoc := c.purchaseLocation(w, p)
	switch {
	case p.Location != "" && !hasLoc:
		c.add(GradeError, field.dot("Location"), ErrUnknownLocation, rule.Cite("MC-4"),
			"%v: %q is not a location of the Work Order", id, p.Location)
	case p.Location == "" && len(w.Locations) > 1:
		rules := rule.Cite("MC-4", "MC-8")
		if id == catalogue.EnhancedDesignatedEngineering {
			rules = rule.Cite("EDE-7", "MC-4").Join(svc.Rules(catalogue.FactLocations))
		} else if svc.Locations() == catalogue.LocationsSingle {
			rules = svc.Rules(catalogue.FactLocations).With("MC-4")
		}
		c.add(GradeError, field.dot("Location"), ErrLocationRequired, rules,
			"%v: the Work Order has %d locations; name the one it was bought for", id, len(w.Locations))
	}
	if !known {
		return // the rest needs the catalogue entry
	}
	if j := c.first[id] - 1; svc.Locations() == catalogue.LocationsSingle && j != i { // an earlier line of the service
		// Compare the locations the two lines resolve to: in a Work Order
		// with one location, "" and that location's name are the same one.
		a, b := w.Purchases[j].Location, p.Location
		if la, ok := c.purchaseLocation(w, w.Purchases[j]); ok && hasLoc {
			a, b = la.Name, loc.Name
		}
		if a != b {
			c.add(GradeError, field.dot("Location"), ErrSingleLocation, svc.Rules(catalogue.FactLocations),
				"%v is for a single support location; Purchases[%d] bought it for %q", id, j, a)
		}
	}
	if svc.Locations() == catalogue.LocationsHostCoversAll && w.MultiCountry && hasLoc && loc.Role == Downstream {
		c.downstreamUER(w, svc, loc, field)
	}

	// Dependencies (D-TERM-3).
	// Parts are checked through the service they belong to.
	if _, part := svc.Parent(); !part && svc.Prerequisites().Has(catalogue.NeedsUnifiedContract) {
		rules := svc.Rules(catalogue.FactPrerequisites).With("D-TERM-3")
		switch {
		case w.Unified.IsZero():
			c.add(GradeError, field, ErrNoUnifiedContract, rules, "%v requires an active Unified Support contract", id)
		case !w.Unified.IsValid() || !datesOK:
			// reported above
		case !w.Unified.Contains(own.Start):
			c.add(GradeError, field.dot("Start"), ErrNoUnifiedContract, rules,
				"%v starts %v, outside the Unified contract %v", id, own.Start, w.Unified)
		case own.End.After(w.Unified.End):
			c.add(GradeError, field.dot("End"), ErrOutlivesParent, rules,
				"%v ends %v, after the Unified contract ends %v", id, own.End, w.Unified.End)
		}
	}
	if _, part := svc.Parent(); !part && svc.Prerequisites().Has(catalogue.NeedsRapidResponse) {
		c.rapidResponse(w, id, own, datesOK, field)
	}
	if parent, part := boughtWith(svc); part && c.purchased[parent] && datesOK &&
		(p.Start != (calendar.Date{}) || p.End != (calendar.Date{})) {
		c.partDates(w, p, parent, field)
	}

	// The request's date (RESP-14, D-TERM-1).
	if k := svc.Kind(); k == catalogue.KindProactive || k == catalogue.KindEnhancedSolution {
		c.requested(w, p, field.dot("Requested"))
	}

	// AEM: Azure public cloud only (AEM-17, AEM-18).
	if svc.Prerequisites().Has(catalogue.NeedsAzurePublicCloud) {
		if v := AEMAvailable(w); !v.Allowed {
			c.add(GradeError, field, ErrCloudNotEligible, v.Rules,
				"%v is not available for Azure Government or sovereign cloud environments", id)
		}
	}

	// AED extended capabilities (AED-27, D-AED-1).
	if svc.Prerequisites().Has(catalogue.NeedsExtendedCapabilities) {
		if e, err := AEDEligibility(w); err == nil && !e.Extended {
			c.add(GradeError, field, ErrNotExtendedCustomer, rule.Cite("AED-27", "AED-5", "D-AED-1"),
				"%v is an extended capability; the customer is not an Extended Capabilities Customer", id)
		}
	}
}

// requested checks the day a proactive service or enhanced solution was
// requested against the 60-day deadline before the Work Order expires
// ([Term.CheckRequest]): a request made less than 60 calendar days before
// the term's End is late (D-TERM-1). A zero Requested states nothing.
func (c *checker) requested(w WorkOrder, p Purchase, field path) {
	switch {
	case p.Requested == (calendar.Date{}):
	case !p.Requested.IsValid():
		c.add(GradeError, field, ErrInvalidTerm, rule.Cite("RESP-14", "D-DAYS"), "%v: requested %v is not a date", p.Service, p.Requested)
	default:
		rc, err := w.Term.CheckRequest(p.Requested)
		if err != nil {
			return // the term is reported
		}
		if !rc.OnTime {
			c.add(GradeError, field, ErrLateRequest, rc.Rules.With("AMB-22"),
				"%v requested %v, %d days before the Work Order expires on %v; requests are due by %v",
				p.Service, p.Requested, rc.DaysBeforeExpiry, w.Term.End, rc.Deadline)
		}
	}
}

// downstreamUER reports a purchase of id, a service that the host buys
// for every location (UER), for the downstream location loc: a warning
// whether or not the host has it, since the document asks for the host's
// purchase only (D-UER). The message says which is the case, so that it is
// true: the host's purchase covers every location, or the host has none
// and it is the host that should buy it.
//
// Rules UER-23, UER-24, UER-25, MC-12, D-UER, AMB-11 (§2.4, §2.5).
func (c *checker) downstreamUER(w WorkOrder, svc catalogue.Service, loc Location, field path) {
	id := svc.ID()
	rules := rule.Cite("D-UER").Join(svc.Rules(catalogue.FactLocations))
	host, hasHost := w.Host()
	switch {
	case c.hostBought[id]:
		c.add(GradeWarning, field.dot("Location"), ErrUnnecessaryPurchase, rules,
			"%v bought for downstream %q is unnecessary: the host %q buys it, which covers every location", id, loc.Name, host.Name)
	case hasHost:
		c.add(GradeWarning, field.dot("Location"), ErrUnnecessaryPurchase, rules,
			"%v bought for downstream %q: under multi-country support it needs to be bought only for the host %q, whose purchase would cover every location; the host has none", id, loc.Name, host.Name)
	default:
		c.add(GradeWarning, field.dot("Location"), ErrUnnecessaryPurchase, rules,
			"%v bought for downstream %q: under multi-country support it needs to be bought only for the host location", id, loc.Name)
	}
}

// rapidResponse checks that a purchase of id (AED) over own is covered by
// an Azure Rapid Response purchase (AED-39, D-TERM-3). A Work Order that
// buys no Rapid Response at all is reported whatever the dates; coverage
// is checked only when the dates are valid (datesOK).
func (c *checker) rapidResponse(w WorkOrder, id catalogue.ServiceID, own Term, datesOK bool, field path) {
	rules := rule.Cite("AED-39", "D-TERM-3", "AMB-35")
	if !c.purchased[catalogue.RapidResponse] {
		c.add(GradeError, field, ErrNoRapidResponse, rules,
			"%v requires an Azure Rapid Response contract; the Work Order buys none", id)
		return
	}
	if !datesOK {
		return // the dates are reported
	}
	end, covering := activeUntil(c.rrs, own.Start)
	switch {
	case !covering:
		c.add(GradeError, field.dot("Start"), ErrNoRapidResponse, rules,
			"%v starts %v, when no Rapid Response purchase is active", id, own.Start)
	case own.End.After(end):
		c.add(GradeError, field.dot("End"), ErrOutlivesParent, rules,
			"%v ends %v, after Rapid Response ends %v", id, own.End, end)
	}
}

// partDates checks the dates a part states against the purchases of the
// service it belongs to: it must start while one is active and end no
// later than that service, since it ends with it (DependenceParent,
// D-TERM-3). A date the part leaves zero is its service's.
func (c *checker) partDates(w WorkOrder, p Purchase, parent catalogue.ServiceID, field path) {
	rules := rule.Cite("D-TERM-3", "AMB-28")
	periods := w.periodsOf(parent)
	if len(periods) == 0 {
		return // the parent's own dates are reported
	}
	start := p.Start
	if start == (calendar.Date{}) {
		start = periods[0].Start
	}
	end, active := activeUntil(periods, start)
	switch {
	case !active:
		c.add(GradeError, field.dot("Start"), ErrPartWithoutWhole, rules,
			"%v starts %v, when no purchase of %v is active", p.Service, start, parent)
	case p.End != (calendar.Date{}) && p.End.After(end):
		c.add(GradeError, field.dot("End"), ErrOutlivesParent, rules,
			"%v ends %v, after %v ends %v", p.Service, p.End, parent, end)
	}
}

func (c *checker) contacts(w WorkOrder) {
	ssm, hostSSM := false, false
	host, hasHost := w.Host()
	for i, ct := range w.Contacts {
		field := index("Contacts", i)
		if ct.Name == "" {
			c.add(GradeError, field.dot("Name"), ErrInvalidContact, rule.Cite("RESP-1", "RESP-8"), "empty name")
		}
		if !ct.Role.IsValid() {
			c.add(GradeError, field.dot("Role"), ErrInvalidContact, rule.Cite("RESP-1", "RESP-3", "RESP-4"), "role %v", ct.Role)
		}
		var loc Location
		ok := true
		switch {
		case ct.Location != "":
			loc, ok = c.location(w, ct.Location)
			if !ok {
				c.add(GradeError, field.dot("Location"), ErrUnknownLocation, rule.Cite("RESP-2", "MC-4"),
					"%q is not a location of the Work Order", ct.Location)
			}
		case len(w.Locations) == 1:
			loc = w.Locations[0]
		default:
			ok = false
		}
		if ct.Role == SupportServicesManager {
			ssm = true
			if ok && hasHost && loc.Name == host.Name {
				hostSSM = true
			}
		}
	}
	switch {
	case !ssm:
		c.add(GradeError, field("Contacts"), ErrNoSupportServicesManager, rule.Cite("RESP-1"),
			"the customer must name a Support Services Manager")
	case w.MultiCountry && hasHost && !hostSSM:
		c.add(GradeError, field("Contacts"), ErrNoSupportServicesManager, rule.Cite("RESP-2"),
			"multi-country support needs a Support Services Manager for the host %q", host.Name)
	}
}

// marking checks p against its service's marking in the catalogue: the
// stated maximum of a "+1" service (MARK-3, D-MARK, DEV-1), an included
// service bought (MARK-1, a warning), a part bought without its service.
func (c *checker) marking(w WorkOrder, p Purchase, svc catalogue.Service, field path) {
	id := p.Service
	if p.Maximum < 0 {
		c.add(GradeError, field.dot("Maximum"), ErrNegativeQuantity, rule.Cite("MARK-3", "MC-8"),
			"%v: maximum %d", id, p.Maximum)
		return
	}
	m := svc.Marking()
	if m.NeedsStatedMaximum() {
		c.bought[id] = addQuantity(c.bought[id], int64(p.Quantity))
	}
	switch {
	case m.NeedsStatedMaximum():
		rules := rule.Cite("MARK-3", "D-MARK", "DEV-1", "AMB-27")
		switch {
		case p.Maximum == 0:
			c.add(GradeError, field.dot("Maximum"), ErrNoStatedMaximum, rules,
				"%v is \"+1\": the Work Order must state its maximum quantity", id)
		case p.Quantity > p.Maximum:
			c.add(GradeError, field.dot("Quantity"), ErrAboveMaximum, rules,
				"%v: quantity %d is above the stated maximum %d", id, p.Quantity, p.Maximum)
		case c.bought[id] > uint64(p.Maximum): // >= 0
			// The maximum limits what the Work Order buys of the service,
			// however many lines it is split into.
			c.add(GradeError, field.dot("Quantity"), ErrAboveMaximum, rules,
				"%v: quantity %d brings the total bought to %d, above the stated maximum %d", id, p.Quantity, c.bought[id], p.Maximum)
		}
	case m == catalogue.MarkingIncluded:
		if id != catalogue.OnDemandAssessment { // its optional support days are bought (MAINT-5)
			c.add(GradeWarning, field.dot("Service"), ErrUnnecessaryPurchase, rule.Cite("MARK-1"),
				"%v is included in the Base Package", id)
		}
	case m == catalogue.MarkingPartOf:
		// Developer Services' parts are bought on their own, some in hours
		// (OPT-2, OPT-3, OPT-4); other parts come with their service.
		if parent, with := boughtWith(svc); with && !c.purchased[parent] {
			c.add(GradeError, field.dot("Service"), ErrPartWithoutWhole, rule.Cite("BUY-5", "DOC-1"),
				"%v is part of %v, which the Work Order does not buy", id, parent)
		}
	}
}
