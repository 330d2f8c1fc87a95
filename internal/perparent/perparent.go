// Package perparent reads "the first n children of each parent" — a nested
// connection such as an organisation list's documents(first: 5) — in one
// statement that reads only those children (issue 14).
//
// entgql's own modifier (entgql.LimitPerRow) numbers every child of every
// parent on the page with ROW_NUMBER() and keeps the first n: at province
// scale, 50 organisations' 500 documents are read, sorted and mostly thrown
// away on every request. On PostgreSQL, Limit reads each parent's children
// through a LATERAL subquery instead, which walks the (parent, order) index
// and stops after n. It needs the parents' keys, which ent's eager loader
// holds but does not hand to a modifier: the generated loaders put them on
// the query's context with WithKeys (internal/perparent/rewrite edits the
// generated code to do so; go generate runs it). Without keys, or on SQLite
// (which has no LATERAL), Limit is entgql's modifier unchanged. Rows leaves
// out the row that only tells whether there is a next page when the query
// does not ask.
package perparent

import (
	"context"
	"database/sql/driver"
	"strconv"
	"strings"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"
)

// keysKey is the context key of the keys an eager loader asks for.
type keysKey struct{}

// keys are the parent keys one eager load asks for, and the child column
// that holds them: a modifier for another column (a deeper level of the
// same request, say) must not take them for its own.
type keys struct {
	column string
	values []driver.Value
}

// WithKeys records that the query run with ctx loads the children whose
// column holds one of values. The generated eager loaders call it.
func WithKeys(ctx context.Context, column string, values []driver.Value) context.Context {
	return context.WithValue(ctx, keysKey{}, keys{column: column, values: values})
}

// Rows is how many children of each parent a nested page reads: first (or
// last) and, when the query asks for the page's info, one more, whose
// presence says there is a next (or previous) page. entgql's paginateLimit
// always reads the one more; without pageInfo nobody reads what it tells,
// and a page of 50 organisations with documents(first: 5) reads 250
// documents instead of 300. The connection's build (ent/gql_pagination.go)
// trims a row only when it got first+1, so it is right either way.
func Rows(first, last *int, pageInfoAsked bool) int {
	n := 0
	switch {
	case first != nil:
		n = *first
	case last != nil:
		n = *last
	default:
		return 0
	}
	if pageInfoAsked {
		n++
	}
	return n
}

// alias names the parents' keys in the statement; no table is called this.
const alias = "per_parent_keys"

// Limit keeps the first limit children of each parent, in orderBy's order,
// like entgql.LimitPerRow, whose arguments it takes.
func Limit(column string, limit int, orderBy ...sql.Querier) func(*sql.Selector) {
	window := entgql.LimitPerRow(column, limit, orderBy...)
	return func(s *sql.Selector) {
		k, ok := s.Context().Value(keysKey{}).(keys)
		if !ok || k.column != column || s.Dialect() != dialect.Postgres || s.Table() == nil {
			window(s)
			return
		}
		array, ok := bigints(k.values)
		if !ok {
			window(s)
			return
		}
		lateral(s, column, array, limit, orderBy)
	}
}

// lateral rewrites s, which selects children under its WHERE (the loader's
// IN list, privacy filters, the edge's where and cursor), into
//
//	SELECT t.cols FROM unnest($1::bigint[]) AS keys(key),
//	LATERAL (SELECT cols
//	         FROM (SELECT * FROM t WHERE t.column = keys.key ORDER BY … OFFSET 0) AS t
//	         WHERE <s's WHERE> ORDER BY … LIMIT n) AS t
//
// The innermost SELECT is fenced by OFFSET 0 so that PostgreSQL reads one
// parent's children through the (column, order) index and checks s's
// conditions on each row as a filter. Unfenced, it folds the loader's IN
// list into the index scan too and probes the index once per list entry
// for every parent (50 × 50 descents for a page of 50).
func lateral(s *sql.Selector, column, array string, limit int, orderBy []sql.Querier) {
	d := sql.Dialect(dialect.Postgres)
	table := s.TableName()
	columns := s.UnqualifiedColumns()
	fence := d.Select("*").From(d.Table(table)).
		Where(sql.ColumnsEQ(d.Table(table).C(column), d.Table(alias).C("key"))).
		OrderExpr(orderBy...).Offset(0)
	page := d.Select(columns...).From(fence.As(table)).OrderExpr(orderBy...).Limit(limit)
	if p := s.P(); p != nil {
		page.Where(p)
	}
	qualified := make([]string, len(columns))
	for i, c := range columns {
		qualified[i] = d.Table(table).C(c)
	}
	out := d.Select(qualified...).
		FromExpr(sql.ExprFunc(func(b *sql.Builder) {
			b.WriteString("unnest(").Arg(array).WriteString("::bigint[]) AS ").Ident(alias).WriteString(`("key")`)
		})).
		AppendFromExpr(sql.ExprFunc(func(b *sql.Builder) {
			b.WriteString("LATERAL ").Wrap(func(b *sql.Builder) { b.Join(page) }).WriteString(" AS ").Ident(table)
		})).
		WithContext(s.Context())
	*s = *out
}

// bigints writes integer keys as a PostgreSQL array literal; false for any
// other kind of key, which Limit leaves to the window form.
func bigints(values []driver.Value) (string, bool) {
	var b strings.Builder
	b.WriteByte('{')
	for i, v := range values {
		if i > 0 {
			b.WriteByte(',')
		}
		switch n := v.(type) {
		case int:
			b.WriteString(strconv.Itoa(n))
		case int64:
			b.WriteString(strconv.FormatInt(n, 10))
		default:
			return "", false
		}
	}
	b.WriteByte('}')
	return b.String(), true
}
