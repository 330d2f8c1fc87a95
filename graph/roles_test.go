package graph_test

import (
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"

	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

const (
	assignRole = `mutation($u:ID!,$r:RoleAssignmentRole!){ assignRole(input:{userID:$u, role:$r}){ id role user { username } } }`
	revokeRole = `mutation($id:ID!){ revokeRole(id:$id) }`
	orgCount   = `{ organizations { totalCount } }`
)

func TestRoleChangesTakeEffectAtOnce(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		admin := e.Login("admin")
		ngo := e.Login("ngo") // logged in before the change: the session is not re-issued

		var before struct{ Organizations struct{ TotalCount int } }
		e.MustDo(ngo, orgCount, nil, &before)
		require.Equal(t, 1, before.Organizations.TotalCount)

		var out struct {
			AssignRole struct {
				ID   string
				Role string
			}
		}
		e.MustDo(admin, assignRole, map[string]any{"u": testenv.ID(e.Fixture.Users["ngo"]), "r": "INCUBATOR_STAFF"}, &out)
		require.Equal(t, "INCUBATOR_STAFF", out.AssignRole.Role)

		var after struct{ Organizations struct{ TotalCount int } }
		e.MustDo(ngo, orgCount, nil, &after)
		require.Equal(t, 58, after.Organizations.TotalCount, "the new role applies to the very next request")

		// Assigning it twice is a conflict.
		errs := e.Do(admin, assignRole, map[string]any{"u": testenv.ID(e.Fixture.Users["ngo"]), "r": "INCUBATOR_STAFF"}, nil)
		require.Equal(t, []string{"CONFLICT"}, errs.Codes())

		var rev struct{ RevokeRole string }
		e.MustDo(admin, revokeRole, map[string]any{"id": out.AssignRole.ID}, &rev)
		require.Equal(t, out.AssignRole.ID, rev.RevokeRole)
		e.MustDo(ngo, orgCount, nil, &after)
		require.Equal(t, 1, after.Organizations.TotalCount, "revoked at once")
	})
}

func TestRoleAssignmentLimits(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		admin := e.Login("admin")
		// A bureau admin cannot make anyone a platform admin.
		errs := e.Do(admin, assignRole, map[string]any{"u": testenv.ID(e.Fixture.Users["staff"]), "r": "PLATFORM_ADMIN"}, nil)
		require.Equal(t, []string{"FORBIDDEN"}, errs.Codes())
		// ...nor touch users of another county.
		errs = e.Do(admin, assignRole, map[string]any{"u": testenv.ID(e.Fixture.Users["anji"]), "r": "EXPERT"}, nil)
		require.Equal(t, []string{"NOT_FOUND"}, errs.Codes())
		// Staff cannot assign roles at all.
		staff := e.Login("staff")
		errs = e.Do(staff, assignRole, map[string]any{"u": testenv.ID(e.Fixture.Users["expert"]), "r": "BUREAU_ADMIN"}, nil)
		require.Equal(t, []string{"FORBIDDEN"}, errs.Codes())
		// Another county's admin cannot revoke Deqing's assignments.
		var ras struct {
			RoleAssignments struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
		e.MustDo(admin, `{ roleAssignments(first:1){ edges { node { id } } } }`, nil, &ras)
		anji := e.Login("anji")
		errs = e.Do(anji, revokeRole, map[string]any{"id": ras.RoleAssignments.Edges[0].Node.ID}, nil)
		require.Equal(t, []string{"NOT_FOUND"}, errs.Codes())
		// A platform admin may grant the platform role.
		root := e.Login("root")
		e.MustDo(root, assignRole, map[string]any{"u": testenv.ID(e.Fixture.Users["admin"]), "r": "PLATFORM_ADMIN"}, nil)
		var all struct{ Domains struct{ TotalCount int } }
		e.MustDo(admin, `{ domains { totalCount } }`, nil, &all)
		require.Equal(t, 3, all.Domains.TotalCount, "Deqing, Pingyang (demo) and Anji")
	})
}

// TestReloadUnderConcurrentRequests changes roles while other requests are
// being authorised: run with -race, nothing may race or fail.
func TestReloadUnderConcurrentRequests(t *testing.T) {
	e := testenv.New(t, testdb.Dialects()[0])
	admin := e.Login("admin")
	staff := e.Login("staff")
	var failures atomic.Int64
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				if len(e.Do(staff, orgCount, nil, nil)) > 0 {
					failures.Add(1)
				}
			}
		}()
	}
	for i := 0; i < 10; i++ {
		var out struct{ AssignRole struct{ ID string } }
		e.MustDo(admin, assignRole, map[string]any{"u": testenv.ID(e.Fixture.Users["expert"]), "r": "FINANCE"}, &out)
		e.MustDo(admin, revokeRole, map[string]any{"id": out.AssignRole.ID}, nil)
	}
	close(stop)
	wg.Wait()
	require.Zero(t, failures.Load(), "staff's unrelated permission must hold throughout the reloads")
}
