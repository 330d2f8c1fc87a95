package server_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"hatchery/internal/testenv"
)

// waitReady polls /readyz until it answers want or the deadline passes, and
// returns the last body.
func waitReady(t *testing.T, base string, want int) string {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, body := httpGet(t, base+"/readyz")
		if resp.StatusCode == want {
			return string(body)
		}
		if time.Now().After(deadline) {
			t.Fatalf("/readyz stayed HTTP %d (%s), want %d", resp.StatusCode, body, want)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestServeWithMinIO: the server prepares its bucket on a MinIO that comes
// up after it, reports the store in /readyz, and keeps the rest of the API
// up while the store is down.
func TestServeWithMinIO(t *testing.T) {
	m := testenv.StartMinIO(t)
	m.Stop() // down when the platform starts
	e := env{
		"MINIO_ENDPOINT": m.Endpoint, "MINIO_ACCESS_KEY": m.AccessKey, "MINIO_SECRET_KEY": m.SecretKey,
		"MINIO_BUCKET": "hatchery-serve-test",
	}
	p := start(t, e, "serve", "--addr", "127.0.0.1:0", "--data-dir", t.TempDir(), "--demo")

	require.JSONEq(t, `{"status":"document storage unreachable"}`, waitReady(t, p.base, http.StatusServiceUnavailable))
	resp, _ := httpGet(t, p.base+"/healthz")
	require.Equal(t, http.StatusOK, resp.StatusCode, "alive, if not ready")
	require.Contains(t, resp.Header.Get("Content-Security-Policy"), "connect-src 'self' data: blob: http://"+m.Endpoint,
		"the browser may post uploads to MinIO")
	token := login(t, p.base, "staff", "hatchery-demo")
	require.Positive(t, orgCount(t, p.base, token), "the API works without document storage")
	r := gql(t, p.base, token, `{ documentLimits { maxSize } }`, nil)
	require.Empty(t, r.Errors, r.Raw)

	m.Start() // the server keeps trying, creates the bucket and is ready
	require.JSONEq(t, `{"status":"ready"}`, waitReady(t, p.base, http.StatusOK))
	// Ready as soon as the bucket exists; the set-up logs once versioning is on too.
	require.Eventually(t, func() bool { return strings.Contains(p.out.String(), "document storage ready") },
		30*time.Second, 50*time.Millisecond, p.out.String())

	m.Stop()
	waitReady(t, p.base, http.StatusServiceUnavailable)
	require.Positive(t, orgCount(t, p.base, token))
}
