package casework

import (
	"context"
	"fmt"
	"strings"
	"time"

	gen "hatchery/ent"
	"hatchery/ent/consultation"
	"hatchery/ent/servicecase"
	"hatchery/ent/user"
	"hatchery/internal/apperr"
)

// StartReview takes an accepted case into review.
func (s *Service) StartReview(ctx context.Context, c *gen.Client, id int) (*gen.ServiceCase, error) {
	return s.move(ctx, c, id, ActStartReview, "", nil)
}

// Consult sends the case to several units at once (并联审批), each with its
// own due date in working days; the case waits until all have answered.
func (s *Service) Consult(ctx context.Context, c *gen.Client, id int, units []ConsultRequest) (*gen.ServiceCase, error) {
	if len(units) == 0 {
		return nil, apperr.Invalid("units", "name at least one unit to consult", "请至少指定一个征求意见的单位")
	}
	cal, err := s.Calendars.Get(ctx)
	if err != nil {
		return nil, err
	}
	now := s.Now()
	names := make([]string, len(units))
	for i, un := range units {
		un.Unit = strings.TrimSpace(un.Unit)
		if un.Unit == "" {
			return nil, apperr.Invalid("units", "every consulted unit needs a name", "请填写征求意见单位名称")
		}
		if un.DueDays < 1 || un.DueDays > 60 {
			return nil, apperr.Invalid("units", "a unit has from 1 to 60 working days to answer", "答复期限须为 1 至 60 个工作日")
		}
		units[i], names[i] = un, un.Unit
	}
	cs, err := s.move(ctx, c, id, ActConsult, strings.Join(names, "、"), nil)
	if err != nil {
		return nil, err
	}
	sys := system(ctx)
	dueOn := make([]time.Time, len(units))
	for i, un := range units {
		ok, err := c.User.Query().Where(user.ID(un.AssigneeID), user.DomainID(cs.DomainID)).Exist(sys)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, apperr.Invalid("units", "each unit must be answered by an account of your county",
				"征求意见单位的答复账号须属于本区县")
		}
		dueOn[i] = Day(cal.AddWorkdays(now, un.DueDays))
		err = c.Consultation.Create().
			SetDomainID(cs.DomainID).
			SetCaseID(cs.ID).
			SetUnit(un.Unit).
			SetAssigneeID(un.AssigneeID).
			SetDueOn(dueOn[i]).
			Exec(sys)
		if err != nil {
			return nil, err
		}
	}
	if err := s.notifyConsultationRequested(ctx, c, cs, units, dueOn); err != nil {
		return nil, err
	}
	return cs, nil
}

// Answer records a consulted unit's answer; the last answer moves the case
// back into review.
func (s *Service) Answer(ctx context.Context, c *gen.Client, id int, agree bool, reason string) (*gen.Consultation, error) {
	con, err := c.Consultation.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	sys := system(ctx)
	cs, err := c.ServiceCase.Get(sys, con.CaseID)
	if err != nil {
		return nil, err
	}
	if err := authorizeOn(ctx, subject{cs: cs, con: con}, ActAnswer); err != nil {
		return nil, err
	}
	reason = strings.TrimSpace(reason)
	if !agree && reason == "" {
		return nil, apperr.Invalid("reason", "say why the unit disagrees", "不同意的，请说明理由")
	}
	answer := consultation.AnswerAGREE
	if !agree {
		answer = consultation.AnswerDISAGREE
	}
	n, err := c.Consultation.Update().
		Where(consultation.ID(id), consultation.AnswerEQ(consultation.AnswerPENDING)).
		SetAnswer(answer).SetReason(reason).SetAnsweredAt(s.Now()).
		Save(ctx)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, apperr.New(apperr.Conflict, "this consultation has already been answered", "该征求意见已答复")
	}
	// The answer is a step of the case (it must still be consulting: not
	// withdrawn meanwhile), written as the system: the unit may answer, not
	// change the case row; the event names the person who answered.
	cs, err = s.apply(sys, c, cs, ActAnswer, fmt.Sprintf("%s: %s %s", con.Unit, answer, reason), nil)
	if err != nil {
		return nil, err
	}
	if err := s.notifyConsultationAnswered(ctx, c, cs, con.Unit, agree); err != nil {
		return nil, err
	}
	pending, err := c.Consultation.Query().
		Where(consultation.CaseID(con.CaseID), consultation.AnswerEQ(consultation.AnswerPENDING)).Exist(sys)
	if err != nil {
		return nil, err
	}
	if !pending {
		if _, err := s.platformStep(ctx, c, cs, ActConsultationsDone, "", nil); err != nil {
			return nil, err
		}
	}
	return c.Consultation.Get(sys, id)
}

// Decide approves or rejects the case, stops its clock (keeping the working
// days used and whether it was on time, for statistics), runs the case's
// programme's effect and issues the decision letter. c must be the caller's
// transaction (graph runs every mutation in one): if the effect or the
// letter fails, the caller rolls back and the case is as it was.
func (s *Service) Decide(ctx context.Context, c *gen.Client, id int, approved bool, reason string) (*gen.ServiceCase, error) {
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return nil, apperr.Invalid("reason", "give the decision's reasons", "请填写决定理由")
	}
	cal, err := s.Calendars.Get(ctx)
	if err != nil {
		return nil, err
	}
	now := s.Now()
	decision := servicecase.DecisionAPPROVED
	if !approved {
		decision = servicecase.DecisionREJECTED
	}
	cs, err := s.move(ctx, c, id, ActDecide, string(decision), func(cs *gen.ServiceCase, u *gen.ServiceCaseUpdate) error {
		c := *cs
		c.DecidedAt = &now
		k := clockOf(cal, &c)
		u.SetDecidedAt(now).SetDecision(decision).SetDecisionReason(reason).
			SetWorkingDaysUsed(k.Used(now)).SetOnTime(!k.Overdue(now))
		return nil
	})
	if err != nil {
		return nil, err
	}
	// The programme's effect runs before the letter, whose bytes go to
	// object storage outside the transaction: a refused effect leaves nothing.
	if err := s.decided(ctx, c, cs); err != nil {
		return nil, err
	}
	// Before the letter too: if issuing it fails, the transaction rolls the
	// notification back with the decision.
	if err := s.notifyDecided(ctx, c, cs); err != nil {
		return nil, err
	}
	if s.Letters != nil {
		if err := s.Letters.IssueLetter(ctx, c, cs); err != nil {
			return nil, err
		}
	}
	return cs, nil
}
