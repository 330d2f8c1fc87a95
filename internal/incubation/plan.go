package incubation

import (
	"context"
	"regexp"
	"strconv"
	"strings"
	"time"

	gen "hatchery/ent"
	"hatchery/ent/document"
	"hatchery/ent/tenancy"
	"hatchery/ent/tenancyextension"
	"hatchery/ent/tenancyservice"
	"hatchery/internal/apperr"
	"hatchery/internal/casework"
	"hatchery/internal/documents/owner"
)

// The incubation plan of a tenancy: mentor, agreement and notes, term
// extensions, milestones and the services received. Staff change it
// (tenancy:update); the organisation reads it.

// activeTenancy reads tenancy id for a change by staff: only an active
// tenancy's plan changes.
func activeTenancy(ctx context.Context, c *gen.Client, id int) (*gen.Tenancy, error) {
	if err := requireStaff(ctx); err != nil {
		return nil, err
	}
	t, err := c.Tenancy.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if t.Status != tenancy.StatusACTIVE {
		return nil, apperr.New(apperr.Conflict, "the tenancy has ended; its plan can no longer change",
			"该孵化已结束，孵化计划不能再修改").WithReason("TENANCY_ENDED")
	}
	return t, nil
}

// UpdateTenancyPlan changes a tenancy's mentor, agreement or notes.
func (s *Service) UpdateTenancyPlan(ctx context.Context, c *gen.Client, id int, in PlanInput) (*gen.Tenancy, error) {
	t, err := activeTenancy(ctx, c, id)
	if err != nil {
		return nil, err
	}
	up := c.Tenancy.UpdateOneID(id)
	switch {
	case deref(in.ClearMentor):
		up.ClearMentorID()
	case in.MentorID != nil:
		if err := checkMentor(ctx, c, *in.MentorID, t.DomainID); err != nil {
			return nil, err
		}
		up.SetMentorID(*in.MentorID)
	}
	if in.AgreementDocumentID != nil {
		ok, err := c.Document.Query().Where(document.ID(*in.AgreementDocumentID),
			document.OwnerKind(owner.Organization), document.OwnerID(t.OrganizationID)).Exist(ctx)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, apperr.Invalid("agreementDocumentID", "the agreement must be a document of the organisation",
				"孵化协议须为该组织的文件")
		}
		up.SetAgreementDocumentID(*in.AgreementDocumentID)
	}
	if in.Notes != nil {
		up.SetNotes(*in.Notes)
	}
	return up.Save(ctx)
}

// ExtendTenancy extends the term by months (1–12) with a reason, recorded
// with who extended it.
func (s *Service) ExtendTenancy(ctx context.Context, c *gen.Client, id, months int, reason string) (*gen.Tenancy, error) {
	t, err := activeTenancy(ctx, c, id)
	if err != nil {
		return nil, err
	}
	if months < 1 || months > 12 {
		return nil, apperr.Invalid("months", "extend by 1 to 12 months", "延期 1 至 12 个月")
	}
	if strings.TrimSpace(reason) == "" {
		return nil, apperr.Invalid("reason", "give the reason for the extension", "请填写延期理由")
	}
	ends := t.EndsOn.AddDate(0, months, 0)
	by := 0
	if v := viewerID(ctx); v != 0 {
		by = v
	}
	if err := c.TenancyExtension.Create().SetDomainID(t.DomainID).SetTenancyID(t.ID).SetMonths(months).
		SetReason(reason).SetPreviousEndsOn(t.EndsOn).SetNewEndsOn(ends).
		SetExtendedByID(by).SetExtendedByName(viewerName(ctx, c)).Exec(ctx); err != nil {
		return nil, err
	}
	return c.Tenancy.UpdateOneID(id).SetEndsOn(ends).SetTermMonths(t.TermMonths + months).Save(ctx)
}

// Extensions are a tenancy's term extensions, oldest first.
func (s *Service) Extensions(ctx context.Context, c *gen.Client, t *gen.Tenancy) ([]*gen.TenancyExtension, error) {
	return c.TenancyExtension.Query().Where(tenancyextension.TenancyID(t.ID)).Order(gen.Asc(tenancyextension.FieldID)).All(ctx)
}

var milestoneKey = regexp.MustCompile(`^(LEGAL_REGISTRATION|BOARD|FINANCIAL_SYSTEM|FIRST_PROJECT|FIRST_GRANT|PARTY_BUILDING|CUSTOM)$`)

func checkMilestone(in MilestoneInput) error {
	if !milestoneKey.MatchString(in.Key) {
		return apperr.Invalid("key", "the key is one of LEGAL_REGISTRATION, BOARD, FINANCIAL_SYSTEM, FIRST_PROJECT, FIRST_GRANT, PARTY_BUILDING or CUSTOM",
			"里程碑类型须为登记注册、理事会、财务制度、首个项目、首笔资助、党建覆盖或自定义之一")
	}
	if strings.TrimSpace(in.Title) == "" {
		return apperr.Invalid("title", "give the milestone a title", "请填写里程碑名称")
	}
	return nil
}

// AddMilestone adds a milestone to a tenancy's plan.
func (s *Service) AddMilestone(ctx context.Context, c *gen.Client, tenancyID int, in MilestoneInput) (*gen.TenancyMilestone, error) {
	t, err := activeTenancy(ctx, c, tenancyID)
	if err != nil {
		return nil, err
	}
	if err := checkMilestone(in); err != nil {
		return nil, err
	}
	return c.TenancyMilestone.Create().SetDomainID(t.DomainID).SetTenancyID(t.ID).SetKey(in.Key).
		SetTitle(in.Title).SetDueOn(casework.Day(in.DueOn)).SetMandatory(in.Mandatory).Save(ctx)
}

// milestone reads milestone id of an active tenancy, for a change.
func milestone(ctx context.Context, c *gen.Client, id int) (*gen.TenancyMilestone, error) {
	if err := requireStaff(ctx); err != nil {
		return nil, err
	}
	m, err := c.TenancyMilestone.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if _, err := activeTenancy(ctx, c, m.TenancyID); err != nil {
		return nil, err
	}
	return m, nil
}

// UpdateMilestone changes a milestone.
func (s *Service) UpdateMilestone(ctx context.Context, c *gen.Client, id int, in MilestoneInput) (*gen.TenancyMilestone, error) {
	if _, err := milestone(ctx, c, id); err != nil {
		return nil, err
	}
	if err := checkMilestone(in); err != nil {
		return nil, err
	}
	return c.TenancyMilestone.UpdateOneID(id).SetKey(in.Key).SetTitle(in.Title).
		SetDueOn(casework.Day(in.DueOn)).SetMandatory(in.Mandatory).Save(ctx)
}

// SetMilestoneMet marks a milestone met on a date (nil: not met).
func (s *Service) SetMilestoneMet(ctx context.Context, c *gen.Client, id int, metOn *time.Time, evidence *string) (*gen.TenancyMilestone, error) {
	if _, err := milestone(ctx, c, id); err != nil {
		return nil, err
	}
	up := c.TenancyMilestone.UpdateOneID(id)
	if metOn == nil {
		up.ClearMetOn()
	} else {
		d := casework.Day(*metOn)
		if d.After(casework.Day(s.Now())) {
			return nil, apperr.Invalid("metOn", "a milestone cannot be met in the future", "完成日期不能晚于今天")
		}
		up.SetMetOn(d)
	}
	if evidence != nil {
		up.SetEvidence(*evidence)
	}
	return up.Save(ctx)
}

// RemoveMilestone removes a milestone from the plan.
func (s *Service) RemoveMilestone(ctx context.Context, c *gen.Client, id int) (int, error) {
	if _, err := milestone(ctx, c, id); err != nil {
		return 0, err
	}
	return id, c.TenancyMilestone.DeleteOneID(id).Exec(ctx)
}

// hoursPattern is hours with at most one decimal.
var hoursPattern = regexp.MustCompile(`^[0-9]{1,3}(\.[0-9])?$`)

// parseHours reads "1.5" as 15 tenths.
func parseHours(s string) (int, error) {
	s = strings.TrimSpace(s)
	if !hoursPattern.MatchString(s) {
		return 0, apperr.Invalid("hours", "hours are a number with at most one decimal, e.g. 1.5", "时长为最多一位小数的数字，如 1.5")
	}
	whole, frac, _ := strings.Cut(s, ".")
	w, _ := strconv.Atoi(whole)
	f, _ := strconv.Atoi("0" + frac)
	t := w*10 + f
	if t < 1 || t > 2400 {
		return 0, apperr.Invalid("hours", "hours are 0.1 to 240", "时长为 0.1 至 240 小时")
	}
	return t, nil
}

// LogTenancyService records a service the tenant received.
func (s *Service) LogTenancyService(ctx context.Context, c *gen.Client, tenancyID int, in ServiceInput) (*gen.TenancyService, error) {
	t, err := activeTenancy(ctx, c, tenancyID)
	if err != nil {
		return nil, err
	}
	h, err := parseHours(in.Hours)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(in.Title) == "" {
		return nil, apperr.Invalid("title", "say what the service was", "请填写服务内容")
	}
	return c.TenancyService.Create().SetDomainID(t.DomainID).SetTenancyID(t.ID).SetKind(in.Kind).
		SetTitle(in.Title).SetHeldOn(casework.Day(in.HeldOn)).SetTenthHours(h).SetNote(deref(in.Note)).Save(ctx)
}

// Services are the services a tenancy received, newest first.
func (s *Service) Services(ctx context.Context, c *gen.Client, t *gen.Tenancy) ([]*gen.TenancyService, error) {
	return c.TenancyService.Query().Where(tenancyservice.TenancyID(t.ID)).
		Order(gen.Desc(tenancyservice.FieldHeldOn), gen.Desc(tenancyservice.FieldID)).All(ctx)
}

// ServiceHours sums the hours of services a tenancy received, exactly.
func (s *Service) ServiceHours(ctx context.Context, c *gen.Client, t *gen.Tenancy) (string, error) {
	// A tenancy receives tens of services: summing the rows is exact and
	// avoids SUM's NULL on none.
	hs, err := c.TenancyService.Query().Where(tenancyservice.TenancyID(t.ID)).
		Select(tenancyservice.FieldTenthHours).Ints(ctx)
	if err != nil {
		return "", err
	}
	sum := 0
	for _, h := range hs {
		sum += h
	}
	return hoursOf(sum), nil
}

// ServiceItemHours writes one service's hours.
func (s *Service) ServiceItemHours(_ context.Context, _ *gen.Client, sv *gen.TenancyService) (string, error) {
	return hoursOf(sv.TenthHours), nil
}
