package graph_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	gen "hatchery/ent"
	"hatchery/ent/reviewassignment"
	"hatchery/ent/roleassignment"
	"hatchery/internal/fanout"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// The coverage table and a call's ranking read their parts side by side
// (internal/fanout) when served from the application's own client. Read so,
// they answer byte for byte what the same lists read one after the other
// answer, with the same statements; and a missing call is still NOT_FOUND.
func TestListsReadSideBySideAnswerAsOneAfterTheOther(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		require.Same(t, e.App.Client, e.App.Party.Pool, "the app reads its lists side by side")
		require.Same(t, e.App.Client, e.App.Grants.Pool)

		// both runs q as token side by side, then one after the other
		// (pooled(false) takes the service's pool away), and returns the
		// two answers, each with the statements it cost.
		type answer struct {
			data       json.RawMessage
			statements int64
		}
		both := func(token, q string, vars map[string]any, pooled func(bool)) (side, seq answer) {
			t.Helper()
			before, stmts := fanout.SideBySide(), e.Statements.Load()
			e.MustDo(token, q, vars, &side.data)
			side.statements = e.Statements.Load() - stmts
			require.Greater(t, fanout.SideBySide(), before, "the list was read side by side")
			pooled(false)
			defer pooled(true)
			before, stmts = fanout.SideBySide(), e.Statements.Load()
			e.MustDo(token, q, vars, &seq.data)
			seq.statements = e.Statements.Load() - stmts
			require.Equal(t, before, fanout.SideBySide(), "without its pool the list is read one after the other")
			return side, seq
		}

		t.Run("coverage table", func(t *testing.T) {
			e.App.Party.Now = func() time.Time { return partyToday }
			seedPartyCounty(t, e)
			party := e.Login("party")
			vars := map[string]any{"n": 60}
			e.MustDo(party, coverageTableQuery, vars, nil) // warms the Casbin and calendar caches
			side, seq := both(party, coverageTableQuery, vars, func(on bool) { e.App.Party.Pool = poolIf(on, e) })
			require.JSONEq(t, string(seq.data), string(side.data))
			require.Contains(t, string(side.data), `"form":"DISPATCH"`, "rows with officers and visits")
			require.Contains(t, string(side.data), `"totalCount":`)
			require.Equal(t, seq.statements, side.statements)
		})

		t.Run("ranking", func(t *testing.T) {
			w := newGrantWorld(t, e, "1000000.00", "1000.00", "10000.00")
			ctx, c := system(), e.App.Client
			ps := w.bulkProposals(t, 6, 500000)
			call, panel := w.panel(t)
			experts := []int{w.user(t, "fan-expert-a", roleassignment.RoleEXPERT), w.user(t, "fan-expert-b", roleassignment.RoleEXPERT)}
			for i, p := range ps {
				for k, x := range experts {
					a := c.ReviewAssignment.Create().SetDomainID(call.DomainID).SetPanelID(panel.ID).SetItemID(p.ID).
						SetOrganizationID(p.OrganizationID).SetExpertID(x)
					if i%3 != 2 {
						a.SetStatus(reviewassignment.StatusSUBMITTED).SetTotalTenths(600 + 37*i + 11*k)
					}
					a.ExecX(ctx)
				}
				if i%2 == 0 {
					c.Award.Create().SetDomainID(call.DomainID).SetProposalID(p.ID).SetCallID(call.ID).
						SetOrganizationID(p.OrganizationID).SetCaseID(p.CaseID).SetAmount(int64(400000 + i)).ExecX(ctx)
				}
			}
			const q = `query($c:ID!){ rankedProposals(callID:$c){ rank organizationName requested reviewsDone reviewsAssigned
				mean trimmedMean spread disagreement proposal { id title status } award { id amount status } } }`
			side, seq := both(w.staff, q, map[string]any{"c": w.call}, func(on bool) { e.App.Grants.Pool = poolIf(on, e) })
			require.JSONEq(t, string(seq.data), string(side.data))
			require.Contains(t, string(side.data), `"award":{"id"`, "rows with awards")
			require.Contains(t, string(side.data), `"mean":"`, "rows with scores")
			require.Equal(t, seq.statements, side.statements)

			// A call id that names no call is NOT_FOUND, read either way.
			missing := map[string]any{"c": "999999999"}
			require.Equal(t, []string{"NOT_FOUND"}, e.Do(w.staff, q, missing, nil).Codes())
			e.App.Grants.Pool = nil
			defer func() { e.App.Grants.Pool = e.App.Client }()
			require.Equal(t, []string{"NOT_FOUND"}, e.Do(w.staff, q, missing, nil).Codes())
		})
	})
}

// poolIf is the app's own client when on, else nil (no pool: one read
// after the other).
func poolIf(on bool, e *testenv.Env) *gen.Client {
	if on {
		return e.App.Client
	}
	return nil
}
