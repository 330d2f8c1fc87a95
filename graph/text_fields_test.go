package graph_test

import (
	"strings"
	"testing"

	"entgo.io/ent/privacy"
	"github.com/stretchr/testify/require"

	"hatchery/ent/auditlog"
	"hatchery/internal/auth"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
	"hatchery/internal/uscc"
)

// TestTextLimitsCountCharacters: limits are characters, not bytes (a
// Chinese character is three bytes), and the refusal states the limit, in
// English and Chinese, on the field.
func TestTextLimitsCountCharacters(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		staff := e.Login("staff")
		in := newOrg(strings.Repeat("德", 200), uscc.ForSocialOrg(uscc.KindSocialGroup, "330521", 4242))
		org := in["in"].(map[string]any)
		org["address"] = strings.Repeat("址", 300)
		org["contactPerson"] = strings.Repeat("联", 100)
		var out struct{ CreateOrganization struct{ ID, Name string } }
		e.MustDo(staff, createOrg, in, &out)
		require.Equal(t, strings.Repeat("德", 200), out.CreateOrganization.Name)

		ctx := privacy.DecisionContext(t.Context(), privacy.Allow)
		audits := e.App.Client.AuditLog.Query().CountX(ctx)
		for _, c := range []struct {
			field string
			limit int
			char  string
		}{{"name", 200, "德"}, {"address", 300, "址"}, {"contactPerson", 100, "联"}} {
			vars := map[string]any{"id": out.CreateOrganization.ID, "in": map[string]any{c.field: strings.Repeat(c.char, c.limit+1), "version": 1}}
			r := e.Post(testenv.Request{Token: staff, Query: updateOrg, Vars: vars})
			require.Equal(t, []string{"BAD_USER_INPUT"}, r.Errors.Codes(), c.field)
			require.Equal(t, c.field, r.Errors[0].Extensions["field"])
			require.Contains(t, r.Errors[0].Message, "at most "+itoa(c.limit)+" characters", c.field)
			zh := e.Post(testenv.Request{Token: staff, Query: updateOrg, Vars: vars, Language: "zh-CN"})
			require.Equal(t, []string{"BAD_USER_INPUT"}, zh.Errors.Codes())
			require.Contains(t, zh.Errors[0].Message, "不能超过"+itoa(c.limit)+"个字符", c.field)
		}
		// Nothing of the refused updates was written.
		require.Equal(t, audits, e.App.Client.AuditLog.Query().CountX(ctx))
		var now struct{ Node struct{ Name string } }
		e.MustDo(staff, `query($id:ID!){ node(id:$id){ ... on Organization { name } } }`, map[string]any{"id": out.CreateOrganization.ID}, &now)
		require.Equal(t, strings.Repeat("德", 200), now.Node.Name)
	})
}

// TestTextRefusesControlCharacters: NUL, escape and the bidi override are
// refused in names (BAD_USER_INPUT on the field, nothing written); line
// breaks only in multi-line text.
func TestTextRefusesControlCharacters(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		staff, admin := e.Login("staff"), e.Login("admin")
		ctx := privacy.DecisionContext(t.Context(), privacy.Allow)
		orgs := e.App.Client.Organization.Query().CountX(ctx)
		for i, bad := range []string{"\u0000", "\u001b", "\u202e", "\u0085", "\u2066", "\n"} {
			name := "德清县" + bad + "读书会"
			errs := e.Do(staff, createOrg, newOrg(name, uscc.ForSocialOrg(uscc.KindSocialGroup, "330521", 5000+i)), nil)
			require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes(), "%q", bad)
			require.Equal(t, "name", errs[0].Extensions["field"], "%q", bad)
			require.Contains(t, errs[0].Message, "character 4", "%q: the message points at the character", bad)

			errs = e.Do(admin, `mutation($id:ID!,$in:UpdateUserInput!){ updateUser(id:$id, input:$in){ id } }`,
				map[string]any{"id": testenv.ID(e.Fixture.Users["expert"]), "in": map[string]any{"displayName": "专家" + bad}}, nil)
			require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes(), "%q", bad)
			require.Equal(t, "displayName", errs[0].Extensions["field"])
		}
		require.Equal(t, orgs, e.App.Client.Organization.Query().CountX(ctx), "no organisation was created")

		// A file name with a right-to-left override ("…gpj.exe" shown as
		// "…exe.jpg") is refused on the field too.
		data := pdf(t, 1000)
		_, errs := request(t, e, staff, newDocInput(e.Fixture.OrgA, "证书\u202egpj.pdf", "application/pdf", data))
		require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes())
		require.Equal(t, "filename", errs[0].Extensions["field"])

		// Multi-line text keeps its line breaks and tabs, not the rest.
		item := map[string]any{"code": "TEXT_RULE", "name": "文本规则", "statutoryDays": 20, "promisedDays": 5,
			"description": "第一行\n\t第二行"}
		var out struct{ CreateServiceItem struct{ Description string } }
		e.MustDo(admin, `mutation($in:CreateServiceItemInput!){ createServiceItem(input:$in){ description } }`, map[string]any{"in": item}, &out)
		require.Equal(t, "第一行\n\t第二行", out.CreateServiceItem.Description)
		item["code"], item["description"] = "TEXT_RULE_2", "第一行\u202e"
		errs = e.Do(admin, `mutation($in:CreateServiceItemInput!){ createServiceItem(input:$in){ id } }`, map[string]any{"in": item}, nil)
		require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes())
		require.Equal(t, "description", errs[0].Extensions["field"])
	})
}

// TestRecordedTextIsCleaned: what a client sends without typing it (its
// User-Agent, a username that does not exist) is recorded within the text
// rule instead of failing the login or losing the audit row.
func TestRecordedTextIsCleaned(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		ctx := privacy.DecisionContext(t.Context(), privacy.Allow)
		ua := "Mozilla/5.0\x00\u202e" + strings.Repeat("浏", 600)
		res, err := e.App.Auth.Login(t.Context(), "staff", testenv.Password, auth.Meta{UserAgent: ua, IP: "127.0.0.1\x1b"})
		require.NoError(t, err)
		sess := e.App.Client.Session.GetX(ctx, res.SessionID)
		require.Equal(t, "Mozilla/5.0"+strings.Repeat("浏", 501), sess.UserAgent, "512 characters, refused ones dropped")
		require.Equal(t, "127.0.0.1", sess.IP)

		_, err = e.App.Auth.Login(t.Context(), "nobody\u202e\x00", "whatever-9", auth.Meta{})
		require.ErrorIs(t, err, auth.ErrInvalidCredentials)
		n := e.App.Client.AuditLog.Query().
			Where(auditlog.OperationEQ(auditlog.OperationLOGIN_FAILED), auditlog.ActorUsername("nobody")).CountX(ctx)
		require.Equal(t, 1, n, "the failed login is in the trail, cleaned")

		// Over GraphQL: a NUL in a username is a failed login, in a filter
		// bad input, on PostgreSQL too (which refuses NUL in any query).
		errs := e.Do("", `mutation($u:String!){ login(username:$u, password:"whatever-9"){ token } }`, map[string]any{"u": "staff\u0000"}, nil)
		require.Equal(t, []string{"UNAUTHENTICATED"}, errs.Codes())
		var out struct{ Organizations struct{ TotalCount int } }
		errs = e.Do(e.Login("staff"), `query($q:String!){ organizations(where:{nameContainsFold:$q}){ totalCount } }`, map[string]any{"q": "协会\u0000"}, &out)
		if d.Name == "postgres" {
			require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes())
		} else {
			require.Empty(t, errs, "SQLite searches (its LIKE pattern ends at the NUL)")
		}
	})
}

func itoa(n int) string { return testenv.ID(n) }
