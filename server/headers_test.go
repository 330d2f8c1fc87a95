package server_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"hatchery/server"
)

// directives splits a Content-Security-Policy into its directives.
func directives(csp string) map[string]string {
	out := map[string]string{}
	for _, d := range strings.Split(csp, ";") {
		name, value, _ := strings.Cut(strings.TrimSpace(d), " ")
		out[name] = value
	}
	return out
}

// TestSecurityHeaders: every response carries nosniff, no Referer and
// no framing by other sites; pages carry a content security policy the web
// app works with (its own scripts, inline styles for antd, data: images) and
// that lets the browser talk to MinIO when documents live there. The local
// store's downloads may be framed by the app (PDF previews).
func TestSecurityHeaders(t *testing.T) {
	srv, _ := handlerServer(t, server.Config{})
	for _, path := range []string{"/", "/organizations/1", "/verify/nothing", "/healthz"} {
		resp, err := http.Get(srv.URL + path)
		require.NoError(t, err)
		resp.Body.Close()
		h := resp.Header
		require.Equal(t, "nosniff", h.Get("X-Content-Type-Options"), path)
		require.Equal(t, "no-referrer", h.Get("Referrer-Policy"), path)
		require.Equal(t, "DENY", h.Get("X-Frame-Options"), path)
		csp := directives(h.Get("Content-Security-Policy"))
		require.Equal(t, "'none'", csp["frame-ancestors"], path)
		require.Equal(t, "'self'", csp["script-src"], path)
		require.Equal(t, "'self' 'unsafe-inline'", csp["style-src"], path)
		require.Equal(t, "'none'", csp["object-src"], path)
		require.Contains(t, csp["img-src"], "data:", path)
		require.Equal(t, "'self' data: blob:", csp["connect-src"], "no MinIO configured: %s", path)
	}

	resp, err := http.Post(srv.URL+"/query", "application/json", strings.NewReader(`{"query":"{ me { id } }"}`))
	require.NoError(t, err)
	resp.Body.Close()
	require.Equal(t, "nosniff", resp.Header.Get("X-Content-Type-Options"))
	require.Equal(t, "DENY", resp.Header.Get("X-Frame-Options"))

	resp, err = http.Get(srv.URL + "/files/download?token=nothing")
	require.NoError(t, err)
	resp.Body.Close()
	require.Equal(t, "nosniff", resp.Header.Get("X-Content-Type-Options"))
	require.Equal(t, "SAMEORIGIN", resp.Header.Get("X-Frame-Options"))
	require.Equal(t, "frame-ancestors 'self'", resp.Header.Get("Content-Security-Policy"))

	withMinIO, _ := handlerServer(t, server.Config{MinIO: server.MinIOConfig{Endpoint: "minio.example.org:9000", UseSSL: true}})
	resp, err = http.Get(withMinIO.URL + "/")
	require.NoError(t, err)
	resp.Body.Close()
	csp := directives(resp.Header.Get("Content-Security-Policy"))
	for _, d := range []string{"connect-src", "img-src", "frame-src"} {
		require.Contains(t, csp[d], "https://minio.example.org:9000", d)
	}
	require.Equal(t, "'none'", csp["frame-ancestors"])
}
