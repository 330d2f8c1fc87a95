package db

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"database/sql/driver"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"

	atlas "ariga.io/atlas/sql/migrate"

	"hatchery/ent/domain"
	"hatchery/migrations"
)

// MigrationsTable records which migration files have been applied. It is
// created by Migrate itself, outside the migration files, so that the files
// describe only the application schema (and the schema test can compare them
// with ent's schema one to one).
const MigrationsTable = "schema_migrations"

// migrateLockKey is the PostgreSQL advisory lock serialising migrators: any
// fixed 64-bit number works as long as nothing else in the database uses it.
// It spells "hatchery" in ASCII.
const migrateLockKey int64 = 0x6861746368657279

// migration is one embedded file, ready to run.
type migration struct {
	file     string // e.g. 20260101000000_init.sql
	version  string // e.g. 20260101000000
	stmts    []string
	checksum string // hex sha256 of the file bytes
}

func (m migration) id() string { return strings.TrimSuffix(m.file, ".sql") }

// Migrate brings the schema up to date with the migrations embedded for the
// database's dialect and returns the files it applied (without ".sql"), in
// order; nil when the schema was already current.
//
// Each file runs in its own transaction together with its row in
// schema_migrations, so a failing file leaves no trace and is retried on the
// next start. Before anything runs, the embedded directory is checked against
// its atlas.sum and every already-applied file against the sha256 recorded
// when it was applied: a migration must never change after it shipped, since
// databases that ran the old text would silently differ from new ones.
//
// Concurrent starts are safe. On PostgreSQL a session advisory lock is held
// for the whole run; on SQLite each file is applied under BEGIN IMMEDIATE
// (the database write lock) and skipped if another process recorded it
// first.
func (d *DB) Migrate(ctx context.Context) (applied []string, err error) {
	files, err := loadMigrations(d.Dialect)
	if err != nil {
		return nil, err
	}
	return d.migrate(ctx, files)
}

// migrate applies files, which must be sorted by version.
func (d *DB) migrate(ctx context.Context, files []migration) (applied []string, err error) {
	conn, err := d.SQL.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("db: migrate: %w", err)
	}
	defer conn.Close()

	if d.Dialect == Postgres {
		if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock($1)", migrateLockKey); err != nil {
			return nil, fmt.Errorf("db: migrate: take advisory lock: %w", err)
		}
		defer func() {
			// The lock belongs to the session, and the session goes back to
			// the pool: if unlocking fails, the connection is discarded so
			// the lock cannot outlive this call.
			ctx := context.WithoutCancel(ctx)
			if _, uerr := conn.ExecContext(ctx, "SELECT pg_advisory_unlock($1)", migrateLockKey); uerr != nil {
				_ = conn.Raw(func(any) error { return driver.ErrBadConn })
			}
		}()
	}

	if _, err := conn.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS `+MigrationsTable+` (
	version    text PRIMARY KEY,
	name       text NOT NULL,
	checksum   text NOT NULL,
	applied_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP
)`); err != nil {
		return nil, fmt.Errorf("db: migrate: create %s: %w", MigrationsTable, err)
	}

	done, err := appliedChecksums(ctx, conn)
	if err != nil {
		return nil, err
	}
	if err := verifyApplied(files, done); err != nil {
		return nil, err
	}
	for _, m := range files {
		if _, ok := done[m.version]; ok {
			continue
		}
		var ran bool
		if d.Dialect == SQLite {
			ran, err = applySQLite(ctx, conn, m)
		} else {
			ran, err = applyPostgres(ctx, conn, m)
		}
		if err != nil {
			return applied, err
		}
		if ran {
			applied = append(applied, m.id())
		}
	}
	return applied, nil
}

// loadMigrations reads, validates and parses the embedded files of a dialect.
func loadMigrations(dia string) ([]migration, error) {
	fsys, err := migrations.Dir(dia)
	if err != nil {
		return nil, fmt.Errorf("db: %w", err)
	}
	return parseMigrations(fsys, dia)
}

// parseMigrations is loadMigrations on any file system, so tests can feed it
// a doctored directory.
func parseMigrations(fsys fs.FS, dia string) ([]migration, error) {
	dir := &atlas.MemDir{}
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("db: read migrations: %w", err)
	}
	for _, e := range entries {
		if e.IsDir() || (path.Ext(e.Name()) != ".sql" && e.Name() != atlas.HashFileName) {
			continue
		}
		b, err := fs.ReadFile(fsys, e.Name())
		if err != nil {
			return nil, fmt.Errorf("db: read migration %s: %w", e.Name(), err)
		}
		if err := dir.WriteFile(e.Name(), b); err != nil {
			return nil, err
		}
	}
	if err := atlas.Validate(dir); err != nil {
		var ce *atlas.ChecksumError
		if errors.As(err, &ce) {
			err = fmt.Errorf("%w (%s %s)", err, ce.File, ce.Reason)
		}
		return nil, fmt.Errorf("db: migrations/%s does not match its atlas.sum: %w; "+
			"migrations are generated, never edited by hand: regenerate with "+
			"`scripts/with-postgres.sh go run ./internal/db/migrategen -name <change>`, "+
			"or after a deliberate edit of an unreleased file run "+
			"`go run ./internal/db/migrategen -rehash`", dirName(dia), err)
	}
	files, err := dir.Files()
	if err != nil {
		return nil, err
	}
	out := make([]migration, 0, len(files))
	seen := map[string]string{}
	for _, f := range files {
		if prev, ok := seen[f.Version()]; ok {
			return nil, fmt.Errorf("db: migrations %s and %s share version %s", prev, f.Name(), f.Version())
		}
		seen[f.Version()] = f.Name()
		// Atlas's lexer splits on statement boundaries while respecting
		// quotes, comments, dollar-quoting and delimiter directives, so both
		// drivers execute exactly one statement per Exec.
		stmts, err := f.Stmts()
		if err != nil {
			return nil, fmt.Errorf("db: parse migration %s: %w", f.Name(), err)
		}
		sum := sha256.Sum256(f.Bytes())
		out = append(out, migration{
			file:     f.Name(),
			version:  f.Version(),
			stmts:    stmts,
			checksum: hex.EncodeToString(sum[:]),
		})
	}
	return out, nil
}

func dirName(dia string) string {
	if dia == SQLite {
		return "sqlite"
	}
	return dia
}

// appliedChecksums maps applied versions to the checksum recorded for them.
func appliedChecksums(ctx context.Context, conn *sql.Conn) (map[string]string, error) {
	rows, err := conn.QueryContext(ctx, `SELECT version, checksum FROM `+MigrationsTable)
	if err != nil {
		return nil, fmt.Errorf("db: migrate: read %s: %w", MigrationsTable, err)
	}
	defer rows.Close()
	done := map[string]string{}
	for rows.Next() {
		var v, sum string
		if err := rows.Scan(&v, &sum); err != nil {
			return nil, fmt.Errorf("db: migrate: read %s: %w", MigrationsTable, err)
		}
		done[v] = sum
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("db: migrate: read %s: %w", MigrationsTable, err)
	}
	return done, nil
}

// verifyApplied fails when an applied migration changed since it was applied,
// or when the database has migrations this binary does not know — that is,
// it was migrated by a newer release, and running older code against a newer
// schema is not something this application promises to survive.
func verifyApplied(files []migration, done map[string]string) error {
	known := make(map[string]migration, len(files))
	for _, m := range files {
		known[m.version] = m
		if sum, ok := done[m.version]; ok && sum != m.checksum {
			return fmt.Errorf("db: migration %s was changed after it was applied to this database "+
				"(recorded sha256 %s, embedded %s); applied migrations must never be edited — "+
				"restore the file and add a new migration instead", m.file, sum, m.checksum)
		}
	}
	for v := range done {
		if _, ok := known[v]; !ok {
			return fmt.Errorf("db: the database has migration version %s applied, which this build does not "+
				"contain; it was migrated by a newer release", v)
		}
	}
	return nil
}

func record(ctx context.Context, exec func(context.Context, string, ...any) (sql.Result, error), dia string, m migration) error {
	q := `INSERT INTO ` + MigrationsTable + ` (version, name, checksum) VALUES (?, ?, ?)`
	if dia == Postgres {
		q = `INSERT INTO ` + MigrationsTable + ` (version, name, checksum) VALUES ($1, $2, $3)`
	}
	_, err := exec(ctx, q, m.version, m.id(), m.checksum)
	return err
}

// applyPostgres runs one file in a transaction. The advisory lock guarantees
// nobody else is migrating, so the file is known to be pending.
func applyPostgres(ctx context.Context, conn *sql.Conn, m migration) (bool, error) {
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("db: migration %s: begin: %w", m.file, err)
	}
	defer func() { _ = tx.Rollback() }()
	for i, s := range m.stmts {
		if _, err := tx.ExecContext(ctx, s); err != nil {
			return false, stmtError(m, i, err)
		}
	}
	if err := record(ctx, tx.ExecContext, Postgres, m); err != nil {
		return false, fmt.Errorf("db: migration %s: record: %w", m.file, err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("db: migration %s: commit: %w", m.file, err)
	}
	return true, nil
}

// applySQLite runs one file the way SQLite's documentation prescribes for
// schema changes: foreign keys off (Atlas rebuilds tables to alter them, and
// dropping the old copy with enforcement on would cascade or fail), the file
// in one transaction, a foreign_key_check before commit so no violation
// slips in, then enforcement back on. The pragma cannot be changed inside a
// transaction, which is why the file's own PRAGMA lines are harmless no-ops.
//
// BEGIN IMMEDIATE takes the write lock up front (waiting up to busy_timeout)
// so two processes cannot both apply the file; whoever comes second sees the
// row and skips it.
func applySQLite(ctx context.Context, conn *sql.Conn, m migration) (ran bool, err error) {
	if _, err := conn.ExecContext(ctx, "PRAGMA foreign_keys = OFF"); err != nil {
		return false, fmt.Errorf("db: migration %s: disable foreign keys: %w", m.file, err)
	}
	defer func() {
		if _, ferr := conn.ExecContext(context.WithoutCancel(ctx), "PRAGMA foreign_keys = ON"); ferr != nil {
			// Never hand a connection without enforcement back to the pool.
			_ = conn.Raw(func(any) error { return driver.ErrBadConn })
			err = errors.Join(err, fmt.Errorf("db: migration %s: re-enable foreign keys: %w", m.file, ferr))
		}
	}()
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		return false, fmt.Errorf("db: migration %s: begin: %w", m.file, err)
	}
	committed := false
	defer func() {
		if !committed {
			_, _ = conn.ExecContext(context.WithoutCancel(ctx), "ROLLBACK")
		}
	}()

	var sum string
	switch err := conn.QueryRowContext(ctx,
		`SELECT checksum FROM `+MigrationsTable+` WHERE version = ?`, m.version).Scan(&sum); {
	case err == nil:
		if sum != m.checksum {
			return false, verifyApplied([]migration{m}, map[string]string{m.version: sum})
		}
		return false, nil // applied by a concurrent process meanwhile
	case !errors.Is(err, sql.ErrNoRows):
		return false, fmt.Errorf("db: migration %s: %w", m.file, err)
	}

	for i, s := range m.stmts {
		if _, err := conn.ExecContext(ctx, s); err != nil {
			return false, stmtError(m, i, err)
		}
	}
	if err := foreignKeyCheck(ctx, conn); err != nil {
		return false, fmt.Errorf("db: migration %s: %w", m.file, err)
	}
	if err := record(ctx, conn.ExecContext, SQLite, m); err != nil {
		return false, fmt.Errorf("db: migration %s: record: %w", m.file, err)
	}
	if _, err := conn.ExecContext(ctx, "COMMIT"); err != nil {
		return false, fmt.Errorf("db: migration %s: commit: %w", m.file, err)
	}
	committed = true
	return true, nil
}

// foreignKeyCheck reports the first foreign-key violation, if any.
func foreignKeyCheck(ctx context.Context, conn *sql.Conn) error {
	rows, err := conn.QueryContext(ctx, "PRAGMA foreign_key_check")
	if err != nil {
		return fmt.Errorf("foreign_key_check: %w", err)
	}
	defer rows.Close()
	if rows.Next() {
		var (
			table, parent string
			rowid, fkid   sql.NullInt64
		)
		if err := rows.Scan(&table, &rowid, &parent, &fkid); err != nil {
			return fmt.Errorf("foreign_key_check: %w", err)
		}
		return fmt.Errorf("leaves a foreign-key violation: %s row %d references a missing %s row",
			table, rowid.Int64, parent)
	}
	return rows.Err()
}

func stmtError(m migration, i int, err error) error {
	s := m.stmts[i]
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return fmt.Errorf("db: migration %s: statement %d (%s): %w", m.file, i+1, s, err)
}

// Empty reports whether the database holds no domains yet — a fresh install,
// which the caller may fill with demo data. It reads the table directly so
// that ent privacy rules and interceptors, which need a viewer, do not apply.
func (d *DB) Empty(ctx context.Context) (bool, error) {
	var one int
	err := d.SQL.QueryRowContext(ctx, `SELECT 1 FROM `+domain.Table+` LIMIT 1`).Scan(&one)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return true, nil
	case err != nil:
		return false, fmt.Errorf("db: check for domains: %w", err)
	}
	return false, nil
}
