package incubation

import (
	"context"

	"entgo.io/ent/privacy"

	gen "hatchery/ent"
	"hatchery/ent/roleassignment"
	"hatchery/internal/apperr"
	"hatchery/internal/authz"
	"hatchery/internal/notify"
	"hatchery/internal/viewer"
)

// system is ctx with privacy decided: for the programme's own bookkeeping
// (seats, offers, the plan of a new tenancy) once the service has checked
// the viewer may cause it. The viewer stays in ctx, so audit rows name
// who acted.
func system(ctx context.Context) context.Context {
	return privacy.DecisionContext(ctx, privacy.Allow)
}

// requireStaff refuses a viewer who may not manage tenancies.
func requireStaff(ctx context.Context) error {
	if !authz.Can(ctx, authz.ObjTenancy, authz.ActUpdate) {
		return apperr.ErrForbidden
	}
	return nil
}

// viewerName is the acting person's display name, for records that keep it.
func viewerName(ctx context.Context, c *gen.Client) string {
	v := viewer.FromContext(ctx)
	if v == nil {
		return "系统"
	}
	u, err := c.User.Get(system(ctx), v.UserID)
	if err != nil {
		return v.Username
	}
	return u.DisplayName
}

// checkMentor refuses a mentor who is not incubator staff or a bureau
// admin of the domain.
func checkMentor(ctx context.Context, c *gen.Client, userID, domainID int) error {
	ok, err := c.RoleAssignment.Query().Where(
		roleassignment.UserID(userID), roleassignment.DomainID(domainID),
		roleassignment.RoleIn(roleassignment.RoleINCUBATOR_STAFF, roleassignment.RoleBUREAU_ADMIN),
	).Exist(system(ctx))
	if err != nil {
		return err
	}
	if !ok {
		return apperr.Invalid("mentorID", "the mentor must be incubator staff or a bureau admin of the county",
			"导师须为本县孵化基地工作人员或民政局管理员")
	}
	return nil
}

// tellOrganization tells every member of organisation orgID; the link
// defaults to their incubation page.
func (s *Service) tellOrganization(ctx context.Context, c *gen.Client, orgID, domainID int, m notify.Message) error {
	if m.Path == "" {
		m.Path = "/incubation/my"
	}
	return s.Notify.SendToOrganization(ctx, c, orgID, domainID, m)
}

// isConstraint reports a unique or check constraint refusing a write.
func isConstraint(err error) bool { return gen.IsConstraintError(err) }

// viewerID is the acting person's id, 0 for the system.
func viewerID(ctx context.Context) int {
	if v := viewer.FromContext(ctx); v != nil {
		return v.UserID
	}
	return 0
}
