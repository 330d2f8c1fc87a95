package graph_test

import (
	"net/http"
	"sync"
	"testing"
	"time"

	"entgo.io/ent/privacy"
	"github.com/stretchr/testify/require"

	"hatchery/ent/session"
	"hatchery/internal/auth"
	"hatchery/internal/password"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

const loginQ = `mutation($u:String!,$p:String!){ login(username:$u, password:$p){ token expiresAt user { username } } }`

func login(e *testenv.Env, u, p string) testenv.Response {
	return e.Post(testenv.Request{Query: loginQ, Vars: map[string]any{"u": u, "p": p}})
}

func reason(t *testing.T, errs testenv.Errors) string {
	t.Helper()
	require.Len(t, errs, 1)
	r, _ := errs[0].Extensions["reason"].(string)
	return r
}

func TestLoginAndMe(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		r := login(e, " Admin ", testenv.Password) // usernames are trimmed and case-insensitive
		require.Empty(t, r.Errors)

		// The web app's cookie: HttpOnly, SameSite=Lax, not Secure over plain HTTP.
		var c *http.Cookie
		for _, ck := range r.HTTP.Cookies() {
			if ck.Name == auth.CookieName {
				c = ck
			}
		}
		require.NotNil(t, c, "login sets the session cookie")
		require.True(t, c.HttpOnly)
		require.Equal(t, http.SameSiteLaxMode, c.SameSite)
		require.False(t, c.Secure)

		meQ := `{ me { username roleAssignments { edges { node { role } } } domain { name } } }`
		var viaCookie, viaBearer struct {
			Me *struct {
				Username string
				Domain   struct{ Name string }
			}
		}
		cr := e.Post(testenv.Request{Query: meQ, Cookie: c})
		require.Empty(t, cr.Errors)
		require.NoError(t, jsonUnmarshal(cr.Data, &viaCookie))
		require.Equal(t, "admin", viaCookie.Me.Username)
		require.Equal(t, "德清县", viaCookie.Me.Domain.Name)

		var lp struct{ Login struct{ Token string } }
		require.NoError(t, jsonUnmarshal(r.Data, &lp))
		e.MustDo(lp.Login.Token, meQ, nil, &viaBearer)
		require.Equal(t, "admin", viaBearer.Me.Username)

		// Anonymous: me is null, not an error.
		var anon struct{ Me *struct{ Username string } }
		e.MustDo("", `{ me { username } }`, nil, &anon)
		require.Nil(t, anon.Me)
	})
}

func TestLoginFailures(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)

		r := login(e, "admin", "wrong-password")
		require.Equal(t, []string{"UNAUTHENTICATED"}, r.Errors.Codes())
		require.Equal(t, auth.ReasonInvalidCredentials, reason(t, r.Errors))

		r = login(e, "nobody", "wrong-password")
		require.Equal(t, []string{"UNAUTHENTICATED"}, r.Errors.Codes())
		require.Equal(t, auth.ReasonInvalidCredentials, reason(t, r.Errors), "unknown users look the same as wrong passwords")

		// Chinese when the client asks for it.
		zh := e.Post(testenv.Request{Query: loginQ, Vars: map[string]any{"u": "admin", "p": "nope-nope"}, Language: "zh-CN,zh;q=0.9"})
		require.Equal(t, "用户名或密码错误", zh.Errors[0].Message)
	})
}

func TestLoginThrottleAndLock(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		th := e.App.Auth.Throttle
		for i := 1; i < th.LockAfter; i++ {
			r := login(e, "staff", "wrong-password")
			require.Equal(t, auth.ReasonInvalidCredentials, reason(t, r.Errors), "attempt %d", i)
		}
		// Attempts held back once SlowAfter failures were counted, growing each time.
		sleeps := e.Sleeps()
		require.Len(t, sleeps, th.LockAfter-1-th.SlowAfter)
		require.Equal(t, th.BaseDelay, sleeps[0])

		r := login(e, "staff", "wrong-password")
		require.Equal(t, []string{"UNAUTHENTICATED"}, r.Errors.Codes())
		require.Equal(t, auth.ReasonLocked, reason(t, r.Errors))
		require.Greater(t, e.Sleeps()[len(e.Sleeps())-1], sleeps[0])
		until, err := time.Parse(time.RFC3339, r.Errors[0].Extensions["lockedUntil"].(string))
		require.NoError(t, err, "the lock's end is given for the web app to show")
		require.WithinDuration(t, time.Now().Add(th.Window), until, time.Minute)
		require.InDelta(t, th.Window.Seconds(), r.Errors[0].Extensions["retryAfter"], 60)

		// Locked: even the right password is refused, without checking it.
		r = login(e, "staff", testenv.Password)
		require.Equal(t, auth.ReasonLocked, reason(t, r.Errors))

		// Other users are unaffected.
		require.NotEmpty(t, e.Login("expert"))

		// When the lock has passed, the right password works.
		e.App.Auth.Now = func() time.Time { return time.Now().Add(th.Window + time.Minute) }
		r = login(e, "staff", testenv.Password)
		require.Empty(t, r.Errors)
	})
}

func TestConcurrentFailedLoginsAllCount(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		n := e.App.Auth.Throttle.LockAfter
		var wg sync.WaitGroup
		for i := 0; i < n; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				login(e, "party", "wrong-password")
			}()
		}
		wg.Wait()
		r := login(e, "party", testenv.Password)
		require.Equal(t, auth.ReasonLocked, reason(t, r.Errors), "concurrent guesses must not be lost")
	})
}

func TestDisabledUserAndSessions(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		admin := e.Login("admin")
		expert := e.Login("expert")

		e.MustDo(admin, `mutation($id:ID!){ updateUser(id:$id, input:{status:DISABLED}){ status } }`,
			map[string]any{"id": testenv.ID(e.Fixture.Users["expert"])}, nil)

		// Their live session ended with the change...
		errs := e.Do(expert, `{ organizations(first:1){ totalCount } }`, nil, nil)
		require.Equal(t, []string{"UNAUTHENTICATED"}, errs.Codes())
		// ...and they cannot log in again; the message says why.
		r := login(e, "expert", testenv.Password)
		require.Equal(t, auth.ReasonDisabled, reason(t, r.Errors))
		// A wrong password does not reveal that the account is disabled.
		r = login(e, "expert", "wrong-password")
		require.Equal(t, auth.ReasonInvalidCredentials, reason(t, r.Errors))
	})
}

func TestLogoutRevokesSession(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		tok := e.Login("staff")
		var out struct{ Logout bool }
		e.MustDo(tok, `mutation { logout }`, nil, &out)
		require.True(t, out.Logout)
		errs := e.Do(tok, `{ organizations(first:1){ totalCount } }`, nil, nil)
		require.Equal(t, []string{"UNAUTHENTICATED"}, errs.Codes())

		ctx := privacy.DecisionContext(t.Context(), privacy.Allow)
		revoked := e.App.Client.Session.Query().Where(session.RevokedAtNotNil()).CountX(ctx)
		require.Equal(t, 1, revoked, "the session row is kept, revoked")
	})
}

func TestSessionsExpire(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		tok := e.Login("staff")
		e.App.Auth.Now = func() time.Time { return time.Now().Add(e.App.Auth.SessionTTL + time.Second) }
		errs := e.Do(tok, `{ organizations(first:1){ totalCount } }`, nil, nil)
		require.Equal(t, []string{"UNAUTHENTICATED"}, errs.Codes())
	})
}

func TestPasswords(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		staff := e.Login("staff")
		staff2 := e.Login("staff")
		change := `mutation($o:String!,$n:String!){ changePassword(oldPassword:$o, newPassword:$n) }`

		errs := e.Do(staff, change, map[string]any{"o": "not-my-password", "n": "new-password-1"}, nil)
		require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes())
		require.Equal(t, "oldPassword", errs[0].Extensions["field"])

		errs = e.Do(staff, change, map[string]any{"o": testenv.Password, "n": "short"}, nil)
		require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes())
		require.Equal(t, "newPassword", errs[0].Extensions["field"])

		e.MustDo(staff, change, map[string]any{"o": testenv.Password, "n": "new-password-1"}, nil)
		// This session goes on; the user's other session ended.
		e.MustDo(staff, `{ me { username } }`, nil, nil)
		require.Equal(t, []string{"UNAUTHENTICATED"}, e.Do(staff2, `{ organizations(first:1){ totalCount } }`, nil, nil).Codes())
		require.Equal(t, auth.ReasonInvalidCredentials, reason(t, login(e, "staff", testenv.Password).Errors))
		require.Empty(t, login(e, "staff", "new-password-1").Errors)

		// An admin resets it; staff's sessions end.
		admin := e.Login("admin")
		reset := `mutation($id:ID!,$p:String!){ resetPassword(userID:$id, newPassword:$p) }`
		e.MustDo(admin, reset, map[string]any{"id": testenv.ID(e.Fixture.Users["staff"]), "p": "reset-password-2"}, nil)
		require.Equal(t, []string{"UNAUTHENTICATED"}, e.Do(staff, `{ organizations(first:1){ totalCount } }`, nil, nil).Codes())
		require.Empty(t, login(e, "staff", "reset-password-2").Errors)

		// Not anyone's business: staff cannot reset, an admin of another county cannot see the user.
		staff = e.LoginWith("staff", "reset-password-2")
		require.Equal(t, []string{"FORBIDDEN"}, e.Do(staff, reset, map[string]any{"id": testenv.ID(e.Fixture.Users["expert"]), "p": "reset-password-3"}, nil).Codes())
		anji := e.Login("anji")
		require.Equal(t, []string{"NOT_FOUND"}, e.Do(anji, reset, map[string]any{"id": testenv.ID(e.Fixture.Users["expert"]), "p": "reset-password-3"}, nil).Codes())
	})
}

func TestCreateUser(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		admin := e.Login("admin")
		create := `mutation($in:CreateUserInput!){ createUser(input:$in){ id username domain { name } } }`
		in := map[string]any{"username": "NewStaff", "displayName": "新同事", "password": "initial-pass-1"}
		var out struct {
			CreateUser struct {
				ID       string
				Username string
				Domain   struct{ Name string }
			}
		}
		e.MustDo(admin, create, map[string]any{"in": in}, &out)
		require.Equal(t, "newstaff", out.CreateUser.Username)
		require.Equal(t, "德清县", out.CreateUser.Domain.Name, "created in the admin's domain")
		require.NotEmpty(t, e.LoginWith("newstaff", "initial-pass-1"))

		errs := e.Do(admin, create, map[string]any{"in": in}, nil)
		require.Equal(t, []string{"CONFLICT"}, errs.Codes())
		require.Equal(t, "username", errs[0].Extensions["field"])

		bad := map[string]any{"username": "x y", "displayName": "坏名字", "password": "initial-pass-1"}
		errs = e.Do(admin, create, map[string]any{"in": bad}, nil)
		require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes())
		require.Equal(t, "username", errs[0].Extensions["field"])

		weak := map[string]any{"username": "weakling", "displayName": "弱密码", "password": "123"}
		errs = e.Do(admin, create, map[string]any{"in": weak}, nil)
		require.Equal(t, []string{"BAD_USER_INPUT"}, errs.Codes())
		require.Equal(t, "password", errs[0].Extensions["field"])

		ngo := e.Login("ngo")
		in["username"] = "sneaky"
		require.Equal(t, []string{"FORBIDDEN"}, e.Do(ngo, create, map[string]any{"in": in}, nil).Codes())
		require.Equal(t, []string{"UNAUTHENTICATED"}, e.Do("", create, map[string]any{"in": in}, nil).Codes())
	})
}

func TestMePermissionsFollowPolicy(t *testing.T) {
	e := testenv.New(t, testdb.Dialects()[0])
	perms := func(user string) []string {
		var out struct {
			Me struct{ Permissions []string }
		}
		e.MustDo(e.Login(user), `{ me { permissions } }`, nil, &out)
		return out.Me.Permissions
	}
	ngo := perms("ngo")
	require.Contains(t, ngo, "organization:read_own")
	require.NotContains(t, ngo, "organization:read")
	require.NotContains(t, ngo, "audit_log:read")
	admin := perms("admin")
	require.Contains(t, admin, "audit_log:read")
	require.Contains(t, admin, "role_assignment:create")
	require.NotContains(t, admin, "domain:cross_domain")
	require.Contains(t, perms("root"), "domain:cross_domain")
	require.Contains(t, perms("finance"), "organization:read")
}

// A wrong password for a demo account that has never logged in must cost
// what it costs for an unknown name: the same argon2id work, compared by the
// parameters of the hash each check runs, not by the clock.
func TestLoginCostSameForDemoAndUnknownUsers(t *testing.T) {
	e := testenv.New(t, testdb.Dialects()[0])
	var mu sync.Mutex
	var seen []password.Params
	verify := e.App.Auth.Verify
	e.App.Auth.Verify = func(plain, encoded string) (bool, error) {
		p, err := password.ParamsOf(encoded)
		require.NoError(t, err)
		mu.Lock()
		seen = append(seen, p)
		mu.Unlock()
		return verify(plain, encoded)
	}
	require.Equal(t, auth.ReasonInvalidCredentials, reason(t, login(e, "admin", "wrong-password").Errors))
	require.Equal(t, auth.ReasonInvalidCredentials, reason(t, login(e, "no-such-user", "wrong-password").Errors))
	require.Len(t, seen, 2, "both logins ran one check")
	require.Equal(t, seen[0], seen[1], "demo account and unknown name: the same work")
	require.Equal(t, e.App.Auth.Hash, seen[1], "both at the service's hashing cost")
}
