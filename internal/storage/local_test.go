package storage_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"hatchery/internal/storage"
)

// newLocal returns a ready Local store in a fresh folder, served under
// /files/ by a test server the way the application mounts it, and the
// offset of its clock from the real time.
func newLocal(t *testing.T) (*storage.Local, *atomic.Int64) {
	t.Helper()
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	l, err := storage.NewLocal(t.TempDir(), randBytes(t, storage.SecretSize), srv.URL+"/files")
	if err != nil {
		t.Fatal(err)
	}
	mux.Handle("/files/", http.StripPrefix("/files", l.Handler()))
	var offset atomic.Int64
	storage.SetLocalClock(l, func() time.Time { return time.Now().Add(time.Duration(offset.Load())) })
	if err := l.EnsureBucket(t.Context()); err != nil {
		t.Fatal(err)
	}
	return l, &offset
}

// TestLocal runs the Store contract (contract_test.go) against Local.
func TestLocal(t *testing.T) {
	t.Parallel()
	testContract(t, newLocalFixture)
}

func newLocalFixture(t *testing.T) *fixture {
	l, offset := newLocal(t)
	return &fixture{
		store: l,
		put: func(t *testing.T, key, contentType string, data []byte) {
			t.Helper()
			up, err := l.PresignUpload(t.Context(), key, contentType, int64(len(data)), time.Minute)
			if err != nil {
				t.Fatal(err)
			}
			if code, body := postForm(t, up, nil, data); code != http.StatusNoContent {
				t.Fatalf("put %s: HTTP %d: %s", key, code, body)
			}
		},
		// The spent marker Move leaves is the local store's own record (see
		// TestLocalMovedKeyIsSpent), not a trace of the object.
		traces: func(t *testing.T, key string) []string {
			var objects []string
			for _, f := range localFiles(t, l.Dir(), key) {
				if !strings.Contains(filepath.ToSlash(f), "/spent/") {
					objects = append(objects, f)
				}
			}
			return objects
		},
		expire: func(t *testing.T, at time.Time) { offset.Store(int64(time.Until(at) + 2*time.Second)) },
		forgeForm: func(t *testing.T, up *storage.Upload) map[string]map[string]string {
			tok := up.Fields["token"]
			download, err := l.PresignDownload(t.Context(), "uploads/x", "x", false, time.Minute)
			if err != nil {
				t.Fatal(err)
			}
			return map[string]map[string]string{
				"tampered signature": {"token": flip(tok, -2)},
				"larger size":        {"token": editClaims(t, tok, "m", 1<<40)},
				"other key":          {"token": editClaims(t, tok, "k", "uploads/other")},
				"download token":     {"token": tokenOf(t, download)},
				"no token":           {"token": ""},
			}
		},
		forgeLink: func(t *testing.T, link string) map[string]string {
			tok := tokenOf(t, link)
			up, err := l.PresignUpload(t.Context(), "uploads/x", "text/plain", 10, time.Minute)
			if err != nil {
				t.Fatal(err)
			}
			base, _, _ := strings.Cut(link, "?")
			return map[string]string{
				"tampered signature": base + "?token=" + flip(tok, -2),
				"other file name":    base + "?token=" + editClaims(t, tok, "f", "evil.html"),
				"upload token":       base + "?token=" + up.Fields["token"],
				"no token":           base,
			}
		},
	}
}

// localFiles lists the regular files under dir, or those whose path ends
// in "/"+key: an object's files, wherever the layout keeps them.
func localFiles(t *testing.T, dir, key string) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() && (key == "" || strings.HasSuffix(filepath.ToSlash(p), "/"+key)) {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func tokenOf(t *testing.T, link string) string {
	t.Helper()
	u, err := url.Parse(link)
	if err != nil || u.Query().Get("token") == "" {
		t.Fatalf("no token in %q (%v)", link, err)
	}
	return u.Query().Get("token")
}

// editClaims forges a token: its claims with name set to value, under the
// original signature.
func editClaims(t *testing.T, tok, name string, value any) string {
	t.Helper()
	payload, sig, _ := strings.Cut(tok, ".")
	b, err := base64.RawURLEncoding.DecodeString(payload)
	if err != nil {
		t.Fatal(err)
	}
	claims := map[string]any{}
	if err := json.Unmarshal(b, &claims); err != nil {
		t.Fatal(err)
	}
	if _, ok := claims[name]; !ok {
		t.Fatalf("token has no claim %q: %s", name, b)
	}
	claims[name] = value
	if b, err = json.Marshal(claims); err != nil {
		t.Fatal(err)
	}
	return base64.RawURLEncoding.EncodeToString(b) + "." + sig
}

func TestLocalKeys(t *testing.T) {
	t.Parallel()
	l, _ := newLocal(t)
	ctx := t.Context()
	for _, key := range []string{
		"", "/etc/passwd", "../outside", "docs/../../outside", "docs/./x", "docs//x", "docs/",
		".hidden", "docs/.meta", "Docs/X", `docs\..\x`, "docs/x\x00y", "a..b", "docs/é",
		strings.Repeat("a", 256), strings.Repeat("a/", 600) + "a",
	} {
		_, errUp := l.PresignUpload(ctx, key, "text/plain", 10, time.Minute)
		_, errDown := l.PresignDownload(ctx, key, "x", false, time.Minute)
		_, errStat := l.Stat(ctx, key)
		_, errOpen := l.Open(ctx, key)
		_, errFrom := l.Move(ctx, key, "docs/ok")
		_, errTo := l.Move(ctx, "docs/ok", key)
		errRemove := l.Remove(ctx, key)
		_, errPut := l.Put(ctx, key, "text/plain", strings.NewReader("x"), 1)
		for i, err := range []error{errUp, errDown, errStat, errOpen, errFrom, errTo, errRemove, errPut} {
			// Not ErrNotFound: the key is wrong, not missing.
			if err == nil || errors.Is(err, storage.ErrNotFound) {
				t.Errorf("key %.40q, call #%d: err = %v, want an invalid-key error", key, i, err)
			}
		}
	}
	for _, key := range []string{"a", "uploads/0a1b/licence.pdf", "a-b_c.d/1"} {
		if _, err := l.PresignUpload(ctx, key, "text/plain", 10, time.Minute); err != nil {
			t.Errorf("key %q refused: %v", key, err)
		}
	}
	// A key that is a "folder" of another key is not an object.
	up, err := l.PresignUpload(ctx, "docs/a/b", "text/plain", 10, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if code, body := postForm(t, up, nil, []byte("x")); code != http.StatusNoContent {
		t.Fatalf("upload: HTTP %d: %s", code, body)
	}
	assertAbsent(t, l, "docs/a")
	assertAbsent(t, l, "docs/a/b/c")
	if err := l.Remove(ctx, "docs/a"); err != nil {
		t.Fatalf("Remove of a folder key: %v", err)
	}
	assertContent(t, l, "docs/a/b", []byte("x"))
}

// TestLocalDownloadHeaders: a user's file served from our own origin must
// not be able to run script there, nor be cached or sniffed.
func TestLocalDownloadHeaders(t *testing.T) {
	t.Parallel()
	l, _ := newLocal(t)
	html := []byte("<script>alert(document.cookie)</script>")
	up, err := l.PresignUpload(t.Context(), "docs/page", "text/html", 100, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if code, body := postForm(t, up, nil, html); code != http.StatusNoContent {
		t.Fatalf("upload: HTTP %d: %s", code, body)
	}
	link, err := l.PresignDownload(t.Context(), "docs/page", "page.html", true, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	resp, body := get(t, link, nil)
	if resp.StatusCode != http.StatusOK || !bytes.Equal(body, html) {
		t.Fatalf("GET: HTTP %d %q", resp.StatusCode, body)
	}
	for name, want := range map[string]string{
		"Content-Type":            "text/html",
		"Content-Disposition":     storage.InlineDisposition("page.html"),
		"X-Content-Type-Options":  "nosniff",
		"Content-Security-Policy": "sandbox",
		"Cache-Control":           "private, no-store",
	} {
		if got := resp.Header.Get(name); got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}

	resp, err = http.Head(link)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || resp.ContentLength != int64(len(html)) {
		t.Errorf("HEAD: HTTP %d, length %d", resp.StatusCode, resp.ContentLength)
	}

	// A PDF previews in the browser's viewer, which a sandbox would block.
	up, err = l.PresignUpload(t.Context(), "docs/pdf", "application/pdf", 100, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if code, body := postForm(t, up, nil, []byte("%PDF-1.4\n%%EOF\n")); code != http.StatusNoContent {
		t.Fatalf("upload: HTTP %d: %s", code, body)
	}
	link, err = l.PresignDownload(t.Context(), "docs/pdf", "a.pdf", true, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	resp, _ = get(t, link, nil)
	if csp := resp.Header.Get("Content-Security-Policy"); csp != "" || resp.Header.Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("inline PDF: CSP %q (want none), nosniff %q", csp, resp.Header.Get("X-Content-Type-Options"))
	}
}

// TestLocalUploadProtocol: forms that are not what Upload describes.
func TestLocalUploadProtocol(t *testing.T) {
	t.Parallel()
	l, _ := newLocal(t)
	up, err := l.PresignUpload(t.Context(), "docs/x", "text/plain", 100, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	type part struct{ name, value string }
	for _, tc := range []struct {
		name  string
		parts []part
		want  int
	}{
		{"file before the fields", []part{{"file", "x"}, {"token", up.Fields["token"]}, {"Content-Type", "text/plain"}}, http.StatusForbidden},
		{"second Content-Type", []part{{"token", up.Fields["token"]}, {"Content-Type", "text/plain"}, {"Content-Type", "text/html"}, {"file", "x"}}, http.StatusBadRequest},
		{"no file", []part{{"token", up.Fields["token"]}, {"Content-Type", "text/plain"}}, http.StatusBadRequest},
		{"huge field", []part{{"token", strings.Repeat("a", 100<<10)}, {"file", "x"}}, http.StatusBadRequest},
	} {
		var body bytes.Buffer
		w := multipart.NewWriter(&body)
		for _, p := range tc.parts {
			if err := w.WriteField(p.name, p.value); err != nil {
				t.Fatal(err)
			}
		}
		w.Close()
		resp, err := http.Post(up.URL, w.FormDataContentType(), &body)
		if err != nil {
			t.Fatal(err)
		}
		msg, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tc.want {
			t.Errorf("%s: HTTP %d, want %d: %s", tc.name, resp.StatusCode, tc.want, msg)
		}
	}

	for method, u := range map[string]string{"POST": up.URL, "GET": up.URL} {
		contentType := "text/plain" // not multipart
		req, _ := http.NewRequestWithContext(t.Context(), method, u, strings.NewReader("x"))
		req.Header.Set("Content-Type", contentType)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if want := map[string]int{"POST": 400, "GET": 405}[method]; resp.StatusCode != want {
			t.Errorf("%s non-multipart: HTTP %d, want %d", method, resp.StatusCode, want)
		}
	}
	if files := localFiles(t, l.Dir(), ""); len(files) > 0 {
		t.Fatalf("refused uploads left %v", files)
	}
}

// TestLocalMovedKeyIsSpent: once an upload's object has been moved away
// (the upload completed), its form is refused, and Remove of the key (the
// clean-up job) forgets it.
func TestLocalMovedKeyIsSpent(t *testing.T) {
	t.Parallel()
	l, _ := newLocal(t)
	data := []byte("the upload")
	up, err := l.PresignUpload(t.Context(), "uploads/a/x", "text/plain", 100, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if code, body := postForm(t, up, nil, data); code != http.StatusNoContent {
		t.Fatalf("first post: HTTP %d: %s", code, body)
	}
	if _, err := l.Move(t.Context(), "uploads/a/x", "documents/a/x"); err != nil {
		t.Fatal(err)
	}
	if code, body := postForm(t, up, nil, data); code != http.StatusConflict || !strings.Contains(body, "completed already") {
		t.Fatalf("post after the move: HTTP %d: %s, want 409", code, body)
	}
	if _, err := l.Stat(t.Context(), "uploads/a/x"); !errors.Is(err, storage.ErrNotFound) {
		t.Fatalf("a refused post stored something: %v", err)
	}
	if err := l.Remove(t.Context(), "uploads/a/x"); err != nil {
		t.Fatal(err)
	}
	if files := localFiles(t, filepath.Join(l.Dir(), "spent"), ""); len(files) > 0 {
		t.Fatalf("Remove left the marker: %v", files)
	}
	if code, body := postForm(t, up, nil, data); code != http.StatusNoContent {
		t.Fatalf("post after Remove: HTTP %d: %s", code, body)
	}
}

// TestLocalUploadIsStreamed uploads 64 MiB and checks the process allocated
// far less than that: the handler streams to disk instead of buffering.
// Not parallel: it measures the whole process's allocations.
func TestLocalUploadIsStreamed(t *testing.T) {
	const size = 64 << 20
	l, _ := newLocal(t)
	up, err := l.PresignUpload(t.Context(), "big/file", "application/octet-stream", size, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	chunk := randBytes(t, 1<<20)
	sum := sha256.New()
	pr, pw := io.Pipe()
	form := multipart.NewWriter(pw)
	go func() { // the client streams too, so it does not count either
		for k, v := range up.Fields {
			form.WriteField(k, v)
		}
		file, err := form.CreateFormFile("file", "big.bin")
		for i := 0; err == nil && i < size/len(chunk); i++ {
			chunk[0] = byte(i) // every chunk different
			sum.Write(chunk)
			_, err = file.Write(chunk)
		}
		if err == nil {
			err = form.Close()
		}
		pw.CloseWithError(err)
	}()
	req, err := http.NewRequestWithContext(t.Context(), http.MethodPost, up.URL, pr)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", form.FormDataContentType())

	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	msg, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	runtime.ReadMemStats(&after)
	if resp.StatusCode != http.StatusNoContent {
		t.Fatalf("upload: HTTP %d: %s", resp.StatusCode, msg)
	}

	allocated := after.TotalAlloc - before.TotalAlloc
	t.Logf("uploading %d MiB allocated %.1f MiB", size>>20, float64(allocated)/(1<<20))
	if allocated > size/4 {
		t.Errorf("uploading %d MiB allocated %d MiB: the upload is buffered in memory", size>>20, allocated>>20)
	}

	rc, err := l.Open(t.Context(), "big/file")
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	stored := sha256.New()
	if n, err := io.Copy(stored, rc); err != nil || n != size {
		t.Fatalf("read back %d bytes, %v", n, err)
	}
	if !bytes.Equal(stored.Sum(nil), sum.Sum(nil)) {
		t.Fatal("stored content differs from the upload")
	}
}

func TestNewLocal(t *testing.T) {
	t.Parallel()
	secret := randBytes(t, storage.SecretSize)
	for _, tc := range []struct {
		name, dir, base string
		secret          []byte
	}{
		{"empty folder", "", "/files", secret},
		{"short secret", "x", "/files", secret[:16]},
		{"relative path", "x", "files", secret},
		{"other scheme", "x", "ftp://h/files", secret},
		{"query", "x", "/files?a=b", secret},
		{"host without scheme", "x", "//h/files", secret},
	} {
		if _, err := storage.NewLocal(tc.dir, tc.secret, tc.base); err == nil {
			t.Errorf("%s: NewLocal(%q, %d-byte secret, %q) succeeded", tc.name, tc.dir, len(tc.secret), tc.base)
		}
	}

	// With a path as base, the URLs are paths on the application's origin.
	l, err := storage.NewLocal(t.TempDir(), secret, "/files/")
	if err != nil {
		t.Fatal(err)
	}
	if err := l.Ping(t.Context()); err == nil {
		t.Error("Ping before EnsureBucket succeeded")
	}
	if err := l.EnsureBucket(t.Context()); err != nil {
		t.Fatal(err)
	}
	if err := l.Ping(t.Context()); err != nil {
		t.Errorf("Ping: %v", err)
	}
	up, err := l.PresignUpload(t.Context(), "k", "text/plain", 1, time.Minute)
	if err != nil || up.URL != "/files/upload" {
		t.Errorf("upload URL = %v, %v; want /files/upload", up, err)
	}
	link, err := l.PresignDownload(t.Context(), "k", "k.txt", false, time.Minute)
	if err != nil || !strings.HasPrefix(link, "/files/download?token=") {
		t.Errorf("download link = %q, %v; want /files/download?token=…", link, err)
	}
}

// TestLocalEnsureBucketCleansTemp: uploads a crash abandoned are deleted,
// uploads in progress are not.
func TestLocalEnsureBucketCleansTemp(t *testing.T) {
	t.Parallel()
	l, _ := newLocal(t)
	old := filepath.Join(l.Dir(), "tmp", "upload-old")
	current := filepath.Join(l.Dir(), "tmp", "upload-current")
	for _, p := range []string{old, current} {
		if err := os.WriteFile(p, []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	long := time.Now().Add(-48 * time.Hour)
	if err := os.Chtimes(old, long, long); err != nil {
		t.Fatal(err)
	}
	if err := l.EnsureBucket(t.Context()); err != nil {
		t.Fatal(err)
	}
	if files := localFiles(t, l.Dir(), ""); len(files) != 1 || files[0] != current {
		t.Fatalf("after EnsureBucket: %v, want only %s", files, current)
	}
}

func TestLoadOrCreateSecret(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "state", "storage.key")

	// Concurrent first starts all end up with the one key on disk.
	keys := make([][]byte, 8)
	var wg sync.WaitGroup
	for i := range keys {
		wg.Go(func() {
			var err error
			if keys[i], err = storage.LoadOrCreateSecret(path); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	onDisk, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for i, k := range keys {
		if len(k) != storage.SecretSize || !bytes.Equal(k, onDisk) {
			t.Fatalf("caller %d got %x, the file holds %x", i, k, onDisk)
		}
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode: %v, %v; want 0600", fi.Mode(), err)
	}
	if again, err := storage.LoadOrCreateSecret(path); err != nil || !bytes.Equal(again, onDisk) {
		t.Fatalf("second load = %x, %v; want the same key", again, err)
	}
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
		t.Fatalf("temporary files left next to the key: %v", entries)
	}

	if err := os.WriteFile(path, []byte("too short"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := storage.LoadOrCreateSecret(path); err == nil {
		t.Fatal("a key file of the wrong size was accepted")
	}
}
