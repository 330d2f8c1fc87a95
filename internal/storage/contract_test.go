package storage_test

// The behaviour every Store must share, run against each backend (TestMinIO,
// TestLocal), so the application and the browser code can rely on it
// whichever is configured. Each backend supplies a fixture: a fresh, ready
// store plus the few things only the backend knows how to do (write an
// object behind the store's back, list what is left on disk or in the
// bucket, make time pass, forge its signatures).

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"io"
	"maps"
	"mime/multipart"
	"net/http"
	"slices"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"hatchery/internal/storage"
)

type fixture struct {
	store storage.Store
	// put stores data at key by another route than the one under test.
	put func(t *testing.T, key, contentType string, data []byte)
	// traces lists everything stored for key (every version, delete marker
	// or file), or for key "" everything in the store.
	traces func(t *testing.T, key string) []string
	// expire lets time pass until a token that expires at `at` has expired.
	expire func(t *testing.T, at time.Time)
	// forgeForm and forgeLink return backend-specific forgeries, by name, of
	// an upload form's fields and of a download link.
	forgeForm func(t *testing.T, up *storage.Upload) map[string]map[string]string
	forgeLink func(t *testing.T, link string) map[string]string
}

// testContract runs every contract test, in parallel, each on its own
// fixture from newFixture.
func testContract(t *testing.T, newFixture func(t *testing.T) *fixture) {
	for _, tc := range []struct {
		name string
		run  func(*testing.T, *fixture)
	}{
		{"UploadAndDownload", contractUploadAndDownload},
		{"UploadSizeLimit", contractUploadSizeLimit},
		{"UploadTamperedForm", contractUploadTamperedForm},
		{"UploadExpires", contractUploadExpires},
		{"DownloadRefused", contractDownloadRefused},
		{"Put", contractPut},
		{"PutRefused", contractPutRefused},
		{"Move", contractMove},
		{"Remove", contractRemove},
		{"Missing", contractMissing},
		{"EnsureBucketTwice", contractEnsureBucketTwice},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tc.run(t, newFixture(t))
		})
	}
}

func contractUploadAndDownload(t *testing.T, f *fixture) {
	ctx := t.Context()
	data := randBytes(t, 10<<20)
	key := "uploads/" + randHex(t, 8) + "/licence.pdf"
	before := time.Now()
	up, err := f.store.PresignUpload(ctx, key, "application/pdf", 20<<20, 5*time.Minute)
	if err != nil {
		t.Fatalf("PresignUpload: %v", err)
	}
	if up.Method != http.MethodPost {
		t.Errorf("Method = %q, want POST", up.Method)
	}
	if d := up.ExpiresAt.Sub(before); d < 5*time.Minute || d > 6*time.Minute {
		t.Errorf("ExpiresAt is %v after the call, want ~5m", d)
	}
	if up.Fields["Content-Type"] != "application/pdf" {
		t.Errorf("Fields[Content-Type] = %q, want application/pdf", up.Fields["Content-Type"])
	}
	if code, body := postForm(t, up, nil, data); code != http.StatusNoContent {
		t.Fatalf("upload: HTTP %d, want 204: %s", code, body)
	}

	info, err := f.store.Stat(ctx, key)
	if err != nil {
		t.Fatalf("Stat: %v", err)
	}
	if info.Size != int64(len(data)) || info.ContentType != "application/pdf" || info.ETag == "" {
		t.Fatalf("Stat = %+v, want size %d, application/pdf and an ETag", info, len(data))
	}
	assertContent(t, f.store, key, data)

	const filename = "营业执照 2026.pdf"
	for _, inline := range []bool{false, true} {
		link, err := f.store.PresignDownload(ctx, key, filename, inline, 5*time.Minute)
		if err != nil {
			t.Fatalf("PresignDownload(inline=%v): %v", inline, err)
		}
		resp, got := get(t, link, nil)
		if resp.StatusCode != http.StatusOK || !bytes.Equal(got, data) {
			t.Fatalf("GET link (inline=%v): HTTP %d, %d bytes, want 200 and the %d uploaded", inline, resp.StatusCode, len(got), len(data))
		}
		want := storage.ContentDisposition(filename)
		if inline {
			want = storage.InlineDisposition(filename)
		}
		if cd := resp.Header.Get("Content-Disposition"); cd != want {
			t.Fatalf("Content-Disposition (inline=%v) = %q, want %q", inline, cd, want)
		}
		if ct := resp.Header.Get("Content-Type"); ct != "application/pdf" {
			t.Errorf("Content-Type = %q, want application/pdf", ct)
		}

		// Range requests, for resumed downloads and PDF viewers.
		resp, got = get(t, link, http.Header{"Range": {"bytes=1000-1999"}})
		if resp.StatusCode != http.StatusPartialContent || !bytes.Equal(got, data[1000:2000]) {
			t.Fatalf("ranged GET: HTTP %d, %d bytes, want 206 and bytes 1000-1999", resp.StatusCode, len(got))
		}
	}
}

func contractUploadSizeLimit(t *testing.T, f *fixture) {
	const maxSize = 1 << 20
	key := "uploads/" + randHex(t, 8)
	up, err := f.store.PresignUpload(t.Context(), key, "image/png", maxSize, 5*time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	for _, size := range []int{maxSize + 1, 2 * maxSize, 0} {
		code, body := postForm(t, up, nil, randBytes(t, size))
		if code != http.StatusBadRequest {
			t.Fatalf("upload of %d bytes (limit 1..%d): HTTP %d, want 400: %s", size, maxSize, code, body)
		}
		assertNothingStored(t, f, key)
	}
	// The limit is inclusive: exactly maxSize bytes is fine, with the same form.
	if code, body := postForm(t, up, nil, randBytes(t, maxSize)); code != http.StatusNoContent {
		t.Fatalf("upload of exactly maxSize: HTTP %d: %s", code, body)
	}
	if info, err := f.store.Stat(t.Context(), key); err != nil || info.Size != maxSize {
		t.Fatalf("Stat after upload of maxSize = %+v, %v", info, err)
	}
}

func contractUploadTamperedForm(t *testing.T, f *fixture) {
	key := "uploads/" + randHex(t, 8)
	up, err := f.store.PresignUpload(t.Context(), key, "application/pdf", 1<<20, 5*time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	forgeries := map[string]map[string]string{
		"wrong Content-Type":   {"Content-Type": "text/html"},
		"missing Content-Type": {"Content-Type": ""},
	}
	for name, fields := range f.forgeForm(t, up) {
		forgeries[name] = fields
	}
	for name, overrides := range forgeries {
		code, body := postForm(t, up, overrides, []byte("%PDF-1.7 not really"))
		if code != http.StatusForbidden {
			t.Fatalf("%s: HTTP %d, want 403: %s", name, code, body)
		}
		assertNothingStored(t, f, key)
	}
	// Control: the untampered form is accepted, so the refusals above are
	// caused by the tampering and not by a broken form.
	if code, body := postForm(t, up, nil, []byte("%PDF-1.7 not really")); code != http.StatusNoContent {
		t.Fatalf("untampered form: HTTP %d: %s", code, body)
	}
}

func contractUploadExpires(t *testing.T, f *fixture) {
	key := "uploads/" + randHex(t, 8)
	up, err := f.store.PresignUpload(t.Context(), key, "text/plain", 1<<10, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	f.expire(t, up.ExpiresAt)
	if code, body := postForm(t, up, nil, []byte("too late")); code != http.StatusForbidden {
		t.Fatalf("expired upload: HTTP %d, want 403: %s", code, body)
	}
	assertNothingStored(t, f, key)
}

func contractDownloadRefused(t *testing.T, f *fixture) {
	ctx := t.Context()
	key := "docs/" + randHex(t, 8)
	data := []byte("secret document")
	f.put(t, key, "text/plain", data)

	link, err := f.store.PresignDownload(ctx, key, "doc.txt", false, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if resp, body := get(t, link, nil); resp.StatusCode != http.StatusOK || !bytes.Equal(body, data) {
		t.Fatalf("untampered link: HTTP %d %q", resp.StatusCode, body)
	}
	for name, forged := range f.forgeLink(t, link) {
		if resp, body := get(t, forged, nil); resp.StatusCode != http.StatusForbidden {
			t.Fatalf("%s: HTTP %d, want 403: %s", name, resp.StatusCode, body)
		}
	}

	missing, err := f.store.PresignDownload(ctx, "docs/missing", "doc.txt", false, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if resp, body := get(t, missing, nil); resp.StatusCode != http.StatusNotFound {
		t.Fatalf("link to a missing object: HTTP %d, want 404: %s", resp.StatusCode, body)
	}

	issued := time.Now()
	short, err := f.store.PresignDownload(ctx, key, "doc.txt", true, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	f.expire(t, issued.Add(time.Second))
	if resp, body := get(t, short, nil); resp.StatusCode != http.StatusForbidden {
		t.Fatalf("expired link: HTTP %d, want 403: %s", resp.StatusCode, body)
	}
}

// contractPut: a server-generated file (Put) is an object like any upload.
func contractPut(t *testing.T, f *fixture) {
	ctx := t.Context()
	key := "letters/" + randHex(t, 8) + "/decision.pdf"
	data := randBytes(t, 300<<10) // a decision letter's size
	info, err := f.store.Put(ctx, key, "application/pdf", bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("Put: %v", err)
	}
	if info.Size != int64(len(data)) || info.ContentType != "application/pdf" || info.ETag == "" {
		t.Fatalf("Put returned %+v, want size %d, application/pdf and an ETag", info, len(data))
	}
	if stat, err := f.store.Stat(ctx, key); err != nil || stat != info {
		t.Fatalf("Stat = %+v, %v; want what Put returned, %+v", stat, err, info)
	}
	assertContent(t, f.store, key, data)

	// The browser gets it the usual way, with the type given to Put.
	link, err := f.store.PresignDownload(ctx, key, "决定书.pdf", true, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if resp, got := get(t, link, nil); resp.StatusCode != http.StatusOK || !bytes.Equal(got, data) ||
		resp.Header.Get("Content-Type") != "application/pdf" {
		t.Fatalf("GET link: HTTP %d, %d bytes, type %q", resp.StatusCode, len(got), resp.Header.Get("Content-Type"))
	}

	// Overwriting replaces bytes and type. The reader holds more than size
	// bytes (a plain io.Reader, not a bytes.Reader): only size are stored.
	smaller := []byte("version 2, smaller and plain text")
	rest := io.MultiReader(bytes.NewReader(smaller), strings.NewReader("not part of the object"))
	info, err = f.store.Put(ctx, key, "text/plain; charset=utf-8", struct{ io.Reader }{rest}, int64(len(smaller)))
	if err != nil {
		t.Fatalf("second Put: %v", err)
	}
	if stat, err := f.store.Stat(ctx, key); err != nil || stat != info ||
		stat.Size != int64(len(smaller)) || stat.ContentType != "text/plain; charset=utf-8" {
		t.Fatalf("Stat after overwrite = %+v, %v; Put returned %+v", stat, err, info)
	}
	assertContent(t, f.store, key, smaller)
}

// contractPutRefused: bad arguments and a reader that fails or ends early
// store nothing, and none of those errors reads as "not found" or
// "unavailable": they are the caller's bugs, not the store's state.
func contractPutRefused(t *testing.T, f *fixture) {
	ctx := t.Context()
	data := []byte("%PDF-1.7 a letter")
	for name, tc := range map[string]struct {
		key, contentType string
		r                io.Reader
		size             int64
	}{
		"empty key":          {"", "application/pdf", bytes.NewReader(data), int64(len(data))},
		"absolute key":       {"/etc/passwd", "application/pdf", bytes.NewReader(data), int64(len(data))},
		"escaping key":       {"letters/../../x", "application/pdf", bytes.NewReader(data), int64(len(data))},
		"upper-case key":     {"Letters/X.pdf", "application/pdf", bytes.NewReader(data), int64(len(data))},
		"trailing slash":     {"letters/", "application/pdf", bytes.NewReader(data), int64(len(data))},
		"no content type":    {"letters/x", "", bytes.NewReader(data), int64(len(data))},
		"bad content type":   {"letters/x", "application/", bytes.NewReader(data), int64(len(data))},
		"zero size":          {"letters/x", "application/pdf", bytes.NewReader(nil), 0},
		"negative size":      {"letters/x", "application/pdf", bytes.NewReader(data), -1},
		"reader ends early":  {"letters/x", "application/pdf", bytes.NewReader(data), int64(len(data)) + 1},
		"plain reader short": {"letters/x", "application/pdf", struct{ io.Reader }{bytes.NewReader(data)}, 1 << 20},
		"reader fails":       {"letters/x", "application/pdf", io.MultiReader(bytes.NewReader(data), iotest.ErrReader(errBroken)), 1 << 20},
	} {
		info, err := f.store.Put(ctx, tc.key, tc.contentType, tc.r, tc.size)
		if err == nil || errors.Is(err, storage.ErrNotFound) || errors.Is(err, storage.ErrUnavailable) {
			t.Errorf("%s: Put = %+v, %v; want an error that is neither ErrNotFound nor ErrUnavailable", name, info, err)
		}
		if name == "reader fails" && !errors.Is(err, errBroken) {
			t.Errorf("%s: err = %v, want it to wrap the reader's error", name, err)
		}
		assertNothingStored(t, f, "letters/x")
	}
}

var errBroken = errors.New("broken reader")

func contractMove(t *testing.T, f *fixture) {
	ctx := t.Context()
	src, dst := "inbox/"+randHex(t, 8), "docs/"+randHex(t, 8)+"/licence.pdf"
	data := randBytes(t, 256<<10)
	f.put(t, dst, "text/plain", []byte("replaced by the move"))
	f.put(t, src, "application/pdf", []byte("an earlier version of src"))
	f.put(t, src, "application/pdf", data)

	info, err := f.store.Move(ctx, src, dst)
	if err != nil {
		t.Fatalf("Move: %v", err)
	}
	if info.Size != int64(len(data)) || info.ContentType != "application/pdf" || info.ETag == "" {
		t.Fatalf("Move returned %+v, want size %d, application/pdf and an ETag", info, len(data))
	}
	assertContent(t, f.store, dst, data)
	assertAbsent(t, f.store, src)
	if left := f.traces(t, src); len(left) > 0 {
		t.Fatalf("after Move, src still has %v", left)
	}

	other := "docs/" + randHex(t, 8)
	if _, err := f.store.Move(ctx, "inbox/missing", other); !errors.Is(err, storage.ErrNotFound) {
		t.Fatalf("Move of a missing object: err = %v, want ErrNotFound", err)
	}
	assertAbsent(t, f.store, other)
}

func contractRemove(t *testing.T, f *fixture) {
	ctx := t.Context()
	key := "docs/" + randHex(t, 8)
	sibling := key + "-2" // shares key as a prefix: must survive
	if err := f.store.Remove(ctx, key); err != nil {
		t.Fatalf("Remove of a never-existing key: %v", err)
	}
	f.put(t, sibling, "text/plain", []byte("keep me"))
	f.put(t, key, "text/plain", []byte("version 1"))
	f.put(t, key, "text/plain", []byte("version 2"))

	for i := range 2 {
		if err := f.store.Remove(ctx, key); err != nil {
			t.Fatalf("Remove #%d: %v", i+1, err)
		}
		assertAbsent(t, f.store, key)
		if _, err := f.store.Open(ctx, key); !errors.Is(err, storage.ErrNotFound) {
			t.Fatalf("Open after Remove #%d: err = %v, want ErrNotFound", i+1, err)
		}
		if left := f.traces(t, key); len(left) > 0 {
			t.Fatalf("after Remove #%d the store still has %v", i+1, left)
		}
	}
	assertContent(t, f.store, sibling, []byte("keep me"))
}

// contractMissing: a store that answers "no such object" gives ErrNotFound
// and not ErrUnavailable.
func contractMissing(t *testing.T, f *fixture) {
	assertAbsent(t, f.store, "nope/"+randHex(t, 4))
	if _, err := f.store.Open(t.Context(), "nope"); !errors.Is(err, storage.ErrNotFound) || errors.Is(err, storage.ErrUnavailable) {
		t.Fatalf("Open of a missing key: err = %v, want only ErrNotFound", err)
	}
}

func contractEnsureBucketTwice(t *testing.T, f *fixture) {
	if err := f.store.EnsureBucket(t.Context()); err != nil {
		t.Fatalf("second EnsureBucket: %v", err)
	}
	if err := f.store.Ping(t.Context()); err != nil {
		t.Fatalf("Ping: %v", err)
	}
}

// Helpers shared by the backends' tests.

func randHex(t *testing.T, n int) string { return hex.EncodeToString(randBytes(t, n)) }

func randBytes(t *testing.T, n int) []byte {
	t.Helper()
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return b
}

// flip changes the character at i (counted from the end if negative) to
// another one valid in hex and in base64.
func flip(s string, i int) string {
	if i < 0 {
		i += len(s)
	}
	repl := "0"
	if s[i] == '0' {
		repl = "1"
	}
	return s[:i] + repl + s[i+1:]
}

// postForm does what a browser does with an Upload: a multipart/form-data
// POST of the fields followed by the file as the last part. The overrides
// replace (or, with an empty value, delete) fields, to play a client that
// tampers with the form.
func postForm(t *testing.T, up *storage.Upload, overrides map[string]string, data []byte) (int, string) {
	t.Helper()
	fields := make(map[string]string, len(up.Fields))
	for k, v := range up.Fields {
		fields[k] = v
	}
	for k, v := range overrides {
		if v == "" {
			delete(fields, k)
		} else {
			fields[k] = v
		}
	}

	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	for _, k := range slices.Sorted(maps.Keys(fields)) {
		if err := w.WriteField(k, fields[k]); err != nil {
			t.Fatal(err)
		}
	}
	part, err := w.CreateFormFile("file", "upload.bin")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := part.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}

	req, err := http.NewRequestWithContext(t.Context(), up.Method, up.URL, &body)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", w.FormDataContentType())
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("POST %s: %v", up.URL, err)
	}
	defer resp.Body.Close()
	respBody, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(respBody)
}

// get fetches u with the extra header and returns the response (its body
// already read and closed) and the body.
func get(t *testing.T, u string, header http.Header) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequestWithContext(t.Context(), http.MethodGet, u, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header[k] = v
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", u, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: read: %v", u, err)
	}
	return resp, body
}

func assertContent(t *testing.T, s storage.Store, key string, want []byte) {
	t.Helper()
	rc, err := s.Open(t.Context(), key)
	if err != nil {
		t.Fatalf("Open(%q): %v", key, err)
	}
	got, err := io.ReadAll(rc)
	rc.Close()
	if err != nil {
		t.Fatalf("read %q: %v", key, err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("Open(%q) returned %d bytes that differ from the %d expected", key, len(got), len(want))
	}
}

func assertAbsent(t *testing.T, s storage.Store, key string) {
	t.Helper()
	_, err := s.Stat(t.Context(), key)
	if !errors.Is(err, storage.ErrNotFound) {
		t.Fatalf("Stat(%q): err = %v, want ErrNotFound", key, err)
	}
	if errors.Is(err, storage.ErrUnavailable) {
		t.Fatalf("Stat(%q): not-found must not also be ErrUnavailable: %v", key, err)
	}
}

// assertNothingStored checks that a refused upload left nothing anywhere in
// the store, not even under another key or as a temporary file.
func assertNothingStored(t *testing.T, f *fixture, key string) {
	t.Helper()
	assertAbsent(t, f.store, key)
	if left := f.traces(t, ""); len(left) > 0 {
		t.Fatalf("a refused upload left %s", strings.Join(left, ", "))
	}
}
