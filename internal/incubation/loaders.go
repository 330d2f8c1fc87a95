package incubation

import (
	"context"
	"errors"
	"slices"
	"sync"

	"github.com/vikstrous/dataloadgen"

	gen "hatchery/ent"
	"hatchery/ent/incubationcentre"
	"hatchery/ent/maturityassessment"
	"hatchery/ent/predicate"
	"hatchery/ent/spaceoffer"
	"hatchery/ent/tenancymilestone"
	"hatchery/ent/tenancyspace"
	"hatchery/internal/pageload"
)

// Per-request batch loaders for the fields lists show on every row (the
// space board's occupants and offers, the tenant list's seats, plan and
// latest score), so a page costs the same few SQL statements whatever its
// size.
//
// Each loader is keyed by domain (county) and loads the field for every
// row of that county at once (a county has a centre or two, tens of spaces
// and a few hundred tenancies over the years), so the statement count does
// not depend on how the rows are scheduled. Lists are marshalled one row
// after another (graph/list_marshal.go), so on a page that spans counties
// (a platform admin's tenant list) each county's first row would start its
// own load, one after the other: ten statements and ten waits for a
// province. A list's resolver therefore names its page's counties
// (PageDomains) and the first load fetches them all, priming the others.
// The tenant list goes further and names its rows (PageTenancies, in
// page_tenancies.go): their seats, plans and scores are read for those rows
// only, instead of for every tenancy of their counties.
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

	// The same fields for the tenancies a list named (PageTenancies); the
	// seats by the columns asked for (pageSeatsFor, seat_columns.go).
	pageSeats      map[string]*pageload.Loader[[]*gen.TenancySpace]
	pageMilestones *pageload.Loader[[]*gen.TenancyMilestone]
	pageLatest     *pageload.Loader[*gen.MaturityAssessment]

	// The occupancy of the centres a list named (PageCentres).
	occupancy *pageload.Loader[*Occupancy]

	client *gen.Client // what the page seat loaders read through

	mu   sync.Mutex
	page []int        // the counties of the rows being listed (PageDomains)
	rows map[int]bool // the tenancies being listed (PageTenancies)
}

// PageDomains tells the request's loaders the counties of the rows a list is
// about to answer, so that their first load reads all of them at once.
// Without loaders in ctx (a mutation) it does nothing.
func PageDomains(ctx context.Context, domains []int) {
	l := loadersFrom(ctx)
	if l == nil {
		return
	}
	l.mu.Lock()
	for _, d := range domains {
		if !slices.Contains(l.page, d) {
			l.page = append(l.page, d)
		}
	}
	l.mu.Unlock()
}

// withPage is domains and the named page's counties.
func (l *loaders) withPage(domains []int) []int {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := slices.Clone(domains)
	for _, d := range l.page {
		if !slices.Contains(out, d) {
			out = append(out, d)
		}
	}
	return out
}

type loadersKey struct{}

// batchWait is how long a loader waits for more keys before it fetches:
// not at all. A request's rows are resolved one after another
// (graph/list_marshal.go, graph/inline_field.go), so no other row's key
// arrives while a batch waits; the counties of a page are fetched together
// because the list names them (PageDomains), not because of a wait. A wait
// would only add its length to the request, once per loader a page uses.
const batchWait = 0

// perDomain builds a loader keyed by domain from fetch, which reads the
// rows of the given domains and groups them by domain. A load also reads
// the counties named by PageDomains and primes the loader with them.
func perDomain[V any](l *loaders, fetch func(ctx context.Context, domains []int) (map[int]V, error)) *dataloadgen.Loader[int, V] {
	var loader *dataloadgen.Loader[int, V]
	loader = dataloadgen.NewMappedLoader(func(ctx context.Context, domains []int) (map[int]V, error) {
		want := l.withPage(domains)
		got, err := fetch(ctx, want)
		if err != nil {
			return nil, err
		}
		for _, c := range want { // a domain without rows still answers
			if _, ok := got[c]; !ok {
				var zero V
				got[c] = zero
			}
			if !slices.Contains(domains, c) {
				loader.Prime(c, got[c])
			}
		}
		return got, nil
	}, dataloadgen.WithWait(batchWait))
	return loader
}

// WithLoaders returns ctx carrying fresh loaders reading through c.
func (s *Service) WithLoaders(ctx context.Context, c *gen.Client) context.Context {
	milestones := func(ctx context.Context, p predicate.TenancyMilestone) ([]*gen.TenancyMilestone, error) {
		return c.TenancyMilestone.Query().Where(p).
			Order(gen.Asc(tenancymilestone.FieldDueOn), gen.Asc(tenancymilestone.FieldID)).All(ctx)
	}
	assessments := func(ctx context.Context, p predicate.MaturityAssessment) ([]*gen.MaturityAssessment, error) {
		return c.MaturityAssessment.Query().Where(p).
			Order(gen.Asc(maturityassessment.FieldAssessedOn), gen.Asc(maturityassessment.FieldID)).All(ctx)
	}
	l := &loaders{}
	*l = loaders{
		client: c,
		seats: perDomain(l, func(ctx context.Context, domains []int) (map[int]map[int][]*gen.TenancySpace, error) {
			rows, err := seatQuery(c, SeatColumns{}).Where(tenancyspace.DomainIDIn(domains...)).All(ctx)
			return nest(rows, func(r *gen.TenancySpace) (int, int) { return r.DomainID, r.TenancyID }), err
		}),
		milestones: perDomain(l, func(ctx context.Context, domains []int) (map[int]map[int][]*gen.TenancyMilestone, error) {
			rows, err := milestones(ctx, tenancymilestone.DomainIDIn(domains...))
			return nest(rows, func(r *gen.TenancyMilestone) (int, int) { return r.DomainID, r.TenancyID }), err
		}),
		latest: perDomain(l, func(ctx context.Context, domains []int) (map[int]map[int]*gen.MaturityAssessment, error) {
			rows, err := assessments(ctx, maturityassessment.DomainIDIn(domains...))
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
		pageMilestones: pageload.New(func(ctx context.Context, ids []int) (map[int][]*gen.TenancyMilestone, error) {
			rows, err := milestones(ctx, tenancymilestone.TenancyIDIn(ids...))
			return group(rows, func(r *gen.TenancyMilestone) int { return r.TenancyID }), err
		}),
		pageLatest: pageload.New(func(ctx context.Context, ids []int) (map[int]*gen.MaturityAssessment, error) {
			rows, err := assessments(ctx, maturityassessment.TenancyIDIn(ids...))
			out := map[int]*gen.MaturityAssessment{}
			for _, r := range rows {
				out[r.TenancyID] = r // ascending: the last one wins
			}
			return out, err
		}),
		occupants: perDomain(l, func(ctx context.Context, domains []int) (map[int]map[int][]*gen.TenancySpace, error) {
			rows, err := c.TenancySpace.Query().Where(tenancyspace.ReleasedOnIsNil(), tenancyspace.DomainIDIn(domains...)).
				WithTenancy(func(q *gen.TenancyQuery) { q.WithOrganization() }).Order(gen.Asc(tenancyspace.FieldID)).All(ctx)
			return nest(rows, func(r *gen.TenancySpace) (int, int) { return r.DomainID, r.SpaceID }), err
		}),
		offers: perDomain(l, func(ctx context.Context, domains []int) (map[int]map[int][]*gen.SpaceOffer, error) {
			rows, err := c.SpaceOffer.Query().Where(spaceoffer.StatusEQ(spaceoffer.StatusOPEN), spaceoffer.DomainIDIn(domains...)).
				Order(gen.Asc(spaceoffer.FieldID)).All(ctx)
			return nest(rows, func(r *gen.SpaceOffer) (int, int) { return r.DomainID, r.SpaceID }), err
		}),
		occupancy: pageload.New(func(ctx context.Context, ids []int) (map[int]*Occupancy, error) {
			return occupancies(ctx, c, ids)
		}),
		centres: perDomain(l, func(ctx context.Context, domains []int) (map[int]map[int]*gen.IncubationCentre, error) {
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

// group groups rows by key, keeping their order.
func group[T any](rows []T, key func(T) int) map[int][]T {
	out := map[int][]T{}
	for _, r := range rows {
		k := key(r)
		out[k] = append(out[k], r)
	}
	return out
}

// nonNil is a page loader's list for one row, never nil.
func nonNil[T any](v []T, err error) ([]T, error) {
	if err == nil && v == nil {
		v = []T{}
	}
	return v, err
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
