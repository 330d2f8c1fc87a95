package db

import (
	"database/sql"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"hatchery/internal/testdb"
)

// plan returns the query plan of q as text, in the dialect's own form.
func plan(t *testing.T, conn *sql.Conn, dia, q string) string {
	t.Helper()
	explain := "EXPLAIN "
	if dia == "sqlite" {
		explain = "EXPLAIN QUERY PLAN "
	}
	rows, err := conn.QueryContext(t.Context(), explain+q)
	require.NoError(t, err)
	defer rows.Close()
	cols, err := rows.Columns()
	require.NoError(t, err)
	var b strings.Builder
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		require.NoError(t, rows.Scan(ptrs...))
		fmt.Fprintln(&b, vals...)
	}
	require.NoError(t, rows.Err())
	return b.String()
}

// Every order the API offers on organisations and tenancies is read from
// an index, for a viewer limited to a domain and for a cross-domain one, in
// both directions: a page of 50 must not sort the whole registry. So is the
// web app's tenant list, which filters by status and orders by the end of
// the term. The planner is told to avoid sorts and full scans (PostgreSQL)
// so a missing index shows as a Sort node however small the test table;
// SQLite says "TEMP B-TREE".
func TestEveryOrderHasAnIndex(t *testing.T) {
	lists := []struct {
		table  string
		fields []string
		wheres []string
	}{
		{"organizations", []string{"name", "uscc", "kind", "stage", "registered_on", "town", "status", "created_at"},
			[]string{"", "WHERE domain_id = 1 "}},
		{"tenancies", []string{"status", "start_on", "ends_on"},
			[]string{"", "WHERE domain_id = 1 "}},
		{"tenancies", []string{"ends_on"},
			[]string{"WHERE status = 'ACTIVE' ", "WHERE domain_id = 1 AND status = 'ACTIVE' "}},
	}
	eachDialect(t, func(t *testing.T, d testdb.Dialect) {
		db := migrated(t, d)
		conn, err := db.SQL.Conn(t.Context())
		require.NoError(t, err)
		defer conn.Close()
		sortMark := "TEMP B-TREE"
		if d.Name == "postgres" {
			sortMark = "Sort"
			for _, set := range []string{"SET enable_sort = off", "SET enable_seqscan = off"} {
				_, err := conn.ExecContext(t.Context(), set)
				require.NoError(t, err)
			}
		}
		for _, l := range lists {
			for _, f := range l.fields {
				for _, dir := range []string{"ASC", "DESC"} {
					for _, where := range l.wheres {
						q := fmt.Sprintf("SELECT id FROM %s %sORDER BY %s %s, id %s LIMIT 51", l.table, where, f, dir, dir)
						p := plan(t, conn, d.Name, q)
						require.NotContains(t, p, sortMark, "%s\n%s", q, p)
					}
				}
			}
		}
	})
}
