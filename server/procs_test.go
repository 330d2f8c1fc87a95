package server_test

import (
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"hatchery/internal/procs"
)

// A server with no GOMAXPROCS in its environment governs the processors
// (internal/procs): idle, it runs on one, counts the change on /metrics,
// and gives them all back when it stops. Not parallel: other tests'
// requests would count as demand, and this one changes the test process's
// processors while it runs.
func TestServerGovernsProcessors(t *testing.T) {
	most := runtime.GOMAXPROCS(0)
	if most < 2 {
		t.Skipf("GOMAXPROCS is %d: there is nothing to lower", most)
	}
	p := start(t, env{"GOMAXPROCS": ""}, "serve", "--addr", "127.0.0.1:0", "--data-dir", t.TempDir())

	// The /metrics request is itself one request: one processor still.
	var metrics string
	require.Eventually(t, func() bool {
		_, body := httpGet(t, p.base+"/metrics")
		metrics = string(body)
		v, ok := metricValue(metrics, "go_sched_gomaxprocs_threads")
		return ok && v == 1
	}, startTimeout, 50*time.Millisecond, "idle, the server runs on one processor")
	changes, ok := metricValue(metrics, "hatchery_gomaxprocs_changes_total")
	require.True(t, ok, grepLines(metrics, "gomaxprocs"))
	require.GreaterOrEqual(t, changes, float64(1))

	require.NoError(t, p.stop())
	require.Equal(t, most, runtime.GOMAXPROCS(0), "a stopped server gives every processor back")
}

// With GOMAXPROCS set (start names the test process's own), the
// operator's choice stands: idle for several quiet windows, the server has
// not lowered it. A governing server lowers it within one window.
func TestServerKeepsAnOperatorsGOMAXPROCS(t *testing.T) {
	most := runtime.GOMAXPROCS(0)
	if most < 2 {
		t.Skipf("GOMAXPROCS is %d: there is nothing to lower", most)
	}
	p := start(t, env{}, "serve", "--addr", "127.0.0.1:0", "--data-dir", t.TempDir())
	_, _ = httpGet(t, p.base+"/healthz")
	time.Sleep(5 * procs.QuietWindow)
	require.Equal(t, most, runtime.GOMAXPROCS(0))
}
