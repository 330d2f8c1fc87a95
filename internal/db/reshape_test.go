package db

import (
	"testing"

	entsql "entgo.io/ent/dialect/sql"
	"entgo.io/ent/privacy"
	"github.com/lib/pq"
	"github.com/stretchr/testify/require"

	"hatchery/ent/calendarday"
)

// anyArrays turns each list of bound integers into one array and
// renumbers what follows; anything else it leaves, and when the text is
// not as ent writes it, it leaves all of it.
func TestAnyArraysRewritesListsOfIntegers(t *testing.T) {
	ints := func(v ...int64) pq.Int64Array { return v }
	for _, c := range []struct {
		name, query string
		args        []any
		want        string
		wantArgs    []any // nil: left as it is
	}{
		{name: "one list",
			query: `SELECT "id" FROM "t" WHERE "id" IN ($1, $2, $3)`, args: []any{1, 2, 3},
			want: `SELECT "id" FROM "t" WHERE "id" = ANY($1)`, wantArgs: []any{ints(1, 2, 3)}},
		{name: "lists between other arguments, renumbered",
			query:    `SELECT "id" FROM "t" WHERE "a" = $1 AND "id" IN ($2, $3) AND "b" = $4 AND "c" IN ($5) LIMIT $6`,
			args:     []any{"x", 2, int64(3), "y", 5, 10},
			want:     `SELECT "id" FROM "t" WHERE "a" = $1 AND "id" = ANY($2) AND "b" = $3 AND "c" = ANY($4) LIMIT $5`,
			wantArgs: []any{"x", ints(2, 3), "y", ints(5), 10}},
		{name: "a list of strings stays, a later list of ids moves",
			query: `SELECT 1 FROM "t" WHERE "s" IN ($1, $2) AND "id" IN ($3, $4)`, args: []any{"a", "b", 7, 8},
			want: `SELECT 1 FROM "t" WHERE "s" IN ($1, $2) AND "id" = ANY($3)`, wantArgs: []any{"a", "b", ints(7, 8)}},
		{name: "a literal and an identifier that look like a list",
			query: `SELECT 1 AS " IN ($7)" FROM "t" WHERE "n" = ' IN ($1, it''s)' AND "id" IN ($1)`, args: []any{4},
			want: `SELECT 1 AS " IN ($7)" FROM "t" WHERE "n" = ' IN ($1, it''s)' AND "id" = ANY($1)`, wantArgs: []any{ints(4)}},
		{name: "NOT IN stays",
			query: `SELECT 1 FROM "t" WHERE "id" NOT IN ($1, $2)`, args: []any{1, 2}},
		{name: "a NULL in the list",
			query: `SELECT 1 FROM "t" WHERE "id" IN ($1, $2)`, args: []any{1, nil}},
		{name: "a subquery",
			query: `SELECT 1 FROM "t" WHERE "id" IN (SELECT "t_id" FROM "u" WHERE "k" = $1)`, args: []any{1}},
		{name: "no list",
			query: `SELECT 1 FROM "t" WHERE "id" = $1`, args: []any{1}},
		{name: "placeholders out of order",
			query: `SELECT 1 FROM "t" WHERE "a" = $2 AND "id" IN ($1)`, args: []any{1, 2}},
		{name: "a placeholder twice",
			query: `SELECT 1 FROM "t" WHERE "id" IN ($1, $1)`, args: []any{1}},
		{name: "more arguments than placeholders",
			query: `SELECT 1 FROM "t" WHERE "id" IN ($1)`, args: []any{1, 2}},
		{name: "fewer",
			query: `SELECT 1 FROM "t" WHERE "id" IN ($1, $2)`, args: []any{1}},
		{name: "an unclosed literal",
			query: `SELECT 1 FROM "t" WHERE "id" IN ($1) AND "n" = 'x`, args: []any{1}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, args, ok := anyArrays(c.query, c.args)
			if c.wantArgs == nil {
				require.False(t, ok)
				require.Equal(t, c.query, got)
				require.Equal(t, c.args, args)
				return
			}
			require.True(t, ok)
			require.Equal(t, c.want, got)
			require.Equal(t, c.wantArgs, args)
		})
	}
}

// On PostgreSQL, a read with a list of ids is one prepared statement
// whatever the list's length, and answers as the list would.
func TestStmtCacheBindsAListOfIdsAsOneArray(t *testing.T) {
	db := openOneConn(t)
	ctx := privacy.DecisionContext(t.Context(), privacy.Allow)
	for _, ids := range [][]int{{1}, {1, 2}, {3, 1, 2, 3}, make([]int, 2000)} {
		_, err := db.Client.CalendarDay.Query().Where(calendarday.IDIn(ids...)).All(ctx)
		require.NoError(t, err)
	}
	require.Equal(t, 1, prepared(t, db, `%FROM "calendar_days"%`), "one statement for four lengths")
	require.Equal(t, 1, prepared(t, db, `%FROM "calendar_days" WHERE "calendar_days"."id" = ANY($1)`))

	c := newStmtCache(entsql.OpenDB(Postgres, db.SQL), db.SQL, 4)
	read := func(query string, args ...any) []int {
		t.Helper()
		var rows entsql.Rows
		require.NoError(t, c.Query(t.Context(), query, args, &rows))
		defer rows.Close()
		var out []int
		for rows.Next() {
			var n int
			require.NoError(t, rows.Scan(&n))
			out = append(out, n)
		}
		require.NoError(t, rows.Err())
		return out
	}
	const q = `SELECT "g" FROM generate_series(1, 10) AS "g" WHERE "g" > $1 AND "g" IN ($2, $3, $4) AND "g" < $5 ORDER BY "g"`
	require.Equal(t, []int{4, 7}, read(q, 2, 7, 4, 1, 9), "the filters around the list still hold, in their places")
	require.Equal(t, []int{2}, read(`SELECT "g" FROM generate_series(1, 3) AS "g" WHERE "g" IN ($1, $2)`, 2, int64(2)))
	require.Empty(t, read(`SELECT "g" FROM generate_series(1, 3) AS "g" WHERE "g" IN ($1)`, -1))
}
