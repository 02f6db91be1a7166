// Command tour evaluates a sample Work Order end to end and prints every
// decision with the rule IDs that made it.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "tour:", err)
		os.Exit(1)
	}
}

// run prints each section of the tour in order.
func run(w io.Writer) error {
	sections := []struct {
		title string
		print func(io.Writer) error
	}{
		{"Calendar", tourCalendar},
		{"Contract", tourContract},
		{"Severity", tourSeverity},
		{"Flex Allowance", tourFlex},
		{"Proactive Credits", tourCredits},
		{"Cancellation", tourCancellation},
		{"Multi-country", tourMulticountry},
	}
	for _, s := range sections {
		fmt.Fprintf(w, "\n== %s ==\n", s.title)
		if err := s.print(w); err != nil {
			return fmt.Errorf("%s: %w", s.title, err)
		}
	}
	return nil
}
