package db

import (
	"context"
	"fmt"
	"testing"
	"time"

	entsql "entgo.io/ent/dialect/sql"
	"entgo.io/ent/privacy"
	"github.com/stretchr/testify/require"

	"hatchery/internal/testdb"
)

// openOneConn opens the test PostgreSQL, migrated, with a pool of one
// connection, so what is prepared on it can be read back from
// pg_prepared_statements.
func openOneConn(t *testing.T) *DB {
	t.Helper()
	db, err := OpenDSN(t.Context(), Postgres, testdb.Postgres(t))
	require.NoError(t, err)
	t.Cleanup(func() { _ = db.Close() })
	_, err = db.Migrate(t.Context())
	require.NoError(t, err)
	db.SQL.SetMaxOpenConns(1)
	return db
}

func prepared(t *testing.T, db *DB, like string) int {
	t.Helper()
	var n int
	require.NoError(t, db.SQL.QueryRowContext(t.Context(),
		`SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE $1`, like).Scan(&n))
	return n
}

// A read on the pool is prepared once per connection and then only bound
// and run: PostgreSQL holds one prepared statement for it however often it
// runs.
func TestStmtCachePreparesEachReadOnce(t *testing.T) {
	db := openOneConn(t)
	ctx := privacy.DecisionContext(t.Context(), privacy.Allow)
	for range 3 {
		_, err := db.Client.CalendarDay.Query().Count(ctx)
		require.NoError(t, err)
	}
	require.Equal(t, 1, prepared(t, db, `%FROM "calendar_days"%`))

	// In a transaction, statements go as before (not prepared).
	tx, err := db.Client.Tx(ctx)
	require.NoError(t, err)
	_, err = tx.Domain.Query().Count(ctx)
	require.NoError(t, err)
	require.NoError(t, tx.Commit())
	require.Zero(t, prepared(t, db, `%FROM "domains"%`))
}

func backendPID(t *testing.T, db *DB) int {
	t.Helper()
	var pid int
	require.NoError(t, db.SQL.QueryRowContext(t.Context(), `SELECT pg_backend_pid()`).Scan(&pid))
	return pid
}

// A statement prepared under one call's deadline runs later under another's
// (or none): the socket's deadline is set for each run, not left from the
// call that prepared it (pgStmt). Left, it would fail the run on a dead
// socket; database/sql would retry on a new connection, so the call would
// still succeed: what shows it is the connection being replaced.
func TestStmtCacheRunsPastAnEarlierDeadline(t *testing.T) {
	db := openOneConn(t)
	ctx := privacy.DecisionContext(t.Context(), privacy.Allow)
	pid := backendPID(t, db)
	short, cancel := context.WithTimeout(ctx, 300*time.Millisecond)
	_, err := db.Client.CalendarDay.Query().Count(short)
	cancel()
	require.NoError(t, err)
	time.Sleep(400 * time.Millisecond) // that deadline is now past

	_, err = db.Client.CalendarDay.Query().Count(ctx)
	require.NoError(t, err, "no deadline")
	later, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	_, err = db.Client.CalendarDay.Query().Count(later)
	require.NoError(t, err, "a later deadline")
	require.Equal(t, 1, prepared(t, db, `%FROM "calendar_days"%`), "the same statement each time")
	require.Equal(t, pid, backendPID(t, db), "on the same connection")
}

// The cache keeps the most recently used texts; an evicted statement is
// deallocated, but not under a call that is about to run it.
func TestStmtCacheEvictsTheLeastRecentlyUsed(t *testing.T) {
	db := openOneConn(t)
	c := newStmtCache(entsql.OpenDB(Postgres, db.SQL), db.SQL, 2)
	ctx := t.Context()
	query := func(i int) {
		t.Helper()
		var rows entsql.Rows
		require.NoError(t, c.Query(ctx, fmt.Sprintf("SELECT %d AS stmtcache_probe", i), []any{}, &rows))
		require.NoError(t, rows.Close())
	}
	query(1)
	query(2)
	query(1) // 1 is now the most recent
	query(3) // evicts 2
	require.Len(t, c.entries, 2)
	require.Contains(t, c.entries, "SELECT 1 AS stmtcache_probe")
	require.Contains(t, c.entries, "SELECT 3 AS stmtcache_probe")
	require.Equal(t, 2, prepared(t, db, "%stmtcache_probe%"))

	// Held by a call (acquired, not yet run) while it is evicted.
	held, err := c.acquire(ctx, "SELECT 4 AS stmtcache_probe")
	require.NoError(t, err) // evicts 1
	query(5)                // evicts 3
	query(6)                // evicts 4, which is in use
	require.True(t, held.evicted)
	var n int
	require.NoError(t, held.stmt.QueryRowContext(ctx).Scan(&n), "an evicted statement still runs for its caller")
	require.Equal(t, 4, n)
	c.release(held)
	_, err = held.stmt.QueryContext(ctx)
	require.ErrorContains(t, err, "statement is closed", "closed once its caller is done")
	require.Equal(t, 2, prepared(t, db, "%stmtcache_probe%"))
}

// The cache's errors are the driver's: a bad query fails as it would
// without it, and nothing is kept for it.
func TestStmtCacheBadQuery(t *testing.T) {
	db := openOneConn(t)
	c := newStmtCache(entsql.OpenDB(Postgres, db.SQL), db.SQL, 2)
	var rows entsql.Rows
	err := c.Query(t.Context(), "SELECT FROM nowhere_at_all", []any{}, &rows)
	require.ErrorContains(t, err, `relation "nowhere_at_all" does not exist`)
	require.Empty(t, c.entries)
}
