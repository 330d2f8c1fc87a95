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

// The same holds for a row's branch, assignment and officer: plain fields
// read their columns (asking for an assignment's officer reads only its
// officer_id, the table loads the officer itself), a computed field or
// another edge reads every column, and the answers agree.
func TestCoverageTableReadsTheColumnsOfEachPartAskedFor(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		w := newPartyWorld(t, e)
		p := w.org(t, "乾元镇")
		own := w.branch(t, "STANDALONE", "P党支部", &p, 5)
		var set struct{ SetCoverage struct{ ID string } }
		e.MustDo(w.party, mSetCoverage, map[string]any{"o": testenv.ID(p), "f": "BUILD", "p": own, "s": day(2025, 12, 1), "r": "单独组建党支部"}, &set)
		q := w.org(t, "乾元镇") // no branch of its own: an officer guides it
		w.assign(t, q, w.guide, day(2026, 1, 5))

		type part struct {
			ID, Name, Kind, StartOn, Note string
			CoveredCount, MaxLoad         int
			Organization                  *struct{ ID string }
			Officer                       *part
		}
		type row struct {
			Organization      struct{ ID string }
			PartyOrganization *part
			Assignment        *part
		}
		run := func(sel string) (map[string]row, map[string]string) {
			stop := e.RecordSQL()
			var out struct {
				PartyCoverageTable struct{ Edges []struct{ Node row } }
			}
			e.MustDo(w.party, `{ partyCoverageTable(first: 50){ edges { node { organization { id } `+sel+` } } } }`, nil, &out)
			selects := map[string]string{} // table → its statement's column list
			for _, q := range stop() {
				for _, table := range []string{"party_organizations", "officer_assignments", "guidance_officers"} {
					from := strings.Index(q, " FROM ")
					if from > 0 && (strings.HasPrefix(q[from:], ` FROM "`+table+`"`) || strings.HasPrefix(q[from:], " FROM `"+table+"`")) {
						selects[table] = q[:from]
					}
				}
			}
			rows := map[string]row{}
			for _, e := range out.PartyCoverageTable.Edges {
				rows[e.Node.Organization.ID] = e.Node
			}
			return rows, selects
		}
		reads := func(selectList, column string) bool {
			return strings.Contains(selectList, `."`+column+`"`) || strings.Contains(selectList, ".`"+column+"`")
		}

		plain, sel := run(`partyOrganization { id name kind } assignment { id startOn officer { id name } }`)
		require.NotNil(t, plain[testenv.ID(p)].PartyOrganization, "the organisation's branch")
		r := plain[testenv.ID(q)]
		require.NotNil(t, r.Assignment)
		require.NotNil(t, r.Assignment.Officer, "the officer is loaded with only officer_id read")
		require.Equal(t, "孙红梅", r.Assignment.Officer.Name)
		require.True(t, reads(sel["party_organizations"], "name"), sel["party_organizations"])
		require.False(t, reads(sel["party_organizations"], "secretary_phone"), "columns not asked for are not read: %s", sel["party_organizations"])
		require.True(t, reads(sel["officer_assignments"], "officer_id"), sel["officer_assignments"])
		require.False(t, reads(sel["officer_assignments"], "note"), sel["officer_assignments"])
		require.True(t, reads(sel["guidance_officers"], "name"), sel["guidance_officers"])
		require.False(t, reads(sel["guidance_officers"], "phone"), sel["guidance_officers"])

		full, sel := run(`partyOrganization { id name kind coveredCount } assignment { id startOn note organization { id } officer { id name maxLoad } }`)
		require.True(t, reads(sel["party_organizations"], "secretary_phone"), "a computed field reads the whole row: %s", sel["party_organizations"])
		require.True(t, reads(sel["officer_assignments"], "end_reason"), "another edge reads the whole row: %s", sel["officer_assignments"])
		require.True(t, reads(sel["guidance_officers"], "phone"), sel["guidance_officers"])
		require.Equal(t, 1, full[testenv.ID(p)].PartyOrganization.CoveredCount)
		require.Equal(t, testenv.ID(q), full[testenv.ID(q)].Assignment.Organization.ID)
		require.Positive(t, full[testenv.ID(q)].Assignment.Officer.MaxLoad)
		require.Len(t, full, len(plain))
		for id, pr := range plain {
			fr := full[id]
			require.Equal(t, pr.PartyOrganization == nil, fr.PartyOrganization == nil, id)
			require.Equal(t, pr.Assignment == nil, fr.Assignment == nil, id)
			if pr.PartyOrganization != nil {
				require.Equal(t, []string{pr.PartyOrganization.ID, pr.PartyOrganization.Name, pr.PartyOrganization.Kind},
					[]string{fr.PartyOrganization.ID, fr.PartyOrganization.Name, fr.PartyOrganization.Kind})
			}
			if pr.Assignment != nil {
				require.Equal(t, []string{pr.Assignment.ID, pr.Assignment.StartOn, pr.Assignment.Officer.ID, pr.Assignment.Officer.Name},
					[]string{fr.Assignment.ID, fr.Assignment.StartOn, fr.Assignment.Officer.ID, fr.Assignment.Officer.Name})
			}
		}
	})
}
