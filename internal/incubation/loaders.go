package incubation

import (
	"context"
	"errors"
	"slices"
	"time"

	"github.com/vikstrous/dataloadgen"

	gen "hatchery/ent"
	"hatchery/ent/incubationcentre"
	"hatchery/ent/maturityassessment"
	"hatchery/ent/spaceoffer"
	"hatchery/ent/tenancymilestone"
	"hatchery/ent/tenancyspace"
)

// Per-request batch loaders for the fields lists show on every row (the
// space board's occupants and offers, the tenant list's seats, plan and
// latest score), so a page costs the same few SQL statements whatever its
// size. gqlgen resolves a list's rows concurrently; each loader gathers
// the keys asked for within a millisecond and fetches them in one query.
//
// Loaders serve queries only: a mutation's answer is read inside its
// transaction (ent.FromContext), which loaders built on the request's
// client would not see, so without loaders in ctx the resolvers query
// directly through the client they are given.
type loaders struct {
	seats      *dataloadgen.Loader[int, []*gen.TenancySpace]     // held, by tenancy
	milestones *dataloadgen.Loader[int, []*gen.TenancyMilestone] // by tenancy
	latest     *dataloadgen.Loader[int, *gen.MaturityAssessment] // by tenancy
	occupants  *dataloadgen.Loader[int, []*gen.TenancySpace]     // held, by space, with tenancy
	offers     *dataloadgen.Loader[int, []*gen.SpaceOffer]       // open, by space
	centres    *dataloadgen.Loader[int, *gen.IncubationCentre]   // by id
}

type loadersKey struct{}

// WithLoaders returns ctx carrying fresh loaders reading through c.
func (s *Service) WithLoaders(ctx context.Context, c *gen.Client) context.Context {
	wait := dataloadgen.WithWait(time.Millisecond)
	l := &loaders{
		seats: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []int) (map[int][]*gen.TenancySpace, error) {
			rows, err := c.TenancySpace.Query().Where(tenancyspace.TenancyIDIn(ids...), tenancyspace.ReleasedOnIsNil()).
				WithSpace().Order(gen.Asc(tenancyspace.FieldID)).All(ctx)
			return groupBy(rows, func(r *gen.TenancySpace) int { return r.TenancyID }), err
		}, wait),
		milestones: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []int) (map[int][]*gen.TenancyMilestone, error) {
			rows, err := c.TenancyMilestone.Query().Where(tenancymilestone.TenancyIDIn(ids...)).
				Order(gen.Asc(tenancymilestone.FieldDueOn), gen.Asc(tenancymilestone.FieldID)).All(ctx)
			return groupBy(rows, func(r *gen.TenancyMilestone) int { return r.TenancyID }), err
		}, wait),
		latest: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []int) (map[int]*gen.MaturityAssessment, error) {
			rows, err := c.MaturityAssessment.Query().Where(maturityassessment.TenancyIDIn(ids...)).
				Order(gen.Asc(maturityassessment.FieldAssessedOn), gen.Asc(maturityassessment.FieldID)).All(ctx)
			out := map[int]*gen.MaturityAssessment{}
			for _, r := range rows {
				out[r.TenancyID] = r // ascending: the last one wins
			}
			return out, err
		}, wait),
		occupants: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []int) (map[int][]*gen.TenancySpace, error) {
			rows, err := c.TenancySpace.Query().Where(tenancyspace.SpaceIDIn(ids...), tenancyspace.ReleasedOnIsNil()).
				WithTenancy(func(q *gen.TenancyQuery) { q.WithOrganization() }).Order(gen.Asc(tenancyspace.FieldID)).All(ctx)
			return groupBy(rows, func(r *gen.TenancySpace) int { return r.SpaceID }), err
		}, wait),
		offers: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []int) (map[int][]*gen.SpaceOffer, error) {
			rows, err := c.SpaceOffer.Query().Where(spaceoffer.SpaceIDIn(ids...), spaceoffer.StatusEQ(spaceoffer.StatusOPEN)).
				Order(gen.Asc(spaceoffer.FieldID)).All(ctx)
			return groupBy(rows, func(r *gen.SpaceOffer) int { return r.SpaceID }), err
		}, wait),
		centres: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []int) (map[int]*gen.IncubationCentre, error) {
			rows, err := c.IncubationCentre.Query().Where(incubationcentre.IDIn(ids...)).All(system(ctx))
			out := map[int]*gen.IncubationCentre{}
			for _, r := range rows {
				out[r.ID] = r
			}
			return out, err
		}, wait),
	}
	return context.WithValue(ctx, loadersKey{}, l)
}

func loadersFrom(ctx context.Context) *loaders {
	l, _ := ctx.Value(loadersKey{}).(*loaders)
	return l
}

// groupBy groups rows by key, keeping their order.
func groupBy[T any](rows []T, key func(T) int) map[int][]T {
	out := map[int][]T{}
	for _, r := range rows {
		out[key(r)] = append(out[key(r)], r)
	}
	return out
}

// orEmpty turns a loader's "no rows for this key" into an empty list.
func orEmpty[T any](v []T, err error) ([]T, error) {
	if errors.Is(err, dataloadgen.ErrNotFound) {
		return []T{}, nil
	}
	if err != nil {
		return nil, err
	}
	if v == nil {
		v = []T{}
	}
	return slices.Clip(v), nil
}

// one is a loader's single value, nil when there is none.
func one[T any](v *T, err error) (*T, error) {
	if errors.Is(err, dataloadgen.ErrNotFound) {
		return nil, nil
	}
	return v, err
}
