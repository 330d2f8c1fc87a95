// Package testdb hands out fresh, isolated databases to tests.
//
// Hatchery runs on both SQLite and PostgreSQL, and the two disagree in ways
// that matter (type strictness, locking, constraint timing, JSON operators,
// case sensitivity), so the test suite must exercise a REAL PostgreSQL, not a
// mock or an in-memory stand-in. This package is the single place that knows
// how tests obtain a database:
//
//   - [Postgres] creates a new, uniquely named database in the cluster named
//     by HATCHERY_TEST_DATABASE_URL and drops it when the test ends, so tests
//     can run in parallel without seeing each other's data.
//   - [SQLite] returns a DSN for a fresh database file in t.TempDir().
//   - [Dialects] lists both so a test can run against each.
//
// The PostgreSQL cluster is normally provided by scripts/with-postgres.sh,
// which starts a throwaway server, sets the variable and runs a command:
//
//	scripts/with-postgres.sh go test ./...
//
// Without the variable, Postgres skips the test locally but fails it when
// CI=true, so CI can never silently stop testing PostgreSQL.
//
// Typical use:
//
//	for _, d := range testdb.Dialects() {
//		t.Run(d.Name, func(t *testing.T) {
//			dsn := d.DSN(t)
//			// open dsn with the driver for d.Name ...
//		})
//	}
//
// Driver names: Postgres DSNs are for the "postgres" database/sql driver
// (github.com/lib/pq, registered by this package); SQLite DSNs are for
// modernc.org/sqlite, which registers itself as "sqlite" — callers must
// import it (or the application's alias for it) themselves.
package testdb

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	_ "github.com/lib/pq" // registers the "postgres" database/sql driver
)

// EnvDatabaseURL names the environment variable holding the admin URL of the
// PostgreSQL cluster tests create their databases in. scripts/with-postgres.sh
// sets it, e.g. postgres://postgres@127.0.0.1:PORT/postgres?sslmode=disable.
const EnvDatabaseURL = "HATCHERY_TEST_DATABASE_URL"

// Dialect is a database flavour a test can run against.
type Dialect struct {
	// Name is "sqlite" or "postgres"; suitable as a t.Run subtest name.
	Name string
	// DSN returns a DSN for a fresh, empty database, cleaned up with the test.
	DSN func(testing.TB) string
}

// Dialects returns every dialect the application supports, SQLite first.
// The postgres entry skips (or, under CI, fails) when no cluster is configured.
func Dialects() []Dialect {
	return []Dialect{
		{Name: "sqlite", DSN: SQLite},
		{Name: "postgres", DSN: Postgres},
	}
}

// SQLite returns a DSN (for the modernc.org/sqlite driver, name "sqlite") of a
// new database file in t.TempDir(), with foreign keys enforced, WAL journaling
// and a generous busy timeout. The file is deleted with the temp dir.
func SQLite(t testing.TB) string {
	t.Helper()
	path := filepath.ToSlash(filepath.Join(t.TempDir(), "test.db"))
	return "file:" + path +
		"?_pragma=foreign_keys(1)&_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_txlock=immediate"
}

// UnderCI reports whether the tests run in CI (CI=true, 1, TRUE…), where a
// missing service must fail a test rather than skip it.
func UnderCI() bool {
	ci, _ := strconv.ParseBool(os.Getenv("CI"))
	return ci
}

// Postgres creates a new, empty database in the cluster named by
// HATCHERY_TEST_DATABASE_URL and returns a DSN for it (driver "postgres").
// The database is dropped — forcibly, terminating leftover connections — when
// the test and its subtests finish; close your *sql.DB / ent client in a
// t.Cleanup registered after calling Postgres (cleanups run last-in first-out)
// or before the test returns.
//
// If HATCHERY_TEST_DATABASE_URL is unset, the test is skipped, unless CI is
// true, in which case it fails: CI must always test against PostgreSQL.
func Postgres(t testing.TB) string {
	t.Helper()
	adminURL := os.Getenv(EnvDatabaseURL)
	if adminURL == "" {
		if UnderCI() {
			t.Fatalf("testdb: PostgreSQL required under CI; run tests via make test "+
				"(or scripts/with-postgres.sh go test ./...): %s is not set", EnvDatabaseURL)
			return ""
		}
		t.Skipf("testdb: %s not set; skipping PostgreSQL test. "+
			"Run with a throwaway server: scripts/with-postgres.sh go test ./...", EnvDatabaseURL)
		return ""
	}

	admin, err := adminDB(adminURL)
	if err != nil {
		t.Fatalf("testdb: %v", err)
		return ""
	}

	name := "t_" + randomHex(8)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	// The name is generated here from hex digits, so quoting it is enough.
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+quoteIdent(name)); err != nil {
		t.Fatalf("testdb: create database %s on %s: %v", name, redact(adminURL), err)
		return ""
	}
	t.Cleanup(func() {
		if err := dropDatabase(admin, name); err != nil {
			t.Logf("testdb: cleanup: drop database %s: %v", name, err)
		}
	})

	dsn, err := withDatabase(adminURL, name)
	if err != nil {
		t.Fatalf("testdb: %v", err)
		return ""
	}
	return dsn
}

var (
	adminMu  sync.Mutex
	adminDBs = map[string]*sql.DB{}
)

// adminDB returns a process-wide pool connected to the admin URL, shared by
// all tests so that creating many databases does not open many connections.
func adminDB(adminURL string) (*sql.DB, error) {
	adminMu.Lock()
	defer adminMu.Unlock()
	if db, ok := adminDBs[adminURL]; ok {
		return db, nil
	}
	db, err := sql.Open("postgres", adminURL)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", redact(adminURL), err)
	}
	db.SetMaxOpenConns(4)
	db.SetMaxIdleConns(2)
	db.SetConnMaxIdleTime(30 * time.Second)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := db.PingContext(ctx); err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("connect to %s (%s): %w", redact(adminURL), EnvDatabaseURL, err)
	}
	adminDBs[adminURL] = db
	return db, nil
}

func dropDatabase(admin *sql.DB, name string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	// WITH (FORCE) (PostgreSQL 13+) terminates sessions still connected.
	_, err := admin.ExecContext(ctx, "DROP DATABASE IF EXISTS "+quoteIdent(name)+" WITH (FORCE)")
	if err == nil {
		return nil
	}
	// Fallback for servers without FORCE: terminate backends, then drop.
	_, _ = admin.ExecContext(ctx,
		"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", name)
	if _, err2 := admin.ExecContext(ctx, "DROP DATABASE IF EXISTS "+quoteIdent(name)); err2 != nil {
		return fmt.Errorf("%w (fallback: %v)", err, err2)
	}
	return nil
}

// withDatabase returns adminURL with its database replaced by name. Both URL
// (postgres://...) and key=value DSNs are accepted.
func withDatabase(adminURL, name string) (string, error) {
	if strings.HasPrefix(adminURL, "postgres://") || strings.HasPrefix(adminURL, "postgresql://") {
		u, err := url.Parse(adminURL)
		if err != nil {
			return "", fmt.Errorf("parse %s: %w", EnvDatabaseURL, err)
		}
		u.Path = "/" + name
		u.RawPath = ""
		return u.String(), nil
	}
	// key=value form: a later dbname overrides an earlier one in lib/pq.
	return adminURL + " dbname=" + name, nil
}

// redact hides a password in a DSN for error messages.
func redact(dsn string) string {
	if !strings.HasPrefix(dsn, "postgres://") && !strings.HasPrefix(dsn, "postgresql://") {
		if strings.Contains(dsn, "password") {
			return "$" + EnvDatabaseURL
		}
		return dsn
	}
	u, err := url.Parse(dsn)
	if err != nil {
		return "$" + EnvDatabaseURL
	}
	return u.Redacted()
}

func quoteIdent(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b) // crypto/rand.Read never returns an error (Go 1.24+)
	return hex.EncodeToString(b)
}
