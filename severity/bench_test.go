package severity_test

import (
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/supportrules/unified/calendar/kr"
	"github.com/supportrules/unified/severity"
)

// benchIncidents are typical incidents: a plain one, one that walks every
// plan and an exclusion list, and business-hours ones that cross a
// weekend and a holiday.
var benchIncidents = []struct {
	name string
	inc  severity.Incident
}{
	{"standard-B-inside-hours", severity.Incident{Level: severity.SevB, Opened: at(2026, 5, 12, 10, 0)}},
	{"all-plans-1-excluded-azure", severity.Incident{Level: severity.Sev1, Azure: true, Product: "Azure Communication Services",
		Opened: at(2026, 5, 9, 3, 0), Plans: []severity.Plan{severity.EnhancedResponse, severity.RapidResponse, severity.EventManagement}}},
	{"uer-rr-A-korean-product", severity.Incident{Level: severity.SevA, Azure: true, Product: "Azure 통신 서비스",
		Opened: at(2026, 5, 9, 3, 0), Plans: []severity.Plan{severity.RapidResponse, severity.EnhancedResponse}}},
	{"C-friday-evening-before-holiday", severity.Incident{Level: severity.SevC, Opened: at(2031, 5, 2, 17, 0),
		Plans: []severity.Plan{severity.EnhancedResponse}}},
	// A name on no list, in another case: every list is searched without
	// regard to case.
	{"all-plans-1-unlisted-azure-lower-case", severity.Incident{Level: severity.Sev1, Azure: true, Product: " azure kubernetes service ",
		Opened: at(2026, 5, 9, 3, 0), Plans: []severity.Plan{severity.EnhancedResponse, severity.RapidResponse, severity.EventManagement}}},
}

func BenchmarkTargetFor(b *testing.B) {
	for _, bc := range benchIncidents {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			cpu0 := processCPU()
			for b.Loop() {
				severity.TargetFor(bc.inc)
			}
			reportCPU(b, cpu0)
		})
	}
}

// Deadline on a Seoul calendar holding ten years of holidays.
func BenchmarkDeadline(b *testing.B) {
	cal := tenYearCal(b)
	for _, bc := range benchIncidents {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			cpu0 := processCPU()
			for b.Loop() {
				severity.Deadline(bc.inc, cal)
			}
			reportCPU(b, cpu0)
		})
	}
}

// The calendar's share of Deadline: calendar.Add alone, on the same
// calendar and the business-hours incidents of BenchmarkDeadline (their
// targets' durations). Deadline's cost beyond it is severity's own.
func BenchmarkDeadlineCalendarShare(b *testing.B) {
	cal := tenYearCal(b)
	for _, bc := range benchIncidents {
		tg, err := severity.TargetFor(bc.inc)
		if err != nil {
			b.Fatal(err)
		}
		if !tg.BusinessHours {
			continue
		}
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			cpu0 := processCPU()
			for b.Loop() {
				cal.Add(bc.inc.Opened, tg.Within)
			}
			reportCPU(b, cpu0)
		})
	}
}

func BenchmarkChartTarget(b *testing.B) {
	inc := benchIncidents[1].inc
	b.ReportAllocs()
	for b.Loop() {
		severity.ChartTarget(inc, severity.RapidResponse)
	}
}

func BenchmarkChartRow(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		severity.ChartRow(severity.EventManagement, severity.SevA)
	}
}

func BenchmarkCovers(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		severity.Covers(severity.EnhancedResponse, severity.AzureComponents, "universal print")
	}
}

func BenchmarkCustomerDuties(b *testing.B) {
	cal := tenYearCal(b)
	inc := benchIncidents[0].inc
	b.ReportAllocs()
	for b.Loop() {
		severity.CustomerDuties(inc, cal)
	}
}

func BenchmarkRetarget(b *testing.B) {
	cal := tenYearCal(b)
	inc := benchIncidents[0].inc
	ch := severity.Change{At: inc.Opened.Add(30 * time.Minute), To: severity.Sev1}
	b.ReportAllocs()
	for b.Loop() {
		severity.Retarget(inc, ch, cal)
	}
}

func BenchmarkParseLevel(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		severity.ParseLevel("b")
	}
}

// TargetFor and Deadline do not allocate: the allocation budget of the
// issue, checked as a test (STYLE §12).
func TestNoAllocs(t *testing.T) {
	cal := tenYearCal(t)
	for _, bc := range benchIncidents {
		if n := testing.AllocsPerRun(100, func() { severity.TargetFor(bc.inc) }); n != 0 {
			t.Errorf("TargetFor(%s) allocates %v times", bc.name, n)
		}
		if n := testing.AllocsPerRun(100, func() { severity.Deadline(bc.inc, cal) }); n != 0 {
			t.Errorf("Deadline(%s) allocates %v times", bc.name, n)
		}
		if n := testing.AllocsPerRun(100, func() { severity.Covers(severity.RapidResponse, severity.AzureComponents, bc.inc.Product) }); n != 0 {
			t.Errorf("Covers(%s) allocates %v times", bc.name, n)
		}
		if n := testing.AllocsPerRun(100, func() { severity.ChartTarget(bc.inc, severity.EnhancedResponse) }); n != 0 {
			t.Errorf("ChartTarget(%s) allocates %v times", bc.name, n)
		}
		if n := testing.AllocsPerRun(100, func() { severity.Retarget(bc.inc, severity.Change{At: bc.inc.Opened, To: severity.Sev1}, cal) }); n != 0 {
			t.Errorf("Retarget(%s) allocates %v times", bc.name, n)
		}
		asOf := bc.inc.Opened.Add(90 * time.Minute)
		if n := testing.AllocsPerRun(100, func() { severity.StatusAt(bc.inc, nil, time.Time{}, asOf, cal) }); n != 0 {
			t.Errorf("StatusAt(%s) allocates %v times", bc.name, n)
		}
	}
}

func BenchmarkRetargetAll(b *testing.B) {
	cal := tenYearCal(b)
	inc := severity.Incident{Level: severity.SevC, Opened: at(2026, 5, 12, 10, 0)}
	changes := []severity.Change{
		{At: at(2026, 5, 12, 10, 30), To: severity.SevB},
		{At: at(2026, 5, 12, 12, 0), To: severity.Sev1},
		{At: at(2026, 5, 12, 12, 10), To: severity.SevA},
	}
	b.ReportAllocs()
	for b.Loop() {
		severity.RetargetAll(inc, changes, cal)
	}
}

func BenchmarkIsOnTime(b *testing.B) {
	cal := tenYearCal(b)
	inc := benchIncidents[0].inc
	tg, err := severity.TargetFor(inc)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		tg.IsOnTime(inc.Opened, inc.Opened.Add(time.Hour), cal)
	}
}

func BenchmarkExclusions(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		severity.Exclusions(severity.EnhancedResponse)
	}
}

func BenchmarkLanguagesOf(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		severity.LanguagesOf(severity.RapidResponse)
	}
}

func BenchmarkREDEEngages(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		severity.REDEEngages(severity.SevB, severity.Requested)
	}
}

func BenchmarkParsePlan(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		severity.ParsePlan("Azure Event Management")
	}
}

// StatusAt on the same incidents as Deadline, asked 90 minutes after
// opening with no response yet: the budget is twice Deadline's
// cost, with no allocation.
func BenchmarkStatusAt(b *testing.B) {
	cal := tenYearCal(b)
	for _, bc := range benchIncidents {
		asOf := bc.inc.Opened.Add(90 * time.Minute)
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			cpu0 := processCPU()
			for b.Loop() {
				severity.StatusAt(bc.inc, nil, time.Time{}, asOf, cal)
			}
			reportCPU(b, cpu0)
		})
	}
}

// A bulk case: an incident, and the instant a desk asks about it.
type bulkCase struct {
	inc       severity.Incident
	responded time.Time
	asOf      time.Time
}

const bulkN = 1_000_000

var (
	bulkOnce  sync.Once
	bulkCases []bulkCase
)

// bulkIncidents returns 1,000,000 mixed incidents, the same on every run:
// 70% Severity B or C, every combination of plans, Azure products (some on
// exclusion lists, in any case) and other products, opened over 2026 and
// 2027 in Seoul, 10% of the instants in UTC; half answered.
func bulkIncidents() []bulkCase {
	bulkOnce.Do(func() {
		seoul, err := time.LoadLocation("Asia/Seoul")
		if err != nil {
			panic(err)
		}
		r := rand.New(rand.NewPCG(12, 2026))
		planSets := [][]severity.Plan{nil, {severity.EnhancedResponse}, {severity.RapidResponse}, {severity.EventManagement},
			{severity.EnhancedResponse, severity.RapidResponse}, {severity.RapidResponse, severity.EventManagement},
			{severity.EnhancedResponse, severity.RapidResponse, severity.EventManagement}}
		azure := []string{"Azure Virtual Machines", "Azure Kubernetes Service", "Azure SQL Database", "Azure StorSimple",
			"azure communication services", "Azure 통신 서비스", "Universal Print", "Azure Stack", ""}
		other := []string{"Exchange Server", "Windows Server", "SQL Server", "SharePoint Server", "Dynamics 365", ""}
		start := time.Date(2026, 1, 1, 0, 0, 0, 0, seoul)
		bulkCases = make([]bulkCase, bulkN)
		for i := range bulkCases {
			c := &bulkCases[i]
			switch x := r.IntN(100); {
			case x < 15:
				c.inc.Level = severity.Sev1
			case x < 30:
				c.inc.Level = severity.SevA
			case x < 65:
				c.inc.Level = severity.SevB
			default:
				c.inc.Level = severity.SevC
			}
			c.inc.Plans = planSets[r.IntN(len(planSets))]
			if c.inc.Azure = r.IntN(2) == 0; c.inc.Azure {
				c.inc.Product = azure[r.IntN(len(azure))]
			} else {
				c.inc.Product = other[r.IntN(len(other))]
			}
			c.inc.Opened = start.Add(time.Duration(r.IntN(2*365*24*60)) * time.Minute)
			c.asOf = c.inc.Opened.Add(time.Duration(r.IntN(3*24*60)) * time.Minute)
			if r.IntN(2) == 0 {
				c.responded = c.inc.Opened.Add(time.Duration(r.IntN(6*60)) * time.Minute)
			}
			if r.IntN(10) == 0 {
				c.inc.Opened, c.asOf = c.inc.Opened.UTC(), c.asOf.UTC()
			}
		}
	})
	return bulkCases
}

// BenchmarkBulk runs 1,000,000 mixed incidents on Korea's calendar
// (calendar/kr) through StatusAt, TargetFor (severity's own share),
// calendar.Add alone (the calendar's share) and Deadline, and reports incidents per second of wall-clock time and, where
// the process CPU time can be read, CPU time per incident and incidents
// per CPU-second: the figure per core on a busy machine. Run with -cpu 1.
func BenchmarkBulk(b *testing.B) {
	cal, err := kr.Calendar()
	if err != nil {
		b.Fatal(err)
	}
	cases := bulkIncidents()
	b.Run("StatusAt", func(b *testing.B) {
		b.ReportAllocs()
		cpu0 := processCPU()
		for b.Loop() {
			for i := range cases {
				c := &cases[i]
				if _, err := severity.StatusAt(c.inc, nil, c.responded, c.asOf, cal); err != nil {
					b.Fatal(err)
				}
			}
		}
		reportBulk(b, cpu0)
	})
	// TargetFor alone: severity's own share of Deadline, without the
	// calendar's arithmetic.
	b.Run("TargetFor", func(b *testing.B) {
		b.ReportAllocs()
		cpu0 := processCPU()
		for b.Loop() {
			for i := range cases {
				if _, err := severity.TargetFor(cases[i].inc); err != nil {
					b.Fatal(err)
				}
			}
		}
		reportBulk(b, cpu0)
	})
	// The calendar's share of Deadline: calendar.Add alone, for the
	// business-hours incidents, with their targets' durations found before
	// the loop.
	within := make([]time.Duration, len(cases))
	for i := range cases {
		if tg, err := severity.TargetFor(cases[i].inc); err == nil && tg.BusinessHours {
			within[i] = tg.Within
		}
	}
	b.Run("CalendarShare", func(b *testing.B) {
		b.ReportAllocs()
		cpu0 := processCPU()
		for b.Loop() {
			for i := range cases {
				if within[i] > 0 {
					cal.Add(cases[i].inc.Opened, within[i])
				}
			}
		}
		reportBulk(b, cpu0)
	})
	b.Run("Deadline", func(b *testing.B) {
		b.ReportAllocs()
		cpu0 := processCPU()
		for b.Loop() {
			for i := range cases {
				if _, err := severity.Deadline(cases[i].inc, cal); err != nil {
					b.Fatal(err)
				}
			}
		}
		reportBulk(b, cpu0)
	})
}

// reportBulk reports the bulk figures of b, whose loop started when the
// process had used cpu0 of CPU time.
func reportBulk(b *testing.B, cpu0 time.Duration) {
	cpu := processCPU() - cpu0
	n := float64(b.N) * bulkN
	b.ReportMetric(n/b.Elapsed().Seconds(), "incidents/s")
	if cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/n, "cpu-ns/incident")
		b.ReportMetric(n/cpu.Seconds(), "incidents/cpu-s")
	}
}

// reportCPU reports the process CPU time per operation of b, whose loop
// started when the process had used cpu0: on a machine shared with other
// work, the cost on one core, which wall-clock ns/op overstates.
func reportCPU(b *testing.B, cpu0 time.Duration) {
	if cpu := processCPU() - cpu0; cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}
