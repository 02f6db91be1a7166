// Package contract is the vocabulary of the Microsoft Unified Enterprise
// Support Services Description (Korean edition): rule citations, the service
// catalogue and the Work Order.
//
// (Full package documentation lands with the catalogue.)
package contract
