package party

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"

	"entgo.io/ent/dialect/sql"

	gen "hatchery/ent"
	"hatchery/ent/guidanceofficer"
	"hatchery/ent/organization"
	"hatchery/ent/partyactivity"
	"hatchery/ent/partycoverage"
	"hatchery/ent/partyorganization"
	"hatchery/ent/partyvisit"
	"hatchery/ent/volunteerpointentry"
	"hatchery/internal/authz"
	"hatchery/internal/party/partydata"
)

// forms in the order screens show them.
var forms = []partycoverage.Form{partycoverage.FormBUILD, partycoverage.FormJOIN, partycoverage.FormATTACH,
	partycoverage.FormDISPATCH, partycoverage.FormUNCOVERED}

// Statistics are the committee's figures for year: coverage now (overall,
// by form, town and organisation kind), the monthly trend, party
// organisations, officer loads, visits per month, activities by type,
// hours and points. Each figure set is one aggregate query, read through
// privacy as the viewer (the committee and bureau admins: party:read).
func (s *Service) Statistics(ctx context.Context, c *gen.Client, year int) (*Statistics, error) {
	if !authz.Can(ctx, authz.ObjParty, authz.ActRead) {
		return nil, forbidden("statistics are for the party committee and the bureau", "统计仅对综合党委和民政局开放")
	}
	now := s.today()
	if year < 2000 || year > now.Year() {
		return nil, invalid("year", "BAD_YEAR", fmt.Sprintf("choose a year from 2000 to %d", now.Year()), fmt.Sprintf("请选择 2000 至 %d 年", now.Year()))
	}
	st := &Statistics{Year: year}
	if err := s.coverageNow(ctx, c, st); err != nil {
		return nil, err
	}
	if err := s.trend(ctx, c, st, year, now); err != nil {
		return nil, err
	}
	if err := partyOrgCounts(ctx, c, st); err != nil {
		return nil, err
	}
	loads, err := c.GuidanceOfficer.Query().Where(guidanceofficer.Active(true)).
		Order(guidanceofficer.ByCurrentLoad(sql.OrderDesc()), guidanceofficer.ByName(), guidanceofficer.ByID()).Limit(200).All(ctx)
	if err != nil {
		return nil, err
	}
	for _, o := range loads {
		st.OfficerLoads = append(st.OfficerLoads, OfficerLoad{Officer: o, Load: o.CurrentLoad})
	}
	set, err := s.Settings(ctx, c, domainOf(ctx))
	if err != nil {
		return nil, err
	}
	st.MaxLoad = set.MaxOfficerLoad
	if st.VisitsByMonth, err = visitsByMonth(ctx, c, year); err != nil {
		return nil, err
	}
	if err := activitiesByType(ctx, c, st, year); err != nil {
		return nil, err
	}
	var pts []struct {
		Points int `json:"points"`
	}
	if err := c.VolunteerPointEntry.Query().Where(volunteerpointentry.Year(year)).
		Aggregate(func(s *sql.Selector) string {
			return sql.As("COALESCE("+sql.Sum(s.C(volunteerpointentry.FieldPoints))+", 0)", "points")
		}).Scan(ctx, &pts); err != nil {
		return nil, err
	}
	if len(pts) > 0 {
		st.PointsAwarded = pts[0].Points
	}
	return st, nil
}

func rate(covered, total int) float64 {
	if total == 0 {
		return 0
	}
	return float64(covered) / float64(total)
}

// coverageNow counts organisations by town, kind and current form in one
// grouped query over organisations left-joined to their current period.
func (s *Service) coverageNow(ctx context.Context, c *gen.Client, st *Statistics) error {
	var rows []struct {
		Town  string `json:"town"`
		Kind  string `json:"kind"`
		Form  string `json:"form"`
		Count int    `json:"n"`
	}
	err := c.Organization.Query().Where(counted()).Modify(func(s *sql.Selector) {
		t := sql.Table(partycoverage.Table)
		s.LeftJoin(t).OnP(sql.And(sql.ColumnsEQ(s.C(organization.FieldID), t.C(partycoverage.FieldOrganizationID)),
			sql.IsNull(t.C(partycoverage.FieldEndOn))))
		town := "COALESCE(" + s.C(organization.FieldTown) + ", '')"
		form := "COALESCE(" + t.C(partycoverage.FieldForm) + ", 'UNCOVERED')"
		s.Select(sql.As(town, "town"), sql.As(s.C(organization.FieldKind), "kind"), sql.As(form, "form"), sql.As(sql.Count("*"), "n")).
			GroupBy(town, s.C(organization.FieldKind), form)
	}).Scan(ctx, &rows)
	if err != nil {
		return err
	}
	byForm := map[partycoverage.Form]int{}
	towns, kinds := map[string]*Group{}, map[string]*Group{}
	add := func(m map[string]*Group, key string, f partycoverage.Form, n int) {
		g := m[key]
		if g == nil {
			g = &Group{Key: key}
			m[key] = g
		}
		g.Total += n
		if f != partycoverage.FormUNCOVERED {
			g.Covered += n
		}
		for i := range g.ByForm {
			if g.ByForm[i].Form == f {
				g.ByForm[i].Count += n
				return
			}
		}
		g.ByForm = append(g.ByForm, FormCount{Form: f, Count: n})
	}
	for _, r := range rows {
		f := partycoverage.Form(r.Form)
		byForm[f] += r.Count
		st.Total += r.Count
		if f != partycoverage.FormUNCOVERED {
			st.Covered += r.Count
		}
		add(towns, r.Town, f, r.Count)
		add(kinds, r.Kind, f, r.Count)
	}
	st.Rate = rate(st.Covered, st.Total)
	for _, f := range forms {
		st.ByForm = append(st.ByForm, FormCount{Form: f, Count: byForm[f]})
	}
	st.ByTown, st.ByKind = groups(towns), groups(kinds)
	return nil
}

// groups orders groups by total (largest first), then key, each with its
// forms in screen order and its rate.
func groups(m map[string]*Group) []Group {
	out := make([]Group, 0, len(m))
	for _, g := range m {
		g.Rate = rate(g.Covered, g.Total)
		slices.SortFunc(g.ByForm, func(a, b FormCount) int {
			return cmp.Compare(slices.Index(forms, a.Form), slices.Index(forms, b.Form))
		})
		out = append(out, *g)
	}
	slices.SortFunc(out, func(a, b Group) int {
		if c := cmp.Compare(b.Total, a.Total); c != 0 {
			return c
		}
		return cmp.Compare(a.Key, b.Key)
	})
	return out
}

// monthEnds are the last days of year's months up to today's month.
func monthEnds(year int, now time.Time) []time.Time {
	var out []time.Time
	for m := time.January; m <= time.December; m++ {
		first := time.Date(year, m, 1, 0, 0, 0, 0, time.UTC)
		if first.After(now) {
			break
		}
		end := first.AddDate(0, 1, -1)
		if end.After(now) {
			end = now
		}
		out = append(out, end)
	}
	return out
}

// sumWhen is SUM(CASE WHEN cond THEN 1 ELSE 0 END) AS alias, cond written by w.
func sumWhen(alias string, w func(b *sql.Builder)) sql.Querier {
	return sql.ExprFunc(func(b *sql.Builder) {
		b.WriteString("COALESCE(SUM(CASE WHEN ")
		w(b)
		b.WriteString(" THEN 1 ELSE 0 END), 0) AS ").Ident(alias)
	})
}

// trend is coverage at each month's end: covered organisations from the
// coverage periods in force that day (one query), out of the organisations
// registered by then (one query).
func (s *Service) trend(ctx context.Context, c *gen.Client, st *Statistics, year int, now time.Time) error {
	ends := monthEnds(year, now)
	if len(ends) == 0 {
		return nil
	}
	covered, err := sumsByMonth(ctx, c.PartyCoverage.Query().Where(
		partycoverage.FormNEQ(partycoverage.FormUNCOVERED),
		partycoverage.HasOrganizationWith(organization.StatusNEQ(organization.StatusDEREGISTERED))).Modify(func(s *sql.Selector) {
		s.Select()
		for i, d := range ends {
			s.AppendSelectExpr(sumWhen(fmt.Sprintf("m%d", i), func(b *sql.Builder) {
				b.Ident(s.C(partycoverage.FieldStartOn)).WriteOp(sql.OpLTE).Arg(d).WriteString(" AND (").
					Ident(s.C(partycoverage.FieldEndOn)).WriteString(" IS NULL OR ").
					Ident(s.C(partycoverage.FieldEndOn)).WriteOp(sql.OpGT).Arg(d).WriteString(")")
			}))
		}
	}), len(ends))
	if err != nil {
		return err
	}
	totals, err := sumsByMonth(ctx, c.Organization.Query().Where(counted()).Modify(func(s *sql.Selector) {
		s.Select()
		for i, d := range ends {
			s.AppendSelectExpr(sumWhen(fmt.Sprintf("m%d", i), func(b *sql.Builder) {
				b.WriteString("(").Ident(s.C(organization.FieldRegisteredOn)).WriteString(" IS NULL OR ").
					Ident(s.C(organization.FieldRegisteredOn)).WriteOp(sql.OpLTE).Arg(d).WriteString(")")
			}))
		}
	}), len(ends))
	if err != nil {
		return err
	}
	for i, d := range ends {
		st.Trend = append(st.Trend, Month{Month: d.Format("2006-01"), Total: totals[i], Covered: covered[i], Rate: rate(covered[i], totals[i])})
	}
	return nil
}

// scanner is a modified ent query scanning into a value.
type scanner interface {
	Scan(ctx context.Context, v any) error
}

// monthSums is the one row of a month-by-month query (columns m0..m11).
type monthSums struct {
	M0  int `json:"m0"`
	M1  int `json:"m1"`
	M2  int `json:"m2"`
	M3  int `json:"m3"`
	M4  int `json:"m4"`
	M5  int `json:"m5"`
	M6  int `json:"m6"`
	M7  int `json:"m7"`
	M8  int `json:"m8"`
	M9  int `json:"m9"`
	M10 int `json:"m10"`
	M11 int `json:"m11"`
}

// sumsByMonth scans the n columns m0..m(n-1) of a one-row query.
func sumsByMonth(ctx context.Context, q scanner, n int) ([]int, error) {
	var rows []monthSums
	if err := q.Scan(ctx, &rows); err != nil {
		return nil, err
	}
	out := make([]int, n)
	if len(rows) == 0 {
		return out, nil
	}
	r := rows[0]
	all := []int{r.M0, r.M1, r.M2, r.M3, r.M4, r.M5, r.M6, r.M7, r.M8, r.M9, r.M10, r.M11}
	copy(out, all[:n])
	return out, nil
}

// visitsByMonth counts the visits of each month of year (one query).
func visitsByMonth(ctx context.Context, c *gen.Client, year int) ([]MonthCount, error) {
	firsts := make([]time.Time, 13)
	for i := range firsts {
		firsts[i] = time.Date(year, time.Month(i+1), 1, 0, 0, 0, 0, time.UTC)
	}
	counts, err := sumsByMonth(ctx, c.PartyVisit.Query().Where(partyvisit.VisitedOnGTE(firsts[0]), partyvisit.VisitedOnLT(firsts[12])).
		Modify(func(s *sql.Selector) {
			s.Select()
			for i := 0; i < 12; i++ {
				s.AppendSelectExpr(sumWhen(fmt.Sprintf("m%d", i), func(b *sql.Builder) {
					b.Ident(s.C(partyvisit.FieldVisitedOn)).WriteOp(sql.OpGTE).Arg(firsts[i]).WriteString(" AND ").
						Ident(s.C(partyvisit.FieldVisitedOn)).WriteOp(sql.OpLT).Arg(firsts[i+1])
				}))
			}
		}), 12)
	if err != nil {
		return nil, err
	}
	out := make([]MonthCount, 12)
	for i := range out {
		out[i] = MonthCount{Month: firsts[i].Format("2006-01"), Count: counts[i]}
	}
	return out, nil
}

// activitiesByType counts year's activities and their volunteer time by
// type (one grouped query); every type is listed.
func activitiesByType(ctx context.Context, c *gen.Client, st *Statistics, year int) error {
	var rows []struct {
		Type    string `json:"type"`
		Count   int    `json:"n"`
		Minutes int    `json:"minutes"`
	}
	from, to := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(year+1, 1, 1, 0, 0, 0, 0, time.UTC)
	err := c.PartyActivity.Query().Where(partyactivity.HeldOnGTE(from), partyactivity.HeldOnLT(to)).
		GroupBy(partyactivity.FieldType).
		Aggregate(gen.As(gen.Count(), "n"), gen.As(gen.Sum(partyactivity.FieldVolunteerMinutes), "minutes")).Scan(ctx, &rows)
	if err != nil {
		return err
	}
	by := map[string][2]int{}
	for _, r := range rows {
		by[r.Type] = [2]int{r.Count, r.Minutes}
	}
	for _, t := range partydata.ActivityTypes {
		v := by[string(t)]
		st.ActivitiesByType = append(st.ActivitiesByType, TypeCount{Type: t, Count: v[0], VolunteerMinutes: v[1]})
		st.VolunteerMinutes += v[1]
	}
	return nil
}

// partyOrgCounts counts standing party organisations and their members by
// kind (one grouped query).
func partyOrgCounts(ctx context.Context, c *gen.Client, st *Statistics) error {
	var rows []struct {
		Kind  string `json:"kind"`
		Count int    `json:"n"`
		Full  int    `json:"full"`
		Prob  int    `json:"prob"`
	}
	err := c.PartyOrganization.Query().Where(partyorganization.DissolvedOnIsNil()).GroupBy(partyorganization.FieldKind).
		Aggregate(gen.As(gen.Count(), "n"), gen.As(gen.Sum(partyorganization.FieldFullMembers), "full"),
			gen.As(gen.Sum(partyorganization.FieldProbationaryMembers), "prob")).Scan(ctx, &rows)
	if err != nil {
		return err
	}
	by := map[string]OrgKindCount{}
	for _, r := range rows {
		by[r.Kind] = OrgKindCount{Count: r.Count, FullMembers: r.Full, ProbationaryMembers: r.Prob}
	}
	for _, k := range []partyorganization.Kind{partyorganization.KindCOMMITTEE, partyorganization.KindSTANDALONE, partyorganization.KindJOINT} {
		v := by[string(k)]
		v.Kind = k
		st.PartyOrganizations = append(st.PartyOrganizations, v)
	}
	return nil
}
