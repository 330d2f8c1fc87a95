package graph_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"hatchery/ent/tenancy"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// TestTenantListFiltersByStatus: the tenant list's rows and total are those
// its filters name, the status alone and with others, at the top and
// nested. (The statement cache writes the status into the statement on
// PostgreSQL: internal/db's TestStmtCacheWritesEnumsIntoTheText.)
func TestTenantListFiltersByStatus(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		ctx, c, dq := system(), e.App.Client, e.Fixture.Deqing
		w := &incubationWorld{e: e}
		centre := c.IncubationCentre.Create().SetDomainID(dq).SetName("状态筛选测试基地").SetTotalArea(200).SaveX(ctx)
		byStatus := map[tenancy.Status][]string{}
		virtual := map[string]bool{}
		start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
		for i, s := range []tenancy.Status{tenancy.StatusACTIVE, tenancy.StatusACTIVE, tenancy.StatusGRADUATED,
			tenancy.StatusWITHDRAWN, tenancy.StatusACTIVE, tenancy.StatusTERMINATED} {
			org, _ := w.newNGO(t, 760+i)
			id := testenv.ID(c.Tenancy.Create().SetDomainID(dq).SetCentreID(centre.ID).SetOrganizationID(mustID(t, org)).
				SetStage(tenancy.StageSPROUT).SetStatus(s).SetStartOn(start).SetTermMonths(12).
				SetEndsOn(start.AddDate(1, 0, i)).SetVirtual(i%2 == 0).SaveX(ctx).ID)
			byStatus[s] = append(byStatus[s], id)
			virtual[id] = i%2 == 0
		}
		staff := e.Login("staff")

		// list answers the tenant list of the centre under where.
		list := func(where map[string]any) (ids []string, total int) {
			t.Helper()
			where["centreID"] = testenv.ID(centre.ID)
			var out struct {
				Tenancies struct {
					TotalCount int
					Edges      []struct{ Node struct{ ID string } }
				}
			}
			e.MustDo(staff, `query($w:TenancyWhereInput){ tenancies(first:20, where:$w, orderBy:{field:ENDS_ON, direction:ASC}){
				totalCount edges { node { id } } } }`, map[string]any{"w": where}, &out)
			for _, e := range out.Tenancies.Edges {
				ids = append(ids, e.Node.ID)
			}
			return ids, out.Tenancies.TotalCount
		}

		ids, total := list(map[string]any{"status": "ACTIVE"})
		require.ElementsMatch(t, byStatus[tenancy.StatusACTIVE], ids)
		require.Equal(t, 3, total)

		ids, total = list(map[string]any{"status": "ACTIVE", "virtual": true})
		var want []string
		for _, id := range byStatus[tenancy.StatusACTIVE] {
			if virtual[id] {
				want = append(want, id)
			}
		}
		require.Len(t, want, 2)
		require.ElementsMatch(t, want, ids, "both filters hold")
		require.Equal(t, 2, total)

		// Nested, the status still filters.
		ids, total = list(map[string]any{"not": map[string]any{"status": "ACTIVE"}})
		want = append(append(append([]string(nil), byStatus[tenancy.StatusGRADUATED]...),
			byStatus[tenancy.StatusWITHDRAWN]...), byStatus[tenancy.StatusTERMINATED]...)
		require.ElementsMatch(t, want, ids)
		require.Equal(t, 3, total)

		ids, total = list(map[string]any{"status": "GRADUATED", "or": []any{
			map[string]any{"virtual": true}, map[string]any{"statusIn": []string{"WITHDRAWN"}}}})
		require.ElementsMatch(t, byStatus[tenancy.StatusGRADUATED], ids, "the graduated one is virtual (the third row)")
		require.Equal(t, 1, total)

		ids, total = list(map[string]any{"status": "GRADUATED", "statusIn": []string{"ACTIVE"}})
		require.Empty(t, ids, "no tenancy has two statuses")
		require.Zero(t, total)
	})
}
