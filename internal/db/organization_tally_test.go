package db

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/lib/pq"
	"github.com/stretchr/testify/require"

	"hatchery/internal/testdb"
)

// tallyKey is one (domain, status) pair of organization_tallies.
type tallyKey struct {
	domain int
	status string
}

// counted is what organization_tallies must hold: the organisations per
// domain and status, counted.
func counted(t *testing.T, q interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}, query string) map[tallyKey]int {
	t.Helper()
	rows, err := q.QueryContext(t.Context(), query)
	require.NoError(t, err)
	defer rows.Close()
	out := map[tallyKey]int{}
	for rows.Next() {
		var k tallyKey
		var n int
		require.NoError(t, rows.Scan(&k.domain, &k.status, &n))
		out[k] = n
	}
	require.NoError(t, rows.Err())
	return out
}

// requireTallied fails unless every domain's and status's tally equals the
// count of its organisations (a tally of zero and no organisations agree).
func requireTallied(t *testing.T, db *DB, step string) {
	t.Helper()
	want := counted(t, db.SQL, "SELECT domain_id, status, count(*) FROM organizations GROUP BY domain_id, status")
	got := counted(t, db.SQL, "SELECT domain_id, status, organizations FROM organization_tallies WHERE organizations <> 0")
	require.Equal(t, want, got, "after %s", step)
}

var orgSeq atomic.Int64

// insertOrgs is one INSERT statement of organisations, one per
// "domain:status" in rows.
func insertOrgs(rows ...string) string {
	var vals []string
	for _, r := range rows {
		d, st, _ := strings.Cut(r, ":")
		n := orgSeq.Add(1)
		vals = append(vals, fmt.Sprintf("(CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, '机构%d', '5233%014d', 'SOCIAL_GROUP', 'INCUBATING', '[]', %s, '%s')", n, n, d, st))
	}
	return "INSERT INTO organizations (created_at, updated_at, name, uscc, kind, stage, service_fields, domain_id, status) VALUES " +
		strings.Join(vals, ", ")
}

func addDomains(t *testing.T, db *DB, ids ...int) {
	t.Helper()
	for _, id := range ids {
		_, err := db.SQL.ExecContext(t.Context(), fmt.Sprintf(
			"INSERT INTO domains (id, created_at, updated_at, name, code) VALUES (%d, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, '县%d', 'd%d')", id, id, id))
		require.NoError(t, err)
	}
}

// TestOrganizationTalliesFollowEveryWrite: the tallies the database keeps
// equal a fresh count after each kind of write, on both databases: the
// migration's first fill, single and multi-row inserts across domains,
// status changes of several rows at once, an edit that changes neither
// column, deletes, a rolled-back insert, and on PostgreSQL a COPY and a
// TRUNCATE.
func TestOrganizationTalliesFollowEveryWrite(t *testing.T) {
	t.Parallel()
	eachDialect(t, func(t *testing.T, d testdb.Dialect) {
		db := open(t, d)
		ctx := t.Context()
		files, err := loadMigrations(db.Dialect)
		require.NoError(t, err)
		at := -1
		for i, f := range files {
			if strings.HasSuffix(f.id(), "_organization_tallies") {
				at = i
			}
		}
		require.GreaterOrEqual(t, at, 0, "the organization_tallies migration is embedded")
		_, err = db.migrate(ctx, files[:at])
		require.NoError(t, err)
		addDomains(t, db, 1, 2, 3)
		exec := func(step, q string) {
			t.Helper()
			_, err := db.SQL.ExecContext(ctx, q)
			require.NoError(t, err, step)
			requireTallied(t, db, step)
		}
		_, err = db.SQL.ExecContext(ctx, insertOrgs("1:ACTIVE", "1:ACTIVE", "2:ABNORMAL", "2:DEREGISTERED"))
		require.NoError(t, err)

		_, err = db.Migrate(ctx)
		require.NoError(t, err)
		requireTallied(t, db, "the migration's first fill")
		require.Equal(t, map[tallyKey]int{{1, "ACTIVE"}: 2, {2, "ABNORMAL"}: 1, {2, "DEREGISTERED"}: 1},
			counted(t, db.SQL, "SELECT domain_id, status, organizations FROM organization_tallies"))

		exec("one insert", insertOrgs("3:ACTIVE"))
		exec("a multi-row insert", insertOrgs("1:ACTIVE", "2:ACTIVE", "3:ABNORMAL", "1:DEREGISTERED", "2:ACTIVE"))
		exec("status changes of several rows", "UPDATE organizations SET status = 'ABNORMAL' WHERE status = 'ACTIVE' AND domain_id IN (1, 2)")
		exec("a move between domains", "UPDATE organizations SET domain_id = 3 WHERE domain_id = 2 AND status = 'DEREGISTERED'")
		before := counted(t, db.SQL, "SELECT domain_id, status, organizations FROM organization_tallies")
		exec("a name edit", "UPDATE organizations SET name = name || '（改）'")
		require.Equal(t, before, counted(t, db.SQL, "SELECT domain_id, status, organizations FROM organization_tallies"),
			"an edit that changes neither domain nor status leaves every tally as it was")
		exec("a delete", "DELETE FROM organizations WHERE domain_id = 1 AND status = 'ABNORMAL'")

		tx, err := db.SQL.BeginTx(ctx, nil)
		require.NoError(t, err)
		_, err = tx.ExecContext(ctx, insertOrgs("1:ACTIVE", "1:ACTIVE"))
		require.NoError(t, err)
		inTx := counted(t, tx, "SELECT domain_id, status, organizations FROM organization_tallies")
		require.Equal(t, before[tallyKey{1, "ACTIVE"}]+2, inTx[tallyKey{1, "ACTIVE"}], "the insert's own transaction sees its tally")
		require.NoError(t, tx.Rollback())
		requireTallied(t, db, "a rolled-back insert")

		if d.Name != "postgres" {
			return
		}
		tx, err = db.SQL.BeginTx(ctx, nil)
		require.NoError(t, err)
		st, err := tx.PrepareContext(ctx, pq.CopyIn("organizations", "created_at", "updated_at", "name", "uscc", "kind", "stage", "service_fields", "domain_id", "status"))
		require.NoError(t, err)
		for i := range 300 {
			n := orgSeq.Add(1)
			_, err = st.ExecContext(ctx, "2026-12-01T00:00:00Z", "2026-12-01T00:00:00Z", fmt.Sprintf("机构%d", n), fmt.Sprintf("5233%014d", n),
				"SOCIAL_GROUP", "INCUBATING", "[]", 1+i%3, []string{"ACTIVE", "ABNORMAL", "DEREGISTERED"}[i%3])
			require.NoError(t, err)
		}
		_, err = st.ExecContext(ctx)
		require.NoError(t, err)
		require.NoError(t, st.Close())
		require.NoError(t, tx.Commit())
		requireTallied(t, db, "a COPY of 300 rows")
		exec("a truncate", "TRUNCATE organizations CASCADE")
		require.Empty(t, counted(t, db.SQL, "SELECT domain_id, status, organizations FROM organization_tallies"))
	})
}

// TestOrganizationTalliesHoldUnderConcurrentWriters: sixteen writers insert
// organisations and move them between statuses and domains at once, one
// statement per transaction; the tallies end equal to a fresh count.
func TestOrganizationTalliesHoldUnderConcurrentWriters(t *testing.T) {
	t.Parallel()
	eachDialect(t, func(t *testing.T, d testdb.Dialect) {
		db := migrated(t, d)
		ctx := t.Context()
		addDomains(t, db, 1, 2)
		statuses := []string{"ACTIVE", "ABNORMAL", "DEREGISTERED"}
		var wg sync.WaitGroup
		errs := make(chan error, 16)
		for w := range 16 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range 20 {
					a := fmt.Sprintf("%d:%s", 1+(w+i)%2, statuses[i%3])
					b := fmt.Sprintf("%d:%s", 1+w%2, statuses[(w+i)%3])
					q := insertOrgs(a, b)
					if i%4 == 3 {
						// Move a few rows of the other domain to this writer's status.
						// The rows are locked newest first (FOR UPDATE in the
						// subquery): left to the plan's order, two such updates of
						// the same rows deadlock on the rows themselves, whatever
						// the tallies do.
						lock := " FOR UPDATE"
						if d.Name == "sqlite" {
							lock = ""
						}
						q = fmt.Sprintf("UPDATE organizations SET status = '%s' WHERE id IN (SELECT id FROM organizations WHERE domain_id = %d ORDER BY id DESC LIMIT 3%s)",
							statuses[w%3], 1+(w+1)%2, lock)
					}
					if _, err := db.SQL.ExecContext(ctx, q); err != nil {
						errs <- err
						return
					}
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			require.NoError(t, err)
		}
		requireTallied(t, db, "16 concurrent writers")
		var total int
		require.NoError(t, db.SQL.QueryRowContext(ctx, "SELECT SUM(organizations) FROM organization_tallies").Scan(&total))
		require.Equal(t, 16*15*2, total, "each writer inserted 15 statements of two organisations")
	})
}
