package party

import (
	"context"
	"sync"

	"github.com/vikstrous/dataloadgen"

	gen "hatchery/ent"
	"hatchery/ent/partycoverage"
	"hatchery/ent/volunteerpointentry"
	"hatchery/internal/pageload"
)

// Per-request batch loaders for the fields lists show on every row (a
// branch's covered count, an officer's maximum load, a volunteer's
// points, a record's photos), so a page costs the same few statements
// whatever its size. An officer's load and a volunteer's points are keyed
// by county (and year): one load answers every row of the county. A
// branch's count and a record's photos are keyed by row, and the list
// names its rows first (PagePartyOrganizations, PageRecords), so that one
// load answers the page whatever its counties: keyed by county, a
// platform admin's list of branches read each county's coverage in turn.
// Without loaders in ctx (a mutation's answer, read in its transaction)
// the resolvers query directly.
type loaders struct {
	covered *pageload.Loader[int]                     // by branch: organisations covered (PagePartyOrganizations)
	maxLoad *dataloadgen.Loader[int, int]             // by domain
	points  *dataloadgen.Loader[yearKey, map[int]int] // volunteer id → points

	client  *gen.Client // what the lookups made on first use read through
	photoMu sync.Mutex
	photos  photoLoaders // by kind of record (photos.go)
}

type yearKey struct{ domain, year int }

type loadersKey struct{}

// WithLoaders returns ctx carrying fresh loaders reading through c.
func (s *Service) WithLoaders(ctx context.Context, c *gen.Client) context.Context {
	// No batching wait: a request's rows are resolved one after another
	// (graph/list_marshal.go, graph/inline_field.go), so no other row's key
	// arrives while a batch waits, and each loader's key, a county, answers
	// every row of it. A wait would only add its length to the request.
	wait := dataloadgen.WithWait(0)
	l := &loaders{
		client: c,
		covered: pageload.New(func(ctx context.Context, ids []int) (map[int]int, error) {
			return coveredCounts(ctx, c, ids)
		}),
		maxLoad: dataloadgen.NewMappedLoader(func(ctx context.Context, domains []int) (map[int]int, error) {
			return s.MaxLoads(ctx, c, domains)
		}, wait),
		points: dataloadgen.NewMappedLoader(func(ctx context.Context, keys []yearKey) (map[yearKey]map[int]int, error) {
			out := map[yearKey]map[int]int{}
			for _, k := range keys { // a request asks for one or two years
				var rows []struct {
					ID     int `json:"volunteer_id"`
					Points int `json:"points"`
				}
				err := c.VolunteerPointEntry.Query().Where(volunteerpointentry.DomainID(k.domain), volunteerpointentry.Year(k.year)).
					GroupBy(volunteerpointentry.FieldVolunteerID).Aggregate(gen.As(gen.Sum(volunteerpointentry.FieldPoints), "points")).Scan(ctx, &rows)
				if err != nil {
					return nil, err
				}
				m := map[int]int{}
				for _, r := range rows {
					m[r.ID] = r.Points
				}
				out[k] = m
			}
			return out, nil
		}, wait),
	}
	return context.WithValue(ctx, loadersKey{}, l)
}

func loadersFrom(ctx context.Context) *loaders {
	l, _ := ctx.Value(loadersKey{}).(*loaders)
	return l
}

// CoveredCount is how many organisations branch po covers now.
func (s *Service) CoveredCount(ctx context.Context, c *gen.Client, po *gen.PartyOrganization) (int, error) {
	if l := loadersFrom(ctx); l != nil {
		return l.covered.Load(ctx, po.ID)
	}
	m, err := coveredCounts(ctx, c, []int{po.ID})
	return m[po.ID], err
}

// coveredCounts are how many organisations each branch ids covers now (one
// grouped query through the coverage's party organisation index), read as
// the viewer.
func coveredCounts(ctx context.Context, c *gen.Client, ids []int) (map[int]int, error) {
	var rows []struct {
		ID    int `json:"party_organization_id"`
		Count int `json:"n"`
	}
	err := c.PartyCoverage.Query().Where(partycoverage.PartyOrganizationIDIn(ids...), partycoverage.EndOnIsNil()).
		GroupBy(partycoverage.FieldPartyOrganizationID).Aggregate(gen.As(gen.Count(), "n")).Scan(ctx, &rows)
	out := make(map[int]int, len(ids))
	for _, r := range rows {
		out[r.ID] = r.Count
	}
	return out, err
}

// PagePartyOrganizations tells the request's loaders which party
// organisations a list is about to answer, so that their covered counts
// are read in one statement for exactly these rows. Without loaders in ctx
// it does nothing.
func PagePartyOrganizations(ctx context.Context, ids []int) {
	if l := loadersFrom(ctx); l != nil {
		l.covered.Name(ids...)
	}
}

// MaxLoad is the maximum load of officer o's county.
func (s *Service) MaxLoad(ctx context.Context, c *gen.Client, o *gen.GuidanceOfficer) (int, error) {
	if l := loadersFrom(ctx); l != nil {
		return l.maxLoad.Load(ctx, o.DomainID)
	}
	m, err := s.MaxLoads(ctx, c, []int{o.DomainID})
	return m[o.DomainID], err
}

// VolunteerYearPoints is volunteer v's points in year (this year when nil).
func (s *Service) VolunteerYearPoints(ctx context.Context, c *gen.Client, v *gen.PartyVolunteer, year *int) (int, error) {
	y := s.Year()
	if year != nil {
		y = *year
	}
	if l := loadersFrom(ctx); l != nil {
		m, err := l.points.Load(ctx, yearKey{v.DomainID, y})
		return m[v.ID], err
	}
	m, err := VolunteerPoints(ctx, c, y, []int{v.ID})
	return m[v.ID], err
}
