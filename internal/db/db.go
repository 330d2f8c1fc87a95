// Package db opens Hatchery's database and keeps its schema current.
//
// Hatchery runs on PostgreSQL in production and on an embedded SQLite file
// (pure Go, modernc.org/sqlite) when no DATABASE_URL is configured, so a
// single binary works out of the box. This package is the one place that
// knows how to tell the two apart, how to tune each connection pool, and how
// to apply the versioned migrations embedded from hatchery/migrations — the
// application never lets ent create or alter tables on its own, so every
// schema change is reviewed as a SQL file.
package db

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	_ "github.com/lib/pq" // "postgres" database/sql driver
	"modernc.org/sqlite"

	"hatchery/ent"
	// The generated runtime wires ent/schema's defaults, validators, hooks
	// and privacy policies into the client. Importing it here means no
	// client from Open can ever run without them (queries would otherwise
	// fail with "uninitialized Policy", or worse, skip hooks).
	_ "hatchery/ent/runtime"
)

// Dialect names as ent spells them; DB.Dialect holds one of these.
const (
	Postgres = dialect.Postgres // "postgres"
	SQLite   = dialect.SQLite   // "sqlite3"
)

// sqliteDriver is the database/sql driver name this package opens SQLite
// with. modernc registers itself as "sqlite"; that name is used rather than
// "sqlite3" because "sqlite3" may belong to another driver (mattn's cgo one)
// that would misread modernc's _pragma DSN parameters.
const sqliteDriver = "sqlite"

// init makes modernc also answer to "sqlite3" — ent's dialect name, which
// tools such as Atlas's URL opener and enttest pass straight to sql.Open —
// unless something else already claimed the name (sql.Register panics on a
// duplicate). init runs once per process, so no further guard is needed.
func init() {
	if !slices.Contains(sql.Drivers(), "sqlite3") {
		sql.Register("sqlite3", &sqlite.Driver{})
	}
}

// DB is an open database: the ent client for application code plus the raw
// pool for the few things ent should not do (migrations, health checks).
type DB struct {
	Client *ent.Client
	SQL    *sql.DB
	// Dialect is Postgres ("postgres") or SQLite ("sqlite3").
	Dialect string
}

// Open opens the database the deployment is configured for. A
// postgres:// or postgresql:// databaseURL selects PostgreSQL; an empty one
// selects the SQLite file hatchery.db inside dataDir (created if missing).
// Any other URL is rejected rather than guessed at.
//
// Open does not migrate; call Migrate.
func Open(ctx context.Context, databaseURL, dataDir string, opts ...ent.Option) (*DB, error) {
	switch {
	case strings.HasPrefix(databaseURL, "postgres://"), strings.HasPrefix(databaseURL, "postgresql://"):
		return OpenDSN(ctx, Postgres, databaseURL, opts...)
	case databaseURL == "":
		if dataDir == "" {
			return nil, errors.New("db: DATABASE_URL is empty and no data directory is set for the SQLite database")
		}
		// The database holds password hashes and session tokens' hashes:
		// only the server's own user may read it. A data directory we
		// create is private too (an existing one keeps its mode).
		if err := os.MkdirAll(dataDir, 0o700); err != nil {
			return nil, fmt.Errorf("db: create data directory: %w", err)
		}
		abs, err := filepath.Abs(filepath.Join(dataDir, "hatchery.db"))
		if err != nil {
			return nil, fmt.Errorf("db: %w", err)
		}
		if err := createPrivate(abs); err != nil {
			return nil, fmt.Errorf("db: create database file: %w", err)
		}
		return OpenDSN(ctx, SQLite, sqliteFileDSN(abs), opts...)
	default:
		return nil, fmt.Errorf("db: unsupported DATABASE_URL %q: want postgres://… or postgresql://, "+
			"or leave it empty to use SQLite in the data directory", redact(databaseURL))
	}
}

// createPrivate creates an empty file at path with mode 0600 unless it
// exists. SQLite would create it with 0644 (less the umask), and it gives
// its -wal and -shm files the database file's mode, so they follow. An
// existing file is left as it is: its mode is the operator's choice.
func createPrivate(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, os.ErrExist) {
		return nil
	}
	if err != nil {
		return err
	}
	return f.Close()
}

// sqliteFileDSN builds the modernc DSN for a database file. Foreign keys are
// off by default in SQLite and ent's cascades rely on them; WAL lets readers
// proceed during a write; busy_timeout makes a writer wait for the lock
// instead of failing at once; synchronous=NORMAL is durable enough under WAL
// (only the last commits can be lost on power failure) and much faster;
// _txlock=immediate takes the write lock at BEGIN, so a transaction that
// reads and then writes waits its turn instead of failing with SQLITE_BUSY.
func sqliteFileDSN(path string) string {
	// The path sits in a URI, so characters that would start the query or
	// fragment, and '%' itself, must be escaped.
	esc := strings.NewReplacer("%", "%25", "?", "%3F", "#", "%23").Replace(filepath.ToSlash(path))
	return "file:" + esc +
		"?_pragma=foreign_keys(1)&_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_txlock=immediate"
}

// OpenDSN opens a database given its dialect ("postgres", or "sqlite3" —
// "sqlite" is accepted too) and a driver DSN, tunes the pool, checks the
// connection and builds the ent client. SQLite DSNs must enable foreign keys
// (_pragma=foreign_keys(1)); this is checked because silently running without
// them would let orphans and missed cascades into the data.
func OpenDSN(ctx context.Context, dia, dsn string, opts ...ent.Option) (*DB, error) {
	return OpenGuarded(ctx, dia, dsn, nil, opts...)
}

// OpenGuarded is OpenDSN that calls escaped, when not nil, for each statement
// run outside the transaction its context carries (txguard.go). Tests use it.
func OpenGuarded(ctx context.Context, dia, dsn string, escaped func(ctx context.Context, query string), opts ...ent.Option) (*DB, error) {
	var driver string
	switch dia {
	case Postgres:
		driver = "postgres"
	case SQLite, "sqlite":
		dia, driver = SQLite, sqliteDriver
	default:
		return nil, fmt.Errorf("db: unsupported dialect %q", dia)
	}
	sqlDB, err := openPool(driver, dsn)
	if err != nil {
		return nil, fmt.Errorf("db: open %s: %w", dia, err)
	}
	configurePool(sqlDB, dia)
	if err := checkConn(ctx, sqlDB, dia); err != nil {
		_ = sqlDB.Close()
		return nil, err
	}
	var drv dialect.Driver = entsql.OpenDB(dia, sqlDB)
	if dia == Postgres {
		drv = newStmtCache(drv, sqlDB, stmtCacheSize)
	}
	if escaped != nil {
		drv = txGuard{Driver: drv, escaped: escaped}
	}
	client := ent.NewClient(append([]ent.Option{ent.Driver(drv)}, opts...)...)
	return &DB{Client: client, SQL: sqlDB, Dialect: dia}, nil
}

// openPool opens the pool; PostgreSQL connections follow each call's
// context deadline down to the socket (pgdeadline.go).
func openPool(driver, dsn string) (*sql.DB, error) {
	if driver != "postgres" {
		return sql.Open(driver, dsn)
	}
	c, err := newPGConnector(dsn)
	if err != nil {
		return nil, err
	}
	return sql.OpenDB(c), nil
}

// postgresConns is the most connections one process holds to PostgreSQL.
const postgresConns = 20

// configurePool sizes the pool for each engine.
func configurePool(db *sql.DB, dia string) {
	switch dia {
	case Postgres:
		// Enough for concurrent requests without exhausting the server's
		// max_connections when several instances run; connections are
		// replaced, each after its own lifetime (conn_lifetime.go), so they
		// follow failovers and config reloads. As many are kept idle as
		// may be open: with fewer, a burst of concurrent requests closes
		// and reopens connections all the time, and each new PostgreSQL
		// backend costs milliseconds of its CPU (measured:
		// hundreds of new backends per 20 s at 16 concurrent requests with
		// 5 idle). Idle ones still close after ConnMaxIdleTime.
		db.SetMaxOpenConns(postgresConns)
		db.SetMaxIdleConns(postgresConns)
		db.SetConnMaxLifetime(connLifetime)
		db.SetConnMaxIdleTime(5 * time.Minute)
	case SQLite:
		// WAL allows many readers next to the one writer, so a few
		// connections help; more would only queue on the write lock. Idle
		// connections are kept: the file is local and every new connection
		// would have to re-run the pragmas.
		db.SetMaxOpenConns(8)
		db.SetMaxIdleConns(8)
		db.SetConnMaxLifetime(0)
		db.SetConnMaxIdleTime(0)
	}
}

func checkConn(ctx context.Context, db *sql.DB, dia string) error {
	if err := db.PingContext(ctx); err != nil {
		return fmt.Errorf("db: connect to %s: %w", dia, err)
	}
	if dia != SQLite {
		return nil
	}
	var fk int
	if err := db.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk); err != nil {
		return fmt.Errorf("db: sqlite: read foreign_keys pragma: %w", err)
	}
	if fk != 1 {
		return errors.New("db: sqlite: foreign keys are disabled; the DSN must include _pragma=foreign_keys(1)")
	}
	return nil
}

// Close closes the ent client and with it the connection pool.
func (d *DB) Close() error {
	return d.Client.Close()
}

// Ping checks that the database is reachable, for health checks.
func (d *DB) Ping(ctx context.Context) error {
	return d.SQL.PingContext(ctx)
}

// redact hides a password in a URL that is about to appear in an error.
func redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.User == nil {
		if strings.Contains(raw, "@") || strings.Contains(raw, "password") {
			return "<redacted>"
		}
		return raw
	}
	return u.Redacted()
}
