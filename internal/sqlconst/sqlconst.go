// Package sqlconst writes a schema's constant into a statement instead of
// binding it. PostgreSQL plans a prepared statement once a connection only
// when its plan for any argument looks no dearer than a plan for the one at
// hand plus the planning; for a filter on a status with few, skewed values
// it never does, and planned those pages anew on every request (the coverage
// table's "not deregistered", the tenant list's status). Written as
// constants, each value is a statement of its own, planned once. Only the
// schema's own values belong here, never what a user types: those stay
// bound.
package sqlconst

import (
	"strings"

	"entgo.io/ent/dialect/sql"
)

// Compare is "column op 'value'", the value written as a quoted literal
// (any quote in it doubled, as SQL escapes it).
func Compare(column string, op sql.Op, value string) *sql.Predicate {
	return sql.P(func(b *sql.Builder) {
		b.Ident(column).WriteOp(op).WriteString("'" + strings.ReplaceAll(value, "'", "''") + "'")
	})
}
