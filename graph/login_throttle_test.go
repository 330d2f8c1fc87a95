package graph_test

import (
	"fmt"
	"net/http"
	"net/netip"
	"sort"
	"testing"
	"time"

	"entgo.io/ent/privacy"
	"github.com/stretchr/testify/require"

	"hatchery/ent/auditlog"
	"hatchery/ent/loginattempt"
	"hatchery/ent/predicate"
	"hatchery/internal/auth"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
	"hatchery/server"
)

// behindProxy is a platform whose test client (127.0.0.1) is a trusted
// proxy, so each request can say which client address it comes from, with
// its clock stopped at a fixed time the test moves on by hand.
func behindProxy(t *testing.T, d testdb.Dialect) (*testenv.Env, *time.Time) {
	e := testenv.NewWithConfig(t, d, server.Config{TrustedProxies: server.TrustedProxies{netip.MustParsePrefix("127.0.0.1/32")}})
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.Local)
	e.App.Auth.Now = func() time.Time { return now }
	return e, &now
}

func loginFrom(e *testenv.Env, addr, u, p string) testenv.Response {
	return e.Post(testenv.Request{Query: loginQ, Vars: map[string]any{"u": u, "p": p},
		Header: http.Header{"X-Forwarded-For": {addr}}})
}

// sleepsOf runs f and returns the throttle delays it asked for.
func sleepsOf(e *testenv.Env, f func()) []time.Duration {
	before := len(e.Sleeps())
	f()
	return e.Sleeps()[before:]
}

// Five failures from one address lock that address out of the account; its
// owner, from another address, still logs in (slowed down, never locked).
func TestOwnerNotLockedOutFromAnotherAddress(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e, _ := behindProxy(t, d)
		th := e.App.Auth.Throttle
		const attacker, owner = "203.0.113.66", "198.51.100.10"
		var r testenv.Response
		for range th.LockAfter {
			r = loginFrom(e, attacker, "admin", "guess")
		}
		require.Equal(t, auth.ReasonLocked, reason(t, r.Errors))
		r = loginFrom(e, attacker, "admin", testenv.Password)
		require.Equal(t, auth.ReasonLocked, reason(t, r.Errors), "the attacker's address stays locked, right password or not")

		var ok testenv.Response
		waits := sleepsOf(e, func() { ok = loginFrom(e, owner, "admin", testenv.Password) })
		require.Empty(t, ok.Errors, "the owner logs in from elsewhere")
		require.Len(t, waits, 1, "but waits: the account is under attack")
		require.Equal(t, th.BaseDelay<<(th.LockAfter-th.SlowAfter), waits[0])

		// Admins see that some address is locked out of the account.
		var out struct {
			Users struct {
				Edges []struct{ Node struct{ Locked bool } }
			}
		}
		e.MustDo(e.Login("root"), `query($u:String!){ users(where:{username:$u}){ edges { node { locked } } } }`,
			map[string]any{"u": "admin"}, &out)
		require.True(t, out.Users.Edges[0].Node.Locked)

		// The owner logging in does not unlock the attacker.
		r = loginFrom(e, attacker, "admin", testenv.Password)
		require.Equal(t, auth.ReasonLocked, reason(t, r.Errors))
	})
}

// Failures on one name from many addresses slow every attempt on it down, up
// to MaxDelay, and never lock it.
func TestNameSlowDownIsCappedNeverALock(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e, _ := behindProxy(t, d)
		th := e.App.Auth.Throttle
		for i := range 3 * th.LockAfter {
			r := loginFrom(e, fmt.Sprintf("203.0.113.%d", i), "staff", "guess")
			require.Equal(t, auth.ReasonInvalidCredentials, reason(t, r.Errors), "attempt %d: no lock from a fresh address", i)
		}
		var r testenv.Response
		waits := sleepsOf(e, func() { r = loginFrom(e, "198.51.100.10", "staff", testenv.Password) })
		require.Empty(t, r.Errors)
		require.Equal(t, []time.Duration{th.MaxDelay}, waits)
	})
}

// errorShape is what a client can see of a login error, the times aside.
func errorShape(t *testing.T, r testenv.Response) string {
	t.Helper()
	require.Len(t, r.Errors, 1)
	var keys []string
	for k, v := range r.Errors[0].Extensions {
		keys = append(keys, fmt.Sprintf("%s=%v", k, v))
	}
	sort.Strings(keys)
	return fmt.Sprint(r.Errors[0].Message, keys)
}

// An unknown name goes through exactly what a known one does: the same
// answers (code, reason, lockedUntil, retryAfter, message), the same waits.
// The lock-out used to be the tell: unknown names never locked.
func TestUnknownNamesTreatedLikeKnownOnes(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e, _ := behindProxy(t, d)
		th := e.App.Auth.Throttle
		run := func(addr, name string) (answers []string, waits []time.Duration) {
			waits = sleepsOf(e, func() {
				for range th.LockAfter + 2 {
					answers = append(answers, errorShape(t, loginFrom(e, addr, name, "guess")))
				}
			})
			return answers, waits
		}
		knownAnswers, knownWaits := run("203.0.113.1", "staff")
		unknownAnswers, unknownWaits := run("203.0.113.2", "no-such-user")
		require.Equal(t, knownAnswers, unknownAnswers)
		require.Equal(t, knownWaits, unknownWaits)
		require.Contains(t, knownAnswers[th.LockAfter-1], auth.ReasonLocked, "both lock at the same failure")

		// Failed logins are in the audit trail, known names or not.
		ctx := privacy.DecisionContext(t.Context(), privacy.Allow)
		for _, name := range []string{"staff", "no-such-user"} {
			n := e.App.Client.AuditLog.Query().Where(auditlogFailedBy(name)...).CountX(ctx)
			require.Equal(t, th.LockAfter, n, "%s: one LOGIN_FAILED row a checked attempt", name)
		}
	})
}

// One address failing over many names is slowed from its AddressSlowAfter-th
// failure and refused at AddressLimit (70 failures used to pass unslowed),
// whatever name it tries next; other addresses are not affected, and the
// refusal ends with the window.
func TestLoginThrottlePerAddress(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e, now := behindProxy(t, d)
		th := e.App.Auth.Throttle
		const sprayer = "203.0.113.99"
		waits := sleepsOf(e, func() {
			for i := range th.AddressLimit {
				// A new name each time: no name is slowed or locked.
				r := loginFrom(e, sprayer, fmt.Sprintf("guess-%d", i), "guess")
				require.Equal(t, auth.ReasonInvalidCredentials, reason(t, r.Errors), "attempt %d", i)
			}
		})
		require.Len(t, waits, th.AddressLimit-th.AddressSlowAfter)
		require.Equal(t, th.BaseDelay, waits[0])
		require.Equal(t, th.MaxDelay, waits[len(waits)-1])

		var r testenv.Response
		none := sleepsOf(e, func() { r = loginFrom(e, sprayer, "staff", testenv.Password) })
		require.Equal(t, []string{"FORBIDDEN"}, r.Errors.Codes())
		require.Equal(t, auth.ReasonTooManyAttempts, reason(t, r.Errors))
		require.EqualValues(t, th.Window.Seconds(), r.Errors[0].Extensions["retryAfter"])
		require.Empty(t, none, "refused at once, nothing checked")
		ctx := privacy.DecisionContext(t.Context(), privacy.Allow)
		require.Equal(t, th.AddressLimit, e.App.Client.LoginAttempt.Query().Where(loginattempt.Address(sprayer)).CountX(ctx),
			"refused attempts are not stored")

		require.Empty(t, loginFrom(e, "198.51.100.10", "staff", testenv.Password).Errors, "another address logs in")

		*now = now.Add(th.Window)
		r = loginFrom(e, sprayer, "guess-again", "guess")
		require.Equal(t, auth.ReasonInvalidCredentials, reason(t, r.Errors), "the window has passed")
		require.Equal(t, 1, e.App.Client.LoginAttempt.Query().Where(loginattempt.Address(sprayer)).CountX(ctx),
			"and the failures before it have been deleted")
		require.Empty(t, loginFrom(e, sprayer, "staff", testenv.Password).Errors)
	})
}

// auditlogFailedBy selects the LOGIN_FAILED rows of a name.
func auditlogFailedBy(name string) []predicate.AuditLog {
	return []predicate.AuditLog{auditlog.OperationEQ(auditlog.OperationLOGIN_FAILED), auditlog.ActorUsername(name)}
}

// X-Forwarded-For from a peer that is not a trusted proxy is not the client's
// address: a new forged address per guess does not escape the lock.
func TestForgedForwardedForDoesNotEscapeTheLock(t *testing.T) {
	e := testenv.New(t, testdb.Dialects()[0]) // no trusted proxies
	th := e.App.Auth.Throttle
	var r testenv.Response
	for i := range th.LockAfter + 1 {
		r = loginFrom(e, fmt.Sprintf("203.0.113.%d", i), "staff", "guess")
	}
	require.Equal(t, auth.ReasonLocked, reason(t, r.Errors))
}
