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
	"errors"
	"net"
	"net/url"
	"os"
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

// TestMinIO runs the Store contract (contract_test.go) against MinIO.
func TestMinIO(t *testing.T) {
	t.Parallel()
	testContract(t, newMinIOFixture)
}

func newMinIOFixture(t *testing.T) *fixture {
	s, admin := readyStore(t)
	return &fixture{
		store: s,
		put: func(t *testing.T, key, contentType string, data []byte) {
			t.Helper()
			opts := minio.PutObjectOptions{ContentType: contentType}
			if _, err := admin.PutObject(t.Context(), s.Bucket(), key, bytes.NewReader(data), int64(len(data)), opts); err != nil {
				t.Fatal(err)
			}
		},
		// Every version and delete marker: the bucket is versioned, and
		// Remove and Move promise that none is left.
		traces: func(t *testing.T, key string) []string {
			t.Helper()
			var left []string
			opts := minio.ListObjectsOptions{Prefix: key, Recursive: true, WithVersions: true}
			for obj := range admin.ListObjects(t.Context(), s.Bucket(), opts) {
				if obj.Err != nil {
					t.Fatal(obj.Err)
				}
				if key == "" || obj.Key == key {
					left = append(left, obj.Key+"@"+obj.VersionID)
				}
			}
			return left
		},
		// The only sleep: expiry is wall-clock time on the server, with
		// one-second resolution.
		expire: func(t *testing.T, at time.Time) { time.Sleep(time.Until(at) + 1500*time.Millisecond) },
		forgeForm: func(t *testing.T, up *storage.Upload) map[string]map[string]string {
			sig := up.Fields["x-amz-signature"]
			if sig == "" {
				t.Fatalf("no x-amz-signature in %v", up.Fields)
			}
			return map[string]map[string]string{
				"other key":          {"key": "uploads/" + randHex(t, 8)},
				"tampered signature": {"x-amz-signature": flip(sig, -1)},
			}
		},
		forgeLink: func(t *testing.T, link string) map[string]string {
			u, err := url.Parse(link)
			if err != nil {
				t.Fatal(err)
			}
			with := func(param, value string) string {
				q := u.Query()
				q.Set(param, value)
				v := *u
				v.RawQuery = q.Encode()
				return v.String()
			}
			sig := u.Query().Get("X-Amz-Signature")
			if sig == "" {
				t.Fatalf("no X-Amz-Signature in %s", link)
			}
			return map[string]string{
				"tampered signature": with("X-Amz-Signature", flip(sig, -1)),
				// The file name is signed too.
				"tampered disposition": with("response-content-disposition", storage.InlineDisposition("evil.html")),
			}
		},
	}
}

// TestMinIOUploadFields: the POST policy form names the exact key (MinIO
// needs it as a field; the policy makes sure it is not changed).
func TestMinIOUploadFields(t *testing.T) {
	t.Parallel()
	s, _ := readyStore(t)
	key := "uploads/" + randHex(t, 8) + "/licence.pdf"
	up, err := s.PresignUpload(t.Context(), key, "application/pdf", 1<<20, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if up.Fields["key"] != key || up.Fields["policy"] == "" {
		t.Errorf("unexpected Fields: %v", up.Fields)
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
		"Move":          func() error { _, err := s.Move(ctx, "k", "k2"); return err },
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
