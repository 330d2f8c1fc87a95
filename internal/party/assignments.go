package party

import (
	"context"
	"fmt"
	"strings"
	"time"

	"entgo.io/ent/dialect/sql"

	gen "hatchery/ent"
	"hatchery/ent/guidanceofficer"
	"hatchery/ent/officerassignment"
	"hatchery/ent/partycoverage"
	"hatchery/internal/apperr"
	"hatchery/internal/notify"
)

// takeLoad adds one organisation to officer id's load, refused when it
// would pass max: a conditional UPDATE, so that concurrent assignments to
// one officer queue on the row (PostgreSQL re-checks the condition after
// the lock; SQLite has one writer) and never pass the limit together.
func takeLoad(ctx context.Context, c *gen.Client, o *gen.GuidanceOfficer, max int) error {
	n, err := c.GuidanceOfficer.Update().Where(guidanceofficer.ID(o.ID), guidanceofficer.Active(true),
		func(s *sql.Selector) { s.Where(sql.LT(s.C(guidanceofficer.FieldCurrentLoad), max)) }).
		AddCurrentLoad(1).Save(system(ctx))
	if err != nil {
		return err
	}
	if n == 0 {
		return apperr.New(apperr.Conflict,
			fmt.Sprintf("%s already guides %d organisations, the county's maximum; choose another officer or raise the maximum", o.Name, max),
			fmt.Sprintf("%s 已指导 %d 家组织，达到本县上限；请另选指导员或调整上限", o.Name, max)).
			WithReason("OFFICER_FULL").OnField("officerID").With("maxLoad", max)
	}
	return nil
}

// releaseLoad takes one organisation off officer id's load.
func releaseLoad(ctx context.Context, c *gen.Client, officerID int) error {
	return c.GuidanceOfficer.Update().Where(guidanceofficer.ID(officerID), guidanceofficer.CurrentLoadGT(0)).
		AddCurrentLoad(-1).Exec(system(ctx))
}

// closeAssignment ends live assignment a on day on (exclusive) and
// releases its officer's load. An assignment ended the day it began is
// removed instead (a same-day correction; the audit trail keeps it), and
// removed reports so.
func (s *Service) closeAssignment(ctx context.Context, c *gen.Client, a *gen.OfficerAssignment, on time.Time, reason string) (removed bool, err error) {
	sys := system(ctx)
	switch {
	case on.After(s.today()):
		return false, invalid("on", "FUTURE_DATE", "the date cannot be in the future", "日期不能晚于今天")
	case on.Before(a.StartOn):
		return false, invalid("on", "BEFORE_START", fmt.Sprintf("the date must be on or after %s, when the assignment began", dateText(a.StartOn)),
			fmt.Sprintf("日期不能早于该指派的开始日期 %s", dateText(a.StartOn)))
	case on.Equal(a.StartOn):
		n, err := c.OfficerAssignment.Delete().Where(officerassignment.ID(a.ID), officerassignment.EndOnIsNil()).Exec(sys)
		if err != nil {
			return false, err
		}
		if n == 0 {
			return false, changedMeanwhile()
		}
		removed = true
	default:
		n, err := c.OfficerAssignment.Update().Where(officerassignment.ID(a.ID), officerassignment.EndOnIsNil()).
			SetEndOn(on).SetEndReason(reason).Save(sys)
		if err != nil {
			return false, err
		}
		if n == 0 {
			return false, changedMeanwhile()
		}
	}
	return removed, releaseLoad(ctx, c, a.OfficerID)
}

// officerFor reads officer id for an assignment in domainID: on duty and
// of the same county.
func officerFor(ctx context.Context, c *gen.Client, id, domainID int) (*gen.GuidanceOfficer, error) {
	o, err := c.GuidanceOfficer.Get(ctx, id)
	if gen.IsNotFound(err) {
		return nil, invalid("officerID", "NO_SUCH_OFFICER", "no such guidance officer in the county", "本县没有该党建工作指导员")
	}
	if err != nil {
		return nil, err
	}
	if o.DomainID != domainID {
		return nil, invalid("officerID", "NO_SUCH_OFFICER", "the officer serves another county", "该指导员不属于该组织所在县")
	}
	if !o.Active {
		return nil, invalid("officerID", "OFFICER_INACTIVE", fmt.Sprintf("%s is off duty", o.Name), fmt.Sprintf("%s 已停止履职", o.Name))
	}
	return o, nil
}

// Assign sends officer officerID to organisation orgID from startOn
// (today when nil). The organisation must have no party organisation of
// its own and no officer; the officer must have room under the county's
// maximum load. Its coverage becomes DISPATCH; it and the officer are told.
func (s *Service) Assign(ctx context.Context, c *gen.Client, orgID, officerID int, startOn *time.Time, note *string) (*gen.OfficerAssignment, error) {
	if err := requireCommittee(ctx); err != nil {
		return nil, err
	}
	org, err := c.Organization.Get(ctx, orgID)
	if err != nil {
		return nil, err
	}
	o, err := officerFor(ctx, c, officerID, org.DomainID)
	if err != nil {
		return nil, err
	}
	on := s.dayOr(startOn)
	if on.After(s.today()) {
		return nil, invalid("startOn", "FUTURE_DATE", "an assignment cannot start in the future", "指派日期不能晚于今天")
	}
	cur, err := current(ctx, c, orgID)
	if err != nil {
		return nil, err
	}
	if cur != nil && cur.Form != partycoverage.FormDISPATCH && cur.Form != partycoverage.FormUNCOVERED {
		return nil, invalid("organizationID", "ALREADY_COVERED",
			fmt.Sprintf("%s is covered by %s; officers go to organisations without a party organisation of their own", org.Name, formNames[cur.Form][0]),
			fmt.Sprintf("%s 已%s，党建工作指导员选派给尚无党组织的社会组织", org.Name, formNames[cur.Form][1]))
	}
	live, err := c.OfficerAssignment.Query().Where(officerassignment.OrganizationID(orgID), officerassignment.EndOnIsNil()).
		WithOfficer().Only(system(ctx))
	if err == nil {
		return nil, conflict("ALREADY_ASSIGNED",
			fmt.Sprintf("%s already has a guidance officer (%s); hand the assignment over instead", org.Name, live.Edges.Officer.Name),
			fmt.Sprintf("%s 已有党建工作指导员（%s），如需更换请办理交接", org.Name, live.Edges.Officer.Name)).OnField("organizationID")
	}
	if !gen.IsNotFound(err) {
		return nil, err
	}
	st, err := s.Settings(ctx, c, org.DomainID)
	if err != nil {
		return nil, err
	}
	if err := takeLoad(ctx, c, o, st.MaxOfficerLoad); err != nil {
		return nil, err
	}
	a, err := c.OfficerAssignment.Create().SetDomainID(org.DomainID).SetOfficerID(o.ID).SetOrganizationID(orgID).
		SetStartOn(on).SetNote(strings.TrimSpace(deref(note))).Save(ctx)
	if gen.IsConstraintError(err) {
		return nil, changedMeanwhile()
	}
	if err != nil {
		return nil, err
	}
	if cur == nil || cur.Form != partycoverage.FormDISPATCH {
		if _, err := s.changeCoverage(ctx, c, orgID, org.DomainID, partycoverage.FormDISPATCH, nil, on,
			fmt.Sprintf("选派党建工作指导员 %s", o.Name)); err != nil {
			return nil, err
		}
	}
	return a, s.tellAssigned(ctx, c, a, o, org, false)
}

// HandOver passes live assignment id to officer toID from day on (today
// when nil): the assignment ends that day and the successor's begins the
// same day, naming it, so the organisation's history has no gap and no
// overlap; coverage stays DISPATCH.
func (s *Service) HandOver(ctx context.Context, c *gen.Client, id, toID int, on *time.Time, reason string) (*gen.OfficerAssignment, error) {
	if err := requireCommittee(ctx); err != nil {
		return nil, err
	}
	a, err := c.OfficerAssignment.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if a.EndOn != nil {
		return nil, conflict("ASSIGNMENT_ENDED", "this assignment has ended already", "该指派已结束")
	}
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return nil, invalid("reason", "REASON_REQUIRED", "say why the assignment is handed over", "请说明交接原因")
	}
	if toID == a.OfficerID {
		return nil, invalid("toOfficerID", "SAME_OFFICER", "hand over to another officer", "请选择另一名指导员")
	}
	org, err := c.Organization.Get(system(ctx), a.OrganizationID)
	if err != nil {
		return nil, err
	}
	to, err := officerFor(ctx, c, toID, a.DomainID)
	if err != nil {
		if e, ok := apperr.As(err); ok {
			return nil, e.OnField("toOfficerID")
		}
		return nil, err
	}
	st, err := s.Settings(ctx, c, a.DomainID)
	if err != nil {
		return nil, err
	}
	day := s.dayOr(on)
	removed, err := s.closeAssignment(ctx, c, a, day, reason)
	if err != nil {
		return nil, err
	}
	if err := takeLoad(ctx, c, to, st.MaxOfficerLoad); err != nil {
		if e, ok := apperr.As(err); ok {
			return nil, e.OnField("toOfficerID")
		}
		return nil, err
	}
	start, pred := day, &a.ID
	if removed { // the successor takes the removed assignment's place
		start, pred = a.StartOn, a.PredecessorID
	}
	b, err := c.OfficerAssignment.Create().SetDomainID(a.DomainID).SetOfficerID(to.ID).SetOrganizationID(a.OrganizationID).
		SetStartOn(start).SetNote(reason).SetNillablePredecessorID(pred).Save(ctx)
	if gen.IsConstraintError(err) {
		return nil, changedMeanwhile()
	}
	if err != nil {
		return nil, err
	}
	if err := s.tellOfficerEnded(ctx, c, a, org); err != nil {
		return nil, err
	}
	return b, s.tellAssigned(ctx, c, b, to, org, true)
}

// EndAssignment ends live assignment id on day on (today when nil): the
// organisation becomes UNCOVERED from that day.
func (s *Service) EndAssignment(ctx context.Context, c *gen.Client, id int, on *time.Time, reason string) (*gen.OfficerAssignment, error) {
	if err := requireCommittee(ctx); err != nil {
		return nil, err
	}
	a, err := c.OfficerAssignment.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if a.EndOn != nil {
		return nil, conflict("ASSIGNMENT_ENDED", "this assignment has ended already", "该指派已结束")
	}
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return nil, invalid("reason", "REASON_REQUIRED", "say why the assignment ends", "请说明结束指派的原因")
	}
	org, err := c.Organization.Get(system(ctx), a.OrganizationID)
	if err != nil {
		return nil, err
	}
	day := s.dayOr(on)
	removed, err := s.closeAssignment(ctx, c, a, day, reason)
	if err != nil {
		return nil, err
	}
	if _, err := s.changeCoverage(ctx, c, a.OrganizationID, a.DomainID, partycoverage.FormUNCOVERED, nil, day, reason); err != nil {
		return nil, err
	}
	if err := s.tellOfficerEnded(ctx, c, a, org); err != nil {
		return nil, err
	}
	if removed {
		a.EndOn = &day
		return a, nil
	}
	return c.OfficerAssignment.Get(system(ctx), a.ID)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// tellAssigned tells the organisation who its officer is now, and the
// officer which organisation they take on.
func (s *Service) tellAssigned(ctx context.Context, c *gen.Client, a *gen.OfficerAssignment, o *gen.GuidanceOfficer, org *gen.Organization, handover bool) error {
	title := notify.Text{ZH: "党建工作指导员已选派", EN: "A party-building guidance officer is assigned"}
	if handover {
		title = notify.Text{ZH: "党建工作指导员已交接", EN: "Your party-building guidance officer has changed"}
	}
	err := s.Notify.SendToOrganization(ctx, c, org.ID, org.DomainID, notify.Message{
		Kind: "party.officer_assigned", Title: title,
		Body: notify.Text{
			ZH: fmt.Sprintf("自 %s 起，%s（%s，%s）担任贵组织的党建工作指导员。", dateText(a.StartOn), o.Name, o.Unit, o.Phone),
			EN: fmt.Sprintf("From %s, %s (%s, %s) is your party-building guidance officer.", dateText(a.StartOn), o.Name, o.Unit, o.Phone),
		},
		SubjectID: a.ID, Path: "/party/my",
	})
	if err != nil {
		return err
	}
	return s.Notify.Send(ctx, c, notify.Message{
		RecipientID: o.UserID, DomainID: org.DomainID, Kind: "party.assignment_started",
		Title:     notify.Text{ZH: "新的指导对象", EN: "A new organisation to guide"},
		Body:      notify.Text{ZH: fmt.Sprintf("自 %s 起，您指导 %s。", dateText(a.StartOn), org.Name), EN: fmt.Sprintf("From %s you guide %s.", dateText(a.StartOn), org.Name)},
		SubjectID: org.ID, Path: "/party/officer",
	})
}

// tellOfficerEnded tells an officer an assignment of theirs ended.
func (s *Service) tellOfficerEnded(ctx context.Context, c *gen.Client, a *gen.OfficerAssignment, org *gen.Organization) error {
	o, err := c.GuidanceOfficer.Get(system(ctx), a.OfficerID)
	if err != nil {
		return err
	}
	return s.Notify.Send(ctx, c, notify.Message{
		RecipientID: o.UserID, DomainID: org.DomainID, Kind: "party.assignment_ended",
		Title:     notify.Text{ZH: "指导关系已结束", EN: "An assignment has ended"},
		Body:      notify.Text{ZH: fmt.Sprintf("您对 %s 的指导已结束。", org.Name), EN: fmt.Sprintf("Your assignment to %s has ended.", org.Name)},
		SubjectID: org.ID, Path: "/party/officer",
	})
}
