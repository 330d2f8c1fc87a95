// Package tenancy is counties as tenants: a platform admin creates a domain
// with its first bureau admin, and chooses the domain their session acts
// in. Who may do either is decided by ent privacy and Casbin (domain:create
// and domain:cross_domain in policies/policy.csv), not here: this package
// holds the steps and their order.
package tenancy

import (
	"context"
	"errors"
	"regexp"
	"strconv"

	"entgo.io/ent/privacy"

	gen "hatchery/ent"
	"hatchery/ent/auditlog"
	"hatchery/ent/domain"
	"hatchery/ent/roleassignment"
	"hatchery/ent/session"
	"hatchery/internal/apperr"
	"hatchery/internal/audit"
	"hatchery/internal/auth"
	"hatchery/internal/authz"
	"hatchery/internal/viewer"
)

// NewDomain is a county to create and its first bureau admin.
type NewDomain struct {
	Code, Name, BureauName, CasePrefix string
	FirstAdmin                         auth.NewUser
}

// ErrCodeTaken is a division code another domain has.
var ErrCodeTaken = apperr.New(apperr.Conflict, "a domain with this division code already exists", "该行政区划代码的区域已存在").OnField("code")

// codePattern repeats the schema's check (ent/schema/patterns.go) so that a
// bad code is refused before the duplicate look-up, with a message that says
// what a code looks like.
var codePattern = regexp.MustCompile(`^[1-9][0-9]{5}$`)

// CreateDomain creates the domain and its first bureau admin through client
// (the request's transaction: either both exist afterwards or neither).
// The admin is created as the viewer acting in the new domain, so every
// rule of account creation (password strength, unique username, who may
// grant BUREAU_ADMIN) applies unchanged.
func CreateDomain(ctx context.Context, client *gen.Client, accounts *auth.Service, in NewDomain) (*gen.Domain, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, apperr.ErrUnauthenticated
	}
	if !codePattern.MatchString(in.Code) {
		return nil, apperr.Invalid("code", "the division code must be six digits (GB/T 2260), e.g. 330521", "行政区划代码应为6位数字（GB/T 2260），如 330521")
	}
	create := client.Domain.Create().SetCode(in.Code).SetName(in.Name).SetBureauName(in.BureauName)
	if in.CasePrefix != "" {
		create.SetCasePrefix(in.CasePrefix)
	}
	// Privacy first: only a viewer holding domain:create gets this far.
	d, err := create.Save(ctx)
	if gen.IsConstraintError(err) {
		return nil, ErrCodeTaken
	}
	if err != nil {
		return nil, err
	}
	in2 := viewer.NewContext(ctx, v.ActingIn(d.ID))
	admin, err := accounts.CreateUser(in2, client, in.FirstAdmin)
	if err != nil {
		return nil, firstAdminField(err)
	}
	if _, err := accounts.AssignRole(in2, client, admin.ID, roleassignment.RoleBUREAU_ADMIN); err != nil {
		return nil, err
	}
	return d, nil
}

// firstAdminField points a field error of the admin's account at its place
// in the input (firstAdmin.username), so the form can show it there.
func firstAdminField(err error) error {
	var e *apperr.Error
	if errors.As(err, &e) && e.Field != "" {
		c := *e
		c.Field = "firstAdmin." + e.Field
		return &c
	}
	return err
}

// ActIn makes the viewer's session act in domain id, lists narrowed to it,
// and returns it. nil goes back to the platform view: every domain in
// lists, creations in the home domain (which it returns). It needs the cross-domain right; the
// domain must be one the viewer can see. Each request checks the right
// again (internal/auth), so a later demotion ends the choice.
func ActIn(ctx context.Context, client *gen.Client, id *int) (*gen.Domain, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, apperr.ErrUnauthenticated
	}
	if !authz.Can(ctx, authz.ObjDomain, authz.ActCrossDomain) {
		return nil, apperr.New(apperr.Forbidden, "only a platform admin may act in another domain", "只有平台管理员可以切换到其他区域办理")
	}
	target := v.HomeDomainID
	if id != nil {
		target = *id
	}
	d, err := client.Domain.Query().Where(domain.ID(target)).Only(ctx)
	if err != nil {
		return nil, err
	}
	upd := client.Session.UpdateOneID(v.SessionID)
	if id == nil {
		upd.ClearActingDomainID()
	} else {
		upd.SetActingDomainID(d.ID)
	}
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	if err := upd.Where(session.RevokedAtIsNil()).Exec(sys); err != nil {
		return nil, err
	}
	// Sessions are not audited as entities, but who switched into which
	// county is: one row on the admin's account, in their home domain,
	// whose acting domain is the one chosen.
	home, acting := v.HomeDomainID, d.ID
	var chosen any
	if id != nil {
		chosen = d.ID
	}
	if err := audit.Record(sys, client, audit.Entry{
		Operation: auditlog.OperationUPDATE, EntityType: "User", EntityID: strconv.Itoa(v.UserID),
		DomainID: &home, Entity: true, ActingDomainID: &acting,
		Fields: []string{"acting_domain"}, Changes: map[string]any{"acting_domain": chosen},
	}); err != nil {
		return nil, err
	}
	return d, nil
}

// Acting returns the domain the request acts in.
func Acting(ctx context.Context, client *gen.Client) (*gen.Domain, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, nil
	}
	return client.Domain.Get(ctx, v.DomainID)
}
