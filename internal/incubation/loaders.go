package incubation

import (
	"context"
	"errors"
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
// size.
//
// Each loader is keyed by domain (county) and loads the field for every
// row of that county at once (a county has a centre or two, tens of spaces
// and a few hundred tenancies over the years). gqlgen resolves a list's
// rows concurrently; with one key per county every row joins the one load
// however the rows' goroutines are scheduled, so the statement count does
// not depend on timing.
//
// Loaders serve queries only: a mutation's answer is read inside its
// transaction (ent.FromContext), which loaders built on the request's
// client would not see, so without loaders in ctx the resolvers query
// directly through the client they are given.
type loaders struct {
	seats      *dataloadgen.Loader[int, map[int][]*gen.TenancySpace]     // held, by tenancy, with space
	milestones *dataloadgen.Loader[int, map[int][]*gen.TenancyMilestone] // by tenancy
	latest     *dataloadgen.Loader[int, map[int]*gen.MaturityAssessment] // by tenancy
	occupants  *dataloadgen.Loader[int, map[int][]*gen.TenancySpace]     // held, by space, with tenancy
	offers     *dataloadgen.Loader[int, map[int][]*gen.SpaceOffer]       // open, by space
	centres    *dataloadgen.Loader[int, map[int]*gen.IncubationCentre]   // by id
}

type loadersKey struct{}

// perDomain builds a loader keyed by domain from fetch, which reads the
// rows of the given domains and groups them by domain.
func perDomain[V any](fetch func(ctx context.Context, domains []int) (map[int]V, error)) *dataloadgen.Loader[int, V] {
	return dataloadgen.NewMappedLoader(func(ctx context.Context, domains []int) (map[int]V, error) {
		got, err := fetch(ctx, domains)
		if err != nil {
			return nil, err
		}
		for _, c := range domains { // a domain without rows still answers
			if _, ok := got[c]; !ok {
				var zero V
				got[c] = zero
			}
		}
		return got, nil
	}, dataloadgen.WithWait(time.Millisecond))
}

// WithLoaders returns ctx carrying fresh loaders reading through c.
func (s *Service) WithLoaders(ctx context.Context, c *gen.Client) context.Context {
	l := &loaders{
		seats: perDomain(func(ctx context.Context, domains []int) (map[int]map[int][]*gen.TenancySpace, error) {
			rows, err := c.TenancySpace.Query().Where(tenancyspace.ReleasedOnIsNil(), tenancyspace.DomainIDIn(domains...)).
				WithSpace().Order(gen.Asc(tenancyspace.FieldID)).All(ctx)
			return nest(rows, func(r *gen.TenancySpace) (int, int) { return r.DomainID, r.TenancyID }), err
		}),
		milestones: perDomain(func(ctx context.Context, domains []int) (map[int]map[int][]*gen.TenancyMilestone, error) {
			rows, err := c.TenancyMilestone.Query().Where(tenancymilestone.DomainIDIn(domains...)).
				Order(gen.Asc(tenancymilestone.FieldDueOn), gen.Asc(tenancymilestone.FieldID)).All(ctx)
			return nest(rows, func(r *gen.TenancyMilestone) (int, int) { return r.DomainID, r.TenancyID }), err
		}),
		latest: perDomain(func(ctx context.Context, domains []int) (map[int]map[int]*gen.MaturityAssessment, error) {
			rows, err := c.MaturityAssessment.Query().Where(maturityassessment.DomainIDIn(domains...)).
				Order(gen.Asc(maturityassessment.FieldAssessedOn), gen.Asc(maturityassessment.FieldID)).All(ctx)
			out := map[int]map[int]*gen.MaturityAssessment{}
			for _, r := range rows {
				cid := r.DomainID
				if out[cid] == nil {
					out[cid] = map[int]*gen.MaturityAssessment{}
				}
				out[cid][r.TenancyID] = r // ascending: the last one wins
			}
			return out, err
		}),
		occupants: perDomain(func(ctx context.Context, domains []int) (map[int]map[int][]*gen.TenancySpace, error) {
			rows, err := c.TenancySpace.Query().Where(tenancyspace.ReleasedOnIsNil(), tenancyspace.DomainIDIn(domains...)).
				WithTenancy(func(q *gen.TenancyQuery) { q.WithOrganization() }).Order(gen.Asc(tenancyspace.FieldID)).All(ctx)
			return nest(rows, func(r *gen.TenancySpace) (int, int) { return r.DomainID, r.SpaceID }), err
		}),
		offers: perDomain(func(ctx context.Context, domains []int) (map[int]map[int][]*gen.SpaceOffer, error) {
			rows, err := c.SpaceOffer.Query().Where(spaceoffer.StatusEQ(spaceoffer.StatusOPEN), spaceoffer.DomainIDIn(domains...)).
				Order(gen.Asc(spaceoffer.FieldID)).All(ctx)
			return nest(rows, func(r *gen.SpaceOffer) (int, int) { return r.DomainID, r.SpaceID }), err
		}),
		centres: perDomain(func(ctx context.Context, domains []int) (map[int]map[int]*gen.IncubationCentre, error) {
			rows, err := c.IncubationCentre.Query().Where(incubationcentre.DomainIDIn(domains...)).All(system(ctx))
			out := map[int]map[int]*gen.IncubationCentre{}
			for _, r := range rows {
				if out[r.DomainID] == nil {
					out[r.DomainID] = map[int]*gen.IncubationCentre{}
				}
				out[r.DomainID][r.ID] = r
			}
			return out, err
		}),
	}
	return context.WithValue(ctx, loadersKey{}, l)
}

func loadersFrom(ctx context.Context) *loaders {
	l, _ := ctx.Value(loadersKey{}).(*loaders)
	return l
}

// nest groups rows by domain, then by row key, keeping their order.
func nest[T any](rows []T, key func(T) (domain, k int)) map[int]map[int][]T {
	out := map[int]map[int][]T{}
	for _, r := range rows {
		c, k := key(r)
		if out[c] == nil {
			out[c] = map[int][]T{}
		}
		out[c][k] = append(out[c][k], r)
	}
	return out
}

// rowsOf is one row's list from a domain's loaded map, never nil.
func rowsOf[T any](m map[int][]T, err error, k int) ([]T, error) {
	if errors.Is(err, dataloadgen.ErrNotFound) {
		return []T{}, nil
	}
	if err != nil {
		return nil, err
	}
	if v := m[k]; v != nil {
		return v, nil
	}
	return []T{}, nil
}
