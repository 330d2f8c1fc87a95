package testdb_test

import (
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver

	"hatchery/internal/testdb"
)

// driverFor maps a testdb dialect name to its database/sql driver name.
var driverFor = map[string]string{"sqlite": "sqlite", "postgres": "postgres"}

func open(t *testing.T, driver, dsn string) *sql.DB {
	t.Helper()
	db, err := sql.Open(driver, dsn)
	require.NoError(t, err)
	t.Cleanup(func() { _ = db.Close() })
	require.NoError(t, db.Ping())
	return db
}

func dbName(t *testing.T, dsn string) string {
	t.Helper()
	u, err := url.Parse(dsn)
	require.NoError(t, err)
	return strings.TrimPrefix(u.Path, "/")
}

func TestPostgresIsolated(t *testing.T) {
	t.Parallel()
	dsnA, dsnB := testdb.Postgres(t), testdb.Postgres(t)
	require.NotEqual(t, dsnA, dsnB)
	require.Regexp(t, `^t_[0-9a-f]{16}$`, dbName(t, dsnA))

	a, b := open(t, "postgres", dsnA), open(t, "postgres", dsnB)

	var cur string
	require.NoError(t, a.QueryRow(`SELECT current_database()`).Scan(&cur))
	require.Equal(t, dbName(t, dsnA), cur)

	_, err := a.Exec(`CREATE TABLE widgets (id serial PRIMARY KEY, name text NOT NULL)`)
	require.NoError(t, err)
	_, err = a.Exec(`INSERT INTO widgets (name) VALUES ('gear')`)
	require.NoError(t, err)

	var n int
	require.NoError(t, a.QueryRow(`SELECT count(*) FROM widgets`).Scan(&n))
	require.Equal(t, 1, n)

	var reg sql.NullString
	require.NoError(t, b.QueryRow(`SELECT to_regclass('public.widgets')::text`).Scan(&reg))
	require.False(t, reg.Valid, "table created in database A must not exist in database B")

	// B is fully usable on its own.
	_, err = b.Exec(`CREATE TABLE widgets (id int PRIMARY KEY)`)
	require.NoError(t, err)
}

func TestPostgresDropsDatabaseOnCleanup(t *testing.T) {
	t.Parallel()
	var name string
	var leaked *sql.DB
	t.Run("inner", func(t *testing.T) {
		dsn := testdb.Postgres(t)
		name = dbName(t, dsn)
		// Deliberately keep a connection open past the subtest: the drop
		// must terminate it (DROP DATABASE ... WITH (FORCE)).
		db, err := sql.Open("postgres", dsn)
		require.NoError(t, err)
		require.NoError(t, db.Ping())
		leaked = db
	})
	if leaked != nil {
		defer leaked.Close()
	}
	if name == "" {
		t.Skip("inner test did not get a database")
	}

	admin := open(t, "postgres", os.Getenv(testdb.EnvDatabaseURL))
	var n int
	require.NoError(t, admin.QueryRow(`SELECT count(*) FROM pg_database WHERE datname = $1`, name).Scan(&n))
	require.Zero(t, n, "database %s should be dropped when its test ends", name)
}

func TestSQLite(t *testing.T) {
	t.Parallel()
	dsnA, dsnB := testdb.SQLite(t), testdb.SQLite(t)
	require.NotEqual(t, dsnA, dsnB)

	a := open(t, "sqlite", dsnA)

	var fk int
	require.NoError(t, a.QueryRow(`PRAGMA foreign_keys`).Scan(&fk))
	require.Equal(t, 1, fk)
	var mode string
	require.NoError(t, a.QueryRow(`PRAGMA journal_mode`).Scan(&mode))
	require.Equal(t, "wal", mode)
	var timeout int
	require.NoError(t, a.QueryRow(`PRAGMA busy_timeout`).Scan(&timeout))
	require.Equal(t, 10000, timeout)

	_, err := a.Exec(`CREATE TABLE owners (id INTEGER PRIMARY KEY)`)
	require.NoError(t, err)
	_, err = a.Exec(`CREATE TABLE pets (id INTEGER PRIMARY KEY, owner_id INTEGER NOT NULL REFERENCES owners(id))`)
	require.NoError(t, err)
	_, err = a.Exec(`INSERT INTO pets (id, owner_id) VALUES (1, 42)`)
	require.Error(t, err, "foreign keys must be enforced")

	b := open(t, "sqlite", dsnB)
	var n int
	require.NoError(t, b.QueryRow(`SELECT count(*) FROM sqlite_master WHERE name = 'owners'`).Scan(&n))
	require.Zero(t, n, "SQLite databases must be isolated")
}

func TestDialects(t *testing.T) {
	t.Parallel()
	ds := testdb.Dialects()
	names := make([]string, 0, len(ds))
	for _, d := range ds {
		names = append(names, d.Name)
	}
	require.Equal(t, []string{"sqlite", "postgres"}, names)

	for _, d := range ds {
		t.Run(d.Name, func(t *testing.T) {
			t.Parallel()
			db := open(t, driverFor[d.Name], d.DSN(t))
			_, err := db.Exec(`CREATE TABLE things (id INTEGER PRIMARY KEY, label TEXT)`)
			require.NoError(t, err)
			_, err = db.Exec(`INSERT INTO things (id, label) VALUES (1, 'x')`)
			require.NoError(t, err)
			var label string
			require.NoError(t, db.QueryRow(`SELECT label FROM things WHERE id = 1`).Scan(&label))
			require.Equal(t, "x", label)
		})
	}
}

// recorder stands in for a testing.TB to observe Skip/Fatal without ending
// the real test. Like the real ones, Skipf and Fatalf stop the goroutine.
type recorder struct {
	testing.TB
	skipped, fatal string
}

func (r *recorder) Helper() {}
func (r *recorder) Skipf(format string, args ...any) {
	r.skipped = fmt.Sprintf(format, args...)
	runtime.Goexit()
}
func (r *recorder) Fatalf(format string, args ...any) {
	r.fatal = fmt.Sprintf(format, args...)
	runtime.Goexit()
}

func runPostgres(t *testing.T) *recorder {
	r := &recorder{TB: t}
	done := make(chan struct{})
	go func() {
		defer close(done)
		testdb.Postgres(r)
		t.Error("Postgres returned without a URL instead of skipping or failing")
	}()
	<-done
	return r
}

// Not parallel: uses t.Setenv.
func TestPostgresWithoutURL(t *testing.T) {
	t.Run("local skips", func(t *testing.T) {
		t.Setenv(testdb.EnvDatabaseURL, "")
		t.Setenv("CI", "")
		r := runPostgres(t)
		require.Empty(t, r.fatal)
		require.Contains(t, r.skipped, "scripts/with-postgres.sh go test ./...")
	})
	t.Run("CI fails", func(t *testing.T) {
		t.Setenv(testdb.EnvDatabaseURL, "")
		t.Setenv("CI", "true")
		r := runPostgres(t)
		require.Empty(t, r.skipped)
		require.Contains(t, r.fatal, "PostgreSQL required under CI; run tests via make test")
	})
}
