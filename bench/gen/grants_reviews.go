package main

import (
	"encoding/json"
	"fmt"
)

// grantReviews writes each call's review panel (its members, the reviews
// and the conflicts declared), then the awards of the decided calls and
// the ledger: each year's allocation, and a commitment per award.
func (l *loader) grantReviews(d int, calls []*grantCall, experts, firstCall, budgets int64) error {
	dom := l.domains[d]
	now := l.now
	rubricJSON, _ := json.Marshal(rubric)
	panels, err := l.copyTable("review_panels", []string{"id", "created_at", "updated_at", "subject_kind", "subject_id", "name",
		"rubric", "reviewers_per_item", "closed_at", "domain_id"}, len(calls), func(i int, id int64) []any {
		c := calls[i]
		var closed any
		if !c.current {
			closed = c.decided
		}
		return []any{id, c.closes, c.closes, "grant_call", firstCall + int64(i), fmt.Sprintf("%d年度%s评审组", c.year, c.theme),
			string(rubricJSON), reviewersPer, closed, dom.id}
	})
	if err != nil {
		return err
	}
	_, err = l.copyTable("panel_members", []string{"id", "created_at", "updated_at", "domain_id", "expert_id", "panel_id"},
		len(calls)*expertsPerPanel, func(i int, id int64) []any {
			c := calls[i/expertsPerPanel]
			return []any{id, c.closes, c.closes, dom.id, experts + int64(c.panel[i%expertsPerPanel]), panels + int64(i/expertsPerPanel)}
		})
	if err != nil {
		return err
	}
	type item struct {
		p     *proposal
		rv    review
		panel int
	}
	var reviews, conflicts []item
	var awarded []item
	for i, c := range calls {
		for _, p := range c.props {
			for _, rv := range p.reviews {
				reviews = append(reviews, item{p, rv, i})
				if rv.removed != "" {
					conflicts = append(conflicts, item{p, rv, i})
				}
			}
			if p.status == "AWARDED" {
				awarded = append(awarded, item{p: p, panel: i})
			}
		}
	}
	l.counts.calls += len(calls)
	for _, c := range calls {
		l.counts.proposals += len(c.props)
	}
	for _, r := range reviews {
		if r.rv.status == "SUBMITTED" {
			l.counts.reviews++
		}
	}
	_, err = l.copyTable("review_assignments", []string{"id", "created_at", "updated_at", "item_id", "organization_id", "status",
		"scores", "total_tenths", "submitted_at", "removed_reason", "domain_id", "expert_id", "panel_id"}, len(reviews),
		func(i int, id int64) []any {
			r := reviews[i]
			c := calls[r.panel]
			scores, _ := json.Marshal(r.rv.scores)
			if r.rv.scores == nil {
				scores = []byte("[]")
			}
			var at any
			if r.rv.status == "SUBMITTED" {
				at = r.rv.at
			}
			return []any{id, c.closes, c.closes, r.p.id, r.p.org.id, r.rv.status, string(scores), r.rv.total, at, r.rv.removed,
				dom.id, experts + int64(c.panel[r.rv.expert]), panels + int64(r.panel)}
		})
	if err != nil {
		return err
	}
	_, err = l.copyTable("conflict_declarations", []string{"id", "created_at", "updated_at", "panel_id", "item_id", "expert_id",
		"reason", "domain_id"}, len(conflicts), func(i int, id int64) []any {
		r := conflicts[i]
		c := calls[r.panel]
		return []any{id, c.closes, c.closes, panels + int64(r.panel), r.p.id, experts + int64(c.panel[r.rv.expert]), r.rv.removed, dom.id}
	})
	if err != nil {
		return err
	}
	firstAward, err := l.copyTable("awards", []string{"id", "created_at", "updated_at", "case_id", "amount", "status",
		"finalized_at", "final_grade", "domain_id", "proposal_id", "call_id", "organization_id"}, len(awarded),
		func(i int, id int64) []any {
			a := awarded[i]
			c := calls[a.panel]
			// Projects of past years have been evaluated at their end.
			var grade any
			if c.year < now.Year()-1 {
				grade = []string{"A", "B", "B", "C"}[i%4]
			}
			return []any{id, c.decided, c.decided, a.p.caseID, a.p.requested, "FINAL", c.decided.AddDate(0, 0, 8), grade,
				dom.id, a.p.id, firstCall + int64(a.panel), a.p.org.id}
		})
	if err != nil {
		return err
	}
	_, err = l.copyTable("ledger_entries", []string{"id", "created_at", "updated_at", "kind", "amount", "call_id", "award_id",
		"memo", "domain_id", "fund_budget_id"}, len(grantYears)+len(awarded), func(i int, id int64) []any {
		if i < len(grantYears) {
			var amount int64
			for _, c := range calls {
				if c.yearIdx == i {
					amount += c.budget
				}
			}
			at := day(grantYears[i], 1, 15)
			return []any{id, at, at, "ALLOCATION", amount, nil, nil, fmt.Sprintf("%d年度福彩公益金下达", grantYears[i]),
				dom.id, budgets + int64(i)}
		}
		a := awarded[i-len(grantYears)]
		c := calls[a.panel]
		return []any{id, c.decided, c.decided, "COMMITMENT", a.p.requested, firstCall + int64(a.panel),
			firstAward + int64(i-len(grantYears)), "", dom.id, budgets + int64(c.yearIdx)}
	})
	return err
}
