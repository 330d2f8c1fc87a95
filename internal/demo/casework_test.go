package demo_test

import (
	"context"
	"testing"
	"time"

	"entgo.io/ent/privacy"
	"github.com/stretchr/testify/require"

	entdomain "hatchery/ent/domain"
	"hatchery/ent/servicecase"
	"hatchery/ent/serviceitem"
	"hatchery/internal/casework/casedata"
	"hatchery/internal/demo"
	"hatchery/internal/password"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// TestSeedCasework: the demo catalogue, a year of closed cases with unique
// numbers, and open cases that show every highlight of the workbench.
func TestSeedCasework(t *testing.T) {
	for _, d := range testdb.Dialects() {
		t.Run(d.Name, func(t *testing.T) {
			ctx := context.Background()
			a := testenv.OpenApp(t, d.Name, d.DSN(t))
			require.NoError(t, demo.Seed(ctx, a.Client, "demo-password", password.Fast))
			sys := privacy.DecisionContext(ctx, privacy.Allow)
			domain := a.Client.Domain.Query().Where(entdomain.Code(demo.DeqingCode)).OnlyIDX(sys)
			now := time.Now()
			require.NoError(t, demo.SeedCasework(ctx, a.Client, domain, 360, now))
			require.NoError(t, demo.OpenCases(ctx, a.Client, domain, now))

			require.Equal(t, 5, a.Client.ServiceItem.Query().CountX(sys))
			require.Equal(t, 360, a.Client.ServiceCase.Query().Where(servicecase.StateEQ(servicecase.StateCLOSED)).CountX(sys))
			// None of them of a programme's item: those need the programme's records.
			require.Zero(t, a.Client.ServiceCase.Query().Where(servicecase.StateEQ(servicecase.StateCLOSED),
				servicecase.HasServiceItemWith(serviceitem.ProgrammeNEQ(""))).CountX(sys))
			numbers := map[string]bool{}
			for _, cs := range a.Client.ServiceCase.Query().AllX(sys) {
				require.NotNil(t, cs.Number)
				require.False(t, numbers[*cs.Number], "duplicate number %s", *cs.Number)
				numbers[*cs.Number] = true
			}
			open := a.Client.ServiceCase.Query().Where(servicecase.StateNEQ(servicecase.StateCLOSED)).AllX(sys)
			require.Len(t, open, 5)
			var dueSoon, overdue, paused int
			for _, cs := range open {
				k, err := a.Casework.Clock(ctx, cs)
				require.NoError(t, err)
				if k == nil {
					continue
				}
				if k.DueSoon {
					dueSoon++
				}
				if k.Overdue {
					overdue++
				}
				if k.Paused {
					paused++
				}
			}
			require.Equal(t, []int{1, 1, 1}, []int{dueSoon, overdue, paused}, "due soon, overdue, paused")

			// The demo says what the real flow would have produced: every
			// case was opened before it was submitted and has a history
			// that ends in its state, and a material marked present has a
			// file or says how it was checked.
			for _, cs := range a.Client.ServiceCase.Query().WithEvents().AllX(sys) {
				if cs.SubmittedAt != nil {
					require.False(t, cs.CreatedAt.After(*cs.SubmittedAt), "%s opened after it was submitted", *cs.Number)
				}
				if cs.State == servicecase.StateDRAFT {
					continue
				}
				require.NotEmpty(t, cs.Edges.Events, "%s has no history", *cs.Number)
				last := cs.Edges.Events[0]
				for _, e := range cs.Edges.Events {
					if !e.CreatedAt.Before(last.CreatedAt) {
						last = e
					}
				}
				if cs.State == servicecase.StateCLOSED {
					require.Equal(t, string(cs.State), last.ToState, "%s: the history ends in the case's state", *cs.Number)
				}
				for _, c := range cs.Checklist {
					if c.Status == casedata.Present {
						require.True(t, len(c.DocumentIDs) > 0 || c.Note != "", "%s: %s is present with no file and no note", *cs.Number, c.Material.Name)
					}
				}
			}
		})
	}
}
