package graph_test

import (
	"testing"

	"entgo.io/ent/privacy"
	"github.com/stretchr/testify/require"

	"hatchery/graph"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// One request, one password guess: aliases, fragments and other mutations
// next to login are refused before any resolver runs, so nothing is tried,
// counted or recorded.
func TestOneLoginPerRequest(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		ctx := privacy.DecisionContext(t.Context(), privacy.Allow)
		audits := e.App.Client.AuditLog.Query().CountX(ctx)
		sessions := e.App.Client.Session.Query().CountX(ctx)

		for name, q := range map[string]string{
			"two aliases": `mutation { a: login(username:"admin", password:"wrong-1") { token }
				b: login(username:"admin", password:"` + testenv.Password + `") { token } }`,
			"a fragment spread twice": `mutation { ...L ...L } fragment L on Mutation { login(username:"admin", password:"x") { token } }`,
			"nested fragments":        `mutation { ...A } fragment A on Mutation { ...B ...B } fragment B on Mutation { login(username:"admin", password:"x") { token } }`,
			"an inline fragment":      `mutation { login(username:"staff", password:"x") { token } ... on Mutation { l2: login(username:"staff", password:"y") { token } } }`,
			"skipped alias still counts": `mutation { a: login(username:"admin", password:"` + testenv.Password + `") { token }
				b: login(username:"admin", password:"x") @skip(if: true) { token } }`,
			"login with another mutation": `mutation { login(username:"admin", password:"` + testenv.Password + `") { token } logout }`,
		} {
			r := e.Post(testenv.Request{Query: q})
			require.Equal(t, []string{"BAD_USER_INPUT"}, r.Errors.Codes(), name)
			require.Equal(t, []string{graph.ReasonOneLogin}, reasons(r.Errors), name)
			require.Contains(t, []string{"", "null"}, string(r.Data), "%s: nothing ran", name)
		}
		zh := e.Post(testenv.Request{Query: `mutation { a: login(username:"a", password:"b"){ token } b: login(username:"a", password:"b"){ token } }`, Language: "zh"})
		require.Contains(t, zh.Errors[0].Message, "一次请求")

		require.Equal(t, audits, e.App.Client.AuditLog.Query().CountX(ctx), "no login was attempted: no audit rows")
		require.Equal(t, sessions, e.App.Client.Session.Query().CountX(ctx), "no session was opened")
		require.Empty(t, e.Sleeps(), "no failure was counted")

		// One login alone, aliased and with __typename, is served.
		r := e.Post(testenv.Request{Query: `mutation { __typename me: login(username:"admin", password:"` + testenv.Password + `") { token } }`})
		require.Empty(t, r.Errors)
	})
}
