package casework

import (
	"context"
	"fmt"
	"strings"
	"time"

	gen "hatchery/ent"
	"hatchery/ent/membership"
	"hatchery/ent/servicecase"
	"hatchery/internal/casework/casedata"
	"hatchery/internal/notify"
)

// Who casework tells what, through internal/notify, in the transaction of
// the step (so a step that fails or rolls back tells nobody):
//
//   - the applicant, i.e. every member of the applicant organisation (they
//     all see and act on its cases; the account that opened the case may
//     have left it): a deficiency notice issued, the case returned (by the
//     handler, or because the supplement deadline passed), a decision made;
//   - the case's handler: due soon (once per case per day), a consulted
//     unit answered;
//   - the consulted unit's account: a consultation requested.

// The notification kinds casework sends.
const (
	KindNoticeIssued          = "case.notice_issued"
	KindReturned              = "case.returned"
	KindDecided               = "case.decided"
	KindDueSoon               = "case.due_soon"
	KindConsultationRequested = "case.consultation_requested"
	KindConsultationAnswered  = "case.consultation_answered"
)

// casePath is where the web app shows case id.
func casePath(id int) string { return fmt.Sprintf("/cases/%d", id) }

// message is a notification about cs to recipient.
func message(cs *gen.ServiceCase, recipient int, kind string, title, body notify.Text) notify.Message {
	return notify.Message{RecipientID: recipient, DomainID: cs.DomainID, Kind: kind,
		Title: title, Body: body, SubjectID: cs.ID, Path: casePath(cs.ID)}
}

// ref names a case in a sentence: its number and title.
func ref(cs *gen.ServiceCase) string {
	if cs.Number != nil {
		return *cs.Number + " " + cs.Title
	}
	return cs.Title
}

func dayZH(t time.Time) string { return t.Format("2006年1月2日") }
func dayEN(t time.Time) string { return t.Format("2 January 2006") }

// tellApplicant sends one notification about cs to every member of its
// applicant organisation.
func (s *Service) tellApplicant(ctx context.Context, c *gen.Client, cs *gen.ServiceCase, kind string, title, body notify.Text) error {
	members, err := c.Membership.Query().Where(membership.OrganizationID(cs.OrganizationID)).
		Select(membership.FieldUserID).Ints(system(ctx))
	if err != nil {
		return err
	}
	ms := make([]notify.Message, len(members))
	for i, u := range members {
		ms[i] = message(cs, u, kind, title, body)
	}
	return s.Notify.Send(ctx, c, ms...)
}

// tellHandler sends a notification about cs to its handler, if it has one.
func (s *Service) tellHandler(ctx context.Context, c *gen.Client, cs *gen.ServiceCase, m func(handler int) notify.Message) error {
	if cs.HandlerID == nil {
		return nil
	}
	return s.Notify.Send(ctx, c, m(*cs.HandlerID))
}

func (s *Service) notifyNoticeIssued(ctx context.Context, c *gen.Client, cs *gen.ServiceCase, items []casedata.NoticeItem, deadline time.Time) error {
	names := make([]string, len(items))
	for i, it := range items {
		names[i] = it.Name
	}
	return s.tellApplicant(ctx, c, cs, KindNoticeIssued,
		notify.Text{ZH: "申请已容缺受理，请补正材料", EN: "Application accepted: materials to supply"},
		notify.Text{
			ZH: fmt.Sprintf("%s：请于 %s 前补正：%s。逾期未补正的，视为撤回申请。", ref(cs), dayZH(deadline), strings.Join(names, "、")),
			EN: fmt.Sprintf("%s: supply by %s: %s. If they are not supplied by then, the application is returned as withdrawn.",
				ref(cs), dayEN(deadline), strings.Join(names, ", ")),
		})
}

func (s *Service) notifyReturned(ctx context.Context, c *gen.Client, cs *gen.ServiceCase, deadlinePassed bool) error {
	body := notify.Text{
		ZH: fmt.Sprintf("%s：申请已被退回，请查看退回理由，修改后可重新提交。", ref(cs)),
		EN: fmt.Sprintf("%s: the application was returned; read the reasons, amend it and submit it again.", ref(cs)),
	}
	if deadlinePassed {
		body = notify.Text{
			ZH: fmt.Sprintf("%s：补正期限已过，申请视为撤回并已退回，修改后可重新提交。", ref(cs)),
			EN: fmt.Sprintf("%s: the supplement deadline passed, so the application was returned as withdrawn; you may submit it again.", ref(cs)),
		}
	}
	return s.tellApplicant(ctx, c, cs, KindReturned,
		notify.Text{ZH: "申请已退回", EN: "Application returned"}, body)
}

func (s *Service) notifyDecided(ctx context.Context, c *gen.Client, cs *gen.ServiceCase) error {
	title := notify.Text{ZH: "申请已作出决定：准予", EN: "Decision: approved"}
	if cs.Decision != nil && *cs.Decision == servicecase.DecisionREJECTED {
		title = notify.Text{ZH: "申请已作出决定：不予", EN: "Decision: rejected"}
	}
	return s.tellApplicant(ctx, c, cs, KindDecided, title, notify.Text{
		ZH: fmt.Sprintf("%s：已作出决定，请查看决定书。", ref(cs)),
		EN: fmt.Sprintf("%s: a decision was made; see the decision letter.", ref(cs)),
	})
}

// notifyDueSoon tells the handler cs is due on due; once per case per day
// even if the job runs twice (the dedup key names the day).
func (s *Service) notifyDueSoon(ctx context.Context, c *gen.Client, cs *gen.ServiceCase, today, due time.Time) error {
	return s.tellHandler(ctx, c, cs, func(h int) notify.Message {
		m := message(cs, h, KindDueSoon,
			notify.Text{ZH: "案件即将到期", EN: "Case due soon"},
			notify.Text{
				ZH: fmt.Sprintf("%s：应于 %s 前作出决定。", ref(cs), dayZH(due)),
				EN: fmt.Sprintf("%s: the decision is due by %s.", ref(cs), dayEN(due)),
			})
		m.DedupKey = fmt.Sprintf("%s:%d:%s", KindDueSoon, cs.ID, today.Format(time.DateOnly))
		return m
	})
}

func (s *Service) notifyConsultationRequested(ctx context.Context, c *gen.Client, cs *gen.ServiceCase, units []ConsultRequest, dueOn []time.Time) error {
	ms := make([]notify.Message, len(units))
	for i, un := range units {
		ms[i] = message(cs, un.AssigneeID, KindConsultationRequested,
			notify.Text{ZH: "收到征求意见", EN: "Consultation requested"},
			notify.Text{
				ZH: fmt.Sprintf("%s：请以%s名义于 %s 前答复。", ref(cs), un.Unit, dayZH(dueOn[i])),
				EN: fmt.Sprintf("%s: please answer for %s by %s.", ref(cs), un.Unit, dayEN(dueOn[i])),
			})
	}
	return s.Notify.Send(ctx, c, ms...)
}

func (s *Service) notifyConsultationAnswered(ctx context.Context, c *gen.Client, cs *gen.ServiceCase, unit string, agree bool) error {
	zh, en := "同意", "agrees"
	if !agree {
		zh, en = "不同意", "disagrees"
	}
	return s.tellHandler(ctx, c, cs, func(h int) notify.Message {
		return message(cs, h, KindConsultationAnswered,
			notify.Text{ZH: "征求意见已答复", EN: "Consultation answered"},
			notify.Text{
				ZH: fmt.Sprintf("%s：%s答复%s。", ref(cs), unit, zh),
				EN: fmt.Sprintf("%s: %s %s.", ref(cs), unit, en),
			})
	})
}
