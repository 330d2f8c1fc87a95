package graph_test

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"

	"entgo.io/ent/privacy"
	"github.com/stretchr/testify/require"

	gen "hatchery/ent"
	"hatchery/ent/roleassignment"
	"hatchery/ent/user"
	"hatchery/internal/authz"
	"hatchery/internal/password"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// Who may change whose account: a matrix over the roles. An account may be
// changed (password, status, profile, roles) only by someone holding every
// right it holds, and a role granted only by someone holding every right it
// carries. The expectations are written out by hand.

// actorOf is the fixture user acting in each role.
var actorOf = map[string]string{
	"PLATFORM_ADMIN": "root", "BUREAU_ADMIN": "admin", "INCUBATOR_STAFF": "staff", "NGO_MEMBER": "ngo",
	"EXPERT": "expert", "PARTY_OFFICER": "party", "PURCHASER": "purchaser", "FINANCE": "finance",
	"GUIDANCE_OFFICER": "guide",
}

// manages lists, for the roles that administer accounts at all (user:update,
// role_assignment:create/delete), the roles whose accounts they may change
// and grant: everything below them, never more than they hold.
var manages = map[string][]string{
	"PLATFORM_ADMIN": authz.Roles,
	// Party-building is the committee's (bureau admins read it): the
	// committee's and its officers' accounts are beyond a bureau admin.
	"BUREAU_ADMIN": {"BUREAU_ADMIN", "INCUBATOR_STAFF", "NGO_MEMBER", "EXPERT",
		"PURCHASER", "FINANCE"},
}

// readsUsers: roles that see the county's accounts (the others get NOT_FOUND
// where a mutation first looks the account up).
var readsUsers = []string{"PLATFORM_ADMIN", "BUREAU_ADMIN", "INCUBATOR_STAFF", "PARTY_OFFICER"}

const (
	resetPasswordQ = `mutation($u:ID!){ resetPassword(userID:$u, newPassword:"Another-pass-42") }`
	renameUserQ    = `mutation($u:ID!){ updateUser(id:$u, input:{displayName:"改过的名字"}) { id } }`
	disableUserQ   = `mutation($u:ID!){ updateUser(id:$u, input:{status:DISABLED}) { id } }`
)

func sys() context.Context { return privacy.DecisionContext(context.Background(), privacy.Allow) }

// newAccount creates an active account in Deqing holding roles.
func newAccount(t *testing.T, e *testenv.Env, name string, roles ...string) (userID int, assignments []int) {
	t.Helper()
	hash, err := password.Hash(testenv.Password, password.Fast)
	require.NoError(t, err)
	c := e.App.Client
	u := c.User.Create().SetDomainID(e.Fixture.Deqing).SetUsername(name).SetDisplayName(name).SetPasswordHash(hash).SaveX(sys())
	for _, r := range roles {
		ra := c.RoleAssignment.Create().SetDomainID(e.Fixture.Deqing).SetUserID(u.ID).SetRole(roleassignment.Role(r)).SaveX(sys())
		assignments = append(assignments, ra.ID)
	}
	require.NoError(t, e.App.Authz.Reload(context.Background()))
	return u.ID, assignments
}

func otherRole(r string) string {
	if r == "PURCHASER" {
		return "FINANCE"
	}
	return "PURCHASER"
}

// requireRefused checks a refusal's code, and its reason when the actor
// administers accounts but does not hold the target's rights.
func requireRefused(t *testing.T, errs testenv.Errors, code, reason, msg string) {
	t.Helper()
	require.Len(t, errs, 1, msg)
	require.Equal(t, code, errs[0].Code(), msg)
	if reason != "" {
		require.Equal(t, reason, errs[0].Extensions["reason"], msg)
		require.NotEmpty(t, errs[0].Message, msg)
	}
}

// accountOp is one way of changing an account, tried by every role on an
// account of every role.
type accountOp struct {
	name string
	// lookup: the mutation first looks the account up, so a viewer who
	// cannot read accounts gets NOT_FOUND rather than FORBIDDEN.
	lookup bool
	// grant: the refusal is about the role granted, not the account.
	grant bool
	// run makes the change as token on a fresh account holding target, and
	// reports the errors and whether the change is in the database.
	run func(e *testenv.Env, token string, fresh func(roles ...string) (int, []int), target string) (testenv.Errors, bool)
}

var accountOps = []accountOp{
	{name: "resetPassword", run: func(e *testenv.Env, token string, fresh func(...string) (int, []int), target string) (testenv.Errors, bool) {
		id, _ := fresh(target)
		errs := e.Do(token, resetPasswordQ, map[string]any{"u": testenv.ID(id)}, nil)
		return errs, c(e).User.GetX(sys(), id).PasswordChangedAt != nil
	}},
	{name: "updateUser profile", run: func(e *testenv.Env, token string, fresh func(...string) (int, []int), target string) (testenv.Errors, bool) {
		id, _ := fresh(target)
		errs := e.Do(token, renameUserQ, map[string]any{"u": testenv.ID(id)}, nil)
		return errs, c(e).User.GetX(sys(), id).DisplayName == "改过的名字"
	}},
	// Disabling a platform admin is fine while root stays.
	{name: "updateUser status", run: func(e *testenv.Env, token string, fresh func(...string) (int, []int), target string) (testenv.Errors, bool) {
		id, _ := fresh(target)
		errs := e.Do(token, disableUserQ, map[string]any{"u": testenv.ID(id)}, nil)
		return errs, c(e).User.GetX(sys(), id).Status == user.StatusDISABLED
	}},
	{name: "revokeRole", run: func(e *testenv.Env, token string, fresh func(...string) (int, []int), target string) (testenv.Errors, bool) {
		_, ras := fresh(target)
		errs := e.Do(token, revokeRole, map[string]any{"id": testenv.ID(ras[0])}, nil)
		return errs, !c(e).RoleAssignment.Query().Where(roleassignment.ID(ras[0])).ExistX(sys())
	}},
	// Adding a role anyone managing accounts could grant still needs the
	// account's rights.
	{name: "assignRole to the account", lookup: true, run: func(e *testenv.Env, token string, fresh func(...string) (int, []int), target string) (testenv.Errors, bool) {
		id, _ := fresh(target)
		extra := otherRole(target)
		errs := e.Do(token, assignRole, map[string]any{"u": testenv.ID(id), "r": extra}, nil)
		return errs, c(e).RoleAssignment.Query().Where(roleassignment.UserID(id), roleassignment.RoleEQ(roleassignment.Role(extra))).ExistX(sys())
	}},
	// Granting the role itself to an account without roles.
	{name: "grant the role", lookup: true, grant: true, run: func(e *testenv.Env, token string, fresh func(...string) (int, []int), target string) (testenv.Errors, bool) {
		id, _ := fresh()
		errs := e.Do(token, assignRole, map[string]any{"u": testenv.ID(id), "r": target}, nil)
		return errs, c(e).RoleAssignment.Query().Where(roleassignment.UserID(id)).ExistX(sys())
	}},
}

func TestAccountChangesRoleMatrix(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		tokens := map[string]string{}
		for role, name := range actorOf {
			tokens[role] = e.Login(name)
		}
		cases := 0
		n := 0
		fresh := func(roles ...string) (int, []int) {
			n++
			return newAccount(t, e, fmt.Sprintf("acct%d", n), roles...)
		}
		for _, actor := range authz.Roles {
			for _, target := range authz.Roles {
				for _, op := range accountOps {
					label := fmt.Sprintf("%s: %s on a %s", actor, op.name, target)
					errs, done := op.run(e, tokens[actor], fresh, target)
					cases++
					if slices.Contains(manages[actor], target) {
						require.Empty(t, errs, label)
						require.True(t, done, label)
						continue
					}
					require.False(t, done, label+": nothing written")
					// An administrator is told why; the others lack the
					// permission, or cannot even see the account where it
					// is looked up first.
					code, reason := "FORBIDDEN", ""
					switch {
					case manages[actor] != nil && op.grant:
						reason = "ROLE_OUTRANKS_VIEWER"
					case manages[actor] != nil:
						reason = "ACCOUNT_OUTRANKS_VIEWER"
					case op.lookup && !slices.Contains(readsUsers, actor):
						code = "NOT_FOUND"
					}
					requireRefused(t, errs, code, reason, label)
				}
			}
		}
		require.Equal(t, len(authz.Roles)*len(authz.Roles)*len(accountOps), cases)

		// What the web app is told agrees: the roles one may grant, and
		// which accounts one may change.
		for _, actor := range authz.Roles {
			var g struct{ GrantableRoles []string }
			e.MustDo(tokens[actor], `{ grantableRoles }`, nil, &g)
			want := manages[actor]
			if want == nil {
				want = []string{}
			}
			require.Equal(t, want, g.GrantableRoles, actor)
			if !slices.Contains(readsUsers, actor) {
				continue
			}
			for _, target := range authz.Roles {
				id, _ := fresh(target)
				var out struct{ Node struct{ Manageable bool } }
				e.MustDo(tokens[actor], `query($id:ID!){ node(id:$id){ ... on User { manageable } } }`, map[string]any{"id": testenv.ID(id)}, &out)
				require.Equal(t, slices.Contains(manages[actor], target), out.Node.Manageable, "%s sees a %s as manageable", actor, target)
			}
		}
		t.Logf("%d (actor, target, operation) cases", cases)
	})
}

// The attack as it was reported: a bureau admin taking over the platform
// admin. Each step is refused and root's password still works.
func TestBureauAdminCannotTakeOverPlatformAdmin(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		admin := e.Login("admin")
		root := testenv.ID(e.Fixture.Users["root"])
		for _, q := range []string{resetPasswordQ, renameUserQ, disableUserQ} {
			errs := e.Do(admin, q, map[string]any{"u": root}, nil)
			requireRefused(t, errs, "FORBIDDEN", "ACCOUNT_OUTRANKS_VIEWER", q)
		}
		// The refusal names what the admin lacks, in the user's language.
		r := e.Post(testenv.Request{Token: admin, Query: resetPasswordQ, Vars: map[string]any{"u": root}, Language: "zh-CN"})
		require.Len(t, r.Errors, 1)
		require.Contains(t, r.Errors[0].Message, "您不能修改此账户")
		require.Equal(t, []any{"PLATFORM_ADMIN"}, r.Errors[0].Extensions["roles"])
		require.Contains(t, r.Errors[0].Extensions["missing"], "domain:cross_domain")

		pa := c(e).RoleAssignment.Query().Where(roleassignment.UserID(e.Fixture.Users["root"])).OnlyIDX(sys())
		errs := e.Do(admin, revokeRole, map[string]any{"id": testenv.ID(pa)}, nil)
		requireRefused(t, errs, "FORBIDDEN", "ACCOUNT_OUTRANKS_VIEWER", "revoke")
		// Granting oneself more is refused as before.
		errs = e.Do(admin, assignRole, map[string]any{"u": testenv.ID(e.Fixture.Users["admin"]), "r": "PLATFORM_ADMIN"}, nil)
		requireRefused(t, errs, "FORBIDDEN", "ROLE_OUTRANKS_VIEWER", "grant")

		require.NotEmpty(t, e.Login("root"), "root's password is unchanged")
		require.Equal(t, user.StatusACTIVE, c(e).User.GetX(sys(), e.Fixture.Users["root"]).Status)
	})
}

func c(e *testenv.Env) *gen.Client { return e.App.Client }

// Nobody removes the last active platform admin, by revoking the role or by
// disabling the account; with a second one, either may go.
func TestLastPlatformAdminStays(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		root := e.Login("root")
		rootID := e.Fixture.Users["root"]
		pa := c(e).RoleAssignment.Query().Where(roleassignment.UserID(rootID)).OnlyIDX(sys())

		errs := e.Do(root, revokeRole, map[string]any{"id": testenv.ID(pa)}, nil)
		requireRefused(t, errs, "FORBIDDEN", "LAST_PLATFORM_ADMIN", "revoke the last")
		errs = e.Do(root, disableUserQ, map[string]any{"u": testenv.ID(rootID)}, nil)
		requireRefused(t, errs, "FORBIDDEN", "LAST_PLATFORM_ADMIN", "disable the last")

		// A disabled platform admin does not count as the one that stays.
		other, _ := newAccount(t, e, "root2", "PLATFORM_ADMIN")
		c(e).User.UpdateOneID(other).SetStatus(user.StatusDISABLED).ExecX(sys())
		errs = e.Do(root, revokeRole, map[string]any{"id": testenv.ID(pa)}, nil)
		requireRefused(t, errs, "FORBIDDEN", "LAST_PLATFORM_ADMIN", "only a disabled one would remain")

		// With an active second admin, root may step down.
		newAccount(t, e, "root3", "PLATFORM_ADMIN")
		e.MustDo(root, revokeRole, map[string]any{"id": testenv.ID(pa)}, nil)
		require.False(t, c(e).RoleAssignment.Query().Where(roleassignment.ID(pa)).ExistX(sys()))
	})
}

// Two platform admins revoking each other at the same moment: one wins, the
// platform keeps one. Repeated, because a race shows itself only sometimes.
func TestConcurrentRevocationsKeepAPlatformAdmin(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		for round := range 5 {
			// Two fresh admins, and no other.
			_, ra := newAccount(t, e, fmt.Sprintf("pa%da", round), "PLATFORM_ADMIN")
			_, rb := newAccount(t, e, fmt.Sprintf("pa%db", round), "PLATFORM_ADMIN")
			c(e).RoleAssignment.Delete().Where(roleassignment.RoleEQ(roleassignment.RolePLATFORM_ADMIN),
				roleassignment.IDNotIn(ra[0], rb[0])).ExecX(sys())
			require.NoError(t, e.App.Authz.Reload(context.Background()))
			ta, tb := e.Login(fmt.Sprintf("pa%da", round)), e.Login(fmt.Sprintf("pa%db", round))

			var wg sync.WaitGroup
			results := make([]testenv.Errors, 2)
			for i, step := range []struct {
				token string
				ra    int
			}{{ta, rb[0]}, {tb, ra[0]}} {
				wg.Add(1)
				go func() {
					defer wg.Done()
					results[i] = e.Do(step.token, revokeRole, map[string]any{"id": testenv.ID(step.ra)}, nil)
				}()
			}
			wg.Wait()
			won := 0
			for _, errs := range results {
				if len(errs) == 0 {
					won++
				} else {
					require.Equal(t, []string{"FORBIDDEN"}, errs.Codes(), "round %d", round)
				}
			}
			require.Equal(t, 1, won, "round %d: exactly one revocation wins", round)
			left := c(e).RoleAssignment.Query().Where(roleassignment.RoleEQ(roleassignment.RolePLATFORM_ADMIN)).CountX(sys())
			require.Equal(t, 1, left, "round %d: the platform keeps one admin", round)
		}
	})
}
