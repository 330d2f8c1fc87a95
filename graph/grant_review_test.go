package graph_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"hatchery/ent/reviewassignment"
	"hatchery/ent/roleassignment"
	"hatchery/internal/review"
	"hatchery/internal/review/reviewdata"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
	"hatchery/internal/viewer"
)

// TestBalancedAssignment: N proposals × k reviewers over m experts: every
// proposal gets k distinct reviewers and the loads differ by at most one;
// a member of an applicant never gets its proposal, and the rest stay
// within one.
func TestBalancedAssignment(t *testing.T) {
	e := testenv.New(t, testdb.Dialects()[0])
	w := newGrantWorld(t, e, "1000000.00", "1000.00", "10000.00")
	for _, tc := range []struct{ n, k, m int }{{37, 3, 7}, {10, 2, 4}, {5, 3, 3}} {
		t.Run(fmt.Sprintf("%d×%d over %d", tc.n, tc.k, tc.m), func(t *testing.T) {
			ctx, c := system(), e.App.Client
			call := c.GrantCall.GetX(ctx, w.callID)
			p := c.ReviewPanel.Create().SetDomainID(call.DomainID).SetSubjectKind("test").SetSubjectID(tc.n*100 + tc.m).
				SetName("balance").SetRubric([]reviewdata.Criterion{}).SetReviewersPerItem(tc.k).SaveX(ctx)
			var experts []int
			for i := range tc.m {
				id := w.user(t, fmt.Sprintf("bal-%d-%d-%d", tc.n, tc.m, i), roleassignment.RoleEXPERT)
				experts = append(experts, id)
				c.PanelMember.Create().SetDomainID(call.DomainID).SetPanelID(p.ID).SetExpertID(id).ExecX(ctx)
			}
			items := make([]review.Item, tc.n)
			for i := range items {
				items[i] = review.Item{ID: 1_000_000 + i, OrganizationID: e.Fixture.OrgB}
			}
			// As the county's staff: only they manage panels.
			staff := e.App.Context(viewer.NewContext(ctx, &viewer.Viewer{UserID: e.Fixture.Users["staff"], DomainID: call.DomainID}))
			made, err := e.App.Review.AutoAssign(staff, c, p, items)
			require.NoError(t, err)
			require.Equal(t, tc.n*tc.k, made)
			load := map[int]int{}
			per := map[int][]int{}
			for _, a := range c.ReviewAssignment.Query().Where(reviewassignment.PanelID(p.ID)).AllX(ctx) {
				load[a.ExpertID]++
				per[a.ItemID] = append(per[a.ItemID], a.ExpertID)
			}
			for id, xs := range per {
				require.Len(t, xs, tc.k, "item %d", id)
				require.Len(t, slices.Compact(slices.Sorted(slices.Values(xs))), tc.k, "distinct reviewers")
			}
			loads := make([]int, 0, len(experts))
			for _, x := range experts {
				loads = append(loads, load[x])
			}
			require.LessOrEqual(t, slices.Max(loads)-slices.Min(loads), 1, "loads %v", loads)
			// Running it again changes nothing: every item has its reviewers.
			again, err := e.App.Review.AutoAssign(staff, c, p, items)
			require.NoError(t, err)
			require.Zero(t, again)
		})
	}
}

// TestRankedListCostsBoundedStatements: the ranked list of a call, with
// scores, spreads and organisations, costs the same number of SQL
// statements for 10 proposals as for 100.
func TestRankedListCostsBoundedStatements(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		w := newGrantWorld(t, e, "1000000.00", "1000.00", "10000.00")
		ctx, c := system(), e.App.Client
		ps := w.bulkProposals(t, 100, 500000)
		call, panel := w.panel(t)
		expert := e.Fixture.Users["expert"]
		rng := rand.New(rand.NewPCG(1, 2))
		for _, p := range ps {
			total := 600 + rng.IntN(300)
			c.ReviewAssignment.Create().SetDomainID(call.DomainID).SetPanelID(panel.ID).SetItemID(p.ID).
				SetOrganizationID(p.OrganizationID).SetExpertID(expert).SetStatus(reviewassignment.StatusSUBMITTED).
				SetTotalTenths(total).ExecX(ctx)
		}
		q := `query($c:ID!){ rankedProposals(callID:$c){ rank organizationName requested mean trimmedMean spread disagreement reviewsDone proposal{ id title } award{ id } } }`
		count := func() (int64, int) {
			var out struct{ RankedProposals []struct{ Rank int } }
			before := e.Statements.Load()
			e.MustDo(w.staff, q, map[string]any{"c": w.call}, &out)
			return e.Statements.Load() - before, len(out.RankedProposals)
		}
		count() // warm the caches
		large, n := count()
		require.Equal(t, 100, n)
		// Withdraw 90 of them: the list of 10 costs the same.
		for _, p := range ps[10:] {
			p.Update().SetStatus("WITHDRAWN").ExecX(ctx)
		}
		small, n := count()
		require.Equal(t, 10, n)
		t.Logf("%s: ranked list of 100: %d statements; of 10: %d", d.Name, large, small)
		require.Equal(t, small, large)
		require.LessOrEqual(t, large, int64(12))
	})
}

// Reading a call's panel writes nothing: the panel is made on the first
// read and left alone after. Each read used to update it while no review
// was in (an audit row per view of the board) and so refused the read to
// an expert. A changed call still reaches the panel on the next read.
func TestReadingThePanelWritesNothing(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		w := newGrantWorld(t, e, "1000000.00", "1000.00", "10000.00")
		sys := system()
		const q = `query($c:ID!){ callReviewPanel(callID:$c){ id reviewersPerItem rubric{ key } } }`
		vars := map[string]any{"c": w.call}
		type panel struct {
			CallReviewPanel struct {
				ID               string
				ReviewersPerItem int
				Rubric           []struct{ Key string }
			}
		}
		audited := func() int { return e.App.Client.AuditLog.Query().CountX(sys) }
		var first, again panel
		e.MustDo(w.staff, q, vars, &first) // makes the panel
		before := audited()
		for range 3 {
			e.MustDo(w.staff, q, vars, &again)
		}
		require.Equal(t, first, again)
		require.Equal(t, before, audited(), "reading the panel wrote audit rows")

		var asExpert panel
		e.MustDo(e.Login("expert"), q, vars, &asExpert)
		require.Equal(t, first, asExpert, "an expert reads the panel's rubric before any review is in")

		e.App.Client.GrantCall.UpdateOneID(w.callID).SetReviewersPerProposal(3).ExecX(sys)
		before = audited()
		e.MustDo(w.staff, q, vars, &again)
		require.Equal(t, 3, again.CallReviewPanel.ReviewersPerItem, "the call's change reaches the panel")
		require.Equal(t, before+1, audited(), "the change is one audited update")
	})
}
