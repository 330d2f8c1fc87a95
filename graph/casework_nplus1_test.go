package graph_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"hatchery/internal/demo"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// The handler's queue and the documents lists: nested lists cost the same
// number of SQL statements whatever the page size.
const queueQuery = `query($n:Int!){ cases(first:$n, orderBy:{field:DUE_ON, direction:ASC}){ totalCount edges { node {
	id number state title itemName dueOn allowedActions clock { dueOn workingDaysUsed overdue dueSoon paused }
	organization { id name } serviceItem { id name } consultations { unit answer }
	documents { id title current { filename size } } } } } }`

func TestCaseQueueCostsBoundedStatements(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		require.NoError(t, demo.SeedCasework(context.Background(), e.App.Client, e.Fixture.Deqing, 120, time.Now()))
		staff := e.Login("staff")
		count := func(n int) int64 {
			var out struct {
				Cases struct {
					Edges []struct{ Node struct{ ID string } }
				}
			}
			before := e.Statements.Load()
			e.MustDo(staff, queueQuery, map[string]any{"n": n}, &out)
			require.Len(t, out.Cases.Edges, n)
			return e.Statements.Load() - before
		}
		count(1) // loads the working-day calendar into its cache
		small, large := count(5), count(100)
		t.Logf("%s: page of 5: %d statements, page of 100: %d", d.Name, small, large)
		require.Equal(t, small, large)
	})
}
