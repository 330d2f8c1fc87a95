package demo_test

import (
	"testing"
	"time"

	"entgo.io/ent/privacy"
	"github.com/stretchr/testify/require"

	"hatchery/ent/award"
	"hatchery/ent/domain"
	"hatchery/ent/grantcall"
	"hatchery/ent/ledgerentry"
	"hatchery/ent/proposal"
	"hatchery/ent/reviewassignment"
	"hatchery/internal/demo"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// TestSeedGrants: six calls, 200 funded projects and ¥7,000,000 over the
// five past ones, each with its reviews; this year's call open with drafts,
// submitted proposals and the two experts at work (one conflict); every
// balance the sum of its ledger.
func TestSeedGrants(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		ctx := privacy.DecisionContext(t.Context(), privacy.Allow)
		c := e.App.Client
		dq := c.Domain.Query().Where(domain.Code(demo.DeqingCode)).OnlyIDX(ctx)
		now := time.Date(2026, 12, 4, 9, 0, 0, 0, time.UTC)
		require.NoError(t, demo.SeedCasework(ctx, c, dq, 20, now))
		require.NoError(t, demo.OpenCases(ctx, c, dq, now))
		start := time.Now()
		require.NoError(t, demo.SeedGrants(ctx, c, dq, now))
		t.Logf("%s: grants demo seeded in %s", d.Name, time.Since(start).Round(time.Millisecond))

		require.Equal(t, 6, c.GrantCall.Query().CountX(ctx))
		var total int64
		for _, a := range c.Award.Query().AllX(ctx) {
			total += a.Amount
		}
		require.Equal(t, 200, c.Award.Query().CountX(ctx))
		// The seed document's "nearly ¥7M" over six calls: within 2%.
		require.InDelta(t, 700_000_000, total, 14_000_000, "awarded %d fen", total)
		require.Equal(t, 1, c.Award.Query().Where(award.FinalGradeEQ(award.FinalGradeC), award.HasCallWith(grantcall.Year(2025))).CountX(ctx))
		current := c.GrantCall.Query().Where(grantcall.Year(2026)).OnlyX(ctx)
		require.True(t, current.OpensAt.Before(now) && current.ClosesAt.After(now), "this year's call is open")
		require.Equal(t, 2, c.Proposal.Query().Where(proposal.CallID(current.ID), proposal.StatusEQ(proposal.StatusDRAFT)).CountX(ctx))
		require.Equal(t, 5, c.Proposal.Query().Where(proposal.CallID(current.ID), proposal.StatusEQ(proposal.StatusSUBMITTED)).CountX(ctx))
		require.Equal(t, 1, c.ConflictDeclaration.Query().CountX(ctx))
		require.Equal(t, 1, c.ReviewAssignment.Query().Where(reviewassignment.StatusEQ(reviewassignment.StatusREMOVED)).CountX(ctx))
		for _, b := range c.FundBudget.Query().AllX(ctx) {
			var alloc, committed int64
			for _, en := range c.LedgerEntry.Query().Where(ledgerentry.FundBudgetID(b.ID)).AllX(ctx) {
				switch en.Kind {
				case ledgerentry.KindALLOCATION:
					alloc += en.Amount
				case ledgerentry.KindCOMMITMENT:
					committed += en.Amount
				}
			}
			require.Equal(t, alloc, b.Allocated)
			require.Equal(t, committed, b.Committed)
		}
		for _, call := range c.GrantCall.Query().AllX(ctx) {
			var live int64
			for _, a := range c.Award.Query().Where(award.CallID(call.ID)).AllX(ctx) {
				live += a.Amount
			}
			require.Equal(t, live, call.Committed)
			require.LessOrEqual(t, call.Committed, call.Budget)
		}
	})
}
