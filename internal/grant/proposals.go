package grant

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	gen "hatchery/ent"
	"hatchery/ent/document"
	"hatchery/ent/proposal"
	"hatchery/ent/servicecase"
	"hatchery/internal/apperr"
	"hatchery/internal/casework"
	"hatchery/internal/grant/grantdata"
	"hatchery/internal/money"
)

// Proposals: started once the organisation is eligible (the case opens with
// it), written on the case as a form (saveCaseApplication), checked whole
// at submission, then copied here and frozen.

// Start checks eligibility, opens the case of the call's service item and
// creates the proposal, in c's transaction.
func (s *Service) Start(ctx context.Context, c *gen.Client, callID, orgID int, title string) (*gen.Proposal, error) {
	call, org, err := applying(ctx, c, callID, orgID)
	if err != nil {
		return nil, err
	}
	// A proposal whose case the applicant withdrew is over: mark it so, so
	// the organisation may start again while the call is open.
	if _, err := c.Proposal.Update().Where(proposal.CallID(call.ID), proposal.OrganizationID(orgID),
		proposal.StatusIn(proposal.StatusDRAFT, proposal.StatusSUBMITTED),
		proposal.HasCaseWith(servicecase.StateEQ(servicecase.StateWITHDRAWN))).
		SetStatus(proposal.StatusWITHDRAWN).Save(system(ctx)); err != nil {
		return nil, err
	}
	ps, err := s.eligibility(ctx, c, call, org)
	if err != nil {
		return nil, err
	}
	if len(ps) > 0 {
		msgs := make([]string, len(ps))
		for i, p := range ps {
			msgs[i] = p.Message
		}
		return nil, apperr.Newf(apperr.BadUserInput, "the organisation may not apply: %s", "该组织不符合申报条件：%s",
			strings.Join(msgs, "; ")).WithReason("NOT_ELIGIBLE").With("problems", ps)
	}
	cs, err := s.Casework.Open(ctx, c, call.ServiceItemID, orgID, title)
	if err != nil {
		return nil, err
	}
	cs, err = s.Casework.SaveApplication(ctx, c, cs.ID, map[string]any{"title": strings.TrimSpace(title)})
	if err != nil {
		return nil, err
	}
	p, err := c.Proposal.Create().SetCallID(call.ID).SetCaseID(cs.ID).SetOrganizationID(orgID).
		SetDomainID(call.DomainID).SetTitle(strings.TrimSpace(title)).Save(system(ctx))
	if gen.IsConstraintError(err) {
		return nil, apperr.New(apperr.Conflict, "the organisation already has a proposal in this call", "该组织已在本批次申报过项目").WithReason("ALREADY_APPLIED")
	}
	return p, err
}

// Form is the proposal form an applicant saves on its case.
type Form struct {
	Title            string                `json:"title"`
	Category         string                `json:"category"`
	Summary          string                `json:"summary"`
	Objectives       string                `json:"objectives"`
	BeneficiaryGroup string                `json:"beneficiaryGroup"`
	BeneficiaryCount *int                  `json:"beneficiaryCount"`
	Town             string                `json:"town"`
	StartsOn         string                `json:"startsOn"`
	EndsOn           string                `json:"endsOn"`
	Milestones       []grantdata.Milestone `json:"milestones"`
	BudgetLines      []FormBudgetLine      `json:"budgetLines"`
	Requested        string                `json:"requested"`
	Cofunding        string                `json:"cofunding"`
	Team             string                `json:"team"`
	Answers          map[string]string     `json:"answers"`
	NoDoubleFunding  bool                  `json:"noDoubleFunding"`
}

// FormBudgetLine is a budget line as the form holds it (money as a
// decimal string, never a number).
type FormBudgetLine struct {
	Category    string `json:"category"`
	Description string `json:"description"`
	Amount      string `json:"amount"`
}

// checked is a form that passed, in the record's terms.
type checked struct {
	form             Form
	starts, ends     *time.Time
	lines            []grantdata.BudgetLine
	requested, cofun int64
}

// CheckApplication checks the proposal form at submission (every problem
// at once) and, when it passes, copies it to the proposal: the
// submission's transaction commits both or neither.
func (s *Service) CheckApplication(ctx context.Context, c *gen.Client, cs *gen.ServiceCase) ([]casework.Problem, error) {
	sys := system(ctx)
	p, err := c.Proposal.Query().Where(proposal.CaseID(cs.ID)).WithCall().Only(sys)
	if gen.IsNotFound(err) {
		return []casework.Problem{{Field: "application", Message: "start a proposal from the call's page: this case belongs to no call",
			ZH: "请从申报批次页面发起申报：此办件不属于任何批次"}}, nil
	}
	if err != nil {
		return nil, err
	}
	call := p.Edges.Call
	if ph := PhaseOf(call, s.Now()); ph != PhaseOpen {
		return nil, apperr.Newf(apperr.Conflict, "the call closed on %s and accepts nothing more", "本批次已于 %s 截止，不再接受申报",
			call.ClosesAt.In(zone()).Format("2006-01-02 15:04")).WithReason("CALL_CLOSED")
	}
	var f Form
	if err := casework.DecodeApplication(cs, &f); err != nil {
		return []casework.Problem{{Field: "application", Message: "the form has fields this call does not know: " + err.Error(),
			ZH: "申报书含有本批次不认识的字段：" + err.Error()}}, nil
	}
	k, ps := checkForm(f, call)
	ps = append(ps, s.checkDocuments(ctx, c, call, p.OrganizationID, k.form.Answers)...)
	if len(ps) > 0 {
		return ps, nil
	}
	now := s.Now()
	_, err = p.Update().SetTitle(k.form.Title).SetCategory(k.form.Category).SetSummary(k.form.Summary).
		SetObjectives(k.form.Objectives).SetBeneficiaryGroup(k.form.BeneficiaryGroup).SetBeneficiaryCount(*k.form.BeneficiaryCount).
		SetTown(k.form.Town).SetNillableStartsOn(k.starts).SetNillableEndsOn(k.ends).SetMilestones(orEmpty(k.form.Milestones)).
		SetBudgetLines(k.lines).SetRequested(k.requested).SetCofunding(k.cofun).SetTeam(k.form.Team).
		SetAnswers(k.form.Answers).SetNoDoubleFunding(k.form.NoDoubleFunding).
		SetStatus(proposal.StatusSUBMITTED).SetSubmittedAt(now).Save(sys)
	return nil, err
}

// checkForm lists every problem of f against call.
func checkForm(f Form, call *gen.GrantCall) (checked, []casework.Problem) {
	var ps []casework.Problem
	add := func(field, en, zh string) { ps = append(ps, casework.Problem{Field: field, Message: en, ZH: zh}) }
	text := func(field string, v *string, max int, en, zh string) {
		*v = strings.TrimSpace(*v)
		switch n := utf8.RuneCountInString(*v); {
		case n == 0:
			add(field, "fill in "+en, "请填写"+zh)
		case n > max:
			add(field, fmt.Sprintf("%s is %d characters; at most %d", en, n, max), fmt.Sprintf("%s共 %d 字，最多 %d 字", zh, n, max))
		}
	}
	k := checked{form: f}
	text("title", &k.form.Title, 200, "the project title", "项目名称")
	if !slices.Contains(call.Categories, strings.TrimSpace(f.Category)) {
		add("category", "choose one of the call's categories: "+strings.Join(call.Categories, ", "),
			"请从本批次类别中选择："+strings.Join(call.Categories, "、"))
	}
	k.form.Category = strings.TrimSpace(f.Category)
	text("summary", &k.form.Summary, 3000, "the summary", "项目概述")
	text("objectives", &k.form.Objectives, 3000, "the objectives", "项目目标")
	text("beneficiaryGroup", &k.form.BeneficiaryGroup, 200, "who the project serves", "服务对象")
	if f.BeneficiaryCount == nil || *f.BeneficiaryCount <= 0 || *f.BeneficiaryCount > 10_000_000 {
		add("beneficiaryCount", "give how many people the project serves", "请填写受益人数")
	}
	text("town", &k.form.Town, 60, "the town or street where it runs", "实施乡镇（街道）")
	text("team", &k.form.Team, 3000, "the team", "项目团队")
	k.starts, k.ends = date(f.StartsOn), date(f.EndsOn)
	switch {
	case k.starts == nil:
		add("startsOn", "give the start date (YYYY-MM-DD)", "请填写开始日期")
	case k.ends == nil:
		add("endsOn", "give the end date (YYYY-MM-DD)", "请填写结束日期")
	case !k.ends.After(*k.starts):
		add("endsOn", "the project must end after it starts", "结束日期须晚于开始日期")
	case k.ends.After(k.starts.AddDate(2, 0, 0)):
		add("endsOn", "a project runs at most two years", "项目周期最长两年")
	}
	for i, m := range f.Milestones {
		if strings.TrimSpace(m.Title) == "" || date(m.DueOn) == nil {
			add(fmt.Sprintf("milestones.%d", i), "each milestone needs a title and a date", "每个里程碑须有名称和日期")
		}
	}
	req, err := money.Parse(f.Requested)
	if err != nil || req <= 0 {
		add("requested", "give the amount requested in yuan, e.g. 50000.00", "请填写申请金额（元），如 50000.00")
	} else if req < call.MinAmount || req > call.MaxAmount {
		add("requested", fmt.Sprintf("request between %s and %s yuan", money.Format(call.MinAmount), money.Format(call.MaxAmount)),
			fmt.Sprintf("申请金额须在 %s 至 %s 元之间", money.Format(call.MinAmount), money.Format(call.MaxAmount)))
	}
	k.requested = req
	if strings.TrimSpace(f.Cofunding) != "" {
		cf, err := money.Parse(f.Cofunding)
		if err != nil {
			add("cofunding", "give co-funding in yuan, e.g. 10000.00, or leave it empty", "配套资金请填写金额（元），或留空")
		}
		k.cofun = cf
	}
	if len(f.BudgetLines) == 0 {
		add("budgetLines", "give the budget line by line", "请逐项填写项目预算")
	}
	var total int64
	for i, l := range f.BudgetLines {
		a, err := money.Parse(l.Amount)
		if strings.TrimSpace(l.Category) == "" || strings.TrimSpace(l.Description) == "" {
			add(fmt.Sprintf("budgetLines.%d", i), "each budget line needs a category and a description", "每项预算须填写科目和说明")
		}
		if err != nil || a <= 0 {
			add(fmt.Sprintf("budgetLines.%d.amount", i), "give the line's amount in yuan, e.g. 1200.00", "请填写该项金额（元），如 1200.00")
			continue
		}
		total += a
		k.lines = append(k.lines, grantdata.BudgetLine{Category: strings.TrimSpace(l.Category), Description: strings.TrimSpace(l.Description), Amount: a})
	}
	if len(f.BudgetLines) > 0 && req > 0 && total != req {
		add("budgetLines", fmt.Sprintf("the budget lines add up to %s yuan, not the %s requested", money.Format(total), money.Format(req)),
			fmt.Sprintf("预算合计 %s 元，与申请金额 %s 元不一致", money.Format(total), money.Format(req)))
	}
	if !f.NoDoubleFunding {
		add("noDoubleFunding", "declare that the project gets no other government money for the same work",
			"请承诺本项目未获得其他财政资金重复资助")
	}
	answers := map[string]string{}
	for _, q := range call.Questions {
		v := strings.TrimSpace(f.Answers[q.Key])
		field := "answers." + q.Key
		if v == "" {
			if q.Required {
				add(field, "answer: "+q.Label, "请回答："+q.Label)
			}
			continue
		}
		switch q.Kind {
		case grantdata.QuestionNumber:
			if _, err := strconv.ParseInt(v, 10, 64); err != nil {
				add(field, q.Label+": give a whole number", q.Label+"：请填写整数")
			}
		case grantdata.QuestionMoney:
			if _, err := money.Parse(v); err != nil {
				add(field, q.Label+": give an amount in yuan, e.g. 1200.00", q.Label+"：请填写金额（元）")
			}
		case grantdata.QuestionDate:
			if date(v) == nil {
				add(field, q.Label+": give a date (YYYY-MM-DD)", q.Label+"：请填写日期")
			}
		case grantdata.QuestionChoice:
			if !slices.Contains(q.Choices, v) {
				add(field, q.Label+": choose one of the choices", q.Label+"：请从选项中选择")
			}
		case grantdata.QuestionDocument:
			if id, err := strconv.Atoi(v); err != nil || id <= 0 {
				add(field, q.Label+": attach a document", q.Label+"：请选择文件")
			}
		default:
			if utf8.RuneCountInString(v) > 3000 {
				add(field, q.Label+": at most 3000 characters", q.Label+"：最多 3000 字")
			}
		}
		answers[q.Key] = v
	}
	for key := range f.Answers {
		if !slices.ContainsFunc(call.Questions, func(q grantdata.Question) bool { return q.Key == key }) {
			add("answers."+key, "the call asks no question "+key, "本批次没有问题 "+key)
		}
	}
	k.form.Answers = answers
	return k, ps
}

// date reads YYYY-MM-DD as midnight UTC (casework's way of storing days).
func date(s string) *time.Time {
	t, err := time.Parse(time.DateOnly, strings.TrimSpace(s))
	if err != nil {
		return nil
	}
	return &t
}

// checkDocuments makes sure every document answer is a live document of
// the applicant organisation (an ID typed by hand could name anyone's).
func (s *Service) checkDocuments(ctx context.Context, c *gen.Client, call *gen.GrantCall, orgID int, answers map[string]string) []casework.Problem {
	var ps []casework.Problem
	for _, q := range call.Questions {
		v, ok := answers[q.Key]
		if q.Kind != grantdata.QuestionDocument || !ok {
			continue
		}
		id, err := strconv.Atoi(v)
		if err != nil {
			continue // checkForm named it already
		}
		mine, err := c.Document.Query().Where(document.ID(id), document.OrganizationID(orgID), document.DeletedAtIsNil()).Exist(system(ctx))
		if err != nil || !mine {
			ps = append(ps, casework.Problem{Field: "answers." + q.Key, Message: q.Label + ": choose one of the organisation's documents",
				ZH: q.Label + "：请选择本组织的文件"})
		}
	}
	return ps
}
