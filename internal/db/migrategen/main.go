// Command migrategen writes a new versioned migration for every supported
// database dialect from the difference between the ent schema
// (hatchery/ent/migrate.Tables) and what the existing migration files
// already produce.
//
// Usage (PostgreSQL is required, so run it under the throwaway server):
//
//	scripts/with-postgres.sh go run ./internal/db/migrategen -name add_widget_color
//
// and, only after deliberately hand-editing a migration that no database has
// applied yet, to accept the edit:
//
//	go run ./internal/db/migrategen -rehash
//
// How it works, per dialect: the existing files in migrations/<dialect> are
// replayed on an empty dev database (ent's ModeReplay), the resulting schema
// is diffed against the ent schema, and the statements that close the gap are
// written as migrations/<dialect>/<version>_<name>.sql; atlas.sum is updated.
// Replaying files instead of inspecting a long-lived database means the
// output depends only on the repository, never on a developer's local state.
//
// The dev databases are scratch: SQLite runs in memory and PostgreSQL gets a
// freshly created database (on the server named by HATCHERY_TEST_DATABASE_URL)
// that is dropped afterwards. Both dialects share one version timestamp so the
// same change has the same version everywhere.
package main

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"text/template"
	"time"

	atlas "ariga.io/atlas/sql/migrate"
	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/schema"
	_ "github.com/lib/pq"  // "postgres" driver for the PostgreSQL dev database
	_ "modernc.org/sqlite" // "sqlite" driver for the in-memory dev database

	"hatchery/ent/migrate"
	hdb "hatchery/internal/db"
)

// envDevDatabase names the admin URL of the PostgreSQL server used as the dev
// database; scripts/with-postgres.sh exports it.
const envDevDatabase = "HATCHERY_TEST_DATABASE_URL"

// validName keeps migration file names portable and easy to read in a listing.
var validName = regexp.MustCompile(`^[a-z0-9][a-z0-9_]*$`)

func main() {
	name := flag.String("name", "", "short snake_case description of the change, e.g. add_user_locale (required)")
	root := flag.String("dir", "migrations", "migrations root holding the postgres/ and sqlite/ directories")
	timeout := flag.Duration("timeout", 5*time.Minute, "overall time limit")
	rehash := flag.Bool("rehash", false, "only recompute atlas.sum of both directories (after a deliberate edit of an unreleased migration)")
	flag.Parse()

	if *rehash {
		if err := rehashAll(*root); err != nil {
			fmt.Fprintln(os.Stderr, "migrategen:", err)
			os.Exit(1)
		}
		return
	}
	if !validName.MatchString(*name) {
		fmt.Fprintln(os.Stderr, "usage: scripts/with-postgres.sh go run ./internal/db/migrategen -name <snake_case_change>")
		os.Exit(2)
	}
	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()
	if err := run(ctx, *root, *name); err != nil {
		fmt.Fprintln(os.Stderr, "migrategen:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, root, name string) error {
	// Check the PostgreSQL prerequisite before writing anything, so a missing
	// server never leaves SQLite with a migration PostgreSQL lacks.
	adminURL := os.Getenv(envDevDatabase)
	if adminURL == "" {
		return fmt.Errorf("%s is not set: a PostgreSQL dev server is required to compute the "+
			"postgres migration. Run: scripts/with-postgres.sh go run ./internal/db/migrategen -name %s",
			envDevDatabase, name)
	}
	version := time.Now().UTC().Format("20060102150405")

	// SQLite first: it needs no server, so schema mistakes surface fast.
	sqliteDir := filepath.Join(root, "sqlite")
	sqliteFiles, err := generate(ctx, dialect.SQLite, sqliteDir, name, version, openSQLiteDev)
	if err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	pgFiles, err := generate(ctx, dialect.Postgres, filepath.Join(root, "postgres"), name, version,
		func(ctx context.Context) (*sql.DB, func(), error) { return openPostgresDev(ctx, adminURL) })
	if err != nil {
		// Never leave one dialect a migration ahead of the other.
		if rerr := discard(sqliteDir, sqliteFiles); rerr != nil {
			err = errors.Join(err, fmt.Errorf("also failed to remove the new sqlite migration: %w", rerr))
		}
		return fmt.Errorf("postgres: %w", err)
	}
	if len(sqliteFiles)+len(pgFiles) == 0 {
		fmt.Println("migrategen: the migrations already match the ent schema; nothing written")
	}
	return nil
}

// generate diffs one dialect and returns the names of the files it wrote.
func generate(ctx context.Context, dia, path, name, version string,
	open func(context.Context) (*sql.DB, func(), error)) ([]string, error) {
	if err := os.MkdirAll(path, 0o755); err != nil {
		return nil, err
	}
	dir, err := atlas.NewLocalDir(path)
	if err != nil {
		return nil, err
	}
	before, err := dir.Files()
	if err != nil {
		return nil, err
	}
	db, cleanup, err := open(ctx)
	if err != nil {
		return nil, err
	}
	defer cleanup()

	err = migrate.NewSchema(entsql.OpenDB(dia, db)).NamedDiff(ctx, name,
		schema.WithDir(dir),
		schema.WithMigrationMode(schema.ModeReplay),
		schema.WithDialect(dia),
		schema.WithFormatter(formatter(version)),
		// Without these ent silently keeps removed columns and indexes, and
		// the migrations would drift from the schema forever.
		schema.WithDropColumn(true),
		schema.WithDropIndex(true),
		// Global-ID ranges come from the IncrementStart annotations ent
		// generates for FeatureGlobalID (ent/internal.IncrementStarts):
		// Atlas turns them into AUTOINCREMENT + sqlite_sequence rows and
		// IDENTITY (START WITH ...) columns. The legacy ent_types table
		// (WithGlobalUniqueID) is not used and must stay off.
		schema.WithGlobalUniqueID(false),
		schema.WithErrNoPlan(true),
		schema.WithDiffHook(hdb.SamePartialIndexes),
	)
	switch {
	case errors.Is(err, atlas.ErrNoPlan):
		fmt.Printf("migrategen: %s: no changes\n", dia)
		return nil, nil
	case err != nil:
		return nil, err
	}
	after, err := dir.Files()
	if err != nil {
		return nil, err
	}
	var written []string
	for _, f := range after[len(before):] {
		written = append(written, f.Name())
		fmt.Printf("migrategen: %s: wrote %s\n", dia, filepath.Join(path, f.Name()))
	}
	return written, nil
}

// discard removes files generate wrote and recomputes atlas.sum without them.
func discard(path string, files []string) error {
	if len(files) == 0 {
		return nil
	}
	for _, f := range files {
		if err := os.Remove(filepath.Join(path, f)); err != nil {
			return err
		}
	}
	return rehash(path)
}

// rehashAll rewrites atlas.sum for each dialect directory. The runner refuses
// a directory whose sum does not match, which catches accidental edits; a
// deliberate one is acknowledged by rehashing.
func rehashAll(root string) error {
	for _, d := range []string{"sqlite", "postgres"} {
		if err := rehash(filepath.Join(root, d)); err != nil {
			return err
		}
		fmt.Printf("migrategen: rewrote %s\n", filepath.Join(root, d, atlas.HashFileName))
	}
	return nil
}

func rehash(path string) error {
	dir, err := atlas.NewLocalDir(path)
	if err != nil {
		return err
	}
	sum, err := dir.Checksum()
	if err != nil {
		return err
	}
	return atlas.WriteSumFile(dir, sum)
}

// formatter is Atlas's default file format with the version pinned, so both
// dialects get the same version even if the clock ticks between them.
func formatter(version string) atlas.Formatter {
	name := template.Must(template.New("name").Parse(version + "{{ with .Name }}_{{ . }}{{ end }}.sql"))
	return atlas.TemplateFormatter{{N: name, C: atlas.DefaultFormatter[0].C}}
}

// openSQLiteDev opens an in-memory SQLite database. A single connection is
// kept because every new connection to ":memory:" would be a new, empty
// database.
func openSQLiteDev(ctx context.Context) (*sql.DB, func(), error) {
	db, err := sql.Open("sqlite", "file:dev?mode=memory&_pragma=foreign_keys(1)")
	if err != nil {
		return nil, nil, err
	}
	db.SetMaxOpenConns(1)
	db.SetConnMaxLifetime(0)
	db.SetConnMaxIdleTime(0)
	if err := db.PingContext(ctx); err != nil {
		_ = db.Close()
		return nil, nil, err
	}
	return db, func() { _ = db.Close() }, nil
}

// openPostgresDev creates a scratch database on the dev server and returns a
// connection to it; the cleanup drops it again.
func openPostgresDev(ctx context.Context, adminURL string) (*sql.DB, func(), error) {
	admin, err := sql.Open("postgres", adminURL)
	if err != nil {
		return nil, nil, err
	}
	if err := admin.PingContext(ctx); err != nil {
		_ = admin.Close()
		return nil, nil, fmt.Errorf("connect to %s: %w", envDevDatabase, err)
	}
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	scratch := "hatchery_migrategen_" + hex.EncodeToString(b)
	if _, err := admin.ExecContext(ctx, `CREATE DATABASE "`+scratch+`"`); err != nil {
		_ = admin.Close()
		return nil, nil, fmt.Errorf("create scratch database: %w", err)
	}
	drop := func() {
		// A fresh context: the scratch database must go even on timeout.
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if _, err := admin.ExecContext(ctx, `DROP DATABASE IF EXISTS "`+scratch+`" WITH (FORCE)`); err != nil {
			fmt.Fprintf(os.Stderr, "migrategen: warning: drop scratch database %s: %v\n", scratch, err)
		}
		_ = admin.Close()
	}
	dsn, err := withDatabase(adminURL, scratch)
	if err != nil {
		drop()
		return nil, nil, err
	}
	db, err := sql.Open("postgres", dsn)
	if err == nil {
		err = db.PingContext(ctx)
	}
	if err != nil {
		drop()
		return nil, nil, err
	}
	return db, func() { _ = db.Close(); drop() }, nil
}

// withDatabase points a postgres URL or key=value DSN at another database.
func withDatabase(adminURL, name string) (string, error) {
	if strings.HasPrefix(adminURL, "postgres://") || strings.HasPrefix(adminURL, "postgresql://") {
		u, err := url.Parse(adminURL)
		if err != nil {
			return "", fmt.Errorf("parse %s: %w", envDevDatabase, err)
		}
		u.Path, u.RawPath = "/"+name, ""
		return u.String(), nil
	}
	return adminURL + " dbname=" + name, nil
}
