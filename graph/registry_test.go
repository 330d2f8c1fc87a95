package graph_test

import (
	"sync"
	"testing"

	"entgo.io/ent/privacy"
	"github.com/stretchr/testify/require"

	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
	"hatchery/internal/uscc"
)

const createOrg = `mutation($in:CreateOrganizationInput!){ createOrganization(input:$in){ id name uscc version domain { name } } }`

func newOrg(name, code string) map[string]any {
	return map[string]any{"in": map[string]any{
		"name": name, "uscc": code, "kind": "SOCIAL_GROUP", "stage": "SEEDLING",
		"serviceFields": []string{"EDUCATION", "CULTURE"}, "town": "武康街道",
	}}
}

func TestCreateOrganizationUSCC(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		staff := e.Login("staff")
		good := uscc.ForSocialOrg(uscc.KindSocialGroup, "330521", 987654)
		wrongLast := byte('0')
		if good[17] == '0' {
			wrongLast = '1'
		}
		bad := good[:17] + string(wrongLast)

		errs := e.Do(staff, createOrg, newOrg("德清县读书会", bad), nil)
		require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes())
		require.Equal(t, "uscc", errs[0].Extensions["field"])
		require.Contains(t, errs[0].Message, `"`+string(good[17])+`"`, "the message names the expected check character")

		zh := e.Post(testenv.Request{Token: staff, Query: createOrg, Vars: newOrg("德清县读书会", bad), Language: "zh-CN"})
		require.Contains(t, zh.Errors[0].Message, "校验位")

		// Nothing was written by the failed attempt: no organisation, no audit row.
		ctx := privacy.DecisionContext(t.Context(), privacy.Allow)
		before := e.App.Client.AuditLog.Query().CountX(ctx)

		var out struct {
			CreateOrganization struct {
				ID, Name, Uscc string
				Version        int
				Domain         struct{ Name string }
			}
		}
		// Lower case and spaces are normalised before validation.
		e.MustDo(staff, createOrg, newOrg(" 德清县读书会 ", " "+lower(good)+" "), &out)
		require.Equal(t, good, out.CreateOrganization.Uscc)
		require.Equal(t, "德清县读书会", out.CreateOrganization.Name)
		require.Equal(t, 1, out.CreateOrganization.Version)
		require.Equal(t, "德清县", out.CreateOrganization.Domain.Name)
		require.Equal(t, before+1, e.App.Client.AuditLog.Query().CountX(ctx), "one audit row for the create")

		// The same code again in the same county is a conflict on the field.
		errs = e.Do(staff, createOrg, newOrg("另一个读书会", good), nil)
		require.Equal(t, []string{"CONFLICT"}, errs.Codes())
		require.Equal(t, "uscc", errs[0].Extensions["field"])

		// ...but another county may register its own organisation with that code.
		anji := e.Login("anji")
		e.MustDo(anji, createOrg, newOrg("安吉县读书会", good), nil)

		// Input the schema refuses: an unknown enum value.
		in := newOrg("x", good)
		in["in"].(map[string]any)["kind"] = "COMPANY"
		require.Equal(t, []string{"BAD_USER_INPUT"}, e.Do(staff, createOrg, in, nil).Codes())
	})
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}

const updateOrg = `mutation($id:ID!,$in:UpdateOrganizationInput!){ updateOrganization(id:$id, input:$in){ id name version } }`

func TestOptimisticConcurrency(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		staff := e.Login("staff")
		id := testenv.ID(e.Fixture.OrgA)

		// A version is required.
		errs := e.Do(staff, updateOrg, map[string]any{"id": id, "in": map[string]any{"name": "无版本"}}, nil)
		require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes())
		require.Equal(t, "version", errs[0].Extensions["field"])

		// Many concurrent editors all read version 1: exactly one wins.
		const writers = 8
		var wg sync.WaitGroup
		codes := make([][]string, writers)
		for i := 0; i < writers; i++ {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				name := "并发修改" + string(rune('A'+i))
				codes[i] = e.Do(staff, updateOrg, map[string]any{"id": id, "in": map[string]any{"name": name, "version": 1}}, nil).Codes()
			}(i)
		}
		wg.Wait()
		wins := 0
		for _, c := range codes {
			if len(c) == 0 {
				wins++
				continue
			}
			require.Equal(t, []string{"CONFLICT"}, c)
		}
		require.Equal(t, 1, wins)

		var now struct {
			Node struct {
				Name    string
				Version int
			}
		}
		e.MustDo(staff, `query($id:ID!){ node(id:$id){ ... on Organization { name version } } }`, map[string]any{"id": id}, &now)
		require.Equal(t, 2, now.Node.Version)
		require.Contains(t, now.Node.Name, "并发修改")

		// A stale version is still a conflict later; the current one works.
		require.Equal(t, []string{"CONFLICT"}, e.Do(staff, updateOrg, map[string]any{"id": id, "in": map[string]any{"name": "旧", "version": 1}}, nil).Codes())
		var upd struct{ UpdateOrganization struct{ Version int } }
		e.MustDo(staff, updateOrg, map[string]any{"id": id, "in": map[string]any{"name": "新", "version": 2}}, &upd)
		require.Equal(t, 3, upd.UpdateOrganization.Version)
	})
}

func TestNGOMemberSeesOnlyOwnOrganization(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		ngo := e.Login("ngo")
		var list struct {
			Organizations struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						ID          string
						Memberships []struct{ User struct{ Username string } }
					}
				}
			}
		}
		e.MustDo(ngo, `{ organizations(first:50){ totalCount edges { node { id memberships { user { username } } } } } }`, nil, &list)
		require.Equal(t, 1, list.Organizations.TotalCount)
		require.Equal(t, testenv.ID(e.Fixture.OrgA), list.Organizations.Edges[0].Node.ID)
		require.Equal(t, "ngo", list.Organizations.Edges[0].Node.Memberships[0].User.Username)

		// Another organisation's record and members: not visible.
		other := testenv.ID(e.Fixture.OrgB)
		var node struct{ Node *struct{ ID string } }
		errs := e.Do(ngo, `query($id:ID!){ node(id:$id){ id ... on Organization { memberships { user { username } } } } }`, map[string]any{"id": other}, &node)
		require.Equal(t, []string{"NOT_FOUND"}, errs.Codes())
		require.Nil(t, node.Node)
		// Nor its member's account.
		errs = e.Do(ngo, `query($id:ID!){ node(id:$id){ id } }`, map[string]any{"id": testenv.ID(e.Fixture.Users["ngo2"])}, nil)
		require.Equal(t, []string{"NOT_FOUND"}, errs.Codes())

		// Own organisation: editable. Another: not.
		e.MustDo(ngo, updateOrg, map[string]any{"id": testenv.ID(e.Fixture.OrgA), "in": map[string]any{"contactPhone": "0572-8888888", "version": 1}}, nil)
		errs = e.Do(ngo, updateOrg, map[string]any{"id": other, "in": map[string]any{"name": "被篡改", "version": 1}}, nil)
		require.Equal(t, []string{"NOT_FOUND"}, errs.Codes())

		// An NGO member cannot create organisations or read the audit trail.
		require.Equal(t, []string{"FORBIDDEN"}, e.Do(ngo, createOrg, newOrg("自建组织", uscc.ForSocialOrg('1', "330521", 55)), nil).Codes())
		require.Equal(t, []string{"FORBIDDEN"}, e.Do(ngo, `{ auditLogs(first:5){ totalCount } }`, nil, nil).Codes())
	})
}

func TestDomainsAreIsolated(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		anji := e.Login("anji")
		var out struct {
			Organizations struct{ TotalCount int }
			Users         struct{ TotalCount int }
			Domains       struct{ TotalCount int }
			AuditLogs     struct {
				Edges []struct{ Node struct{ EntityType string } }
			}
		}
		e.MustDo(anji, `{ organizations { totalCount } users { totalCount } domains { totalCount } auditLogs(first:200) { edges { node { entityType } } } }`, nil, &out)
		require.Equal(t, 1, out.Organizations.TotalCount, "only Anji's organisation")
		require.Equal(t, 1, out.Users.TotalCount, "only Anji's user")
		require.Equal(t, 1, out.Domains.TotalCount, "only Anji's domain")

		deqingOrg := testenv.ID(e.Fixture.OrgA)
		require.Equal(t, []string{"NOT_FOUND"}, e.Do(anji, `query($id:ID!){ node(id:$id){ id } }`, map[string]any{"id": deqingOrg}, nil).Codes())
		require.Equal(t, []string{"NOT_FOUND"}, e.Do(anji, updateOrg, map[string]any{"id": deqingOrg, "in": map[string]any{"name": "越界", "version": 1}}, nil).Codes())

		// Deqing's staff likewise never see Anji's rows.
		staff := e.Login("staff")
		var dq struct{ Organizations struct{ TotalCount int } }
		e.MustDo(staff, `{ organizations { totalCount } }`, nil, &dq)
		require.Equal(t, 58, dq.Organizations.TotalCount, "Deqing's registry (30) and incubation demo (28)")

		// A platform admin acts across domains.
		root := e.Login("root")
		var all struct {
			Organizations struct{ TotalCount int }
			Domains       struct{ TotalCount int }
		}
		e.MustDo(root, `{ organizations { totalCount } domains { totalCount } }`, nil, &all)
		require.Equal(t, 64, all.Organizations.TotalCount, "Deqing's 30, Pingyang's 5 (demo) and Anji's 1")
		require.Equal(t, 3, all.Domains.TotalCount)
	})
}

func TestUnauthenticated(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		for _, q := range []string{
			`{ organizations { totalCount } }`,
			`{ users { totalCount } }`,
			`{ auditLogs { totalCount } }`,
			`{ domains { totalCount } }`,
			`{ roleAssignments { totalCount } }`,
		} {
			require.Equal(t, []string{"UNAUTHENTICATED"}, e.Do("", q, nil, nil).Codes(), q)
		}
		require.Equal(t, []string{"UNAUTHENTICATED"}, e.Do("", createOrg, newOrg("匿名", uscc.ForSocialOrg('1', "330521", 77)), nil).Codes())
		require.Equal(t, []string{"UNAUTHENTICATED"}, e.Do("hs_forged-token", `{ organizations { totalCount } }`, nil, nil).Codes())
	})
}
