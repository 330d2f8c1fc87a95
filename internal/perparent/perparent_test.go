package perparent

import (
	"context"
	"database/sql/driver"
	"strings"
	"testing"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"
	"github.com/stretchr/testify/require"
)

// children builds what ent's eager loader hands a modifier: the children of
// parents 7 and 9 not deleted, on ctx.
func children(ctx context.Context, name string) *sql.Selector {
	d := sql.Dialect(name)
	s := d.Select().From(d.Table("documents")).WithContext(ctx)
	s.Select(s.Columns("id", "title", "organization_id")...)
	return s.Where(sql.InValues(s.C("organization_id"), 7, 9)).Where(sql.IsNull(s.C("deleted_at")))
}

var byID = sql.ExprFunc(func(b *sql.Builder) { b.Ident("id").Pad().WriteString("ASC") })

func TestLimitReadsEachParentThroughLateralOnPostgres(t *testing.T) {
	ctx := WithKeys(context.Background(), "organization_id", []driver.Value{7, int64(9)})
	s := children(ctx, dialect.Postgres)
	Limit("organization_id", 6, byID)(s)
	query, args := s.Query()
	require.Equal(t, `SELECT "documents"."id", "documents"."title", "documents"."organization_id" `+
		`FROM unnest($1::bigint[]) AS "per_parent_keys"("key"), `+
		`LATERAL (SELECT "id", "title", "organization_id" FROM (SELECT * FROM "documents" `+
		`WHERE "documents"."organization_id" = "per_parent_keys"."key" ORDER BY "id" ASC OFFSET 0) AS "documents" `+
		`WHERE "documents"."organization_id" IN ($2, $3) AND "documents"."deleted_at" IS NULL `+
		`ORDER BY "id" ASC LIMIT 6) AS "documents"`, query)
	require.Equal(t, []any{"{7,9}", 7, 9}, args)
}

// Anything Limit cannot read per parent is entgql's window, unchanged.
func TestLimitFallsBackToTheWindow(t *testing.T) {
	keys := []driver.Value{7, 9}
	for name, s := range map[string]*sql.Selector{
		"sqlite":            children(WithKeys(context.Background(), "organization_id", keys), dialect.SQLite),
		"no keys":           children(context.Background(), dialect.Postgres),
		"another column":    children(WithKeys(context.Background(), "document_id", keys), dialect.Postgres),
		"keys not integers": children(WithKeys(context.Background(), "organization_id", []driver.Value{"7", "9"}), dialect.Postgres),
	} {
		t.Run(name, func(t *testing.T) {
			Limit("organization_id", 6, byID)(s)
			query, _ := s.Query()
			require.Contains(t, strings.ToUpper(query), "ROW_NUMBER() OVER (PARTITION BY")
			require.NotContains(t, query, "LATERAL")
		})
	}
}

func TestRowsReadsOnePastThePageOnlyForPageInfo(t *testing.T) {
	five, two := 5, 2
	require.Equal(t, 6, Rows(&five, nil, true))
	require.Equal(t, 5, Rows(&five, nil, false))
	require.Equal(t, 3, Rows(nil, &two, true))
	require.Equal(t, 2, Rows(nil, &two, false))
	require.Equal(t, 0, Rows(nil, nil, true), "no page size: no limit")
}
