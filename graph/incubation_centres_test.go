package graph_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"hatchery/ent/incubationspace"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// centresQuery is the web app's list of centres as a platform admin sees
// it: each centre's occupancy and its spaces' occupants.
const centresQuery = `query($n:Int!){ incubationCentres(first:$n, orderBy:{field:NAME, direction:ASC}){ edges{ node{ id name
	occupancy{ areaUsed areaAvailable seatsUsed seatsTotal activeTenancies virtualTenancies waiting openOffers }
	spaces{ id code occupants{ seats tenancy{ id } } openOffers{ id } } } } } }`

type occupancy struct {
	AreaUsed, AreaAvailable, SeatsUsed, SeatsTotal, ActiveTenancies, VirtualTenancies, Waiting, OpenOffers int
}

// TestCentreListCostsBoundedStatements: a page of centres over two
// counties costs the statements of a page of one, and each centre's
// occupancy is its own, as when the centre is read alone.
func TestCentreListCostsBoundedStatements(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		atIncubationTime(e, monday)
		w := newIncubationWorld(t, e, map[string]int{"R01": 1, "R02": 1, "R03": 2})
		for i := range 3 {
			org, tok := w.newNGO(t, 600+i)
			w.admitted(t, org, tok, fmt.Sprintf("R%02d", i+1), 1, 80)
		}
		// Three more centres, in both counties, each with a used, an empty
		// and a closed space: k+1 seats used of 2k+4 open, 10k+10 m² used of
		// 30k+30 m² open.
		ctx, c, f := system(), e.App.Client, e.Fixture
		want := map[string]occupancy{}
		for k, domain := range []int{f.Deqing, f.Anji, f.Anji} {
			name := fmt.Sprintf("一号测试基地%d", k)
			ce := c.IncubationCentre.Create().SetDomainID(domain).SetName(name).SetTotalArea(500).SaveX(ctx)
			space := func(code string, area, seats, used int, closed bool) {
				c.IncubationSpace.Create().SetDomainID(domain).SetCentreID(ce.ID).SetCode(code).SetKind(incubationspace.KindROOM).
					SetArea(area).SetSeats(seats).SetSeatsUsed(used).SetMaintenance(closed).ExecX(ctx)
			}
			space("A", 10*k+10, k+2, k+1, false)
			space("B", 20*k+20, k+2, 0, false)
			space("C", 99, 9, 0, true)
			want[name] = occupancy{AreaUsed: 10*k + 10, AreaAvailable: 30*k + 30, SeatsUsed: k + 1, SeatsTotal: 2*k + 4}
		}
		admin := e.Login("root") // the platform admin, who sees every county
		type page struct {
			IncubationCentres struct {
				Edges []struct {
					Node struct {
						ID, Name  string
						Occupancy occupancy
					}
				}
			}
		}
		list := func(n int) (page, int64) {
			var p page
			before := e.Statements.Load()
			e.MustDo(admin, centresQuery, map[string]any{"n": n}, &p)
			return p, e.Statements.Load() - before
		}
		list(20) // warms the Casbin and calendar caches
		one, small := list(1)
		all, large := list(20)
		require.Len(t, one.IncubationCentres.Edges, 1)
		require.GreaterOrEqual(t, len(all.IncubationCentres.Edges), 5, "the fixture's centre, the world's and three more")
		t.Logf("%s: centres, 1: %d statements, %d over the counties: %d", d.Name, small, len(all.IncubationCentres.Edges), large)
		require.Equal(t, small, large, "the centres' statements do not grow with the page")

		seen := 0
		for _, ed := range all.IncubationCentres.Edges {
			var alone struct {
				Node struct{ Occupancy occupancy }
			}
			e.MustDo(admin, `query($id:ID!){ node(id:$id){ ... on IncubationCentre { occupancy{ areaUsed areaAvailable seatsUsed
				seatsTotal activeTenancies virtualTenancies waiting openOffers } } } }`, map[string]any{"id": ed.Node.ID}, &alone)
			require.Equal(t, alone.Node.Occupancy, ed.Node.Occupancy, "%s in the list and alone", ed.Node.Name)
			if o, ok := want[ed.Node.Name]; ok {
				seen++
				require.Equal(t, o, ed.Node.Occupancy, ed.Node.Name)
			} else if ed.Node.Name == "测试孵化基地" {
				require.Equal(t, 3, ed.Node.Occupancy.ActiveTenancies, "the world's centre holds its three tenants")
				require.Equal(t, 3, ed.Node.Occupancy.SeatsUsed)
			}
		}
		require.Equal(t, len(want), seen, "every seeded centre is listed")
	})
}
