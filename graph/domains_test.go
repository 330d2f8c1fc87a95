package graph_test

import (
	"context"
	"testing"

	"entgo.io/ent/privacy"
	"github.com/stretchr/testify/require"

	"hatchery/ent/auditlog"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
	"hatchery/internal/uscc"
)

const createDomain = `mutation($in: NewDomainInput!) { createDomain(input: $in) { id code name bureauName casePrefix } }`

func newDomain(code, admin string) map[string]any {
	return map[string]any{"in": map[string]any{
		"code": code, "name": "瑞安市", "bureauName": "瑞安市民政局", "casePrefix": "RA",
		"firstAdmin": map[string]any{"username": admin, "displayName": "瑞安民政 张三", "password": "Ruian-admin-2026"},
	}}
}

// TestCreateDomain: a platform admin creates a county with its first bureau
// admin, who can log in and administer only it; nobody else may create one;
// a taken code is CONFLICT on code, a malformed one BAD_USER_INPUT, and a
// refused first admin leaves no domain behind.
func TestCreateDomain(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		root := e.Login("root")

		for _, u := range []string{"admin", "py-admin", "staff"} {
			require.Equal(t, []string{"FORBIDDEN"}, e.Do(e.Login(u), createDomain, newDomain("330381", "ra-"+u), nil).Codes(), u)
		}

		var out struct {
			CreateDomain struct{ ID, Code, Name, BureauName, CasePrefix string }
		}
		e.MustDo(root, createDomain, newDomain("330381", "ra-admin"), &out)
		require.Equal(t, "瑞安市民政局", out.CreateDomain.BureauName)

		ra := e.LoginWith("ra-admin", "Ruian-admin-2026")
		var me struct {
			Me struct {
				Permissions []string
				Domain      struct{ ID string }
			}
			ActingDomain struct{ BureauName string }
			Domains      struct{ TotalCount int }
		}
		e.MustDo(ra, `{ me { permissions domain { id } } actingDomain { bureauName } domains { totalCount } }`, nil, &me)
		require.Equal(t, out.CreateDomain.ID, me.Me.Domain.ID)
		require.Contains(t, me.Me.Permissions, "user:create", "the first admin is the county's bureau admin")
		require.Equal(t, "瑞安市民政局", me.ActingDomain.BureauName)
		require.Equal(t, 1, me.Domains.TotalCount, "a bureau admin sees only their own domain")

		errs := e.Do(root, createDomain, newDomain("330381", "ra-other"), nil)
		require.Equal(t, []string{"CONFLICT"}, errs.Codes())
		require.Equal(t, "code", errs[0].Extensions["field"])
		errs = e.Do(root, createDomain, newDomain("33038", "ra-other"), nil)
		require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes())
		require.Equal(t, "code", errs[0].Extensions["field"])

		// The first admin's username is taken: no domain is left behind.
		errs = e.Do(root, createDomain, newDomain("330382", "ra-admin"), nil)
		require.Equal(t, []string{"CONFLICT"}, errs.Codes())
		require.Equal(t, "firstAdmin.username", errs[0].Extensions["field"])
		var all struct{ Domains struct{ TotalCount int } }
		e.MustDo(root, `{ domains { totalCount } }`, nil, &all)
		require.Equal(t, 4, all.Domains.TotalCount, "Deqing, Pingyang, Anji and Rui'an; not 330382")
	})
}

// TestActInDomain: a platform admin acting in a county creates there, sees
// that county's lists, and every audit row records the domain acted in;
// nobody else may choose a domain.
func TestActInDomain(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		sys := privacy.DecisionContext(context.Background(), privacy.Allow)
		py := testenv.ID(e.Fixture.Pingyang)
		act := `mutation($id: ID) { actInDomain(id: $id) { id bureauName } }`

		for _, u := range []string{"admin", "staff", "py-admin"} {
			require.Equal(t, []string{"FORBIDDEN"}, e.Do(e.Login(u), act, map[string]any{"id": py}, nil).Codes(), u)
		}

		root := e.Login("root")
		require.Equal(t, []string{"NOT_FOUND"}, e.Do(root, act, map[string]any{"id": "12884909999"}, nil).Codes())
		var out struct {
			ActInDomain struct{ ID, BureauName string }
		}
		e.MustDo(root, act, map[string]any{"id": py}, &out)
		require.Equal(t, "平阳县民政局", out.ActInDomain.BureauName)

		var lists struct {
			ActingDomain  struct{ ID string }
			Organizations struct{ TotalCount int }
			Domains       struct{ TotalCount int }
		}
		e.MustDo(root, `{ actingDomain { id } organizations { totalCount } domains { totalCount } }`, nil, &lists)
		require.Equal(t, py, lists.ActingDomain.ID)
		require.Equal(t, 5, lists.Organizations.TotalCount, "Pingyang's organisations only")
		require.Equal(t, 3, lists.Domains.TotalCount, "the switcher still lists every domain")

		var created struct{ CreateOrganization struct{ ID string } }
		e.MustDo(root, createOrg, newOrg("平阳县新建社工服务社", uscc.ForSocialOrg(uscc.KindSocialGroup, "330326", 99)), &created)
		org := e.App.Client.Organization.GetX(sys, mustID(t, created.CreateOrganization.ID))
		require.Equal(t, e.Fixture.Pingyang, org.DomainID, "created in the domain acted in")
		row := e.App.Client.AuditLog.Query().
			Where(auditlog.EntityType("Organization"), auditlog.EntityID(created.CreateOrganization.ID)).OnlyX(sys)
		require.NotNil(t, row.ActingDomainID)
		require.Equal(t, e.Fixture.Pingyang, *row.ActingDomainID, "the audit row records the domain acted in")
		var trail struct {
			AuditLogs struct {
				Edges []struct {
					Node struct{ ActingDomain struct{ ID string } }
				}
			}
		}
		e.MustDo(root, `{ auditLogs(first: 1, orderBy: {field: CREATED_AT, direction: DESC}) { edges { node { actingDomain { id } } } } }`, nil, &trail)
		require.Equal(t, py, trail.AuditLogs.Edges[0].Node.ActingDomain.ID)

		// Back to every domain: creations land in the home domain again.
		e.MustDo(root, `mutation { actInDomain(id: null) { id } }`, nil, nil)
		e.MustDo(root, `{ actingDomain { id } organizations { totalCount } domains { totalCount } }`, nil, &lists)
		require.Equal(t, testenv.ID(e.Fixture.Deqing), lists.ActingDomain.ID)
		// 30 + 28 (the incubation demo) in Deqing, 5 in Pingyang, Anji's and the one created above.
		require.Equal(t, 65, lists.Organizations.TotalCount)
	})
}
