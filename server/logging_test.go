package server

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// requestLines runs one request answering status through withLogging at the
// given level and returns the "request" log lines written.
func requestLines(t *testing.T, level slog.Level, status int) []map[string]any {
	t.Helper()
	var buf bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{Level: level}))
	h := withLogging(log)(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(status) }))
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodPost, "/query", strings.NewReader("{}")))
	var lines []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		var m map[string]any
		if json.Unmarshal([]byte(l), &m) == nil && m["msg"] == "request" {
			lines = append(lines, m)
		}
	}
	return lines
}

// A request that went well writes no line at info level (the hot path
// logs nothing); debug shows every request; a failed one is an error line
// at any level.
func TestRequestLogLevels(t *testing.T) {
	require.Empty(t, requestLines(t, slog.LevelInfo, http.StatusOK))
	require.Empty(t, requestLines(t, slog.LevelInfo, http.StatusBadRequest))

	l := requestLines(t, slog.LevelDebug, http.StatusOK)
	require.Len(t, l, 1)
	require.Equal(t, "DEBUG", l[0]["level"])
	require.Equal(t, float64(200), l[0]["status"])
	require.Equal(t, "/query", l[0]["path"])

	l = requestLines(t, slog.LevelWarn, http.StatusInternalServerError)
	require.Len(t, l, 1)
	require.Equal(t, "ERROR", l[0]["level"])
	require.Equal(t, float64(500), l[0]["status"])

	// An outage (503) is not a bug: a warning.
	l = requestLines(t, slog.LevelInfo, http.StatusServiceUnavailable)
	require.Len(t, l, 1)
	require.Equal(t, "WARN", l[0]["level"])
}

// A request on the hot path allocates nothing for its log line when the
// level is info.
func TestQuietRequestLogAllocatesNothing(t *testing.T) {
	log := slog.New(slog.NewJSONHandler(&bytes.Buffer{}, &slog.HandlerOptions{Level: slog.LevelInfo}))
	h := withLogging(log)(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusOK) }))
	r := httptest.NewRequest(http.MethodPost, "/query", nil)
	w := httptest.NewRecorder()
	quiet := testing.AllocsPerRun(100, func() { h.ServeHTTP(w, r) })
	loud := slog.New(slog.NewJSONHandler(&bytes.Buffer{}, &slog.HandlerOptions{Level: slog.LevelDebug}))
	hl := withLogging(loud)(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusOK) }))
	logged := testing.AllocsPerRun(100, func() { hl.ServeHTTP(w, r) })
	t.Logf("allocations per request: %.0f quiet, %.0f logged", quiet, logged)
	require.Less(t, quiet, logged, "the quiet path must allocate less than the logged one")
	require.LessOrEqual(t, quiet, 1.0, "only the status recorder may allocate")
}
