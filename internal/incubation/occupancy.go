package incubation

import (
	"context"

	gen "hatchery/ent"
	"hatchery/ent/incubationspace"
	"hatchery/ent/spaceoffer"
	"hatchery/ent/tenancy"
	"hatchery/ent/waitlistentry"
)

// Occupancy is a centre's occupancy now. A list of centres names its rows
// (PageCentres), and the first row that asks reads every named centre's
// occupancy at once: four statements for the page, where each centre used
// to cost five of its own.
func (s *Service) Occupancy(ctx context.Context, c *gen.Client, centre *gen.IncubationCentre) (*Occupancy, error) {
	if l := loadersFrom(ctx); l != nil {
		return l.occupancy.Load(ctx, centre.ID)
	}
	m, err := occupancies(ctx, c, []int{centre.ID})
	return m[centre.ID], err
}

// occupancies are the occupancies of centres ids, each centre present.
func occupancies(ctx context.Context, c *gen.Client, ids []int) (map[int]*Occupancy, error) {
	out := make(map[int]*Occupancy, len(ids))
	for _, id := range ids {
		out[id] = &Occupancy{}
	}
	// One row per space is small (a centre has tens of spaces); summing in
	// Go keeps the "held" rule (any seat held counts the space's area) in
	// one place.
	spaces, err := c.IncubationSpace.Query().Where(incubationspace.CentreIDIn(ids...)).All(ctx)
	if err != nil {
		return nil, err
	}
	centreOf := make(map[int]int, len(spaces))
	for _, r := range spaces {
		centreOf[r.ID] = r.CentreID
		if r.Maintenance {
			continue
		}
		o := out[r.CentreID]
		o.AreaAvailable += r.Area
		o.SeatsTotal += r.Seats
		o.SeatsUsed += r.SeatsUsed
		if r.SeatsUsed > 0 {
			o.AreaUsed += r.Area
		}
	}
	var running []struct {
		Centre  int  `json:"centre_id"`
		Virtual bool `json:"virtual"`
		N       int  `json:"n"`
	}
	if err := c.Tenancy.Query().Where(tenancy.CentreIDIn(ids...), tenancy.StatusEQ(tenancy.StatusACTIVE)).
		GroupBy(tenancy.FieldCentreID, tenancy.FieldVirtual).Aggregate(gen.As(gen.Count(), "n")).Scan(ctx, &running); err != nil {
		return nil, err
	}
	for _, r := range running {
		if r.Virtual {
			out[r.Centre].VirtualTenancies += r.N
		} else {
			out[r.Centre].ActiveTenancies += r.N
		}
	}
	var waiting []struct {
		Centre int `json:"centre_id"`
		N      int `json:"n"`
	}
	if err := c.WaitlistEntry.Query().Where(waitlistentry.CentreIDIn(ids...), waitlistentry.StatusIn(live...)).
		GroupBy(waitlistentry.FieldCentreID).Aggregate(gen.As(gen.Count(), "n")).Scan(ctx, &waiting); err != nil {
		return nil, err
	}
	for _, r := range waiting {
		out[r.Centre].Waiting += r.N
	}
	// Open offers by space: a space's centre is known from the spaces read
	// above, which are every space of these centres.
	var offers []struct {
		Space int `json:"space_id"`
		N     int `json:"n"`
	}
	if err := c.SpaceOffer.Query().Where(spaceoffer.StatusEQ(spaceoffer.StatusOPEN),
		spaceoffer.HasSpaceWith(incubationspace.CentreIDIn(ids...))).
		GroupBy(spaceoffer.FieldSpaceID).Aggregate(gen.As(gen.Count(), "n")).Scan(ctx, &offers); err != nil {
		return nil, err
	}
	for _, r := range offers {
		if id, ok := centreOf[r.Space]; ok {
			out[id].OpenOffers += r.N
		}
	}
	return out, nil
}

// PageCentres tells the request's loaders which centres a list is about
// to answer: their occupancies are read together, and their counties'
// spaces' occupants and offers at once (PageDomains). Without loaders in
// ctx (a mutation) it does nothing.
func PageCentres(ctx context.Context, rows []*gen.IncubationCentre) {
	l := loadersFrom(ctx)
	if l == nil {
		return
	}
	domains := make([]int, 0, len(rows))
	for _, c := range rows {
		l.occupancy.Name(c.ID)
		domains = append(domains, c.DomainID)
	}
	PageDomains(ctx, domains)
}
