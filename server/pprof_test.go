package server_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// The profiler answers on its own loopback listener and never on the API's.
func TestServeProfilerOnItsOwnListener(t *testing.T) {
	t.Parallel()
	p := start(t, env{}, "serve", "--addr", "127.0.0.1:0", "--data-dir", t.TempDir(), "--pprof-addr", "127.0.0.1:0")
	var addr string
	require.Eventually(t, func() bool {
		l := findLog(p.out.String(), "profiler listening")
		addr, _ = l["addr"].(string)
		return addr != ""
	}, 10*time.Second, 20*time.Millisecond, p.out.String())
	require.True(t, strings.HasPrefix(addr, "http://127.0.0.1:"), addr)
	require.NotContains(t, addr, "127.0.0.1:0/", "the log shows the real port")

	resp, body := httpGet(t, addr+"goroutine?debug=1")
	require.Equal(t, http.StatusOK, resp.StatusCode)
	require.Contains(t, string(body), "goroutine profile: total")

	resp, body = httpGet(t, p.base+"/debug/pprof/goroutine?debug=1")
	require.NotContains(t, string(body), "goroutine profile", "the API listener must not serve profiles (status %d)", resp.StatusCode)
	require.NoError(t, p.stop(), p.out.String())
}

// Without the flag, no profiler listens.
func TestServeWithoutProfiler(t *testing.T) {
	t.Parallel()
	p := start(t, env{}, "serve", "--addr", "127.0.0.1:0", "--data-dir", t.TempDir())
	require.Nil(t, findLog(p.out.String(), "profiler listening"), p.out.String())
	require.NoError(t, p.stop(), p.out.String())
}
