package graph_test

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"hatchery/ent/tenancy"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// TestTenantListWritesItsStatusFilter: the tenant list's "status" filter is
// written into the page's statement (so PostgreSQL can keep one plan for
// it), every other filter is still bound, and the rows and total are those
// the filters name, alone and together with others.
func TestTenantListWritesItsStatusFilter(t *testing.T) {
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

		// list answers the tenant list of the centre under where, with its
		// page statement ("query=… args=[…]" split in two).
		list := func(where map[string]any) (ids []string, total int, text, args string) {
			t.Helper()
			where["centreID"] = testenv.ID(centre.ID)
			var out struct {
				Tenancies struct {
					TotalCount int
					Edges      []struct{ Node struct{ ID string } }
				}
			}
			stop := e.RecordSQL()
			e.MustDo(staff, `query($w:TenancyWhereInput){ tenancies(first:20, where:$w, orderBy:{field:ENDS_ON, direction:ASC}){
				totalCount edges { node { id } } } }`, map[string]any{"w": where}, &out)
			for _, q := range stop() {
				if (strings.Contains(q, `FROM "tenancies"`) || strings.Contains(q, "FROM `tenancies`")) &&
					strings.Contains(q, "ORDER BY") && !strings.Contains(q, "COUNT(") {
					text, args, _ = strings.Cut(q, " args=")
				}
			}
			require.NotEmpty(t, text, "no page statement")
			for _, e := range out.Tenancies.Edges {
				ids = append(ids, e.Node.ID)
			}
			return ids, out.Tenancies.TotalCount, text, args
		}

		ids, total, text, args := list(map[string]any{"status": "ACTIVE"})
		require.ElementsMatch(t, byStatus[tenancy.StatusACTIVE], ids)
		require.Equal(t, 3, total)
		require.Contains(t, text, "'ACTIVE'", "the status is written: %s", text)
		require.NotContains(t, args, "ACTIVE", "and not bound as well")

		ids, total, text, args = list(map[string]any{"status": "ACTIVE", "virtual": true})
		var want []string
		for _, id := range byStatus[tenancy.StatusACTIVE] {
			if virtual[id] {
				want = append(want, id)
			}
		}
		require.Len(t, want, 2)
		require.ElementsMatch(t, want, ids, "both filters hold")
		require.Equal(t, 2, total)
		require.Contains(t, text, "'ACTIVE'", text)
		require.Contains(t, args, strconv.Itoa(centre.ID), "the centre is bound: %s", args)

		// Nested, the status stays as ent binds it and still filters.
		ids, total, text, args = list(map[string]any{"not": map[string]any{"status": "ACTIVE"}})
		want = append(append(append([]string(nil), byStatus[tenancy.StatusGRADUATED]...),
			byStatus[tenancy.StatusWITHDRAWN]...), byStatus[tenancy.StatusTERMINATED]...)
		require.ElementsMatch(t, want, ids)
		require.Equal(t, 3, total)
		require.NotContains(t, text, "'ACTIVE'", text)
		require.Contains(t, args, "ACTIVE", "the nested status is bound")

		ids, total, _, _ = list(map[string]any{"status": "GRADUATED", "or": []any{
			map[string]any{"virtual": true}, map[string]any{"statusIn": []string{"WITHDRAWN"}}}})
		require.ElementsMatch(t, byStatus[tenancy.StatusGRADUATED], ids, "the graduated one is virtual (the third row)")
		require.Equal(t, 1, total)

		ids, total, _, _ = list(map[string]any{"status": "GRADUATED", "statusIn": []string{"ACTIVE"}})
		require.Empty(t, ids, "no tenancy has two statuses")
		require.Zero(t, total)
	})
}
