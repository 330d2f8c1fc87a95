package graph_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"hatchery/ent/organization"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// The coverage table reads only the organisation columns its query asks
// for when it asks for plain fields, and every column when it asks for a
// computed one — with the same rows in the same order either way.
func TestCoverageTableReadsTheOrganisationColumnsAskedFor(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		w := newPartyWorld(t, e)
		type row struct {
			Form         string
			Organization *struct {
				ID, Name, Uscc, Town string
				PartyStatus          *struct{ Form string }
			}
		}
		run := func(sel string) ([]row, string) {
			stop := e.RecordSQL()
			var out struct {
				PartyCoverageTable struct{ Edges []struct{ Node row } }
			}
			e.MustDo(w.party, `{ partyCoverageTable(first: 20){ edges { node { form `+sel+` } } } }`, nil, &out)
			var page string
			for _, q := range stop() {
				if (strings.Contains(q, `FROM "organizations"`) || strings.Contains(q, "FROM `organizations`")) && !strings.Contains(q, "COUNT(") {
					page = q
				}
			}
			require.NotEmpty(t, page, "the table reads a page of organisations")
			rows := make([]row, len(out.PartyCoverageTable.Edges))
			for i, e := range out.PartyCoverageTable.Edges {
				rows[i] = e.Node
			}
			return rows, page
		}
		reads := func(q, column string) bool {
			return strings.Contains(q, `"organizations"."`+column+`"`) || strings.Contains(q, "`organizations`.`"+column+"`")
		}

		plain, q := run(`organization { id name uscc }`)
		require.NotEmpty(t, plain)
		require.True(t, reads(q, organization.FieldUscc), q)
		require.False(t, reads(q, organization.FieldServiceFields), "columns not asked for are not read: %s", q)
		require.False(t, reads(q, organization.FieldTown), q)

		none, q := run(``)
		require.Len(t, none, len(plain))
		require.False(t, reads(q, organization.FieldUscc), "no organisation asked for, no uscc read: %s", q)

		full, q := run(`organization { id name uscc town partyStatus { form } }`)
		require.True(t, reads(q, organization.FieldServiceFields), "a computed field reads the whole row: %s", q)
		require.Len(t, full, len(plain))
		for i := range full {
			require.Equal(t, full[i].Organization.ID, plain[i].Organization.ID, "the same order")
			require.Equal(t, full[i].Organization.Name, plain[i].Organization.Name)
			require.Equal(t, full[i].Organization.Uscc, plain[i].Organization.Uscc)
			require.Equal(t, full[i].Form, plain[i].Form)
			require.Equal(t, full[i].Form, none[i].Form)
			require.NotNil(t, full[i].Organization.PartyStatus)
			require.Equal(t, full[i].Form, full[i].Organization.PartyStatus.Form)
		}
	})
}
