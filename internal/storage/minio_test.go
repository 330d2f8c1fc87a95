package storage_test

// These tests run against a REAL MinIO server, because the point of the
// MinIO backend is that the server enforces the upload limits; a mock would
// only test our assumptions about MinIO. scripts/with-minio.sh starts one:
//
//	scripts/with-minio.sh go test -race -count=1 ./internal/storage/
//
// Without it the tests skip locally and fail under CI=true.

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"

	"hatchery/internal/storage"
	"hatchery/internal/testdb"
)

type minioEnv struct {
	endpoint, accessKey, secretKey string
}

// requireMinIO returns the server from scripts/with-minio.sh's variables,
// skipping the test (failing it under CI=true) when they are not set.
func requireMinIO(t *testing.T) minioEnv {
	t.Helper()
	e := minioEnv{
		endpoint:  os.Getenv("HATCHERY_TEST_MINIO_ENDPOINT"),
		accessKey: os.Getenv("HATCHERY_TEST_MINIO_ACCESS_KEY"),
		secretKey: os.Getenv("HATCHERY_TEST_MINIO_SECRET_KEY"),
	}
	if e.endpoint == "" || e.accessKey == "" || e.secretKey == "" {
		const hint = "HATCHERY_TEST_MINIO_ENDPOINT/_ACCESS_KEY/_SECRET_KEY not set; run: scripts/with-minio.sh go test ./internal/storage/"
		if testdb.UnderCI() {
			t.Fatal("MinIO is required under CI=true: " + hint)
		}
		t.Skip(hint)
	}
	return e
}

func randHex(t *testing.T, n int) string {
	t.Helper()
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(b)
}

func randBytes(t *testing.T, n int) []byte {
	t.Helper()
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return b
}

// adminClient is a plain minio-go client, used to inspect the server
// independently of the code under test.
func adminClient(t *testing.T, e minioEnv) *minio.Client {
	t.Helper()
	c, err := minio.New(e.endpoint, &minio.Options{Creds: credentials.NewStaticV4(e.accessKey, e.secretKey, "")})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// newStore returns a store on a fresh, not yet created bucket, removed with
// all its object versions when the test ends.
func newStore(t *testing.T) (*storage.MinIO, *minio.Client) {
	t.Helper()
	e := requireMinIO(t)
	bucket := "hatchery-test-" + randHex(t, 8)
	s, err := storage.NewMinIO(e.endpoint, e.accessKey, e.secretKey, bucket, false)
	if err != nil {
		t.Fatal(err)
	}
	admin := adminClient(t, e)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if ok, err := admin.BucketExists(ctx, bucket); err != nil || !ok {
			return
		}
		// A versioned bucket can only be removed once every version and
		// delete marker is gone.
		for obj := range admin.ListObjects(ctx, bucket, minio.ListObjectsOptions{Recursive: true, WithVersions: true}) {
			if obj.Err != nil {
				t.Errorf("cleanup: list %s: %v", bucket, obj.Err)
				return
			}
			if err := admin.RemoveObject(ctx, bucket, obj.Key, minio.RemoveObjectOptions{VersionID: obj.VersionID}); err != nil {
				t.Errorf("cleanup: remove %s/%s@%s: %v", bucket, obj.Key, obj.VersionID, err)
			}
		}
		if err := admin.RemoveBucket(ctx, bucket); err != nil {
			t.Errorf("cleanup: remove bucket %s: %v", bucket, err)
		}
	})
	return s, admin
}

// readyStore is newStore with the bucket created.
func readyStore(t *testing.T) (*storage.MinIO, *minio.Client) {
	t.Helper()
	s, admin := newStore(t)
	if err := s.EnsureBucket(t.Context()); err != nil {
		t.Fatalf("EnsureBucket: %v", err)
	}
	return s, admin
}

// postForm does what a browser does with an Upload: a multipart/form-data
// POST of the policy fields followed by the file as the last part. The
// overrides replace (or, with an empty value, delete) policy fields, to play
// a client that tampers with the form.
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
	keys := make([]string, 0, len(fields))
	for k := range fields {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
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

func assertAbsent(t *testing.T, s storage.Store, key string) {
	t.Helper()
	_, err := s.Stat(t.Context(), key)
	if !errors.Is(err, storage.ErrNotFound) {
		t.Fatalf("Stat(%q) after refused upload: err = %v, want ErrNotFound", key, err)
	}
	if errors.Is(err, storage.ErrUnavailable) {
		t.Fatalf("Stat(%q): not-found must not also be ErrUnavailable: %v", key, err)
	}
}

func TestEnsureBucket(t *testing.T) {
	t.Parallel()
	s, admin := newStore(t)
	ctx := t.Context()

	// Before the bucket exists Ping must complain, but not as "unavailable":
	// the server answered.
	if err := s.Ping(ctx); err == nil || errors.Is(err, storage.ErrUnavailable) {
		t.Fatalf("Ping on missing bucket: err = %v, want a non-ErrUnavailable error", err)
	}

	for i := range 2 { // the second call must be a no-op
		if err := s.EnsureBucket(ctx); err != nil {
			t.Fatalf("EnsureBucket #%d: %v", i+1, err)
		}
		ok, err := admin.BucketExists(ctx, s.Bucket())
		if err != nil || !ok {
			t.Fatalf("after EnsureBucket #%d: BucketExists = %v, %v", i+1, ok, err)
		}
		cfg, err := admin.GetBucketVersioning(ctx, s.Bucket())
		if err != nil {
			t.Fatal(err)
		}
		if !cfg.Enabled() {
			t.Fatalf("after EnsureBucket #%d: versioning status %q, want Enabled", i+1, cfg.Status)
		}
	}
	if err := s.Ping(ctx); err != nil {
		t.Fatalf("Ping: %v", err)
	}
}

func TestPresignedUploadAndDownload(t *testing.T) {
	t.Parallel()
	s, _ := readyStore(t)
	ctx := t.Context()

	data := randBytes(t, 10<<20)
	key := "uploads/" + randHex(t, 8) + "/licence.pdf"
	before := time.Now()
	up, err := s.PresignUpload(ctx, key, "application/pdf", 20<<20, 5*time.Minute)
	if err != nil {
		t.Fatalf("PresignUpload: %v", err)
	}
	if up.Method != http.MethodPost {
		t.Errorf("Method = %q, want POST", up.Method)
	}
	if d := up.ExpiresAt.Sub(before); d < 5*time.Minute || d > 5*time.Minute+time.Minute {
		t.Errorf("ExpiresAt is %v after the call, want ~5m", d)
	}
	if up.Fields["key"] != key || up.Fields["Content-Type"] != "application/pdf" || up.Fields["policy"] == "" {
		t.Errorf("unexpected Fields: %v", up.Fields)
	}

	if code, body := postForm(t, up, nil, data); code/100 != 2 {
		t.Fatalf("upload: HTTP %d: %s", code, body)
	}

	info, err := s.Stat(ctx, key)
	if err != nil {
		t.Fatalf("Stat: %v", err)
	}
	if info.Size != int64(len(data)) || info.ContentType != "application/pdf" || info.ETag == "" {
		t.Fatalf("Stat = %+v, want size %d, application/pdf and an ETag", info, len(data))
	}

	rc, err := s.Open(ctx, key)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	got, err := io.ReadAll(rc)
	rc.Close()
	if err != nil {
		t.Fatalf("read: %v", err)
	}
	if !bytes.Equal(got, data) {
		t.Fatalf("Open returned %d bytes that differ from the %d uploaded", len(got), len(data))
	}

	const filename = "营业执照 2026.pdf"
	link, err := s.PresignDownload(ctx, key, filename, 5*time.Minute)
	if err != nil {
		t.Fatalf("PresignDownload: %v", err)
	}
	resp, err := http.Get(link)
	if err != nil {
		t.Fatalf("GET presigned: %v", err)
	}
	defer resp.Body.Close()
	got, err = io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("read presigned: %v", err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET presigned: HTTP %d: %s", resp.StatusCode, got)
	}
	if !bytes.Equal(got, data) {
		t.Fatalf("presigned GET returned %d bytes that differ from the %d uploaded", len(got), len(data))
	}
	if cd, want := resp.Header.Get("Content-Disposition"), storage.ContentDisposition(filename); cd != want {
		t.Fatalf("Content-Disposition = %q, want %q", cd, want)
	}
	if !strings.Contains(resp.Header.Get("Content-Disposition"), "filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7%202026.pdf") {
		t.Fatalf("Content-Disposition lacks the UTF-8 name: %q", resp.Header.Get("Content-Disposition"))
	}
}

func TestPresignedUploadSizeLimit(t *testing.T) {
	t.Parallel()
	s, _ := readyStore(t)
	const maxSize = 1 << 20
	key := "uploads/" + randHex(t, 8)
	up, err := s.PresignUpload(t.Context(), key, "image/png", maxSize, 5*time.Minute)
	if err != nil {
		t.Fatal(err)
	}

	for _, size := range []int{maxSize + 1, 2 * maxSize, 0} {
		code, body := postForm(t, up, nil, randBytes(t, size))
		if code/100 != 4 {
			t.Fatalf("upload of %d bytes (limit 1..%d): HTTP %d, want 4xx from MinIO: %s", size, maxSize, code, body)
		}
		t.Logf("%d bytes refused: HTTP %d %s", size, code, body)
		assertAbsent(t, s, key)
	}

	// The limit is inclusive: exactly maxSize bytes is fine, with the same form.
	if code, body := postForm(t, up, nil, randBytes(t, maxSize)); code/100 != 2 {
		t.Fatalf("upload of exactly maxSize: HTTP %d: %s", code, body)
	}
	if info, err := s.Stat(t.Context(), key); err != nil || info.Size != maxSize {
		t.Fatalf("Stat after upload of maxSize = %+v, %v", info, err)
	}
}

func TestPresignedUploadRejectsTamperedForm(t *testing.T) {
	t.Parallel()
	s, _ := readyStore(t)
	key := "uploads/" + randHex(t, 8)
	up, err := s.PresignUpload(t.Context(), key, "application/pdf", 1<<20, 5*time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	otherKey := "uploads/" + randHex(t, 8)

	for name, overrides := range map[string]map[string]string{
		"wrong Content-Type":   {"Content-Type": "text/html"},
		"missing Content-Type": {"Content-Type": ""},
		"other key":            {"key": otherKey},
	} {
		code, body := postForm(t, up, overrides, []byte("%PDF-1.7 not really"))
		if code/100 != 4 {
			t.Fatalf("%s: HTTP %d, want 4xx from MinIO: %s", name, code, body)
		}
		t.Logf("%s refused: HTTP %d %s", name, code, body)
		assertAbsent(t, s, key)
		assertAbsent(t, s, otherKey)
	}

	// Control: the untampered form is accepted, so the refusals above are
	// caused by the tampering and not by a broken form.
	if code, body := postForm(t, up, nil, []byte("%PDF-1.7 not really")); code/100 != 2 {
		t.Fatalf("untampered form: HTTP %d: %s", code, body)
	}
}

func TestPresignedUploadExpires(t *testing.T) {
	t.Parallel()
	s, _ := readyStore(t)
	key := "uploads/" + randHex(t, 8)
	up, err := s.PresignUpload(t.Context(), key, "text/plain", 1<<10, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	// The only sleep in these tests: expiry is wall-clock time on the server.
	time.Sleep(time.Until(up.ExpiresAt) + 1500*time.Millisecond)

	code, body := postForm(t, up, nil, []byte("too late"))
	if code != http.StatusForbidden {
		t.Fatalf("expired upload: HTTP %d, want 403: %s", code, body)
	}
	assertAbsent(t, s, key)
}

func TestPresignedDownloadTampered(t *testing.T) {
	t.Parallel()
	s, admin := readyStore(t)
	ctx := t.Context()
	key := "docs/" + randHex(t, 8)
	data := []byte("secret document")
	if _, err := admin.PutObject(ctx, s.Bucket(), key, bytes.NewReader(data), int64(len(data)), minio.PutObjectOptions{ContentType: "text/plain"}); err != nil {
		t.Fatal(err)
	}

	link, err := s.PresignDownload(ctx, key, "doc.txt", time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	get := func(u string) (int, []byte) {
		t.Helper()
		resp, err := http.Get(u)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, b
	}

	if code, body := get(link); code != http.StatusOK || !bytes.Equal(body, data) {
		t.Fatalf("untampered link: HTTP %d %q", code, body)
	}

	u, err := url.Parse(link)
	if err != nil {
		t.Fatal(err)
	}
	flip := func(s string) string { // change the last hex digit
		last := s[len(s)-1]
		repl := byte('0')
		if last == '0' {
			repl = '1'
		}
		return s[:len(s)-1] + string(repl)
	}

	q := u.Query()
	sig := q.Get("X-Amz-Signature")
	if sig == "" {
		t.Fatalf("no X-Amz-Signature in %s", link)
	}
	q.Set("X-Amz-Signature", flip(sig))
	u.RawQuery = q.Encode()
	if code, body := get(u.String()); code != http.StatusForbidden {
		t.Fatalf("tampered signature: HTTP %d, want 403: %s", code, body)
	}

	// The file name is signed too: a different Content-Disposition is refused.
	q = u.Query()
	q.Set("X-Amz-Signature", sig)
	q.Set("response-content-disposition", storage.ContentDisposition("evil.html"))
	u.RawQuery = q.Encode()
	if code, body := get(u.String()); code != http.StatusForbidden {
		t.Fatalf("tampered disposition: HTTP %d, want 403: %s", code, body)
	}
}

func TestRemove(t *testing.T) {
	t.Parallel()
	s, admin := readyStore(t)
	ctx := t.Context()
	key := "docs/" + randHex(t, 8)

	if err := s.Remove(ctx, key); err != nil {
		t.Fatalf("Remove of a never-existing key: %v", err)
	}
	if _, err := admin.PutObject(ctx, s.Bucket(), key, strings.NewReader("x"), 1, minio.PutObjectOptions{}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Stat(ctx, key); err != nil {
		t.Fatalf("Stat before Remove: %v", err)
	}
	for i := range 2 {
		if err := s.Remove(ctx, key); err != nil {
			t.Fatalf("Remove #%d: %v", i+1, err)
		}
		assertAbsent(t, s, key)
		if _, err := s.Open(ctx, key); !errors.Is(err, storage.ErrNotFound) {
			t.Fatalf("Open after Remove #%d: err = %v, want ErrNotFound", i+1, err)
		}
	}
}

// TestUnavailable needs no server: it points a store at a port nobody listens
// on and checks that callers can tell "server down" from "no such object".
func TestUnavailable(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // now nothing listens there: connection refused

	s, err := storage.NewMinIO(addr, "nobody", "nobodys-secret", "some-bucket", false)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	start := time.Now()

	checks := map[string]func() error{
		"Ping":         func() error { return s.Ping(ctx) },
		"EnsureBucket": func() error { return s.EnsureBucket(ctx) },
		"Stat":         func() error { _, err := s.Stat(ctx, "k"); return err },
		"Open": func() error {
			rc, err := s.Open(ctx, "k")
			if rc != nil {
				rc.Close()
			}
			return err
		},
		"PresignUpload": func() error { _, err := s.PresignUpload(ctx, "k", "text/plain", 10, time.Minute); return err },
		"Remove":        func() error { return s.Remove(ctx, "k") },
	}
	for name, call := range checks {
		err := call()
		t.Logf("%s: %v", name, err)
		if !errors.Is(err, storage.ErrUnavailable) {
			t.Errorf("%s against a closed port: err = %v, want ErrUnavailable", name, err)
		}
		if errors.Is(err, storage.ErrNotFound) {
			t.Errorf("%s against a closed port: err also matches ErrNotFound: %v", name, err)
		}
	}
	if ctx.Err() != nil {
		t.Errorf("calls took %v and hit the test's timeout; unavailability should be reported quickly", time.Since(start))
	}
	t.Logf("all calls failed in %v", time.Since(start))
}

// TestMissingObject checks the other side: a reachable server saying "no such
// key" is ErrNotFound and not ErrUnavailable.
func TestMissingObject(t *testing.T) {
	t.Parallel()
	s, _ := readyStore(t)
	assertAbsent(t, s, "nope/"+randHex(t, 4))
	if _, err := s.Open(t.Context(), "nope"); !errors.Is(err, storage.ErrNotFound) || errors.Is(err, storage.ErrUnavailable) {
		t.Fatalf("Open of a missing key: err = %v, want only ErrNotFound", err)
	}
}
