package authz

import (
	"context"
	"slices"
	"strings"
	"sync"

	"entgo.io/ent/privacy"

	gen "hatchery/ent"
	"hatchery/ent/roleassignment"
	"hatchery/ent/user"
	"hatchery/internal/apperr"
	"hatchery/internal/viewer"
)

// Who may change an account. Holding user:update or role_assignment:* is
// not enough: an account may be changed (password, status, profile, roles)
// only by someone who holds, in the account's domain, every right the
// account holds; and a role may be granted only by someone who holds every
// right the role carries. Otherwise a bureau admin could reset the platform
// admin's password and log in as them.
//
// A right held across the domain covers the same right limited to one's own
// organisations (organization:update covers organization:update_own).

// Right is one "object:action" the policy grants.
type Right struct{ Obj, Act string }

func (r Right) String() string { return r.Obj + ":" + r.Act }

// roleRights is what each role carries, from policy.csv alone (the p lines
// are embedded, so this is computed once).
var roleRights = sync.OnceValues(func() (map[string][]Right, error) {
	grants := make([]Grant, len(Roles))
	for i, role := range Roles {
		grants[i] = Grant{UserID: i + 1, Role: role, DomainID: 1}
	}
	enf, err := newEnforcer(grants)
	if err != nil {
		return nil, err
	}
	out := make(map[string][]Right, len(Roles))
	for i, role := range Roles {
		for _, obj := range Objects {
			for _, act := range Actions {
				ok, err := enf.Enforce(viewer.Subject(i+1), viewer.Domain(1), obj, act)
				if err != nil {
					return nil, err
				}
				if ok {
					out[role] = append(out[role], Right{obj, act})
				}
			}
		}
	}
	return out, nil
})

// RoleRights lists the rights role carries (upper case, as in Roles).
func RoleRights(role string) ([]Right, error) {
	all, err := roleRights()
	if err != nil {
		return nil, err
	}
	return all[role], nil
}

// covers reports whether a allows user userID, acting in domainID, to do r
// or the whole-domain form of an _own right.
func (a *Authorizer) covers(userID, domainID int, r Right) bool {
	if a.Allowed(userID, domainID, r.Obj, r.Act) {
		return true
	}
	// Reading every row covers reading one's assigned rows.
	if r.Act == ActReadAssigned {
		return a.Allowed(userID, domainID, r.Obj, ActRead)
	}
	wide, own := strings.CutSuffix(r.Act, "_own")
	return own && a.Allowed(userID, domainID, r.Obj, wide)
}

// Missing lists the rights among rs that user userID does not hold in domainID.
func (a *Authorizer) Missing(userID, domainID int, rs []Right) []string {
	var out []string
	for _, r := range rs {
		if !a.covers(userID, domainID, r) {
			out = append(out, r.String())
		}
	}
	return out
}

// rolesOfUser lists the roles userID holds, read through client in the
// mutation's transaction (not from the enforcer, which only sees committed
// grants).
func rolesOfUser(ctx context.Context, client *gen.Client, userID int) ([]string, error) {
	return client.RoleAssignment.Query().
		Where(roleassignment.UserID(userID)).
		Select(roleassignment.FieldRole).Strings(system(ctx))
}

// outranking lists the roles among roles carrying a right that user userID
// does not hold in domainID, and those rights.
func (a *Authorizer) outranking(userID, domainID int, roles []string) (over, missing []string, err error) {
	for _, role := range roles {
		rs, err := RoleRights(role)
		if err != nil {
			return nil, nil, err
		}
		if m := a.Missing(userID, domainID, rs); len(m) > 0 {
			over = append(over, role)
			for _, r := range m {
				if !slices.Contains(missing, r) {
					missing = append(missing, r)
				}
			}
		}
	}
	return over, missing, nil
}

// MayChangeAccount refuses (FORBIDDEN) when the viewer lacks, in the
// account's domain, a right the account holds. The error names the roles
// (extensions.roles) and the rights (extensions.missing) in question.
func MayChangeAccount(ctx context.Context, client *gen.Client, userID int) error {
	v, a := viewer.FromContext(ctx), FromContext(ctx)
	if v == nil || a == nil {
		return deny(apperr.ErrForbidden)
	}
	domainID, err := client.User.Query().Where(user.ID(userID)).
		Select(user.FieldDomainID).Int(system(ctx))
	if err != nil {
		return err
	}
	roles, err := rolesOfUser(ctx, client, userID)
	if err != nil {
		return err
	}
	over, missing, err := a.outranking(v.UserID, domainID, roles)
	if err != nil {
		return err
	}
	if len(over) > 0 {
		return deny(apperr.New(apperr.Forbidden,
			"you cannot change this account: it holds a role with rights you do not hold, so only someone who holds them all (e.g. a platform administrator) can change it",
			"您不能修改此账户：该账户的角色拥有您不具备的权限，只有拥有其全部权限的人（如平台管理员）才能修改。").
			WithReason("ACCOUNT_OUTRANKS_VIEWER").With("roles", over).With("missing", missing))
	}
	return nil
}

// MayGrantRole refuses (FORBIDDEN) when the viewer lacks, in domainID, a
// right role carries: nobody hands out more than they hold.
func MayGrantRole(ctx context.Context, role string, domainID int) error {
	v, a := viewer.FromContext(ctx), FromContext(ctx)
	if v == nil || a == nil {
		return deny(apperr.ErrForbidden)
	}
	over, missing, err := a.outranking(v.UserID, domainID, []string{role})
	if err != nil {
		return err
	}
	if len(over) > 0 {
		return deny(apperr.New(apperr.Forbidden,
			"you cannot grant this role: it carries rights you do not hold yourself",
			"您不能授予此角色：该角色包含您自己不具备的权限。").
			WithReason("ROLE_OUTRANKS_VIEWER").With("roles", over).With("missing", missing))
	}
	return nil
}

// accountTargets are the users an update of users would change: those the
// viewer can see (the update's own filter refuses the others).
func accountTargets(ctx context.Context, m *gen.UserMutation) ([]int, error) {
	if id, ok := m.ID(); ok && m.Op().Is(gen.OpUpdateOne) {
		return m.Client().User.Query().Where(user.ID(id)).IDs(ctx)
	}
	return m.IDs(ctx)
}

// guardUserUpdate is UserPolicy's extra check on updates.
func guardUserUpdate(ctx context.Context, m gen.Mutation) error {
	um, ok := m.(*gen.UserMutation)
	if !ok || !m.Op().Is(gen.OpUpdate|gen.OpUpdateOne) {
		return nil
	}
	ids, err := accountTargets(ctx, um)
	if err != nil {
		return err
	}
	for _, id := range ids {
		if err := MayChangeAccount(ctx, um.Client(), id); err != nil {
			return err
		}
	}
	return nil
}

// guardRoleChange is RoleAssignmentPolicy's extra check: granting needs the
// role's rights and the account's; revoking needs the account's.
func guardRoleChange(ctx context.Context, m gen.Mutation) error {
	rm, ok := m.(*gen.RoleAssignmentMutation)
	if !ok {
		return nil
	}
	switch {
	case m.Op().Is(gen.OpCreate):
		role, _ := rm.Role()
		userID, _ := rm.UserID()
		domainID, set := rm.DomainID()
		if !set {
			domainID = viewer.FromContext(ctx).DomainID
		}
		if err := MayGrantRole(ctx, role.String(), domainID); err != nil {
			return err
		}
		return MayChangeAccount(ctx, rm.Client(), userID)
	case m.Op().Is(gen.OpDelete | gen.OpDeleteOne):
		ids, err := rm.IDs(ctx)
		if err != nil {
			return err
		}
		// Only assignments the viewer can read; the delete's own filter
		// refuses the rest.
		users, err := rm.Client().RoleAssignment.Query().
			Where(roleassignment.IDIn(ids...)).
			Select(roleassignment.FieldUserID).Ints(ctx)
		if err != nil {
			return err
		}
		for _, u := range users {
			if err := MayChangeAccount(ctx, rm.Client(), u); err != nil {
				return err
			}
		}
	}
	return nil
}

// system reads with an Allow decision: the rights of an account are needed
// whether or not the viewer may list its role assignments.
func system(ctx context.Context) context.Context {
	return privacy.DecisionContext(ctx, privacy.Allow)
}

// heldRoles lists the roles userID holds in domainID as the enforcer knows
// them (committed grants), upper case as in Roles.
func (a *Authorizer) heldRoles(userID, domainID int) []string {
	var out []string
	for _, dom := range []string{viewer.Domain(domainID), viewer.AnyDomain} {
		for _, r := range a.enf.GetRolesForUserInDomain(viewer.Subject(userID), dom) {
			if role := strings.ToUpper(r); !slices.Contains(out, role) {
				out = append(out, role)
			}
		}
	}
	return out
}

// CanManage reports whether the viewer may change the account userID of
// domainID: user:update there and every right the account holds. For the
// web app's buttons, without SQL; the mutation checks again in its
// transaction.
func CanManage(ctx context.Context, userID, domainID int) bool {
	v, a := viewer.FromContext(ctx), FromContext(ctx)
	if v == nil || a == nil || !a.Allowed(v.UserID, domainID, ObjUser, ActUpdate) {
		return false
	}
	over, _, err := a.outranking(v.UserID, domainID, a.heldRoles(userID, domainID))
	return err == nil && len(over) == 0
}

// GrantableRoles lists the roles the viewer may grant in their domain.
func GrantableRoles(ctx context.Context) []string {
	v, a := viewer.FromContext(ctx), FromContext(ctx)
	if v == nil || a == nil || !a.Allowed(v.UserID, v.DomainID, ObjRoleAssignment, ActCreate) {
		return nil
	}
	var out []string
	for _, role := range Roles {
		if over, _, err := a.outranking(v.UserID, v.DomainID, []string{role}); err == nil && len(over) == 0 {
			out = append(out, role)
		}
	}
	return out
}
