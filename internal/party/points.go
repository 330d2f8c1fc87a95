package party

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"entgo.io/ent/dialect/sql"
	"entgo.io/ent/privacy"

	gen "hatchery/ent"
	"hatchery/ent/partyorganization"
	"hatchery/ent/partypointrule"
	"hatchery/ent/partyvolunteer"
	"hatchery/ent/volunteerpointentry"
	"hatchery/internal/authz"
	"hatchery/internal/viewer"
)

// MaxMinutesPerActivity bounds one volunteer's time in one activity (a day).
const MaxMinutesPerActivity = 24 * 60

// AddVolunteers records volunteers' time in activity id: one EARNED line
// each on the point ledger, its points converted at the county's rule for
// the activity's type now (the line keeps them; a later rule change does
// not rewrite the past). A volunteer earns once per activity.
func (s *Service) AddVolunteers(ctx context.Context, c *gen.Client, id int, vs []*VolunteerTime) (*gen.PartyActivity, error) {
	a, err := c.PartyActivity.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if ok, err := canRecordFor(ctx, c, a); err != nil {
		return nil, err
	} else if !ok {
		return nil, forbidden("only the officer who recorded the activity (or the committee) adds its volunteers",
			"只有记录活动的指导员或综合党委可以登记志愿者")
	}
	var ps problems
	if len(vs) == 0 {
		ps.add("volunteers", "name at least one volunteer", "请至少登记一名志愿者")
	}
	ids := make([]int, 0, len(vs))
	for i, v := range vs {
		if v.Minutes <= 0 || v.Minutes > MaxMinutesPerActivity {
			ps.add(fmt.Sprintf("volunteers.%d.minutes", i), "service time is 1 minute to 24 hours", "服务时长应为 1 分钟至 24 小时")
		}
		ids = append(ids, v.VolunteerID)
	}
	if len(dedupe(ids)) != len(ids) {
		ps.add("volunteers", "a volunteer is named twice", "有志愿者被重复登记")
	}
	sys := system(ctx)
	n, err := c.PartyVolunteer.Query().Where(partyvolunteer.IDIn(ids...), partyvolunteer.DomainID(a.DomainID)).Count(sys)
	if err != nil {
		return nil, err
	}
	if n != len(dedupe(ids)) {
		ps.add("volunteers", "one of the volunteers is not of the county", "部分志愿者不属于本县")
	}
	if e := ps.err(); e != nil {
		return nil, e
	}
	rate, err := s.rateFor(ctx, c, a)
	if err != nil {
		return nil, err
	}
	for _, v := range vs {
		err := c.VolunteerPointEntry.Create().SetDomainID(a.DomainID).SetVolunteerID(v.VolunteerID).
			SetKind(volunteerpointentry.KindEARNED).SetActivityID(a.ID).SetYear(a.HeldOn.Year()).
			SetMinutes(v.Minutes).SetPoints(Points(v.Minutes, rate)).
			SetReason(fmt.Sprintf("%s %s", dateText(a.HeldOn), a.Title)).Exec(sys)
		if gen.IsConstraintError(err) {
			return nil, conflict("ALREADY_RECORDED", "a volunteer's time in this activity is recorded already; correct points instead",
				"该志愿者在本次活动的服务时长已登记，如有误请更正积分").OnField("volunteers")
		}
		if err != nil {
			return nil, err
		}
	}
	return a, nil
}

// rateFor is the points per hour for activity a's type in its county.
func (s *Service) rateFor(ctx context.Context, c *gen.Client, a *gen.PartyActivity) (int, error) {
	r, err := c.PartyPointRule.Query().Where(partypointrule.DomainID(a.DomainID), partypointrule.ActivityTypeEQ(a.Type)).Only(system(ctx))
	if err == nil {
		return r.PointsPerHour, nil
	}
	if !gen.IsNotFound(err) {
		return 0, err
	}
	st, err := s.Settings(ctx, c, a.DomainID)
	if err != nil {
		return 0, err
	}
	return st.PointsPerHour, nil
}

// CorrectPoints appends a CORRECTION line of points (signed, not zero)
// to volunteer id's year: the ledger is never rewritten.
func (s *Service) CorrectPoints(ctx context.Context, c *gen.Client, id, year, points int, reason string) (*gen.VolunteerPointEntry, error) {
	if !authz.Can(ctx, authz.ObjPartyWork, authz.ActUpdate) {
		return nil, forbidden("only the party committee corrects points", "只有综合党委可以更正积分")
	}
	v, err := c.PartyVolunteer.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	var ps problems
	if points == 0 {
		ps.add("points", "a correction adds or takes away some points", "更正的积分不能为 0")
	}
	if strings.TrimSpace(reason) == "" {
		ps.add("reason", "say why the points are corrected", "请说明更正原因")
	}
	if year < 2000 || year > s.today().Year() {
		ps.add("year", "the year is not one points can be given for", "年份不正确")
	}
	if e := ps.err(); e != nil {
		return nil, e
	}
	return c.VolunteerPointEntry.Create().SetDomainID(v.DomainID).SetVolunteerID(v.ID).
		SetKind(volunteerpointentry.KindCORRECTION).SetYear(year).SetPoints(points).
		SetReason(strings.TrimSpace(reason)).Save(system(ctx))
}

// yearTotals sums points and minutes per volunteer of domainID in year:
// one aggregate query.
func yearTotals(ctx context.Context, c *gen.Client, domainID, year int, volunteerIDs ...int) (map[int][2]int, error) {
	var rows []struct {
		VolunteerID int `json:"volunteer_id"`
		Points      int `json:"points"`
		Minutes     int `json:"minutes"`
	}
	q := c.VolunteerPointEntry.Query().Where(volunteerpointentry.DomainID(domainID), volunteerpointentry.Year(year))
	if len(volunteerIDs) > 0 {
		q.Where(volunteerpointentry.VolunteerIDIn(volunteerIDs...))
	}
	err := q.GroupBy(volunteerpointentry.FieldVolunteerID).
		Aggregate(func(s *sql.Selector) string { return sql.As(sql.Sum(s.C(volunteerpointentry.FieldPoints)), "points") },
			func(s *sql.Selector) string { return sql.As(sql.Sum(s.C(volunteerpointentry.FieldMinutes)), "minutes") }).
		Scan(system(ctx), &rows)
	out := map[int][2]int{}
	for _, r := range rows {
		out[r.VolunteerID] = [2]int{r.Points, r.Minutes}
	}
	return out, err
}

// Leaderboard ranks the county's volunteers by points in year (ties share
// a rank; then by name), at most 200.
func (s *Service) Leaderboard(ctx context.Context, c *gen.Client, year int) ([]*LeaderboardRow, error) {
	if !authz.Can(ctx, authz.ObjPartyWork, authz.ActRead) && !authz.Can(ctx, authz.ObjPartyWork, authz.ActReadAssigned) {
		if rec, err := s.MyRecord(ctx, c, &year); err != nil || rec == nil {
			return nil, forbidden("the leaderboard is for the committee, officers and volunteers", "积分榜仅对综合党委、指导员和志愿者开放")
		}
	}
	domainID := domainOf(ctx)
	totals, err := yearTotals(ctx, c, domainID, year)
	if err != nil {
		return nil, err
	}
	ids := make([]int, 0, len(totals))
	for id, t := range totals {
		if t[0] > 0 {
			ids = append(ids, id)
		}
	}
	vols, err := c.PartyVolunteer.Query().Where(partyvolunteer.IDIn(ids...)).All(system(ctx))
	if err != nil {
		return nil, err
	}
	// The ranking is the county's volunteers, read as the system; their
	// branches are read as the viewer, in one statement. A branch the
	// viewer may not read (a volunteer's, of another organisation: its
	// secretary and phone) stays unloaded and its field asks privacy, which
	// refuses it.
	branchIDs := make([]int, len(vols))
	for i, v := range vols {
		branchIDs[i] = v.PartyOrganizationID
	}
	branches, err := c.PartyOrganization.Query().Where(partyorganization.IDIn(branchIDs...)).All(ctx)
	if err != nil && !errors.Is(err, privacy.Deny) {
		return nil, err
	}
	byID := make(map[int]*gen.PartyOrganization, len(branches))
	for _, b := range branches {
		byID[b.ID] = b
	}
	for _, v := range vols {
		if b := byID[v.PartyOrganizationID]; b != nil {
			v.Edges.PartyOrganization = b
		}
	}
	rows := make([]*LeaderboardRow, 0, len(vols))
	for _, v := range vols {
		t := totals[v.ID]
		rows = append(rows, &LeaderboardRow{Volunteer: v, Points: t[0], Minutes: t[1]})
	}
	rank(rows)
	if len(rows) > 200 {
		rows = rows[:200]
	}
	return rows, nil
}

// MyRecord is the viewer's own volunteer record for year (this year when
// nil), nil when they are no volunteer.
func (s *Service) MyRecord(ctx context.Context, c *gen.Client, year *int) (*VolunteerRecord, error) {
	vw := viewer.FromContext(ctx)
	if vw == nil {
		return nil, nil
	}
	y := s.today().Year()
	if year != nil {
		y = *year
	}
	v, err := c.PartyVolunteer.Query().Where(partyvolunteer.UserID(vw.UserID)).WithPartyOrganization().Only(system(ctx))
	if gen.IsNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	entries, err := c.VolunteerPointEntry.Query().Where(volunteerpointentry.VolunteerID(v.ID), volunteerpointentry.Year(y)).
		Order(volunteerpointentry.ByCreatedAt(sql.OrderDesc()), volunteerpointentry.ByID(sql.OrderDesc())).WithActivity().Limit(200).All(system(ctx))
	if err != nil {
		return nil, err
	}
	rec := &VolunteerRecord{Volunteer: v, Year: y, Entries: entries}
	totals, err := yearTotals(ctx, c, v.DomainID, y)
	if err != nil {
		return nil, err
	}
	mine := totals[v.ID]
	rec.Points, rec.Minutes = mine[0], mine[1]
	if mine[0] > 0 {
		r := 1
		for id, t := range totals {
			if id != v.ID && t[0] > mine[0] {
				r++
			}
		}
		rec.Rank = &r
	}
	return rec, nil
}
