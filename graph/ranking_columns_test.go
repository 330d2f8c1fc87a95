package graph_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"hatchery/ent/proposal"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// A call's ranking reads only the proposal columns its query asks for when
// it asks for plain fields, and every column when it asks for anything a
// resolver computes (an award, materials) — and the answer is the same
// either way.
func TestRankingReadsTheProposalColumnsAskedFor(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		w := newGrantWorld(t, e, "1000000.00", "1000.00", "10000.00")
		ctx, c := system(), e.App.Client
		for i, p := range w.bulkProposals(t, 3, 500000) {
			p.Update().SetSummary(strings.Repeat("摘要", i+1)).ExecX(ctx)
		}
		// rank sorts by score; ids give the rows back in a fixed order.
		type row struct {
			Requested string
			Proposal  struct {
				ID, Title, Summary, Status, Requested string
				BeneficiaryCount                      int
				Award                                 *struct{ ID string }
			}
		}
		run := func(sel string) ([]row, string) {
			stop := e.RecordSQL()
			var out struct{ RankedProposals []row }
			e.MustDo(w.staff, `query($c:ID!){ rankedProposals(callID:$c){ requested proposal `+sel+` } }`, map[string]any{"c": w.call}, &out)
			var read string
			for _, q := range stop() {
				if strings.Contains(q, `FROM "proposals"`) || strings.Contains(q, "FROM `proposals`") {
					read = q
				}
			}
			require.NotEmpty(t, read, "the ranking reads the proposals")
			return out.RankedProposals, read
		}
		reads := func(q, column string) bool {
			return strings.Contains(q, `"proposals"."`+column+`"`) || strings.Contains(q, "`proposals`.`"+column+"`")
		}

		plain, q := run(`{ id title status requested beneficiaryCount }`)
		require.Len(t, plain, 3)
		require.True(t, reads(q, proposal.FieldTitle), q)
		require.False(t, reads(q, proposal.FieldSummary), "long texts not asked for are not read: %s", q)
		require.False(t, reads(q, proposal.FieldMilestones), q)
		for _, r := range plain {
			require.Equal(t, "SUBMITTED", r.Proposal.Status)
			require.Equal(t, "5000.00", r.Proposal.Requested)
			require.Equal(t, r.Requested, r.Proposal.Requested)
			require.True(t, strings.HasPrefix(r.Proposal.Title, "项目"), r.Proposal.Title)
		}

		// A fragment on Proposal counts as its fields.
		frag, q := run(`{ ... on Proposal { id summary } }`)
		require.True(t, reads(q, proposal.FieldSummary), q)
		require.False(t, reads(q, proposal.FieldTitle), q)
		// An award is computed by a resolver: every column is read.
		full, q := run(`{ id title summary award { id } }`)
		require.True(t, reads(q, proposal.FieldMilestones), "a computed field reads the whole row: %s", q)

		for i := range full {
			require.Equal(t, plain[i].Proposal.ID, full[i].Proposal.ID)
			require.Equal(t, plain[i].Proposal.Title, full[i].Proposal.Title)
			require.Equal(t, full[i].Proposal.Summary, frag[i].Proposal.Summary)
			require.Equal(t, c.Proposal.GetX(ctx, mustAtoi(t, full[i].Proposal.ID)).Summary, full[i].Proposal.Summary)
			require.NotEmpty(t, full[i].Proposal.Summary)
		}
	})
}
