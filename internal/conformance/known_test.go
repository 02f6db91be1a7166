package conformance_test

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
)

// knownFailures lists, one per line, failures of the module-wide checks that
// were found when the checks were written and are being fixed. The list only
// shrinks: a failure not on it fails the test, and so does a line that no
// longer fails (remove it). The file is edited by hand, never generated.
const knownFailuresFile = "testdata/known_failures.txt"

var known = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	f, err := os.Open(knownFailuresFile)
	if err != nil {
		return m
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" && !strings.HasPrefix(l, "#") {
			m[l] = true
		}
	}
	return m
})

var (
	seenMu sync.Mutex
	seen   = map[string]bool{}
)

// report fails t with msg unless msg is a known failure.
func report(t *testing.T, msg string) {
	t.Helper()
	key := t.Name() + ": " + msg
	seenMu.Lock()
	seen[key] = true
	seenMu.Unlock()
	if !known()[key] {
		t.Error("new failure, fix it (or, never, list it in " + knownFailuresFile + "): " + key)
	}
}

// TestMain fails the run when a known failure no longer occurs, so that the
// list of known failures only shrinks.
func TestMain(m *testing.M) {
	code := m.Run()
	if code == 0 && fullRun() {
		var stale []string
		for k := range known() {
			if !seen[k] {
				stale = append(stale, k)
			}
		}
		slices.Sort(stale)
		if len(stale) > 0 {
			os.Stderr.WriteString("FAIL: these known failures no longer occur; remove them from " + knownFailuresFile + " (or, if you renamed or moved the type, rename it there):\n" + strings.Join(stale, "\n") + "\n")
			code = 1
		}
	}
	os.Exit(code)
}

// fullRun reports whether every check ran, so that stale entries can be
// told from checks that were filtered out with -run.
func fullRun() bool {
	for _, a := range os.Args[1:] {
		if strings.HasPrefix(a, "-test.run") || strings.HasPrefix(a, "-test.skip") || strings.HasPrefix(a, "-test.bench") || strings.HasPrefix(a, "-update") {
			return false
		}
	}
	return true
}
