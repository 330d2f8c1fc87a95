package incubation

import (
	"context"
	"fmt"

	gen "hatchery/ent"
	"hatchery/ent/document"
	"hatchery/ent/maturityassessment"
	"hatchery/ent/spaceoffer"
	"hatchery/ent/tenancymilestone"
	"hatchery/ent/tenancyspace"
)

// The read side of spaces and tenancies: what the space board and the
// tenant list show on every row goes through the loaders (loaders.go).

// SpaceStatus is a space's state on the board.
func (s *Service) SpaceStatus(_ context.Context, _ *gen.Client, sp *gen.IncubationSpace) (SpaceStatus, error) {
	switch {
	case sp.Maintenance:
		return SpaceMaintenance, nil
	case sp.SeatsUsed >= sp.Seats:
		return SpaceOccupied, nil
	}
	return SpaceAvailable, nil
}

// SeatsFree is a space's seats neither held by tenants nor by open offers.
func (s *Service) SeatsFree(_ context.Context, _ *gen.Client, sp *gen.IncubationSpace) (int, error) {
	return max(sp.Seats-sp.SeatsUsed, 0), nil
}

// Occupants are the active tenancies holding seats in a space.
func (s *Service) Occupants(ctx context.Context, c *gen.Client, sp *gen.IncubationSpace) ([]*Occupant, error) {
	var rows []*gen.TenancySpace
	var err error
	if l := loadersFrom(ctx); l != nil {
		m, lerr := l.occupants.Load(ctx, sp.DomainID)
		rows, err = rowsOf(m, lerr, sp.ID)
	} else {
		rows, err = c.TenancySpace.Query().Where(tenancyspace.SpaceID(sp.ID), tenancyspace.ReleasedOnIsNil()).
			WithTenancy().Order(gen.Asc(tenancyspace.FieldID)).All(ctx)
	}
	if err != nil {
		return nil, err
	}
	out := make([]*Occupant, 0, len(rows))
	for _, r := range rows {
		if r.Edges.Tenancy != nil { // privacy may hide it
			out = append(out, &Occupant{Tenancy: r.Edges.Tenancy, Seats: r.Seats})
		}
	}
	return out, nil
}

// SpaceOpenOffers are the open offers holding seats in a space.
func (s *Service) SpaceOpenOffers(ctx context.Context, c *gen.Client, sp *gen.IncubationSpace) ([]*gen.SpaceOffer, error) {
	if l := loadersFrom(ctx); l != nil {
		m, err := l.offers.Load(ctx, sp.DomainID)
		return rowsOf(m, err, sp.ID)
	}
	return c.SpaceOffer.Query().Where(spaceoffer.SpaceID(sp.ID), spaceoffer.StatusEQ(spaceoffer.StatusOPEN)).All(ctx)
}

// TenancySeats are the seats a tenancy holds now, with their spaces. A
// listed row's are read with the columns cols asks for; the others whole.
func (s *Service) TenancySeats(ctx context.Context, c *gen.Client, t *gen.Tenancy, cols SeatColumns) ([]*gen.TenancySpace, error) {
	if l := loadersFrom(ctx); l != nil {
		if l.named(t.ID) {
			return nonNil(l.pageSeatsFor(cols).Load(ctx, t.ID))
		}
		m, err := l.seats.Load(ctx, t.DomainID)
		return rowsOf(m, err, t.ID)
	}
	return c.TenancySpace.Query().Where(tenancyspace.TenancyID(t.ID), tenancyspace.ReleasedOnIsNil()).All(ctx)
}

// Milestones are a tenancy's plan, by due date.
func (s *Service) Milestones(ctx context.Context, c *gen.Client, t *gen.Tenancy) ([]*gen.TenancyMilestone, error) {
	if l := loadersFrom(ctx); l != nil {
		if l.named(t.ID) {
			return nonNil(l.pageMilestones.Load(ctx, t.ID))
		}
		m, err := l.milestones.Load(ctx, t.DomainID)
		return rowsOf(m, err, t.ID)
	}
	return c.TenancyMilestone.Query().Where(tenancymilestone.TenancyID(t.ID)).
		Order(gen.Asc(tenancymilestone.FieldDueOn), gen.Asc(tenancymilestone.FieldID)).All(ctx)
}

// LatestAssessment is a tenancy's latest maturity assessment.
func (s *Service) LatestAssessment(ctx context.Context, c *gen.Client, t *gen.Tenancy) (*gen.MaturityAssessment, error) {
	if l := loadersFrom(ctx); l != nil {
		if l.named(t.ID) {
			return l.pageLatest.Load(ctx, t.ID)
		}
		m, err := l.latest.Load(ctx, t.DomainID)
		if err != nil {
			return nil, err
		}
		return m[t.ID], nil
	}
	a, err := c.MaturityAssessment.Query().Where(maturityassessment.TenancyID(t.ID)).
		Order(gen.Desc(maturityassessment.FieldAssessedOn), gen.Desc(maturityassessment.FieldID)).First(ctx)
	if gen.IsNotFound(err) {
		return nil, nil
	}
	return a, err
}

// Assessments are a tenancy's maturity assessments, oldest first.
func (s *Service) Assessments(ctx context.Context, c *gen.Client, t *gen.Tenancy) ([]*gen.MaturityAssessment, error) {
	return c.MaturityAssessment.Query().Where(maturityassessment.TenancyID(t.ID)).
		Order(gen.Asc(maturityassessment.FieldAssessedOn), gen.Asc(maturityassessment.FieldID)).All(ctx)
}

// AssessmentTotal writes an assessment's total, e.g. "83.5".
func (s *Service) AssessmentTotal(_ context.Context, _ *gen.Client, a *gen.MaturityAssessment) (string, error) {
	return tenths(a.TotalTenths), nil
}

// Agreement is a tenancy's agreement document.
func (s *Service) Agreement(ctx context.Context, c *gen.Client, t *gen.Tenancy) (*gen.Document, error) {
	if t.AgreementDocumentID == nil {
		return nil, nil
	}
	d, err := c.Document.Query().Where(document.ID(*t.AgreementDocumentID)).Only(ctx)
	if gen.IsNotFound(err) {
		return nil, nil
	}
	return d, err
}

// hoursOf writes tenths of hours, e.g. 15 → "1.5".
func hoursOf(t int) string { return fmt.Sprintf("%d.%d", t/10, t%10) }
