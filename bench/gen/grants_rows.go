package main

import (
	"encoding/json"
	"fmt"
	"slices"
	"time"
)

// grantCases writes the county's grant service item and a case for every
// proposal, numbered per year in order of submission (drafts have no
// number yet), and the case counters that numbering leaves.
func (l *loader) grantCases(d int, calls []*grantCall) (item int64, err error) {
	dom := l.domains[d]
	now := l.now
	item, err = l.copyTable("service_items", []string{"id", "created_at", "updated_at", "code", "name", "description",
		"statutory_days", "promised_days", "supplement_days", "materials", "domain_id", "programme"}, 1, func(_ int, id int64) []any {
		return []any{id, now, now, "VENTURE_GRANT", itemName, "社会组织申报年度公益创投项目", 20, 15, 5, "[]", dom.id, "venture_grant"}
	})
	if err != nil {
		return 0, err
	}
	var all, numbered []*proposal
	for _, c := range calls {
		for _, p := range c.props {
			all = append(all, p)
			if p.status != "DRAFT" {
				numbered = append(numbered, p)
			}
		}
	}
	slices.SortStableFunc(numbered, func(a, b *proposal) int { return a.submitted.Compare(b.submitted) })
	last := map[int]int{} // numbers handed out per year
	for _, p := range numbered {
		y := p.submitted.Year()
		last[y]++
		p.number = fmt.Sprintf("%s-%d-%06d", dom.casePrefix, y, last[y])
	}
	callOf := map[*proposal]*grantCall{}
	for _, c := range calls {
		for _, p := range c.props {
			callOf[p] = c
		}
	}
	first, err := l.copyTable("service_cases", []string{"id", "created_at", "updated_at", "number", "title", "state", "item_name",
		"statutory_days", "promised_days", "supplement_days", "delegated", "checklist", "pauses", "submitted_at", "accepted_at",
		"due_on", "decided_at", "decision", "decision_reason", "working_days_used", "on_time", "delivery_method", "delivered_at",
		"closed_at", "domain_id", "service_item_id", "organization_id", "applicant_id", "programme"}, len(all), func(i int, id int64) []any {
		p, c := all[i], callOf[all[i]]
		row := caseRow{state: "DRAFT"}
		if p.status != "DRAFT" {
			row.number, row.submitted = p.number, p.submitted
			row.accepted, row.due = p.submitted.AddDate(0, 0, 1), dateOf(c.closes).AddDate(0, 0, 30)
		}
		switch p.status {
		case "WITHDRAWN":
			row.state, row.accepted, row.due, row.closed = "WITHDRAWN", nil, nil, p.submitted.AddDate(0, 0, 5)
		case "SUBMITTED":
			row.state = "IN_REVIEW"
		case "AWARDED", "REJECTED":
			row.state, row.decided, row.closed = "CLOSED", c.decided, c.decided.AddDate(0, 0, 1)
			row.decision, row.reason, row.days, row.onTime, row.method = "APPROVED", "", 15, true, "ONLINE"
			if p.status == "REJECTED" {
				row.decision, row.reason = "REJECTED", "综合评审得分未进入资助范围"
			}
			row.delivered = row.closed
		}
		return []any{id, p.submitted, p.submitted, row.number, p.title, row.state, itemName, 20, 15, 5, false, "[]", "[]",
			row.submitted, row.accepted, row.due, row.decided, row.decision, row.reason, row.days, row.onTime, row.method,
			row.delivered, row.closed, dom.id, item, p.org.id, p.userID, "venture_grant"}
	})
	if err != nil {
		return 0, err
	}
	for i, p := range all {
		p.caseID = first + int64(i)
	}
	years := make([]int, 0, len(last))
	for y := range last {
		years = append(years, y)
	}
	slices.Sort(years)
	_, err = l.copyTable("case_counters", []string{"id", "domain_id", "year", "last"}, len(years), func(i int, id int64) []any {
		return []any{id, dom.id, years[i], last[years[i]]}
	})
	return item, err
}

const itemName = "公益创投项目申报"

// caseRow holds a case's columns that depend on its state; nil is NULL.
type caseRow struct {
	state                                             string
	number, submitted, accepted, due, decided, closed any
	decision, reason, days, onTime, method, delivered any
}

// grantRecords writes the fund and its yearly budgets (what the year's
// calls were given and committed), the calls with
// their fund lines, the proposals, the panels with their members and
// reviews, the awards and the ledger.
func (l *loader) grantRecords(d int, calls []*grantCall, item, experts int64) error {
	dom := l.domains[d]
	now := l.now
	fund, err := l.copyTable("funds", []string{"id", "created_at", "updated_at", "name", "kind", "description", "domain_id"}, 1,
		func(_ int, id int64) []any {
			return []any{id, now, now, dom.name + "福利彩票公益金", "WELFARE_LOTTERY", "用于社会组织公益创投", dom.id}
		})
	if err != nil {
		return err
	}
	allocated, committed := make([]int64, len(grantYears)), make([]int64, len(grantYears))
	for _, c := range calls {
		allocated[c.yearIdx] += c.budget
		committed[c.yearIdx] += c.committed
	}
	budgets, err := l.copyTable("fund_budgets", []string{"id", "created_at", "updated_at", "year", "allocated", "committed",
		"fund_id", "domain_id"}, len(grantYears), func(i int, id int64) []any {
		at := day(grantYears[i], 1, 15)
		return []any{id, at, at, grantYears[i], allocated[i], committed[i], fund, dom.id}
	})
	if err != nil {
		return err
	}
	rubricJSON, _ := json.Marshal(rubric)
	firstCall, err := l.copyTable("grant_calls", []string{"id", "created_at", "updated_at", "year", "title", "description",
		"categories", "min_amount", "max_amount", "opens_at", "closes_at", "eligibility", "rubric", "questions", "status",
		"budget", "committed", "announced_on", "announcement_ends_on", "finalized_at", "domain_id", "service_item_id"},
		len(calls), func(i int, id int64) []any {
			c := calls[i]
			var announced, ends, final any
			if !c.current {
				announced, ends, final = c.decided, c.decided.AddDate(0, 0, 7), c.decided.AddDate(0, 0, 8)
			}
			categories, _ := json.Marshal(c.categories)
			return []any{id, c.opens, c.opens, c.year, fmt.Sprintf("%s%d年度公益创投·%s", dom.name, c.year, c.theme),
				"面向本县社会组织征集公益服务项目，择优给予资助。", string(categories), minRequest, maxRequest, c.opens, c.closes, `{"orgKinds":[],"minMonthsRegistered":6}`,
				string(rubricJSON), "[]", "PUBLISHED", c.budget, c.committed, announced, ends, final, dom.id, item}
		})
	if err != nil {
		return err
	}
	_, err = l.copyTable("grant_call_funds", []string{"id", "created_at", "updated_at", "amount", "committed", "call_id",
		"domain_id", "fund_budget_id"}, len(calls), func(i int, id int64) []any {
		c := calls[i]
		return []any{id, c.opens, c.opens, c.budget, c.committed, firstCall + int64(i), dom.id, budgets + int64(c.yearIdx)}
	})
	if err != nil {
		return err
	}
	type row struct {
		p    *proposal
		call int
	}
	var all []row
	for i, c := range calls {
		for _, p := range c.props {
			all = append(all, row{p, i})
		}
	}
	firstProposal, err := l.copyTable("proposals", []string{"id", "created_at", "updated_at", "title", "category", "summary",
		"objectives", "beneficiary_group", "beneficiary_count", "town", "starts_on", "ends_on", "milestones", "budget_lines",
		"requested", "cofunding", "team", "answers", "no_double_funding", "status", "submitted_at", "domain_id", "call_id",
		"case_id", "organization_id"}, len(all), func(i int, id int64) []any {
		p, c := all[i].p, calls[all[i].call]
		if p.status == "DRAFT" {
			return []any{id, p.submitted, p.submitted, p.title, "", "", "", "", 0, "", nil, nil, "[]", "[]", 0, 0, "", "{}",
				false, "DRAFT", nil, dom.id, firstCall + int64(all[i].call), p.caseID, p.org.id}
		}
		starts := day(c.year+1, 1, 1)
		if !c.current {
			starts = day(c.year, 7, 1)
		}
		ends := starts.AddDate(1, 0, -1)
		milestones, _ := json.Marshal([]map[string]string{
			{"title": "项目启动", "dueOn": starts.AddDate(0, 1, -1).Format(time.DateOnly)},
			{"title": "中期评估", "dueOn": starts.AddDate(0, 6, -1).Format(time.DateOnly)},
			{"title": "结项验收", "dueOn": ends.Format(time.DateOnly)},
		})
		staff, activities := p.requested*2/5, p.requested*9/20
		lines, _ := json.Marshal([]map[string]any{
			{"category": "人员经费", "description": "项目社工补贴", "amount": staff},
			{"category": "活动经费", "description": "活动物料与场地", "amount": activities},
			{"category": "其他", "description": "宣传与评估", "amount": p.requested - staff - activities},
		})
		return []any{id, p.submitted, p.submitted, p.title, p.category,
			"面向" + p.org.town + p.category + "对象，开展常态化服务与专题活动。", "服务覆盖率、满意度与可持续性三项目标",
			p.category + "服务对象", 50 + int(p.requested/100_000), p.org.town, starts, ends, string(milestones), string(lines),
			p.requested, p.requested / 10, "项目负责人1名、专职社工2名、志愿者若干", "{}", true, p.status, p.submitted,
			dom.id, firstCall + int64(all[i].call), p.caseID, p.org.id}
	})
	if err != nil {
		return err
	}
	for i, r := range all {
		r.p.id = firstProposal + int64(i)
	}
	return l.grantReviews(d, calls, experts, firstCall, budgets)
}
