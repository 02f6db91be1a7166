// Package success holds Appendix B of the Microsoft Unified Enterprise
// Support Services Description: the Success Management activities and the
// three axes they are grouped on. The activities are delivered with the
// included Success Management services of table 10, which package catalogue
// describes ([catalogue.SuccessManagement]); this package names what those
// services consist of.
//
// # Rule families
//
//   - SMB (Appendix B): [Activity], [Axis], [Activities]; with SM-4, which
//     points from table 10 to the appendix.
//
// Appendix B ends with a stray table header (SMB-7, AMB-29): an outcomes
// column seems lost, so activities carry names only.
//
// # Values
//
// Activities and axes are small comparable enums, immutable and safe for
// concurrent use. Their errors wrap [catalogue.ErrInvalidEnum], the module's
// one sentinel for an invalid catalogue enum value.
package success
