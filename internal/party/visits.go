package party

import (
	"context"
	"fmt"
	"strings"

	gen "hatchery/ent"
	"hatchery/ent/guidanceofficer"
	"hatchery/ent/officerassignment"
	"hatchery/ent/organization"
	"hatchery/ent/visitfollowup"
	"hatchery/internal/authz"
	"hatchery/internal/notify"
	"hatchery/internal/viewer"
)

// MaxFollowUps bounds the follow-ups of one visit.
const MaxFollowUps = 20

// myOfficer is the viewer's own officer record, nil when they are none.
func myOfficer(ctx context.Context, c *gen.Client) (*gen.GuidanceOfficer, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, nil
	}
	o, err := c.GuidanceOfficer.Query().Where(guidanceofficer.UserID(v.UserID)).Only(system(ctx))
	if gen.IsNotFound(err) {
		return nil, nil
	}
	return o, err
}

// MyOfficer is the viewer's own officer record, nil when they are none.
func (s *Service) MyOfficer(ctx context.Context, c *gen.Client) (*gen.GuidanceOfficer, error) {
	o, err := myOfficer(ctx, c)
	if err != nil || o == nil {
		return nil, err
	}
	return c.GuidanceOfficer.Get(ctx, o.ID) // through privacy, as the viewer
}

// recorder is the officer a visit or activity is recorded under: the
// viewer's own record, or for the committee the organisation's officer
// now (a visit needs one).
func recorder(ctx context.Context, c *gen.Client) (*gen.GuidanceOfficer, error) {
	o, err := myOfficer(ctx, c)
	if err != nil {
		return nil, err
	}
	if o == nil && !authz.Can(ctx, authz.ObjPartyWork, authz.ActCreate) {
		return nil, forbidden("only guidance officers and the party committee record party work", "只有党建工作指导员和综合党委可以记录党建工作")
	}
	return o, nil
}

// LogVisit records a visit to an organisation with its follow-ups. An
// officer logs visits to the organisations assigned to them (privacy
// refuses others); the committee logs them under the organisation's
// officer now.
func (s *Service) LogVisit(ctx context.Context, c *gen.Client, in VisitInput) (*gen.PartyVisit, error) {
	o, err := recorder(ctx, c)
	if err != nil {
		return nil, err
	}
	org, err := c.Organization.Get(ctx, in.OrganizationID)
	if err != nil {
		return nil, unassignedOr(ctx, c, o, []int{in.OrganizationID}, err)
	}
	var ps problems
	if strings.TrimSpace(in.Topics) == "" {
		ps.add("topics", "say what the visit was about", "请填写走访主题")
	}
	day := Day(in.VisitedOn)
	if day.After(s.today()) {
		ps.add("visitedOn", "a visit cannot be logged before it happens", "不能记录尚未发生的走访")
	}
	if len(in.FollowUps) > MaxFollowUps {
		ps.add("followUps", fmt.Sprintf("at most %d follow-ups per visit", MaxFollowUps), fmt.Sprintf("每次走访最多 %d 项后续事项", MaxFollowUps))
	}
	for i, f := range in.FollowUps {
		if strings.TrimSpace(f.Action) == "" {
			ps.add(fmt.Sprintf("followUps.%d.action", i), "say what is to be done", "请填写后续事项内容")
		}
		if Day(f.DueOn).Before(day) {
			ps.add(fmt.Sprintf("followUps.%d.dueOn", i), "a follow-up is due on or after the visit", "后续事项的期限不能早于走访日期")
		}
	}
	if o == nil {
		if live, err := liveOfficerOf(ctx, c, org.ID); err != nil {
			return nil, err
		} else if live == nil {
			ps.add("organizationID", "the organisation has no guidance officer to log the visit under", "该组织尚无党建工作指导员，无法记录走访")
		} else {
			o = live
		}
	}
	if e := ps.err(); e != nil {
		return nil, e
	}
	v, err := c.PartyVisit.Create().SetDomainID(org.DomainID).SetOrganizationID(org.ID).SetOfficerID(o.ID).
		SetVisitedOn(day).SetTopics(strings.TrimSpace(in.Topics)).SetFindings(strings.TrimSpace(deref(in.Findings))).Save(ctx)
	if err != nil {
		return nil, err
	}
	for _, f := range in.FollowUps {
		if err := c.VisitFollowUp.Create().SetDomainID(org.DomainID).SetVisitID(v.ID).SetOrganizationID(org.ID).
			SetOfficerID(o.ID).SetAction(strings.TrimSpace(f.Action)).SetDueOn(Day(f.DueOn)).Exec(ctx); err != nil {
			return nil, err
		}
	}
	return v, s.Notify.SendToOrganization(ctx, c, org.ID, org.DomainID, notify.Message{
		Kind:      "party.visit_logged",
		Title:     notify.Text{ZH: "党建走访已记录", EN: "A party-building visit was recorded"},
		Body:      notify.Text{ZH: fmt.Sprintf("%s %s 走访：%s", dateText(day), o.Name, v.Topics), EN: fmt.Sprintf("%s visited on %s: %s", o.Name, dateText(day), v.Topics)},
		SubjectID: v.ID, Path: "/party/my",
	})
}

// unassignedOr is err, the organisations orgIDs read as missing, unless the
// viewer is officer o and they are of o's county: then they exist but are
// not (or no longer) assigned to o, and the officer is told so
// (FORBIDDEN NOT_ASSIGNED) rather than that they do not exist.
func unassignedOr(ctx context.Context, c *gen.Client, o *gen.GuidanceOfficer, orgIDs []int, err error) error {
	if o == nil || (err != nil && !gen.IsNotFound(err)) {
		return err
	}
	n, cerr := c.Organization.Query().Where(organization.IDIn(orgIDs...), organization.DomainID(o.DomainID)).Count(system(ctx))
	if cerr != nil {
		return cerr
	}
	if n != len(orgIDs) {
		return err
	}
	return forbidden("you may record visits and activities only for the organisations assigned to you",
		"只能为分配给您的社会组织记录走访和活动").WithReason("NOT_ASSIGNED")
}

// liveOfficerOf is the officer assigned to organisation orgID now.
func liveOfficerOf(ctx context.Context, c *gen.Client, orgID int) (*gen.GuidanceOfficer, error) {
	o, err := c.GuidanceOfficer.Query().Where(guidanceofficer.HasAssignmentsWith(
		assignmentLive(orgID)...)).Only(system(ctx))
	if gen.IsNotFound(err) {
		return nil, nil
	}
	return o, err
}

// CompleteFollowUp marks a follow-up done today: the committee, or the
// officer guiding the organisation now (a handover passes follow-ups on).
func (s *Service) CompleteFollowUp(ctx context.Context, c *gen.Client, id int) (*gen.VisitFollowUp, error) {
	f, err := c.VisitFollowUp.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if f.DoneOn != nil {
		return f, nil
	}
	if !authz.Can(ctx, authz.ObjPartyWork, authz.ActUpdate) {
		o, err := myOfficer(ctx, c)
		if err != nil {
			return nil, err
		}
		live, err := liveOfficerOf(ctx, c, f.OrganizationID)
		if err != nil {
			return nil, err
		}
		if o == nil || live == nil || o.ID != live.ID {
			return nil, forbidden("only the organisation's guidance officer (or the committee) marks its follow-ups done",
				"只有该组织的党建工作指导员或综合党委可以办结后续事项")
		}
	}
	return c.VisitFollowUp.UpdateOne(f).SetDoneOn(s.today()).Save(system(ctx))
}

// MyFollowUps lists the viewer's follow-ups as an officer — those of the
// organisations they guide now, whoever logged the visit (a handover passes
// them on) — open ones only unless includeDone, the soonest due first.
func (s *Service) MyFollowUps(ctx context.Context, c *gen.Client, includeDone bool) ([]*gen.VisitFollowUp, error) {
	o, err := myOfficer(ctx, c)
	if err != nil || o == nil {
		return nil, err
	}
	orgs, err := c.OfficerAssignment.Query().Where(officerassignment.OfficerID(o.ID), officerassignment.EndOnIsNil()).
		Select(officerassignment.FieldOrganizationID).Ints(system(ctx))
	if err != nil {
		return nil, err
	}
	q := c.VisitFollowUp.Query().Where(visitfollowup.OrganizationIDIn(orgs...))
	if !includeDone {
		q.Where(visitfollowup.DoneOnIsNil())
	}
	return q.Order(visitfollowup.ByDueOn(), visitfollowup.ByID()).Limit(200).All(ctx)
}

// ReminderDays is how many days ahead a follow-up's officer is reminded.
const ReminderDays = 3

// RemindFollowUps tells the officer guiding each organisation now of its
// open follow-ups due within ReminderDays or overdue (whoever logged the
// visit: a handover passes them on; an organisation with no officer now
// has nobody to remind), once per follow-up and day (the dedup key), so
// the daily job may run twice without telling twice.
func (s *Service) RemindFollowUps(ctx context.Context, c *gen.Client) (int, error) {
	sys := system(ctx)
	today := s.today()
	due, err := c.VisitFollowUp.Query().Where(visitfollowup.DoneOnIsNil(), visitfollowup.DueOnLTE(today.AddDate(0, 0, ReminderDays))).
		WithVisit(func(q *gen.PartyVisitQuery) { q.WithOrganization() }).Limit(5000).All(sys)
	if err != nil {
		return 0, err
	}
	orgIDs := make([]int, 0, len(due))
	for _, f := range due {
		orgIDs = append(orgIDs, f.OrganizationID)
	}
	live, err := c.OfficerAssignment.Query().Where(officerassignment.OrganizationIDIn(dedupe(orgIDs)...), officerassignment.EndOnIsNil()).
		WithOfficer().All(sys)
	if err != nil {
		return 0, err
	}
	officerOf := map[int]*gen.GuidanceOfficer{}
	for _, a := range live {
		officerOf[a.OrganizationID] = a.Edges.Officer
	}
	var ms []notify.Message
	for _, f := range due {
		v, o := f.Edges.Visit, officerOf[f.OrganizationID]
		if v == nil || o == nil || v.Edges.Organization == nil {
			continue
		}
		days := int(Day(f.DueOn).Sub(today).Hours() / 24)
		when := notify.Text{ZH: fmt.Sprintf("将于 %s 到期", dateText(f.DueOn)), EN: fmt.Sprintf("due on %s", dateText(f.DueOn))}
		if days < 0 {
			when = notify.Text{ZH: fmt.Sprintf("已逾期 %d 天（%s 到期）", -days, dateText(f.DueOn)), EN: fmt.Sprintf("overdue by %d day(s) (due %s)", -days, dateText(f.DueOn))}
		}
		ms = append(ms, notify.Message{
			RecipientID: o.UserID, DomainID: f.DomainID, Kind: "party.follow_up_due",
			Title:     notify.Text{ZH: "走访后续事项提醒", EN: "Visit follow-up reminder"},
			Body:      notify.Text{ZH: fmt.Sprintf("%s：%s，%s", v.Edges.Organization.Name, f.Action, when.ZH), EN: fmt.Sprintf("%s: %s, %s", v.Edges.Organization.Name, f.Action, when.EN)},
			SubjectID: f.ID, Path: "/party/officer",
			DedupKey: fmt.Sprintf("party.follow_up_due:%d:%s", f.ID, dateText(today)),
		})
	}
	if len(ms) == 0 {
		return 0, nil
	}
	return len(ms), s.Notify.Send(sys, c, ms...)
}
