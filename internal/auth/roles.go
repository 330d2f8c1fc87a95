package auth

import (
	"context"

	gen "hatchery/ent"
	"hatchery/ent/roleassignment"
	"hatchery/internal/apperr"
)

// ErrRoleHeld is returned when the user already has the role in the domain.
var ErrRoleHeld = apperr.New(apperr.Conflict, "the user already has this role", "该用户已拥有此角色").OnField("role")

// AssignRole gives a user a role in the viewer's domain. The user must be
// visible to the viewer (same domain), and ent privacy decides whether the
// viewer may assign roles at all; the grant is live once the change commits.
func (s *Service) AssignRole(ctx context.Context, client *gen.Client, userID int, role roleassignment.Role) (*gen.RoleAssignment, error) {
	u, err := client.User.Get(ctx, userID)
	if err != nil {
		return nil, err
	}
	held, err := client.RoleAssignment.Query().
		Where(roleassignment.UserID(u.ID), roleassignment.RoleEQ(role), roleassignment.DomainID(u.DomainID)).
		Exist(ctx)
	if err != nil {
		return nil, err
	}
	if held {
		return nil, ErrRoleHeld
	}
	ra, err := client.RoleAssignment.Create().SetUserID(u.ID).SetRole(role).SetDomainID(u.DomainID).Save(ctx)
	if gen.IsConstraintError(err) {
		return nil, ErrRoleHeld
	}
	return ra, err
}
