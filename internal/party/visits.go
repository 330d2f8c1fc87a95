package party

import (
	"context"
	"fmt"
	"strings"

	gen "hatchery/ent"
	"hatchery/ent/guidanceofficer"
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
		return nil, err
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

// liveOfficerOf is the officer assigned to organisation orgID now.
func liveOfficerOf(ctx context.Context, c *gen.Client, orgID int) (*gen.GuidanceOfficer, error) {
	o, err := c.GuidanceOfficer.Query().Where(guidanceofficer.HasAssignmentsWith(
		assignmentLive(orgID)...)).Only(system(ctx))
	if gen.IsNotFound(err) {
		return nil, nil
	}
	return o, err
}

// CompleteFollowUp marks a follow-up done today.
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
		if o == nil || o.ID != f.OfficerID {
			return nil, forbidden("only the officer who logged the visit (or the committee) marks its follow-ups done",
				"只有记录走访的指导员或综合党委可以办结后续事项")
		}
	}
	return c.VisitFollowUp.UpdateOne(f).SetDoneOn(s.today()).Save(system(ctx))
}

// MyFollowUps lists the viewer's follow-ups as an officer, open ones only
// unless includeDone, the soonest due first.
func (s *Service) MyFollowUps(ctx context.Context, c *gen.Client, includeDone bool) ([]*gen.VisitFollowUp, error) {
	o, err := myOfficer(ctx, c)
	if err != nil || o == nil {
		return nil, err
	}
	q := c.VisitFollowUp.Query().Where(visitfollowup.OfficerID(o.ID))
	if !includeDone {
		q.Where(visitfollowup.DoneOnIsNil())
	}
	return q.Order(visitfollowup.ByDueOn(), visitfollowup.ByID()).Limit(200).All(ctx)
}

// ReminderDays is how many days ahead a follow-up's officer is reminded.
const ReminderDays = 3

// RemindFollowUps tells each officer of their open follow-ups due within
// ReminderDays or overdue, once per follow-up and day (the dedup key), so
// the daily job may run twice without telling twice.
func (s *Service) RemindFollowUps(ctx context.Context, c *gen.Client) (int, error) {
	sys := system(ctx)
	today := s.today()
	due, err := c.VisitFollowUp.Query().Where(visitfollowup.DoneOnIsNil(), visitfollowup.DueOnLTE(today.AddDate(0, 0, ReminderDays))).
		WithVisit(func(q *gen.PartyVisitQuery) { q.WithOrganization().WithOfficer() }).Limit(5000).All(sys)
	if err != nil {
		return 0, err
	}
	var ms []notify.Message
	for _, f := range due {
		v := f.Edges.Visit
		if v == nil || v.Edges.Officer == nil || v.Edges.Organization == nil {
			continue
		}
		days := int(Day(f.DueOn).Sub(today).Hours() / 24)
		when := notify.Text{ZH: fmt.Sprintf("将于 %s 到期", dateText(f.DueOn)), EN: fmt.Sprintf("due on %s", dateText(f.DueOn))}
		if days < 0 {
			when = notify.Text{ZH: fmt.Sprintf("已逾期 %d 天（%s 到期）", -days, dateText(f.DueOn)), EN: fmt.Sprintf("overdue by %d day(s) (due %s)", -days, dateText(f.DueOn))}
		}
		ms = append(ms, notify.Message{
			RecipientID: v.Edges.Officer.UserID, DomainID: f.DomainID, Kind: "party.follow_up_due",
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
