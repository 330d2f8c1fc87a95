package db

import (
	"database/sql"
	"fmt"
	"os"
	"regexp"
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

// orderLists are the lists on Query that take an orderBy, by GraphQL type
// name: the table each reads and whether privacy may limit it to a domain.
var orderLists = map[string]struct {
	table  string
	domain bool
}{
	"AuditLog": {"audit_logs", true}, "Award": {"awards", true}, "CalendarDay": {"calendar_days", false},
	"Case": {"service_cases", true}, "Consultation": {"consultations", true}, "Document": {"documents", true},
	"Domain": {"domains", false}, "Fund": {"funds", true}, "FundBudget": {"fund_budgets", true},
	"GrantCall": {"grant_calls", true}, "GuidanceOfficer": {"guidance_officers", true},
	"IncubationCentre": {"incubation_centres", true}, "LedgerEntry": {"ledger_entries", true},
	"Organization": {"organizations", true}, "PartyActivity": {"party_activities", true},
	"PartyOrganization": {"party_organizations", true}, "PartyVisit": {"party_visits", true},
	"PartyVolunteer": {"party_volunteers", true}, "Proposal": {"proposals", true},
	"RoleAssignment": {"role_assignments", true}, "ServiceItem": {"service_items", true},
	"Tenancy": {"tenancies", true}, "User": {"users", true},
}

// entSchema is the generated GraphQL schema (graph/ent.graphqls) and, in
// it, the body of type Query.
func entSchema(t *testing.T) (text, query string) {
	t.Helper()
	src, err := os.ReadFile("../../graph/ent.graphqls")
	require.NoError(t, err)
	text = string(src)
	start := strings.Index(text, "\ntype Query {")
	require.NotEqual(t, -1, start, "graph/ent.graphqls has no type Query")
	end := strings.Index(text[start+1:], "\n}")
	return text, text[start : start+1+end]
}

// queryOrders reads the generated GraphQL schema: for every list on Query
// with an orderBy argument, the columns its order enum names (entgql names
// a value after its column: REGISTERED_ON is registered_on).
func queryOrders(t *testing.T) map[string][]string {
	t.Helper()
	text, query := entSchema(t)
	out := map[string][]string{}
	for _, m := range regexp.MustCompile(`orderBy: (\w+)Order\b`).FindAllStringSubmatch(query, -1) {
		enum := regexp.MustCompile(`(?s)\nenum ` + m[1] + `OrderField \{(.*?)\n\}`).FindStringSubmatch(text)
		require.NotNil(t, enum, "enum %sOrderField", m[1])
		for _, v := range regexp.MustCompile(`(?m)^\s*([A-Z][A-Z0-9_]*)\s*$`).FindAllStringSubmatch(enum[1], -1) {
			out[m[1]] = append(out[m[1]], strings.ToLower(v[1]))
		}
		require.NotEmpty(t, out[m[1]], "enum %sOrderField has no values", m[1])
	}
	return out
}

// Every order the API offers on a list of Query is read from an index, for
// a viewer limited to a domain and for a cross-domain one, in both
// directions: a page of 50 must not sort the whole table. So is the web
// app's tenant list, which filters by status and orders by the end of the
// term. The orders come from the generated GraphQL schema, so a new list or
// order without its index fails here. The planner is told to avoid sorts
// and full scans (PostgreSQL) so a missing index shows as a Sort node
// however small the test table; SQLite says "TEMP B-TREE".
func TestEveryOrderHasAnIndex(t *testing.T) {
	orders := queryOrders(t)
	require.Contains(t, orders["Organization"], "registered_on", "the schema reader found the organisation orders")
	for name := range orders {
		require.Contains(t, orderLists, name, "Query lists %s with an orderBy: add it to orderLists", name)
	}
	type list struct {
		table  string
		fields []string
		wheres []string
	}
	var lists []list
	for name, cols := range orders {
		l := list{table: orderLists[name].table, fields: cols, wheres: []string{""}}
		if orderLists[name].domain {
			l.wheres = append(l.wheres, "WHERE domain_id = 1 ")
		}
		lists = append(lists, l)
	}
	lists = append(lists, list{"tenancies", []string{"ends_on"},
		[]string{"WHERE status = 'ACTIVE' ", "WHERE domain_id = 1 AND status = 'ACTIVE' "}})
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
