package grant

import (
	"context"
	"fmt"
	"slices"

	gen "hatchery/ent"
	"hatchery/ent/award"
	"hatchery/ent/grantcall"
	"hatchery/ent/organization"
	"hatchery/ent/proposal"
	"hatchery/internal/apperr"
	"hatchery/internal/authz"
	"hatchery/internal/lang"
	"hatchery/internal/viewer"
)

// The eligibility check an organisation runs before it writes a word:
// every reason at once, in the reader's language. Starting a proposal runs
// it again, and submission checks the call is still open.

// Eligibility codes.
const (
	EligCallNotOpen = "CALL_NOT_OPEN"
	EligNotActive   = "ORG_NOT_ACTIVE"
	EligAbnormal    = "ABNORMAL_LIST"
	EligOtherCounty = "OTHER_COUNTY"
	EligOrgKind     = "ORG_KIND"
	EligTooNew      = "TOO_NEW"
	EligApplied     = "ALREADY_APPLIED"
	EligGradeC      = "GRADE_C_LAST_YEAR"
)

// mayApplyFor reports whether the viewer may act for orgID in grants: a
// member holding proposal:create_own, or staff of the county.
func mayApplyFor(ctx context.Context, orgID int) bool {
	v := viewer.FromContext(ctx)
	if v == nil {
		return false
	}
	return (v.MemberOf(orgID) && authz.Can(ctx, authz.ObjProposal, authz.ActCreateOwn)) || authz.Can(ctx, authz.ObjProposal, authz.ActUpdate)
}

// applying loads the call and the organisation the viewer applies for, both
// as the viewer may read them, after checking they may act for it: staff
// of another county learn nothing of an organisation (its status, kind or
// age, through the problems) they may not read.
func applying(ctx context.Context, c *gen.Client, callID, orgID int) (*gen.GrantCall, *gen.Organization, error) {
	if !mayApplyFor(ctx, orgID) {
		return nil, nil, apperr.ErrForbidden
	}
	call, err := c.GrantCall.Get(ctx, callID)
	if err != nil {
		return nil, nil, err
	}
	org, err := c.Organization.Get(ctx, orgID)
	return call, org, err
}

// CheckEligibility lists every reason orgID may not apply to callID.
func (s *Service) CheckEligibility(ctx context.Context, c *gen.Client, callID, orgID int) (*Eligibility, error) {
	call, org, err := applying(ctx, c, callID, orgID)
	if err != nil {
		return nil, err
	}
	ps, err := s.eligibility(ctx, c, call, org)
	if err != nil {
		return nil, err
	}
	return &Eligibility{Eligible: len(ps) == 0, Problems: ps}, nil
}

func (s *Service) eligibility(ctx context.Context, c *gen.Client, call *gen.GrantCall, org *gen.Organization) ([]Problem, error) {
	zh := lang.FromContext(ctx) == lang.ZH
	var ps []Problem
	add := func(code, en, cn string) {
		m := en
		if zh {
			m = cn
		}
		ps = append(ps, Problem{Code: code, Message: m})
	}
	now := s.Now()
	switch PhaseOf(call, now) {
	case PhaseDraft, PhaseUpcoming:
		add(EligCallNotOpen, "the call opens on "+call.OpensAt.In(zone()).Format("2 January 2006 15:04"),
			"本批次于 "+call.OpensAt.In(zone()).Format("2006年1月2日 15:04")+" 开始申报")
	case PhaseClosed:
		add(EligCallNotOpen, "the call closed on "+call.ClosesAt.In(zone()).Format("2 January 2006 15:04"),
			"本批次已于 "+call.ClosesAt.In(zone()).Format("2006年1月2日 15:04")+" 截止申报")
	}
	switch org.Status {
	case organization.StatusDEREGISTERED:
		add(EligNotActive, "the organisation is deregistered", "该组织已注销")
	case organization.StatusABNORMAL:
		add(EligAbnormal, "the organisation is on the abnormal list; it may apply once it is removed from it",
			"该组织被列入活动异常名录，移出后方可申报")
	}
	if org.DomainID != call.DomainID {
		add(EligOtherCounty, "the organisation is registered in another county", "该组织不在本县登记")
	}
	if ks := call.Eligibility.OrgKinds; len(ks) > 0 && !slices.Contains(ks, string(org.Kind)) {
		add(EligOrgKind, "the call is not open to organisations of this kind", "本批次不接受该类型组织申报")
	}
	if m := call.Eligibility.MinMonthsRegistered; m > 0 {
		if org.RegisteredOn == nil || org.RegisteredOn.AddDate(0, m, 0).After(now) {
			add(EligTooNew, fmt.Sprintf("the organisation must have been registered for at least %d months", m),
				fmt.Sprintf("须登记成立满 %d 个月", m))
		}
	}
	sys := system(ctx)
	applied, err := c.Proposal.Query().Where(proposal.CallID(call.ID), proposal.OrganizationID(org.ID),
		proposal.StatusNEQ(proposal.StatusWITHDRAWN), live()).Exist(sys)
	if err != nil {
		return nil, err
	}
	if applied {
		add(EligApplied, "the organisation already has a proposal in this call (one per organisation)", "该组织已在本批次申报过项目（每个组织限报一项）")
	}
	gradeC, err := c.Award.Query().Where(award.OrganizationID(org.ID), award.FinalGradeEQ(award.FinalGradeC),
		award.HasCallWith(grantcall.Year(call.Year-1), grantcall.DomainID(call.DomainID))).Exist(sys)
	if err != nil {
		return nil, err
	}
	if gradeC {
		add(EligGradeC, fmt.Sprintf("a project of the organisation was graded C in the %d final evaluation", call.Year-1),
			fmt.Sprintf("该组织 %d 年度项目终期评估为 C 级，本年度不得申报", call.Year-1))
	}
	return ps, nil
}
