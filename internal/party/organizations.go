package party

import (
	"context"
	"strings"

	gen "hatchery/ent"
	"hatchery/ent/organization"
	"hatchery/ent/partyorganization"
)

// MinBranchMembers is the least number of full party members a branch
// (standalone or joint) may be set up with: the Party's rule.
const MinBranchMembers = 3

// checkOrg lists every problem of a party organisation at once.
func (s *Service) checkOrg(ctx context.Context, c *gen.Client, id int, in OrgInput) error {
	var ps problems
	add := ps.add
	if strings.TrimSpace(in.Name) == "" {
		add("name", "give the party organisation's name", "请填写党组织名称")
	}
	if in.Kind != partyorganization.KindCOMMITTEE && in.FullMembers < MinBranchMembers {
		add("fullMembers", "a party branch needs at least 3 full party members; with fewer, join a joint branch or have a guidance officer sent",
			"成立党支部须有正式党员3名以上；不足3名的，可联合组建或选派党建工作指导员")
	}
	if in.FullMembers < 0 || (in.ProbationaryMembers != nil && *in.ProbationaryMembers < 0) {
		add("fullMembers", "member counts cannot be negative", "党员人数不能为负数")
	}
	if in.Kind == partyorganization.KindSTANDALONE && in.OrganizationID == nil {
		add("organizationID", "a standalone branch belongs to the organisation that set it up", "单独组建的党支部须指明所在社会组织")
	}
	if in.Kind == partyorganization.KindCOMMITTEE && in.OrganizationID != nil {
		add("organizationID", "the committee belongs to no single organisation", "综合党委不属于某个社会组织")
	}
	if Day(in.FoundedOn).After(s.today()) {
		add("foundedOn", "the founding date cannot be in the future", "成立日期不能晚于今天")
	}
	if in.ParentID != nil {
		if *in.ParentID == id {
			add("parentID", "a party organisation cannot be its own parent", "上级党组织不能是自身")
		} else if ok, err := c.PartyOrganization.Query().Where(partyorganization.ID(*in.ParentID)).Exist(ctx); err != nil {
			return err
		} else if !ok {
			add("parentID", "no such parent party organisation in the county", "本县没有该上级党组织")
		}
	}
	if in.OrganizationID != nil {
		if ok, err := c.Organization.Query().Where(organization.ID(*in.OrganizationID)).Exist(ctx); err != nil {
			return err
		} else if !ok {
			add("organizationID", "no such organisation in the county", "本县没有该社会组织")
		}
	}
	if e := ps.err(); e != nil {
		if ps.has("fullMembers") {
			e = e.WithReason("BRANCH_NEEDS_THREE_MEMBERS")
		}
		return e
	}
	return nil
}

// CreateOrganization sets up a party organisation.
func (s *Service) CreateOrganization(ctx context.Context, c *gen.Client, in OrgInput) (*gen.PartyOrganization, error) {
	if err := requireCommittee(ctx); err != nil {
		return nil, err
	}
	if err := s.checkOrg(ctx, c, 0, in); err != nil {
		return nil, err
	}
	return c.PartyOrganization.Create().
		SetKind(in.Kind).SetName(strings.TrimSpace(in.Name)).SetNillableParentID(in.ParentID).
		SetNillableOrganizationID(in.OrganizationID).SetNillableSecretary(in.Secretary).
		SetNillableSecretaryPhone(in.SecretaryPhone).SetFullMembers(in.FullMembers).
		SetNillableProbationaryMembers(in.ProbationaryMembers).SetFoundedOn(Day(in.FoundedOn)).Save(ctx)
}

// UpdateOrganization changes a party organisation; its kind stays.
func (s *Service) UpdateOrganization(ctx context.Context, c *gen.Client, id int, in OrgInput) (*gen.PartyOrganization, error) {
	if err := requireCommittee(ctx); err != nil {
		return nil, err
	}
	po, err := c.PartyOrganization.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if po.Kind != in.Kind {
		return nil, invalid("kind", "KIND_FIXED", "a party organisation's kind cannot change; set up a new one",
			"党组织类型不能更改，请另行成立")
	}
	if err := s.checkOrg(ctx, c, id, in); err != nil {
		return nil, err
	}
	u := po.Update().SetName(strings.TrimSpace(in.Name)).SetFullMembers(in.FullMembers).SetFoundedOn(Day(in.FoundedOn))
	if in.ParentID != nil {
		u.SetParentID(*in.ParentID)
	} else {
		u.ClearParentID()
	}
	if in.OrganizationID != nil {
		u.SetOrganizationID(*in.OrganizationID)
	} else {
		u.ClearOrganizationID()
	}
	if in.Secretary != nil {
		u.SetSecretary(*in.Secretary)
	}
	if in.SecretaryPhone != nil {
		u.SetSecretaryPhone(*in.SecretaryPhone)
	}
	if in.ProbationaryMembers != nil {
		u.SetProbationaryMembers(*in.ProbationaryMembers)
	}
	return u.Save(ctx)
}
