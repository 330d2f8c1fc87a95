package party

import (
	"context"

	"entgo.io/ent/dialect/sql"

	gen "hatchery/ent"
	"hatchery/ent/partysettings"
	"hatchery/ent/volunteerpointentry"
	"hatchery/internal/authz"
)

// VolunteerEntries are the EARNED lines of an activity, with volunteers.
func (s *Service) VolunteerEntries(ctx context.Context, c *gen.Client, a *gen.PartyActivity) ([]*gen.VolunteerPointEntry, error) {
	return c.VolunteerPointEntry.Query().Where(volunteerpointentry.ActivityID(a.ID), volunteerpointentry.KindEQ(volunteerpointentry.KindEARNED)).
		WithVolunteer().Order(volunteerpointentry.ByID()).Limit(200).All(ctx)
}

// MaxLoads is the maximum officer load of each county (one query).
func (s *Service) MaxLoads(ctx context.Context, c *gen.Client, domainIDs []int) (map[int]int, error) {
	sts, err := c.PartySettings.Query().Where(partysettings.DomainIDIn(domainIDs...)).All(system(ctx))
	out := map[int]int{}
	for _, d := range domainIDs {
		out[d] = partysettings.DefaultMaxOfficerLoad
	}
	for _, st := range sts {
		out[st.DomainID] = st.MaxOfficerLoad
	}
	return out, err
}

// VolunteerPoints sums the points of volunteers ids in year (one grouped
// query), read as the viewer.
func VolunteerPoints(ctx context.Context, c *gen.Client, year int, ids []int) (map[int]int, error) {
	var rows []struct {
		ID     int `json:"volunteer_id"`
		Points int `json:"points"`
	}
	err := c.VolunteerPointEntry.Query().Where(volunteerpointentry.Year(year), volunteerpointentry.VolunteerIDIn(ids...)).
		GroupBy(volunteerpointentry.FieldVolunteerID).
		Aggregate(func(s *sql.Selector) string { return sql.As(sql.Sum(s.C(volunteerpointentry.FieldPoints)), "points") }).
		Scan(ctx, &rows)
	out := map[int]int{}
	for _, r := range rows {
		out[r.ID] = r.Points
	}
	return out, err
}

// Year is this year in China.
func (s *Service) Year() int { return s.today().Year() }

// mayReadParty reports whether the viewer holds any read of coverage.
func mayReadParty(ctx context.Context) bool {
	return authz.Can(ctx, authz.ObjParty, authz.ActRead) || authz.Can(ctx, authz.ObjParty, authz.ActReadAssigned) ||
		authz.Can(ctx, authz.ObjParty, authz.ActReadOwn)
}
