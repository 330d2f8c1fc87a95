package db

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	atlas "ariga.io/atlas/sql/migrate"
	"entgo.io/ent/dialect/sql/schema"
	"github.com/stretchr/testify/require"

	"hatchery/ent"
	"hatchery/ent/domain"
	entmigrate "hatchery/ent/migrate"
	"hatchery/ent/privacy"
	"hatchery/ent/user"
	"hatchery/internal/testdb"
	"hatchery/migrations"
)

// open returns a fresh, unmigrated database of the given dialect.
func open(t *testing.T, d testdb.Dialect) *DB {
	t.Helper()
	return openDSN(t, d.Name, d.DSN(t))
}

func openDSN(t *testing.T, dia, dsn string) *DB {
	t.Helper()
	db, err := OpenDSN(t.Context(), dia, dsn)
	require.NoError(t, err)
	t.Cleanup(func() { _ = db.Close() })
	return db
}

func migrated(t *testing.T, d testdb.Dialect) *DB {
	t.Helper()
	db := open(t, d)
	_, err := db.Migrate(t.Context())
	require.NoError(t, err)
	return db
}

func eachDialect(t *testing.T, f func(t *testing.T, d testdb.Dialect)) {
	for _, d := range testdb.Dialects() {
		t.Run(d.Name, func(t *testing.T) {
			t.Parallel()
			f(t, d)
		})
	}
}

func embeddedFiles(t *testing.T, dia string) []string {
	t.Helper()
	files, err := loadMigrations(dia)
	require.NoError(t, err)
	require.NotEmpty(t, files)
	ids := make([]string, len(files))
	for i, f := range files {
		ids[i] = f.id()
	}
	return ids
}

func TestMigrateAppliesOnce(t *testing.T) {
	t.Parallel()
	eachDialect(t, func(t *testing.T, d testdb.Dialect) {
		db := open(t, d)
		ctx := t.Context()
		// One connection, so the FK check below runs on the connection the
		// migrator used.
		db.SQL.SetMaxOpenConns(1)

		applied, err := db.Migrate(ctx)
		require.NoError(t, err)
		require.Equal(t, embeddedFiles(t, db.Dialect), applied)

		applied, err = db.Migrate(ctx)
		require.NoError(t, err)
		require.Empty(t, applied, "a second run must apply nothing")

		var n int
		require.NoError(t, db.SQL.QueryRowContext(ctx, "SELECT count(*) FROM "+MigrationsTable).Scan(&n))
		require.Equal(t, len(embeddedFiles(t, db.Dialect)), n, "one row per migration file")

		// Foreign keys are enforced again after migrating (SQLite turns them
		// off while a file runs).
		_, err = db.SQL.ExecContext(ctx, insertUserSQL(db.Dialect), 12345)
		require.Error(t, err, "a user pointing at a missing domain must be rejected")
	})
}

// TestSchemaMatchesEnt is the guard against changing ent/schema without
// adding a migration: the database built by the migration files must be
// exactly what the ent schema describes.
func TestSchemaMatchesEnt(t *testing.T) {
	t.Parallel()
	eachDialect(t, func(t *testing.T, d testdb.Dialect) {
		db := migrated(t, d)
		if missing := schemaDrift(t, db); missing != "" {
			t.Fatalf("the ent schema (ent/schema) differs from the database the migrations in migrations/%s build.\n"+
				"Every schema change needs a migration. Generate it (for both databases) with:\n\n"+
				"\tscripts/with-postgres.sh go run ./internal/db/migrategen -name <change>\n\n"+
				"and commit the new files under migrations/. Statements still missing:\n\n%s",
				dirName(db.Dialect), missing)
		}
	})
}

// TestSchemaDriftDetected proves the guard above can fail: a database that
// lacks part of the ent schema must be reported.
func TestSchemaDriftDetected(t *testing.T) {
	t.Parallel()
	eachDialect(t, func(t *testing.T, d testdb.Dialect) {
		db := migrated(t, d)
		_, err := db.SQL.ExecContext(t.Context(), "DROP INDEX users_username_key")
		require.NoError(t, err)
		require.Contains(t, schemaDrift(t, db), "users_username_key")
	})
}

var diffMu sync.Mutex

// schemaDrift returns the statements that would turn the live database into
// the ent schema; "" when they already match. Drops are included so removed
// fields and indexes count as drift too. Only ent's tables are inspected, so
// schema_migrations is ignored.
func schemaDrift(t *testing.T, db *DB) string {
	t.Helper()
	// ent's differ writes into the shared hatchery/ent/migrate.Tables
	// (setupTables), so two diffs may not run at the same time.
	diffMu.Lock()
	defer diffMu.Unlock()
	dir := &atlas.MemDir{}
	err := db.Client.Schema.NamedDiff(t.Context(), "drift",
		schema.WithDir(dir),
		schema.WithMigrationMode(schema.ModeInspect),
		schema.WithDialect(db.Dialect),
		schema.WithFormatter(atlas.DefaultFormatter),
		schema.WithDropColumn(true),
		schema.WithDropIndex(true),
		schema.WithErrNoPlan(true),
		schema.WithDiffHook(SamePartialIndexes),
	)
	if errors.Is(err, atlas.ErrNoPlan) {
		return ""
	}
	require.NoError(t, err)
	files, err := dir.Files()
	require.NoError(t, err)
	var pending strings.Builder
	for _, f := range files {
		pending.Write(f.Bytes())
	}
	require.NotEmpty(t, pending.String(), "ent reported changes but wrote no statements")
	return pending.String()
}

func TestGlobalIDRanges(t *testing.T) {
	t.Parallel()
	eachDialect(t, func(t *testing.T, d testdb.Dialect) {
		db := migrated(t, d)
		ctx := t.Context()

		var domainID, userID int
		q := "INSERT INTO domains (created_at, updated_at, name, code) VALUES (CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Test', '000000') RETURNING id"
		require.NoError(t, db.SQL.QueryRowContext(ctx, q).Scan(&domainID))
		require.NoError(t, db.SQL.QueryRowContext(ctx, insertUserSQL(db.Dialect)+" RETURNING id", domainID).Scan(&userID))

		requireInRange(t, entmigrate.DomainsTable, domainID)
		requireInRange(t, entmigrate.UsersTable, userID)
		require.NotEqual(t, domainID>>32, userID>>32, "domains and users must have different ID ranges")

		// ent resolves a bare global ID to its type (GraphQL node(id:)).
		// The privacy decision stands in for a viewer: this tests ID
		// ranges, not authorization.
		allow := privacy.DecisionContext(ctx, privacy.Allow)
		for id, table := range map[int]string{domainID: domain.Table, userID: user.Table} {
			n, err := db.Client.Noder(allow, id)
			require.NoError(t, err, "resolve %s id %d", table, id)
			require.Equal(t, id, nodeID(t, n))
		}
	})
}

func requireInRange(t *testing.T, table *schema.Table, id int) {
	t.Helper()
	require.NotNil(t, table.Annotation, "%s has no global-ID annotation", table.Name)
	require.NotNil(t, table.Annotation.IncrementStart, "%s has no global-ID start", table.Name)
	start := *table.Annotation.IncrementStart
	require.GreaterOrEqual(t, id, start, "%s id below its range", table.Name)
	require.Less(t, id, start+1<<32, "%s id above its range", table.Name)
}

func nodeID(t *testing.T, n ent.Noder) int {
	t.Helper()
	switch v := n.(type) {
	case *ent.Domain:
		return v.ID
	case *ent.User:
		return v.ID
	}
	t.Fatalf("unexpected node type %T", n)
	return 0
}

func insertUserSQL(dia string) string {
	p := "?"
	if dia == Postgres {
		p = "$1"
	}
	return "INSERT INTO users (created_at, updated_at, username, display_name, status, password_hash, failed_logins, domain_id) " +
		"VALUES (CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'u', 'U', 'ACTIVE', 'x', 0, " + p + ")"
}

// copyDir returns the embedded migrations of a dialect as an editable map.
func copyDir(t *testing.T, dia string) fstest.MapFS {
	t.Helper()
	sub, err := migrations.Dir(dia)
	require.NoError(t, err)
	out := fstest.MapFS{}
	entries, err := fs.ReadDir(sub, ".")
	require.NoError(t, err)
	for _, e := range entries {
		b, err := fs.ReadFile(sub, e.Name())
		require.NoError(t, err)
		out[e.Name()] = &fstest.MapFile{Data: b}
	}
	return out
}

// rehash rewrites atlas.sum of a doctored directory, as a developer would
// with migrategen -rehash, so the per-file checksum is what has to catch it.
func rehash(t *testing.T, m fstest.MapFS) {
	t.Helper()
	dir := &atlas.MemDir{}
	for name, f := range m {
		if strings.HasSuffix(name, ".sql") {
			require.NoError(t, dir.WriteFile(name, f.Data))
		}
	}
	sum, err := dir.Checksum()
	require.NoError(t, err)
	b, err := sum.MarshalText()
	require.NoError(t, err)
	m[atlas.HashFileName] = &fstest.MapFile{Data: b}
}

func TestMigrateDetectsTampering(t *testing.T) {
	t.Parallel()
	eachDialect(t, func(t *testing.T, d testdb.Dialect) {
		db := migrated(t, d)
		ctx := t.Context()
		init := embeddedFiles(t, db.Dialect)[0] + ".sql"

		t.Run("edited applied file", func(t *testing.T) {
			m := copyDir(t, db.Dialect)
			m[init].Data = append(append([]byte{}, m[init].Data...), []byte("-- sneaky edit\n")...)
			rehash(t, m)
			files, err := parseMigrations(m, db.Dialect)
			require.NoError(t, err)
			_, err = db.migrate(ctx, files)
			require.ErrorContains(t, err, "was changed after it was applied")
			require.ErrorContains(t, err, init)
		})

		t.Run("atlas.sum mismatch", func(t *testing.T) {
			m := copyDir(t, db.Dialect)
			m[init].Data = append(append([]byte{}, m[init].Data...), []byte("-- hand edit\n")...)
			_, err := parseMigrations(m, db.Dialect)
			require.ErrorContains(t, err, "atlas.sum")
			require.ErrorContains(t, err, "migrategen")
		})

		t.Run("unknown applied version", func(t *testing.T) {
			m := copyDir(t, db.Dialect)
			m["99990101000000_future.sql"] = &fstest.MapFile{Data: []byte("CREATE TABLE future_thing (id integer PRIMARY KEY);\n")}
			rehash(t, m)
			files, err := parseMigrations(m, db.Dialect)
			require.NoError(t, err)
			applied, err := db.migrate(ctx, files)
			require.NoError(t, err)
			require.Equal(t, []string{"99990101000000_future"}, applied)

			// Back to the released files: this build is now older than the
			// database.
			_, err = db.Migrate(ctx)
			require.ErrorContains(t, err, "99990101000000")
			require.ErrorContains(t, err, "newer release")
		})
	})
}

func TestMigrateFailingFileRollsBack(t *testing.T) {
	t.Parallel()
	eachDialect(t, func(t *testing.T, d testdb.Dialect) {
		db := migrated(t, d)
		ctx := t.Context()
		m := copyDir(t, db.Dialect)
		m["99990101000000_broken.sql"] = &fstest.MapFile{Data: []byte(
			"CREATE TABLE half_done (id integer PRIMARY KEY);\nTHIS IS NOT SQL;\n")}
		rehash(t, m)
		files, err := parseMigrations(m, db.Dialect)
		require.NoError(t, err)
		_, err = db.migrate(ctx, files)
		require.ErrorContains(t, err, "99990101000000_broken.sql")

		var n int
		require.NoError(t, db.SQL.QueryRowContext(ctx,
			"SELECT count(*) FROM "+MigrationsTable+" WHERE version = '99990101000000'").Scan(&n))
		require.Zero(t, n)
		_, err = db.SQL.ExecContext(ctx, "SELECT * FROM half_done")
		require.Error(t, err, "the first statement of the failed file must be rolled back")
	})
}

func TestMigrateConcurrent(t *testing.T) {
	t.Parallel()
	eachDialect(t, func(t *testing.T, d testdb.Dialect) {
		dsn := d.DSN(t)
		const n = 4
		dbs := make([]*DB, n)
		for i := range dbs {
			dbs[i] = openDSN(t, d.Name, dsn)
		}
		type result struct {
			applied []string
			err     error
		}
		results := make(chan result, n)
		for _, db := range dbs {
			go func() {
				applied, err := db.Migrate(t.Context())
				results <- result{applied, err}
			}()
		}
		var all []string
		for range n {
			r := <-results
			require.NoError(t, r.err)
			all = append(all, r.applied...)
		}
		require.ElementsMatch(t, embeddedFiles(t, dbs[0].Dialect), all,
			"every migration must be applied exactly once across concurrent migrators")
	})
}

func TestEmpty(t *testing.T) {
	t.Parallel()
	eachDialect(t, func(t *testing.T, d testdb.Dialect) {
		db := migrated(t, d)
		ctx := t.Context()
		empty, err := db.Empty(ctx)
		require.NoError(t, err)
		require.True(t, empty)

		_, err = db.SQL.ExecContext(ctx, "INSERT INTO domains (created_at, updated_at, name, code) "+
			"VALUES (CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Test', '000000')")
		require.NoError(t, err)
		empty, err = db.Empty(ctx)
		require.NoError(t, err)
		require.False(t, empty)
	})
}

func TestOpen(t *testing.T) {
	t.Parallel()
	ctx := context.Background()

	t.Run("sqlite in data dir", func(t *testing.T) {
		t.Parallel()
		dataDir := filepath.Join(t.TempDir(), "nested", "data")
		db, err := Open(ctx, "", dataDir)
		require.NoError(t, err)
		t.Cleanup(func() { _ = db.Close() })
		require.Equal(t, SQLite, db.Dialect)
		require.NoError(t, db.Ping(ctx))

		fi, err := os.Stat(dataDir)
		require.NoError(t, err)
		require.Equal(t, os.FileMode(0o700), fi.Mode().Perm(), "a data directory we create is private")

		for pragma, want := range map[string]string{
			"foreign_keys": "1", "busy_timeout": "10000", "journal_mode": "wal", "synchronous": "1",
		} {
			var got string
			require.NoError(t, db.SQL.QueryRowContext(ctx, "PRAGMA "+pragma).Scan(&got))
			require.Equal(t, want, got, pragma)
		}
		_, err = db.Migrate(ctx)
		require.NoError(t, err)
		// Password and token hashes: readable by the server's user alone,
		// the database and SQLite's side files (which take its mode) alike.
		for _, name := range []string{"hatchery.db", "hatchery.db-wal", "hatchery.db-shm"} {
			fi, err := os.Stat(filepath.Join(dataDir, name))
			require.NoError(t, err)
			require.Equal(t, os.FileMode(0o600), fi.Mode().Perm(), name)
		}
	})

	t.Run("sqlite file already there keeps its mode", func(t *testing.T) {
		t.Parallel()
		dataDir := t.TempDir()
		path := filepath.Join(dataDir, "hatchery.db")
		require.NoError(t, os.WriteFile(path, nil, 0o640))
		require.NoError(t, os.Chmod(path, 0o640)) // whatever the umask
		db, err := Open(ctx, "", dataDir)
		require.NoError(t, err)
		_, err = db.Migrate(ctx)
		require.NoError(t, err)
		require.NoError(t, db.Close())
		fi, err := os.Stat(path)
		require.NoError(t, err)
		require.Equal(t, os.FileMode(0o640), fi.Mode().Perm(), "an operator's choice is kept")
	})

	t.Run("sqlite path needing escapes", func(t *testing.T) {
		t.Parallel()
		dataDir := filepath.Join(t.TempDir(), "we?ird %41 #dir")
		db, err := Open(ctx, "", dataDir)
		require.NoError(t, err)
		_, err = db.Migrate(ctx)
		require.NoError(t, err)
		require.NoError(t, db.Close())
		_, err = os.Stat(filepath.Join(dataDir, "hatchery.db"))
		require.NoError(t, err, "the database must be created at the literal path")
	})

	t.Run("postgres url", func(t *testing.T) {
		t.Parallel()
		dsn := testdb.Postgres(t)
		for _, u := range []string{dsn, "postgresql://" + strings.TrimPrefix(dsn, "postgres://")} {
			db, err := Open(ctx, u, t.TempDir())
			require.NoError(t, err)
			require.Equal(t, Postgres, db.Dialect)
			require.NoError(t, db.Ping(ctx))
			require.NoError(t, db.Close())
		}
	})

	t.Run("unsupported url", func(t *testing.T) {
		t.Parallel()
		_, err := Open(ctx, "mysql://root:secret@localhost/hatchery", t.TempDir())
		require.ErrorContains(t, err, "DATABASE_URL")
		require.NotContains(t, err.Error(), "secret")
	})

	t.Run("sqlite without foreign keys", func(t *testing.T) {
		t.Parallel()
		_, err := OpenDSN(ctx, "sqlite", "file:"+filepath.Join(t.TempDir(), "x.db"))
		require.ErrorContains(t, err, "foreign_keys")
	})
}
