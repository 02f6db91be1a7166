package severity

import (
	"cmp"
	"fmt"
	"strings"

	"github.com/supportrules/unified/internal/enum"
)

// A Level is the severity of an incident, as Appendix A defines it. The
// customer describes the business impact and Microsoft assigns the level
// after consultation; the customer may ask to change it while the incident
// is open (see [Retarget]).
//
// The zero Level is not valid: every incident must be classified. Levels
// are comparable with ==; [Level.Compare] orders them most urgent first.
//
// Interpretation: AMB-42 — the level the customer opens the incident with
// triggers routing and targets; Microsoft may adjust it later.
//
// Rules PRS-4, PRS-5, PRS-6, PRS-10, SEV-GEN-2, AMB-42 (§2.3 table 9, Appendix A).
type Level uint8

// Severity levels, most urgent first (Appendix A).
const (
	_    Level = iota // zero is deliberately invalid: every incident must be classified
	Sev1              // Critical business system down; immediate attention. Rules SEV-STD-1, SEV-UER-1, SEV-RR-1, SEV-AEM-2.
	SevA              // Critical business system degraded; attention within 1 hour. Rules SEV-STD-8, SEV-UER-8, SEV-RR-8, SEV-AEM-8.
	SevB              // Moderate loss or degradation; work continues impaired. Rule SEV-STD-12.
	SevC              // Minimal business impact. Rule SEV-STD-15.
)

const numLevels = 5

// levels names the levels as the document prints them; the zero Level is
// unnamed ("not classified").
var levels = enum.New[Level](ErrInvalidLevel, "severity level", "", "1", "A", "B", "C")

// IsValid reports whether l is one of the declared levels.
func (l Level) IsValid() bool { return levels.IsValid(l) }

// String returns the document's name for l: "1", "A", "B" or "C"; "" for
// the zero Level. Another invalid Level prints as a diagnostic such as
// "severity level(9)".
func (l Level) String() string { return levels.String(l) }

// Compare returns -1 if l is more urgent than m, 0 if they are equal and
// +1 if l is less urgent. Sev1 is the most urgent.
func (l Level) Compare(m Level) int { return cmp.Compare(l, m) }

// levelPrefixes are the words a support desk writes before a level, most
// specific first: "Severity A", "Sev A", "심각도 A".
var levelPrefixes = [...]string{"severity", "sev", "심각도"}

// ParseLevel returns the Level named by s, ignoring case and surrounding
// space: the document's "1", "A", "B" or "C", or the spellings a support
// desk exports, the level after "Sev", "Severity" or Korean "심각도",
// directly or after a space, "-", "_", ":" or "." ("Sev A", "Severity A",
// "sev-a", "SevB", "심각도 A", "Severity 1"). It returns an error wrapping
// [ErrInvalidLevel] that lists the accepted forms for anything else,
// including the empty string.
//
// Rules PRS-4, PRS-5 (§2.3 table 9, Appendix A).
func ParseLevel(s string) (Level, error) {
	t := strings.TrimSpace(s)
	for _, p := range levelPrefixes {
		if len(t) > len(p) && strings.EqualFold(t[:len(p)], p) {
			rest := t[len(p):]
			switch rest[0] {
			case ' ', '-', '_', ':', '.':
				rest = strings.TrimSpace(rest[1:])
			}
			t = rest
			break
		}
	}
	if len(t) == 1 {
		switch t[0] {
		case '1':
			return Sev1, nil
		case 'A', 'a':
			return SevA, nil
		case 'B', 'b':
			return SevB, nil
		case 'C', 'c':
			return SevC, nil
		}
	}
	return 0, fmt.Errorf("%w: %q is not a severity level (want 1, A, B or C, also written \"Sev A\", \"Severity A\", \"sev-a\" or \"심각도 A\")", ErrInvalidLevel, clip(s))
}

// AppendText implements [encoding.TextAppender]. The zero Level appends
// nothing; another invalid Level is an error wrapping [ErrInvalidLevel].
func (l Level) AppendText(b []byte) ([]byte, error) { return levels.AppendText(b, l) }

// MarshalText implements [encoding.TextMarshaler]: "1", "A", "B", "C", and
// empty text for the zero Level.
func (l Level) MarshalText() ([]byte, error) { return l.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler]. Empty text gives
// the zero Level, so that it round-trips; other text is read by
// [ParseLevel]. On error *l is left unchanged.
func (l *Level) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*l = 0
		return nil
	}
	v, err := ParseLevel(string(b))
	if err != nil {
		return err
	}
	*l = v
	return nil
}

// Downgrade returns the level one step below l: A for 1 and B for A. It
// is an explicit operation, never applied automatically: Microsoft may
// lower the severity when the customer cannot sustain the continuous
// effort that severity 1 and A require. It returns an error wrapping
// [ErrNoDowngrade] for B and C, and [ErrInvalidLevel] for an invalid l.
// Use [Retarget] to apply the new level to an open incident.
//
// Interpretation: D-SEV-5 (AMB-17) — one step at a time, 1 → A → B; the
// charts do not name the target level.
//
// Rules SEV-STD-20, SEV-UER-14, D-SEV-5, AMB-17 (Appendix A, footnote 3).
func (l Level) Downgrade() (Level, error) {
	switch l {
	case Sev1:
		return SevA, nil
	case SevA:
		return SevB, nil
	case SevB, SevC:
		return 0, fmt.Errorf("%w: severity %s is not lowered further (D-SEV-5)", ErrNoDowngrade, l)
	default:
		return 0, fmt.Errorf("%w: %d", ErrInvalidLevel, uint8(l))
	}
}
