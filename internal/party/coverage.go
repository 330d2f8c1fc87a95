package party

import (
	"context"
	"fmt"
	"strings"
	"time"

	gen "hatchery/ent"
	"hatchery/ent/officerassignment"
	"hatchery/ent/partycoverage"
	"hatchery/ent/partyorganization"
	"hatchery/ent/predicate"
	"hatchery/internal/notify"
)

// formNames are the forms as people read them.
var formNames = map[partycoverage.Form][2]string{
	partycoverage.FormBUILD:     {"its own branch", "单独组建"},
	partycoverage.FormJOIN:      {"a joint branch", "联合组建"},
	partycoverage.FormATTACH:    {"attached to another organisation's branch", "挂靠组建"},
	partycoverage.FormDISPATCH:  {"a guidance officer sent in", "选派党建工作指导员"},
	partycoverage.FormUNCOVERED: {"not covered", "未覆盖"},
}

func dateText(t time.Time) string { return t.Format("2006-01-02") }

// current is organisation orgID's current coverage period, nil when none
// is recorded (read as the system: the service has checked the viewer).
func current(ctx context.Context, c *gen.Client, orgID int) (*gen.PartyCoverage, error) {
	p, err := c.PartyCoverage.Query().Where(partycoverage.OrganizationID(orgID), partycoverage.EndOnIsNil()).Only(system(ctx))
	if gen.IsNotFound(err) {
		return nil, nil
	}
	return p, err
}

// changeCoverage starts a new coverage period of organisation orgID on
// day on, ending the current one that day, so the periods stay continuous
// and never overlap. A period begun the same day is replaced (a same-day
// correction; the audit trail keeps it). Concurrent changes of one
// organisation meet the partial unique index: the second is a CONFLICT.
func (s *Service) changeCoverage(ctx context.Context, c *gen.Client, orgID, domainID int, form partycoverage.Form,
	partyOrgID *int, on time.Time, reason string) (*gen.PartyCoverage, error) {
	sys := system(ctx)
	if on.After(s.today()) {
		return nil, invalid("startOn", "FUTURE_DATE", "a change of coverage cannot start in the future", "覆盖方式的变更日期不能晚于今天")
	}
	cur, err := current(ctx, c, orgID)
	if err != nil {
		return nil, err
	}
	if cur != nil {
		if cur.Form == form && equalIDs(cur.PartyOrganizationID, partyOrgID) {
			return nil, conflict("UNCHANGED", fmt.Sprintf("the organisation is already covered so (%s) since %s", formNames[form][0], dateText(cur.StartOn)),
				fmt.Sprintf("该组织自 %s 起已是此覆盖方式（%s）", dateText(cur.StartOn), formNames[form][1]))
		}
		switch {
		case on.Before(cur.StartOn):
			return nil, invalid("startOn", "BEFORE_CURRENT", fmt.Sprintf("the change must start on or after %s, when the current form began", dateText(cur.StartOn)),
				fmt.Sprintf("变更日期不能早于当前覆盖方式的开始日期 %s", dateText(cur.StartOn)))
		case on.Equal(cur.StartOn):
			if err := c.PartyCoverage.DeleteOneID(cur.ID).Exec(sys); err != nil {
				return nil, err
			}
		default:
			n, err := c.PartyCoverage.Update().Where(partycoverage.ID(cur.ID), partycoverage.EndOnIsNil()).
				SetEndOn(on).SetEndReason(reason).Save(sys)
			if err != nil {
				return nil, err
			}
			if n == 0 {
				return nil, changedMeanwhile()
			}
		}
	}
	p, err := c.PartyCoverage.Create().SetDomainID(domainID).SetOrganizationID(orgID).SetForm(form).
		SetNillablePartyOrganizationID(partyOrgID).SetStartOn(on).SetReason(reason).Save(sys)
	if gen.IsConstraintError(err) {
		return nil, changedMeanwhile()
	}
	return p, err
}

func changedMeanwhile() error {
	return conflict("CHANGED_MEANWHILE", "the organisation's coverage was changed meanwhile; reload and try again",
		"该组织的党建覆盖情况刚被他人修改，请刷新后重试")
}

func equalIDs(a, b *int) bool { return (a == nil && b == nil) || (a != nil && b != nil && *a == *b) }

// SetCoverage records how organisation orgID is covered from startOn
// (today when nil): BUILD (its own standalone branch), JOIN (a joint
// branch), ATTACH (another organisation's branch) or UNCOVERED. DISPATCH
// is what assigning an officer does. A form with a branch of its own ends
// the organisation's officer assignment the same day.
func (s *Service) SetCoverage(ctx context.Context, c *gen.Client, orgID int, form partycoverage.Form,
	partyOrgID *int, startOn *time.Time, reason string) (*gen.PartyCoverage, error) {
	if err := requireCommittee(ctx); err != nil {
		return nil, err
	}
	org, err := c.Organization.Get(ctx, orgID)
	if err != nil {
		return nil, err
	}
	var ps problems
	reason = strings.TrimSpace(reason)
	if reason == "" {
		ps.add("reason", "say why the coverage changes", "请说明覆盖方式变更的原因")
	}
	var po *gen.PartyOrganization
	switch form {
	case partycoverage.FormDISPATCH:
		ps.add("form", "to cover an organisation by dispatch, assign a guidance officer", "选派方式请通过“分配党建工作指导员”完成")
	case partycoverage.FormUNCOVERED:
		if partyOrgID != nil {
			ps.add("partyOrganizationID", "an uncovered organisation has no party organisation", "未覆盖的组织没有所属党组织")
		}
	default:
		if partyOrgID == nil {
			ps.add("partyOrganizationID", "choose the party branch that covers the organisation", "请选择覆盖该组织的党支部")
			break
		}
		po, err = c.PartyOrganization.Query().Where(partyorganization.ID(*partyOrgID), partyorganization.DissolvedOnIsNil()).Only(ctx)
		if gen.IsNotFound(err) {
			ps.add("partyOrganizationID", "no such party branch in the county (or it is dissolved)", "本县没有该党支部（或已撤销）")
			break
		}
		if err != nil {
			return nil, err
		}
		owned := po.OrganizationID != nil && *po.OrganizationID == orgID
		switch {
		case form == partycoverage.FormBUILD && (po.Kind != partyorganization.KindSTANDALONE || !owned):
			ps.add("partyOrganizationID", "BUILD means the organisation's own standalone branch", "单独组建须选择本组织自己的党支部")
		case form == partycoverage.FormJOIN && po.Kind != partyorganization.KindJOINT:
			ps.add("partyOrganizationID", "JOIN means a joint branch", "联合组建须选择联合党支部")
		case form == partycoverage.FormATTACH && (po.Kind == partyorganization.KindCOMMITTEE || owned):
			ps.add("partyOrganizationID", "ATTACH means another organisation's branch", "挂靠须选择其他组织的党支部")
		}
	}
	if e := ps.err(); e != nil {
		return nil, e
	}
	on := s.dayOr(startOn)
	if a, err := c.OfficerAssignment.Query().Where(officerassignment.OrganizationID(orgID), officerassignment.EndOnIsNil()).
		Only(system(ctx)); err == nil {
		if _, err := s.closeAssignment(ctx, c, a, on, reason); err != nil {
			return nil, err
		}
		if err := s.tellOfficerEnded(ctx, c, a, org); err != nil {
			return nil, err
		}
	} else if !gen.IsNotFound(err) {
		return nil, err
	}
	p, err := s.changeCoverage(ctx, c, orgID, org.DomainID, form, partyOrgID, on, reason)
	if err != nil {
		return nil, err
	}
	how := formNames[form]
	if po != nil {
		how = [2]string{how[0] + ": " + po.Name, how[1] + "：" + po.Name}
	}
	return p, s.Notify.SendToOrganization(ctx, c, orgID, org.DomainID, notify.Message{
		Kind:      "party.coverage_changed",
		Title:     notify.Text{ZH: "党建覆盖方式已更新", EN: "Party-building coverage updated"},
		Body:      notify.Text{ZH: fmt.Sprintf("自 %s 起：%s。", dateText(on), how[1]), EN: fmt.Sprintf("From %s: %s.", dateText(on), how[0])},
		SubjectID: orgID, Path: "/party/my",
	})
}

// assignmentLive is the predicate of organisation orgID's live assignment.
func assignmentLive(orgID int) []predicate.OfficerAssignment {
	return []predicate.OfficerAssignment{officerassignment.OrganizationID(orgID), officerassignment.EndOnIsNil()}
}
