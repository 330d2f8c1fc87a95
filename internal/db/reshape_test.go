package db

import (
	"testing"

	entsql "entgo.io/ent/dialect/sql"
	"entgo.io/ent/privacy"
	"github.com/lib/pq"
	"github.com/stretchr/testify/require"

	"hatchery/ent/calendarday"
	"hatchery/ent/proposal"
	"hatchery/ent/servicecase"
	"hatchery/internal/party/partydata"
)

// A case of reshape: the text and arguments ent wrote, and what should go
// to PostgreSQL.
type reshapeCase struct {
	name, query string
	args        []any
	want        string
	wantArgs    []any // nil: left as it is
}

func checkReshape(t *testing.T, cases []reshapeCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, args, ok := reshape(c.query, c.args)
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

// reshape turns each list of bound integers into one array and
// renumbers what follows; anything else it leaves, and when the text is
// not as ent writes it, it leaves all of it.
func TestReshapeBindsListsOfIntegersAsArrays(t *testing.T) {
	ints := func(v ...int64) pq.Int64Array { return v }
	checkReshape(t, []reshapeCase{
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
	})
}

// notAnEnum is a named string type of no ent schema.
type notAnEnum string

// reshape writes an enum's value into the text, of ent's own enum types and
// of a schema's (GoType), and nothing else: not a plain or other named
// string, not a value that would need quoting.
func TestReshapeWritesEnumsIntoTheText(t *testing.T) {
	ints := func(v ...int64) pq.Int64Array { return v }
	checkReshape(t, []reshapeCase{
		{name: "an enum between other arguments, renumbered",
			query:    `SELECT 1 FROM "t" WHERE "a" = $1 AND "status" <> $2 AND "b" = $3`,
			args:     []any{"x", proposal.StatusDRAFT, 5},
			want:     `SELECT 1 FROM "t" WHERE "a" = $1 AND "status" <> 'DRAFT' AND "b" = $2`,
			wantArgs: []any{"x", 5}},
		{name: "an enum that is all the arguments",
			query: `SELECT 1 FROM "t" WHERE "state" = $1`, args: []any{servicecase.StateWITHDRAWN},
			want: `SELECT 1 FROM "t" WHERE "state" = 'WITHDRAWN'`, wantArgs: []any{}},
		{name: "a schema's own enum type",
			query: `SELECT 1 FROM "t" WHERE "type" = $1`, args: []any{partydata.LegalOutreach},
			want: `SELECT 1 FROM "t" WHERE "type" = 'LEGAL_OUTREACH'`, wantArgs: []any{}},
		{name: "a list of enums, and a list of ids after it",
			query:    `SELECT 1 FROM "t" WHERE "status" IN ($1, $2) AND "id" IN ($3, $4)`,
			args:     []any{proposal.StatusDRAFT, proposal.StatusSUBMITTED, 7, 8},
			want:     `SELECT 1 FROM "t" WHERE "status" IN ('DRAFT', 'SUBMITTED') AND "id" = ANY($1)`,
			wantArgs: []any{ints(7, 8)}},
		{name: "a plain string stays bound",
			query: `SELECT 1 FROM "t" WHERE "status" = $1`, args: []any{"DRAFT"}},
		{name: "another named string stays bound",
			query: `SELECT 1 FROM "t" WHERE "status" = $1`, args: []any{notAnEnum("DRAFT")}},
		{name: "an enum value that would need quoting stays bound",
			query: `SELECT 1 FROM "t" WHERE "status" = $1 AND "kind" = $2`, args: []any{proposal.Status("it's"), proposal.Status("")}},
		{name: "placeholders out of order",
			query: `SELECT 1 FROM "t" WHERE "a" = $2 AND "status" = $1`, args: []any{proposal.StatusDRAFT, 2}},
	})
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
	read := func(query string, args ...any) []int { return readColumn[int](t, c, query, args...) }
	const q = `SELECT "g" FROM generate_series(1, 10) AS "g" WHERE "g" > $1 AND "g" IN ($2, $3, $4) AND "g" < $5 ORDER BY "g"`
	require.Equal(t, []int{4, 7}, read(q, 2, 7, 4, 1, 9), "the filters around the list still hold, in their places")
	require.Equal(t, []int{2}, read(`SELECT "g" FROM generate_series(1, 3) AS "g" WHERE "g" IN ($1, $2)`, 2, int64(2)))
	require.Empty(t, read(`SELECT "g" FROM generate_series(1, 3) AS "g" WHERE "g" IN ($1)`, -1))
}

// On PostgreSQL, a read's enum values are in the prepared statement's text,
// one statement for each value, and the read answers as with them bound.
func TestStmtCacheWritesEnumsIntoTheText(t *testing.T) {
	db := openOneConn(t)
	c := newStmtCache(entsql.OpenDB(Postgres, db.SQL), db.SQL, 4)
	const q = `SELECT "s" FROM unnest(ARRAY['DRAFT', 'SUBMITTED', 'WITHDRAWN', 'it''s']) AS "s" WHERE "s" <> $1 AND "s" <> $2 ORDER BY "s"`
	read := func(args ...any) []string { return readColumn[string](t, c, q, args...) }
	require.Equal(t, []string{"SUBMITTED", "it's"}, read(proposal.StatusDRAFT, "WITHDRAWN"))
	require.Equal(t, []string{"DRAFT", "it's"}, read(proposal.StatusSUBMITTED, "WITHDRAWN"))
	require.Equal(t, []string{"DRAFT", "SUBMITTED", "WITHDRAWN"}, read(proposal.Status("it's"), "x"), "a value that needs quoting is bound")
	require.Equal(t, 1, prepared(t, db, `%WHERE "s" <> 'DRAFT' AND "s" <> $1 ORDER BY%`))
	require.Equal(t, 1, prepared(t, db, `%WHERE "s" <> 'SUBMITTED' AND "s" <> $1 ORDER BY%`))
	require.Equal(t, 1, prepared(t, db, `%WHERE "s" <> $1 AND "s" <> $2 ORDER BY%`))
}

// readColumn runs a read of one column through the statement cache.
func readColumn[T any](t *testing.T, c *stmtCache, query string, args ...any) []T {
	t.Helper()
	var rows entsql.Rows
	require.NoError(t, c.Query(t.Context(), query, args, &rows))
	defer rows.Close()
	var out []T
	for rows.Next() {
		var v T
		require.NoError(t, rows.Scan(&v))
		out = append(out, v)
	}
	require.NoError(t, rows.Err())
	return out
}
