package incubation

import (
	"context"

	gen "hatchery/ent"
	"hatchery/internal/apperr"
)

// A centre's set-up: the centre, its spaces and its maturity scorecard.
// Privacy (incubation:create/update) decides who; this file holds what
// must stay true: seats never below those held, no maintenance over
// tenants, and freed seats offered on at once.

// DefaultCriteria is a new centre's maturity scorecard; weights sum to 100.
var DefaultCriteria = []struct {
	Key, ZH, EN, Guide string
	Weight             int
}{
	{"GOVERNANCE", "内部治理", "Governance", "章程、理事会、决策和信息公开规范运行", 20},
	{"FINANCE", "财务管理", "Finance", "财务制度健全，账目清晰，接受审计", 20},
	{"PROJECTS", "项目执行", "Projects delivered", "独立完成服务项目并有成效评估", 20},
	{"TEAM", "团队建设", "Team", "专职人员稳定，志愿者队伍有管理", 15},
	{"FUNDING", "资源筹集", "Funding", "有政府购买、公益创投或社会捐赠等多元资金", 15},
	{"PARTY_BUILDING", "党建工作", "Party building", "党的组织和工作有效覆盖", 10},
}

// CreateIncubationCentre creates a centre with the default scorecard.
func (s *Service) CreateIncubationCentre(ctx context.Context, c *gen.Client, in gen.CreateIncubationCentreInput) (*gen.IncubationCentre, error) {
	centre, err := c.IncubationCentre.Create().SetInput(in).Save(ctx)
	if isConstraint(err) {
		return nil, apperr.New(apperr.Conflict, "the county already has a centre of that name", "本县已有同名孵化基地").
			OnField("name").WithReason("DUPLICATE_NAME")
	}
	if err != nil {
		return nil, err
	}
	bulk := make([]*gen.MaturityCriterionCreate, len(DefaultCriteria))
	for i, d := range DefaultCriteria {
		bulk[i] = c.MaturityCriterion.Create().SetDomainID(centre.DomainID).SetCentreID(centre.ID).
			SetKey(d.Key).SetNameZh(d.ZH).SetNameEn(d.EN).SetGuidance(d.Guide).SetWeight(d.Weight).SetPosition(i)
	}
	if err := c.MaturityCriterion.CreateBulk(bulk...).Exec(ctx); err != nil {
		return nil, err
	}
	return centre, nil
}

// UpdateIncubationCentre changes a centre's settings.
func (s *Service) UpdateIncubationCentre(ctx context.Context, c *gen.Client, id int, in gen.UpdateIncubationCentreInput) (*gen.IncubationCentre, error) {
	centre, err := c.IncubationCentre.UpdateOneID(id).SetInput(in).Save(ctx)
	if isConstraint(err) {
		return nil, apperr.New(apperr.Conflict, "the county already has a centre of that name", "本县已有同名孵化基地").
			OnField("name").WithReason("DUPLICATE_NAME")
	}
	return centre, err
}

// CreateIncubationSpace adds a space to a centre of the viewer's domain.
func (s *Service) CreateIncubationSpace(ctx context.Context, c *gen.Client, in gen.CreateIncubationSpaceInput) (*gen.IncubationSpace, error) {
	centre, err := c.IncubationCentre.Get(ctx, in.CentreID)
	if err != nil {
		return nil, err
	}
	sp, err := c.IncubationSpace.Create().SetInput(in).SetDomainID(centre.DomainID).Save(ctx)
	if isConstraint(err) {
		return nil, apperr.Newf(apperr.Conflict, "the centre already has a space %s", "该基地已有编号为 %s 的空间", in.Code).
			OnField("code").WithReason("DUPLICATE_CODE")
	}
	if err != nil {
		return nil, err
	}
	// New seats may be what the head of the waitlist waits for.
	if _, err := s.offerFreeSeats(ctx, c, centre.ID, sp.ID); err != nil {
		return nil, err
	}
	return c.IncubationSpace.Get(ctx, sp.ID)
}

// UpdateIncubationSpace changes a space; seats stay at or above those held
// and a space with tenants cannot close for maintenance.
func (s *Service) UpdateIncubationSpace(ctx context.Context, c *gen.Client, id int, in gen.UpdateIncubationSpaceInput) (*gen.IncubationSpace, error) {
	sp, err := c.IncubationSpace.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if in.Seats != nil && *in.Seats < sp.SeatsUsed {
		return nil, apperr.Newf(apperr.Conflict, "space %s has %d seats held; it cannot have fewer",
			"空间 %s 已占用 %d 个工位，工位数不能少于此数", sp.Code, sp.SeatsUsed).OnField("seats").WithReason("SEATS_IN_USE")
	}
	if in.Maintenance != nil && *in.Maintenance && !sp.Maintenance && sp.SeatsUsed > 0 {
		return nil, apperr.Newf(apperr.Conflict, "space %s has %d seats held by tenants or offers; move them before closing it",
			"空间 %s 仍有 %d 个工位被占用或已邀请，请先调整后再维护", sp.Code, sp.SeatsUsed).OnField("maintenance").WithReason("SPACE_OCCUPIED")
	}
	up, err := c.IncubationSpace.UpdateOneID(id).SetInput(in).Save(ctx)
	switch {
	case isConstraint(err):
		// Seats were taken between the check and the update.
		return nil, apperr.Newf(apperr.Conflict, "space %s changed meanwhile (seats held or code taken); reload and try again",
			"空间 %s 已被他人变更（工位被占用或编号重复），请刷新后重试", sp.Code).WithReason("SEATS_IN_USE")
	case err != nil:
		return nil, err
	}
	if up.Seats-up.SeatsUsed > sp.Seats-sp.SeatsUsed || (sp.Maintenance && !up.Maintenance) {
		if _, err := s.offerFreeSeats(ctx, c, up.CentreID, up.ID); err != nil {
			return nil, err
		}
		return c.IncubationSpace.Get(ctx, id)
	}
	return up, nil
}

// CreateMaturityCriterion adds a criterion to a centre's scorecard.
func (s *Service) CreateMaturityCriterion(ctx context.Context, c *gen.Client, in gen.CreateMaturityCriterionInput) (*gen.MaturityCriterion, error) {
	centre, err := c.IncubationCentre.Get(ctx, in.CentreID)
	if err != nil {
		return nil, err
	}
	cr, err := c.MaturityCriterion.Create().SetInput(in).SetDomainID(centre.DomainID).Save(ctx)
	if isConstraint(err) {
		return nil, apperr.Newf(apperr.Conflict, "the scorecard already has a criterion %s", "评分表中已有 %s", in.Key).
			OnField("key").WithReason("DUPLICATE_KEY")
	}
	return cr, err
}

// UpdateMaturityCriterion changes a criterion; assessments already made
// keep the criterion as it was.
func (s *Service) UpdateMaturityCriterion(ctx context.Context, c *gen.Client, id int, in gen.UpdateMaturityCriterionInput) (*gen.MaturityCriterion, error) {
	cr, err := c.MaturityCriterion.UpdateOneID(id).SetInput(in).Save(ctx)
	if isConstraint(err) {
		return nil, apperr.New(apperr.Conflict, "the scorecard already has a criterion with that key", "评分表中已有该编码").
			OnField("key").WithReason("DUPLICATE_KEY")
	}
	return cr, err
}
