package graph_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"hatchery/graph"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// TestNodesAnswersLikeNode: nodes answers null and NOT_FOUND for each id the
// viewer cannot see, as node does, and takes at most MaxIDs ids.
func TestNodesAnswersLikeNode(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		ngo := e.Login("ngo")
		f := e.Fixture

		errs := e.Do(ngo, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": testenv.ID(f.OrgB)}, nil)
		require.Equal(t, []string{"NOT_FOUND"}, errs.Codes(), "node, for reference")

		var out struct{ Nodes []*struct{ ID string } }
		r := e.Post(testenv.Request{Token: ngo, Query: `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
			Vars: map[string]any{"ids": []string{testenv.ID(f.OrgA), testenv.ID(f.OrgB), testenv.ID(f.AnjiOrg), "12884909999"}}})
		require.NoError(t, jsonUnmarshal(r.Data, &out))
		require.Len(t, out.Nodes, 4)
		require.NotNil(t, out.Nodes[0])
		require.Equal(t, testenv.ID(f.OrgA), out.Nodes[0].ID)
		require.Nil(t, out.Nodes[1])
		require.Nil(t, out.Nodes[2])
		require.Nil(t, out.Nodes[3])
		require.Equal(t, []string{"NOT_FOUND", "NOT_FOUND", "NOT_FOUND"}, r.Errors.Codes(), "%+v", r.Errors)
		var paths []string
		for _, er := range r.Errors {
			paths = append(paths, fmt.Sprint(er.Path))
		}
		require.ElementsMatch(t, []string{"[nodes 1]", "[nodes 2]", "[nodes 3]"}, paths)

		ids := make([]string, graph.MaxIDs+1)
		for i := range ids {
			ids[i] = testenv.ID(f.OrgA)
		}
		errs = e.Do(ngo, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": ids}, nil)
		require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes())
		require.Equal(t, "ids", errs[0].Extensions["field"])
	})
}
