package auth_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"entgo.io/ent/privacy"
	"github.com/stretchr/testify/require"

	"hatchery/ent/roleassignment"
	"hatchery/ent/session"
	"hatchery/ent/user"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// The session cache, black-box: requests over HTTP to the real platform on
// both databases, SQL statements counted by the test environment.

const (
	meQ       = `{ me { username } }`
	orgCountQ = `{ organizations { totalCount } }`
	actingQ   = `{ actingDomain { id } }`
	// typename needs nothing from the database: its statements are the
	// session's alone.
	typenameQ = `{ __typename }`
)

// statementsOf runs query as token and returns the SQL statements it cost.
func statementsOf(e *testenv.Env, token, query string) int64 {
	e.T.Helper()
	before := e.Statements.Load()
	e.MustDo(token, query, nil, nil)
	return e.Statements.Load() - before
}

// me returns the username the token is logged in as, "" when anonymous.
func me(e *testenv.Env, token string) string {
	e.T.Helper()
	var out struct{ Me *struct{ Username string } }
	e.MustDo(token, meQ, nil, &out)
	if out.Me == nil {
		return ""
	}
	return out.Me.Username
}

func orgCount(e *testenv.Env, token string) int {
	e.T.Helper()
	var out struct{ Organizations struct{ TotalCount int } }
	e.MustDo(token, orgCountQ, nil, &out)
	return out.Organizations.TotalCount
}

func actingDomain(e *testenv.Env, token string) string {
	e.T.Helper()
	var out struct{ ActingDomain struct{ ID string } }
	e.MustDo(token, actingQ, nil, &out)
	return out.ActingDomain.ID
}

func sys() context.Context {
	return privacy.DecisionContext(context.Background(), privacy.Allow)
}

// TestSessionCacheCostsNoStatements: the first request with a token reads
// the session (what every request cost before the cache); the next ones
// cost nothing.
func TestSessionCacheCostsNoStatements(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		staff := e.Login("staff")
		first := statementsOf(e, staff, typenameQ)
		second := statementsOf(e, staff, typenameQ)
		third := statementsOf(e, staff, typenameQ)
		t.Logf("%s: session resolution: %d statements uncached, %d and %d cached", d.Name, first, second, third)
		require.Equal(t, int64(3), first, "session, user and memberships")
		require.Zero(t, second)
		require.Zero(t, third)

		// The safety net: an entry older than the max age is read again,
		// with the last-seen write due by then, and cached again.
		start := time.Now()
		e.App.Auth.Now = func() time.Time { return time.Now().Add(61 * time.Second) }
		require.Equal(t, int64(4), statementsOf(e, staff, typenameQ), "read again and last seen written")
		require.Zero(t, statementsOf(e, staff, typenameQ))
		seen := e.App.Client.Session.Query().Where(session.UserID(e.Fixture.Users["staff"])).OnlyX(sys()).LastSeenAt
		require.True(t, seen.After(start.Add(time.Minute)), "last seen written: %v", seen)
	})
}

// TestSessionCacheSeesChangesAtOnce: after each change that ends a session
// or changes what it resolves to, the very next request sees it, although
// the token was cached.
func TestSessionCacheSeesChangesAtOnce(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		// cached logs username in and makes sure the session is cached.
		cached := func(username string) string {
			t.Helper()
			tok := e.Login(username)
			require.Equal(t, username, me(e, tok))
			require.Zero(t, statementsOf(e, tok, typenameQ), "cached")
			return tok
		}

		t.Run("logout", func(t *testing.T) {
			tok := cached("staff")
			other := cached("staff")
			e.MustDo(tok, `mutation { logout }`, nil, nil)
			require.Empty(t, me(e, tok))
			require.Equal(t, "staff", me(e, other), "the user's other session goes on")
		})

		t.Run("disable", func(t *testing.T) {
			admin, expert := cached("admin"), cached("expert")
			e.MustDo(admin, `mutation($id:ID!){ updateUser(id:$id, input:{status:DISABLED}){ status } }`,
				map[string]any{"id": testenv.ID(e.Fixture.Users["expert"])}, nil)
			require.Empty(t, me(e, expert))
			require.Equal(t, []string{"UNAUTHENTICATED"}, e.Do(expert, orgCountQ, nil, nil).Codes())
			require.Equal(t, "admin", me(e, admin))
		})

		t.Run("disabled outside a transaction", func(t *testing.T) {
			purchaser := cached("purchaser")
			e.App.Client.User.UpdateOneID(e.Fixture.Users["purchaser"]).SetStatus(user.StatusDISABLED).ExecX(sys())
			require.Empty(t, me(e, purchaser))
		})

		t.Run("membership added and removed", func(t *testing.T) {
			admin, ngo2 := cached("admin"), cached("ngo2")
			require.Equal(t, 1, orgCount(e, ngo2))
			var out struct{ AddMember struct{ ID string } }
			e.MustDo(admin, `mutation($o:ID!,$u:ID!){ addMember(input:{organizationID:$o, userID:$u}){ id } }`,
				map[string]any{"o": testenv.ID(e.Fixture.OrgA), "u": testenv.ID(e.Fixture.Users["ngo2"])}, &out)
			require.Equal(t, 2, orgCount(e, ngo2), "the new organisation at once")
			require.Zero(t, statementsOf(e, ngo2, typenameQ), "cached again")
			e.MustDo(admin, `mutation($id:ID!){ removeMember(id:$id) }`, map[string]any{"id": out.AddMember.ID}, nil)
			require.Equal(t, 1, orgCount(e, ngo2), "the removed one gone at once")
		})

		t.Run("acting domain and role", func(t *testing.T) {
			root := cached("root")
			py, home := testenv.ID(e.Fixture.Pingyang), testenv.ID(e.Fixture.Deqing)
			act := `mutation($id: ID) { actInDomain(id: $id) { id } }`
			require.Equal(t, home, actingDomain(e, root))
			e.MustDo(root, act, map[string]any{"id": py}, nil)
			require.Equal(t, py, actingDomain(e, root))
			require.Zero(t, statementsOf(e, root, typenameQ), "cached again")
			e.MustDo(root, act, map[string]any{"id": nil}, nil)
			require.Equal(t, home, actingDomain(e, root))
			e.MustDo(root, act, map[string]any{"id": py}, nil)
			require.Equal(t, py, actingDomain(e, root))

			// Roles are Casbin's, asked on every request: root demoted (after
			// another platform admin is named) acts in the home domain again
			// with the session still cached.
			ctx := sys()
			e.App.Client.RoleAssignment.Create().SetDomainID(e.Fixture.Deqing).
				SetUserID(e.Fixture.Users["admin"]).SetRole(roleassignment.RolePLATFORM_ADMIN).ExecX(ctx)
			e.App.Client.RoleAssignment.Delete().Where(roleassignment.UserID(e.Fixture.Users["root"]),
				roleassignment.RoleEQ(roleassignment.RolePLATFORM_ADMIN)).ExecX(ctx)
			require.NoError(t, e.App.Authz.Reload(ctx))
			require.Zero(t, statementsOf(e, root, typenameQ), "still cached")
			require.Equal(t, home, actingDomain(e, root))
		})

		t.Run("expiry", func(t *testing.T) {
			ttl := e.App.Auth.SessionTTL
			e.App.Auth.SessionTTL = 30 * time.Second
			tok := cached("finance")
			e.App.Auth.SessionTTL = ttl
			e.App.Auth.Now = func() time.Time { return time.Now().Add(31 * time.Second) }
			defer func() { e.App.Auth.Now = time.Now }()
			require.Empty(t, me(e, tok), "expired within the cache's max age")
		})

		t.Run("rolled back", func(t *testing.T) {
			ngo := cached("ngo")
			tx, err := e.App.Client.Tx(sys())
			require.NoError(t, err)
			require.NoError(t, tx.Session.Update().Where(session.UserID(e.Fixture.Users["ngo"])).
				SetRevokedAt(time.Now()).Exec(sys()))
			require.NoError(t, tx.Rollback())
			require.Equal(t, "ngo", me(e, ngo), "nothing changed: a cache miss at worst")
			require.Zero(t, statementsOf(e, ngo, typenameQ))
		})

		t.Run("password change ends the other sessions", func(t *testing.T) {
			staff, other := cached("staff"), cached("staff")
			e.MustDo(staff, `mutation($o:String!,$n:String!){ changePassword(oldPassword:$o, newPassword:$n) }`,
				map[string]any{"o": testenv.Password, "n": "new-password-1"}, nil)
			require.Empty(t, me(e, other))
			require.Equal(t, "staff", me(e, staff), "the session that changed it goes on")

			admin := cached("admin")
			e.MustDo(admin, `mutation($id:ID!,$p:String!){ resetPassword(userID:$id, newPassword:$p) }`,
				map[string]any{"id": testenv.ID(e.Fixture.Users["staff"]), "p": "reset-password-2"}, nil)
			require.Empty(t, me(e, staff), "a reset ends every session")
		})
	})
}

// TestSessionCacheMaxAge: a change this process cannot see (another node,
// here a statement past ent) reaches it within the max age.
func TestSessionCacheMaxAge(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		staff := e.Login("staff")
		require.Equal(t, "staff", me(e, staff))
		q := `UPDATE sessions SET revoked_at = created_at`
		_, err := e.App.DB.SQL.ExecContext(context.Background(), q)
		require.NoError(t, err)
		require.Equal(t, "staff", me(e, staff), "another node's logout is not seen yet")
		e.App.Auth.Now = func() time.Time { return time.Now().Add(61 * time.Second) }
		require.Empty(t, me(e, staff), "but within the max age")
	})
}

// TestSessionCacheConcurrent: requests with cached tokens racing logouts,
// disables and membership changes (run with -race). Once a change has
// returned, no later request sees the old state.
func TestSessionCacheConcurrent(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		var tokens []string
		for range 4 {
			tokens = append(tokens, e.Login("staff"), e.Login("ngo2"))
		}
		stop := make(chan struct{})
		var wg sync.WaitGroup
		for _, tok := range tokens {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					select {
					case <-stop:
						return
					default:
					}
					e.Do(tok, `{ me { username } organizations { totalCount } }`, nil, nil)
				}
			}()
		}
		admin := e.Login("admin")
		staff := e.Login("staff")
		for i := range 3 {
			var out struct{ AddMember struct{ ID string } }
			e.MustDo(admin, `mutation($o:ID!,$u:ID!){ addMember(input:{organizationID:$o, userID:$u}){ id } }`,
				map[string]any{"o": testenv.ID(e.Fixture.OrgA), "u": testenv.ID(e.Fixture.Users["ngo2"])}, &out)
			for j := 1; j < len(tokens); j += 2 {
				require.Equal(t, 2, orgCount(e, tokens[j]), "round %d", i)
			}
			e.MustDo(admin, `mutation($id:ID!){ removeMember(id:$id) }`, map[string]any{"id": out.AddMember.ID}, nil)
			for j := 1; j < len(tokens); j += 2 {
				require.Equal(t, 1, orgCount(e, tokens[j]), "round %d", i)
			}
		}
		e.MustDo(tokens[0], `mutation { logout }`, nil, nil)
		require.Empty(t, me(e, tokens[0]))
		e.MustDo(staff, `mutation($o:String!,$n:String!){ changePassword(oldPassword:$o, newPassword:$n) }`,
			map[string]any{"o": testenv.Password, "n": "new-password-1"}, nil)
		for i := 0; i < len(tokens); i += 2 {
			require.Empty(t, me(e, tokens[i]))
		}
		e.MustDo(admin, `mutation($id:ID!){ updateUser(id:$id, input:{status:DISABLED}){ status } }`,
			map[string]any{"id": testenv.ID(e.Fixture.Users["ngo2"])}, nil)
		for i := 1; i < len(tokens); i += 2 {
			require.Empty(t, me(e, tokens[i]))
		}
		close(stop)
		wg.Wait()
	})
}
