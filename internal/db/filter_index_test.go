package db

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"entgo.io/ent/dialect/sql/schema"
	"github.com/stretchr/testify/require"

	entmigrate "hatchery/ent/migrate"
)

// whereSuffixes are the endings entgql gives a field's other predicates
// (nameNEQ, nameIn, …); a where input's field without one is the field.
var whereSuffixes = []string{"NEQ", "NotIn", "In", "GTE", "GT", "LTE", "LT", "ContainsFold", "Contains",
	"HasPrefix", "HasSuffix", "EqualFold", "IsNil", "NotNil"}

// filter is one field a list on Query can be filtered by: its column, and
// whether it is a reference to another row (GraphQL type ID).
type filter struct {
	column string
	ref    bool
}

// queryFilters reads the generated GraphQL schema: for every list on Query
// with a where argument, the fields its where input offers (entgql names a
// field after its column: organizationID is organization_id).
func queryFilters(t *testing.T) map[string][]filter {
	t.Helper()
	text, query := entSchema(t)
	snake := regexp.MustCompile(`ID$|[A-Z]`)
	out := map[string][]filter{}
	for _, m := range regexp.MustCompile(`where: (\w+)WhereInput\b`).FindAllStringSubmatch(query, -1) {
		input := regexp.MustCompile(`(?s)\ninput ` + m[1] + `WhereInput \{(.*?)\n\}`).FindStringSubmatch(text)
		require.NotNil(t, input, "input %sWhereInput", m[1])
	fields:
		for _, f := range regexp.MustCompile(`(?m)^\s*(\w+): (\[?\w+)`).FindAllStringSubmatch(input[1], -1) {
			name, typ := f[1], f[2]
			if name == "not" || name == "and" || name == "or" || name == "id" {
				continue
			}
			for _, s := range whereSuffixes {
				if strings.HasSuffix(name, s) && name != s {
					continue fields
				}
			}
			col := snake.ReplaceAllStringFunc(name, func(s string) string {
				if s == "ID" {
					return "_id"
				}
				return "_" + strings.ToLower(s)
			})
			out[m[1]] = append(out[m[1]], filter{col, typ == "ID"})
		}
	}
	return out
}

// Every field a list on Query can be filtered by has an index that starts
// with its column, and for a table privacy limits to one domain also one
// that starts with the domain and then the column: an equality filter on a
// county's or a province's rows, by a cross-domain viewer or a domain's,
// does not read the whole table. A reference to another row (an
// organisation's proposals) needs only the first: its rows are that row's
// few, whichever domains the viewer reads. The fields come from the generated
// GraphQL schema and the indexes from ent's (which TestSchemaMatchesEnt
// holds both dialects' migrations to), so a new filter without its index
// fails here. (A "contains" filter on text is a substring search no B-tree
// serves; an index serves equality, ranges and the order.)
func TestEveryFilterHasAnIndex(t *testing.T) {
	filters := queryFilters(t)
	require.Contains(t, filters["Tenancy"], filter{"organization_id", true}, "the schema reader found the tenancy filters")
	tables := map[string]*schema.Table{}
	for _, tb := range entmigrate.Tables {
		tables[tb.Name] = tb
	}
	leads := func(tb *schema.Table, cols ...string) bool {
		if len(cols) == 1 {
			if c, ok := tb.Column(cols[0]); ok && c.Unique {
				return true
			}
		}
	next:
		for _, ix := range tb.Indexes {
			// A partial index serves only the rows its predicate keeps.
			if len(ix.Columns) < len(cols) || ix.Annotation != nil && ix.Annotation.Where != "" {
				continue
			}
			for i, c := range cols {
				if ix.Columns[i].Name != c {
					continue next
				}
			}
			return true
		}
		return false
	}
	var missing []string
	for name, fs := range filters {
		l, ok := orderLists[name]
		require.True(t, ok, "Query lists %s with a where: add it to orderLists", name)
		tb := tables[l.table]
		require.NotNil(t, tb, "table %s", l.table)
		for _, f := range fs {
			_, ok := tb.Column(f.column)
			require.True(t, ok, "%s has a column %s (read from the %s where input)", l.table, f.column, name)
			if !leads(tb, f.column) {
				missing = append(missing, fmt.Sprintf("%s (%s, …)", l.table, f.column))
			}
			if l.domain && !f.ref && !leads(tb, "domain_id", f.column) {
				missing = append(missing, fmt.Sprintf("%s (domain_id, %s, …)", l.table, f.column))
			}
		}
	}
	slices.Sort(missing)
	require.Empty(t, missing, "filters with no index to serve them")
}
