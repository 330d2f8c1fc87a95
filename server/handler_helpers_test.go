package server_test

import (
	"bytes"
	"log/slog"
	"net/http/httptest"
	"sync"
	"testing"

	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
	"hatchery/server"
)

// lockedBuffer collects log lines written by the server's goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// handlerServer serves server.Handler over a fresh SQLite platform.
func handlerServer(t *testing.T, cfg server.Config) (*httptest.Server, *lockedBuffer) {
	t.Helper()
	a := testenv.OpenApp(t, "sqlite", testdb.SQLite(t))
	logs := &lockedBuffer{}
	srv := httptest.NewServer(server.Handler(a, cfg, slog.New(slog.NewJSONHandler(logs, nil))))
	t.Cleanup(srv.Close)
	return srv, logs
}
