package graph_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// TestAnswerGoesThroughTheStateMachine: a consultation of a case the
// applicant withdrew meanwhile can no longer be answered (it used to be,
// adding to the timeline of a withdrawn case), and only its unit answers it.
func TestAnswerGoesThroughTheStateMachine(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		atTime(e, monday)
		item := newServiceItem(t, e, "INCUBATION_ADMISSION", true)
		cs := submittedCase(t, e, item)
		staff, ngo, expert := e.Login("staff"), e.Login("ngo"), e.Login("expert")
		mustAct(t, e, staff, mPreReview, map[string]any{"id": cs.ID})
		mustAct(t, e, staff, mAccept, map[string]any{"id": cs.ID, "f": findings(allPresent)})
		units := []map[string]any{{"unit": "县教育局", "assigneeID": testenv.ID(e.Fixture.Users["expert"]), "dueDays": 3}}
		mustAct(t, e, staff, mConsult, map[string]any{"id": cs.ID, "u": units})
		var inbox struct {
			Consultations struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
		e.MustDo(expert, `{ consultations(first:10, where:{answer:PENDING}){ edges { node { id } } } }`, nil, &inbox)
		require.Len(t, inbox.Consultations.Edges, 1)
		con := inbox.Consultations.Edges[0].Node.ID

		errs := e.Do(staff, mAnswer, map[string]any{"id": con, "a": true}, nil)
		require.Equal(t, []string{"FORBIDDEN"}, errs.Codes(), "the window cannot answer for the unit")

		mustAct(t, e, ngo, mWithdraw, map[string]any{"id": cs.ID})
		errs = e.Do(expert, mAnswer, map[string]any{"id": con, "a": true}, nil)
		require.Equal(t, []string{"CONFLICT"}, errs.Codes())
		cs, _ = caseQuery(t, e, staff, cs.ID)
		require.Equal(t, "WITHDRAWN", cs.State)
		require.NotContains(t, actions(cs), "CONSULTATION_ANSWERED")
	})
}
