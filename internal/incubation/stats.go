package incubation

import (
	"context"
	"fmt"
	"sort"
	"time"

	gen "hatchery/ent"
	"hatchery/ent/incubationspace"
	"hatchery/ent/spaceoffer"
	"hatchery/ent/tenancy"
	"hatchery/ent/tenancyspace"
	"hatchery/ent/waitlistentry"
	"hatchery/internal/apperr"
	"hatchery/internal/casework"
)

// A centre's figures over a period. Each figure set is one SQL statement
// (a GROUP BY where both databases can group; otherwise the few columns
// needed, reduced in Go, since month and year arithmetic is spelled
// differently in PostgreSQL and SQLite).

// IncubationStats are centre centreID's figures from from to to.
func (s *Service) IncubationStats(ctx context.Context, c *gen.Client, centreID int, from, to time.Time) (*Stats, error) {
	if !to.After(from) || to.Sub(from) > 10*366*24*time.Hour {
		return nil, apperr.Invalid("to", "the period runs forwards and covers at most ten years", "统计期间须从前到后且不超过十年")
	}
	centre, err := c.IncubationCentre.Get(ctx, centreID)
	if err != nil {
		return nil, err
	}
	st := &Stats{From: from, To: to}
	if st.Occupancy, err = s.occupancyHistory(ctx, c, centre.ID, from, to); err != nil {
		return nil, err
	}
	var stages []struct {
		Stage tenancy.Stage `json:"stage"`
		Count int           `json:"count"`
	}
	if err := c.Tenancy.Query().Where(tenancy.CentreID(centreID), tenancy.StatusEQ(tenancy.StatusACTIVE)).
		GroupBy(tenancy.FieldStage).Aggregate(gen.Count()).Scan(ctx, &stages); err != nil {
		return nil, err
	}
	for _, stage := range []tenancy.Stage{tenancy.StageSPROUT, tenancy.StageSTARTUP, tenancy.StageHUB} {
		n := 0
		for _, g := range stages {
			if g.Stage == stage {
				n = g.Count
			}
		}
		st.TenantsByStage = append(st.TenantsByStage, StageCount{Stage: stage, Count: n})
	}
	if err := s.graduations(ctx, c, centreID, st); err != nil {
		return nil, err
	}
	if st.WaitlistLength, err = c.WaitlistEntry.Query().Where(waitlistentry.CentreID(centreID),
		waitlistentry.StatusIn(live...)).Count(ctx); err != nil {
		return nil, err
	}
	waits, err := c.WaitlistEntry.Query().Where(waitlistentry.CentreID(centreID), waitlistentry.StatusEQ(waitlistentry.StatusADMITTED),
		waitlistentry.LeftAtGTE(from), waitlistentry.LeftAtLT(to)).
		Select(waitlistentry.FieldJoinedAt, waitlistentry.FieldLeftAt).All(ctx)
	if err != nil {
		return nil, err
	}
	if len(waits) > 0 {
		var total time.Duration
		for _, w := range waits {
			total += w.LeftAt.Sub(w.JoinedAt)
		}
		avg := fmt.Sprintf("%.1f", total.Hours()/24/float64(len(waits)))
		st.AverageWaitDays = &avg
	}
	var offers []struct {
		Status spaceoffer.Status `json:"status"`
		Count  int               `json:"count"`
	}
	if err := c.SpaceOffer.Query().Where(spaceoffer.HasSpaceWith(incubationspace.CentreID(centreID)),
		spaceoffer.AnsweredAtGTE(from), spaceoffer.AnsweredAtLT(to)).
		GroupBy(spaceoffer.FieldStatus).Aggregate(gen.Count()).Scan(ctx, &offers); err != nil {
		return nil, err
	}
	for _, o := range offers {
		switch o.Status {
		case spaceoffer.StatusACCEPTED:
			st.OffersAccepted = o.Count
		case spaceoffer.StatusDECLINED:
			st.OffersDeclined = o.Count
		case spaceoffer.StatusEXPIRED:
			st.OffersExpired = o.Count
		}
	}
	return st, nil
}

// graduations fills graduations per year and the average months from
// start to graduation, over all the centre's graduates.
func (s *Service) graduations(ctx context.Context, c *gen.Client, centreID int, st *Stats) error {
	gs, err := c.Tenancy.Query().Where(tenancy.CentreID(centreID), tenancy.StatusEQ(tenancy.StatusGRADUATED), tenancy.EndedOnNotNil()).
		Select(tenancy.FieldStartOn, tenancy.FieldEndedOn).All(ctx)
	if err != nil {
		return err
	}
	byYear := map[int]int{}
	months := 0.0
	for _, g := range gs {
		byYear[g.EndedOn.Year()]++
		months += monthsBetween(g.StartOn, *g.EndedOn)
	}
	for y, n := range byYear {
		st.GraduatedByYear = append(st.GraduatedByYear, YearCount{Year: y, Count: n})
	}
	sort.Slice(st.GraduatedByYear, func(i, j int) bool { return st.GraduatedByYear[i].Year < st.GraduatedByYear[j].Year })
	if len(gs) > 0 {
		avg := fmt.Sprintf("%.1f", months/float64(len(gs)))
		st.AverageMonthsToGraduation = &avg
	}
	return nil
}

// monthsBetween is whole months plus the remaining days as a fraction of 30.
func monthsBetween(a, b time.Time) float64 {
	m := (b.Year()-a.Year())*12 + int(b.Month()) - int(a.Month())
	if b.Day() < a.Day() {
		m--
	}
	anniversary := a.AddDate(0, m, 0)
	return float64(m) + b.Sub(anniversary).Hours()/24/30
}

// occupancyHistory is seats and area held at each month end of the
// period, from the seats' history (held from from_on until released_on).
func (s *Service) occupancyHistory(ctx context.Context, c *gen.Client, centreID int, from, to time.Time) ([]OccupancyPoint, error) {
	spaces, err := c.IncubationSpace.Query().Where(incubationspace.CentreID(centreID)).All(ctx)
	if err != nil {
		return nil, err
	}
	areaTotal, seatsTotal := 0, 0
	area := map[int]int{}
	for _, sp := range spaces {
		area[sp.ID] = sp.Area
		if !sp.Maintenance {
			areaTotal += sp.Area
			seatsTotal += sp.Seats
		}
	}
	held, err := c.TenancySpace.Query().Where(tenancyspace.HasSpaceWith(incubationspace.CentreID(centreID)),
		tenancyspace.FromOnLT(to), tenancyspace.Or(tenancyspace.ReleasedOnIsNil(), tenancyspace.ReleasedOnGT(from))).
		Select(tenancyspace.FieldSpaceID, tenancyspace.FieldSeats, tenancyspace.FieldFromOn, tenancyspace.FieldReleasedOn).All(ctx)
	if err != nil {
		return nil, err
	}
	var out []OccupancyPoint
	for _, d := range monthEnds(from, to) {
		p := OccupancyPoint{On: d, AreaTotal: areaTotal, SeatsTotal: seatsTotal}
		used := map[int]bool{}
		for _, h := range held {
			if !h.FromOn.After(d) && (h.ReleasedOn == nil || h.ReleasedOn.After(d)) {
				p.SeatsUsed += h.Seats
				used[h.SpaceID] = true
			}
		}
		for id := range used {
			p.AreaUsed += area[id]
		}
		out = append(out, p)
	}
	return out, nil
}

// monthEnds are the last days of the months from from's to to's (at most 120).
func monthEnds(from, to time.Time) []time.Time {
	f := casework.Day(from)
	cur := time.Date(f.Year(), f.Month()+1, 0, 0, 0, 0, 0, time.UTC)
	var out []time.Time
	for !cur.After(casework.Day(to)) && len(out) < 120 {
		out = append(out, cur)
		cur = time.Date(cur.Year(), cur.Month()+2, 0, 0, 0, 0, 0, time.UTC)
	}
	return out
}
