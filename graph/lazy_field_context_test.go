package graph_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// An error below an edge's node names the node in its path: the node's
// field context is made only when something below asks for it
// (lazy_field_context.go), and an error asks. Here the error is the cap on
// an unpaginated list (an organisation's members).
func TestErrorPathsRunThroughLazyNodes(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		addMembersPastTheCap(e)

		r := e.Post(testenv.Request{Token: e.Login("staff"),
			Query: `query($id: ID!) { organizations(where: {id: $id}) { edges { node { id memberships { id } } } } }`,
			Vars:  map[string]any{"id": testenv.ID(e.Fixture.OrgB)}})
		require.Equal(t, []string{"BAD_USER_INPUT"}, r.Errors.Codes())
		require.Equal(t, []any{"organizations", "edges", float64(0), "node", "memberships"}, r.Errors[0].Path)
	})
}
