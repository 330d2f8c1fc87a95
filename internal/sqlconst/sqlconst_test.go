package sqlconst

import (
	"testing"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"
	"github.com/stretchr/testify/require"
)

// The constant is in the text, quoted for both databases, and nothing is
// bound.
func TestCompareWritesTheValue(t *testing.T) {
	for d, want := range map[string]string{
		dialect.Postgres: `SELECT * FROM "t" WHERE "t"."status" <> 'GONE' AND "t"."kind" = 'O''Brien'`,
		dialect.SQLite:   "SELECT * FROM `t` WHERE `t`.`status` <> 'GONE' AND `t`.`kind` = 'O''Brien'",
	} {
		b := sql.Dialect(d)
		tbl := b.Table("t")
		query, args := b.Select("*").From(tbl).Where(sql.And(
			Compare(tbl.C("status"), sql.OpNEQ, "GONE"),
			Compare(tbl.C("kind"), sql.OpEQ, "O'Brien"),
		)).Query()
		require.Equal(t, want, query, d)
		require.Empty(t, args, d)
	}
}
