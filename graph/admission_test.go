package graph_test

import (
	"encoding/json"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
	"hatchery/server"
)

// Through the whole server, with one query admitted at a time: queries sent
// together are each answered in turn, with their own viewer's data, and a
// login sent among them goes through.
func TestQueriesTakeTurnsThroughTheServer(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.NewWithConfig(t, d, server.Config{ConcurrentQueries: 1})
		tokens := map[string]string{}
		for _, u := range []string{"admin", "staff", "ngo"} {
			tokens[u] = e.Login(u)
		}
		users := []string{"admin", "staff", "ngo", "admin", "staff", "ngo", "admin", "staff", "ngo"}
		answers := make([]testenv.Response, len(users))
		var login testenv.Response
		var wg sync.WaitGroup
		for i, u := range users {
			wg.Go(func() {
				answers[i] = e.Post(testenv.Request{Token: tokens[u], Query: `{ me { username } }`})
			})
		}
		wg.Go(func() {
			login = e.Post(testenv.Request{
				Query: `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
				Vars:  map[string]any{"u": "expert", "p": testenv.Password},
			})
		})
		wg.Wait()
		for i, u := range users {
			require.Empty(t, answers[i].Errors, "query %d", i)
			var out struct{ Me struct{ Username string } }
			require.NoError(t, json.Unmarshal(answers[i].Data, &out))
			require.Equal(t, u, out.Me.Username, "query %d", i)
		}
		require.Empty(t, login.Errors)
		require.Contains(t, string(login.Data), `"token":"`)
	})
}
