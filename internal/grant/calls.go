package grant

import (
	"context"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	gen "hatchery/ent"
	"hatchery/ent/fundbudget"
	"hatchery/ent/grantcall"
	"hatchery/ent/grantcallfund"
	"hatchery/ent/organization"
	"hatchery/internal/apperr"
	"hatchery/internal/authz"
	"hatchery/internal/grant/grantdata"
	"hatchery/internal/money"
)

// CallInput is a call's settings; nil fields keep their value on update.
type CallInput struct {
	Year                 *int
	Title, Description   *string
	Categories           []string
	MinAmount, MaxAmount *int64
	OpensAt, ClosesAt    *time.Time
	ServiceItemID        *int
	Eligibility          *grantdata.Eligibility
	Rubric               []grantdata.Criterion
	Questions            []grantdata.Question
	ReviewersPerProposal *int
	AnnouncementDays     *int
}

var keyRE = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9_]{0,39}$`)

// checkCall validates the settings a call would have, every field named.
func checkCall(minA, maxA int64, opens, closes time.Time, rubric []grantdata.Criterion, qs []grantdata.Question, cats []string, el grantdata.Eligibility) error {
	switch {
	case len(cats) == 0:
		return apperr.Invalid("categories", "list the call's categories", "请列出本批次的项目类别")
	case maxA <= 0 || minA > maxA:
		return apperr.Invalid("maxAmount", "the maximum per project must be positive and at least the minimum", "单个项目资助上限须大于 0 且不低于下限")
	case !closes.After(opens):
		return apperr.Invalid("closesAt", "the call must close after it opens", "截止时间须晚于开始时间")
	case len(rubric) == 0:
		return apperr.Invalid("rubric", "give the review rubric at least one criterion", "评审标准至少要有一项")
	}
	for _, c := range cats {
		if strings.TrimSpace(c) == "" || utf8.RuneCountInString(c) > 40 {
			return apperr.Invalid("categories", "each category is a name of at most 40 characters", "类别名称不超过 40 字")
		}
	}
	weights, keys := 0, map[string]bool{}
	for _, k := range rubric {
		if !keyRE.MatchString(k.Key) || keys[k.Key] || strings.TrimSpace(k.Name) == "" || k.Weight <= 0 || k.MaxScore <= 0 || k.MaxScore > 100 {
			return apperr.Invalid("rubric", "each criterion needs its own key (letters, digits, _), a name, a positive weight and a maximum score of 1 to 100",
				"每项评审标准须有唯一的代码（字母、数字、下划线）、名称、正的权重和 1 至 100 的满分")
		}
		keys[k.Key] = true
		weights += k.Weight
	}
	if weights != 100 {
		return apperr.Invalidf("rubric", "the rubric's weights add up to %d; they must add up to 100", "评审标准权重合计 %d，须为 100", weights)
	}
	qkeys := map[string]bool{}
	for _, q := range qs {
		if !keyRE.MatchString(q.Key) || qkeys[q.Key] || strings.TrimSpace(q.Label) == "" {
			return apperr.Invalid("questions", "each question needs its own key (letters, digits, _) and a label", "每个问题须有唯一的代码（字母、数字、下划线）和题目")
		}
		if q.Kind == grantdata.QuestionChoice && len(q.Choices) < 2 {
			return apperr.Invalidf("questions", "question %s: give at least two choices", "问题“%s”：至少给出两个选项", q.Label)
		}
		qkeys[q.Key] = true
	}
	for _, k := range el.OrgKinds {
		if organization.KindValidator(organization.Kind(k)) != nil {
			return apperr.Invalid("eligibility", "unknown organisation kind "+k, "未知的组织类型 "+k)
		}
	}
	if el.MinMonthsRegistered < 0 || el.MinMonthsRegistered > 240 {
		return apperr.Invalid("eligibility", "months registered: 0 to 240", "成立月数须在 0 至 240 之间")
	}
	return nil
}

func clean(ss []string) []string {
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		out = append(out, strings.TrimSpace(s))
	}
	return out
}

// CreateCall adds a call, a draft until published.
func (s *Service) CreateCall(ctx context.Context, c *gen.Client, in CallInput) (*gen.GrantCall, error) {
	if in.Year == nil || in.Title == nil || in.MinAmount == nil || in.MaxAmount == nil || in.OpensAt == nil || in.ClosesAt == nil || in.ServiceItemID == nil {
		return nil, apperr.Invalid("input", "a call needs its year, title, amounts, dates and service item", "请填写年度、标题、金额、起止时间和申报事项")
	}
	el := grantdata.Eligibility{}
	if in.Eligibility != nil {
		el = *in.Eligibility
	}
	cats := clean(in.Categories)
	if err := checkCall(*in.MinAmount, *in.MaxAmount, *in.OpensAt, *in.ClosesAt, in.Rubric, in.Questions, cats, el); err != nil {
		return nil, err
	}
	if err := s.checkItem(ctx, c, *in.ServiceItemID); err != nil {
		return nil, err
	}
	cr := c.GrantCall.Create().SetYear(*in.Year).SetTitle(strings.TrimSpace(*in.Title)).SetCategories(cats).
		SetMinAmount(*in.MinAmount).SetMaxAmount(*in.MaxAmount).SetOpensAt(*in.OpensAt).SetClosesAt(*in.ClosesAt).
		SetServiceItemID(*in.ServiceItemID).SetEligibility(el).SetRubric(in.Rubric).SetQuestions(orEmpty(in.Questions))
	if in.Description != nil {
		cr.SetDescription(strings.TrimSpace(*in.Description))
	}
	if in.ReviewersPerProposal != nil {
		cr.SetReviewersPerProposal(*in.ReviewersPerProposal)
	}
	if in.AnnouncementDays != nil {
		cr.SetAnnouncementDays(*in.AnnouncementDays)
	}
	return cr.Save(ctx)
}

func orEmpty[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}

// checkItem makes sure itemID is a service item of this programme.
func (s *Service) checkItem(ctx context.Context, c *gen.Client, itemID int) error {
	it, err := c.ServiceItem.Get(ctx, itemID)
	if err != nil {
		return err
	}
	if it.Programme != Key {
		return apperr.Invalid("serviceItemID", "choose a service item of the venture-grant programme", "请选择公益创投的申报事项")
	}
	return nil
}

// UpdateCall changes a call. Amounts cannot drop under an award already
// made; the rubric is fixed once a review was handed in (the panel keeps
// its own copy, see review.Service.Panel).
func (s *Service) UpdateCall(ctx context.Context, c *gen.Client, id int, in CallInput) (*gen.GrantCall, error) {
	call, err := c.GrantCall.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	next := *call
	if in.Title != nil {
		next.Title = strings.TrimSpace(*in.Title)
	}
	if in.Description != nil {
		next.Description = strings.TrimSpace(*in.Description)
	}
	if in.Categories != nil {
		next.Categories = clean(in.Categories)
	}
	if in.MinAmount != nil {
		next.MinAmount = *in.MinAmount
	}
	if in.MaxAmount != nil {
		next.MaxAmount = *in.MaxAmount
	}
	if in.OpensAt != nil {
		next.OpensAt = *in.OpensAt
	}
	if in.ClosesAt != nil {
		next.ClosesAt = *in.ClosesAt
	}
	if in.Eligibility != nil {
		next.Eligibility = *in.Eligibility
	}
	if in.Rubric != nil {
		next.Rubric = in.Rubric
	}
	if in.Questions != nil {
		next.Questions = in.Questions
	}
	if err := checkCall(next.MinAmount, next.MaxAmount, next.OpensAt, next.ClosesAt, next.Rubric, next.Questions, next.Categories, next.Eligibility); err != nil {
		return nil, err
	}
	u := call.Update().SetTitle(next.Title).SetDescription(next.Description).SetCategories(next.Categories).
		SetMinAmount(next.MinAmount).SetMaxAmount(next.MaxAmount).SetOpensAt(next.OpensAt).SetClosesAt(next.ClosesAt).
		SetEligibility(next.Eligibility).SetRubric(next.Rubric).SetQuestions(orEmpty(next.Questions))
	if in.ReviewersPerProposal != nil {
		u.SetReviewersPerProposal(*in.ReviewersPerProposal)
	}
	if in.AnnouncementDays != nil {
		u.SetAnnouncementDays(*in.AnnouncementDays)
	}
	return u.Save(ctx)
}

// Line is one budget line to set on a call.
type Line struct {
	FundBudgetID int
	Amount       int64
}

// SetFunds replaces a call's budget lines; its budget becomes their sum.
// A line cannot drop under what awards committed of it, each fund budget
// must be of the call's year and county, and what all calls draw from a
// fund budget cannot pass what was allocated to it.
func (s *Service) SetFunds(ctx context.Context, c *gen.Client, id int, lines []Line) (*gen.GrantCall, error) {
	// The right first: the budget lines and fund budgets are read as the
	// system below, and their errors (what a budget has left) are staff's.
	if !authz.Can(ctx, authz.ObjGrantCall, authz.ActUpdate) {
		return nil, apperr.ErrForbidden
	}
	call, err := c.GrantCall.Get(ctx, id) // privacy: a call of the viewer's county
	if err != nil {
		return nil, err
	}
	if call, err = lockCall(ctx, c, id); err != nil {
		return nil, err
	}
	sys := system(ctx)
	old, err := c.GrantCallFund.Query().Where(grantcallfund.CallID(id)).All(sys)
	if err != nil {
		return nil, err
	}
	var total int64
	seen := map[int]bool{}
	for _, l := range lines {
		if l.Amount <= 0 || seen[l.FundBudgetID] {
			return nil, apperr.Invalid("lines", "each fund budget once, with a positive amount", "每项资金预算只能出现一次，金额须大于 0")
		}
		seen[l.FundBudgetID] = true
		b, err := c.FundBudget.Query().Where(fundbudget.ID(l.FundBudgetID), fundbudget.DomainID(call.DomainID)).Only(sys)
		if err != nil {
			if gen.IsNotFound(err) {
				return nil, apperr.Invalid("lines", "a fund budget of this county is needed", "请选择本县的资金预算")
			}
			return nil, err
		}
		if b.Year != call.Year {
			return nil, apperr.Invalidf("lines", "draw on the %d budgets of funds (the call's year)", "请使用 %d 年度（本批次年度）的资金预算", call.Year)
		}
		others, err := c.GrantCallFund.Query().Where(grantcallfund.FundBudgetID(b.ID), grantcallfund.CallIDNEQ(id)).All(sys)
		if err != nil {
			return nil, err
		}
		var drawn int64
		for _, o := range others {
			drawn += o.Amount
		}
		if drawn+l.Amount > b.Allocated {
			return nil, apperr.Invalidf("lines", "the fund budget has %s yuan not yet drawn by other calls; %s is too much",
				"该资金预算尚余 %s 元未被其他批次使用，%s 元超出", money.Format(b.Allocated-drawn), money.Format(l.Amount))
		}
		for _, o := range old {
			if o.FundBudgetID == b.ID && l.Amount < o.Committed {
				return nil, apperr.Invalidf("lines", "awards already committed %s yuan of this line", "此项已有 %s 元被资助占用", money.Format(o.Committed))
			}
		}
		total += l.Amount
	}
	for _, o := range old {
		if !seen[o.FundBudgetID] {
			if o.Committed > 0 {
				return nil, apperr.Invalidf("lines", "awards already committed %s yuan of a line you removed", "被删除的一项已有 %s 元被资助占用", money.Format(o.Committed))
			}
			if err := c.GrantCallFund.DeleteOne(o).Exec(sys); err != nil {
				return nil, err
			}
		}
	}
	for _, l := range lines {
		n, err := c.GrantCallFund.Update().Where(grantcallfund.CallID(id), grantcallfund.FundBudgetID(l.FundBudgetID)).SetAmount(l.Amount).Save(sys)
		if err != nil {
			return nil, err
		}
		if n == 0 {
			if err := c.GrantCallFund.Create().SetCallID(id).SetFundBudgetID(l.FundBudgetID).SetAmount(l.Amount).
				SetDomainID(call.DomainID).Exec(sys); err != nil {
				return nil, err
			}
		}
	}
	return c.GrantCall.UpdateOneID(id).SetBudget(total).Save(ctx)
}

// Publish makes a call public; it needs a budget.
func (s *Service) Publish(ctx context.Context, c *gen.Client, id int) (*gen.GrantCall, error) {
	call, err := c.GrantCall.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if call.Budget <= 0 {
		return nil, apperr.Invalid("id", "give the call a budget (its fund lines) before publishing it", "请先设置本批次的资金预算再发布")
	}
	return call.Update().SetStatus(grantcall.StatusPUBLISHED).Save(ctx)
}

// PhaseOf says where call stands at now.
func PhaseOf(call *gen.GrantCall, now time.Time) Phase {
	switch {
	case call.Status == grantcall.StatusDRAFT:
		return PhaseDraft
	case now.Before(call.OpensAt):
		return PhaseUpcoming
	case now.Before(call.ClosesAt):
		return PhaseOpen
	}
	return PhaseClosed
}

// Lines returns a call's budget lines.
func (s *Service) Lines(ctx context.Context, c *gen.Client, call *gen.GrantCall) ([]*FundLine, error) {
	ls, err := c.GrantCallFund.Query().Where(grantcallfund.CallID(call.ID)).Order(grantcallfund.ByID()).WithFundBudget().All(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]*FundLine, len(ls))
	for i, l := range ls {
		out[i] = &FundLine{FundBudget: l.Edges.FundBudget, Amount: l.Amount, Committed: l.Committed}
	}
	return out, nil
}
