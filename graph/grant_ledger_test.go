package graph_test

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"hatchery/ent/award"
	"hatchery/internal/money"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// TestLedgerExplainsEveryFen: after a random sequence of allocations,
// awards (single and batches, some refused for want of budget) and
// objections upheld (releases), every balance equals the sum of its
// ledger entries and no balance went negative or over.
func TestLedgerExplainsEveryFen(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		w := newGrantWorld(t, e, "30000.00", "1000.00", "9000.00")
		ps := w.bulkProposals(t, 40, 900000)
		rng := rand.New(rand.NewPCG(7, 1)) // the same sequence on both databases
		next, refused, released := 0, 0, 0
		var awards []string
		for step := range 60 {
			switch op := rng.IntN(6); {
			case op == 0: // more money for the fund, and for the call
				amount := int64(1+rng.IntN(5)) * 100_000
				e.MustDo(w.admin, mAllocate, map[string]any{"f": w.fund, "y": 2026, "a": money.Format(amount)}, nil)
				var call struct{ Node struct{ Budget string } }
				e.MustDo(w.staff, `query($c:ID!){ node(id:$c){ ... on GrantCall { budget } } }`, map[string]any{"c": w.call}, &call)
				b, err := money.Parse(call.Node.Budget)
				require.NoError(t, err)
				e.MustDo(w.staff, `mutation($c:ID!,$l:[CallFundLineInput!]!){ setCallFunds(id:$c, lines:$l){ id } }`,
					map[string]any{"c": w.call, "l": []map[string]any{{"fundBudgetID": w.budget, "amount": money.Format(b + amount)}}}, nil)
			case op <= 3 && next < len(ps): // a batch of one to three awards
				var ds []map[string]any
				for range 1 + rng.IntN(3) {
					if next == len(ps) {
						break
					}
					ds = append(ds, map[string]any{"proposalID": testenv.ID(ps[next].ID),
						"amount": money.Format(int64(100_000 + rng.IntN(8)*100_000 + rng.IntN(100)))})
					next++
				}
				errs := e.Do(w.staff, mDecideProposals, map[string]any{"c": w.call, "d": ds}, nil)
				if len(errs) > 0 {
					require.Equal(t, []string{"CONFLICT"}, errs.Codes(), "step %d", step)
					require.Equal(t, "BUDGET_EXCEEDED", errs[0].Extensions["reason"])
					refused++ // those proposals stay undecided
					continue
				}
				for _, dd := range ds {
					a := e.App.Client.Award.Query().Where(award.ProposalID(mustAtoi(t, dd["proposalID"].(string)))).OnlyX(system())
					awards = append(awards, testenv.ID(a.ID))
				}
			case len(awards) > 0: // an objection upheld: the award's money goes back
				i := rng.IntN(len(awards))
				id := awards[i]
				awards = append(awards[:i], awards[i+1:]...)
				var rec struct {
					RecordObjection struct{ Objections []struct{ ID string } }
				}
				e.MustDo(w.staff, `mutation($a:ID!){ recordObjection(awardID:$a, content:"实际未在本县开展服务"){ objections{ id } } }`,
					map[string]any{"a": id}, &rec)
				e.MustDo(w.staff, `mutation($o:ID!){ resolveObjection(id:$o, upheld:true, note:"经核实异议成立"){ id status } }`,
					map[string]any{"o": rec.RecordObjection.Objections[0].ID}, nil)
				released++
			}
			requireLedgerBalances(t, e)
		}
		t.Logf("%s: %d awards live, %d batches refused, %d awards cancelled", d.Name, len(awards), refused, released)
		require.Positive(t, refused, "the sequence ran into the budget at least once")
		require.Positive(t, released, "and released money at least once")
	})
}
