package graph_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// A call with no proposals ranks none; a call id that names no call is
// NOT_FOUND, not an empty ranking the user would take for "no proposals".
func TestRankingTellsAMissingCallFromAnEmptyOne(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		w := newGrantWorld(t, e, "1000000.00", "1000.00", "10000.00")
		const q = `query($c:ID!){ rankedProposals(callID:$c){ rank } }`

		var out struct{ RankedProposals []struct{ Rank int } }
		e.MustDo(w.staff, q, map[string]any{"c": w.call}, &out)
		require.Empty(t, out.RankedProposals, "the call has no proposals yet")

		errs := e.Do(w.staff, q, map[string]any{"c": "999999999"}, nil)
		require.Equal(t, []string{"NOT_FOUND"}, errs.Codes())
	})
}
