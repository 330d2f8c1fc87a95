package testenv

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
	"github.com/stretchr/testify/require"

	"hatchery/internal/storage"
	"hatchery/internal/testdb"
	"hatchery/server"
)

// Backend is a document store tests can run against.
type Backend struct {
	Name string
	Open func(t testing.TB) storage.Store
}

// Backends are the local folder and the MinIO server of scripts/with-minio.sh
// (skipped without it, a failure under CI=true).
func Backends() []Backend {
	return []Backend{
		{"local", LocalStore},
		{"minio", SharedMinIO},
	}
}

// LocalStore is a fresh local store in a temporary folder, mounted at /files.
func LocalStore(t testing.TB) storage.Store {
	t.Helper()
	secret := make([]byte, 32)
	_, _ = rand.Read(secret)
	s, err := storage.NewLocal(t.TempDir(), secret, "/files")
	require.NoError(t, err)
	require.NoError(t, s.EnsureBucket(context.Background()))
	return s
}

// MinIOServer is how to reach a MinIO server.
type MinIOServer struct{ Endpoint, AccessKey, SecretKey string }

// SharedMinIOServer returns the server scripts/with-minio.sh started.
func SharedMinIOServer(t testing.TB) MinIOServer {
	t.Helper()
	m := MinIOServer{
		Endpoint:  os.Getenv("HATCHERY_TEST_MINIO_ENDPOINT"),
		AccessKey: os.Getenv("HATCHERY_TEST_MINIO_ACCESS_KEY"),
		SecretKey: os.Getenv("HATCHERY_TEST_MINIO_SECRET_KEY"),
	}
	if m.Endpoint == "" || m.AccessKey == "" || m.SecretKey == "" {
		missing(t, "HATCHERY_TEST_MINIO_ENDPOINT/_ACCESS_KEY/_SECRET_KEY not set; run the tests through scripts/with-minio.sh")
	}
	return m
}

// missing skips a test whose service or file is not on this machine, and
// fails it under CI=true, where everything must be present.
func missing(t testing.TB, why string) {
	t.Helper()
	if testdb.UnderCI() {
		t.Fatal("required under CI=true: " + why)
	}
	t.Skip(why)
}

// SharedMinIO is a store on a fresh bucket of the shared MinIO server,
// removed with everything in it when the test ends.
func SharedMinIO(t testing.TB) storage.Store {
	t.Helper()
	return BucketOn(t, SharedMinIOServer(t))
}

// BucketOn returns a store on a fresh bucket of m, created now and removed
// (every version of every object) when the test ends.
func BucketOn(t testing.TB, m MinIOServer) storage.Store {
	t.Helper()
	bucket := "hatchery-test-" + randomHex(6)
	s, err := storage.NewMinIO(m.Endpoint, m.AccessKey, m.SecretKey, bucket, false)
	require.NoError(t, err)
	require.NoError(t, s.EnsureBucket(context.Background()))
	t.Cleanup(func() { removeBucket(t, m, bucket) })
	return s
}

func removeBucket(t testing.TB, m MinIOServer, bucket string) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, err := minio.New(m.Endpoint, &minio.Options{Creds: credentials.NewStaticV4(m.AccessKey, m.SecretKey, "")})
	if err != nil {
		t.Errorf("cleanup: %v", err)
		return
	}
	if ok, err := c.BucketExists(ctx, bucket); err != nil || !ok {
		return // the server may have been stopped by the test
	}
	for obj := range c.ListObjects(ctx, bucket, minio.ListObjectsOptions{Recursive: true, WithVersions: true}) {
		if obj.Err != nil {
			t.Errorf("cleanup: list %s: %v", bucket, obj.Err)
			return
		}
		_ = c.RemoveObject(ctx, bucket, obj.Key, minio.RemoveObjectOptions{VersionID: obj.VersionID})
	}
	_ = c.RemoveBucket(ctx, bucket)
}

// OwnMinIO is a MinIO server of the test's own (the binary of
// scripts/with-minio.sh on a fresh port and folder), for tests that stop and
// restart it without disturbing tests running beside them.
type OwnMinIO struct {
	MinIOServer
	t    testing.TB
	bin  string
	dir  string
	port string
	cmd  *exec.Cmd
}

// StartMinIO starts an OwnMinIO, stopped when the test ends.
func StartMinIO(t testing.TB) *OwnMinIO {
	t.Helper()
	bin := os.Getenv("HATCHERY_TEST_MINIO_BIN")
	if bin == "" {
		missing(t, "HATCHERY_TEST_MINIO_BIN not set; run the tests through scripts/with-minio.sh")
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	require.NoError(t, ln.Close())
	m := &OwnMinIO{
		MinIOServer: MinIOServer{Endpoint: "127.0.0.1:" + port, AccessKey: "own" + randomHex(6), SecretKey: randomHex(16)},
		t:           t, bin: bin, dir: t.TempDir(), port: port,
	}
	m.Start()
	t.Cleanup(m.Stop)
	return m
}

// Start starts the server (again, on the same address and data) and waits
// until it is ready for requests.
func (m *OwnMinIO) Start() {
	m.t.Helper()
	cmd := exec.Command(m.bin, "server", m.dir, "--address", m.Endpoint, "--console-address", "127.0.0.1:0", "--quiet")
	cmd.Env = append(os.Environ(), "MINIO_ROOT_USER="+m.AccessKey, "MINIO_ROOT_PASSWORD="+m.SecretKey,
		"MINIO_BROWSER=off", "MINIO_UPDATE=off")
	var out strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &out
	require.NoError(m.t, cmd.Start())
	m.cmd = cmd
	// The health endpoints answer before the object layer is initialised:
	// wait until a real S3 call succeeds.
	c, err := minio.New(m.Endpoint, &minio.Options{Creds: credentials.NewStaticV4(m.AccessKey, m.SecretKey, "")})
	require.NoError(m.t, err)
	deadline := time.Now().Add(60 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		_, err := c.ListBuckets(ctx)
		cancel()
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			m.Stop()
			m.t.Fatalf("own MinIO did not become ready in 60s (%v): %s", err, out.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// Stop stops the server and waits for it to exit; stopping a stopped
// server does nothing.
func (m *OwnMinIO) Stop() {
	if m.cmd == nil {
		return
	}
	_ = m.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { _ = m.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		_ = m.cmd.Process.Kill()
		<-done
	}
	m.cmd = nil
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// NewWithStore is New with documents kept in store.
func NewWithStore(t testing.TB, d testdb.Dialect, store storage.Store) *Env {
	t.Helper()
	return newEnv(t, d, store, server.Config{})
}
