package graph_test

import (
	"context"
	"fmt"
	"testing"

	"entgo.io/ent/privacy"
	"github.com/stretchr/testify/require"

	"hatchery/ent/organization"
	"hatchery/internal/orgtype"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
	"hatchery/internal/uscc"
)

const nestedOrgs = `query Nested($n:Int!){ organizations(first:$n, orderBy:{field:NAME, direction:DESC}){
	totalCount
	edges { cursor node { id name uscc domain { name }
		memberships { id title user { id username displayName } } } }
	pageInfo { hasNextPage endCursor } } }`

// addOrgsWithMembers gives Deqing n more organisations, each with two members
// (named 齐心…, which sorts after every demo name).
func addOrgsWithMembers(t testing.TB, e *testenv.Env, n int) {
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	c := e.App.Client
	for i := 0; i < n; i++ {
		o := c.Organization.Create().SetDomainID(e.Fixture.Deqing).
			SetName(fmt.Sprintf("齐心测试组织%03d", i)).
			SetUscc(uscc.ForSocialOrg(uscc.KindSocialGroup, "330521", 50000+i)).
			SetKind(organization.KindSOCIAL_GROUP).SetStage(organization.StageSEEDLING).
			SetServiceFields([]orgtype.ServiceField{orgtype.Other}).SaveX(ctx)
		for j := 0; j < 2; j++ {
			u := c.User.Create().SetDomainID(e.Fixture.Deqing).
				SetUsername(fmt.Sprintf("m%03d-%d", i, j)).SetDisplayName("成员").
				SetPasswordHash("x").SaveX(ctx)
			c.Membership.Create().SetDomainID(e.Fixture.Deqing).SetUserID(u.ID).SetOrganizationID(o.ID).SetTitle("理事").ExecX(ctx)
		}
	}
}

type nestedPage struct {
	Organizations struct {
		TotalCount int
		Edges      []struct {
			Node struct {
				Memberships []struct {
					User struct{ Username string }
				}
			}
		}
	}
}

// statements runs the nested query for a page of n and counts its SQL
// statements. Pages start with the added organisations (names sort last), so
// even a small page has members and users to load.
func statements(t testing.TB, e *testenv.Env, token string, n int) (int64, nestedPage) {
	var out nestedPage
	before := e.Statements.Load()
	e.MustDo(token, nestedOrgs, map[string]any{"n": n}, &out)
	return e.Statements.Load() - before, out
}

func TestNestedListCostsBoundedStatements(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		addOrgsWithMembers(t, e, 90)
		admin := e.Login("admin")
		// The session is read once, then cached: measure the list alone.
		e.MustDo(admin, `{ __typename }`, nil, nil)

		small, page := statements(t, e, admin, 5)
		require.Len(t, page.Organizations.Edges, 5)
		large, page := statements(t, e, admin, 100)
		require.Len(t, page.Organizations.Edges, 100)
		members := 0
		for _, edge := range page.Organizations.Edges {
			members += len(edge.Node.Memberships)
			for _, m := range edge.Node.Memberships {
				require.NotEmpty(t, m.User.Username)
			}
		}
		require.GreaterOrEqual(t, members, 150, "the page really has nested rows")
		t.Logf("%s: %d statements for 5 organisations, %d for 100", d.Name, small, large)
		require.Equal(t, small, large, "statement count must not grow with the page size")
		require.LessOrEqual(t, large, int64(10))
	})
}

func BenchmarkNestedOrganizations(b *testing.B) {
	for _, d := range testdb.Dialects() {
		b.Run(d.Name, func(b *testing.B) {
			e := testenv.New(b, d)
			addOrgsWithMembers(b, e, 90)
			admin := e.Login("admin")
			var total int64
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				n, _ := statements(b, e, admin, 100)
				total += n
			}
			b.ReportMetric(float64(total)/float64(b.N), "stmts/op")
		})
	}
}
