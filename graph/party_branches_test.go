package graph_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"hatchery/ent/organization"
	"hatchery/ent/partycoverage"
	"hatchery/ent/partyorganization"
	"hatchery/internal/orgtype"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
	"hatchery/internal/uscc"
)

// TestBranchCountsCostBoundedStatements: the platform admin's list of
// party organisations spans counties, and each one's covered count is
// read for the whole page in one statement, not county by county.
func TestBranchCountsCostBoundedStatements(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		e.App.Party.Now = func() time.Time { return partyToday }
		seedPartyCounty(t, e)
		ctx, c, f := system(), e.App.Client, e.Fixture
		// Four joint branches in Anji covering 1 to 4 organisations.
		want := map[string]int{}
		for b := range 4 {
			name := fmt.Sprintf("安吉测试联合党支部%d", b)
			br := c.PartyOrganization.Create().SetDomainID(f.Anji).SetKind(partyorganization.KindJOINT).SetName(name).
				SetFullMembers(3).SetFoundedOn(partyToday.AddDate(-1, 0, 0)).SaveX(ctx)
			for k := range b + 1 {
				org := c.Organization.Create().SetDomainID(f.Anji).SetName(fmt.Sprintf("安吉测试社%d-%d", b, k)).
					SetUscc(uscc.ForSocialOrg(uscc.KindSocialGroup, "330523", 80000+b*10+k)).
					SetKind(organization.KindSOCIAL_GROUP).SetStage(organization.StageSTARTUP).
					SetServiceFields([]orgtype.ServiceField{orgtype.CommunityService}).SaveX(ctx)
				c.PartyCoverage.Create().SetDomainID(f.Anji).SetOrganizationID(org.ID).SetForm(partycoverage.FormJOIN).
					SetPartyOrganizationID(br.ID).SetStartOn(partyToday.AddDate(0, -1, 0)).SetReason("测试").ExecX(ctx)
			}
			want[name] = b + 1
		}
		// Deqing's as seedPartyCounty made them.
		for i := range 16 {
			want[fmt.Sprintf("规模测试党支部%02d", i)] = 1
		}
		want["规模测试党支部00"] += 5 // the attached ones
		for j := range 4 {
			want[fmt.Sprintf("规模测试联合党支部%d", j)] = 5
		}
		root := e.Login("root")
		type page struct {
			PartyOrganizations struct {
				Edges []struct {
					Node struct {
						Name         string
						CoveredCount int
					}
				}
			}
		}
		list := func(n int) (page, int64) {
			var p page
			before := e.Statements.Load()
			e.MustDo(root, partyOrgsQuery, map[string]any{"n": n}, &p)
			return p, e.Statements.Load() - before
		}
		list(3) // warms the Casbin and calendar caches
		_, small := list(3)
		all, large := list(200)
		t.Logf("%s: party organisations of every county, 3: %d statements, %d: %d", d.Name, small, len(all.PartyOrganizations.Edges), large)
		require.Equal(t, small, large, "the counts' statements do not grow with the page or its counties")
		seen := 0
		for _, ed := range all.PartyOrganizations.Edges {
			if n, ok := want[ed.Node.Name]; ok {
				seen++
				require.Equal(t, n, ed.Node.CoveredCount, ed.Node.Name)
			}
		}
		require.Equal(t, len(want), seen, "every seeded branch is listed")
	})
}
