package server_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	_ "modernc.org/sqlite" // the test's own handle on the server's database file
)

// shutdownCase is a server holding one request in flight: a failed login,
// whose audit row waits for SQLite's write lock, which the test holds.
type shutdownCase struct {
	p       *proc
	lock    *sql.Conn
	answers chan string // the login's outcome: an HTTP status, or the client's error
}

func startWithRequestInFlight(t *testing.T, drain string) *shutdownCase {
	t.Helper()
	dataDir := t.TempDir()
	p := start(t, env{"HATCHERY_DRAIN_TIMEOUT": drain}, "serve", "--addr", "127.0.0.1:0", "--data-dir", dataDir)

	// Wait for the lock rather than fail at once: the server's start-up
	// jobs (one per part, each claiming its period) may be writing.
	db, err := sql.Open("sqlite", "file:"+filepath.ToSlash(filepath.Join(dataDir, "hatchery.db"))+"?_pragma=busy_timeout(10000)")
	require.NoError(t, err)
	t.Cleanup(func() { _ = db.Close() })
	ctx := context.Background()
	lock, err := db.Conn(ctx)
	require.NoError(t, err)
	t.Cleanup(func() { _ = lock.Close() })
	_, err = lock.ExecContext(ctx, "BEGIN IMMEDIATE")
	require.NoError(t, err)

	c := &shutdownCase{p: p, lock: lock, answers: make(chan string, 1)}
	go func() {
		body, _ := json.Marshal(map[string]any{"query": loginMutation, "variables": map[string]any{"u": "nobody", "p": "not-a-password"}})
		resp, err := httpClient.Post(p.base+"/query", "application/json", strings.NewReader(string(body)))
		if err != nil {
			c.answers <- "error: " + err.Error()
			return
		}
		_ = resp.Body.Close()
		c.answers <- http.StatusText(resp.StatusCode)
	}()
	// In flight: the gauge counts it and the /metrics request asking.
	deadline := time.Now().Add(startTimeout)
	for {
		_, metrics := httpGet(t, p.base+"/metrics")
		if v, ok := metricValue(string(metrics), "hatchery_http_requests_in_flight"); ok && v >= 2 {
			break
		}
		require.True(t, time.Now().Before(deadline), "the login never started")
		time.Sleep(10 * time.Millisecond) // polling, not waiting for an outcome
	}
	return c
}

func (c *shutdownCase) release(t *testing.T) {
	_, err := c.lock.ExecContext(context.Background(), "ROLLBACK")
	require.NoError(t, err)
}

// TestShutdownDrains: a request running when the shutdown starts is let
// finish and answered; Run returns nil (exit 0), no request is cut.
func TestShutdownDrains(t *testing.T) {
	t.Parallel()
	c := startWithRequestInFlight(t, "20s")
	stopped := make(chan error, 1)
	go func() { stopped <- c.p.stop() }()
	deadline := time.Now().Add(stopTimeout)
	for findLog(c.p.out.String(), "shutting down") == nil {
		require.True(t, time.Now().Before(deadline), "no shutdown started")
		time.Sleep(10 * time.Millisecond)
	}
	c.release(t)
	require.Equal(t, "OK", <-c.answers, "the running request is answered")
	require.NoError(t, <-stopped, c.p.out.String())
	require.Nil(t, findLog(c.p.out.String(), "shutdown: the drain time ran out; cutting the requests still running"))
	require.NotNil(t, findLog(c.p.out.String(), "stopped"))
}

// TestShutdownCutsAfterDrainTimeout: a request still running when the drain
// time is up is cut, listed in one WARN line, and Run still returns nil: a
// planned shutdown is not a crash (main exits 1 only on an error).
func TestShutdownCutsAfterDrainTimeout(t *testing.T) {
	t.Parallel()
	c := startWithRequestInFlight(t, "500ms")
	defer c.release(t)
	require.NoError(t, c.p.stop(), c.p.out.String())

	l := findLog(c.p.out.String(), "shutdown: the drain time ran out; cutting the requests still running")
	require.NotNil(t, l, c.p.out.String())
	require.Equal(t, "WARN", l["level"])
	require.Equal(t, float64(1), l["count"])
	reqs, _ := l["requests"].([]any)
	require.Len(t, reqs, 1, c.p.out.String())
	cut, _ := reqs[0].(map[string]any)
	require.Equal(t, "/query", cut["path"])
	require.Equal(t, "POST", cut["method"])
	require.NotEmpty(t, cut["request_id"])
	require.Nil(t, findLog(c.p.out.String(), "graceful shutdown"))

	select {
	case got := <-c.answers:
		t.Logf("the cut request's client saw: %s", got)
	case <-time.After(stopTimeout):
		t.Fatal("the cut request's client is still waiting")
	}
}
