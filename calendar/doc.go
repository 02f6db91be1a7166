// Package calendar is the time foundation of the module: civil dates, the
// 24x7 clock, business-hours calendars per support location, business days,
// periods and contract years.
//
// (Full package documentation lands with the engine.)
//
// Rules D-CAL, D-CLOCK, D-DAYS, SEV-STD-21, DE-3, EDE-9, REDE-15.
package calendar
