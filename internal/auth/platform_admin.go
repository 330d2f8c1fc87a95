package auth

import (
	"context"
	"errors"
	"slices"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	gen "hatchery/ent"
	"hatchery/ent/roleassignment"
	"hatchery/ent/user"
	"hatchery/internal/apperr"
	"hatchery/internal/authz"
	"hatchery/internal/viewer"
)

// ErrLastPlatformAdmin refuses a change that would leave the platform
// without an active platform administrator: nobody could then add counties,
// edit the national calendar or repair a bureau admin's account.
var ErrLastPlatformAdmin = apperr.New(apperr.Forbidden,
	"the platform must keep at least one active platform administrator: give the role to another account first",
	"平台必须至少保留一名有效的平台管理员：请先将该角色授予其他账户").WithReason("LAST_PLATFORM_ADMIN")

// KeepAPlatformAdmin is an ent hook on User and RoleAssignment: disabling
// an account or revoking a role must leave at least one active platform
// admin, whoever makes the change and however (the API, the demo, a test).
func KeepAPlatformAdmin() gen.Hook {
	return func(next gen.Mutator) gen.Mutator {
		return gen.MutateFunc(func(ctx context.Context, m gen.Mutation) (gen.Value, error) {
			leaving, client, err := leavingPlatformAdmins(ctx, m)
			if err != nil {
				return nil, err
			}
			if len(leaving) > 0 {
				if err := requireAnotherPlatformAdmin(ctx, client, leaving); err != nil {
					return nil, notFoundUnlessVisible(ctx, client, leaving, err)
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}

// leavingPlatformAdmins lists the users m would take out of the set of
// active platform admins.
func leavingPlatformAdmins(ctx context.Context, m gen.Mutation) ([]int, *gen.Client, error) {
	sys := system(ctx)
	switch m := m.(type) {
	case *gen.RoleAssignmentMutation:
		if !m.Op().Is(gen.OpDelete | gen.OpDeleteOne) {
			return nil, nil, nil
		}
		ids, err := m.IDs(sys)
		if err != nil {
			return nil, nil, err
		}
		users, err := m.Client().RoleAssignment.Query().
			Where(roleassignment.IDIn(ids...), roleassignment.RoleEQ(roleassignment.RolePLATFORM_ADMIN)).
			Select(roleassignment.FieldUserID).Ints(sys)
		return users, m.Client(), err
	case *gen.UserMutation:
		if st, set := m.Status(); !set || st != user.StatusDISABLED || !m.Op().Is(gen.OpUpdate|gen.OpUpdateOne) {
			return nil, nil, nil
		}
		ids, err := m.IDs(sys)
		if err != nil {
			return nil, nil, err
		}
		users, err := m.Client().RoleAssignment.Query().
			Where(roleassignment.UserIDIn(ids...), roleassignment.RoleEQ(roleassignment.RolePLATFORM_ADMIN)).
			Select(roleassignment.FieldUserID).Ints(sys)
		return users, m.Client(), err
	}
	return nil, nil, nil
}

// requireAnotherPlatformAdmin checks that an active platform admin other
// than those leaving remains. On PostgreSQL it first locks every platform
// admin assignment (in id order, so two such changes queue rather than
// deadlock): two admins revoking each other at once would otherwise each
// see the other still there. SQLite transactions take the write lock at
// BEGIN (_txlock=immediate), so they are serial already.
func requireAnotherPlatformAdmin(ctx context.Context, client *gen.Client, leaving []int) error {
	sys := system(ctx)
	_, err := client.RoleAssignment.Query().
		Where(roleassignment.RoleEQ(roleassignment.RolePLATFORM_ADMIN)).
		Order(roleassignment.ByID()).
		Modify(func(s *sql.Selector) {
			if s.Dialect() == dialect.Postgres {
				s.ForUpdate()
			}
		}).IDs(sys)
	if err != nil {
		return err
	}
	remaining, err := client.RoleAssignment.Query().
		Where(roleassignment.RoleEQ(roleassignment.RolePLATFORM_ADMIN),
			roleassignment.UserIDNotIn(slices.Compact(slices.Sorted(slices.Values(leaving)))...),
			roleassignment.HasUserWith(user.StatusEQ(user.StatusACTIVE))).
		Exist(sys)
	if err != nil {
		return err
	}
	if !remaining {
		return ErrLastPlatformAdmin
	}
	return nil
}

// notFoundUnlessVisible turns the refusal err into NOT_FOUND for a viewer
// of another county than every account leaving: the change, narrowed by
// privacy to their county, would not have reached them, and
// LAST_PLATFORM_ADMIN would tell another county's admin who the platform's
// administrators are. The check itself stays on every row (read as the
// system), so two admins revoking each other still leave one. Whose
// county is decided by the accounts' domain, not by the viewer's rights of
// this moment: the admin who loses that race has just lost them too.
func notFoundUnlessVisible(ctx context.Context, client *gen.Client, leaving []int, err error) error {
	v := viewer.FromContext(ctx)
	if !errors.Is(err, ErrLastPlatformAdmin) || v == nil || authz.Can(ctx, authz.ObjDomain, authz.ActCrossDomain) {
		return err
	}
	seen, qerr := client.User.Query().Where(user.IDIn(leaving...), user.DomainID(v.DomainID)).Exist(system(ctx))
	if qerr != nil {
		return qerr
	}
	if !seen {
		return apperr.ErrNotFound
	}
	return err
}
