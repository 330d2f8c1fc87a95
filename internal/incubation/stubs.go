package incubation

// Methods not yet built: each answers INTERNAL "not built yet" until its
// part of the programme lands. Delete a stub when you build its method.

import (
	"context"
	"time"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql"

	gen "hatchery/ent"
	"hatchery/ent/spaceoffer"
	"hatchery/ent/tenancy"
	"hatchery/internal/incubation/scores"
)

var _ = graphql.Null
var _ time.Time
var _ entgql.Cursor[int]
var _ spaceoffer.Status
var _ tenancy.Status
var _ scores.Maturity

// Occupancy is not built yet.
func (s *Service) Occupancy(ctx context.Context, c *gen.Client, obj *gen.IncubationCentre) (*Occupancy, error) {
	return nil, errNotBuilt
}

// SpaceStatus is not built yet.
func (s *Service) SpaceStatus(ctx context.Context, c *gen.Client, obj *gen.IncubationSpace) (SpaceStatus, error) {
	return *new(SpaceStatus), errNotBuilt
}

// SeatsFree is not built yet.
func (s *Service) SeatsFree(ctx context.Context, c *gen.Client, obj *gen.IncubationSpace) (int, error) {
	return 0, errNotBuilt
}

// Occupants is not built yet.
func (s *Service) Occupants(ctx context.Context, c *gen.Client, obj *gen.IncubationSpace) ([]*Occupant, error) {
	return nil, errNotBuilt
}

// SpaceOpenOffers is not built yet.
func (s *Service) SpaceOpenOffers(ctx context.Context, c *gen.Client, obj *gen.IncubationSpace) ([]*gen.SpaceOffer, error) {
	return nil, errNotBuilt
}

// AssessmentTotal is not built yet.
func (s *Service) AssessmentTotal(ctx context.Context, c *gen.Client, obj *gen.MaturityAssessment) (string, error) {
	return "", errNotBuilt
}

// AssessmentEvidence is not built yet.
func (s *Service) AssessmentEvidence(ctx context.Context, c *gen.Client, obj *gen.MaturityAssessment) ([]*gen.Document, error) {
	return nil, errNotBuilt
}

// MaturityScoreName is not built yet.
func (s *Service) MaturityScoreName(ctx context.Context, c *gen.Client, obj *scores.Maturity) (string, error) {
	return "", errNotBuilt
}

// CreateIncubationCentre is not built yet.
func (s *Service) CreateIncubationCentre(ctx context.Context, c *gen.Client, input gen.CreateIncubationCentreInput) (*gen.IncubationCentre, error) {
	return nil, errNotBuilt
}

// UpdateIncubationCentre is not built yet.
func (s *Service) UpdateIncubationCentre(ctx context.Context, c *gen.Client, id int, input gen.UpdateIncubationCentreInput) (*gen.IncubationCentre, error) {
	return nil, errNotBuilt
}

// CreateIncubationSpace is not built yet.
func (s *Service) CreateIncubationSpace(ctx context.Context, c *gen.Client, input gen.CreateIncubationSpaceInput) (*gen.IncubationSpace, error) {
	return nil, errNotBuilt
}

// UpdateIncubationSpace is not built yet.
func (s *Service) UpdateIncubationSpace(ctx context.Context, c *gen.Client, id int, input gen.UpdateIncubationSpaceInput) (*gen.IncubationSpace, error) {
	return nil, errNotBuilt
}

// CreateMaturityCriterion is not built yet.
func (s *Service) CreateMaturityCriterion(ctx context.Context, c *gen.Client, input gen.CreateMaturityCriterionInput) (*gen.MaturityCriterion, error) {
	return nil, errNotBuilt
}

// UpdateMaturityCriterion is not built yet.
func (s *Service) UpdateMaturityCriterion(ctx context.Context, c *gen.Client, id int, input gen.UpdateMaturityCriterionInput) (*gen.MaturityCriterion, error) {
	return nil, errNotBuilt
}

// UpdateTenancyPlan is not built yet.
func (s *Service) UpdateTenancyPlan(ctx context.Context, c *gen.Client, id int, input PlanInput) (*gen.Tenancy, error) {
	return nil, errNotBuilt
}

// ExtendTenancy is not built yet.
func (s *Service) ExtendTenancy(ctx context.Context, c *gen.Client, id int, months int, reason string) (*gen.Tenancy, error) {
	return nil, errNotBuilt
}

// AddMilestone is not built yet.
func (s *Service) AddMilestone(ctx context.Context, c *gen.Client, tenancyID int, input MilestoneInput) (*gen.TenancyMilestone, error) {
	return nil, errNotBuilt
}

// UpdateMilestone is not built yet.
func (s *Service) UpdateMilestone(ctx context.Context, c *gen.Client, id int, input MilestoneInput) (*gen.TenancyMilestone, error) {
	return nil, errNotBuilt
}

// SetMilestoneMet is not built yet.
func (s *Service) SetMilestoneMet(ctx context.Context, c *gen.Client, id int, metOn *time.Time, evidence *string) (*gen.TenancyMilestone, error) {
	return nil, errNotBuilt
}

// RemoveMilestone is not built yet.
func (s *Service) RemoveMilestone(ctx context.Context, c *gen.Client, id int) (int, error) {
	return 0, errNotBuilt
}

// LogTenancyService is not built yet.
func (s *Service) LogTenancyService(ctx context.Context, c *gen.Client, tenancyID int, input ServiceInput) (*gen.TenancyService, error) {
	return nil, errNotBuilt
}

// AssessMaturity is not built yet.
func (s *Service) AssessMaturity(ctx context.Context, c *gen.Client, tenancyID int, input MaturityInput) (*gen.MaturityAssessment, error) {
	return nil, errNotBuilt
}

// ReportAlumniStatus is not built yet.
func (s *Service) ReportAlumniStatus(ctx context.Context, c *gen.Client, tenancyID int, input AlumniInput) (*gen.AlumniReport, error) {
	return nil, errNotBuilt
}

// IncubationStats is not built yet.
func (s *Service) IncubationStats(ctx context.Context, c *gen.Client, centreID int, from time.Time, to time.Time) (*Stats, error) {
	return nil, errNotBuilt
}

// TenancySeats is not built yet.
func (s *Service) TenancySeats(ctx context.Context, c *gen.Client, obj *gen.Tenancy) ([]*gen.TenancySpace, error) {
	return nil, errNotBuilt
}

// Milestones is not built yet.
func (s *Service) Milestones(ctx context.Context, c *gen.Client, obj *gen.Tenancy) ([]*gen.TenancyMilestone, error) {
	return nil, errNotBuilt
}

// Services is not built yet.
func (s *Service) Services(ctx context.Context, c *gen.Client, obj *gen.Tenancy) ([]*gen.TenancyService, error) {
	return nil, errNotBuilt
}

// ServiceHours is not built yet.
func (s *Service) ServiceHours(ctx context.Context, c *gen.Client, obj *gen.Tenancy) (string, error) {
	return "", errNotBuilt
}

// Extensions is not built yet.
func (s *Service) Extensions(ctx context.Context, c *gen.Client, obj *gen.Tenancy) ([]*gen.TenancyExtension, error) {
	return nil, errNotBuilt
}

// Assessments is not built yet.
func (s *Service) Assessments(ctx context.Context, c *gen.Client, obj *gen.Tenancy) ([]*gen.MaturityAssessment, error) {
	return nil, errNotBuilt
}

// LatestAssessment is not built yet.
func (s *Service) LatestAssessment(ctx context.Context, c *gen.Client, obj *gen.Tenancy) (*gen.MaturityAssessment, error) {
	return nil, errNotBuilt
}

// AssessmentDue is not built yet.
func (s *Service) AssessmentDue(ctx context.Context, c *gen.Client, obj *gen.Tenancy) (*time.Time, error) {
	return nil, errNotBuilt
}

// AlumniReports is not built yet.
func (s *Service) AlumniReports(ctx context.Context, c *gen.Client, obj *gen.Tenancy) ([]*gen.AlumniReport, error) {
	return nil, errNotBuilt
}

// Agreement is not built yet.
func (s *Service) Agreement(ctx context.Context, c *gen.Client, obj *gen.Tenancy) (*gen.Document, error) {
	return nil, errNotBuilt
}

// ServiceItemHours is not built yet.
func (s *Service) ServiceItemHours(ctx context.Context, c *gen.Client, obj *gen.TenancyService) (string, error) {
	return "", errNotBuilt
}

// Key is the programme's key.
func (s *Service) Key() string { return Key }
