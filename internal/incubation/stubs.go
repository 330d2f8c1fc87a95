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

// AssessmentEvidence is not built yet.
func (s *Service) AssessmentEvidence(ctx context.Context, c *gen.Client, obj *gen.MaturityAssessment) ([]*gen.Document, error) {
	return nil, errNotBuilt
}

// MaturityScoreName is not built yet.
func (s *Service) MaturityScoreName(ctx context.Context, c *gen.Client, obj *scores.Maturity) (string, error) {
	return "", errNotBuilt
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

// AssessmentDue is not built yet.
func (s *Service) AssessmentDue(ctx context.Context, c *gen.Client, obj *gen.Tenancy) (*time.Time, error) {
	return nil, errNotBuilt
}

// AlumniReports is not built yet.
func (s *Service) AlumniReports(ctx context.Context, c *gen.Client, obj *gen.Tenancy) ([]*gen.AlumniReport, error) {
	return nil, errNotBuilt
}

// Key is the programme's key.
func (s *Service) Key() string { return Key }
