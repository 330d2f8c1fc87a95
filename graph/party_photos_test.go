package graph_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"hatchery/ent/document"
	"hatchery/ent/partyvisit"
	"hatchery/internal/authz"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// visitPhotosQuery is the party work page's list of visits with photos.
const visitPhotosQuery = `query($n:Int!){ partyVisits(first:$n, orderBy:{field:VISITED_ON, direction:DESC}){
	edges{ node{ id photos{ id title } } } } }`

// TestVisitPhotosCostBoundedStatements: the visits' photos are read for
// the whole page in one statement, each visit's first 50 by upload time,
// whatever the page's length.
func TestVisitPhotosCostBoundedStatements(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		e.App.Party.Now = func() time.Time { return partyToday }
		seedPartyCounty(t, e)
		ctx, c := system(), e.App.Client
		visits := c.PartyVisit.Query().Order(partyvisit.ByVisitedOn(), partyvisit.ByID()).AllX(ctx)
		// Visit k has k%4 photos, uploaded newest title first; the latest
		// visit has 53.
		want := map[string][]string{} // visit id → photo titles as shown
		at := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
		for k, v := range visits {
			n := k % 4
			if k == len(visits)-1 {
				n = 53
			}
			id := testenv.ID(v.ID)
			want[id] = []string{}
			for j := range n {
				title := fmt.Sprintf("照片%d-%02d", k, n-j)
				c.Document.Create().SetDomainID(v.DomainID).SetOwnerKind(authz.OwnerPartyVisit).SetOwnerID(v.ID).
					SetOrganizationID(v.OrganizationID).SetCategory(document.CategoryOTHER).SetTitle(title).
					SetCreatedAt(at.Add(time.Duration(j) * time.Minute)).ExecX(ctx)
				if j < 50 {
					want[id] = append(want[id], title)
				}
			}
		}
		party := e.Login("party")
		type page struct {
			PartyVisits struct {
				Edges []struct {
					Node struct {
						ID     string
						Photos []struct{ ID, Title string }
					}
				}
			}
		}
		list := func(n int) (page, int64) {
			var p page
			before := e.Statements.Load()
			e.MustDo(party, visitPhotosQuery, map[string]any{"n": n}, &p)
			return p, e.Statements.Load() - before
		}
		list(5) // warms the Casbin and calendar caches
		_, small := list(5)
		all, large := list(200)
		require.Len(t, all.PartyVisits.Edges, 200)
		t.Logf("%s: visits with photos, 5: %d statements, 200: %d", d.Name, small, large)
		require.Equal(t, small, large, "the photos' statements do not grow with the page")
		for _, ed := range all.PartyVisits.Edges {
			got := make([]string, len(ed.Node.Photos))
			for i, p := range ed.Node.Photos {
				got[i] = p.Title
			}
			require.Equal(t, want[ed.Node.ID], got, "visit %s", ed.Node.ID)
		}

		// Alone, a visit shows the same photos.
		var one struct {
			Node struct{ Photos []struct{ Title string } }
		}
		id := testenv.ID(visits[len(visits)-1].ID)
		require.Len(t, all.PartyVisits.Edges[0].Node.Photos, 50, "the latest visit's first 50 of 53")
		e.MustDo(party, `query($id:ID!){ node(id:$id){ ... on PartyVisit { photos{ title } } } }`, map[string]any{"id": id}, &one)
		require.Len(t, one.Node.Photos, 50)
		require.Equal(t, want[id][49], one.Node.Photos[49].Title)
	})
}
