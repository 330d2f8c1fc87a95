package incubation

import (
	"context"

	gen "hatchery/ent"
	"hatchery/ent/alumnireport"
	"hatchery/ent/tenancy"
	"hatchery/internal/apperr"
	"hatchery/internal/authz"
	"hatchery/internal/workdays"
)

// Alumni: a graduate's yearly status, entered by the organisation or by
// staff, so the centre can show what became of those it hatched.

// ReportAlumniStatus records (or, for a year already reported, corrects)
// a graduate's status for a year.
func (s *Service) ReportAlumniStatus(ctx context.Context, c *gen.Client, tenancyID int, in AlumniInput) (*gen.AlumniReport, error) {
	t, err := c.Tenancy.Get(ctx, tenancyID)
	if err != nil {
		return nil, err
	}
	if !authz.MayActForOrganization(ctx, c, t.OrganizationID) {
		return nil, apperr.ErrForbidden
	}
	if t.Status != tenancy.StatusGRADUATED || t.EndedOn == nil {
		return nil, apperr.New(apperr.Conflict, "alumni reports are for graduated organisations", "仅已出壳的组织填报年度发展情况").
			WithReason("NOT_GRADUATED")
	}
	this := workdays.DateOf(s.Now()).Year()
	if in.Year < t.EndedOn.Year() || in.Year > this {
		return nil, apperr.Invalidf("year", "report a year from %d (graduation) to %d", "年份须在 %d（出壳年份）至 %d 之间",
			t.EndedOn.Year(), this)
	}
	if in.StaffCount < 0 || in.Projects < 0 || in.FundingWon < 0 {
		return nil, apperr.Invalid("staffCount", "counts and amounts cannot be negative", "人数、项目数和金额不能为负数")
	}
	id, err := c.AlumniReport.Create().SetDomainID(t.DomainID).SetTenancyID(t.ID).SetOrganizationID(t.OrganizationID).
		SetYear(in.Year).SetStillActive(in.StillActive).SetStaffCount(in.StaffCount).SetProjects(in.Projects).
		SetFundingWon(in.FundingWon).SetNote(deref(in.Note)).SetReportedByName(viewerName(ctx, c)).
		OnConflictColumns(alumnireport.FieldTenancyID, alumnireport.FieldYear).UpdateNewValues().
		ID(system(ctx))
	if err != nil {
		return nil, err
	}
	return c.AlumniReport.Get(ctx, id)
}

// AlumniReports are a graduate's reports, newest year first.
func (s *Service) AlumniReports(ctx context.Context, c *gen.Client, t *gen.Tenancy) ([]*gen.AlumniReport, error) {
	return c.AlumniReport.Query().Where(alumnireport.TenancyID(t.ID)).Order(gen.Desc(alumnireport.FieldYear)).All(ctx)
}
