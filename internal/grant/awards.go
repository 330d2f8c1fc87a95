package grant

import (
	"context"
	"fmt"
	"strings"
	"time"

	gen "hatchery/ent"
	"hatchery/ent/award"
	"hatchery/ent/grantcall"
	"hatchery/ent/objection"
	"hatchery/ent/proposal"
	"hatchery/ent/servicecase"
	"hatchery/internal/apperr"
	"hatchery/internal/authz"
	"hatchery/internal/casework"
	"hatchery/internal/money"
	"hatchery/internal/notify"
	"hatchery/internal/viewer"
)

// Awards: staff decide proposals from the ranked list, one or a batch.
// Each decision is the case's decision (casework.Decide); its effect here
// (Decided) creates the award and commits its money from the call's
// budget in the decision's transaction. The announcement (公示) lists the
// provisional awards publicly; objections may cancel one; a job makes
// them final when it ends.

// Notification kinds.
const (
	KindAwarded      = "grant.awarded"
	KindAwardFinal   = "grant.award_final"
	KindAwardRevoked = "grant.award_cancelled"
)

// instruction carries, from DecideBatch to Decided, what to award: a case
// decision made any other way has none, and Decided refuses to approve it.
type instruction struct {
	amount     int64
	conditions string
}

type instructionKey struct{}

// Decided is the decision's effect: an approval creates the award and
// commits its money; a rejection marks the proposal rejected.
func (s *Service) Decided(ctx context.Context, c *gen.Client, cs *gen.ServiceCase) error {
	sys := system(ctx)
	p, err := c.Proposal.Query().Where(proposal.CaseID(cs.ID)).Only(sys)
	if err != nil {
		if gen.IsNotFound(err) {
			return apperr.New(apperr.Conflict, "this case has no proposal; it cannot be decided as a grant", "此办件没有对应的申报项目").WithReason("NO_PROPOSAL")
		}
		return err
	}
	if cs.Decision == nil || *cs.Decision == servicecase.DecisionREJECTED {
		return p.Update().SetStatus(proposal.StatusREJECTED).Exec(sys)
	}
	in, ok := ctx.Value(instructionKey{}).(instruction)
	if !ok {
		return apperr.New(apperr.Conflict, "award a proposal from its call's ranked list, where the amount is set",
			"请在申报批次的排名列表中确定资助金额后作出资助决定").WithReason("AWARD_FROM_CALL")
	}
	call, err := lockCall(ctx, c, p.CallID)
	if err != nil {
		return err
	}
	if in.amount > p.Requested || in.amount < call.MinAmount || in.amount > call.MaxAmount {
		return apperr.Newf(apperr.BadUserInput, "award %s to %s yuan, and no more than the %s requested",
			"资助金额须在 %s 至 %s 元之间，且不超过申请的 %s 元",
			money.Format(call.MinAmount), money.Format(call.MaxAmount), money.Format(p.Requested)).OnField("amount")
	}
	cr := c.Award.Create().SetProposalID(p.ID).SetCallID(call.ID).SetOrganizationID(p.OrganizationID).SetCaseID(cs.ID).
		SetDomainID(p.DomainID).SetAmount(in.amount).SetConditions(strings.TrimSpace(in.conditions))
	if v := viewer.FromContext(ctx); v != nil {
		cr.SetDecidedBy(v.UserID)
	}
	a, err := cr.Save(sys)
	if err != nil {
		return err
	}
	if err := s.commit(ctx, c, call, a.ID, in.amount); err != nil {
		return err
	}
	if err := p.Update().SetStatus(proposal.StatusAWARDED).Exec(sys); err != nil {
		return err
	}
	return s.tellOrganization(ctx, c, p.OrganizationID, p.DomainID, notify.Message{
		Kind:  KindAwarded,
		Title: notify.Text{ZH: "项目拟获资助：" + p.Title, EN: "Provisional award: " + p.Title},
		Body: notify.Text{ZH: fmt.Sprintf("拟资助 %s 元，公示期满无异议后生效。", money.Format(in.amount)),
			EN: fmt.Sprintf("%s yuan, final once its public announcement ends without objection.", money.Format(in.amount))},
		SubjectID: cs.ID, Path: fmt.Sprintf("/cases/%d", cs.ID),
	})
}

// DecideBatch awards or rejects proposals of call, all in c's
// transaction: the awards' total is checked against the budget left
// first, and a batch that does not fit is refused whole with the
// shortfall named.
func (s *Service) DecideBatch(ctx context.Context, c *gen.Client, callID int, ds []Decision) (*BatchResult, error) {
	if !authz.Can(ctx, authz.ObjProposal, authz.ActUpdate) {
		return nil, apperr.ErrForbidden
	}
	if len(ds) == 0 {
		return nil, apperr.Invalid("decisions", "choose at least one proposal", "请至少选择一个项目")
	}
	seen0, err := c.GrantCall.Get(ctx, callID) // privacy: the viewer's county
	if err != nil {
		return nil, err
	}
	var total int64
	for _, d := range ds {
		if d.Amount != nil {
			total += *d.Amount
		}
	}
	// Refuse at once what the budget left cannot take even before waiting
	// for the lock: commitments only grow while awards are being made, so
	// under a rush of awards the late ones need not queue to hear "no".
	if left := seen0.Budget - seen0.Committed; total > left {
		return nil, shortfall(total, left)
	}
	call, err := lockCall(ctx, c, callID)
	if err != nil {
		return nil, err
	}
	// Again under the lock, before any other work: while it was waiting,
	// others may have spent what it saw left.
	if left := call.Budget - call.Committed; total > left {
		return nil, shortfall(total, left)
	}
	total = 0
	seen := map[int]bool{}
	props := make([]*gen.Proposal, len(ds))
	for i, d := range ds {
		if seen[d.ProposalID] {
			return nil, apperr.Invalid("decisions", "each proposal once", "每个项目只能出现一次")
		}
		seen[d.ProposalID] = true
		p, err := c.Proposal.Get(ctx, d.ProposalID)
		if err != nil {
			return nil, err
		}
		if p.CallID != callID {
			return nil, apperr.Invalid("decisions", "every proposal of a batch must belong to its call", "批量决定中的项目须属于本批次")
		}
		if p.Status != proposal.StatusSUBMITTED {
			return nil, apperr.Newf(apperr.Conflict, "%s was already decided or is not submitted", "“%s”已作出决定或尚未提交", p.Title).WithReason("NOT_DECIDABLE")
		}
		if d.Amount != nil {
			total += *d.Amount
		} else if strings.TrimSpace(d.Reason) == "" {
			return nil, apperr.Newf(apperr.BadUserInput, "give the reasons for rejecting %s", "请填写不予资助“%s”的理由", p.Title).OnField("reason")
		}
		props[i] = p
	}
	if left := call.Budget - call.Committed; total > left {
		return nil, shortfall(total, left)
	}
	out := &BatchResult{}
	for i, d := range ds {
		p := props[i]
		dctx, reason := ctx, strings.TrimSpace(d.Reason)
		if d.Amount != nil {
			dctx = context.WithValue(ctx, instructionKey{}, instruction{amount: *d.Amount, conditions: d.Conditions})
			if reason == "" {
				reason = fmt.Sprintf("经专家评审和集体研究，拟资助 %s 元。", money.Format(*d.Amount))
			}
			out.Awarded++
		} else {
			out.Rejected++
		}
		if _, err := s.Casework.Decide(dctx, c, p.CaseID, d.Amount != nil, reason); err != nil {
			return nil, fmt.Errorf("%s: %w", p.Title, err)
		}
	}
	after, err := c.GrantCall.Query().Where(grantcall.ID(callID)).Only(system(ctx))
	if err != nil {
		return nil, err
	}
	out.Available = after.Budget - after.Committed
	return out, nil
}

// Announce starts the public announcement of call's awards: its end is
// announcementDays working days on. The organisations awarded are told.
func (s *Service) Announce(ctx context.Context, c *gen.Client, callID int) (*gen.GrantCall, error) {
	// The right first: the provisional awards are read as the system
	// below, and "nothing to announce" would tell anyone whether awards
	// were decided before they are public.
	if !authz.Can(ctx, authz.ObjGrantCall, authz.ActUpdate) {
		return nil, apperr.ErrForbidden
	}
	call, err := c.GrantCall.Get(ctx, callID)
	if err != nil {
		return nil, err
	}
	if call.AnnouncedOn != nil {
		return nil, apperr.New(apperr.Conflict, "the awards are already announced", "资助结果已在公示").WithReason("ALREADY_ANNOUNCED")
	}
	sys := system(ctx)
	as, err := c.Award.Query().Where(award.CallID(callID), award.StatusEQ(award.StatusPROVISIONAL)).WithProposal().All(sys)
	if err != nil {
		return nil, err
	}
	if len(as) == 0 {
		return nil, apperr.New(apperr.BadUserInput, "award proposals before announcing", "请先作出资助决定再公示").WithReason("NOTHING_TO_ANNOUNCE")
	}
	cal, err := s.Casework.Calendars.Get(ctx)
	if err != nil {
		return nil, err
	}
	today := casework.Day(s.Now())
	ends := casework.Day(cal.AddWorkdays(s.Now(), call.AnnouncementDays))
	call, err = call.Update().SetAnnouncedOn(today).SetAnnouncementEndsOn(ends).Save(ctx)
	if err != nil {
		return nil, err
	}
	for _, a := range as {
		if err := s.tellOrganization(ctx, c, a.OrganizationID, a.DomainID, notify.Message{
			Kind:  KindAwarded,
			Title: notify.Text{ZH: "资助结果公示：" + a.Edges.Proposal.Title, EN: "Award announced: " + a.Edges.Proposal.Title},
			Body: notify.Text{ZH: fmt.Sprintf("公示期至 %s。", ends.Format("2006年1月2日")),
				EN: fmt.Sprintf("The announcement runs to %s.", ends.Format("2 January 2006"))},
			SubjectID: a.CaseID, Path: fmt.Sprintf("/cases/%d", a.CaseID),
		}); err != nil {
			return nil, err
		}
	}
	return call, nil
}

// RecordObjection records an objection to a provisional award.
func (s *Service) RecordObjection(ctx context.Context, c *gen.Client, awardID int, from, content string, receivedOn *time.Time) (*gen.Award, error) {
	a, err := c.Award.Get(ctx, awardID)
	if err != nil {
		return nil, err
	}
	if a.Status != award.StatusPROVISIONAL {
		return nil, apperr.New(apperr.Conflict, "objections are recorded against provisional awards only", "只能对公示中的资助提出异议").WithReason("NOT_PROVISIONAL")
	}
	content = strings.TrimSpace(content)
	if content == "" {
		return nil, apperr.Invalid("content", "write down the objection", "请填写异议内容")
	}
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, apperr.ErrUnauthenticated
	}
	on := s.Now()
	if receivedOn != nil {
		on = *receivedOn
	}
	if err := c.Objection.Create().SetAwardID(a.ID).SetDomainID(a.DomainID).SetReceivedOn(on).
		SetFromName(strings.TrimSpace(from)).SetContent(content).SetRecordedBy(v.UserID).Exec(ctx); err != nil {
		return nil, err
	}
	return a, nil
}

// ResolveObjection settles an objection; upholding it cancels the award
// and releases its money (RELEASE entries).
func (s *Service) ResolveObjection(ctx context.Context, c *gen.Client, id int, upheld bool, note string) (*gen.Award, error) {
	o, err := c.Objection.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	note = strings.TrimSpace(note)
	if note == "" {
		return nil, apperr.Invalid("note", "say how the objection was settled", "请填写处理意见")
	}
	if o.Resolution != objection.ResolutionOPEN {
		return nil, apperr.New(apperr.Conflict, "the objection is already settled", "该异议已处理").WithReason("ALREADY_RESOLVED")
	}
	res := objection.ResolutionDISMISSED
	if upheld {
		res = objection.ResolutionUPHELD
	}
	if err := o.Update().SetResolution(res).SetResolutionNote(note).SetResolvedAt(s.Now()).Exec(ctx); err != nil {
		return nil, err
	}
	a, err := c.Award.Get(ctx, o.AwardID)
	if err != nil || !upheld || a.Status == award.StatusCANCELLED {
		return a, err
	}
	call, err := lockCall(ctx, c, a.CallID)
	if err != nil {
		return nil, err
	}
	if err := s.release(ctx, c, call, a.ID, a.Amount); err != nil {
		return nil, err
	}
	a, err = a.Update().SetStatus(award.StatusCANCELLED).SetCancelReason(note).Save(ctx)
	if err != nil {
		return nil, err
	}
	if err := c.Proposal.UpdateOneID(a.ProposalID).SetStatus(proposal.StatusREJECTED).Exec(system(ctx)); err != nil {
		return nil, err
	}
	return a, s.tellOrganization(ctx, c, a.OrganizationID, a.DomainID, notify.Message{
		Kind: KindAwardRevoked, Title: notify.Text{ZH: "资助已撤销", EN: "Award cancelled"},
		Body:      notify.Text{ZH: "公示期间的异议经核实成立：" + note, EN: "An objection during the announcement was upheld: " + note},
		SubjectID: a.CaseID, Path: fmt.Sprintf("/cases/%d", a.CaseID),
	})
}

// FinalizeAnnouncements makes the provisional awards of every call whose
// announcement has ended final, unless an objection is still open (the
// call waits for it). Each call once; runs as a job.
func (s *Service) FinalizeAnnouncements(ctx context.Context, c *gen.Client) (int, error) {
	sys := system(ctx)
	today := casework.Day(s.Now())
	calls, err := c.GrantCall.Query().Where(grantcall.AnnouncementEndsOnLT(today), grantcall.FinalizedAtIsNil()).All(sys)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, call := range calls {
		open, err := c.Objection.Query().Where(objection.ResolutionEQ(objection.ResolutionOPEN),
			objection.HasAwardWith(award.CallID(call.ID))).Exist(sys)
		if err != nil {
			return n, err
		}
		if open {
			continue
		}
		done, err := s.finalize(sys, c, call)
		if err != nil {
			return n, err
		}
		n += done
	}
	return n, nil
}

func (s *Service) finalize(ctx context.Context, c *gen.Client, call *gen.GrantCall) (int, error) {
	tx, err := c.Tx(ctx)
	if err != nil {
		return 0, err
	}
	tc := tx.Client()
	claimed, err := tc.GrantCall.Update().Where(grantcall.ID(call.ID), grantcall.FinalizedAtIsNil()).SetFinalizedAt(s.Now()).Save(ctx)
	if err != nil || claimed == 0 {
		_ = tx.Rollback()
		return 0, err
	}
	as, err := tc.Award.Query().Where(award.CallID(call.ID), award.StatusEQ(award.StatusPROVISIONAL)).WithProposal().All(ctx)
	if err != nil {
		_ = tx.Rollback()
		return 0, err
	}
	for _, a := range as {
		if err := a.Update().SetStatus(award.StatusFINAL).SetFinalizedAt(s.Now()).Exec(ctx); err != nil {
			_ = tx.Rollback()
			return 0, err
		}
		if err := s.tellOrganization(gen.NewTxContext(ctx, tx), tc, a.OrganizationID, a.DomainID, notify.Message{
			Kind:  KindAwardFinal,
			Title: notify.Text{ZH: "资助已生效：" + a.Edges.Proposal.Title, EN: "Award final: " + a.Edges.Proposal.Title},
			Body: notify.Text{ZH: fmt.Sprintf("公示期满，资助 %s 元生效。", money.Format(a.Amount)),
				EN: fmt.Sprintf("The announcement ended; the award of %s yuan is final.", money.Format(a.Amount))},
			SubjectID: a.CaseID, Path: fmt.Sprintf("/cases/%d", a.CaseID),
		}); err != nil {
			_ = tx.Rollback()
			return 0, err
		}
	}
	return len(as), tx.Commit()
}
