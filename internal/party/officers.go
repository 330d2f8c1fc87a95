package party

import (
	"context"
	"fmt"
	"strings"

	gen "hatchery/ent"
	"hatchery/ent/guidanceofficer"
	"hatchery/ent/roleassignment"
	"hatchery/ent/user"
)

// CreateOfficer puts a person on the county's roster of guidance officers
// and gives their account the GUIDANCE_OFFICER role (written as the
// system: the committee holds every right the role carries, which
// policies/policy_test.go keeps true, so it grants nothing it lacks).
func (s *Service) CreateOfficer(ctx context.Context, c *gen.Client, in OfficerInput) (*gen.GuidanceOfficer, error) {
	if !canCreate(ctx) {
		return nil, forbidden("only the party committee keeps the roster of guidance officers", "只有社会组织综合党委可以管理党建工作指导员名册")
	}
	sys := system(ctx)
	domainID := domainOf(ctx)
	u, err := c.User.Query().Where(user.ID(in.UserID), user.DomainID(domainID)).Only(sys)
	if gen.IsNotFound(err) {
		return nil, invalid("userID", "NO_SUCH_USER", "no such account in the county", "本县没有该账号")
	}
	if err != nil {
		return nil, err
	}
	if u.Status != user.StatusACTIVE {
		return nil, invalid("userID", "USER_DISABLED", "the account is disabled", "该账号已停用")
	}
	if ok, err := c.GuidanceOfficer.Query().Where(guidanceofficer.UserID(u.ID)).Exist(sys); err != nil {
		return nil, err
	} else if ok {
		return nil, conflict("ALREADY_OFFICER", fmt.Sprintf("%s is already on the roster", u.DisplayName), fmt.Sprintf("%s 已在指导员名册中", u.DisplayName)).OnField("userID")
	}
	name := strings.TrimSpace(in.Name)
	if name == "" {
		name = u.DisplayName
	}
	o, err := c.GuidanceOfficer.Create().SetDomainID(domainID).SetUserID(u.ID).SetName(name).
		SetUnit(strings.TrimSpace(deref(in.Unit))).SetPhone(strings.TrimSpace(deref(in.Phone))).Save(ctx)
	if gen.IsConstraintError(err) {
		return nil, conflict("ALREADY_OFFICER", "the account is already on the roster", "该账号已在指导员名册中").OnField("userID")
	}
	if err != nil {
		return nil, err
	}
	held, err := c.RoleAssignment.Query().Where(roleassignment.UserID(u.ID), roleassignment.DomainID(u.DomainID),
		roleassignment.RoleEQ(roleassignment.RoleGUIDANCE_OFFICER)).Exist(sys)
	if err != nil {
		return nil, err
	}
	if !held {
		if err := c.RoleAssignment.Create().SetUserID(u.ID).SetDomainID(u.DomainID).
			SetRole(roleassignment.RoleGUIDANCE_OFFICER).Exec(sys); err != nil {
			return nil, err
		}
	}
	return o, nil
}

// UpdateOfficer changes an officer's details; an officer goes off duty
// only once every assignment is handed over or ended.
func (s *Service) UpdateOfficer(ctx context.Context, c *gen.Client, id int, in OfficerUpdate) (*gen.GuidanceOfficer, error) {
	if err := requireCommittee(ctx); err != nil {
		return nil, err
	}
	o, err := c.GuidanceOfficer.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	u := o.Update()
	if in.Name != nil {
		if strings.TrimSpace(*in.Name) == "" {
			return nil, invalid("name", "NAME_REQUIRED", "give the officer's name", "请填写指导员姓名")
		}
		u.SetName(strings.TrimSpace(*in.Name))
	}
	if in.Unit != nil {
		u.SetUnit(strings.TrimSpace(*in.Unit))
	}
	if in.Phone != nil {
		u.SetPhone(strings.TrimSpace(*in.Phone))
	}
	if in.Active != nil {
		if !*in.Active {
			// Conditional: an assignment made meanwhile keeps them on duty.
			n, err := c.GuidanceOfficer.Update().Where(guidanceofficer.ID(id), guidanceofficer.CurrentLoad(0)).
				SetActive(false).Save(ctx)
			if err != nil {
				return nil, err
			}
			if n == 0 {
				return nil, conflict("HAS_ASSIGNMENTS",
					fmt.Sprintf("%s still guides %d organisation(s); hand them over first", o.Name, o.CurrentLoad),
					fmt.Sprintf("%s 仍在指导 %d 家组织，请先办理交接", o.Name, o.CurrentLoad)).OnField("active")
			}
		} else {
			u.SetActive(true)
		}
	}
	return u.Save(ctx)
}
