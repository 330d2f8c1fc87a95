package graph_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// The space board and the tenant list cost the same number of SQL
// statements whatever the number of rows.
const (
	boardQuery = `{ incubationCentres(first:5, where:{active:true}){ edges { node { id name occupancy { areaUsed seatsUsed seatsTotal waiting openOffers }
		spaces { id code kind status seats seatsFree occupants { seats tenancy { id endsOn organization { name } } } openOffers { id respondBy } } } } } }`
	tenantListQuery = `query($n:Int!){ tenancies(first:$n, where:{status:ACTIVE}){ totalCount edges { node { id stage virtual status endsOn
		organization { id name } mentor { displayName } seats { seats space { code } } latestAssessment { total }
		graduationCheck { ready missing { code } } milestones { mandatory metOn } assessmentDue } } } }`
)

func TestIncubationListsCostBoundedStatements(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		atIncubationTime(e, monday)
		// 18 tenants, one per room (each room adds a tile to the board).
		spaces := map[string]int{}
		for i := range 18 {
			spaces[fmt.Sprintf("R%02d", i)] = 1
		}
		w := newIncubationWorld(t, e, spaces)
		for i := range 18 {
			org, tok := w.newNGO(t, 300+i)
			w.admitted(t, org, tok, fmt.Sprintf("R%02d", i), 1, 80)
			if i%3 == 0 {
				w.assessAll(t, w.tenancyOf(t, org).ID, 60+i, monday)
			}
		}
		count := func(q string, vars map[string]any) int64 {
			before := e.Statements.Load()
			e.MustDo(w.staff, q, vars, nil)
			return e.Statements.Load() - before
		}
		count(boardQuery, nil) // warms the calendar and Casbin caches
		board := count(boardQuery, nil)
		small, large := count(tenantListQuery, map[string]any{"n": 3}), count(tenantListQuery, map[string]any{"n": 18})
		t.Logf("%s: space board with 18 tiles: %d statements; tenant list of 3: %d, of 18: %d", d.Name, board, small, large)
		require.Equal(t, small, large, "the tenant list's statements do not grow with the page")

		// The board with 3 more rooms and tenants costs what it cost.
		for i := range 3 {
			var s struct{ CreateIncubationSpace struct{ ID string } }
			code := fmt.Sprintf("S%02d", i)
			e.MustDo(w.staff, `mutation($in:CreateIncubationSpaceInput!){ createIncubationSpace(input:$in){ id } }`,
				map[string]any{"in": map[string]any{"centreID": w.centre, "code": code, "kind": "OFFICE", "area": 15, "seats": 2}}, &s)
			w.spaces[code] = s.CreateIncubationSpace.ID
			org, tok := w.newNGO(t, 400+i)
			w.admitted(t, org, tok, code, 2, 75)
		}
		require.Equal(t, board, count(boardQuery, nil), "the board's statements do not grow with its tiles")
	})
}
