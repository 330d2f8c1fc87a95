package graph_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// TestDeferIsRefused: a request is answered in one payload, so a fragment
// under @defer would silently be missing from it; it is refused with a
// reason instead (and the executor keeps no per-object state for it:
// graph/deferred.go). @defer(if: false) defers nothing and is answered.
func TestDeferIsRefused(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		staff := e.Login("staff")
		for name, q := range map[string]string{
			"inline fragment": `{ organizations(first: 2) { edges { node { id ... @defer { name } } } } }`,
			"named fragment":  `{ organizations(first: 2) { edges { node { id ...N @defer(label: "n") } } } } fragment N on Organization { name }`,
			"if true":         `query($d: Boolean!) { organizations(first: 2) { edges { node { id ... @defer(if: $d) { name } } } } }`,
		} {
			r := e.Post(testenv.Request{Token: staff, Query: q, Vars: map[string]any{"d": true}})
			require.Equal(t, []string{"BAD_USER_INPUT"}, r.Errors.Codes(), name)
			require.Equal(t, []string{"DEFER_UNSUPPORTED"}, reasons(r.Errors), name)
			require.Contains(t, r.Errors[0].Message, "@defer", name)
			require.True(t, len(r.Data) == 0 || string(r.Data) == "null", "%s: no data: %s", name, r.Data)
		}

		var out struct {
			Organizations struct {
				Edges []struct{ Node struct{ ID, Name string } }
			}
		}
		errs := e.Do(staff, `query($d: Boolean!) { organizations(first: 2) { edges { node { id ... @defer(if: $d) { name } } } } }`,
			map[string]any{"d": false}, &out)
		require.Empty(t, errs)
		require.Len(t, out.Organizations.Edges, 2)
		for _, edge := range out.Organizations.Edges {
			require.NotEmpty(t, edge.Node.Name, "the fragment is answered in place")
		}
	})
}
