package graph_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// orgCasesQ is what the web app asks for an applicant's list and an
// organisation's page: its cases, newest first by when they were opened.
const orgCasesQ = `query($o:ID!){ cases(first:10, where:{organizationID:$o}, orderBy:{field:CREATED_AT, direction:DESC}){
	totalCount edges { node { id title createdAt } } } }`

type orgCases struct {
	Cases struct {
		TotalCount int
		Edges      []struct {
			Node struct{ ID, Title, CreatedAt string }
		}
	}
}

// TestOrganisationCasesNewestFirst: an organisation's cases, drafts
// included, come newest first for its members and the window staff, and
// nobody else sees them through the filter.
func TestOrganisationCasesNewestFirst(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		item := newServiceItem(t, e, "INCUBATION_ADMISSION", true)
		first := submittedCase(t, e, item)
		second := mustAct(t, e, e.Login("ngo"), mOpen, map[string]any{"in": map[string]any{
			"serviceItemID": item, "organizationID": testenv.ID(e.Fixture.OrgA), "title": "第二份申请"}})
		vars := map[string]any{"o": testenv.ID(e.Fixture.OrgA)}
		for _, who := range []string{"ngo", "staff"} {
			var out orgCases
			e.MustDo(e.Login(who), orgCasesQ, vars, &out)
			require.Equal(t, 2, out.Cases.TotalCount, who)
			require.Equal(t, []string{second.ID, first.ID}, []string{out.Cases.Edges[0].Node.ID, out.Cases.Edges[1].Node.ID},
				"%s: newest first, the draft included", who)
		}
		var other orgCases
		e.MustDo(e.Login("ngo2"), orgCasesQ, vars, &other)
		require.Zero(t, other.Cases.TotalCount, "another organisation's member sees none of them")
	})
}
