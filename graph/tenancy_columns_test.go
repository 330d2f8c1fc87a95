package graph_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"hatchery/internal/incubation"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// The tenant list reads only the columns its rows ask for, computed fields
// included (incubation.TenancyFieldColumns), and the seats and spaces only
// the columns asked of them; and it answers what it answers reading every
// column. The second query adds a field to each level whose resolver may
// read any column (a tenancy's serviceHours, a seat's tenancy, a space's
// centre), so each level is read whole; apart from those fields, the
// answers must be the same.
func TestTenantListAnswersAsWithEveryColumn(t *testing.T) {
	const (
		narrow = `{ tenancies(first: 100, orderBy: {field: ENDS_ON, direction: ASC}) { totalCount edges { node {
			id stage virtual status endsOn organization { id name } mentor { displayName }
			seats { id seats space { id code } } latestAssessment { id total }
			graduationCheck { ready threshold latestScore missing { code message } } milestones { id mandatory metOn } } } } }`
		wide = `{ tenancies(first: 100, orderBy: {field: ENDS_ON, direction: ASC}) { totalCount edges { node {
			id serviceHours stage virtual status endsOn organization { id name } mentor { displayName }
			seats { id seats tenancy { id } space { id code centre { id } } } latestAssessment { id total }
			graduationCheck { ready threshold latestScore missing { code message } } milestones { id mandatory metOn } } } } }`
	)
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		atIncubationTime(e, monday)
		w := newIncubationWorld(t, e, map[string]int{"R01": 2, "R02": 2, "R03": 3, "R04": 2})
		var tenancies []string
		for i, code := range []string{"R01", "R02", "R03", "R04"} {
			org, tok := w.newNGO(t, 700+i)
			w.admitted(t, org, tok, code, 1+i%2, 80)
			tenancies = append(tenancies, w.tenancyOf(t, org).ID)
		}
		w.assessAll(t, tenancies[0], 90, monday) // above the centre's threshold of 80
		w.assessAll(t, tenancies[1], 60, monday) // below it
		e.MustDo(w.staff, `mutation($id:ID!){ endTenancy(id:$id, exit:WITHDRAWN, reason:"迁出本县"){ id } }`,
			map[string]any{"id": tenancies[2]}, nil)

		read := func(q string) (string, []string) {
			stop := e.RecordSQL()
			var out any
			e.MustDo(w.staff, q, nil, &out)
			sql := stop()
			drop(out, "serviceHours", "tenancy", "centre")
			b, err := json.MarshalIndent(out, "", " ")
			require.NoError(t, err)
			return string(b), sql
		}
		gotNarrow, sqlNarrow := read(narrow)
		gotWide, sqlWide := read(wide)

		// Whether a statement read column of table (SQLite quotes names
		// with backquotes, PostgreSQL with double quotes).
		unquote := strings.NewReplacer(`"`, "", "`", "")
		reads := func(sql []string, table, column string) bool {
			for _, s := range sql {
				s = unquote.Replace(s)
				if strings.Contains(s, "FROM "+table+" ") && strings.Contains(s, table+"."+column) {
					return true
				}
			}
			return false
		}
		for _, c := range []struct{ table, column string }{
			{"tenancies", "notes"}, {"tenancy_spaces", "from_on"}, {"incubation_spaces", "facilities"},
		} {
			require.False(t, reads(sqlNarrow, c.table, c.column), "the list reads %s.%s, which it does not ask for", c.table, c.column)
			require.True(t, reads(sqlWide, c.table, c.column), "the second query reads %s whole", c.table)
		}
		require.JSONEq(t, gotWide, gotNarrow)
		// The data gave the narrowed columns something to get wrong.
		for _, want := range []string{`"WITHDRAWN"`, `"NOT_ACTIVE"`, `"latestScore": "90.0"`, `"latestScore": "60.0"`, `"code": "R02"`} {
			require.Contains(t, gotNarrow, want)
		}

		// Each computed field alone, with no plain field beside it that
		// would read a column it needs.
		for field := range incubation.TenancyFieldColumns {
			sub := map[string]string{"seats": "seats { id seats space { id code } }",
				"milestones": "milestones { id mandatory metOn }", "latestAssessment": "latestAssessment { id total }",
				"graduationCheck": "graduationCheck { ready threshold latestScore missing { code message } }"}[field]
			require.NotEmpty(t, sub, "no query for %s: add one", field)
			q := `{ tenancies(first: 100, orderBy: {field: ENDS_ON, direction: ASC}) { edges { node { id %s } } } }`
			alone, sql := read(fmt.Sprintf(q, sub))
			whole, _ := read(fmt.Sprintf(q, "serviceHours "+sub))
			require.False(t, reads(sql, "tenancies", "notes"), "%s alone reads the tenancies narrowed", field)
			require.JSONEq(t, whole, alone, "%s alone", field)
		}
	})
}

// drop deletes the keys from every object in v, a decoded JSON value.
func drop(v any, keys ...string) {
	switch v := v.(type) {
	case map[string]any:
		for _, k := range keys {
			delete(v, k)
		}
		for _, c := range v {
			drop(c, keys...)
		}
	case []any:
		for _, c := range v {
			drop(c, keys...)
		}
	}
}
