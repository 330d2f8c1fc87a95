package party

import (
	"context"
	"fmt"
	"strings"

	gen "hatchery/ent"
	"hatchery/ent/organization"
	"hatchery/ent/partyorganization"
	"hatchery/internal/authz"
	"hatchery/internal/notify"
	"hatchery/internal/party/partydata"
)

// MaxActivityOrganizations bounds the organisations one activity involves.
const MaxActivityOrganizations = 50

// RecordActivity records a "party building + public benefit" activity.
// An officer records activities of the organisations assigned to them
// (privacy refuses others); the committee any of its county's.
func (s *Service) RecordActivity(ctx context.Context, c *gen.Client, in ActivityInput) (*gen.PartyActivity, error) {
	o, err := recorder(ctx, c)
	if err != nil {
		return nil, err
	}
	var ps problems
	if strings.TrimSpace(in.Title) == "" {
		ps.add("title", "give the activity a title", "请填写活动名称")
	}
	day := Day(in.HeldOn)
	if day.After(s.today()) {
		ps.add("heldOn", "an activity is recorded once it has taken place", "活动举办后才能记录")
	}
	if in.Participants < 0 {
		ps.add("participants", "the number of participants cannot be negative", "参与人数不能为负数")
	}
	if in.VolunteerMinutes < 0 {
		ps.add("volunteerMinutes", "volunteer time cannot be negative", "志愿服务时长不能为负数")
	}
	ids := dedupe(in.OrganizationIDs)
	switch {
	case len(ids) == 0:
		ps.add("organizationIDs", "name at least one organisation involved", "请至少选择一个参与组织")
	case len(ids) > MaxActivityOrganizations:
		ps.add("organizationIDs", fmt.Sprintf("at most %d organisations per activity", MaxActivityOrganizations), fmt.Sprintf("每项活动最多 %d 个参与组织", MaxActivityOrganizations))
	}
	var orgs []*gen.Organization
	if len(ids) > 0 && len(ids) <= MaxActivityOrganizations {
		if orgs, err = c.Organization.Query().Where(organization.IDIn(ids...)).All(ctx); err != nil {
			return nil, err
		}
		if len(orgs) != len(ids) {
			seen := map[int]bool{}
			for _, org := range orgs {
				seen[org.ID] = true
			}
			var missing []int
			for _, id := range ids {
				if !seen[id] {
					missing = append(missing, id)
				}
			}
			if err := unassignedOr(ctx, c, o, missing, nil); err != nil {
				return nil, err
			}
			ps.add("organizationIDs", "one of the organisations does not exist or is not yours to record for", "部分组织不存在或您无权为其记录")
		}
	}
	if e := ps.err(); e != nil {
		return nil, e
	}
	create := c.PartyActivity.Create().SetDomainID(orgs[0].DomainID).SetType(in.Type).SetTitle(strings.TrimSpace(in.Title)).
		SetHeldOn(day).SetPlace(strings.TrimSpace(deref(in.Place))).SetDescription(strings.TrimSpace(deref(in.Description))).
		SetParticipants(in.Participants).SetVolunteerMinutes(in.VolunteerMinutes)
	if o != nil {
		create.SetOfficerID(o.ID)
	}
	a, err := create.Save(ctx)
	if err != nil {
		return nil, err
	}
	for _, org := range orgs {
		if err := c.ActivityOrganization.Create().SetDomainID(a.DomainID).SetActivityID(a.ID).SetOrganizationID(org.ID).Exec(ctx); err != nil {
			return nil, err
		}
		if err := s.Notify.SendToOrganization(ctx, c, org.ID, org.DomainID, notify.Message{
			Kind:      "party.activity_recorded",
			Title:     notify.Text{ZH: "党建+公益活动已记录", EN: "A party-building activity was recorded"},
			Body:      notify.Text{ZH: fmt.Sprintf("%s：%s", dateText(day), a.Title), EN: fmt.Sprintf("%s: %s", dateText(day), a.Title)},
			SubjectID: a.ID, Path: "/party/my",
		}); err != nil {
			return nil, err
		}
	}
	return a, nil
}

func dedupe(ids []int) []int {
	seen := map[int]bool{}
	var out []int
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// UpdateSettings changes the county's officer load limit and point rules.
// Lowering the limit below an officer's load is allowed: it refuses their
// next assignment, it takes nothing away.
func (s *Service) UpdateSettings(ctx context.Context, c *gen.Client, in SettingsInput) (*gen.PartySettings, error) {
	if err := requireCommittee(ctx); err != nil {
		return nil, err
	}
	var ps problems
	if in.MaxOfficerLoad != nil && (*in.MaxOfficerLoad < 1 || *in.MaxOfficerLoad > 500) {
		ps.add("maxOfficerLoad", "the maximum load is 1 to 500 organisations", "指导员最多指导组织数应为 1 至 500")
	}
	if in.PointsPerHour != nil && (*in.PointsPerHour < 0 || *in.PointsPerHour > 1000) {
		ps.add("pointsPerHour", "points per hour are 0 to 1000", "每小时积分应为 0 至 1000")
	}
	for i, r := range in.Rules {
		if r.PointsPerHour < 0 || r.PointsPerHour > 1000 {
			ps.add(fmt.Sprintf("rules.%d.pointsPerHour", i), "points per hour are 0 to 1000", "每小时积分应为 0 至 1000")
		}
	}
	if e := ps.err(); e != nil {
		return nil, e
	}
	st, err := s.Settings(ctx, c, domainOf(ctx))
	if err != nil {
		return nil, err
	}
	u := c.PartySettings.UpdateOne(st)
	if in.MaxOfficerLoad != nil {
		u.SetMaxOfficerLoad(*in.MaxOfficerLoad)
	}
	if in.PointsPerHour != nil {
		u.SetPointsPerHour(*in.PointsPerHour)
	}
	for _, r := range in.Rules {
		if err := c.PartyPointRule.Create().SetDomainID(st.DomainID).SetActivityType(r.Type).SetPointsPerHour(r.PointsPerHour).
			OnConflictColumns("domain_id", "activity_type").UpdatePointsPerHour().Exec(ctx); err != nil {
			return nil, err
		}
	}
	return u.Save(ctx)
}

// Rules lists the points per hour of every activity type: the county's
// rule, or its default.
func (s *Service) Rules(ctx context.Context, c *gen.Client, st *gen.PartySettings) ([]*PointRule, error) {
	rules, err := c.PartyPointRule.Query().All(system(ctx))
	if err != nil {
		return nil, err
	}
	by := map[partydata.ActivityType]int{}
	for _, r := range rules {
		if r.DomainID == st.DomainID {
			by[r.ActivityType] = r.PointsPerHour
		}
	}
	out := make([]*PointRule, len(partydata.ActivityTypes))
	for i, t := range partydata.ActivityTypes {
		p, ok := by[t]
		if !ok {
			p = st.PointsPerHour
		}
		out[i] = &PointRule{Type: t, PointsPerHour: p}
	}
	return out, nil
}

// Points converts minutes of service at pointsPerHour into whole points,
// rounding down (exact integer arithmetic; no floats).
func Points(minutes, pointsPerHour int) int { return minutes * pointsPerHour / 60 }

// CreateVolunteer adds a party-member volunteer of a party organisation.
func (s *Service) CreateVolunteer(ctx context.Context, c *gen.Client, in VolunteerInput) (*gen.PartyVolunteer, error) {
	if _, err := recorder(ctx, c); err != nil {
		return nil, err
	}
	var ps problems
	if strings.TrimSpace(in.Name) == "" {
		ps.add("name", "give the volunteer's name", "请填写志愿者姓名")
	}
	ok, err := c.PartyOrganization.Query().Where(partyorganization.ID(in.PartyOrganizationID), partyorganization.DomainID(domainOf(ctx))).Exist(system(ctx))
	if err != nil {
		return nil, err
	}
	if !ok {
		ps.add("partyOrganizationID", "no such party organisation in the county", "本县没有该党组织")
	}
	if in.UserID != nil {
		if ok, err := c.User.Get(system(ctx), *in.UserID); err != nil || ok.DomainID != domainOf(ctx) {
			ps.add("userID", "no such account in the county", "本县没有该账号")
		}
	}
	if e := ps.err(); e != nil {
		return nil, e
	}
	v, err := c.PartyVolunteer.Create().SetDomainID(domainOf(ctx)).SetName(strings.TrimSpace(in.Name)).
		SetPartyOrganizationID(in.PartyOrganizationID).SetNillableUserID(in.UserID).Save(ctx)
	if gen.IsConstraintError(err) {
		return nil, conflict("ACCOUNT_TAKEN", "that account already belongs to a volunteer", "该账号已关联其他志愿者").OnField("userID")
	}
	return v, err
}

// canRecordFor reports whether the viewer may record for activity a: the
// committee, or the officer who recorded it.
func canRecordFor(ctx context.Context, c *gen.Client, a *gen.PartyActivity) (bool, error) {
	if authz.Can(ctx, authz.ObjPartyWork, authz.ActCreate) {
		return true, nil
	}
	o, err := myOfficer(ctx, c)
	if err != nil || o == nil {
		return false, err
	}
	return a.OfficerID != nil && *a.OfficerID == o.ID, nil
}
