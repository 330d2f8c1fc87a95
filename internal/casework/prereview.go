package casework

import (
	"context"
	"fmt"
	"slices"
	"strings"

	gen "hatchery/ent"
	"hatchery/internal/apperr"
	"hatchery/internal/casework/casedata"
	"hatchery/internal/viewer"
)

// StartPreReview takes a submitted case into pre-review; the viewer becomes its handler.
func (s *Service) StartPreReview(ctx context.Context, c *gen.Client, id int) (*gen.ServiceCase, error) {
	v := viewer.FromContext(ctx)
	return s.move(ctx, c, id, ActStartPreReview, "", func(_ *gen.ServiceCase, u *gen.ServiceCaseUpdate) error {
		u.SetHandlerID(v.UserID)
		return nil
	})
}

// review applies findings to a copy of the checklist. Every material must
// end up with a finding (PRESENT, MISSING or FLAWED); a flawed one needs a note.
func review(list []casedata.Check, findings []Finding) ([]casedata.Check, error) {
	out := slices.Clone(list)
	for _, f := range findings {
		i := slices.IndexFunc(out, func(ch casedata.Check) bool { return ch.Material.Key == f.Key })
		if i < 0 {
			return nil, apperr.Invalidf("findings", "this service has no material %q", "该事项没有材料 %q", f.Key)
		}
		switch f.Status {
		case casedata.Present, casedata.Missing, casedata.Flawed:
		default:
			return nil, apperr.Invalidf("findings", "a finding is PRESENT, MISSING or FLAWED, not %s",
				"审查结论只能是齐全、缺少或有误，不能是 %s", f.Status)
		}
		note := ""
		if f.Note != nil {
			note = strings.TrimSpace(*f.Note)
		}
		if f.Status == casedata.Flawed && note == "" {
			return nil, apperr.Invalidf("findings", "say what is wrong with %q", "请说明“%s”存在的问题", out[i].Material.Name)
		}
		out[i].Status, out[i].Note = f.Status, note
	}
	for _, ch := range out {
		if ch.Status != casedata.Present && ch.Status != casedata.Missing && ch.Status != casedata.Flawed {
			return nil, apperr.Invalidf("findings", "give a finding for every material; %q has none",
				"请对每项材料作出审查结论，“%s”尚未审查", ch.Material.Name)
		}
	}
	return out, nil
}

// lacking lists the checklist lines that are not present.
func lacking(list []casedata.Check) (core, other []casedata.Check) {
	for _, ch := range list {
		if ch.Status == casedata.Present {
			continue
		}
		if ch.Material.Core {
			core = append(core, ch)
		} else {
			other = append(other, ch)
		}
	}
	return core, other
}

// Accept accepts a case whose every material is present and starts its clock.
func (s *Service) Accept(ctx context.Context, c *gen.Client, id int, findings []Finding) (*gen.ServiceCase, error) {
	cal, err := s.Calendars.Get(ctx)
	if err != nil {
		return nil, err
	}
	now := s.Now()
	return s.move(ctx, c, id, ActAccept, "", func(cs *gen.ServiceCase, u *gen.ServiceCaseUpdate) error {
		list, err := review(cs.Checklist, findings)
		if err != nil {
			return err
		}
		if core, other := lacking(list); len(core)+len(other) > 0 {
			return apperr.New(apperr.BadUserInput,
				"materials are missing or flawed: accept with deficiencies, or return the case",
				"材料不齐全或有误：请容缺受理，或退回申请").OnField("findings")
		}
		c := *cs
		c.AcceptedAt = &now
		u.SetChecklist(list).SetAcceptedAt(now).SetDueOn(dueOn(cal, &c, nil, now))
		return nil
	})
}

// Consequence is what a deficiency notice says happens when its deadline passes.
const Consequence = "逾期未补正的，视为撤回申请，本申请予以退回。 / If the materials are not supplied by the deadline, the application is returned as withdrawn."

// AcceptWithDeficiencies accepts a case whose missing or flawed materials
// are all non-core, and issues its one deficiency notice (一次性告知): every
// item, the supplement deadline in working days and the consequence. The
// clock starts and pauses at once until the supplement is confirmed.
func (s *Service) AcceptWithDeficiencies(ctx context.Context, c *gen.Client, id int, findings []Finding) (*gen.ServiceCase, error) {
	cal, err := s.Calendars.Get(ctx)
	if err != nil {
		return nil, err
	}
	v := viewer.FromContext(ctx)
	now := s.Now()
	var items []casedata.NoticeItem
	var deadline = now
	cs, err := s.move(ctx, c, id, ActAcceptDeficient, "", func(cs *gen.ServiceCase, u *gen.ServiceCaseUpdate) error {
		list, err := review(cs.Checklist, findings)
		if err != nil {
			return err
		}
		core, other := lacking(list)
		if len(core) > 0 {
			names := make([]string, len(core))
			for i, ch := range core {
				names[i] = ch.Material.Name
			}
			return apperr.Newf(apperr.BadUserInput,
				"core materials cannot be supplied later (%s): return the case with every reason",
				"核心材料不能容缺（%s），请退回申请并一次性说明理由", strings.Join(names, "、")).OnField("findings")
		}
		if len(other) == 0 {
			return apperr.New(apperr.BadUserInput, "every material is present: accept the case",
				"材料齐全，请直接受理").OnField("findings")
		}
		for _, ch := range other {
			items = append(items, casedata.NoticeItem{Key: ch.Material.Key, Name: ch.Material.Name, Status: ch.Status, Note: ch.Note})
		}
		deadline = Day(cal.AddWorkdays(now, cs.SupplementDays))
		pauses := openPause(cs.Pauses, now)
		c := *cs
		c.AcceptedAt = &now
		u.SetChecklist(list).SetAcceptedAt(now).SetPauses(pauses).SetDueOn(dueOn(cal, &c, pauses, now))
		return nil
	})
	if err != nil {
		return nil, err
	}
	// The notice's case_id is unique: a second notice for this case fails
	// here even if two handlers got this far at once.
	err = c.CaseNotice.Create().
		SetDomainID(cs.DomainID).
		SetCaseID(cs.ID).
		SetItems(items).
		SetDeadline(deadline).
		SetConsequence(Consequence).
		SetIssuedByID(v.UserID).
		Exec(system(ctx))
	if gen.IsConstraintError(err) {
		return nil, oneNotice()
	}
	if err != nil {
		return nil, err
	}
	if err := s.notifyNoticeIssued(ctx, c, cs, items, deadline); err != nil {
		return nil, err
	}
	return cs, nil
}

func oneNotice() error {
	return apperr.New(apperr.Conflict,
		"this case already has its deficiency notice; an applicant is told what is missing once, never again with new items",
		"该案件已出具一次性告知书，不得再次告知新的补正事项").WithReason("NOTICE_ALREADY_ISSUED")
}

// Return sends a case back with every reason at once.
func (s *Service) Return(ctx context.Context, c *gen.Client, id int, findings []Finding, reason string) (*gen.ServiceCase, error) {
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return nil, apperr.Invalid("reason", "say why the case is returned", "请说明退回理由")
	}
	var all string
	cs, err := s.move(ctx, c, id, ActReturn, "", func(cs *gen.ServiceCase, u *gen.ServiceCaseUpdate) error {
		list, err := review(cs.Checklist, findings)
		if err != nil {
			return err
		}
		parts := []string{reason}
		core, other := lacking(list)
		for _, ch := range append(core, other...) {
			parts = append(parts, fmt.Sprintf("%s：%s %s", ch.Material.Name, ch.Status, ch.Note))
		}
		all = strings.Join(parts, "\n")
		u.SetChecklist(list).SetDecisionReason(all)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if err := s.notifyReturned(ctx, c, cs, false); err != nil {
		return nil, err
	}
	return cs, nil
}

// ConfirmSupplement ends the wait for the applicant: every item of the
// notice must now be present. The clock resumes.
func (s *Service) ConfirmSupplement(ctx context.Context, c *gen.Client, id int, findings []Finding) (*gen.ServiceCase, error) {
	cal, err := s.Calendars.Get(ctx)
	if err != nil {
		return nil, err
	}
	now := s.Now()
	cs, err := s.move(ctx, c, id, ActConfirmSupplement, "", func(cs *gen.ServiceCase, u *gen.ServiceCaseUpdate) error {
		list, err := review(supplementedAsPending(cs.Checklist), findings)
		if err != nil {
			return err
		}
		if core, other := lacking(list); len(core)+len(other) > 0 {
			return apperr.New(apperr.BadUserInput,
				"not every item of the notice is present yet; wait for the supplement or let the deadline apply",
				"补正事项尚未全部齐全，请等待申请人补正或按期限处理").OnField("findings")
		}
		pauses := closePauses(cs.Pauses, now)
		u.SetChecklist(list).SetPauses(pauses).SetDueOn(dueOn(cal, cs, pauses, now))
		return nil
	})
	if err != nil {
		return nil, err
	}
	if err := c.CaseNotice.Update().Where(casenoticeOf(cs.ID)...).SetFulfilledAt(now).Exec(system(ctx)); err != nil {
		return nil, err
	}
	return cs, nil
}

// supplementedAsPending lets the handler re-judge supplemented items
// while the others keep their findings.
func supplementedAsPending(list []casedata.Check) []casedata.Check {
	out := slices.Clone(list)
	for i := range out {
		if out[i].Status == casedata.Supplemented {
			out[i].Status = casedata.Pending
		}
	}
	return out
}
