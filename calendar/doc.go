// Package calendar is the time foundation of the module: civil dates, the
// 24x7 clock, business-hours calendars per support location, business days,
// periods and contract years.
//
// Every deadline in the Unified Enterprise Support Services Description runs
// on one of two clocks. Severity 1 and A first responses, Rapid Response and
// the customer's 24x7 duties run on the 24x7 clock, [AlwaysOn]. Severity B
// and C first responses, Designated Engineering and the other
// business-hours services run on a support location's business hours, a
// [Calendar]: 09:00–17:30 local time on weekdays, excluding public holidays,
// "varying slightly by country".
//
// # Instants, dates and durations
//
// An instant is a [time.Time]; a civil date (a holiday, a contract's start,
// the day a cancellation arrived) is a [Date]; counted time is a
// [time.Duration] returned by a [Clock]. Dates have no zone; [DateIn] gives
// the date of an instant in a location's zone, which is how "N days before"
// is compared (D-DAYS). Ranges of dates are half-open [Period] values, and
// contract years are anniversaries of a start date ([ContractYear]; the
// anniversary of 29 February in a common year is 1 March).
//
// # Business hours
//
// [New] builds a location's calendar from an explicit [*time.Location]; the
// package never reads the host's zone or clock. Options set the hours
// ([WithHours], [WithWindows] for a lunch break, [WithDayWindows] for a
// short Friday), the working weekdays ([WithWorkdays], e.g. Sunday to
// Thursday) and the holidays ([WithHolidays]; the calendar/kr package has
// Korea's).
//
// A deadline of d on a clock is the earliest instant at which d of counted
// time has elapsed since the start ([Clock.Add]); time outside business
// hours never counts; a budget that runs out exactly at a closing time ends
// there, not at the next opening; counted time between a and b counts
// [a, b) ([Clock.Between]). With the default hours in Seoul, Friday 16:00
// plus 2 business hours is Monday 09:30, and Friday 16:00 plus 1h30 is
// Friday 17:30.
//
// Windows are civil times on each date: a daylight-saving change never moves
// 09:00, and where a change falls inside a window, the window's real elapsed
// length counts (a 7-day [00:00, 24:00) calendar in New York counts 49 hours
// over the 2024-11-02/03 weekend). A window boundary the clock skips is the
// instant of the change; one it shows twice is its first occurrence. Every
// result is the same instant whatever zone the input carries, and is
// returned in the input's location.
//
// # Zone data
//
// The package does no I/O of its own, with one exception: decoding a
// calendar's JSON, and checking a name when encoding one, turn the IANA
// zone name into a location with [time.LoadLocation], which reads the host's
// zone database ($ZONEINFO, /usr/share/zoneinfo, or Go's own
// $GOROOT/lib/time/zoneinfo.zip) and, when the main program imports
// time/tzdata, falls back to the copy embedded there. In a container
// without a zone database that fails with an error wrapping [ErrZone]. A
// service that keeps its own zone data passes a [ZoneResolver]
// ([ZoneResolver.DecodeJSON], [ZoneResolver.EncodeJSON]); [New] takes a
// [*time.Location] and never loads one. This package never imports
// time/tzdata: that choice belongs to the main program. The calendar/kr
// package likewise offers kr.CalendarIn beside kr.Calendar.
//
// # Speed
//
// A Calendar answers Add, Between, IsOpen and AddBusinessDays in a constant
// number of steps, whatever the span, with no allocation: it keeps its own
// copy of the zone's offset history and counts business seconds as a weekly
// pattern plus a short sorted list of exception days (holidays, and days on
// which an offset change falls inside a window). Beyond the year 2500 the
// zone's rule and the Gregorian calendar repeat exactly every 400 years, and
// the engine uses that block. For the years 1970 to 2099 a dense per-day
// table (about 530 KB, built once on first use, safe under concurrency;
// a whole calendar holds under 650 KB) answers Add, Between and IsOpen in a
// few table reads; instants outside those years, or on a day whose windows
// an offset change touches, go to the exact engine, whose answers the table
// only caches.
//
// # Range and bad input
//
// Nothing in the package panics on any input (except the Must functions for
// literal tables), and neither does the zero [Calendar], which behaves like
// a nil one: no business hours. [New] rejects a nil location, invalid hours,
// no working days and invalid holidays with errors matchable by
// [errors.Is]; every error the package returns wraps one of its sentinels,
// and [ErrNoCalendar] is the module's one sentinel for a missing calendar. Holidays
// must lie in the years 1800 to 2099. Instants more than about a million
// years from 1970 are outside a calendar's range: Between counts no business
// time beyond it, and Add never returns an instant past it. Between
// saturates at the largest Duration.
//
// Values are immutable and safe for concurrent use.
//
// # Contract coverage
//
//   - Business hours per support location: D-CAL (AMB-18), SEV-STD-21, DE-3,
//     EDE-9, REDE-15 — [Calendar], [New], [WithHours], [WithWorkdays],
//     [WithHolidays].
//   - The two clocks and the meaning of "within d": D-CLOCK, SVC-2 —
//     [Clock], [AlwaysOn], [Calendar.Add], [Calendar.Between].
//   - Calendar and business days: D-DAYS — [Date.DaysUntil], [DateIn],
//     [Calendar.AddBusinessDays].
//   - Contract years as anniversaries: D-FLEX-2, FLEX-3 — [ContractYear],
//     [ContractYearOf].
//
// Which clock governs which deadline is decided by the packages that encode
// the rules (severity, contract); this package only keeps time.
package calendar
