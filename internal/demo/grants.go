package demo

import (
	"context"
	"fmt"
	"time"

	"entgo.io/ent/privacy"

	gen "hatchery/ent"
	"hatchery/ent/award"
	"hatchery/ent/fund"
	"hatchery/ent/grantcall"
	"hatchery/ent/ledgerentry"
	"hatchery/ent/organization"
	"hatchery/ent/proposal"
	"hatchery/ent/reviewassignment"
	"hatchery/ent/roleassignment"
	"hatchery/ent/servicecase"
	"hatchery/ent/serviceitem"
	"hatchery/ent/user"
	"hatchery/internal/grant"
	"hatchery/internal/grant/grantdata"
	"hatchery/internal/review/reviewdata"
)

// The venture-grant demo (公益创投), after the seed document: six
// consecutive annual calls funded by the welfare-lottery public-welfare
// fund, the county budget and a community foundation; five past calls with
// 40 funded projects each (200, ¥7,000,000 in all) and their ranked lists;
// the current year's call open, its budget nearly all drawn from this
// year's funds, with drafts and submitted proposals, and two experts
// reviewing them (one has declared a conflict).

// GrantCategories are the demo calls' project categories.
var GrantCategories = []string{"教育助学", "文化体育", "社区服务", "为老服务", "扶贫济困", "慈善公益"}

// grantAmounts are the awards' amounts in turn (yuan): they average 35,000.
var grantAmounts = []int64{20000, 25000, 30000, 35000, 40000, 45000, 50000}

// GrantRubric is the demo calls' review rubric.
var GrantRubric = []reviewdata.Criterion{
	{Key: "need", Name: "需求与意义", NameEn: "Need", Weight: 30, MaxScore: 10, Guidance: "回应本县真实、迫切的社会需求，受益对象明确"},
	{Key: "design", Name: "项目设计", NameEn: "Design", Weight: 30, MaxScore: 10, Guidance: "目标清晰、活动可行、进度合理"},
	{Key: "capacity", Name: "执行能力", NameEn: "Capacity", Weight: 20, MaxScore: 10, Guidance: "团队、经验和管理制度能支撑项目实施"},
	{Key: "budget", Name: "预算合理性", NameEn: "Budget", Weight: 20, MaxScore: 10, Guidance: "预算与活动对应，单价合理，有配套资金更佳"},
}

// SeedGrants seeds the venture-grant demo in domainID, whose catalogue
// (the VENTURE_GRANT item) and open cases are already seeded. It writes as
// the system; every balance is the sum of its ledger entries.
func SeedGrants(ctx context.Context, c *gen.Client, domainID int, now time.Time) error {
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	item, err := c.ServiceItem.Query().Where(serviceitem.DomainID(domainID), serviceitem.Code("VENTURE_GRANT")).Only(ctx)
	if err != nil {
		return err
	}
	orgs, err := c.Organization.Query().Where(organization.DomainID(domainID), organization.StatusEQ(organization.StatusACTIVE)).
		Order(organization.ByID()).All(ctx)
	if err != nil {
		return err
	}
	staff, err := c.User.Query().Where(user.DomainID(domainID), user.Username("staff")).Only(ctx)
	if err != nil {
		return err
	}
	expert, err := c.User.Query().Where(user.DomainID(domainID), user.Username("expert")).Only(ctx)
	if err != nil {
		return err
	}
	expert2, err := secondExpert(ctx, c, domainID, expert.PasswordHash)
	if err != nil {
		return err
	}
	s := &grantSeed{c: c, domain: domainID, item: item, staff: staff.ID, experts: []int{expert.ID, expert2}, now: now}
	if err := s.funds(ctx); err != nil {
		return err
	}
	year := now.Year()
	for y := year - 5; y < year; y++ {
		if err := s.pastCall(ctx, y, orgs); err != nil {
			return fmt.Errorf("the %d call: %w", y, err)
		}
	}
	return s.currentCall(ctx, year, orgs)
}

// secondExpert is expert2 (评审专家 李明), made with the demo password.
func secondExpert(ctx context.Context, c *gen.Client, domainID int, hash string) (int, error) {
	u, err := c.User.Create().SetDomainID(domainID).SetUsername("expert2").SetDisplayName("评审专家 李明").
		SetPasswordHash(hash).Save(ctx)
	if err != nil {
		return 0, err
	}
	return u.ID, c.RoleAssignment.Create().SetDomainID(domainID).SetUserID(u.ID).SetRole(roleassignment.RoleEXPERT).Exec(ctx)
}

type grantSeed struct {
	c       *gen.Client
	domain  int
	item    *gen.ServiceItem
	staff   int
	experts []int
	now     time.Time
	// budgets[fund kind][year]
	budgets map[fund.Kind]map[int]*gen.FundBudget
	order   []fund.Kind
}

// funds makes the three funds and their yearly allocations.
func (s *grantSeed) funds(ctx context.Context) error {
	s.budgets = map[fund.Kind]map[int]*gen.FundBudget{}
	year := s.now.Year()
	for _, f := range []struct {
		name, desc string
		kind       fund.Kind
		from       int
		yearly     int64 // yuan
	}{
		{"福利彩票公益金", "县级留成福利彩票公益金中用于公益创投的部分", fund.KindWELFARE_LOTTERY, year - 5, 1_500_000},
		{"县级财政预算", "县财政安排的社会组织培育发展专项资金", fund.KindFISCAL_BUDGET, year - 3, 300_000},
		{"德清县社区发展基金会", "基金会配套资助", fund.KindCOMMUNITY_FOUNDATION, year - 1, 100_000},
	} {
		row, err := s.c.Fund.Create().SetDomainID(s.domain).SetName(f.name).SetKind(f.kind).SetDescription(f.desc).Save(ctx)
		if err != nil {
			return err
		}
		s.order = append(s.order, f.kind)
		s.budgets[f.kind] = map[int]*gen.FundBudget{}
		for y := f.from; y <= year; y++ {
			b, err := s.c.FundBudget.Create().SetDomainID(s.domain).SetFundID(row.ID).SetYear(y).Save(ctx)
			if err != nil {
				return err
			}
			if b, err = s.book(ctx, b, ledgerentry.KindALLOCATION, f.yearly*100, nil, nil, fmt.Sprintf("%d年度预算", y)); err != nil {
				return err
			}
			s.budgets[f.kind][y] = b
		}
	}
	return nil
}

// book writes a ledger entry and moves the budget's balance with it.
func (s *grantSeed) book(ctx context.Context, b *gen.FundBudget, kind ledgerentry.Kind, fen int64, call, awardID *int, memo string) (*gen.FundBudget, error) {
	if err := s.c.LedgerEntry.Create().SetDomainID(s.domain).SetFundBudgetID(b.ID).SetKind(kind).SetAmount(fen).
		SetNillableCallID(call).SetNillableAwardID(awardID).SetActorID(s.staff).SetMemo(memo).Exec(ctx); err != nil {
		return nil, err
	}
	u := b.Update()
	switch kind {
	case ledgerentry.KindALLOCATION:
		u.AddAllocated(fen)
	case ledgerentry.KindCOMMITMENT:
		u.AddCommitted(fen)
	}
	return u.Save(ctx)
}

// call makes a published call of year drawing lines (yuan) in fund order.
func (s *grantSeed) call(ctx context.Context, year int, lines []int64, opens, closes time.Time) (*gen.GrantCall, []*gen.GrantCallFund, error) {
	var budget int64
	for _, l := range lines {
		budget += l * 100
	}
	call, err := s.c.GrantCall.Create().SetDomainID(s.domain).SetYear(year).
		SetTitle(fmt.Sprintf("德清县%d年度社会组织公益创投", year)).
		SetDescription("面向本县登记的社会组织，资助为老服务、社区服务、教育助学等公益项目。资金来源为福利彩票公益金及配套资金。").
		SetCategories(GrantCategories).SetMinAmount(1_000_000).SetMaxAmount(5_000_000).
		SetOpensAt(opens).SetClosesAt(closes).SetServiceItemID(s.item.ID).
		SetEligibility(grantdata.Eligibility{OrgKinds: []string{}, MinMonthsRegistered: 6}).SetRubric(GrantRubric).
		SetQuestions([]grantdata.Question{
			{Key: "volunteers", Label: "计划参与的志愿者人数", Kind: grantdata.QuestionNumber, Required: true, Help: "项目周期内预计参与服务的志愿者人数"},
			{Key: "partner", Label: "合作的村（社区）", Kind: grantdata.QuestionText, Required: false, Help: "如有合作的村（社区），请写明"},
		}).
		SetReviewersPerProposal(2).SetAnnouncementDays(5).SetStatus(grantcall.StatusPUBLISHED).SetBudget(budget).Save(ctx)
	if err != nil {
		return nil, nil, err
	}
	var out []*gen.GrantCallFund
	for i, l := range lines {
		if l == 0 {
			continue
		}
		b := s.budgets[s.order[i]][year]
		line, err := s.c.GrantCallFund.Create().SetDomainID(s.domain).SetCallID(call.ID).SetFundBudgetID(b.ID).SetAmount(l * 100).Save(ctx)
		if err != nil {
			return nil, nil, err
		}
		out = append(out, line)
	}
	return call, out, nil
}

// commit books fen of award a against the call's lines in order.
func (s *grantSeed) commit(ctx context.Context, call *gen.GrantCall, lines []*gen.GrantCallFund, a *gen.Award) error {
	need := a.Amount
	for _, l := range lines {
		part := min(need, l.Amount-l.Committed)
		if part <= 0 {
			continue
		}
		if err := l.Update().AddCommitted(part).Exec(ctx); err != nil {
			return err
		}
		l.Committed += part
		var kind fund.Kind
		for k, ys := range s.budgets {
			if b := ys[call.Year]; b != nil && b.ID == l.FundBudgetID {
				kind = k
			}
		}
		b, err := s.book(ctx, s.budgets[kind][call.Year], ledgerentry.KindCOMMITMENT, part, &call.ID, &a.ID, "资助 "+a.Conditions)
		if err != nil {
			return err
		}
		s.budgets[kind][call.Year] = b
		if need -= part; need == 0 {
			break
		}
	}
	return s.c.GrantCall.UpdateOneID(call.ID).AddCommitted(a.Amount).Exec(ctx)
}

var projectNames = []string{"银龄助餐", "四点半课堂", "邻里守望", "乡村阅读角", "助残康复", "困境儿童陪伴", "社区微更新",
	"非遗传习", "全民健身", "垃圾分类宣导", "志愿服务积分", "心理关爱热线"}

// pastCall is a closed, announced and final call of year: 40 awards and 8
// rejections, every proposal reviewed by both experts, the panel closed.
func (s *grantSeed) pastCall(ctx context.Context, year int, orgs []*gen.Organization) error {
	opens := time.Date(year, 3, 1, 0, 0, 0, 0, time.UTC)
	closes := time.Date(year, 4, 1, 0, 0, 0, 0, time.UTC)
	lines := []int64{1_500_000, 0, 0}
	if year >= s.now.Year()-3 {
		lines[1] = 300_000
	}
	if year >= s.now.Year()-1 {
		lines[2] = 100_000
	}
	call, fundLines, err := s.call(ctx, year, lines, opens, closes)
	if err != nil {
		return err
	}
	announced := time.Date(year, 5, 20, 0, 0, 0, 0, time.UTC)
	if call, err = call.Update().SetAnnouncedOn(announced).SetAnnouncementEndsOn(announced.AddDate(0, 0, 7)).
		SetFinalizedAt(announced.AddDate(0, 0, 8)).Save(ctx); err != nil {
		return err
	}
	panel, err := s.c.ReviewPanel.Create().SetDomainID(s.domain).SetSubjectKind(grant.PanelKind).SetSubjectID(call.ID).
		SetName(call.Title).SetRubric(GrantRubric).SetReviewersPerItem(2).SetClosedAt(announced.AddDate(0, 0, -10)).Save(ctx)
	if err != nil {
		return err
	}
	for _, x := range s.experts {
		if err := s.c.PanelMember.Create().SetDomainID(s.domain).SetPanelID(panel.ID).SetExpertID(x).Exec(ctx); err != nil {
			return err
		}
	}
	y := year - (s.now.Year() - 5) // 0…4
	// 48 proposals (40 funded) when the county has the organisations for it.
	for i := range min(48, len(orgs)) {
		org := orgs[(i+y*7)%len(orgs)]
		awarded := i < 40
		amount := grantAmounts[(i+y)%len(grantAmounts)] * 100
		decided := closes.AddDate(0, 1, i%10)
		title := fmt.Sprintf("%s%s项目", projectNames[(i+y)%len(projectNames)], []string{"", "（二期）", "（提升）"}[i%3])
		decision := servicecase.DecisionAPPROVED
		reason := fmt.Sprintf("经专家评审和集体研究，资助 %d 元。", amount/100)
		if !awarded {
			decision, reason = servicecase.DecisionREJECTED, "专家评审得分未进入资助范围。"
		}
		cs, err := s.c.ServiceCase.Create().SetDomainID(s.domain).SetNumber(fmt.Sprintf("DQ-%d-G%03d", year, i+1)).
			SetServiceItemID(s.item.ID).SetOrganizationID(org.ID).SetApplicantID(s.staff).SetProgramme(grant.Key).
			SetTitle(title).SetState(servicecase.StateCLOSED).SetItemName(s.item.Name).
			SetStatutoryDays(s.item.StatutoryDays).SetPromisedDays(s.item.PromisedDays).SetSupplementDays(s.item.SupplementDays).
			SetDelegated(s.item.Delegated).SetHandlerID(s.staff).
			SetSubmittedAt(opens.AddDate(0, 0, 3+i%20)).SetAcceptedAt(opens.AddDate(0, 0, 4+i%20)).
			SetDecidedAt(decided).SetDecision(decision).SetDecisionReason(reason).SetClosedAt(decided.AddDate(0, 0, 10)).
			SetWorkingDaysUsed(8 + i%5).SetOnTime(true).Save(ctx)
		if err != nil {
			return err
		}
		status := proposal.StatusREJECTED
		if awarded {
			status = proposal.StatusAWARDED
		}
		requested := amount + int64(i%3)*500_000
		p, err := s.c.Proposal.Create().SetDomainID(s.domain).SetCallID(call.ID).SetCaseID(cs.ID).SetOrganizationID(org.ID).
			SetTitle(title).SetCategory(GrantCategories[(i+y)%len(GrantCategories)]).SetTown(org.Town).
			SetSummary("面向本地居民开展公益服务。").SetObjectives("按计划完成服务，受益群众满意。").
			SetBeneficiaryGroup([]string{"独居老人", "留守儿童", "残疾人", "社区居民"}[i%4]).SetBeneficiaryCount(80 + i*7).
			SetBudgetLines([]grantdata.BudgetLine{{Category: "人员", Description: "社工及志愿者补贴", Amount: requested / 2},
				{Category: "活动", Description: "活动物资与场地", Amount: requested - requested/2}}).
			SetRequested(requested).SetNoDoubleFunding(true).SetStatus(status).SetSubmittedAt(opens.AddDate(0, 0, 3+i%20)).Save(ctx)
		if err != nil {
			return err
		}
		// Scores: the earlier in the list the better, with a little disagreement.
		for k, x := range s.experts {
			base := 9 - i/8
			sc := make([]reviewdata.Score, len(GrantRubric))
			for j, cr := range GrantRubric {
				sc[j] = reviewdata.Score{Key: cr.Key, Score: max(3, min(10, base+(k+j+i)%3-1))}
			}
			if err := s.c.ReviewAssignment.Create().SetDomainID(s.domain).SetPanelID(panel.ID).SetItemID(p.ID).
				SetOrganizationID(org.ID).SetExpertID(x).SetStatus(reviewassignment.StatusSUBMITTED).SetScores(sc).
				SetTotalTenths(reviewdata.Total(GrantRubric, sc)).SetSubmittedAt(closes.AddDate(0, 0, 10)).Exec(ctx); err != nil {
				return err
			}
		}
		if !awarded {
			continue
		}
		grade := []award.FinalGrade{award.FinalGradeA, award.FinalGradeB, award.FinalGradeA, award.FinalGradeB, award.FinalGradeB}[i%5]
		if i == 39 && y == 4 {
			grade = award.FinalGradeC // last year's one C: that organisation may not apply this year
		}
		a := s.c.Award.Create().SetDomainID(s.domain).SetProposalID(p.ID).SetCallID(call.ID).SetOrganizationID(org.ID).
			SetCaseID(cs.ID).SetAmount(amount).SetConditions("按季度报送项目进展，结项时接受终期评估").
			SetStatus(award.StatusFINAL).SetDecidedBy(s.staff).SetFinalizedAt(announced.AddDate(0, 0, 8))
		if year < s.now.Year()-1 || i%2 == 0 {
			a.SetFinalGrade(grade)
		}
		if i == 39 && y == 4 {
			a.SetFinalGrade(award.FinalGradeC)
		}
		row, err := a.Save(ctx)
		if err != nil {
			return err
		}
		if err := s.commit(ctx, call, fundLines, row); err != nil {
			return err
		}
	}
	return nil
}

// currentCall is this year's call, open: its budget draws nearly all of
// this year's funds; the three grant cases the demo's open cases hold
// become its submitted proposals, two organisations have drafts, two more
// have submitted, and the panel's two experts are at work.
func (s *grantSeed) currentCall(ctx context.Context, year int, orgs []*gen.Organization) error {
	call, _, err := s.call(ctx, year, []int64{1_450_000, 280_000, 90_000}, s.now.AddDate(0, 0, -30), s.now.AddDate(0, 0, 21))
	if err != nil {
		return err
	}
	panel, err := s.c.ReviewPanel.Create().SetDomainID(s.domain).SetSubjectKind(grant.PanelKind).SetSubjectID(call.ID).
		SetName(call.Title).SetRubric(GrantRubric).SetReviewersPerItem(2).Save(ctx)
	if err != nil {
		return err
	}
	for _, x := range s.experts {
		if err := s.c.PanelMember.Create().SetDomainID(s.domain).SetPanelID(panel.ID).SetExpertID(x).Exec(ctx); err != nil {
			return err
		}
	}
	// The open demo cases of the grant item become proposals.
	open, err := s.c.ServiceCase.Query().Where(servicecase.ServiceItemID(s.item.ID), servicecase.StateNEQ(servicecase.StateCLOSED)).
		Order(servicecase.ByID()).All(ctx)
	if err != nil {
		return err
	}
	var submitted []*gen.Proposal
	for i, cs := range open {
		p, err := s.proposal(ctx, call, cs, i, proposal.StatusSUBMITTED)
		if err != nil {
			return err
		}
		submitted = append(submitted, p)
	}
	// Two more submitted and accepted, two drafts; organisations not in use yet.
	used := map[int]bool{orgs[0].ID: true} // the demo ngo's organisation applies in the browser walk
	for _, cs := range open {
		used[cs.OrganizationID] = true
	}
	var free []*gen.Organization
	for _, o := range orgs {
		if !used[o.ID] {
			free = append(free, o)
		}
	}
	for i := range 4 {
		org := free[10+i]
		state, status := servicecase.StateIN_REVIEW, proposal.StatusSUBMITTED
		if i >= 2 {
			state, status = servicecase.StateDRAFT, proposal.StatusDRAFT
		}
		title := fmt.Sprintf("%s项目", projectNames[(i+5)%len(projectNames)])
		q := s.c.ServiceCase.Create().SetDomainID(s.domain).SetServiceItemID(s.item.ID).SetOrganizationID(org.ID).
			SetApplicantID(s.staff).SetProgramme(grant.Key).SetTitle(title).SetState(state).SetItemName(s.item.Name).
			SetStatutoryDays(s.item.StatutoryDays).SetPromisedDays(s.item.PromisedDays).SetSupplementDays(s.item.SupplementDays).
			SetDelegated(s.item.Delegated)
		if state != servicecase.StateDRAFT {
			q.SetNumber(fmt.Sprintf("DQ-%d-G%03d", year, 100+i)).SetHandlerID(s.staff).
				SetSubmittedAt(s.now.AddDate(0, 0, -10+i)).SetAcceptedAt(s.now.AddDate(0, 0, -9+i))
		}
		cs, err := q.Save(ctx)
		if err != nil {
			return err
		}
		p, err := s.proposal(ctx, call, cs, 3+i, status)
		if err != nil {
			return err
		}
		if status == proposal.StatusSUBMITTED {
			submitted = append(submitted, p)
		}
	}
	// Both experts review each submitted proposal; the second declared a
	// conflict with the first one (a former adviser of that organisation);
	// the first expert has handed in two reviews.
	for i, p := range submitted {
		for k, x := range s.experts {
			a := s.c.ReviewAssignment.Create().SetDomainID(s.domain).SetPanelID(panel.ID).SetItemID(p.ID).
				SetOrganizationID(p.OrganizationID).SetExpertID(x)
			switch {
			case k == 1 && i == 0:
				a.SetStatus(reviewassignment.StatusREMOVED).SetRemovedReason("申报利益冲突 / conflict of interest declared")
				if err := s.c.ConflictDeclaration.Create().SetDomainID(s.domain).SetPanelID(panel.ID).SetItemID(p.ID).
					SetExpertID(x).SetReason("曾担任该组织的财务顾问").Exec(ctx); err != nil {
					return err
				}
			case k == 0 && i < 2:
				sc := make([]reviewdata.Score, len(GrantRubric))
				for j, cr := range GrantRubric {
					sc[j] = reviewdata.Score{Key: cr.Key, Score: 7 + (i+j)%3, Comment: "设计较完整"}
				}
				a.SetStatus(reviewassignment.StatusSUBMITTED).SetScores(sc).SetTotalTenths(reviewdata.Total(GrantRubric, sc)).
					SetComment("建议资助").SetSubmittedAt(s.now.AddDate(0, 0, -2))
			}
			if err := a.Exec(ctx); err != nil {
				return err
			}
		}
	}
	return nil
}

// proposal writes the proposal of case cs in call (and its form on the case).
func (s *grantSeed) proposal(ctx context.Context, call *gen.GrantCall, cs *gen.ServiceCase, i int, status proposal.Status) (*gen.Proposal, error) {
	requested := grantAmounts[i%len(grantAmounts)] * 100
	half := requested / 2
	form := map[string]any{
		"title": cs.Title, "category": GrantCategories[i%len(GrantCategories)], "summary": "面向本地居民开展公益服务。",
		"objectives": "按计划完成服务，受益群众满意。", "beneficiaryGroup": "社区居民", "beneficiaryCount": 120 + i*10,
		"town": "武康街道", "startsOn": fmt.Sprintf("%d-09-01", call.Year), "endsOn": fmt.Sprintf("%d-08-31", call.Year+1),
		"milestones": []map[string]any{{"title": "项目启动", "dueOn": fmt.Sprintf("%d-09-15", call.Year)}},
		"budgetLines": []map[string]any{
			{"category": "人员", "description": "社工补贴", "amount": fmt.Sprintf("%d.00", half/100)},
			{"category": "活动", "description": "活动物资", "amount": fmt.Sprintf("%d.00", (requested-half)/100)}},
		"requested": fmt.Sprintf("%d.00", requested/100), "cofunding": "0.00", "team": "2 名专职社工，10 名志愿者",
		"answers": map[string]any{"volunteers": "10"}, "noDoubleFunding": true,
	}
	if err := cs.Update().SetApplication(form).Exec(ctx); err != nil {
		return nil, err
	}
	p := s.c.Proposal.Create().SetDomainID(s.domain).SetCallID(call.ID).SetCaseID(cs.ID).SetOrganizationID(cs.OrganizationID).
		SetTitle(cs.Title).SetStatus(status)
	if status == proposal.StatusSUBMITTED {
		p.SetCategory(form["category"].(string)).SetSummary(form["summary"].(string)).SetObjectives(form["objectives"].(string)).
			SetBeneficiaryGroup("社区居民").SetBeneficiaryCount(120 + i*10).SetTown("武康街道").SetTeam(form["team"].(string)).
			SetBudgetLines([]grantdata.BudgetLine{{Category: "人员", Description: "社工补贴", Amount: half},
				{Category: "活动", Description: "活动物资", Amount: requested - half}}).
			SetRequested(requested).SetAnswers(map[string]string{"volunteers": "10"}).SetNoDoubleFunding(true).
			SetSubmittedAt(s.now.AddDate(0, 0, -5))
	}
	return p.Save(ctx)
}
