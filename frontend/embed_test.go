package frontend

import (
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/require"
)

func builtFS() fstest.MapFS {
	return fstest.MapFS{
		"index.html":              {Data: []byte("<!doctype html><div id=root></div>")},
		"assets/index-AbC123.js":  {Data: []byte("console.log(1)")},
		"assets/index-AbC123.css": {Data: []byte("body{}")},
		"robots.txt":              {Data: []byte("User-agent: *")},
		".gitkeep":                {Data: nil},
	}
}

func get(t *testing.T, h http.Handler, method, target string) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(method, target, nil))
	return rec
}

func TestHandlerServesIndexAtRoot(t *testing.T) {
	rec := get(t, handlerFS(builtFS()), http.MethodGet, "/")
	if rec.Code != http.StatusOK {
		t.Fatalf("status = %d, want 200", rec.Code)
	}
	if got := rec.Header().Get("Cache-Control"); got != "no-cache" {
		t.Errorf("Cache-Control = %q, want no-cache", got)
	}
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
		t.Errorf("Content-Type = %q, want text/html", ct)
	}
	if !strings.Contains(rec.Body.String(), `id=root`) {
		t.Errorf("body = %q, want index.html", rec.Body.String())
	}
}

func TestHandlerHashedAssetsAreImmutable(t *testing.T) {
	h := handlerFS(builtFS())
	for _, p := range []string{"/assets/index-AbC123.js", "/assets/index-AbC123.css"} {
		rec := get(t, h, http.MethodGet, p)
		if rec.Code != http.StatusOK {
			t.Fatalf("%s: status = %d, want 200", p, rec.Code)
		}
		if got, want := rec.Header().Get("Cache-Control"), "public, max-age=31536000, immutable"; got != want {
			t.Errorf("%s: Cache-Control = %q, want %q", p, got, want)
		}
	}
	rec := get(t, h, http.MethodGet, "/assets/index-AbC123.js")
	if ct := rec.Header().Get("Content-Type"); !strings.Contains(ct, "javascript") {
		t.Errorf("js Content-Type = %q", ct)
	}
}

func TestHandlerOtherFilesAreNotImmutable(t *testing.T) {
	rec := get(t, handlerFS(builtFS()), http.MethodGet, "/robots.txt")
	if rec.Code != http.StatusOK || rec.Body.String() != "User-agent: *" {
		t.Fatalf("status %d body %q", rec.Code, rec.Body.String())
	}
	if got := rec.Header().Get("Cache-Control"); got != "no-cache" {
		t.Errorf("Cache-Control = %q, want no-cache", got)
	}
}

func TestHandlerFallsBackToIndexForClientRoutes(t *testing.T) {
	h := handlerFS(builtFS())
	for _, p := range []string{"/organizations", "/organizations/42/edit", "/admin/audit?x=1", "/index.html"} {
		rec := get(t, h, http.MethodGet, p)
		if rec.Code != http.StatusOK {
			t.Fatalf("%s: status = %d, want 200", p, rec.Code)
		}
		if !strings.Contains(rec.Body.String(), "id=root") {
			t.Errorf("%s: did not serve index.html", p)
		}
		if got := rec.Header().Get("Cache-Control"); got != "no-cache" {
			t.Errorf("%s: Cache-Control = %q, want no-cache", p, got)
		}
	}
}

func TestHandlerMissingFileWithExtensionIs404(t *testing.T) {
	h := handlerFS(builtFS())
	for _, p := range []string{"/assets/old-123.js", "/favicon.ico"} {
		if rec := get(t, h, http.MethodGet, p); rec.Code != http.StatusNotFound {
			t.Errorf("%s: status = %d, want 404", p, rec.Code)
		}
	}
}

func TestHandlerDirectoryIsClientRoute(t *testing.T) {
	rec := get(t, handlerFS(builtFS()), http.MethodGet, "/assets")
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "id=root") {
		t.Fatalf("/assets: status %d, want index.html", rec.Code)
	}
}

func TestHandlerPathTraversalStaysInside(t *testing.T) {
	rec := get(t, handlerFS(builtFS()), http.MethodGet, "/../../etc/passwd")
	if rec.Code == http.StatusOK && !strings.Contains(rec.Body.String(), "id=root") {
		t.Fatalf("traversal served something else: %q", rec.Body.String())
	}
}

func TestHandlerHead(t *testing.T) {
	rec := get(t, handlerFS(builtFS()), http.MethodHead, "/organizations")
	if rec.Code != http.StatusOK {
		t.Fatalf("HEAD status = %d", rec.Code)
	}
	if rec.Body.Len() != 0 {
		t.Errorf("HEAD wrote a body")
	}
}

func TestHandlerRejectsOtherMethods(t *testing.T) {
	rec := get(t, handlerFS(builtFS()), http.MethodPost, "/")
	if rec.Code != http.StatusMethodNotAllowed {
		t.Fatalf("POST status = %d, want 405", rec.Code)
	}
}

func TestHandlerNotBuilt(t *testing.T) {
	h := handlerFS(fstest.MapFS{".gitkeep": {Data: nil}})
	for _, p := range []string{"/", "/organizations", "/assets/x.js"} {
		rec := get(t, h, http.MethodGet, p)
		body, _ := io.ReadAll(rec.Body)
		if rec.Code != http.StatusServiceUnavailable {
			t.Errorf("%s: status = %d, want 503", p, rec.Code)
		}
		if !strings.Contains(string(body), "not built") || !strings.Contains(string(body), "make run") {
			t.Errorf("%s: body does not explain how to build: %q", p, body)
		}
	}
}

func TestHandlerEmbedded(t *testing.T) {
	// Whatever state dist is in (built or only .gitkeep), Handler must answer "/".
	rec := get(t, Handler(), http.MethodGet, "/")
	if rec.Code != http.StatusOK && rec.Code != http.StatusServiceUnavailable {
		t.Fatalf("status = %d", rec.Code)
	}
}

func TestAssetsAreGzipped(t *testing.T) {
	js := strings.Repeat("console.log('hatchery');\n", 200)
	h := handlerFS(fstest.MapFS{
		"index.html":          {Data: []byte("<html>app</html>")},
		"assets/app-abc.js":   {Data: []byte(js)},
		"assets/logo-abc.png": {Data: []byte("\x89PNG....")},
	})
	req := httptest.NewRequest(http.MethodGet, "/assets/app-abc.js", nil)
	req.Header.Set("Accept-Encoding", "br, gzip")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	require.Equal(t, http.StatusOK, rec.Code)
	require.Equal(t, "gzip", rec.Header().Get("Content-Encoding"))
	require.Contains(t, rec.Header().Get("Content-Type"), "javascript")
	require.Less(t, rec.Body.Len(), len(js)/5)
	zr, err := gzip.NewReader(rec.Body)
	require.NoError(t, err)
	got, err := io.ReadAll(zr)
	require.NoError(t, err)
	require.Equal(t, js, string(got))

	// Without gzip in Accept-Encoding, and for images, the bytes go as they are.
	req = httptest.NewRequest(http.MethodGet, "/assets/app-abc.js", nil)
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	require.Empty(t, rec.Header().Get("Content-Encoding"))
	require.Equal(t, js, rec.Body.String())
	req = httptest.NewRequest(http.MethodGet, "/assets/logo-abc.png", nil)
	req.Header.Set("Accept-Encoding", "gzip")
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	require.Empty(t, rec.Header().Get("Content-Encoding"))
}
