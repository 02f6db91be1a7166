// Package severity encodes Appendix A of the Unified Enterprise Support
// Services Description: the incident severity charts that decide how soon
// Microsoft must first respond to an incident, what else each row
// promises, and what the customer owes in return.
//
// # Levels, plans and targets
//
// An incident has a [Level] (severity 1, A, B or C) that Microsoft assigns
// after consultation. A customer always holds the [Standard] chart and may
// hold the add-on charts [EnhancedResponse] (UER), [RapidResponse] and
// [EventManagement] (AEM). [TargetFor] returns the first-call-response
// [Target] of an [Incident]: the earliest target of every held chart that
// covers it, naming the chart, the row's product column, whether a missing
// row fell back to the Standard row, and the rules that decided.
// [Deadline] turns the target into an instant on the right clock: 24x7 for
// severity 1 and A, the support location's [calendar.Calendar] for B and
// C. [ChartTarget] answers for a single chart.
//
// # Rows, duties, languages and coverage
//
// [ChartRow] lists what each row promises besides the response time
// (crisis resources, senior incident managers, automatic enhanced
// escalation, 24x7 or business-hours effort, submission channels).
// [CustomerDuties] lists the customer's side with computable deadlines and
// the channels to submit through (the Azure portal, with "AEM" in the case
// description, for an Azure incident during an AEM event).
// [LanguagesOf] gives each plan's languages as BCP 47 tags. [Covers] and
// [Exclusions] expose the printed exclusion lists, matched without regard
// to case by English and Korean name.
//
// # An incident's life
//
// [Retarget] applies a severity change (D-SEV-6), optionally retroactive;
// [RetargetAll] applies several in order.
// Downgrades are explicit and never automatic: [Level.Downgrade] lowers
// the severity one step, [Row.DowngradeCoverage] lowers a 24x7 effort to
// business hours (D-SEV-5). Whether a Root Cause Analysis may still be
// requested is package enhanced's (enhanced.RCARequest, RCA-2);
// [REDEEngages] says whether the REDE engineer takes part.
//
// # Where an incident stands
//
// [StatusAt] gives a support desk the first response's [Status] at any
// instant: its due time, whether it is [Pending], [Met] or [Breached], and
// the counted time remaining or overdue on the governing clock;
// [Status.AtRisk] flags a response about to breach. [Retargeted.IsOnTime]
// judges a response after severity changes, and [CustomerDuty.StatusAt]
// gives the customer's duties the same status.
//
// The document promises a first call response only. It sets no
// resolution time, so there is no pause clock (no "waiting on customer"
// state that stops an SLA timer) to model: once the first response is
// made, its status is settled.
//
// # Values and errors
//
// All values are immutable and safe for concurrent use; the charts are
// unexported fixed arrays never written after initialisation, and
// [TargetFor] does not allocate. Bad input (an invalid level or plan, a
// zero time, a business-hours target without a calendar) returns an error
// wrapping one of the Err sentinels; nothing panics.
//
// # Contract coverage
//
// Implemented:
//   - Appendix A, general (SEV-GEN-1, SEV-GEN-2): the charts are read with the
//     body text; where the body sets precedence (RR-6) or excludes a product
//     (RR-7), the body decides.
//   - Chart 1, Standard (SEV-STD-1..21): [TargetFor], [ChartRow],
//     [CustomerDuties], [Exclusions], [Level.Downgrade].
//   - Chart 2, Unified Enhanced Response (SEV-UER-1..15, UER-5..14, UER-18).
//   - Chart 3, Rapid Response (SEV-RR-1..10, RR-2..7, RR-9); Severity A uses
//     the published 15 minutes, marked NotFromSeed (D-SEV-2).
//   - Chart 4, Azure Event Management (SEV-AEM-1..11, AEM-20).
//   - Table 9 Problem Resolution Support (PRS-1..10), Support Assistance
//     Management (SAM-1..7): [Incident], [ChartRow]. Root Cause Analysis
//     (RCA-1..4) is package enhanced's.
//   - REDE engagement (REDE-6, REDE-7, REDE-18) and AED's reliance on the
//     standard times and Rapid Response (AED-11, AED-12, AED-13):
//     [REDEEngages], [Plan].
//   - Decisions D-SEV-1..6, D-CLOCK, D-LANG and ambiguities AMB-7, AMB-8,
//     AMB-14, AMB-15, AMB-16, AMB-17, AMB-42.
//
// Left out, deliberately:
//   - Rules that only describe (SEV-STD-1, SEV-STD-8, SEV-STD-12,
//     SEV-STD-15, SEV-UER-1, SEV-UER-8, SEV-RR-1, SEV-AEM-2: what each
//     severity means) are documented on [Level]; classifying an incident
//     is a human judgement (PRS-5).
//   - The AEM post-event summary (SEV-AEM-11) and the REDE and AED service
//     terms beyond response times belong to package contract, including
//     AED's RCA window (D-AED-2).
//   - Advisory Support (PRS-7 repeats its text; AMB-31) makes no response
//     commitment. Third-party products (PRS-8) are outside every chart; the
//     caller decides what is a Microsoft product.
//
// Rules SEV-GEN-1, SEV-GEN-2, PRS-1, PRS-3, PRS-7, PRS-8, SAM-1, SAM-2,
// SAM-5, SAM-7, RCA-1, SEV-STD-1, SEV-STD-8, SEV-STD-12, SEV-STD-15,
// SEV-UER-1, SEV-UER-8, SEV-RR-1, SEV-AEM-2, SEV-AEM-11, AMB-7, AMB-8,
// AMB-15, AMB-42 (Appendix A, §2.3 table 9, §2.4 table 11).
package severity
